"""The embedded store: one DuckDB file. The only code in sahelwatch that speaks SQL.

Events are *living data*: a newer export can change an event that has the same source id. The
store keeps every version (``event_versions``); the ``events`` view shows the current,
undeleted one. A re-ingest of unchanged rows changes nothing. Change is detected on a hash of
the content columns, so a re-export whose only difference is ACLED's own timestamp or row
number is unchanged.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from ..errors import StoreError
from ..model import CONTENT_COLUMNS, DERIVED_COLUMNS, EVENT_COLUMNS, EventFilter
from .migrations import ACTOR_SET_COLUMNS, DERIVED_SQL_TYPES, MIGRATIONS, PLACE_COLUMNS

_AGG_CONTENT = ("events", "fatalities", "iso3", "country", "admin1", "admin1_pcode", "admin2", "admin2_pcode")


@dataclass(frozen=True)
class UpsertResult:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0


@dataclass(frozen=True)
class PackedFile:
    size: int
    chunk_size: int
    chunks: tuple[bytes, ...]


def pack_file(data: bytes, chunk_size: int = 8 << 20) -> PackedFile:
    """Compress a file's bytes in chunks (zstd), ready for :meth:`Store.save_source_file`.

    Pure computation with no database access, so callers may run it in a thread."""
    chunks = tuple(pa.compress(data[i: i + chunk_size], codec="zstd", asbytes=True)
                   for i in range(0, max(len(data), 1), chunk_size))
    return PackedFile(len(data), chunk_size, chunks)


def pack_path(path: Path | str, chunk_size: int = 8 << 20) -> PackedFile:
    """:func:`pack_file` of a file's bytes, read a chunk at a time (never whole in memory)."""
    chunks, size = [], 0
    with open(path, "rb") as f:
        while block := f.read(chunk_size):
            chunks.append(pa.compress(block, codec="zstd", asbytes=True))
            size += len(block)
    return PackedFile(size, chunk_size, tuple(chunks)) if chunks else pack_file(b"", chunk_size)


def _hash_expr(columns: Iterable[str], alias: str = "") -> str:
    """DuckDB's 64-bit hash of the content columns: six times faster than an MD5 of their text.

    DuckDB does not promise that ``hash`` stays the same across its releases, so the store keeps a
    probe value (:data:`_PROBE`) and rehashes every stored row if an upgrade changed it
    (:meth:`Store._check_hash_probe`), before any comparison is made.
    """
    p = f"{alias}." if alias else ""
    return f"hash({', '.join(p + c for c in columns)})"


#: the side tables of derived columns: (key column, table, its columns). A key is DuckDB's hash of
#: the values, so equal places / actor sets share one row; it is only ever looked up, never
#: recomputed for comparison, so a change of DuckDB's hash function needs no rehash of keys.
_SIDE = (("place_key", "event_places", PLACE_COLUMNS), ("actor_key", "event_actor_sets", ACTOR_SET_COLUMNS))
#: derived columns stored on each event version (``sahelwatch enrich`` writes them per event)
_PER_EVENT_DERIVED = tuple(c for c in DERIVED_COLUMNS if c not in PLACE_COLUMNS + ACTOR_SET_COLUMNS)


def _key_expr(group: tuple[str, ...], present: set[str], alias: str = "") -> str:
    """The side-table key of ``group``'s values (absent columns count as NULL)."""
    p = f"{alias}." if alias else ""
    return "hash(" + ", ".join(p + c if c in present else f"NULL::{DERIVED_SQL_TYPES[c]}" for c in group) + ")"


_PROBE = "hash('sahelwatch', 1::INTEGER, NULL::VARCHAR, 2.5::DOUBLE, DATE '2020-01-01', ['a', 'b'])"


