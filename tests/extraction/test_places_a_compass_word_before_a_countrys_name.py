"""A compass word written straight before a country's name, with no "du" ("au Nord-Est Bénin", "in North Benin",
"le Sud Togo") is a part of that country, not a place of that name: the town the sentence names is the event's
place. And a name framed by a second-level unit word ("le département du X", "the X department") that no
second-level unit bears is the first-level unit of that name (Benin's departments), never a hamlet of that name in
another country.

Sentences written for these tests, in our own words, with generic towns (not taken from any evaluation set)."""

from __future__ import annotations

import pytest

from sahelwatch.extraction.places import resolve_location, text_places
from sahelwatch.extraction.sentences import split_sentences
from sahelwatch.folding import fold_aligned as fold


def _mentions(text: str, lang: str) -> dict[str, object]:
    return {m.surface: m for m in text_places(text, fold(text), lang)}


def _where(text: str, lang: str) -> tuple:
    loc = resolve_location(text, fold(text), lang, split_sentences(text))
    return loc.country, loc.admin1, loc.admin2


@pytest.mark.parametrize("lang, text, surface", [
    ("fr", "Au Nord-Est Bénin, des hommes armés ont attaqué le poste de police de Nikki dans la nuit de mardi, "
           "dans le département du Borgou.", "Nord-Est Bénin"),
    ("fr", "Une attaque a visé une patrouille au Nord Bénin. Selon la radio locale, elle a eu lieu à Karimama, "
           "dans le département de l'Alibori.", "Nord Bénin"),
    ("en", "Gunmen attacked a police post in North Benin on Sunday. The post of Nikki, in the Borgou department, "
           "lost two officers.", "North Benin"),
])
def test_a_compass_word_before_a_country_is_no_place(lang, text, surface):
    assert surface not in _mentions(text, lang)


@pytest.mark.parametrize("lang, text, where", [
    ("fr", "Au Nord-Est Bénin, des hommes armés ont attaqué le poste de police de Nikki dans la nuit de mardi, "
           "dans le département du Borgou.", ("Benin", "Borgou", "Nikki")),
    ("fr", "Une attaque a visé une patrouille au Nord Bénin. Selon la radio locale, elle a eu lieu à Karimama, "
           "dans le département de l'Alibori.", ("Benin", "Alibori", "Karimama")),
    ("en", "Gunmen attacked a police post in North Benin on Sunday. The post of Nikki, in the Borgou department, "
           "lost two officers.", ("Benin", "Borgou", "Nikki")),
])
def test_the_town_named_is_the_place(lang, text, where):
    assert _where(text, lang) == where


@pytest.mark.parametrize("lang, text", [
    ("fr", "Des hommes armés ont attaqué un poste de Nikki, situé dans le département du Borgou, mardi."),
    ("en", "Gunmen attacked a post at Nikki, in the Borgou department, on Tuesday."),
])
def test_a_department_no_second_level_unit_bears_is_the_first_level_unit(lang, text):
    unit = _mentions(text, lang)["Borgou"]
    assert unit.role == "admin1" and (unit.entry.country, unit.entry.level) == ("Benin", "admin1")


@pytest.mark.parametrize("lang, text, where", [
    # the nearest constructions go the old way: "du" before the country, and a unit that is a second-level one
    ("fr", "Des hommes armés ont attaqué un poste au nord du Bénin, à Nikki, mardi soir.",
     ("Benin", "Borgou", "Nikki")),
    ("fr", "Des hommes armés ont enlevé deux bergers dans la province du Soum, près de Djibo.",
     ("Burkina Faso", "Sahel", "Soum")),
])
def test_the_nearest_constructions_keep_their_reading(lang, text, where):
    assert _where(text, lang) == where


def test_a_province_keeps_its_second_level_reading():
    unit = _mentions("Des hommes armés ont enlevé deux bergers dans la province du Soum, mardi.", "fr")["Soum"]
    assert unit.role == "admin2" and unit.entry.level == "admin2"
