"""A quote mark opened after the article of a rough count ('a "dozen gunmen"', 'une « vingtaine d'assaillants »',
the press quoting an army's words) keeps the count (sentences written for these tests, places invented)."""

from __future__ import annotations

import pytest

from sahelwatch.extraction.counts import sentence_fatalities


@pytest.mark.parametrize("lang,text,best,side", [
    ("en", 'Soldiers said a "dozen gunmen" died when their camp near Foo was shelled.', 12, "armed"),
    ("en", 'A " dozen bandits" were killed near Foo.', 12, "armed"),
    ("fr", "Près de Foo, une « dizaine d'insurgés » auraient péri sous les tirs.", 10, "armed"),
    ("fr", "L'armée dit avoir abattu une « vingtaine d'assaillants » près de Foo.", 20, "armed"),
])
def test_a_quoted_rough_count_is_read(lang, text, best, side):
    r = sentence_fatalities(text, lang)
    assert r.best == best and r.side == side and r.high is None


@pytest.mark.parametrize("lang,text,best", [
    ("en", 'Soldiers said a dozen "gunmen" died when their camp near Foo was shelled.', 12),
    ("fr", "Une « attaque » a tué deux civils à Foo.", 2),
    ("en", 'He said "a man" was killed in Foo.', 1),
])
def test_other_quotes_keep_their_reading(lang, text, best):
    assert sentence_fatalities(text, lang).best == best
