"""A toll revised within its sentence: "passant de neuf à onze morts", "rose from 12 to 15" is the second figure (the
first its floor), never a range; a toll the sentence names as replaced ("well above their earlier death toll of 30",
"le bilan précédent de sept morts") gives way to the new count; a first toll ("un premier bilan ... était de onze
morts") is most often the only one and stands. A plain range stays a range (own sentences, both languages)."""

from __future__ import annotations

import pytest

from sahelwatch.extraction.counts import sentence_fatalities


@pytest.mark.parametrize("lang,text,want", [
    ("fr", "Mercredi, les autorités de Foo ont revu le nombre des victimes, qui est passé de 13 à 16 morts.", (13, 16, 16)),
    ("en", "The toll of the raid on Kolondo rose from 12 to 15 dead, officials said.", (12, 15, 15)),
    ("fr", "Entre 12 et 14 personnes ont été tuées à Foo.", (12, 12, 14)),
])
def test_a_toll_revised_from_one_figure_to_another_is_the_second(lang, text, want):
    r = sentence_fatalities(text, lang)
    assert r is not None and (r.low, r.best, r.high) == want


@pytest.mark.parametrize("lang,text,want", [
    ("en", "Officials in Foo now say 44 villagers died, well above their earlier death toll of 30.", 44),
    ("en", "Twenty-two soldiers were killed near Kolondo, up from a previous toll of nine.", 22),
])
def test_a_toll_named_as_replaced_gives_way(lang, text, want):
    r = sentence_fatalities(text, lang)
    assert r is not None and r.best == want


@pytest.mark.parametrize("lang,text,want", [
    ("fr", "À Kolondo, un premier bilan donné par la mairie était de onze morts.", 11),
    ("en", "The first toll given by officials in Foo was eight dead.", 8),
])
def test_a_first_toll_stands(lang, text, want):
    r = sentence_fatalities(text, lang)
    assert r is not None and r.best == want
