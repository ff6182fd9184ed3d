"""The parts of the store where PostgreSQL needs other SQL than DuckDB: the dialect hooks.

Each class derives from the DuckDB part and overrides only what DuckDB's SQL cannot say on
PostgreSQL; everything else (stats, counts, history, the verbatim record, linkage, the ingest log)
runs the parts' SQL as written, through :class:`~.pg_connection.PgConnection`.

The content hash and the side-table keys stay DuckDB's ``hash`` (ADR 0003, 0004): each batch is
staged in an in-memory DuckDB connection with the very expressions the embedded store uses, then
copied into PostgreSQL (``COPY ... FORMAT BINARY``), where the versions are classified and written.
So a file gives the same versions on both backends.

Writers take one transaction-level advisory lock (:data:`WRITE_LOCK`) from the first write of an
ingest to its commit: two ingests started at once run one after the other and both land whole; a
reader sees the state before or after an ingest, never half of it (MVCC).
"""

from __future__ import annotations

import functools

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from ..errors import StoreError
from ..model import CONTENT_COLUMNS, EVENT_COLUMNS
from ._sql import _AGG_CONTENT, _PER_EVENT_DERIVED, _SIDE, UpsertResult, _hash_expr, _key_expr
from .access_tables import AuditLog
from .aggregates import Aggregates
from .events import Events
from .hr_tables import HrCases
from .ingest_log import IngestLog
from .migrations import DERIVED_SQL_TYPES
from .versions import EventVersions

#: the advisory lock every writer of events holds until its transaction ends
WRITE_LOCK = 0x5A4E1_0001
#: the advisory lock an append to the audit log holds from reading the head to its transaction's end
AUDIT_LOCK = 0x5A4E1_0002


@functools.lru_cache(maxsize=1)
def _tinyint_columns() -> frozenset[str]:
    from .migrations import MIGRATIONS
    from .pg_schema import duckdb_schema

    tables = duckdb_schema(MIGRATIONS[-1][0])[0]
    return frozenset(c for cols in tables.values() for c, typ, *_ in cols if typ == "TINYINT")


def unsupported(what: str) -> StoreError:
    return StoreError(f"not yet supported on PostgreSQL: {what}")


def _write_lock(con) -> None:
    con.execute("SELECT pg_advisory_xact_lock(%d)" % WRITE_LOCK)


def _local(table: pa.Table, sql: str) -> pa.Table:
    """``sql`` run by an in-memory DuckDB over ``table`` registered as ``_batch``."""
    con = duckdb.connect()
    try:
        con.register("_batch", table)
        return con.sql(sql).to_arrow_table()
    finally:
        con.close()


def _load(con, name: str, table: pa.Table) -> None:
    con.register(name, table)


def _side_rows(table: pa.Table, names: set[str], sides) -> list:
    """The distinct places / actor sets of a batch with their keys (DuckDB's hash, as the embedded store)."""
    out = []
    for key, side, group in sides:
        vals = ", ".join(f"any_value({c}) AS {c}" if c in names else f"NULL::{DERIVED_SQL_TYPES[c]} AS {c}"
                         for c in group)
        out.append((key, side, group, _local(
            table, f"SELECT {_key_expr(group, names)} AS {key}, {vals} FROM _batch GROUP BY ALL")))
    return out


def _save_side_rows(con, side_rows) -> None:
    for key, side, group, rows in side_rows:
        _load(con, "_side", rows)
        con.execute(f"INSERT INTO {side} ({key}, {', '.join(group)}) SELECT {key}, {', '.join(group)} "
                    f"FROM _side ON CONFLICT ({key}) DO NOTHING")
        con.unregister("_side")


