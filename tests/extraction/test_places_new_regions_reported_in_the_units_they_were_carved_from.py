"""The extraction reports Mali's places in the 2012-2018 units (ACLED's and its own list's): a place in a region
created since is reported in the region it was carved from, and the Ménaka region, once the Ménaka cercle of Gao, in
that cercle, whichever of its new cercles the text names. Sentences and villages written for these tests."""

import pytest


@pytest.mark.parametrize("text,lang", [
    ("Des hommes armés ont tué six bergers lundi dans le hameau de Tinzarouf, cercle d'Andéramboukane, région de "
     "Ménaka.", "fr"),
    ("Des assaillants ont abattu quatre commerçants mardi à Tinzarouf, dans le cercle d'Inékar.", "fr"),
    ("Gunmen killed five herders on Sunday at Tinzarouf in the Tidermene circle of the Menaka region.", "en"),
])
def test_a_cercle_of_the_menaka_region_is_reported_as_gao_menaka(first_event, text, lang):
    loc = first_event(text, lang).location
    assert (loc["country"], loc["admin1"], loc["admin2"]) == ("Mali", "Gao", "Menaka")


def test_a_region_of_the_old_units_is_left_as_it_is(first_event):
    loc = first_event("Des hommes armés ont tué trois civils jeudi à Tinzarouf, dans le cercle d'Ansongo.", "fr").location
    assert (loc["admin1"], loc["admin2"]) == ("Gao", "Ansongo")


def test_a_neighbours_region_is_left_as_it_is(first_event):
    loc = first_event("Gunmen killed two people on Friday in Dankoli, Gwadabawa Local Government Area of Sokoto "
                      "State.", "en").location
    assert (loc["country"], loc["admin1"]) == ("Nigeria", "Sokoto")
