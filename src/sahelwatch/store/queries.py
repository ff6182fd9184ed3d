"""Read queries over a selection of events: totals, paging, the data as known on a past day,
counts by place and period, and one event with its versions and links.

A selection is the shared :class:`~sahelwatch.model.EventFilter` plus the finer filters of
:class:`EventQuery`. ``as_of`` replays the store's versions: for each event, the last version
ingested before the end of that day (UTC), left out when that version is a deletion.
Functions take an open :class:`~sahelwatch.store.Store` (read-only is enough), on DuckDB or PostgreSQL:
the SQL is written once in what both engines say (positional ``GROUP BY``, aliased subqueries, dates cut
with ``date_trunc`` and cast to text); where they differ (DuckDB's ``* EXCLUDE``, the narrow reads of
``event_versions`` that only pay off on DuckDB's columnar scan) the difference is here, and nowhere else.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

import duckdb
import pyarrow as pa

from ..model import EventFilter

#: the largest page the API hands out
MAX_LIMIT = 1000

#: group keys of :func:`counts_by`: place units and periods
PLACE_KEYS = {
    "admin1": "coalesce(admin1, '(none)')",
    "admin2": "coalesce(admin2, '(none)')",
    "grid": "CAST(priogrid_gid AS VARCHAR)",
    "country": "coalesce(country, iso3, '(none)')",
}
PERIOD_KEYS = {  # the same text on both engines: a date cast to text is YYYY-MM-DD
    "week": "CAST(CAST(date_trunc('week', event_date) AS DATE) AS VARCHAR)",
    "month": "substr(CAST(CAST(date_trunc('month', event_date) AS DATE) AS VARCHAR), 1, 7)",
    "year": "CAST(CAST(extract(year FROM event_date) AS INTEGER) AS VARCHAR)",
}


@dataclass(frozen=True, slots=True)
class EventQuery:
    """A selection of events: the shared filters, the finer ones, and the day the data is seen as of."""

    base: EventFilter = EventFilter()
    sub_event_type: tuple[str, ...] = ()
    tactic: tuple[str, ...] = ()
    target_category: tuple[str, ...] = ()
    attribution: tuple[str, ...] = ()
    precision: tuple[str, ...] = ()  # geo_precision: exact, near, admin2, admin1, country
    fatalities_min: int | None = None
    fatalities_max: int | None = None
    border_km_max: float | None = None
    as_of: dt.date | None = None

    def replace(self, **changes) -> "EventQuery":
        return dataclasses.replace(self, **changes)


_CODING = ("coalesce(tactic, derived_tactic) AS tactic, "
           "coalesce(target_category, derived_target_category) AS target_category, "
           "coalesce(attribution, derived_attribution) AS attribution")


def _duckdb(store) -> bool:
    return isinstance(store.con, duckdb.DuckDBPyConnection)


def _all_but(store, relation: str, exclude: tuple[str, ...]) -> str:
    """Every column of ``relation`` but ``exclude``: DuckDB's ``* EXCLUDE``, PostgreSQL's column list."""
    if _duckdb(store):
        return f"* EXCLUDE ({', '.join(exclude)})"
    return ", ".join(c for c in store.columns(relation) if c not in exclude)


def _relation(store, q: EventQuery) -> tuple[str, list]:
    """The events of the selection's point in time, as a relation."""
    if q.as_of is None:
        rel = "events"
        params: list = []
    else:
        end = dt.datetime.combine(q.as_of + dt.timedelta(days=1), dt.time(), tzinfo=dt.timezone.utc)
        cols = _all_but(store, "event_versions_full",
                        ("tactic", "target_category", "attribution", "is_current", "deleted", "valid_to"))
        rel = (f"(SELECT {cols}, {_CODING} FROM (SELECT *, row_number() OVER (PARTITION BY event_id "
               f"ORDER BY version DESC) AS _rn FROM event_versions_full WHERE ingested_at < ?) r "
               f"WHERE _rn = 1 AND NOT deleted)")
        params = [end]
    return rel, params


