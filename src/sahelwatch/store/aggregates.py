"""Aggregate rows (counts per admin unit and period, e.g. HDX admin2-month), versioned like events."""

from __future__ import annotations

import pyarrow as pa

from ._sql import _AGG_CONTENT, Part, UpsertResult, _hash_expr


class Aggregates(Part):
    """``aggregate_versions`` and its current view ``aggregates``."""

    def upsert(self, ingest_id: str, table: pa.Table, *, file: str) -> UpsertResult:
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


    def frame(self, source: str | None = None):
        where, params = ("source = ?", [source]) if source else ("true", [])
        return self.con.execute(
            f"SELECT * FROM aggregates WHERE {where} ORDER BY period_start, admin2_pcode", params
        ).fetch_df()

    # ------------------------------------------------------------------ gazetteer
