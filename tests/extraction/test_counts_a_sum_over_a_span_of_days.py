"""A figure told over a span of days ("a abattu 40 insurgés entre le 2 et le 4 mars", "du 3 au 6 mai", "between
April 3 and 5") sums several days' operations: it gives way to a figure that counts one of them; a figure of one day
stays the event's (sentences written for these tests, places invented)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("lang,sentences,best", [
    ("fr", ["Les forces aériennes disent avoir abattu 40 insurgés entre le 2 et le 4 mars autour de Foo.",
            "Le 3 mars, un raid a abattu 15 insurgés près de Bar."], 15),
    ("fr", ["L'armée dit avoir tué trois terroristes au cours de ratissages conduits du 8 au 10 mars.",
            "Le 9 mars, une patrouille a tué un assaillant près de Bar."], 1),
    ("en", ["Pilots shot dead 40 insurgents between April 3 and 5 around Foo, the air force said.",
            "On April 4, a raid near Bar killed 15 insurgents."], 15),
])
def test_a_sum_over_days_gives_way_to_one_days_figure(event_toll, lang, sentences, best):
    assert event_toll(sentences, lang).best == best


@pytest.mark.parametrize("lang,sentences,best", [
    ("fr", ["Les forces aériennes disent avoir abattu 40 insurgés le 2 mars autour de Foo.",
            "Un raid a abattu 15 insurgés près de Bar le 3 mars."], 40),
    ("fr", ["Les forces aériennes disent avoir abattu 40 insurgés entre Foo et Bar.",
            "Un raid a abattu 15 insurgés près de Bar."], 40),
])
def test_a_figure_of_one_day_stays_the_events(event_toll, lang, sentences, best):
    assert event_toll(sentences, lang).best == best