class PgEvents(Events):
    _EVENTS = ("(SELECT e.*, coalesce(c.cluster_id, 'c:' || e.event_id) AS cluster_id "
               "FROM events e LEFT JOIN event_clusters c USING (event_id)) AS ev")

    def where(self, f, alias: str = ""):
        if f is None or not f.actor_ids:
            return super().where(f, alias)
        import dataclasses

        where, params = super().where(dataclasses.replace(f, actor_ids=()), alias)
        p = f"{alias}." if alias else ""
        ids = list(f.actor_ids)
        arr = "ARRAY[" + ", ".join("?" for _ in ids) + "]::text[]"
        clause = " OR ".join(f"coalesce({p}{c}, '{{}}') && {arr}"
                             for c in ("actor1_ids", "actor2_ids", "assoc_actor_1_ids", "assoc_actor_2_ids"))
        return f"({clause}) AND {where}", ids * 4 + params

    def arrow(self, f=None, columns=None, order: str = "event_date, event_id") -> pa.Table:
        table = super().arrow(f, columns, order)
        for i, name in enumerate(table.column_names):  # DuckDB's TINYINT (PostgreSQL has no 1-byte integer)
            if name in _tinyint_columns():
                table = table.set_column(i, name, table.column(i).cast(pa.int8()))
        return table

    def has_source(self, source: str) -> bool:
        return bool(self.con.execute("SELECT EXISTS (SELECT 1 FROM event_versions WHERE source = ?)",
                                     [source]).fetchall()[0][0])

    def export(self, f, out, fmt: str, columns: list[str]) -> int:
        """Read from PostgreSQL, written by DuckDB's writers: the same files as the embedded store's."""
        table = self.arrow(f, columns)
        con = duckdb.connect()
        try:
            con.register("_rows", table)
            target = str(out).replace("'", "''")
            opts = "FORMAT parquet, COMPRESSION zstd" if fmt == "parquet" else "FORMAT csv, HEADER true"
            con.execute(f"COPY (SELECT * FROM _rows) TO '{target}' ({opts})")
        finally:
            con.close()
        return table.num_rows


