"""A report that tells, after its event, another act at another place or on another day as news codes that act as an
event of its own, and leaves the first event its sentences, its toll and its day: an attack of the days before told
in its own sentence with its own dead, "une autre attaque" at a village of its own, a reply told on another day, a
second place hit "also" in an attack of its own. The same attack told again (its dead counted again, the attackers'
losses in the fight, its place named only later) and an act of another month (history) open no event (sentences
written for these tests; the texts are published on Wednesday 12 June 2024)."""

import pytest


@pytest.mark.parametrize("lang,text,first,second", [
    # an earlier attack of the same week, told with its own day, place and dead
    ("en", "Gunmen killed nine villagers in Titao on Monday, a local official said. On Saturday, militants attacked a "
           "gendarmerie post in Sebba, killing four gendarmes.",
     (9, "2024-06-10"), (4, "2024-06-08")),
    ("fr", "Des hommes armés ont tué neuf villageois lundi à Titao, selon un élu local. Samedi, des jihadistes ont "
           "attaqué un poste de gendarmerie à Sebba, tuant quatre gendarmes.",
     (9, "2024-06-10"), (4, "2024-06-08")),
    # another attack named by its own noun, at a village of its own, the same day
    ("fr", "Des hommes armés ont tué six civils lundi à Titao, selon une source locale. Une autre attaque a visé le "
           "village de Sebba, faisant trois morts.",
     (6, "2024-06-10"), (3, None)),
    ("en", "Gunmen killed six civilians in Titao on Monday, a local source said. Another attack hit the village of "
           "Sebba, leaving three dead.",
     (6, "2024-06-10"), (3, None)),
    # the reply, told on the next day
    ("fr", "Des jihadistes ont tué huit soldats dimanche dans une embuscade près d'Ansongo. En représailles, l'aviation "
           "a frappé lundi leurs positions, tuant une vingtaine de combattants.",
     (8, "2024-06-09"), (20, "2024-06-10")),
    ("en", "Jihadists killed eight soldiers in an ambush near Ansongo on Sunday. In retaliation, the air force struck "
           "their positions on Monday, killing about twenty fighters.",
     (8, "2024-06-09"), (20, "2024-06-10")),
    # a second place hit the same day, "also", in an attack of its own
    ("en", "Jihadists killed twelve soldiers in an ambush near Kantchari on Tuesday, the army said. Three volunteers "
           "were also killed in an attack on the village of Titao, it added.",
     (12, "2024-06-11"), (3, None)),
    ("fr", "Des jihadistes ont tué douze soldats mardi dans une embuscade près de Kantchari, selon l'armée. Trois "
           "volontaires ont également été tués dans une attaque contre le village de Titao, a-t-elle ajouté.",
     (12, "2024-06-11"), (3, None)),
])
def test_another_act_at_another_place_or_day_is_an_event_of_its_own(events, lang, text, first, second):
    got = events(text, lang)
    assert len(got) == 2
    assert got[0].sentence_span[0] == 0  # the main event keeps the text's first sentence
    assert (got[0].fatalities["best"], got[0].event_date) == first
    assert got[1].fatalities["best"] == second[0]
    if second[1] is not None:
        assert got[1].event_date == second[1]


@pytest.mark.parametrize("lang,text,dead", [
    # the attackers' losses in the same fight, "in response"
    ("en", "Militants killed five soldiers in an attack on a post near Kantchari on Tuesday. In response, the troops "
           "neutralised at least fifteen of the attackers, the army said.", None),
    ("fr", "Des jihadistes ont tué cinq soldats mardi lors d'une attaque contre un poste près de Kantchari. En "
           "réponse, les militaires ont neutralisé au moins quinze assaillants, selon l'armée.", None),
    # the event's dead counted again where its place is first named
    ("en", "Nine villagers were killed in northern Burkina Faso, officials said on Tuesday. Gunmen attacked the "
           "village of Titao on Monday, killing nine people.", 9),
    # another attack of another month: history beside the news
    ("fr", "Des hommes armés ont tué six civils lundi à Titao. Cette attaque survient après une autre attaque en "
           "mars, où dix soldats avaient été tués à Sebba.", 6),
    ("en", "Gunmen killed six civilians in Titao on Monday. Another attack in March had left ten soldiers dead in "
           "Sebba.", 6),
])
def test_the_same_attack_told_again_or_history_opens_no_event(events, lang, text, dead):
    got = events(text, lang)
    assert len(got) == 1
    if dead is not None:  # (how the fight's dead are summed is the counts' rule, not this one's)
        assert got[0].fatalities["best"] == dead
