"""A protest whose protesters a speaker addressed is still a protest (only a rally is a speech's setting); protesters
told as the dead in a later sentence are force met (sentences written for these tests)."""

import pytest


@pytest.mark.parametrize("lang,text", [
    ("en", "A union leader spoke to a crowd of demonstrators outside the town hall of Garo on Monday, calling for "
           "unpaid wages. Riot police then dispersed them with tear gas."),
    ("fr", "Un syndicaliste a pris la parole devant une foule de manifestants lundi devant la mairie de Garo "
           "pour réclamer les salaires impayés. La police les a ensuite dispersés avec des gaz lacrymogènes."),
])
def test_protesters_addressed_by_a_speaker_still_protest(first_event, lang, text):
    assert first_event(text, lang).sub_event_type == "Protest with intervention"


def test_a_speech_at_a_rally_is_still_no_protest(events):
    assert events("The prime minister spoke at a rally of his party in Garo on Saturday about the harvest.", "en") == ()


@pytest.mark.parametrize("lang,text", [
    ("en", "Traders marched through Garo on Thursday against new market taxes. Three of the marchers were killed, "
           "relatives said."),
    ("fr", "Des commerçants ont manifesté jeudi à Garo contre les nouvelles taxes du marché. Trois manifestants ont "
           "été tués, selon leurs proches."),
])
def test_protesters_killed_in_a_later_sentence_met_excessive_force(first_event, lang, text):
    event = first_event(text, lang)
    assert (event.sub_event_type, event.fatalities["best"]) == ("Excessive force against protesters", 3)


def test_a_lament_for_others_killed_leaves_the_protest_peaceful(first_event):
    text = ("Traders marched through Garo on Thursday against insecurity. "
            "Three herders were killed last week near the town, one marcher said.")
    assert first_event(text, "en").sub_event_type == "Peaceful protest"