def _narrow(store, q: EventQuery, place: bool = False, actors: bool = False) -> str | None:
    """On DuckDB, the current events read from ``event_versions`` with only the side tables the selection's
    filters (and, with ``place``, the caller) need: the ``events`` view joins both side tables for every row,
    which costs more than the scan itself on a million events. ``None`` where the view must be used."""
    if q.as_of is not None or not _duckdb(store):
        return None
    joins, cols = [], ""
    if place or q.base.admin1 or q.base.admin2 or q.border_km_max is not None:
        joins.append("LEFT JOIN event_places p ON p.place_key = v.place_key")
        cols += ", p.* EXCLUDE (place_key)"
    if actors or q.base.actor_ids:
        joins.append("LEFT JOIN event_actor_sets a ON a.actor_key = v.actor_key")
        cols += ", a.* EXCLUDE (actor_key)"
    coding = _CODING.replace("coalesce(", "coalesce(v.").replace(", derived_", ", v.derived_")
    return (f"(SELECT v.* EXCLUDE (tactic, target_category, attribution, is_current, deleted, valid_to){cols}, "
            f"{coding} FROM event_versions v {' '.join(joins)} WHERE v.is_current AND NOT v.deleted)")


def _with_cluster(sql: str) -> str:
    return (f"SELECT e.*, coalesce(c.cluster_id, 'c:' || e.event_id) AS cluster_id "
            f"FROM ({sql}) e LEFT JOIN event_clusters c USING (event_id)")


def _in(col: str, vals: tuple[str, ...]) -> tuple[str, list]:
    return f"lower({col}) IN ({', '.join('?' for _ in vals)})", [v.lower() for v in vals]


def selection(store, q: EventQuery, *, cluster: bool = False, narrow: bool = False, wide: bool = False
              ) -> tuple[str, list]:
    """``(sql, params)`` of ``SELECT * FROM <the selection>`` (no order); with ``cluster``, each event also
    carries its ``cluster_id`` (a record linked to nothing is its own cluster, ``c:<event_id>``).

    With ``narrow``, the rows carry the columns of ``event_versions`` (with the coding resolved) plus
    ``place_key``, and the side tables' columns only where a filter needs them (for counts and paging);
    with ``wide``, every column the ``events`` view has but ``tactic_origin``, read the same way."""
    rel, rel_params = _relation(store, q)
    if (narrow or wide) and (n := _narrow(store, q, place=wide, actors=wide)) is not None:
        rel = n
    where, params = store.events.where(q.base)
    clauses, extra = [where], []
    for col, vals in (("sub_event_type", q.sub_event_type), ("tactic", q.tactic),
                      ("target_category", q.target_category), ("attribution", q.attribution),
                      ("geo_precision", q.precision)):
        if vals:
            c, p = _in(col, vals)
            clauses.append(c)
            extra += p
    if q.fatalities_min is not None:
        clauses.append("coalesce(fatalities_best, 0) >= ?")
        extra.append(q.fatalities_min)
    if q.fatalities_max is not None:
        clauses.append("coalesce(fatalities_best, 0) <= ?")
        extra.append(q.fatalities_max)
    if q.border_km_max is not None:
        clauses.append("border_km <= ?")
        extra.append(q.border_km_max)
    sql = f"SELECT * FROM {rel} s WHERE {' AND '.join(clauses)}"
    return (_with_cluster(sql) if cluster else sql), rel_params + params + extra


def totals(store, q: EventQuery) -> dict:
    """Events and fatalities (low, best, high) over the whole selection."""
    sql, params = selection(store, q, narrow=True)
    n, low, best, high = store.con.execute(
        f"SELECT count(*), coalesce(sum(fatalities_low), 0), coalesce(sum(fatalities_best), 0), "
        f"coalesce(sum(fatalities_high), 0) FROM ({sql}) s", params).fetchall()[0]
    return {"total": int(n), "fatalities": {"low": int(low), "best": int(best), "high": int(high)}}


def page(store, q: EventQuery, *, limit: int = 100, offset: int = 0, columns: tuple[str, ...] | None = None
         ) -> list[dict]:
    """One page of the selection, newest first (ties by event id).

    The page's last date is found first on the narrow columns; the rows are then read whole only from
    that date on, so the side tables and clusters are joined to a few hundred rows, not to every match."""
    sql, params = selection(store, q, narrow=True)
    order = "ORDER BY event_date DESC NULLS LAST, event_id"
    if limit <= 0:
        return []
    cut = store.con.execute(f"SELECT event_date FROM ({sql}) s ORDER BY event_date DESC NULLS LAST LIMIT 1 OFFSET ?",
                            params + [int(limit) + int(offset) - 1]).fetchall()
    since = cut[0][0] if cut else None  # None: the page reaches the end or the undated events
    full, full_params = selection(store, q, cluster=True, wide=bool(columns))
    cols = ", ".join(columns) if columns else "*"
    extra = " WHERE event_date >= ?" if since is not None else ""
    cur = store.con.execute(f"SELECT {cols} FROM ({full}) s{extra} {order} LIMIT ? OFFSET ?",
                            full_params + ([since] if since is not None else []) + [int(limit), int(offset)])
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]


