"""A French headline's participle before a day's date ("Un militaire tué dimanche 5 mai"), the conjunction "ou" before
a month ("deux ou trois civils ... en février"), a floor and a later running total of the area, and "eliminated" said
of a race's candidates (sentences written for these tests, places invented or generic)."""

from __future__ import annotations

import pytest

from sahelwatch.extraction.counts import sentence_fatalities


def best(text: str, lang: str):
    r = sentence_fatalities(text, lang)
    return None if r is None else r.best


@pytest.mark.parametrize("text", [
    "Un militaire tué dimanche 5 mai près de Kaya lors d'une embuscade.",
    "Un enseignant tué lundi 12 février par des hommes armés dans le village de Foo, près de Kaya.",
])
def test_a_headline_participle_before_a_days_date_is_one_dead(events, text):
    # folded, the participle "tué" reads as the present "tue": the day's figure is never its object
    assert events(text, "fr")[0].fatalities["best"] == 1


@pytest.mark.parametrize("text,want", [
    ("Un berger tué samedi 21 septembre près de Foo.", 1),
    # a figure that is no victim (cattle) after the participle: the participle keeps its reading
    ("Un éleveur tué dimanche 40 têtes de bétail emportées près de Foo", 1),
])
def test_the_participle_tue_keeps_its_reading_when_the_present_has_no_object(text, want):
    assert best(text, "fr") == want


@pytest.mark.parametrize("text,want", [
    ("Une mine tue deux soldats dimanche 5 mai près de Foo.", 2),
    ("Des bandits tuent 9 orpailleurs mardi 3 juin près de Foo", 9),
])
def test_the_present_of_a_headline_still_counts_its_object_before_a_day(text, want):
    assert best(text, "fr") == want


@pytest.mark.parametrize("text,want", [
    ("Deux ou trois civils ont été tués en février dans une attaque contre le village de Foo, près de Kaya, selon un "
     "rapport publié lundi.", 2),
    ("Douze ou quinze civils ont été tués en janvier dans le village de Foo, selon un rapport publié lundi.", 12),
    ("Cinq ou six villageois ont été tués en mars lors d'un raid sur Foo, d'après un rapport.", 5),
    ("Cinq ou six villageois tués en mars lors d'un raid sur Foo.", 5),
])
def test_the_conjunction_ou_opens_no_clause_of_another_month(text, want):
    assert best(text, "fr") == want


@pytest.mark.parametrize("lang,text,want", [
    # "où", the place a clause of another month tells, still does
    ("fr", "Des hommes armés ont tué quatre bergers lundi dans un secteur où onze gardes ont été tués en avril.", 4),
    # "où" written without its accent, before a verb of its own
    ("fr", "Les militaires disent avoir abattu 40 insurgés au nord de Foo, dans un secteur ou sept gardes ont été tués "
           "en avril.", 40),
    # "May" is a month like the others
    ("en", "Gunmen killed four herders on Monday in Foo, where eleven guards were killed in May.", 4),
])
def test_a_clause_of_another_month_opened_by_where_still_adds_no_dead(lang, text, want):
    assert best(text, lang) == want


@pytest.mark.parametrize("lang,text,want", [
    ("en", "At least 20 civilians were killed in an attack on Foo village near Kaya on Monday. In total, 32 civilians "
           "have been killed in the area since January.", 20),
    ("en", "Gunmen killed at least 12 herders near Foo on Tuesday. So far this year, 21 herders have been killed in the "
           "district.", 12),
    ("fr", "Au moins 15 villageois ont péri mardi lors d'un raid sur le hameau de Foo. Au total, 26 villageois ont été "
           "tués dans la commune depuis janvier.", 15),
    ("fr", "Au moins 15 villageois ont péri mardi lors d'un raid sur le hameau de Foo. Cette année, 24 villageois ont "
           "été tués dans la commune.", 15),
    # a figure whose sentence names the event back, or tells it again as an attack, is its toll told precisely
    ("en", "Gunmen killed at least 12 herders near Foo on Tuesday. Elders later said 17 herders died in the raid.", 17),
    ("en", "Gunmen killed at least 12 herders near Foo.\nGunmen killed 17 herders in an attack on a camp near Foo on "
           "Tuesday, an elder said.", 17),
    ("fr", "Au moins 15 villageois ont péri mardi lors d'un raid sur le hameau de Foo. Selon des habitants, 18 "
           "villageois sont morts pendant le raid.", 18),
])
def test_a_floor_gives_way_only_to_a_figure_telling_the_events_toll_again(events, lang, text, want):
    assert events(text, lang)[0].fatalities["best"] == want


@pytest.mark.parametrize("lang,text", [
    ("en", "Gunmen attacked Foo village near Kaya on Monday; 14 candidates were eliminated from the local election "
           "after the violence, officials said."),
    ("en", "The party eliminated six candidates from its list after the attack in Foo."),
    ("en", "Nine contestants were eliminated from the regional football cup after the clashes in Foo."),
    ("en", "The army said 14 candidates were eliminated from the race after the attack on Foo."),
    ("fr", "Huit candidats ont été éliminés du scrutin local après les violences de Foo."),
    ("fr", "Le jury a éliminé trois concurrents après l'attaque de Foo."),
    ("fr", "Les candidats ont été éliminés par le jury à Foo."),
])
def test_eliminated_candidates_are_no_dead(lang, text):
    assert best(text, lang) is None


@pytest.mark.parametrize("lang,text,want", [
    ("en", "The army said 30 terrorists were eliminated in an air strike near Foo.", 30),
    ("en", "Troops eliminated 20 Boko Haram fighters near Foo.", 20),
    ("fr", "L'armée a éliminé 25 terroristes près de Foo.", 25),
    ("fr", "Une vingtaine de terroristes éliminés lors d'une opération près de Foo.", 20),
    ("fr", "Les terroristes ont été éliminés par les forces armées près de Foo.", 2),
    # eliminated by a state force: the word of its communiqués for killing
    ("en", "The armed forces, backed by drones, eliminated at least 16 people near Foo.", 16),
    ("fr", "Onze individus ont été éliminés par l'armée près de Foo.", 11),
])
def test_the_armed_side_eliminated_is_still_dead(lang, text, want):
    assert best(text, lang) == want
