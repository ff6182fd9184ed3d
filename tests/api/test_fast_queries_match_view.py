"""The dashboard's queries read ``event_versions`` with only the side tables they need; what they answer
must be exactly what the same queries answer through the ``events`` view."""

from __future__ import annotations

import datetime as dt

import pytest

from sahelwatch.api.routes import PUBLIC_COLUMNS
from sahelwatch.model import EventFilter
from sahelwatch.store import open_store, queries

SELECTIONS = [
    queries.EventQuery(),
    queries.EventQuery(base=EventFilter(country=("mali",), since=dt.date(2012, 3, 1))),
    queries.EventQuery(base=EventFilter(admin1=("Mopti", "Gao"))),
    queries.EventQuery(base=EventFilter(admin2=("Douentza", "Ké-Macina"))),
    queries.EventQuery(base=EventFilter(event_type=("Battles",), until=dt.date(2015, 6, 30))),
    queries.EventQuery(fatalities_min=5, precision=("exact", "near")),
    queries.EventQuery(border_km_max=50.0),
    queries.EventQuery(base=EventFilter(source=("no-such-source",))),
]


@pytest.fixture(scope="module")
def store(acled_db):
    with open_store(acled_db, read_only=True) as s:
        yield s


def _through_view(monkeypatch, fn, *args, **kw):
    with monkeypatch.context() as m:
        m.setattr(queries, "_narrow", lambda *a, **k: None)
        return fn(*args, **kw)


@pytest.mark.parametrize("q", SELECTIONS)
def test_totals_and_pages_equal_the_view(store, monkeypatch, q):
    assert queries.totals(store, q) == _through_view(monkeypatch, queries.totals, store, q)
    total = queries.totals(store, q)["total"]
    for limit, offset in ((200, 0), (37, 150), (100, max(total - 20, 0)), (50, total + 10), (0, 0)):
        fast = queries.page(store, q, limit=limit, offset=offset, columns=PUBLIC_COLUMNS)
        assert fast == _through_view(monkeypatch, queries.page, store, q, limit=limit, offset=offset,
                                     columns=PUBLIC_COLUMNS), (limit, offset)
        assert len(fast) == max(0, min(limit, total - offset))


@pytest.mark.parametrize("q", SELECTIONS)
@pytest.mark.parametrize("place,period", [("admin2", "month"), ("admin1", None), ("grid", "year"),
                                          ("country", "week"), (None, "month")])
def test_counts_by_place_and_period_equal_the_view(store, monkeypatch, q, place, period):
    fast = queries.counts_by(store, q, place, period)
    assert fast == _through_view(monkeypatch, queries.counts_by, store, q, place, period)
    assert sum(r["events"] for r in fast) <= queries.totals(store, q)["total"]