def selection_arrow(store, q: EventQuery, columns: tuple[str, ...] | None = None) -> pa.Table:
    """The whole selection, oldest first, as an Arrow table (for exports and analyses)."""
    sql, params = selection(store, q, cluster=True)
    cols = ", ".join(columns) if columns else "*"
    return store.con.sql(f"SELECT {cols} FROM ({sql}) s ORDER BY event_date, event_id", params=params).to_arrow_table()


def counts_by(store, q: EventQuery, place: str | None = None, period: str | None = None) -> list[dict]:
    """Events and best fatalities per place unit and/or period (``PLACE_KEYS``, ``PERIOD_KEYS``)."""
    if place is None and period is None:
        raise ValueError("counts_by needs a place or a period")
    keys = []
    if place is not None:
        keys.append((place, PLACE_KEYS[place]))
        if place in ("admin1", "admin2"):
            keys += [("country", PLACE_KEYS["country"]), ("iso3", "iso3"), (f"{place}_norm", f"{place}_norm")]
    if period is not None:
        keys.append((period, PERIOD_KEYS[period]))
    sel = ", ".join(f"{expr} AS {name}" for name, expr in keys)
    names = ", ".join(name for name, _ in keys)
    by = ", ".join(str(i + 1) for i in range(len(keys)))
    if _narrow(store, q) is None:
        sql, params = selection(store, q)
        cur = store.con.execute(
            f"SELECT {sel}, count(*) AS events, coalesce(sum(fatalities_best), 0) AS fatalities "
            f"FROM ({sql}) s WHERE event_date IS NOT NULL GROUP BY {by} ORDER BY {names}", params)
    else:  # counted on the events' own columns first; the few groups then get their place and period keys
        sql, params = selection(store, q, narrow=True)
        own = {"admin1": ["admin1", "country", "iso3"], "admin2": ["admin2", "country", "iso3"],
               "country": ["country", "iso3"], "grid": []}.get(place, [])
        side = {"admin1": "admin1_norm", "admin2": "admin2_norm", "grid": "priogrid_gid"}.get(place)
        inner = own + (["place_key"] if side else []) + (
            [f"date_trunc('{period}', event_date) AS _period"] if period else [])
        outer_sel = sel.replace("event_date", "_period")
        cur = store.con.execute(
            f"SELECT {outer_sel}, sum(n)::BIGINT AS events, coalesce(sum(f), 0)::BIGINT AS fatalities FROM "
            f"(SELECT {', '.join(inner)}, count(*) AS n, sum(fatalities_best) AS f FROM ({sql}) "
            f"WHERE event_date IS NOT NULL GROUP BY ALL) g "
            f"{'LEFT JOIN event_places p ON p.place_key = g.place_key' if side else ''} "
            f"GROUP BY ALL ORDER BY {names}", params)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def known_values(store, column: str) -> set[str]:
    """The distinct lower-cased values of a stored text column (of ``event_versions``) over every version."""
    rows = store.con.execute(f"SELECT DISTINCT lower({column}) FROM event_versions "
                             f"WHERE {column} IS NOT NULL").fetchall()
    return {r[0] for r in rows}


def date_range(store) -> tuple[dt.date | None, dt.date | None]:
    return tuple(store.con.execute("SELECT min(event_date), max(event_date) FROM events").fetchall()[0])


def event_versions(store, event_id: str) -> list[dict]:
    """Every stored version of one event, oldest first, with the ingest that brought it."""
    cur = store.con.execute(
        "SELECT v.*, i.path AS ingest_path, i.started_at AS ingest_started FROM event_versions_full v "
        "LEFT JOIN ingests i ON i.ingest_id = v.valid_from WHERE v.event_id = ? ORDER BY v.version",
        [event_id])
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def cluster_of(store, event_id: str) -> tuple[str, list[str]]:
    """The cluster id of an event and the ids of every record linked into it (itself included)."""
    row = store.con.execute("SELECT cluster_id FROM event_clusters WHERE event_id = ?", [event_id]).fetchall()
    if not row:
        return f"c:{event_id}", [event_id]
    cid = row[0][0]
    members = store.con.execute("SELECT event_id FROM event_clusters WHERE cluster_id = ? ORDER BY event_id",
                                [cid]).fetchall()
    return cid, [m[0] for m in members]
