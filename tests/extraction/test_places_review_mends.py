"""Places a text states loosely: a region "du pays"/"of the country" in a text on another country than Burkina
Faso, a direction word after a capitalised article that opens a sentence ("Le Nord du Burkina ..."), and a country
the text names only as a border near the place.

Sentences written for these tests (not taken from any evaluation set)."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from types import SimpleNamespace

import pytest

from sahelwatch.extraction.pipeline import Document, Extractor


@lru_cache(maxsize=1)
def _extractor() -> Extractor:
    return Extractor()


def _where(text: str, lang: str):
    """The first event's place: country, admin1 and the place's name."""
    events = _extractor().extract(Document("t", text, lang, dt.date(2025, 3, 12))).events
    assert events, text
    loc = events[0].location
    return SimpleNamespace(country=loc.get("country"), admin1=loc.get("admin1"),
                           name=loc.get("name") or loc.get("location"))


@pytest.mark.parametrize("lang, text, country", [
    ("fr", "Selon un élu nigérien, des bandits ont abattu sept bergers mardi à Tamadjiré, dans le sud-ouest du pays.",
     "Niger"),
    ("fr", "Au Mali, des assaillants ont incendié jeudi le village de Koulfandé, dans le sud-ouest du pays.", "Mali"),
    ("en", "In Niger, armed men shot dead five farmers on Friday at Dangassouré, in the south-west of the country.",
     "Niger"),
])
def test_a_region_of_the_country_in_a_text_on_another_country_is_no_burkina_region(lang, text, country):
    loc = _where(text, lang)
    assert loc is None or loc.country != "Burkina Faso", loc
    assert loc is None or loc.country == country


@pytest.mark.parametrize("lang, text", [
    ("fr", "Au Burkina Faso, des hommes armés ont tué quatre villageois à Wendoukal, dans le sud-ouest du pays."),
    ("fr", "Des hommes armés ont tué quatre villageois à Wendoukal, dans le sud-ouest du Burkina."),
])
def test_a_region_of_the_country_in_a_text_on_burkina_places_an_unknown_village(lang, text):
    loc = _where(text, lang)
    assert (loc.country, loc.admin1, loc.name) == ("Burkina Faso", "Sud-Ouest", "Wendoukal")


@pytest.mark.parametrize("lang, text, name, admin1", [
    ("fr", "Le Nord du Burkina a subi une nouvelle attaque. Des hommes armés ont tué deux civils mardi à Titao.", "Titao", "Nord"),
    ("fr", "Le Sud-Ouest du Burkina a subi une attaque. Des assaillants ont tué trois villageois jeudi à Gaoua.",
     "Gaoua", "Sud-Ouest"),
    ("en", "The North of Burkina suffered another attack. Gunmen killed two civilians on Tuesday in Titao.",
     "Titao", "Nord"),
])
def test_a_direction_after_a_sentences_first_article_is_no_place(lang, text, name, admin1):
    loc = _where(text, lang)
    assert (loc.name, loc.admin1) == (name, admin1)


def test_a_country_named_only_as_the_border_leaves_the_place_in_its_own_country():
    # the text names Mali only as the border near the town: Gorom-Gorom is Burkina's (Oudalan), not a homonym in Mali
    text = ("Des assaillants ont tué quatre civils mardi à Gorom-Gorom, non loin de la frontière avec le Mali, "
            "selon des sources locales.")
    loc = _where(text, "fr")
    assert (loc.country, loc.admin1, loc.name) == ("Burkina Faso", "Sahel", "Gorom-Gorom")
