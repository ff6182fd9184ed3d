"""Aggregate rows (counts per admin unit and period, e.g. HDX admin2-month), versioned like events."""

from __future__ import annotations

import pyarrow as pa

from ._sql import _AGG_CONTENT, Part, UpsertResult, _hash_expr


class Aggregates(Part):
    """``aggregate_versions`` and its current view ``aggregates``."""

    #: an aggregate row's key: its source, unit, period and start
    KEY = "concat_ws('|', source, coalesce(admin2_pcode, iso3 || ':' || admin1 || ':' || admin2), period, period_start)"

    def upsert(self, ingest_id: str, table: pa.Table, *, file: str) -> UpsertResult:
        """Store a batch of aggregate rows: new keys are inserted, changed rows get a new version."""
        con = self.con
        with self.transaction():
            cols = self._stage(table)
            try:
                con.execute("DROP TABLE IF EXISTS _cls")
                con.execute(
                    """CREATE TEMP TABLE _cls AS
                       SELECT s.agg_key, s.content_hash, c.content_hash AS old_hash, c.version AS old_version
                       FROM _stage s LEFT JOIN (SELECT agg_key, content_hash, version FROM aggregate_versions
                                                WHERE is_current) c USING (agg_key)"""
                )
                inserted, updated, unchanged = con.execute(
                    """SELECT count(*) FILTER (WHERE old_hash IS NULL), count(*) FILTER (WHERE old_hash <> content_hash),
                              count(*) FILTER (WHERE old_hash = content_hash) FROM _cls"""
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
                        f"""INSERT INTO aggregate_versions ({', '.join(cols)}, content_hash, version, is_current,
                                valid_from, file, ingested_at)
                            SELECT {', '.join('s.' + c for c in cols)}, s.content_hash,
                                   coalesce(c.old_version, 0) + 1, true, ?, ?, now()
                            FROM _stage s JOIN _cls c USING (agg_key)
                            WHERE c.old_hash IS NULL OR c.old_hash <> c.content_hash""",
                        [ingest_id, file],
                    )
                con.execute("DROP TABLE _cls")
            finally:
                self._unstage()
        return UpsertResult(inserted, updated, unchanged, 0)

    def _stage(self, table: pa.Table) -> list[str]:
        """The batch as ``_stage`` (key, columns, line, raw and content hash); its columns but the hash.
        A dialect hook: here DuckDB hashes and stages in the store itself."""
        self.con.register("_batch", table)
        self.con.execute(
            f"""CREATE OR REPLACE TEMP TABLE _stage AS
                SELECT {self.KEY} AS agg_key, * EXCLUDE (__line__, __raw__), __line__ AS line, __raw__ AS raw,
                       {_hash_expr(_AGG_CONTENT)} AS content_hash FROM _batch""")
        return [d[0] for d in self.con.execute("SELECT * FROM _stage LIMIT 0").description if d[0] != "content_hash"]

    def _unstage(self) -> None:
        self.con.unregister("_batch")

    def frame(self, source: str | None = None):
        where, params = ("source = ?", [source]) if source else ("true", [])
        return self.con.execute(
            f"SELECT * FROM aggregates WHERE {where} ORDER BY period_start, admin2_pcode", params
        ).fetch_df()

    # ------------------------------------------------------------------ gazetteer
