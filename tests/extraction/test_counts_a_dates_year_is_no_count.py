"""A year written in a date ("on March, 4, 2026", "9 juin, 2025", "since 2021") is never a count of the dead, and the
figure a gerund passive tells after "in" ("resulting in dozens being killed") is its subject (sentences written for
these tests)."""

import pytest

from sahelwatch.extraction.counts import sentence_fatalities


@pytest.mark.parametrize("lang,text,best", [
    ("en", "Raiders hit the weekly market of Tamba on March, 4, 2026, the assault resulting in dozens being killed.", 24),
    ("en", "Since 2019, 2000 civilians were killed across the district.", 2000),
    ("en", "Since 2021, hundreds of villagers have been killed.", None),
    ("fr", "Le marché de Tamba a été pris d'assaut le 4 mars 2026 et des dizaines de civils ont été tués.", 20),
    ("fr", "Le marché de Tamba a été pris d'assaut en mars 2026 et des dizaines de civils ont été tués.", 20),
])
def test_a_dates_year_counts_no_dead(lang, text, best):
    r = sentence_fatalities(text, lang)
    assert r is not None and r.best == best and r.low < 1900 + (best or 0)


@pytest.mark.parametrize("lang,text,best", [
    ("en", "Between 2016 and 2024, 750 herders were killed across the district of Tamba.", 750),
    ("en", "In the district of Tamba (between 2016 and 2024) 750 herders were killed.", 750),
    ("fr", "Entre 2016 et 2024, 750 éleveurs ont été tués dans le district de Tamba.", 750),
])
def test_a_span_of_years_counts_no_dead(lang, text, best):
    assert sentence_fatalities(text, lang).best == best


@pytest.mark.parametrize("lang,text,best", [
    ("en", "Between 2000 and 3000 people were killed over the years in the district of Tamba.", 2000),
])
def test_a_range_of_people_of_a_years_size_is_still_a_count(lang, text, best):
    assert sentence_fatalities(text, lang).best == best


@pytest.mark.parametrize("lang,text,best", [
    ("fr", "Plus de 2000 civils ont été tués en un an dans la région.", 2001),
    ("en", "As many as 2000 civilians were killed over the year.", 2000),
])
def test_a_figure_of_a_years_size_with_no_date_word_is_still_a_count(lang, text, best):
    assert sentence_fatalities(text, lang).best == best


@pytest.mark.parametrize("text,best", [
    ("The ambush at the ford ended in eleven soldiers being killed.", 11),
    ("Shooting broke out at the checkpoint, resulting in 7 travellers being shot dead.", 7),
])
def test_the_subject_of_a_gerund_passive_after_in_is_the_count(text, best):
    assert sentence_fatalities(text, "en").best == best
