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


def _counts(store, q):
    return queries.selection_counts(store, q)


@pytest.mark.parametrize("q", SELECTIONS)
def test_totals_and_pages_equal_the_view(store, monkeypatch, q):
    frame = _counts(store, q)
    view = _through_view(monkeypatch, _counts, store, q)
    assert queries.totals(frame) == queries.totals(view)
    total = queries.totals(frame)["total"]
    for limit, offset in ((200, 0), (37, 150), (100, max(total - 20, 0)), (50, total + 10), (0, 0)):
        fast = queries.page(store, q, frame, limit=limit, offset=offset, columns=PUBLIC_COLUMNS)
        assert fast == _through_view(monkeypatch, queries.page, store, q, view, limit=limit, offset=offset,
                                     columns=PUBLIC_COLUMNS), (limit, offset)
        assert len(fast) == max(0, min(limit, total - offset))


#: the keys of the counts in the SQL both engines speak (text sorts in byte order on both: the "C" collation)
PLACE_SQL = {"admin1": "coalesce(admin1, '(none)')", "admin2": "coalesce(admin2, '(none)')",
             "grid": "CAST(priogrid_gid AS VARCHAR)", "country": "coalesce(country, iso3, '(none)')"}
PERIOD_SQL = {"week": "CAST(CAST(date_trunc('week', event_date) AS DATE) AS VARCHAR)",
              "month": "substr(CAST(CAST(date_trunc('month', event_date) AS DATE) AS VARCHAR), 1, 7)",
              "year": "CAST(CAST(extract(year FROM event_date) AS INTEGER) AS VARCHAR)"}


def _grouped_by_the_store(store, q, place, period):
    """The counts as the store's own engine groups the selection (the events view), for comparison."""
    keys = []
    if place is not None:
        keys.append((place, PLACE_SQL[place]))
        if place in ("admin1", "admin2"):
            keys += [("country", PLACE_SQL["country"]), ("iso3", "iso3"), (f"{place}_norm", f"{place}_norm")]
    if period is not None:
        keys.append((period, PERIOD_SQL[period]))
    sql, params = queries.selection(store, q)
    by = ", ".join(str(i + 1) for i in range(len(keys)))
    cur = store.con.execute(
        f"SELECT {', '.join(f'{e} AS {n}' for n, e in keys)}, count(*) AS events, "
        f"coalesce(sum(fatalities_best), 0) AS fatalities FROM ({sql}) s WHERE event_date IS NOT NULL "
        f"GROUP BY {by} ORDER BY {', '.join(n for n, _ in keys)}", params)
    names = [d[0] for d in cur.description]
    return [{k: (int(v) if k in ("events", "fatalities") else v) for k, v in zip(names, r)} for r in cur.fetchall()]


@pytest.mark.parametrize("q", SELECTIONS)
@pytest.mark.parametrize("place,period", [("admin2", "month"), ("admin1", None), ("grid", "year"),
                                          ("country", "week"), (None, "month"), (None, "year"), ("admin2", "week")])
def test_counts_by_place_and_period_equal_the_stores_own_grouping(store, monkeypatch, q, place, period):
    fast = queries.counts_by(_counts(store, q), place, period)
    assert fast == queries.counts_by(_through_view(monkeypatch, _counts, store, q), place, period)
    assert fast == _grouped_by_the_store(store, q, place, period)
    assert sum(r["events"] for r in fast) <= queries.totals(_counts(store, q))["total"]


@pytest.mark.parametrize("q", SELECTIONS)
@pytest.mark.parametrize("precision", [("admin1", "admin2"), ("ADMIN2",), ("exact", "near"), ("nowhere",)])
def test_a_precision_filter_narrowing_the_selections_rows_equals_the_filter_in_sql(store, q, precision):
    narrowed = queries.of_precision(_counts(store, q.replace(precision=())), precision)
    in_sql = _counts(store, q.replace(precision=precision))
    assert queries.totals(narrowed) == queries.totals(in_sql)
    for place, period in (("admin1", None), ("admin2", None), (None, "week")):
        assert queries.counts_by(narrowed, place, period) == queries.counts_by(in_sql, place, period)
