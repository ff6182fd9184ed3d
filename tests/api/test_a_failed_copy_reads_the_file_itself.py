"""When the in-memory copy of a DuckDB file fails for another reason than another process's hold (DuckDB out of
memory while copying), the server says so in its log and answers from the file itself, never a 500."""

from __future__ import annotations

import logging

import pytest

from tests.api.test_stale_answers_after_a_write import _write


class _CopyRunsOutOfMemory:
    """A DuckDB in-memory connection whose ``COPY FROM DATABASE`` fails as DuckDB does when memory runs out."""

    def __init__(self, con):
        self._con = con

    def execute(self, sql, *args):
        import duckdb

        if sql.startswith("COPY FROM DATABASE"):
            raise duckdb.OutOfMemoryException("Out of Memory Error: could not allocate block (a test's failure)")
        return self._con.execute(sql, *args)

    def __getattr__(self, name):
        return getattr(self._con, name)


@pytest.fixture
def copies_run_out_of_memory(monkeypatch):
    import duckdb

    connect = duckdb.connect

    def failing(database=":memory:", *args, **kwargs):
        con = connect(database, *args, **kwargs)
        return _CopyRunsOutOfMemory(con) if database == ":memory:" else con

    monkeypatch.setattr(duckdb, "connect", failing)
    return monkeypatch


def test_a_copy_out_of_memory_is_logged_and_the_answer_read_from_the_file(tmp_path, copies_run_out_of_memory, caplog):
    from fastapi.testclient import TestClient

    from sahelwatch.api import create_app

    db = str(tmp_path / "store.duckdb")
    _write(db, tmp_path, "M-1", "M-2")
    with caplog.at_level(logging.WARNING, logger="sahelwatch.api.db"), TestClient(create_app(db)) as client:
        r = client.get("/api/v1/events?limit=1")
        assert r.status_code == 200, r.text
        assert r.json()["total"] == 2
        assert client.app.state.db._snap is None  # no copy kept
        client.app.state.db.release()  # the file's shared open, closed as before a read-write open in this process
        _write(db, tmp_path, "M-3")  # the next state of the file: a copy is tried again, fails again, the file read
        assert client.get("/api/v1/events?limit=1").json()["total"] == 3
    assert any("cannot copy the database into memory (OutOfMemoryException" in r.getMessage() for r in caplog.records)


def test_a_copy_that_fails_otherwise_is_a_store_error_naming_the_file(tmp_path, copies_run_out_of_memory):
    from sahelwatch.api.db import CopyFailed, open_database
    from sahelwatch.errors import StoreError

    db = str(tmp_path / "store.duckdb")
    _write(db, tmp_path, "M-1")
    database = open_database(db)
    try:
        with pytest.raises(StoreError, match="store.duckdb: cannot copy the database into memory") as e:
            database._copy()
        assert isinstance(e.value, CopyFailed)
    finally:
        database.close()
