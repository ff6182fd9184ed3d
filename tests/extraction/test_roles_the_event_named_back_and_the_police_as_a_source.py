"""A group claiming "that attack" right after the event is its perpetrator; the police quoted as a source are no actor."""

import pytest


@pytest.mark.parametrize("text,perp", [
    ("Militants killed seven gendarmes in a raid on a checkpoint near Tokala in the Segou region on Friday. "
     "The Islamic State Sahel Province said it carried out that raid, according to a message posted online.", "ISGS"),
    ("Gunmen ambushed a supply convoy near Kassa in the Mopti region on Wednesday, killing eleven soldiers. "
     "JNIM later claimed responsibility for that ambush.", "JNIM"),
])
def test_that_attack_after_the_event_alone_names_the_event(first_event, text, perp):
    assert first_event(text, "en").perpetrator.name == perp


@pytest.mark.parametrize("between", [
    "An earlier attack on a nearby post had killed two soldiers last month.",
    "It was the worst loss in the district, ahead of a raid in March that left five herders dead.",
])
def test_that_attack_after_an_earlier_one_is_the_earlier_one(first_event, between):
    e = first_event("Militants killed seven gendarmes in a raid on a checkpoint near Tokala in the Segou region on Friday. "
                    f"{between} The Islamic State Sahel Province claimed responsibility for that attack.", "en")
    assert e.perpetrator.canonical_id == "unidentified_armed_group"


@pytest.mark.parametrize("lang,text", [
    ("en", "Gunmen shot dead six herders near Tokala in the Segou region on Saturday, police said."),
    ("en", "Police told reporters that unidentified gunmen killed four traders on a road near Tokala on Saturday."),
    ("en", "Unknown attackers killed three farmers in a village near Tokala on Saturday, according to the police."),
    ("fr", "Des hommes armés ont abattu six éleveurs samedi près de Tokala, dans la région de Ségou, selon la police."),
    ("fr", "La police a indiqué que des inconnus armés avaient tué quatre commerçants samedi près de Tokala."),
])
def test_the_police_quoted_as_a_source_are_no_actor(first_event, lang, text):
    e = first_event(text, lang)
    assert not any("Police" in a.name for a in e.actors)


@pytest.mark.parametrize("lang,text", [
    ("en", "Three police officers were killed when gunmen stormed their post near Tokala on Saturday."),
    ("fr", "Trois policiers ont été tués samedi lorsque des hommes armés ont attaqué leur poste près de Tokala."),
])
def test_police_killed_are_still_the_target(first_event, lang, text):
    e = first_event(text, lang)
    assert any("olice" in a.name and a.role == "target" for a in e.actors)
