"""Reads of the current events: filtered tables, frames, rows, counts, statistics and exports."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Iterable, Iterator

import pyarrow as pa

from ..model import EventFilter
from ._sql import Part


def _admin_clause(p: str, level: int, names: tuple[str, ...]) -> tuple[str, list]:
    """An admin filter: the unit's name as the source wrote it (case aside), its key (the names folded, and
    resolved through the admin-name table's aliases: :func:`~sahelwatch.geo.admin_names.filter_keys`) or its
    P-code."""
    from ..geo.admin_names import filter_keys

    vals = [n.lower() for n in names]
    keys = list(dict.fromkeys(vals + list(filter_keys(names, level))))
    a, k = ", ".join("?" for _ in vals), ", ".join("?" for _ in keys)
    return (f"(lower({p}admin{level}) IN ({a}) OR lower({p}admin{level}_norm) IN ({k}) "
            f"OR lower({p}admin{level}_pcode) IN ({a}))"), vals + keys + vals


class Events(Part):
    """The current, undeleted events (the ``events`` view), each with its linkage cluster."""

    def where(self, f: EventFilter | None, alias: str = "") -> tuple[str, list]:
        if f is None:
            return "true", []
        p = f"{alias}." if alias else ""
        clauses, params = [], []
        if f.country:
            vals = [c.lower() for c in f.country]
            marks = ", ".join("?" for _ in vals)
            clauses.append(f"(lower({p}country) IN ({marks}) OR lower({p}iso3) IN ({marks}))")
            params += vals + vals
        for level, names in ((1, f.admin1), (2, f.admin2)):
            if names:
                c, v = _admin_clause(p, level, names)
                clauses.append(c)
                params += v
        if f.actor_ids:
            ids = list(f.actor_ids)
            arr = "[" + ", ".join("?" for _ in ids) + "]::VARCHAR[]"
            clauses.append(
                f"(list_has_any(coalesce({p}actor1_ids, []), {arr}) OR list_has_any(coalesce({p}actor2_ids, []), {arr}) "
                f"OR list_has_any(coalesce({p}assoc_actor_1_ids, []), {arr}) "
                f"OR list_has_any(coalesce({p}assoc_actor_2_ids, []), {arr}))"
            )
            params += ids * 4
        if f.event_type:
            vals = [e.lower() for e in f.event_type]
            clauses.append(f"lower({p}event_type) IN ({', '.join('?' for _ in vals)})")
            params += vals
        if f.since:
            clauses.append(f"{p}event_date >= ?")
            params.append(f.since)
        if f.until:
            clauses.append(f"{p}event_date <= ?")
            params.append(f.until)
        if f.source:
            clauses.append(f"{p}source IN ({', '.join('?' for _ in f.source)})")
            params += list(f.source)
        return (" AND ".join(clauses) or "true"), params

    _EVENTS = ("(SELECT e.*, coalesce(c.cluster_id, 'c:' || e.event_id) AS cluster_id "
               "FROM events e LEFT JOIN event_clusters c USING (event_id))")

    def arrow(self, f: EventFilter | None = None, columns: Iterable[str] | None = None,
              order: str = "event_date, event_id") -> pa.Table:
        where, params = self.where(f)
        cols = ", ".join(columns) if columns else "*"
        return self.con.sql(f"SELECT {cols} FROM {self._EVENTS} WHERE {where} ORDER BY {order}",
                            params=params).to_arrow_table()

    def frame(self, f: EventFilter | None = None, columns: Iterable[str] | None = None, **kw):
        """Current events as a pandas DataFrame. Keyword filters build an :class:`EventFilter`."""
        if f is None and kw:
            f = filter_from_kwargs(**kw)
        return self.arrow(f, columns).to_pandas()

    def rows(self, f: EventFilter | None = None) -> Iterator[dict]:
        where, params = self.where(f)
        cur = self.con.execute(f"SELECT * FROM {self._EVENTS} WHERE {where} ORDER BY event_date, event_id", params)
        cols = [d[0] for d in cur.description]
        while True:
            rows = cur.fetchmany(2048)
            if not rows:
                return
            for r in rows:
                yield dict(zip(cols, r))

    def has_source(self, source: str) -> bool:
        """Whether any version of any event of ``source`` is stored (current, replaced or deleted)."""
        return bool(self.con.execute(
            "SELECT count(*) FROM (SELECT 1 FROM event_versions WHERE source = ? LIMIT 1)", [source]
        ).fetchall()[0][0])

    def count(self, f: EventFilter | None = None) -> int:
        where, params = self.where(f)
        return self.con.execute(f"SELECT count(*) FROM events WHERE {where}", params).fetchall()[0][0]

    def stats(self, f: EventFilter | None = None) -> dict:
        where, params = self.where(f)
        out: dict = {}
        total = self.con.execute(
            f"SELECT count(*), coalesce(sum(fatalities_best), 0), min(event_date), max(event_date) FROM events WHERE {where}",
            params,
        ).fetchall()[0]
        out["events"], out["fatalities_best"] = total[0], int(total[1])
        out["first_date"] = total[2].isoformat() if total[2] else None
        out["last_date"] = total[3].isoformat() if total[3] else None
        for key, expr in (("by_source", "source"), ("by_country", "coalesce(country, iso3, '(none)')"),
                          ("by_year", "CAST(year AS VARCHAR)"), ("by_event_type", "coalesce(event_type, '(none)')")):
            rows = self.con.execute(
                f"SELECT {expr} AS k, count(*) AS n, coalesce(sum(fatalities_best), 0) AS f FROM events "
                f"WHERE {where} GROUP BY k ORDER BY k",
                params,
            ).fetchall()
            out[key] = {str(k): {"events": n, "fatalities_best": int(fat)} for k, n, fat in rows}
        out["aggregates"] = self.con.execute(
            "SELECT count(*), coalesce(sum(events), 0), coalesce(sum(fatalities), 0) FROM aggregates"
        ).fetchall()[0]
        out["aggregates"] = dict(zip(("rows", "events", "fatalities"), map(int, out["aggregates"])))
        return out

    def months(self, f: EventFilter | None = None) -> dict[dt.date, int]:
        """The first day of each calendar month in which an event under ``f`` is dated, in order, with the number
        of events dated in it: a source's own rate month by month, from which the reports tell a quiet month from
        a gap in its data (months without an event are left out)."""
        where, params = self.where(f)
        rows = self.con.execute(
            "SELECT CAST(extract(year FROM event_date) AS INTEGER) AS y, "
            "CAST(extract(month FROM event_date) AS INTEGER) AS m, count(*) AS n "
            f"FROM events WHERE {where} AND event_date IS NOT NULL GROUP BY y, m ORDER BY y, m", params).fetchall()
        return {dt.date(int(y), int(m), 1): int(n) for y, m, n in rows}

    def actor_strings(self):
        """The distinct actor strings of current events, one row per combination with its event count in
        ``n_events`` (for the unresolved-actor report: a million events hold a few thousand combinations)."""
        return self.con.execute(
            "SELECT source, actor1, assoc_actor_1, actor2, assoc_actor_2, actor1_source_id, actor2_source_id, "
            "count(*) AS n_events FROM events GROUP BY 1, 2, 3, 4, 5, 6, 7"
        ).fetch_df()


    def export(self, f: EventFilter | None, out: Path, fmt: str, columns: list[str]) -> int:
        """Write current events as CSV or Parquet with DuckDB's own writers (fast on large stores)."""
        where, params = self.where(f)
        cols = ", ".join(columns)
        q = f"SELECT {cols} FROM {self._EVENTS} WHERE {where} ORDER BY event_date, event_id"
        n = self.con.execute(f"SELECT count(*) FROM ({q})", params).fetchall()[0][0]
        target = str(out).replace("'", "''")
        opts = "FORMAT parquet, COMPRESSION zstd" if fmt == "parquet" else "FORMAT csv, HEADER true"
        self.con.execute(f"COPY ({q}) TO '{target}' ({opts})", params)
        return n




def filter_from_kwargs(**kw) -> EventFilter:
    def tup(v):
        if v is None:
            return ()
        return (v,) if isinstance(v, str) else tuple(v)

    since, until = kw.get("since"), kw.get("until")
    return EventFilter(
        country=tup(kw.get("country")),
        admin1=tup(kw.get("admin1")),
        admin2=tup(kw.get("admin2")),
        actor_ids=tup(kw.get("actor_ids") or kw.get("actor")),
        event_type=tup(kw.get("event_type")),
        since=dt.date.fromisoformat(since) if isinstance(since, str) else since,
        until=dt.date.fromisoformat(until) if isinstance(until, str) else until,
        source=tup(kw.get("source")),
    )
