"""Event detection: an act that a sentence dates only by a month of an earlier year, its year written ("en février
2023", "in March 2022"), is history cited beside the news, which a report dates by its day: it opens no event; the
same act dated by its day, or by a month of the report's own year ("en mars dernier"), is news (sentences written for
these tests; the texts are published on 12 June 2024)."""

import datetime as dt

import pytest

from sahelwatch.extraction.pipeline import Document


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le maire de Kassa, enlevé en février 2023 par des hommes armés, a retrouvé sa famille, a annoncé "
           "dimanche la préfecture."),
    ("fr", "Depuis l'attaque qui avait tué douze soldats à Dounfa en mars, la route reste fermée aux camions, "
           "selon les transporteurs."),
    ("en", "Eleven traders were killed in March 2022 near Borvali in an attack blamed on jihadists, and the market "
           "has not reopened since, the trade union said on Monday."),
    ("en", "The general, who seized power in a coup in September 2022, opened a new road in the capital on Sunday."),
])
def test_an_act_dated_by_a_past_month_only_opens_no_event(events, lang, text):
    assert events(text, lang) == ()


@pytest.mark.parametrize("lang,text", [
    ("fr", "Six villageois ont été tués dimanche à Kassa par des hommes armés, a annoncé la préfecture."),
    ("en", "Gunmen killed eleven traders near Borvali on Monday, the trade union said."),
    # a month of the report's own year may date a belated report
    ("en", "Gunmen killed eleven traders near Borvali in March, the trade union said on Monday."),
    ("fr", "Des hommes armés ont tué six villageois à Kassa en mars dernier, selon un élu local."),
    # a month counted back names no year
    ("en", "Gunmen killed eleven traders near Borvali three months ago, the trade union said."),
    # a day beside the month tells the news
    ("fr", "Le 3 mars, six villageois ont été tués à Kassa en mars, a indiqué la préfecture."),
])
def test_an_act_dated_by_its_day_or_the_reports_month_is_an_event(events, lang, text):
    assert len(events(text, lang)) == 1


def test_history_before_the_news_leaves_the_news_its_event(events):
    text = ("Des hommes armés ont tué quatre gendarmes mercredi à Dounfa, a annoncé l'armée. En janvier 2023, une "
            "attaque contre le même poste avait fait dix morts.")
    got = events(text, "fr")
    assert len(got) == 1
    assert got[0].fatalities["best"] == 4
    history_first = ("En janvier 2023, une attaque contre le poste de Dounfa avait fait dix morts. Lundi, des hommes "
                     "armés y ont tué quatre gendarmes, a annoncé l'armée.")
    got = events(history_first, "fr")
    assert len(got) == 1
    assert got[0].fatalities["best"] == 4
    assert got[0].event_date == "2024-06-10"


def test_with_no_report_date_a_month_with_its_year_is_history_beside_the_news(rules_only):
    text = ("The market of Borvali has reopened, the trade union said. Eleven traders were killed there in March 2021 "
            "by gunmen.")
    assert rules_only.extract(Document("t", text, "en", None)).events == ()
    dated = "Eleven traders were killed near Borvali on 4 March 2021, the trade union said."
    assert len(rules_only.extract(Document("t", dated, "en", None)).events) == 1
    assert rules_only.extract(Document("t", dated, "en", dt.date(2021, 3, 6))).events[0].event_date == "2021-03-04"


@pytest.mark.parametrize("lang,text", [
    ("en", "Militants shot dead 17 villagers in Borvali near Dounfa in October 2023, a local association said."),
    ("fr", "Des hommes armés ont abattu dix-sept villageois à Kassa, près de Dounfa, en octobre 2023, selon une "
           "association locale."),
])
def test_with_no_report_date_the_act_a_text_opens_with_keeps_its_month(rules_only, lang, text):
    got = rules_only.extract(Document("t", text, lang, None)).events
    assert len(got) == 1
    assert got[0].event_date == "2023-10-15"


@pytest.mark.parametrize("lang,text", [
    ("en", "A rights group said in a report released on Tuesday that soldiers killed 25 herders near Kassa in "
           "November 2023."),
    ("fr", "Selon un rapport publié mardi par une ONG, des militaires ont exécuté 25 éleveurs près de Kassa en "
           "novembre 2023."),
])
def test_an_act_a_report_tells_as_its_finding_is_an_event(events, lang, text):
    assert len(events(text, lang)) == 1
