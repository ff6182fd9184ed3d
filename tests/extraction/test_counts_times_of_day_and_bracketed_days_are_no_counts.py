"""A time of day ("vers 5h00", "at 4:30 am", "around 6 am") and the day of a date whose month comes first with a comma
("(Mar, 14)", "June, 9, 2027") are no counts of dead, even where a death has no figure of its own to take; a figure
after a month that opens the sentence ("In March, 12 soldiers") still is (own sentences, both languages)."""

from __future__ import annotations

import pytest

from sahelwatch.extraction.counts import sentence_fatalities


def figures(text: str, lang: str) -> list[str]:
    r = sentence_fatalities(text, lang)
    return [] if r is None else [text[a:b] for a, b in r.spans]


@pytest.mark.parametrize("lang,text,never", [
    ("en", "Gunmen stormed the cattle fair of Kolondo at about 5:00 am, the raid resulting in dozens being killed.", "00"),
    ("en", "Gunmen stormed the cattle fair of Kolondo (Mar, 14) at about 5 am, the raid resulting in dozens being "
           "killed.", "14"),
    ("en", "Gunmen stormed the cattle fair of Kolondo (Mar, 14), the raid resulting in dozens being killed.", "14"),
    ("en", "Gunmen stormed the cattle fair of Kolondo on June, 9, 2027, the raid resulting in dozens being killed.", "9"),
])
def test_a_time_or_a_day_is_no_count(lang, text, never):
    assert all(never not in f for f in figures(text, lang))


@pytest.mark.parametrize("lang,text,want", [
    ("fr", "Vers 17 h 30, des hommes armés ont tué deux bergers près de Kolondo.", 2),
    ("fr", "Des hommes armés ont attaqué Kolondo vers 5h00, tuant plusieurs dizaines de personnes.", 20),
    ("en", "Two herders were killed at 4.30 am near Kolondo.", 2),
    ("en", "In March, 12 soldiers were killed near Kolondo.", 12),
    ("fr", "Force conjointe G5 : 14 soldats tués près de Kolondo.", 14),  # a colon after a figure, spaced: no time
    ("en", "On June 9, 14 soldiers were killed near Kolondo.", 14),
])
def test_the_count_beside_a_time_or_a_month_is_read(lang, text, want):
    r = sentence_fatalities(text, lang)
    assert r is not None and r.best == want
