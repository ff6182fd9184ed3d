"""Events and their versions: the writes of living data (a new version when the content changes),
deletions of a complete snapshot, the derived columns, and an event's history and verbatim record."""

from __future__ import annotations

import pyarrow as pa
import pyarrow.compute as pc

from ..model import CONTENT_COLUMNS, EVENT_COLUMNS
from ._sql import _PER_EVENT_DERIVED, _SIDE, Part, UpsertResult, _hash_expr, _key_expr
from .migrations import DERIVED_SQL_TYPES


class EventVersions(Part):
    """``event_versions`` and its side tables ``event_places`` / ``event_actor_sets``."""

    def raw_record(self, event_id: str, version: int | None = None) -> str | None:
        """The record an event version was read from, verbatim."""
        q = ("SELECT raw, raw_sha256, raw_offset, raw_length FROM event_versions WHERE event_id = ? "
             + ("AND version = ?" if version is not None else "AND is_current"))
        rows = self.con.execute(q, [event_id] + ([version] if version is not None else [])).fetchall()
        return self._raw_text(*rows[0]) if rows else None

    def _raw_text(self, raw: str | None, sha: str | None, off: int | None, length: int | None) -> str | None:
        """A version's record: kept as text, or cut out of the kept source file it points into."""
        if raw is not None or sha is None or off is None or length is None:
            return raw
        found = self.con.execute("SELECT size, chunk_size FROM source_files WHERE sha256 = ?", [sha]).fetchall()
        if not found:
            return None
        size, chunk_size = found[0]
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

    def upsert(self, ingest_id: str, table: pa.Table, *, file: str, raw_sha256: str | None = None,
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
            return self._upsert(ingest_id, table, file=file, raw_sha256=raw_sha256, fresh=fresh,
                                track_ids=track_ids)

    def _upsert(self, ingest_id: str, table: pa.Table, *, file: str, raw_sha256: str | None,
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
                con.execute(f"CREATE OR REPLACE TEMP TABLE _stage AS SELECT {', '.join(sel)}, {prov} "
                            f"{_hash_expr(CONTENT_COLUMNS)} AS content_hash FROM _batch")
                result = self._classify_and_write(ingest_id, cols, file, raw_sha256)
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

    def _classify_and_write(self, ingest_id: str, cols: list[str], file: str, raw_sha256: str | None) -> UpsertResult:
        """Compare the staged rows (``_stage``: ``cols``, the provenance and ``content_hash``) with the current
        versions; end the changed ones and insert new and changed rows. The SQL runs on both backends."""
        con = self.con
        con.execute("DROP TABLE IF EXISTS _cls")
        con.execute(
            """CREATE TEMP TABLE _cls AS
               SELECT s.event_id, s.content_hash, c.content_hash AS old_hash, c.version AS old_version,
                      c.deleted AS old_deleted
               FROM _stage s LEFT JOIN (SELECT event_id, content_hash, version, deleted
                                        FROM event_versions WHERE is_current) c USING (event_id)"""
        )
        inserted, updated, unchanged = con.execute(
            """SELECT count(*) FILTER (WHERE old_hash IS NULL),
                      count(*) FILTER (WHERE old_hash IS NOT NULL AND (old_hash <> content_hash OR old_deleted)),
                      count(*) FILTER (WHERE old_hash = content_hash AND NOT old_deleted)
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
                f"""INSERT INTO event_versions ({', '.join(cols)}, content_hash, version, is_current, deleted,
                        valid_from, file, line, raw, raw_offset, raw_length, raw_sha256, ingested_at, derived_at)
                    SELECT {', '.join('s.' + c for c in cols)}, s.content_hash, coalesce(c.old_version, 0) + 1,
                           true, false, ?, ?, s.line, s.raw, s.raw_offset, s.raw_length, ?, now(), now()
                    FROM _stage s JOIN _cls c USING (event_id)
                    WHERE c.old_hash IS NULL OR c.old_hash <> c.content_hash OR c.old_deleted""",
                [ingest_id, file, raw_sha256],
            )
        con.execute("DROP TABLE _cls")
        return UpsertResult(inserted, updated, unchanged, 0)

    def mark_missing_deleted(self, ingest_id: str, scope: dict) -> int:
        """After a complete snapshot (every batch stored with ``track_ids``): current events of the
        snapshot's source, countries and dates that it did not hold get a deleted version."""
        with self.transaction():
            self.con.execute("CREATE TEMP TABLE IF NOT EXISTS _seen_ids (event_id VARCHAR)")
            n = self._mark_deleted(ingest_id, scope)
            self.con.execute("DROP TABLE IF EXISTS _seen_ids")
        return n

    @staticmethod
    def _missing_where(scope: dict) -> tuple[str, list]:
        """The current events of a snapshot's scope that it did not hold (``_seen_ids``)."""
        where = "source = ? AND is_current AND NOT deleted AND event_id NOT IN (SELECT event_id FROM _seen_ids)"
        params: list = [scope["source"]]
        if scope.get("iso3"):
            where += f" AND iso3 IN ({', '.join('?' for _ in scope['iso3'])})"
            params += list(scope["iso3"])
        if scope.get("since") and scope.get("until"):
            where += " AND event_date BETWEEN ? AND ?"
            params += [scope["since"], scope["until"]]
        return where, params

    def _mark_deleted(self, ingest_id: str, scope: dict) -> int:
        con = self.con
        where, params = self._missing_where(scope)
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
        """Every version of an event, oldest first, each with its record verbatim in ``raw`` (whether
        it was kept as text or points into a kept source file)."""
        cur = self.con.execute(
            "SELECT * FROM event_versions_full WHERE event_id = ? ORDER BY version", [event_id]
        )
        out = self._dicts(cur)
        for v in out:
            v["raw"] = self._raw_text(v.get("raw"), v.get("raw_sha256"), v.get("raw_offset"), v.get("raw_length"))
        return out

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
