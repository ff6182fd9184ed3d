"""French date phrasing: abbreviated months, "dernier" weekdays, weekends and ends of weeks (sentences written for
these tests)."""

import datetime as dt

import pytest

from sahelwatch.extraction.dates import find_dates

WEDNESDAY = dt.date(2030, 5, 8)


def dates(text, lang="fr", anchor=WEDNESDAY):
    return [(m.date, m.precision) for m in find_dates(text, anchor, lang)]


@pytest.mark.parametrize("text,want", [
    ("Le convoi a sauté sur une mine le 12 janv. 2029 près de Boni.", dt.date(2029, 1, 12)),
    ("Les assaillants sont revenus le 3 févr. 2030 à l'aube.", dt.date(2030, 2, 3)),
    ("Un poste a été visé le 9 fév. 2030 au soir.", dt.date(2030, 2, 9)),
    ("Un marché a été incendié le 21 avr. 2029.", dt.date(2029, 4, 21)),
    ("Deux bergers ont été enlevés le 30 juil. 2029.", dt.date(2029, 7, 30)),
    ("La patrouille est tombée dans une embuscade le 7 sept. 2029.", dt.date(2029, 9, 7)),
    ("Le camp a été pilonné le 2 déc. 2029 vers minuit.", dt.date(2029, 12, 2)),
])
def test_abbreviated_french_months_are_read_as_months(text, want):
    assert dates(text)[0] == (want, "day")


def test_an_abbreviated_month_without_a_year_takes_the_anchor_s_year():
    assert dates("Le pont a été détruit le 14 avr. par des hommes armés.") == [(dt.date(2030, 4, 14), "day")]


def test_sept_is_the_number_seven_unless_a_dot_or_a_year_follows():
    assert dates("Le 4 mai, sept soldats ont été tués près de Tessit.") == [(dt.date(2030, 5, 4), "day")]
    assert dates("Les 3 sept villages du secteur ont été évacués.") == []


def test_english_sept_abbreviation_is_september():
    assert dates("Gunmen raided the market on Sept. 14, 2029.", "en") == [(dt.date(2029, 9, 14), "day")]


@pytest.mark.parametrize("text,want", [
    ("Des hommes armés ont attaqué le poste mardi dernier.", dt.date(2030, 5, 7)),
    ("Le village a été vidé de ses habitants dimanche passé.", dt.date(2030, 5, 5)),
    # said on a Wednesday, "mercredi dernier" is a week back, not the day itself
    ("Les deux gendarmes ont été tués mercredi dernier.", dt.date(2030, 5, 1)),
])
def test_a_weekday_said_to_be_past_is_strictly_before_the_anchor(text, want):
    assert dates(text) == [(want, "day")]


@pytest.mark.parametrize("text,want", [
    ("Le marché a été attaqué au cours du week-end.", dt.date(2030, 5, 4)),
    ("Les affrontements du week-end ont fait douze morts.", dt.date(2030, 5, 4)),
    ("Le camp a été visé le week-end passé.", dt.date(2030, 5, 4)),
    ("Trois villages ont été attaqués en fin de semaine.", dt.date(2030, 5, 3)),
    ("Un car a sauté sur une mine en fin de semaine dernière.", dt.date(2030, 5, 3)),
    ("Un car a sauté sur une mine en début de semaine dernière.", dt.date(2030, 4, 29)),
    ("Une embuscade a été tendue en début de semaine.", dt.date(2030, 5, 5)),
])
def test_weekends_and_parts_of_weeks_give_a_day_of_that_week(text, want):
    assert dates(text) == [(want, "week")]


def test_a_weekend_to_come_is_no_date_of_the_event():
    assert dates("Les pourparlers reprendront le week-end prochain à Niamey.") == []


def test_without_an_anchor_the_weekend_stays_unknown():
    assert dates("Le marché a été attaqué au cours du week-end.", anchor=None) == [(None, "unknown")]


TUESDAY = dt.date(2030, 5, 14)


