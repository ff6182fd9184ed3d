"""A later sentence that recalls an earlier event does not date the news, and a night written with its weekday and
its day and month keeps the day and month (sentences written for these tests)."""

import datetime as dt

import pytest

from sahelwatch.extraction.dates import event_date, find_dates, report_dates
from sahelwatch.extraction.pipeline import Document


def _date_of(sentences: list[str], anchor: dt.date | None, lang: str = "en"):
    text = " ".join(sentences)
    spans, mentions, at = [], [], 0
    for s in sentences:
        spans.append((at, at + len(s)))
        mentions.append(report_dates(find_dates(s, anchor, lang, at), s, lang, at))
        at += len(s) + 1
    return event_date(spans, mentions, anchor, text)


@pytest.mark.parametrize("lang, sentences", [
    ("en", ["Gunmen stormed the customs post at Wuro Kanta and killed three guards.",
            "It was the second raid on the post.",
            "The first, on the night of 4 to 5 March 2027, left nine dead."]),
    ("fr", ["Des hommes armés ont pris d'assaut le poste de douane de Wuro Kanta et tué trois gardes.",
            "C'est le deuxième raid contre ce poste.",
            "Le premier, le 4 mars 2027, avait fait neuf morts."]),
])
def test_a_full_date_long_before_the_anchor_in_a_later_sentence_recalls_an_earlier_event(lang, sentences):
    d = _date_of(sentences, dt.date(2028, 1, 20), lang)
    assert d.kind == "default" and d.date == dt.date(2028, 1, 20)


def test_a_report_day_long_before_the_anchor_in_a_later_sentence_does_not_stand_in():
    d = _date_of(["Gunmen stormed the customs post at Wuro Kanta and killed three guards.",
                  "After the first raid the governor announced on May 2, 2027 that its leader was held."],
                 dt.date(2028, 1, 20))
    assert d.kind == "default" and d.date == dt.date(2028, 1, 20)


def test_a_later_sentence_still_dates_the_event_within_the_month_before_the_anchor():
    d = _date_of(["Gunmen stormed the customs post at Wuro Kanta and killed three guards.",
                  "The raid took place on January 9, 2028, a local official said."], dt.date(2028, 1, 20))
    assert d.date == dt.date(2028, 1, 9)


def test_with_no_anchor_a_later_full_date_still_dates_the_event():
    d = _date_of(["Gunmen stormed the customs post at Wuro Kanta and killed three guards.",
                  "The raid took place on January 9, 2028, a local official said."], None)
    assert d.date == dt.date(2028, 1, 9)


@pytest.mark.parametrize("phrase", ["on the night of Tuesday, June 8", "on the night of Tuesday 8th June",
                                    "on the night of Tuesday, the 8th of June"])
def test_a_night_with_its_weekday_day_and_month_is_that_day(phrase):
    text = f"Jihadists attacked the gendarmerie at Tindila {phrase}, killing two."
    [m] = find_dates(text, dt.date(2027, 6, 10), "en")
    assert m.date == dt.date(2027, 6, 8) and m.precision == "day"
    # with no anchor, the weekday keeps the day and month for the calendar (8 June is a Tuesday in 2027)
    [m] = find_dates(text, None, "en")
    assert m.date is None and m.calendar == (8, 6, 1)


def test_a_night_of_one_weekday_to_the_next_is_still_its_first_day():
    [m] = find_dates("Gunmen struck overnight Tuesday to Wednesday near Tindila.", dt.date(2027, 6, 10), "en")
    assert m.date == dt.date(2027, 6, 8)


def test_an_undated_night_with_its_day_and_month_takes_the_year_the_text_gives(rules_only):
    text = ("Jihadists attacked the gendarmerie at Tindila on the night of Tuesday, June 8, killing two gendarmes. "
            "The region has seen raids since 2025, and a curfew was declared in 2027.")
    res = rules_only.extract(Document("t", text, "en", None))
    assert res.events and res.events[0].event_date == "2027-06-08"


@pytest.mark.parametrize("lang, text, want", [
    ("en", "It is the third raid on the district since Sunday. On Tuesday gunmen burned the market.", ["On Tuesday"]),
    ("en", "Herders have fled the valley since last weekend.", []),
    ("fr", "Les éleveurs quittent la vallée depuis vendredi; mardi soir, le marché a brûlé.", ["mardi soir"]),
    ("fr", "Les routes sont coupées depuis le week-end dernier.", []),
])
def test_a_day_after_since_opens_a_period_and_dates_nothing(lang, text, want):
    found = find_dates(text, dt.date(2027, 6, 10), lang)
    assert [text[m.start : m.end] for m in found] == want
