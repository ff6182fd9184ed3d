"""Other acts a report tells after its event, coded as events of their own: one of several acts a lead announced, named
by its rank or as the others ("la seconde attaque", "two other attacks"), an act named "une autre" standing for its
noun, an act told on another day by its distance from the event ("le lendemain", "the next day", a new one that day)
or on the day before "also" at a new place, and dead of the days before told alone with their own day. The event
named again by its rank ("c'est la deuxième attaque"), the event's doers named back on another day, and the first of
the acts announced (the event's own) open none (sentences written for these tests; the texts are published on
Wednesday 12 June 2024)."""

import pytest


@pytest.mark.parametrize("lang,text,dead", [
    # one of several acts a lead announced, named by its rank, at a place of its own
    ("fr", "Deux attaques ont frappé mardi le nord du pays, selon des sources locales. La première a visé un poste à "
           "Titao, tuant cinq soldats. La seconde attaque a frappé Sebba, où trois civils ont été tués.", 3),
    ("en", "Two attacks hit the north of the country on Tuesday, local sources said. The first targeted a post in "
           "Titao, killing five soldiers. The second attack hit Sebba, where three civilians were killed.",
     3),
    # the others of several acts
    ("fr", "Des jihadistes ont attaqué mardi le village de Titao, tuant six civils. Deux autres attaques ont ensuite "
           "frappé Sebba, faisant quatre morts.", 4),
    ("en", "Jihadists attacked the village of Titao on Tuesday, killing six civilians. Two other attacks then hit "
           "Sebba, killing four people.", 4),
    # "une autre" standing for the act's noun
    ("fr", "Des hommes armés ont tué deux bergers mardi à Titao. Cette attaque suit une autre qui a visé le poste de "
           "Sebba, tuant un gendarme.", 1),
    # another day told by its distance from the event's, at a new place or by a new act's noun
    ("fr", "Des hommes armés ont attaqué lundi un poste de gendarmerie à Titao, tuant sept gendarmes. Le lendemain, "
           "des jihadistes ont attaqué une école à Sebba.", None),
    ("en", "Gunmen attacked a gendarmerie post in Titao on Monday, killing seven gendarmes. The next day, militants "
           "attacked a school in Sebba.", None),
    ("fr", "Des hommes armés ont tué sept personnes lundi à Titao et à Sebba. Le lendemain, une nouvelle attaque a "
           "visé un convoi près de Sebba.", None),
    # the day before, "also", at a new place, with no dead of its own
    ("en", "Shells hit the camp in Gao on Sunday without casualties, the mission said. On Saturday, the camp in "
           "Tessit also came under mortar fire.", 0),
    ("fr", "Des obus ont touché dimanche le camp de Gao sans faire de victimes, selon la mission. Samedi, la base de "
           "Tessit a aussi été visée par des tirs de mortier.", 0),
    # dead of the days before told alone, with their own day, well apart from the event's
    ("en", "Jihadists killed nine soldiers near Kantchari on Monday. Last Thursday, four civilians were killed near "
           "Titao.", 4),
    ("fr", "Des jihadistes ont tué neuf soldats lundi près de Kantchari. Jeudi dernier, quatre civils ont été tués "
           "près de Titao.", 4),
])
def test_an_act_by_its_rank_or_its_distance_is_an_event_of_its_own(events, lang, text, dead):
    got = events(text, lang)
    assert len(got) == 2
    assert got[0].sentence_span[0] == 0  # the main event keeps the text's first sentence
    if dead is not None:
        assert got[1].fatalities["best"] == dead


@pytest.mark.parametrize("lang,text", [
    # the event named again by its rank
    ("fr", "Des hommes armés ont tué six civils lundi à Titao. C'est la deuxième attaque en une semaine contre un "
           "village de la commune de Sebba."),
    ("en", "Gunmen killed six civilians in Titao on Monday. This is the second attack in a week on a village of the "
           "Sebba district."),
    # the event's doers named back on another day
    ("en", "Gunmen killed seven people in Titao on Monday. The next day, the gunmen burned granaries in Sebba as they "
           "withdrew."),
    ("fr", "Des hommes armés ont tué sept personnes lundi à Titao. Le lendemain, les assaillants ont brûlé des greniers "
           "à Sebba en se retirant."),
    # the first of the acts announced is the event's own
    ("en", "Two attacks hit the north on Tuesday, local sources said. The first attack targeted a post in Titao, "
           "killing five soldiers."),
])
def test_the_event_named_by_its_rank_or_its_doers_on_another_day_opens_no_second(events, lang, text):
    assert len(events(text, lang)) == 1
