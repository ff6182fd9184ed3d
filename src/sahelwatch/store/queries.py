"""Read queries over a selection of events: totals, paging, the data as known on a past day,
counts by place and period, and one event with its versions and links.

A selection is the shared :class:`~sahelwatch.model.EventFilter` plus the finer filters of
:class:`EventQuery`. ``as_of`` replays the store's versions: for each event, the last version
ingested before the end of that day (UTC), left out when that version is a deletion.
Functions take an open :class:`~sahelwatch.store.Store` (read-only is enough), on DuckDB or PostgreSQL:
the SQL is written once in what both engines say (aliased subqueries); where they differ (DuckDB's
``* EXCLUDE``, the narrow reads of ``event_versions`` that only pay off on DuckDB's columnar scan) the
difference is here, and nowhere else. The totals, the counts by place and period and the page's cut are
computed in Arrow from one read of the selection (:func:`selection_counts`), the same on both engines.
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

#: the place units and periods :func:`counts_by` groups by
PLACES = ("admin1", "admin2", "grid", "country")
PERIODS = ("week", "month", "year")


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


#: the columns of :func:`selection_counts`: what the totals, the counts and the page's cut read
COUNT_COLUMNS = ("event_date", "country", "iso3", "admin1", "admin2", "admin1_norm", "admin2_norm", "priogrid_gid",
                 "geo_precision", "fatalities_low", "fatalities_best", "fatalities_high")
#: the place keys' columns that come from ``event_places`` on DuckDB's narrow read
_PLACE_COLUMNS = ("admin1_norm", "admin2_norm", "priogrid_gid")


def selection_counts(store, q: EventQuery) -> pa.Table:
    """The selection's :data:`COUNT_COLUMNS`, one row per event, in no order: read once per selection, the totals,
    the counts by place and period and the page's cut are all computed from it (:func:`totals`, :func:`counts_by`,
    :func:`page`), so the dashboard's five answers of one filter apply the filter once, not six times."""
    if _narrow(store, q) is None:
        sql, params = selection(store, q)
        read = f"SELECT {', '.join(COUNT_COLUMNS)} FROM ({sql}) s"
    else:  # the place keys from the side table, joined to the selection's rows only
        sql, params = selection(store, q, narrow=True)
        cols = ", ".join(f"p.{c}" if c in _PLACE_COLUMNS else f"s.{c}" for c in COUNT_COLUMNS)
        read = f"SELECT {cols} FROM ({sql}) s LEFT JOIN event_places p ON p.place_key = s.place_key"
    return store.con.sql(read, params=params).to_arrow_table()


def of_precision(frame: pa.Table, precision: tuple[str, ...]) -> pa.Table:
    """The rows of a :func:`selection_counts` of the geographic ``precision`` given (case aside): the selection
    narrowed by the ``precision`` filter, as :func:`selection` narrows it (the dashboard asks for the same filter
    with and without it at once)."""
    import pyarrow.compute as pc

    wanted = pa.array([v.lower() for v in precision], type=pa.string())
    return frame.filter(pc.is_in(pc.utf8_lower(frame["geo_precision"]), value_set=wanted).fill_null(False))


def totals(frame: pa.Table) -> dict:
    """Events and fatalities (low, best, high) over the whole selection (its :func:`selection_counts`)."""
    import pyarrow.compute as pc

    def total(col: str) -> int:
        v = pc.sum(frame[col]).as_py()
        return int(v) if v is not None else 0

    return {"total": frame.num_rows, "fatalities": {"low": total("fatalities_low"), "best": total("fatalities_best"),
                                                    "high": total("fatalities_high")}}


def page(store, q: EventQuery, frame: pa.Table, *, limit: int = 100, offset: int = 0,
         columns: tuple[str, ...] | None = None) -> list[dict]:
    """One page of the selection, newest first (ties by event id).

    The page's last date is found first in the selection's :func:`selection_counts` (``frame``); the rows are
    then read whole only from that date on, so the side tables and clusters are joined to a few hundred rows, not
    to every match."""
    import pyarrow.compute as pc

    order = "ORDER BY event_date DESC NULLS LAST, event_id"
    if limit <= 0:
        return []
    last = int(limit) + int(offset) - 1
    dated = pc.drop_null(frame["event_date"])  # the undated events come last
    since = None  # the page reaches the end or the undated events
    if last < len(dated):
        since = dated.take(pc.sort_indices(dated, sort_keys=[("", "descending")]).slice(last, 1))[0].as_py()
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


def counts_by(frame: pa.Table, place: str | None = None, period: str | None = None) -> list[dict]:
    """Events and best fatalities per place unit (``PLACES``) and/or period (``PERIODS``) of the selection's
    :func:`selection_counts` (``frame``), dated events only, ordered by the keys (text in byte order, none last).
    The keys: the unit's name (``(none)`` for none) and for admin1 and admin2 also its country (the name, else the
    ISO3 code, else ``(none)``), ISO3 code and folded name (``admin1_norm``); a grid cell's PRIO-GRID id as text; the
    week's Monday as ``YYYY-MM-DD``, the month as ``YYYY-MM``, the year as ``YYYY``."""
    import pyarrow.compute as pc

    if place is None and period is None:
        raise ValueError("counts_by needs a place or a period")
    if place not in (None, *PLACES) or period not in (None, *PERIODS):
        raise ValueError(f"counts_by: no place {place!r} or period {period!r}")
    frame = frame.filter(pc.is_valid(frame["event_date"]))
    none = pa.scalar("(none)")
    keys: dict = {}
    if place in ("admin1", "admin2"):
        keys[place] = pc.coalesce(frame[place], none)
    if place in ("admin1", "admin2", "country"):
        keys["country"] = pc.coalesce(frame["country"], frame["iso3"], none)
    if place in ("admin1", "admin2"):
        keys["iso3"] = frame["iso3"]
        keys[f"{place}_norm"] = frame[f"{place}_norm"]
    if place == "grid":
        keys["grid"] = pc.cast(frame["priogrid_gid"], pa.string())
    dates = frame["event_date"]
    if period == "week":
        keys["week"] = pc.cast(pc.floor_temporal(dates, unit="week", week_starts_monday=True), pa.string())
    elif period == "month":
        keys["month"] = pc.utf8_slice_codeunits(pc.cast(dates, pa.string()), 0, 7)
    elif period == "year":
        keys["year"] = pc.cast(pc.year(dates), pa.string())
    grouped = (pa.table({**keys, "_f": frame["fatalities_best"]}).group_by(list(keys))
               .aggregate([("_f", "count", pc.CountOptions(mode="all")), ("_f", "sum")])
               .sort_by([(k, "ascending") for k in keys]))
    return [{**{k: r[k] for k in keys}, "events": r["_f_count"], "fatalities": r["_f_sum"] or 0}
            for r in grouped.to_pylist()]


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
