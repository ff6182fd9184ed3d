"""The schema is versioned: migrations apply once, and the tables hold every model column."""

from __future__ import annotations

import pytest

from sahelwatch.errors import StoreError
from sahelwatch.model import DERIVED_COLUMNS, EVENT_COLUMNS
from sahelwatch.store import open_store
from sahelwatch.store.migrations import MIGRATIONS


def test_migrations_apply_once(tmp_path):
    path = tmp_path / "s.duckdb"
    with open_store(path) as s:
        assert s.schema_version() == MIGRATIONS[-1][0]
    with open_store(path) as s:
        assert s.migrate() == []
        n = s.con.execute("SELECT count(*) FROM schema_migrations").fetchone()[0]
        assert n == len(MIGRATIONS)


def test_event_table_has_every_model_column(store):
    # event versions with their place and actor-set columns (stored once per distinct value)
    cols = {r[0] for r in store.con.execute("DESCRIBE event_versions_full").fetchall()}
    missing = (set(EVENT_COLUMNS) | set(DERIVED_COLUMNS)) - cols
    assert not missing, f"add a migration for {sorted(missing)}"


def test_read_only_open_of_missing_database_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="no such database"):
        open_store(tmp_path / "nope.duckdb", read_only=True)


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "s.duckdb"
    with open_store(path) as s:
        s.con.execute("INSERT INTO schema_migrations VALUES (999, 'future', now())")
    with pytest.raises(StoreError, match="newer"):
        open_store(path)


def test_a_changed_hash_function_rehashes_stored_rows_before_comparing(tmp_path, shared):
    import datetime as dt

    from sahelwatch.ingest import ingest_files

    path = tmp_path / "s.duckdb"
    src = shared("acled/acled_legacy_2016_mali.csv")
    with open_store(path) as s:
        ingest_files(s, [src], today=dt.date(2026, 11, 24), quarantine_dir=tmp_path / "q")
        # simulate an upgrade of DuckDB whose hash differs: stored hashes and probe no longer match
        s.con.execute("UPDATE event_versions SET content_hash = content_hash + 1")
        s.con.execute("UPDATE store_meta SET value = 'older' WHERE key = 'content_hash_probe'")
    with open_store(path) as s:
        r = ingest_files(s, [src], today=dt.date(2026, 11, 24), quarantine_dir=tmp_path / "q")
        assert (r.files[0].unchanged, r.files[0].updated) == (55, 0)