class PgVersions(EventVersions):
    def upsert(self, ingest_id: str, table: pa.Table, *, file: str, raw_sha256: str | None = None,
               fresh: bool | None = None, track_ids: bool = False) -> UpsertResult:
        con = self.con
        names = set(table.column_names)
        cols = list(EVENT_COLUMNS) + [c for c in _PER_EVENT_DERIVED if c in names]
        sel = list(cols)
        sides = []
        for key, side, group in _SIDE:
            if key in names:
                raise unsupported(f"a batch already keyed by {key}")
            if names & set(group):
                sel.append(f"{_key_expr(group, names)} AS {key}")
                cols.append(key)
                sides.append((key, side, group))
        prov = (
            "__line__ AS line, "
            + ("__raw__ AS raw, " if "__raw__" in names else "NULL::VARCHAR AS raw, ")
            + ("__raw_offset__ AS raw_offset, __raw_length__ AS raw_length, "
               if "__raw_offset__" in names else "NULL::BIGINT AS raw_offset, NULL::BIGINT AS raw_length, ")
        )
        stage = _local(table, f"SELECT {', '.join(sel)}, {prov} {_hash_expr(CONTENT_COLUMNS)} AS content_hash "
                              "FROM _batch")
        side_rows = _side_rows(table, names, sides)
        with self.transaction():
            _write_lock(con)
            if fresh is None:
                sources = [s for s in pc.unique(table.column("source")).to_pylist() if s is not None]
                fresh = not any(self._store.events.has_source(s) for s in sources)
            _save_side_rows(con, side_rows)
            _load(con, "_stage", stage)
            try:
                if track_ids:
                    con.execute("CREATE TEMP TABLE IF NOT EXISTS _seen_ids (event_id text)")
                    con.execute("INSERT INTO _seen_ids SELECT event_id FROM _stage")
                if fresh:
                    con.execute(
                        f"""INSERT INTO event_versions ({', '.join(cols)}, line, raw, raw_offset, raw_length,
                                content_hash, version, is_current, deleted, valid_from, file, raw_sha256,
                                ingested_at, derived_at)
                            SELECT {', '.join(cols)}, line, raw, raw_offset, raw_length, content_hash, 1, true,
                                   false, ?, ?, ?, now(), now()
                            FROM _stage""", [ingest_id, file, raw_sha256])
                    return UpsertResult(stage.num_rows, 0, 0, 0)
                return self._classify_and_write(ingest_id, cols, file, raw_sha256)
            finally:
                con.unregister("_stage")

    def _mark_deleted(self, ingest_id: str, scope: dict) -> int:
        con = self.con
        _write_lock(con)
        where, params = self._missing_where(scope)
        cols = [c for c in self._store.columns("event_versions") if c != "geom"]
        con.execute("DROP TABLE IF EXISTS _gone")
        con.execute(f"CREATE TEMP TABLE _gone AS SELECT event_id FROM event_versions WHERE {where}", params)
        n = con.execute("SELECT count(*) FROM _gone").fetchall()[0][0]
        if n:
            con.execute("UPDATE event_versions SET is_current = false, valid_to = ? "
                        "WHERE is_current AND event_id IN (SELECT event_id FROM _gone)", [ingest_id])
            sel = ", ".join({"version": "version + 1", "deleted": "true", "is_current": "true",
                             "valid_from": "?", "valid_to": "NULL", "ingested_at": "now()"}.get(c, c) for c in cols)
            con.execute(
                f"""INSERT INTO event_versions ({', '.join(cols)})
                    SELECT {sel} FROM event_versions
                    WHERE valid_to = ? AND event_id IN (SELECT event_id FROM _gone)""", [ingest_id, ingest_id])
        con.execute("DROP TABLE _gone")
        return n

    def update_derived(self, table: pa.Table) -> int:
        """Replace the derived columns of current events; a place or actor set given in part is completed
        with the event's current values (as on DuckDB)."""
        con = self.con
        names = set(table.column_names)
        per_event = [c for c in _PER_EVENT_DERIVED if c in names]
        groups = [(key, side, group) for key, side, group in _SIDE if names & set(group)]
        partial = [c for _, _, g in groups for c in g if c not in names]
        if partial:
            _load(con, "_ids", table.select(["event_id"]))
            try:
                current = con.sql(
                    f"SELECT f.event_id AS _eid, {', '.join('f.' + c for c in partial)} FROM event_versions_full f "
                    "WHERE f.is_current AND f.event_id IN (SELECT event_id FROM _ids)").to_arrow_table()
            finally:
                con.unregister("_ids")
            local = duckdb.connect()
            try:
                local.register("_derived", table)
                local.register("_current", current)
                table = local.sql(f"SELECT d.*, {', '.join('c.' + c for c in partial)} FROM _derived d "
                                  "LEFT JOIN _current c ON c._eid = d.event_id").to_arrow_table()
            finally:
                local.close()
            names |= set(partial)
        sel = ["event_id", *per_event] + [f"{_key_expr(group, names)} AS {key}" for key, _, group in groups]
        stage = _local(table, f"SELECT {', '.join(sel)} FROM _batch")
        side_rows = _side_rows(table, names, groups)
        sets = [f"{c} = d.{c}" for c in per_event] + [f"{key} = d.{key}" for key, _, _ in groups]
        with self.transaction():
            _write_lock(con)
            _save_side_rows(con, side_rows)
            if sets:
                _load(con, "_derived", stage)
                try:
                    con.execute(f"UPDATE event_versions SET {', '.join(sets)}, derived_at = now() FROM _derived d "
                                "WHERE event_versions.event_id = d.event_id AND event_versions.is_current")
                finally:
                    con.unregister("_derived")
        return table.num_rows


class PgIngestLog(IngestLog):
    def begin(self, **kw) -> str:
        # held until the run's transaction ends: another ingest waits, and cannot take this run's kept
        # file (committed on its own connection) for an orphan
        _write_lock(self.con)
        return super().begin(**kw)

    def forget_orphan_files(self) -> int:
        with self.transaction():
            _write_lock(self.con)
            return super().forget_orphan_files()


