"""A figure told over a span of days ("a tué 23 jihadistes entre le 12 et le 13 mars", "du 8 au 10 mars", "between
March 12 and 13") sums several days' operations: it gives way to a figure that counts one of them; a figure of one day
stays the event's (sentences written for these tests, places invented)."""

from __future__ import annotations

import pytest

from sahelwatch.extraction.counts import event_fatalities, sentence_fatalities
from sahelwatch.folding import fold_aligned as fold


def _event(sentences: list[str], lang: str):
    text = " ".join(sentences)
    f = fold(text)
    readings, pos = [], 0
    for s in sentences:
        if (r := sentence_fatalities(s, lang, pos, f[pos : pos + len(s)])) is not None:
            readings.append(r)
        pos += len(s) + 1
    return event_fatalities(readings, len(sentences[0]), f)


@pytest.mark.parametrize("lang,sentences,best", [
    ("fr", ["L'armée a tué 23 jihadistes dans la région de Foo entre le 12 et le 13 mars.",
            "Le 12 mars, une frappe a tué 15 combattants près de Bar."], 15),
    ("fr", ["L'armée dit avoir tué trois terroristes au cours de ratissages conduits du 8 au 10 mars.",
            "Le 9 mars, une patrouille a tué un assaillant près de Bar."], 1),
    ("en", ["The army said it killed 23 militants between March 12 and 13 in the Foo area.",
            "On March 12, an air strike killed 15 fighters near Bar."], 15),
])
def test_a_sum_over_days_gives_way_to_one_days_figure(lang, sentences, best):
    assert _event(sentences, lang).best == best


@pytest.mark.parametrize("lang,sentences,best", [
    ("fr", ["L'armée a tué 23 jihadistes dans la région de Foo le 12 mars.",
            "Une frappe a tué 15 combattants près de Bar le 13 mars."], 23),
    ("fr", ["L'armée a tué 23 jihadistes entre Foo et Bar.",
            "Une frappe a tué 15 combattants près de Bar."], 23),
])
def test_a_figure_of_one_day_stays_the_events(lang, sentences, best):
    assert _event(sentences, lang).best == best
