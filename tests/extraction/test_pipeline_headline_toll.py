"""A toll given only in the headline stands for the story's event when its lead and body count no dead; it is
never added to a toll the story gives, and a story that says nobody died keeps its zero (pages written for
these tests)."""

import pytest


@pytest.mark.parametrize("lang,page", [
    ("en", "Burkina Faso: 14 villagers killed in raid near Djibo\n\n"
           "Gunmen on motorbikes stormed a village outside Djibo on Monday, burning houses and granaries, "
           "residents said.\n\nThe army sent reinforcements to the area on Tuesday."),
    ("fr", "Mali : 14 civils tués dans l'attaque d'un village près de Bankass\n\n"
           "Des hommes armés ont attaqué lundi un village proche de Bankass, incendiant des maisons et des "
           "greniers, selon des habitants.\n\nL'armée a dépêché des renforts sur place mardi."),
])
def test_the_headline_toll_stands_when_the_story_counts_no_dead(events, lang, page):
    got = events(page, lang)
    assert len(got) == 1
    assert got[0].fatalities["best"] == 14
    assert got[0].sentence_span[0] > page.index("\n")  # the event is still read from the story, not the headline


@pytest.mark.parametrize("lang,page", [
    ("en", "Burkina Faso: 14 villagers killed in raid near Djibo\n\n"
           "Gunmen on motorbikes stormed a village outside Djibo on Monday and killed nine villagers, "
           "residents said.\n\nThe army sent reinforcements to the area on Tuesday."),
    ("fr", "Mali : 14 civils tués dans l'attaque d'un village près de Bankass\n\n"
           "Des hommes armés ont attaqué lundi un village proche de Bankass et tué neuf civils, selon des "
           "habitants.\n\nL'armée a dépêché des renforts sur place mardi."),
])
def test_the_story_toll_wins_over_the_headline_and_is_not_added_to_it(events, lang, page):
    got = events(page, lang)
    assert len(got) == 1
    assert got[0].fatalities["best"] == 9


def test_a_story_that_says_nobody_died_keeps_its_zero(events):
    page = ("Attack on a convoy near Gao leaves 3 dead, says early report\n\n"
            "Militants fired on an army convoy near Gao on Monday; no one was killed, the army said later.")
    got = events(page, "en")
    assert len(got) == 1
    assert got[0].fatalities["best"] == 0