class PgAuditLog(AuditLog):
    def lock_head(self) -> None:
        """Two processes (``serve --workers 2``, a command beside the server) appending at once would both
        read one head and claim one sequence number; the second waits here for the first's commit, then
        reads the new head (each statement of a read-committed transaction sees the latest commits)."""
        self.con.execute("SELECT pg_advisory_xact_lock(%d)" % AUDIT_LOCK)


class PgAggregates(Aggregates):
    def _stage(self, table: pa.Table) -> list[str]:
        """Hashed by an in-memory DuckDB (the embedded store's hash), then copied in; under the write lock."""
        _write_lock(self.con)
        stage = _local(table, f"SELECT {self.KEY} AS agg_key, * EXCLUDE (__line__, __raw__), __line__ AS line, "
                              f"__raw__ AS raw, {_hash_expr(_AGG_CONTENT)} AS content_hash FROM _batch")
        _load(self.con, "_stage", stage)
        return [c for c in stage.column_names if c != "content_hash"]

    def _unstage(self) -> None:
        self.con.unregister("_stage")


#: the human-rights tables whose rows a session reads or writes only while it acts for an investigator
#: (row-level security, forced on the table owner too): people's names and contacts, and the case keys
#: without which no encrypted column of a case (narrative, place name, perpetrator, sources) can be read
RESTRICTED_TABLES = ("hr_people", "hr_case_keys")


INVESTIGATOR = "hr_investigator"


def _for_caller(method):
    """Run a method of the hr part with the session acting for the caller's role (the one the access layer
    gave :meth:`Store.acting_for`; no one when it gave none), and only for the method's length."""
    @functools.wraps(method)
    def run(self, *args, **kw):
        with self._store.session_acting_for(self._store.acting_role):
            return method(self, *args, **kw)
    return run


def _for_investigator(method):
    """Run a write or key-keeping method of the hr part with the session acting for an investigator, and only
    for its length (storing a case replaces its people and key; rotation re-wraps every key; the master
    key's check reads the ids of the keys in use)."""
    @functools.wraps(method)
    def run(self, *args, **kw):
        with self._store.session_acting_for(INVESTIGATOR):
            return method(self, *args, **kw)
    return run


class PgHrCases(HrCases):
    """The hr part. Its reads of people and case keys (a whole case) act for the caller's role, so a session
    whose caller is not an investigator reads no row of :data:`RESTRICTED_TABLES` even through this part; a
    redacted read (:meth:`clear_rows`) needs none. Its writes and key keeping act for an investigator, only
    for their own statements; any other statement of the application's database role (a query of the API,
    an export, a psql session) reads no row of the restricted tables."""

    def civilian_event_counts(self) -> list[dict]:
        return self._dicts(self.con.execute(
            "SELECT CAST(extract(year FROM event_date) AS INTEGER) AS year, perpetrator_family, count(*) AS n "
            "FROM events WHERE event_type = 'Violence against civilians' GROUP BY 1, 2 ORDER BY 1, 2"))

    get = _for_caller(HrCases.get)
    wrapped_key = _for_caller(HrCases.wrapped_key)
    set_wrapped_key = _for_investigator(HrCases.set_wrapped_key)
    wrapped_keys = _for_investigator(HrCases.wrapped_keys)
    master_key_ids = _for_investigator(HrCases.master_key_ids)
    replace = _for_investigator(HrCases.replace)
    delete = _for_investigator(HrCases.delete)
    update_enc = _for_investigator(HrCases.update_enc)


__all__ = ["AUDIT_LOCK", "RESTRICTED_TABLES", "PgAggregates", "PgAuditLog", "PgHrCases", "PgEvents", "PgIngestLog", "PgVersions", "unsupported"]
