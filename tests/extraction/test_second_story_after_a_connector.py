"""A report that goes on to another story after a connector ("Meanwhile", "Separately", "Dans le même temps",
"Par ailleurs") codes that story as a second event: the main event stays the first story's, and a sentence
that places the event after an earlier one ("The attack came days after...") adds nothing to it
(sentences written for these tests)."""

import pytest


@pytest.mark.parametrize("lang,text,first,second", [
    ("en", "Gunmen shot dead seven herders near Tillia on Sunday, a local official said. Meanwhile, a soldier was "
           "wounded when his truck struck a mine near Ayorou.", "Attack", "Remote explosive/landmine/IED"),
    ("en", "Militants killed five gendarmes at a checkpoint near Kantchari on Monday. In an unrelated development, "
           "hundreds of traders marched in Fada to protest against new taxes.", "Armed clash", "Peaceful protest"),
    ("fr", "Des hommes armés ont abattu sept éleveurs dimanche près de Tillia. Dans le même temps, des habitants ont "
           "manifesté à Ayorou pour réclamer la réouverture du marché.", "Attack", "Peaceful protest"),
    ("fr", "Des assaillants ont tué cinq gendarmes lundi à un poste de contrôle près de Kantchari. Pendant ce temps, "
           "un engin explosif a blessé deux civils sur la route de Fada.", "Armed clash", "Remote explosive/landmine/IED"),
])
def test_the_story_after_a_connector_is_a_second_event(events, lang, text, first, second):
    got = events(text, lang)
    assert [e.sub_event_type for e in got] == [first, second]
    assert got[0].sentence_span[0] == 0


@pytest.mark.parametrize("lang,text", [
    ("en", "At least 14 villagers were killed on Saturday when gunmen raided Gorgadji, the mayor said. The raid came "
           "two days after soldiers killed a militant commander in the area."),
    ("fr", "Au moins 14 villageois ont été tués samedi lors d'un raid d'hommes armés à Gorgadji, selon le maire. "
           "Ce raid survient deux jours après que des soldats ont tué un chef jihadiste dans la zone."),
])
def test_a_sentence_placing_the_event_after_an_earlier_one_adds_no_dead(events, lang, text):
    got = events(text, lang)
    assert len(got) == 1 and got[0].fatalities["best"] == 14
