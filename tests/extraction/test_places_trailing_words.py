"""A place's name followed by a capitalised weekday or facility ("Menaka Airport", "Timbuktu Saturday") is
read without it.

Sentences written for these tests (not taken from any evaluation set)."""

from __future__ import annotations

import pytest

from sahelwatch.extraction.places import resolve_location
from sahelwatch.folding import fold_aligned as fold


def _where(text: str, lang: str = "en"):
    return resolve_location(text, fold(text), lang, [(0, len(text))])


@pytest.mark.parametrize("text, name, admin1", [
    ("Mortar shells fell on Sevare Airport before dawn, wounding a guard.", "Sevare", "Mopti"),
    ("Insurgents raided Timbuktu Sunday evening and burned two trucks.", "Timbuktu", "Tombouctou"),
    ("Gunmen fired on the Bamba Checkpoint overnight, killing a soldier.", "Bamba", "Gao"),
    ("Des obus sont tombés sur Kidal Mardi soir sans faire de victime.", "Kidal", "Kidal"),
])
def test_the_place_is_read_without_the_word_that_follows_it(text, name, admin1):
    loc = _where(text, "fr" if "obus" in text else "en")
    assert (loc.name, loc.admin1) == (name, admin1)


def test_a_name_known_as_a_whole_is_kept_whole():
    loc = _where("Fighters entered Nioro du Sahel on Monday.")
    assert loc.admin2 == "Nioro"


def test_an_unknown_run_with_no_trailing_word_is_not_cut():
    # "Dan Na Ambassagou" is an armed group, not the village "Dan"
    loc = _where("Dan Na Ambassagou fighters attacked a hamlet at dusk.")
    assert loc.name is None
