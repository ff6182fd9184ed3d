"""Event detection: a second event told after the first stays its own event when its toll equals the first's,
when it opens with "en outre"/"également" and has a day of its own, and when its day falls inside the week the
lead names but it counts dead of its own (sentences written for these tests)."""

import datetime as dt

import pytest


@pytest.mark.parametrize("lang,text", [
    ("fr", "Deux gendarmes ont été tués samedi dans une embuscade près de Tessit. Mardi, deux bergers ont été tués "
           "par un engin explosif sur la route de Gossi."),
    ("en", "Two gendarmes were killed in an ambush near Tessit on Saturday. On Tuesday, two herders were killed "
           "when their cart hit a mine on the road to Gossi."),
    ("en", "Two gendarmes were killed in an ambush near Tessit on Saturday. On Tuesday, two herders were killed "
           "near Gossi, a local official said."),
])
def test_a_later_event_with_the_same_toll_is_its_own_event(events, lang, text):
    got = events(text, lang)
    assert len(got) == 2
    assert [e.fatalities["best"] for e in got] == [2, 2]


@pytest.mark.parametrize("word", ["En outre", "Également"])
def test_moreover_with_a_day_of_its_own_opens_a_second_event(events, word):
    text = (f"Des hommes armés ont tué cinq villageois lundi à Dinangourou. {word}, deux militaires ont été tués "
            "mardi dans une embuscade près de Tenenkou.")
    assert len(events(text, "fr")) == 2


def test_a_day_of_the_lead_s_week_with_its_own_dead_is_a_second_event(rules_only):
    from sahelwatch.extraction.pipeline import Document

    text = ("Armed men killed seven villagers in Mondoro last week. On Friday, jihadists ambushed a patrol near "
            "Boulkessi, killing three soldiers.")
    got = rules_only.extract(Document("t", text, "en", dt.date(2025, 3, 17))).events
    assert len(got) == 2
    assert sorted(e.fatalities["best"] for e in got) == [3, 7]
