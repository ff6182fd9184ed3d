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
    ("fr", "Des centaines de familles sont arrivées à Sévaré depuis le week-end dernier.", []),
    ("fr", "C'est la troisième attaque contre ce poste depuis lundi; mardi soir, le marché a brûlé.", ["mardi soir"]),
])
def test_a_day_after_since_opens_a_period_and_dates_nothing(lang, text, want):
    found = find_dates(text, dt.date(2027, 6, 10), lang)
    assert [text[m.start : m.end] for m in found] == want


@pytest.mark.parametrize("lang, sentences, want", [
    ("en", ["Troops shot dead nine men in the hamlet of Kobou, relatives told us.",
            "The killings took place on 11 August 2027, according to two survivors."], dt.date(2027, 8, 11)),
    ("fr", ["Des soldats ont abattu neuf hommes dans le hameau de Kobou, selon leurs proches.",
            "Les faits se sont produits le 11 août 2027."], dt.date(2027, 8, 11)),
    ("fr", ["Des assaillants à moto ont attaqué le hameau.",
            "L'attaque, survenue le 11 août 2027 à Kobou, a fait neuf morts."], dt.date(2027, 8, 11)),
])
def test_a_late_report_keeps_the_full_date_a_later_sentence_gives_its_own_event(lang, sentences, want):
    # published two months after the event (an NGO's report, a weekly): the later sentence points back at the event
    d = _date_of(sentences, dt.date(2027, 10, 15), lang)
    assert d.date == want and d.precision == "day"


@pytest.mark.parametrize("lang, sentences", [
    ("fr", ["Des hommes armés ont tué quatre bergers près de Kobou.",
            "Le village avait déjà été visé le 11 août 2027."]),
    ("fr", ["Des hommes armés ont tué quatre bergers près de Kobou.",
            "En août dernier, une autre attaque, le 11 août 2027, avait fait neuf morts."]),
    ("en", ["Gunmen killed four herders near Kobou.",
            "A similar raid on 11 August 2027 left nine dead."]),
    ("en", ["Gunmen killed four herders near Kobou.",
            "In a previous attack on 11 August 2027, nine people died."]),
])
def test_a_later_full_date_marked_as_another_event_still_dates_nothing(lang, sentences):
    d = _date_of(sentences, dt.date(2027, 10, 15), lang)
    assert d.kind == "default" and d.date == dt.date(2027, 10, 15)


def test_a_late_ngo_report_dates_the_killings_it_tells(rules_only):
    text = ("Soldiers executed nine men in the hamlet of Kobou near Djenné, relatives told us. "
            "The killings took place on 11 August 2027, according to two survivors.")
    ev = rules_only.extract(Document("t", text, "en", dt.date(2027, 10, 15))).events[0]
    assert (ev.event_date, ev.date_precision) == ("2027-08-11", "day")


@pytest.mark.parametrize("lang, text, want", [
    ("fr", "Des affrontements opposent depuis samedi l'armée à des jihadistes près de Dioura, faisant au moins huit "
           "morts.", "2027-06-05"),
    ("en", "Fierce clashes have continued since Saturday between troops and jihadists near Dioura, leaving eight dead.",
     "2027-06-05"),
    ("fr", "Des hommes armés ont tué cinq villageois près de Dioura depuis hier soir, selon des élus.", "2027-06-09"),
])
def test_since_a_day_that_starts_the_fighting_or_killing_told_keeps_that_day(rules_only, lang, text, want):
    ev = rules_only.extract(Document("t", text, lang, dt.date(2027, 6, 10))).events[0]
    assert (ev.event_date, ev.date_precision) == (want, "day")


def test_a_report_day_after_a_sentence_that_recalls_another_event_does_not_date_the_news():
    d = _date_of(["Gunmen stormed the customs post at Wuro Kanta and killed three guards.",
                  "The first raid, on the night of 4 to 5 March 2027, left nine dead.",
                  "The governor announced on May 2 that its leader was held."], dt.date(2028, 1, 20))
    assert d.kind == "default" and d.date == dt.date(2028, 1, 20)
