"""A claim's or a statement's day written between its subject and its verb, a relative day restated by its weekday
after a comma, a day and month told again without the year the text wrote with it, a stop run into the next sentence,
and a lead that sets the day of an act the body then tells (sentences written for these tests, places invented or
generic); a day told as the day after the event; "la veille" the noun, a watch kept, is no day."""

from __future__ import annotations

import datetime as dt

import pytest

from sahelwatch.extraction.dates import find_dates, report_dates
from sahelwatch.extraction.sentences import split_sentences

SATURDAY = dt.date(2031, 5, 10)


def dates(text, lang, anchor=SATURDAY):
    return [(d.date, d.kind) for d in report_dates(find_dates(text, anchor, lang), text, lang)]


@pytest.mark.parametrize("lang,text", [
    ("en", "A jihadist group on Thursday claimed responsibility for a raid on an army post near Foo."),
    ("en", "Regional officials on Thursday said that bandits had stormed a market in Foo."),
    ("fr", "Le groupe a revendiqué jeudi l'attaque d'un poste de l'armée près de Foo."),
    ("fr", "L'attaque, revendiquée jeudi par un groupe armé, visait un poste près de Foo."),
])
def test_the_day_of_a_claim_or_a_statement_is_the_reports(lang, text):
    assert dates(text, lang) == [(dt.date(2031, 5, 8), "report")]


@pytest.mark.parametrize("text", [
    "The ambush on Thursday claimed the lives of nine soldiers near Foo.",
    "The blast on Thursday claimed 12 lives in Foo.",
    "Gunmen on Thursday killed six herders near Foo.",
])
def test_a_day_before_lives_claimed_or_a_killing_is_the_events(text):
    assert dates(text, "en") == [(dt.date(2031, 5, 8), "weekday")]


def test_the_event_of_a_text_dated_by_its_claim_takes_the_day_of_the_act(first_event):
    text = ("An armed group on Sunday claimed the raid on a barracks in Foo that wounded three soldiers. The army said "
            "its troops pushed back the assault early Saturday, killing 14 raiders.")
    ev = first_event(text, "en", dt.date(2031, 5, 12))
    assert ev.event_date == "2031-05-10"
    assert ev.fatalities["best"] == 14


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le préfet a dit que l'embuscade a eu lieu avant-hier, vendredi, près de Foo."),
    ("en", "The ambush took place yesterday, Friday, near Foo, the prefect said."),
])
def test_a_relative_day_restated_by_its_weekday_after_a_comma_is_that_weekday(lang, text):
    # published on Monday 12 May: "avant-hier" counts from the statement's day, the weekday names the day
    found = dates(text, lang, dt.date(2031, 5, 12))
    assert found[0] == (dt.date(2031, 5, 9), "weekday") and len(found) == 1


def test_a_yearless_day_told_again_takes_the_year_the_text_wrote_it_with(first_event):
    text = ("Foo : la peur s'installe. Le vendredi 3 octobre 2031 restera longtemps dans les mémoires des habitants de "
            "Foo. Les constatations faites le 3 octobre indiquent qu'un garde a été tué par des hommes armés.")
    assert first_event(text, "fr", None).event_date == "2031-10-03"


@pytest.mark.parametrize("text,n", [
    ("Des tirs ont visé le poste sans faire de dégâts.Le bilan fait état de trois morts.", 2),
    ("Les soldats venus de U.S.A. sont partis.", 1),
    ("Voir le site foo.net pour la suite.", 1),
    ("Le convoi est arrivé à 3.Puis il est reparti.", 1),
])
def test_a_stop_run_into_a_capitalised_word_ends_a_sentence(text, n):
    assert len(split_sentences(text)) == n


@pytest.mark.parametrize("lang,text,day", [
    ("fr", "Au Foo, une station de pompage a subi un nouvel acte de malveillance dans la nuit du samedi à dimanche, "
           "près de Bar.\nDes hommes armés ont détruit une vanne de la station avant de s'enfuir.", "2031-05-10"),
])
def test_the_first_event_of_the_body_takes_the_day_the_lead_set(first_event, lang, text, day):
    assert first_event(text, lang, dt.date(2031, 5, 11)).event_date == day


@pytest.mark.parametrize("lang,text,kind", [
    ("fr", "Dimanche 11 mai, au lendemain de l'attaque du marché de Foo, le maire a appelé au calme.", "absolute"),
    ("fr", "Le préfet s'est rendu à Foo dimanche, au lendemain de la tuerie, pour rencontrer les familles.", "weekday"),
    ("en", "On Sunday, the day after the raid on Foo, the governor visited the wounded.", "weekday"),
])
def test_a_day_told_as_the_day_after_the_event_puts_it_the_day_before(lang, text, kind):
    assert dates(text, lang, dt.date(2031, 5, 12)) == [(dt.date(2031, 5, 10), kind)]


@pytest.mark.parametrize("text", [
    "Des élus chargés de la veille sécuritaire à Foo rapportent dix morts.",
    "Une cellule de veille sanitaire a été installée à Foo.",
])
def test_a_watch_is_no_day(text):
    assert find_dates(text, dt.date(2031, 5, 12), "fr") == []


def test_the_day_before_is_still_a_day():
    found = find_dates("Des hommes armés avaient attaqué Foo la veille.", dt.date(2031, 5, 12), "fr")
    assert [d.date for d in found] == [dt.date(2031, 5, 11)]


def test_a_later_sentences_later_day_gives_way_to_the_scenes_day(first_event):
    text = ("Neuf voyageurs d'un car parti de Foo ont été interceptés dans la nuit du mardi 6 au mercredi 7 mai 2031 "
            "vers Bar, selon une radio locale.\n"
            "La radio ajoute que des hommes armés ont emmené les voyageurs vers une destination inconnue.\n"
            "Jeudi 8 mai au matin, un camion-citerne a été brûlé par des hommes armés près de Baz.")
    assert first_event(text, "fr", None).event_date == "2031-05-06"