@pytest.mark.parametrize("text,want", [
    ("Ce 12, des hommes armés ont encerclé le marché de Diafarabé.", dt.date(2030, 5, 12)),
    ("L'attaque a eu lieu ce 1er, vers minuit, à l'entrée du village.", dt.date(2030, 5, 1)),
    ("Le poste a été visé le 3 du mois en cours par des tirs d'obus.", dt.date(2030, 5, 3)),
])
def test_a_day_of_the_current_month_is_read_against_the_anchor(text, want):
    assert dates(text, anchor=TUESDAY) == [(want, "day")]


def test_ce_before_a_number_of_hours_is_no_date():
    assert dates("Le couvre-feu commence ce 12 heures plus tard.", anchor=TUESDAY) == []


@pytest.mark.parametrize("text", [
    "Les combats ont duré du 3 au 5 mai autour de la ville.",
    "Les combats ont duré entre le 3 et le 5 mai autour de la ville.",
])
def test_a_range_of_days_is_dated_by_its_first_day(text):
    assert dates(text, anchor=TUESDAY) == [(dt.date(2030, 5, 3), "day")]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le camp a été attaqué il y a une semaine, selon un notable."),
    ("en", "The camp was attacked a week ago, a local leader said."),
])
def test_a_week_ago_is_seven_days_back_at_week_precision(lang, text):
    assert dates(text, lang, anchor=TUESDAY) == [(dt.date(2030, 5, 7), "week")]


@pytest.mark.parametrize("lang,text,want", [
    # the quote was given on the Sunday, the story put out on the Tuesday: the bracket names the day
    ("fr", "« Deux gardes sont morts hier (samedi) au poste », a dit dimanche le préfet.", dt.date(2030, 5, 11)),
    ("en", "\"Two guards died yesterday (Saturday) at the post,\" the prefect said on Sunday.", dt.date(2030, 5, 11)),
    ("fr", "Les deux gardes sont morts avant-hier (1er mai) au poste de Boni.", dt.date(2030, 5, 1)),
])
def test_a_relative_day_restated_in_brackets_takes_the_bracketed_day(lang, text, want):
    assert dates(text, lang, anchor=TUESDAY)[0] == (want, "day")


@pytest.mark.parametrize("text,want", [
    ("Dans la nuit du 4 au 5, des hommes armés ont pillé le dispensaire.", dt.date(2030, 5, 4)),
    # the 20th has not come yet in the anchor's month: the month before
    ("Dans la nuit du 20 au 21, des hommes armés ont pillé le dispensaire.", dt.date(2030, 4, 20)),
])
def test_a_night_of_two_days_without_a_month_is_its_first_day_in_the_latest_month(text, want):
    assert dates(text, anchor=TUESDAY) == [(want, "day")]


def test_a_night_of_two_days_without_a_month_or_anchor_is_unknown():
    assert dates("Dans la nuit du 4 au 5, des hommes armés ont pillé le dispensaire.", anchor=None) == [(None, "unknown")]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Dans la nuit entre dimanche et lundi, le poste de Boni a essuyé des tirs."),
    ("fr", "Dans la nuit d'entre le dimanche et le lundi, le poste de Boni a essuyé des tirs."),
    ("en", "During the night from Sunday to Monday, the Boni post came under fire."),
    ("en", "In the night between Sunday and Monday, the Boni post came under fire."),
])
def test_a_night_between_two_weekdays_is_its_first_day(lang, text):
    assert dates(text, lang, anchor=TUESDAY) == [(dt.date(2030, 5, 12), "day")]


@pytest.mark.parametrize("lang,text,want", [
    ("fr", "Le puits a été saboté il y a quelques jours, selon les bergers.", (dt.date(2030, 5, 11), "week")),
    ("en", "The well was sabotaged a few days ago, herders said.", (dt.date(2030, 5, 11), "week")),
    ("fr", "Le puits a été saboté il y a plusieurs semaines, selon les bergers.", (dt.date(2030, 4, 23), "month")),
    ("fr", "Le puits a été saboté il y a deux jours, selon les bergers.", (dt.date(2030, 5, 12), "day")),
])
def test_a_vague_few_days_back_is_three_days_at_a_coarser_precision(lang, text, want):
    assert dates(text, lang, anchor=TUESDAY) == [want]