class Store:
    """A sahelwatch database. Open with :func:`sahelwatch.store.open_store`."""

    def __init__(self, path: Path | str, *, read_only: bool = False, threads: int = 0, memory_limit: str = "512MB"):
        self.path = Path(path)
        self._in_tx = False
        try:
            if read_only and not self.path.exists():
                raise StoreError(f"{self.path}: no such database (run 'sahelwatch ingest' first)")
            self.con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.Error as e:
            raise StoreError(f"{self.path}: cannot open the database: {e}") from None
        if threads:
            self.con.execute(f"SET threads = {int(threads)}")
        self.con.execute("SET preserve_insertion_order = false")
        # DuckDB spills to disk past this, so a large ingest stays within a laptop's memory
        self.con.execute(f"SET memory_limit = '{memory_limit}'")
        if not read_only:
            self.migrate()
            self._check_hash_probe()
        else:
            self._check_version()

    # ------------------------------------------------------------------ schema
    def schema_version(self) -> int:
        exists = self.con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_migrations'"
        ).fetchall()[0][0]
        if not exists:
            return 0
        return self.con.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchall()[0][0]

    def _check_version(self) -> None:
        latest = MIGRATIONS[-1][0]
        have = self.schema_version()
        if have > latest:
            raise StoreError(
                f"{self.path}: the database has schema version {have}, newer than this sahelwatch "
                f"understands ({latest}); upgrade sahelwatch"
            )
        if have < latest:
            raise StoreError(f"{self.path}: the database needs migrating (open it once without read-only)")

    def migrate(self) -> list[int]:
        """Apply the migrations this database lacks, each in its own transaction."""
        self.con.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
            "description VARCHAR, applied_at TIMESTAMP WITH TIME ZONE)"
        )
        have = self.schema_version()
        if have > MIGRATIONS[-1][0]:
            self._check_version()
        applied = []
        for version, description, sql in MIGRATIONS:
            if version <= have:
                continue
            try:
                with self.transaction():
                    self.con.execute(sql)
                    self.con.execute("INSERT INTO schema_migrations VALUES (?, ?, now())", [version, description])
            except duckdb.Error as e:
                raise StoreError(f"{self.path}: migration {version} ({description}) failed: {e}") from None
            applied.append(version)
        return applied

    def _check_hash_probe(self) -> None:
        """Rehash every stored row if DuckDB's hash function changed since the rows were hashed."""
        probe = str(self.con.execute(f"SELECT {_PROBE}").fetchall()[0][0])
        rows = self.con.execute("SELECT value FROM store_meta WHERE key = 'content_hash_probe'").fetchall()
        if rows and rows[0][0] == probe:
            return
        with self.transaction():
            if rows:  # the function changed under existing rows: recompute them all
                self.con.execute(f"UPDATE event_versions SET content_hash = {_hash_expr(CONTENT_COLUMNS)}")
                self.con.execute(f"UPDATE aggregate_versions SET content_hash = {_hash_expr(_AGG_CONTENT)}")
            self.con.execute("INSERT OR REPLACE INTO store_meta VALUES ('content_hash_probe', ?)", [probe])

    def close(self) -> None:
        self.con.close()

    def sibling(self) -> "Store":
        """A second connection to the same database, with transactions of its own: for one other
        thread to write while this connection works (create it here, then hand it over)."""
        other = object.__new__(Store)
        other.path, other._in_tx, other.con = self.path, False, self.con.cursor()
        return other

    @contextlib.contextmanager
    def transaction(self):
        """One transaction around several writes (all the slices of one file): all or nothing."""
        if self._in_tx:
            yield self
            return
        self.con.execute("BEGIN TRANSACTION")
        self._in_tx = True
        try:
            yield self
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        finally:
            self._in_tx = False



    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------------ ingest log
    def begin_ingest(self, *, path: str, sha256: str, format: str, source: str | None, release: str | None,
                     header: str, encoding: str, notes: str, snapshot: bool) -> str:
        ingest_id = f"{dt.datetime.now(dt.timezone.utc):%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:8]}"
        self.con.execute(
            "INSERT INTO ingests (ingest_id, started_at, path, sha256, format, source, release, header, encoding, "
            "notes, snapshot, status) VALUES (?, now(), ?, ?, ?, ?, ?, ?, ?, ?, ?, 'running')",
            [ingest_id, path, sha256, format, source, release, header, encoding, notes, snapshot],
        )
        return ingest_id

    def finish_ingest(self, ingest_id: str, *, read: int, result: UpsertResult, rejected: int,
                      merged_rows: int, quarantine: str | None, status: str = "done") -> None:
        self.con.execute(
            "UPDATE ingests SET finished_at = now(), read = ?, inserted = ?, updated = ?, unchanged = ?, "
            "rejected = ?, deleted = ?, merged_rows = ?, quarantine = ?, status = ? WHERE ingest_id = ?",
            [read, result.inserted, result.updated, result.unchanged, rejected, result.deleted, merged_rows,
             quarantine, status, ingest_id],
        )

    def record_rejections(self, ingest_id: str, rows: pa.Table) -> None:
        if rows.num_rows:
            self.con.register("_rej", rows)
            self.con.execute("INSERT INTO rejections SELECT ?, file, line, reason, raw FROM _rej", [ingest_id])
            self.con.unregister("_rej")

    def ingests(self) -> list[dict]:
        cur = self.con.execute("SELECT * EXCLUDE (header) FROM ingests ORDER BY started_at")
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, r)) for r in cur.fetchall()]

    # ------------------------------------------------------------------ events
    def save_source_file(self, sha256: str, path: str, packed: "PackedFile") -> bool:
        """Keep a file's bytes (see :func:`pack_file`) so events can point into it. Once per file."""
        with self.transaction():
            if self.con.execute("SELECT count(*) FROM source_files WHERE sha256 = ?", [sha256]).fetchall()[0][0]:
                return False
            t = pa.table({"chunk": pa.array(range(len(packed.chunks)), pa.int32()),
                          "data": pa.array(packed.chunks, pa.binary())})
            self.con.register("_chunks", t)
            try:
                self.con.execute("INSERT INTO source_file_chunks SELECT ?, chunk, data FROM _chunks", [sha256])
            finally:
                self.con.unregister("_chunks")
            self.con.execute("INSERT INTO source_files VALUES (?, ?, ?, 'zstd', ?, ?, now())",
                             [sha256, path, packed.size, packed.chunk_size, len(packed.chunks)])
        return True

    def forget_source_file(self, sha256: str) -> bool:
        """Drop a kept file that no event version points into (after its ingest failed)."""
        with self.transaction():
            if self.con.execute("SELECT count(*) FROM (SELECT 1 FROM event_versions WHERE raw_sha256 = ? LIMIT 1)",
                                [sha256]).fetchall()[0][0]:
                return False
            self.con.execute("DELETE FROM source_file_chunks WHERE sha256 = ?", [sha256])
            self.con.execute("DELETE FROM source_files WHERE sha256 = ?", [sha256])
        return True

    def raw_record(self, event_id: str, version: int | None = None) -> str | None:
        """The record an event version was read from, verbatim."""
        q = ("SELECT raw, raw_sha256, raw_offset, raw_length FROM event_versions WHERE event_id = ? "
             + ("AND version = ?" if version is not None else "AND is_current"))
        rows = self.con.execute(q, [event_id] + ([version] if version is not None else [])).fetchall()
        if not rows:
            return None
        row = rows[0]
        raw, sha, off, length = row
        if raw is not None or sha is None:
            return raw
        size, chunk_size = self.con.execute(
            "SELECT size, chunk_size FROM source_files WHERE sha256 = ?", [sha]).fetchall()[0]
        first, last = off // chunk_size, (off + length - 1) // chunk_size
        parts = self.con.execute(
            "SELECT data FROM source_file_chunks WHERE sha256 = ? AND chunk BETWEEN ? AND ? ORDER BY chunk",
            [sha, first, last]).fetchall()
        buf = b"".join(
            pa.decompress(p[0], decompressed_size=min(chunk_size, size - (first + k) * chunk_size),
                          codec="zstd", asbytes=True)
            for k, p in enumerate(parts))
        start = off - first * chunk_size
        return buf[start: start + length].decode("utf-8", errors="replace").rstrip("\r\n")

    def upsert_events(self, ingest_id: str, table: pa.Table, *, file: str, raw_sha256: str | None = None,
                      fresh: bool | None = None, track_ids: bool = False) -> UpsertResult:
        """Store a validated batch: new events are inserted, changed ones get a new version.

        ``table`` holds the event columns, the derived columns, ``__line__`` and either
        ``__raw__`` (the record's text) or ``__raw_offset__``/``__raw_length__`` (where it lies in the
        source file saved under ``raw_sha256``). ``fresh`` says the caller knows none of these
        events is stored yet (it is checked when not given). ``track_ids`` remembers the batch's
        ids for :meth:`mark_missing_deleted` (complete snapshots).

        The place and actor-set derived columns (plain or dictionary arrays) are stored once per
        distinct value in ``event_places`` / ``event_actor_sets``; each version keeps their keys.
        """
        con = self.con
        if fresh is None:
            sources = [s for s in pc.unique(table.column("source")).to_pylist() if s is not None]
            fresh = not sources or not con.execute(
                f"SELECT count(*) FROM event_versions WHERE source IN ({', '.join('?' for _ in sources)})",
                sources).fetchall()[0][0]
        with self.transaction():
            table = self._keys_from_dictionaries(table)
            return self._upsert_events(ingest_id, table, file=file, raw_sha256=raw_sha256, fresh=fresh,
                                        track_ids=track_ids)

    def _upsert_events(self, ingest_id: str, table: pa.Table, *, file: str, raw_sha256: str | None,
                       fresh: bool, track_ids: bool) -> UpsertResult:
        con = self.con
        con.register("_batch", table)
        names = set(table.column_names)
        cols = [c for c in EVENT_COLUMNS] + [c for c in _PER_EVENT_DERIVED if c in names]
        sel = list(cols)
        for key, _, group in _SIDE:
            if key in names:  # keyed already (see _keys_from_dictionaries)
                sel.append(key)
                cols.append(key)
            elif names & set(group):
                sel.append(f"{_key_expr(group, names)} AS {key}")
                cols.append(key)
        prov = (
            "__line__ AS line, "
            + ("__raw__ AS raw, " if "__raw__" in names else "NULL::VARCHAR AS raw, ")
            + ("__raw_offset__ AS raw_offset, __raw_length__ AS raw_length, "
               if "__raw_offset__" in names else "NULL::BIGINT AS raw_offset, NULL::BIGINT AS raw_length, ")
        )
        try:
            # the caller (upsert_events) holds the transaction
            self._save_side_rows("_batch", names)
            if track_ids:
                con.execute("CREATE TEMP TABLE IF NOT EXISTS _seen_ids (event_id VARCHAR)")
                con.execute("INSERT INTO _seen_ids SELECT event_id FROM _batch")
            if fresh:
                # nothing of these sources is stored yet: every row is new
                con.execute(
                    f"""INSERT INTO event_versions BY NAME
                        SELECT {', '.join(sel)}, {prov} {_hash_expr(CONTENT_COLUMNS)} AS content_hash,
                               1 AS version, true AS is_current, false AS deleted, ? AS valid_from,
                               NULL AS valid_to, ? AS file, ? AS raw_sha256, now() AS ingested_at,
                               now() AS derived_at
                        FROM _batch""",
                    [ingest_id, file, raw_sha256],
                )
                result = UpsertResult(table.num_rows, 0, 0, 0)
            else:
                result = self._classify_and_write(ingest_id, cols, sel, prov, file, raw_sha256)
        finally:
            con.unregister("_batch")
        return result

    def _keys_from_dictionaries(self, table: pa.Table) -> pa.Table:
        """Key the places and actor sets of a batch once per distinct value, not once per row.

        Derivation (:mod:`sahelwatch.derive`, ``compact``) hands over the columns of a place or an
        actor set as dictionary arrays that share one index array: row ``i`` has the values at
        position ``indices[i]`` of every dictionary. Then the key is hashed, and new side rows are
        stored, on the dictionaries alone, and the group's columns are replaced by the key column
        spread with a take. Any other shape of column is left to the per-row path."""
        names = set(table.column_names)
        for key, side, group in _SIDE:
            present = [c for c in group if c in names]
            if not present or key in names:
                continue
            chunks = [table.column(c).chunks for c in present]
            if not all(len(ch) == 1 and pa.types.is_dictionary(ch[0].type) for ch in chunks):
                continue
            arrays = [ch[0] for ch in chunks]
            indices = arrays[0].indices
            if indices.null_count or not all(a.indices.equals(indices) for a in arrays[1:]):
                continue
            n_values = len(arrays[0].dictionary)
            if not all(len(a.dictionary) == n_values for a in arrays):
                continue
            values = pa.table({c: a.dictionary for c, a in zip(present, arrays)})
            values = values.append_column("_i", pa.array(range(n_values), pa.int64()))
            self.con.register("_values", values)
            try:
                self._save_side_rows("_values", names, only=key)
                keys = self.con.sql(
                    f"SELECT {_key_expr(group, names)} FROM _values ORDER BY _i").to_arrow_table().column(0)
            finally:
                self.con.unregister("_values")
            table = table.drop_columns(present).append_column(
                key, keys.combine_chunks().take(indices) if n_values else pa.nulls(len(table), pa.uint64()))
        return table

    def _save_side_rows(self, relation: str, names: set[str], only: str | None = None) -> None:
        """Store the distinct places and actor sets of ``relation`` that are not stored yet."""
        for key, side, group in _SIDE:
            if not names & set(group) or key in names or (only and key != only):
                continue
            vals = ", ".join(f"any_value({c}) AS {c}" if c in names else f"NULL::{DERIVED_SQL_TYPES[c]} AS {c}"
                             for c in group)
            self.con.execute(
                f"""INSERT INTO {side} BY NAME
                    SELECT k AS {key}, * EXCLUDE (k) FROM (
                        SELECT {_key_expr(group, names)} AS k, {vals} FROM {relation} GROUP BY k)
                    WHERE k NOT IN (SELECT {key} FROM {side})"""
            )

    def _classify_and_write(self, ingest_id, cols, sel, prov, file, raw_sha256) -> UpsertResult:
        con = self.con
        con.execute(
            f"CREATE OR REPLACE TEMP TABLE _stage AS SELECT {', '.join(sel)}, {prov} "
            f"{_hash_expr(CONTENT_COLUMNS)} AS content_hash FROM _batch"
        )
        con.execute(
            """CREATE OR REPLACE TEMP TABLE _cls AS
               SELECT s.event_id, s.content_hash, c.content_hash AS old_hash, c.version AS old_version,
                      c.deleted AS old_deleted
               FROM _stage s LEFT JOIN (SELECT event_id, content_hash, version, deleted
                                        FROM event_versions WHERE is_current) c USING (event_id)"""
        )
        inserted, updated, unchanged = con.execute(
            """SELECT count(*) FILTER (old_hash IS NULL),
                      count(*) FILTER (old_hash IS NOT NULL AND (old_hash <> content_hash OR old_deleted)),
                      count(*) FILTER (old_hash = content_hash AND NOT old_deleted)
               FROM _cls"""
        ).fetchall()[0]
        if updated:
            con.execute(
                """UPDATE event_versions SET is_current = false, valid_to = ?
                   FROM _cls
                   WHERE event_versions.event_id = _cls.event_id AND event_versions.is_current
                     AND _cls.old_hash IS NOT NULL
                     AND (_cls.old_hash <> _cls.content_hash OR _cls.old_deleted)""",
                [ingest_id],
            )
        if inserted or updated:
            con.execute(
                f"""INSERT INTO event_versions BY NAME
                    SELECT {', '.join('s.' + c for c in cols)}, s.content_hash,
                           coalesce(c.old_version, 0) + 1 AS version, true AS is_current, false AS deleted,
                           ? AS valid_from, NULL AS valid_to, ? AS file, s.line, s.raw, s.raw_offset,
                           s.raw_length, ? AS raw_sha256, now() AS ingested_at, now() AS derived_at
                    FROM _stage s JOIN _cls c USING (event_id)
                    WHERE c.old_hash IS NULL OR c.old_hash <> c.content_hash OR c.old_deleted""",
                [ingest_id, file, raw_sha256],
            )
        return UpsertResult(inserted, updated, unchanged, 0)

    def mark_missing_deleted(self, ingest_id: str, scope: dict) -> int:
        """After a complete snapshot (every batch stored with ``track_ids``): current events of the
        snapshot's source, countries and dates that it did not hold get a deleted version."""
        with self.transaction():
            self.con.execute("CREATE TEMP TABLE IF NOT EXISTS _seen_ids (event_id VARCHAR)")
            n = self._mark_deleted(ingest_id, scope)
            self.con.execute("DROP TABLE IF EXISTS _seen_ids")
        return n

    def _mark_deleted(self, ingest_id: str, scope: dict) -> int:
        con = self.con
        where = "source = ? AND is_current AND NOT deleted AND event_id NOT IN (SELECT event_id FROM _seen_ids)"
        params: list = [scope["source"]]
        if scope.get("iso3"):
            where += f" AND iso3 IN ({', '.join('?' for _ in scope['iso3'])})"
            params += list(scope["iso3"])
        if scope.get("since") and scope.get("until"):
            where += " AND event_date BETWEEN ? AND ?"
            params += [scope["since"], scope["until"]]
        con.execute(f"CREATE OR REPLACE TEMP TABLE _gone AS SELECT event_id FROM event_versions WHERE {where}", params)
        n = con.execute("SELECT count(*) FROM _gone").fetchall()[0][0]
        if n:
            con.execute(
                """CREATE OR REPLACE TEMP TABLE _tomb AS SELECT * FROM event_versions
                   WHERE is_current AND event_id IN (SELECT event_id FROM _gone)"""
            )
            con.execute(
                "UPDATE event_versions SET is_current = false, valid_to = ? "
                "WHERE is_current AND event_id IN (SELECT event_id FROM _gone)",
                [ingest_id],
            )
            con.execute(
                """UPDATE _tomb SET version = version + 1, deleted = true, is_current = true,
                   valid_from = ?, valid_to = NULL, ingested_at = now()""",
                [ingest_id],
            )
            con.execute("INSERT INTO event_versions SELECT * FROM _tomb")
        return n

    def history(self, event_id: str) -> list[dict]:
        cur = self.con.execute(
            "SELECT * FROM event_versions_full WHERE event_id = ? ORDER BY version", [event_id]
        )
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, r)) for r in cur.fetchall()]

    def update_derived(self, table: pa.Table) -> int:
        """Replace the derived columns of current events (``event_id`` + derived columns).

        Columns of a place or actor set that ``table`` does not hold keep their current values."""
        con = self.con
        names = set(table.column_names)
        per_event = [c for c in _PER_EVENT_DERIVED if c in names]
        groups = [(key, side, group) for key, side, group in _SIDE if names & set(group)]
        con.register("_derived", table)
        try:
            with self.transaction():
                relation = "_derived"
                partial = [c for _, _, g in groups for c in g if c not in names]
                if partial:  # complete each place / actor set with the event's current values
                    con.execute(
                        f"""CREATE OR REPLACE TEMP TABLE _derived_full AS
                            SELECT d.*, {', '.join(f'f.{c}' for c in partial)}
                            FROM _derived d LEFT JOIN event_versions_full f
                              ON f.event_id = d.event_id AND f.is_current"""
                    )
                    relation, names = "_derived_full", names | set(partial)
                self._save_side_rows(relation, names)
                sets = [f"{c} = d.{c}" for c in per_event]
                sets += [f"{key} = {_key_expr(group, names, 'd')}" for key, _, group in groups]
                if sets:
                    con.execute(
                        f"UPDATE event_versions SET {', '.join(sets)}, derived_at = now() FROM {relation} d "
                        "WHERE event_versions.event_id = d.event_id AND event_versions.is_current"
                    )
                if partial:
                    con.execute("DROP TABLE _derived_full")
        finally:
            con.unregister("_derived")
        return table.num_rows

    # ------------------------------------------------------------------ aggregates
    def upsert_aggregates(self, ingest_id: str, table: pa.Table, *, file: str) -> UpsertResult:
        con = self.con
        con.register("_batch", table)
        key = "concat_ws('|', source, coalesce(admin2_pcode, iso3 || ':' || admin1 || ':' || admin2), period, period_start)"
        try:
            with self.transaction():
                con.execute(
                    f"""CREATE OR REPLACE TEMP TABLE _stage AS
                        SELECT {key} AS agg_key, * EXCLUDE (__line__, __raw__), __line__ AS line, __raw__ AS raw,
                               {_hash_expr(_AGG_CONTENT)} AS content_hash FROM _batch"""
                )
                con.execute(
                    """CREATE OR REPLACE TEMP TABLE _cls AS
                       SELECT s.agg_key, s.content_hash, c.content_hash AS old_hash, c.version AS old_version
                       FROM _stage s LEFT JOIN (SELECT agg_key, content_hash, version FROM aggregate_versions
                                                WHERE is_current) c USING (agg_key)"""
                )
                inserted, updated, unchanged = con.execute(
                    """SELECT count(*) FILTER (old_hash IS NULL), count(*) FILTER (old_hash <> content_hash),
                              count(*) FILTER (old_hash = content_hash) FROM _cls"""
                ).fetchall()[0]
                if updated:
                    con.execute(
                        """UPDATE aggregate_versions SET is_current = false, valid_to = ? FROM _cls
                           WHERE aggregate_versions.agg_key = _cls.agg_key AND aggregate_versions.is_current
                             AND _cls.old_hash <> _cls.content_hash""",
                        [ingest_id],
                    )
                if inserted or updated:
                    con.execute(
                        """INSERT INTO aggregate_versions BY NAME
                           SELECT s.* EXCLUDE (content_hash), s.content_hash, coalesce(c.old_version, 0) + 1 AS version,
                                  true AS is_current, ? AS valid_from, NULL AS valid_to, ? AS file, now() AS ingested_at
                           FROM _stage s JOIN _cls c USING (agg_key)
                           WHERE c.old_hash IS NULL OR c.old_hash <> c.content_hash""",
                        [ingest_id, file],
                    )
        finally:
            con.unregister("_batch")
        return UpsertResult(inserted, updated, unchanged, 0)

    # ------------------------------------------------------------------ queries
    def _where(self, f: EventFilter | None, alias: str = "") -> tuple[str, list]:
        if f is None:
            return "true", []
        p = f"{alias}." if alias else ""
        clauses, params = [], []
        if f.country:
            vals = [c.lower() for c in f.country]
            marks = ", ".join("?" for _ in vals)
            clauses.append(f"(lower({p}country) IN ({marks}) OR lower({p}iso3) IN ({marks}))")
            params += vals + vals
        if f.admin1:
            vals = [a.lower() for a in f.admin1]
            marks = ", ".join("?" for _ in vals)
            clauses.append(f"(lower({p}admin1) IN ({marks}) OR lower({p}admin1_norm) IN ({marks}) "
                           f"OR lower({p}admin1_pcode) IN ({marks}))")
            params += vals * 3
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

    def events_arrow(self, f: EventFilter | None = None, columns: Iterable[str] | None = None,
                     order: str = "event_date, event_id") -> pa.Table:
        where, params = self._where(f)
        cols = ", ".join(columns) if columns else "*"
        return self.con.sql(f"SELECT {cols} FROM {self._EVENTS} WHERE {where} ORDER BY {order}",
                            params=params).to_arrow_table()

    def events_frame(self, f: EventFilter | None = None, columns: Iterable[str] | None = None, **kw):
        """Current events as a pandas DataFrame. Keyword filters build an :class:`EventFilter`."""
        if f is None and kw:
            f = filter_from_kwargs(**kw)
        return self.events_arrow(f, columns).to_pandas()

    def iter_events(self, f: EventFilter | None = None) -> Iterator[dict]:
        where, params = self._where(f)
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

    def count_events(self, f: EventFilter | None = None) -> int:
        where, params = self._where(f)
        return self.con.execute(f"SELECT count(*) FROM events WHERE {where}", params).fetchall()[0][0]

    def stats(self, f: EventFilter | None = None) -> dict:
        where, params = self._where(f)
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

    def event_actor_strings(self):
        """One row per current event with its actor strings (for the unresolved-actor report)."""
        return self.con.execute(
            "SELECT event_id, source, actor1, assoc_actor_1, actor2, assoc_actor_2, actor1_source_id, "
            "actor2_source_id, event_date, iso3 FROM events"
        ).fetch_df()

    def aggregates_frame(self, source: str | None = None):
        where, params = ("source = ?", [source]) if source else ("true", [])
        return self.con.execute(
            f"SELECT * FROM aggregates WHERE {where} ORDER BY period_start, admin2_pcode", params
        ).fetch_df()

    # ------------------------------------------------------------------ gazetteer
    def save_gazetteer(self, table) -> int:
        """Replace the learned gazetteer (the DataFrame of ``Gazetteer.to_table()``)."""
        self.con.register("_gaz", table)
        try:
            with self.transaction():
                self.con.execute("DELETE FROM gazetteer_places")
                self.con.execute("INSERT INTO gazetteer_places BY NAME SELECT * FROM _gaz")
        finally:
            self.con.unregister("_gaz")
        return len(table)

    def gazetteer_table(self):
        return self.con.execute("SELECT * FROM gazetteer_places").fetch_df()

    def has_clusters(self) -> bool:
        return bool(self.con.execute("SELECT count(*) FROM event_clusters").fetchall()[0][0])

    def linkage_frame(self):
        """The current records with what linkage compares."""
        return self.con.execute(
            "SELECT event_id, source, release, event_date, date_end, date_precision, latitude, longitude, "
            "geo_precision, iso3, admin1_norm, admin2_norm, admin2, event_type, actor1_ids, actor2_ids, "
            "assoc_actor_1_ids, assoc_actor_2_ids, fatalities_low, fatalities_best, fatalities_high, "
            "country, admin1, location, actor1, actor2 FROM events ORDER BY event_date, event_id"
        ).fetch_df()

    def save_linkage(self, links: pa.Table, clusters: pa.Table) -> None:
        """Replace the links and clusters (``event_id_a, event_id_b, score, explanation``;
        ``event_id, cluster_id``)."""
        con = self.con
        con.register("_links", links)
        con.register("_clusters", clusters)
        try:
            with self.transaction():
                con.execute("DELETE FROM event_links")
                con.execute("DELETE FROM event_clusters")
                con.execute("INSERT INTO event_links SELECT event_id_a, event_id_b, score, explanation, now() FROM _links")
                con.execute("INSERT INTO event_clusters SELECT event_id, cluster_id FROM _clusters")
        finally:
            con.unregister("_links")
            con.unregister("_clusters")

    def links(self, event_id: str | None = None) -> list[dict]:
        q = "SELECT * FROM event_links"
        params = []
        if event_id:
            q += " WHERE event_id_a = ? OR event_id_b = ?"
            params = [event_id, event_id]
        cur = self.con.execute(q + " ORDER BY score DESC", params)
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, r)) for r in cur.fetchall()]

    def export(self, f: EventFilter | None, out: Path, fmt: str, columns: list[str]) -> int:
        """Write current events as CSV or Parquet with DuckDB's own writers (fast on large stores)."""
        where, params = self._where(f)
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
        actor_ids=tup(kw.get("actor_ids") or kw.get("actor")),
        event_type=tup(kw.get("event_type")),
        since=dt.date.fromisoformat(since) if isinstance(since, str) else since,
        until=dt.date.fromisoformat(until) if isinstance(until, str) else until,
        source=tup(kw.get("source")),
    )
