"""Tactics. A village named in another sentence of an attack makes it a raid on the village only where that sentence
names the village as a place of the story (the attackers entered it, burned it): a village named as the victims' home
or the end of their journey ("heading back to their home village", "originaires du même village"), beside an attack
the main sentence tells on a road or a bus, leaves the attack's tactic as it was. Sentences written for these tests."""

import pytest


@pytest.mark.parametrize("lang,text", [
    ("en", "On Wednesday gunmen shot dead five travellers on the highway south of Doukoro. The five men were heading "
           "back to their home village after a market day."),
    ("fr", "Mercredi, des hommes armés ont abattu cinq voyageurs sur la route au sud de Doukoro. Les cinq hommes "
           "rentraient dans leur village après le marché hebdomadaire."),
    ("en", "Unknown gunmen opened fire on a bus near Doukoro on Wednesday, killing six passengers. They were traders "
           "from a village in the hills."),
])
def test_a_village_named_as_the_victims_home_makes_no_raid(first_event, lang, text):
    e = first_event(text, lang)
    assert (e.sub_event_type, e.tactic) == ("Attack", "other")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Mercredi, des hommes armés ont tué cinq éleveurs près de Doukoro, dans la région de Mopti. Les assaillants "
           "ont ensuite investi le village et brûlé plusieurs cases."),
    ("en", "On Wednesday gunmen shot dead five herders near Doukoro, in the Mopti region. The attackers then swept into "
           "the village and burned several huts."),
])
def test_a_village_the_attackers_entered_in_another_sentence_makes_a_raid(first_event, lang, text):
    e = first_event(text, lang)
    assert (e.sub_event_type, e.tactic) == ("Attack", "raid_on_village")
