"""The actor of a disrupted weapons use is the force that defused the device or seized the cache, and state
forces that lead or conduct an operation are its perpetrator (sentences written for these tests)."""

import pytest


@pytest.mark.parametrize("lang,text", [
    ("en", "On May 2, Malian soldiers found and defused two roadside bombs on the road between Sevare and Bandiagara."),
    ("fr", "Le 2 mai, une unité du génie de l'armée malienne a désamorcé un engin explosif sur l'axe Boni-Hombori."),
])
def test_the_force_that_defuses_a_device_is_the_actor(first_event, lang, text):
    ev = first_event(text, lang)
    assert ev.sub_event_type == "Disrupted weapons use"
    assert ev.perpetrator is not None and ev.perpetrator.canonical_id == "fama"


@pytest.mark.parametrize("verb", ["led", "conducted", "mounted"])
def test_forces_that_lead_an_operation_are_its_perpetrator(first_event, verb):
    ev = first_event(f"On May 2, French troops of Operation Barkhane {verb} a raid against suspected ISGS fighters "
                     "near Tessit, killing four of them.")
    assert ev.perpetrator is not None and ev.perpetrator.canonical_id == "french_forces"
