"""What ``serve`` answers while another process holds the DuckDB file for writing, and what it computes before it
listens: behaviour on real stores, nothing timed."""

from __future__ import annotations

import pytest

from tests.api.conftest import held_by_another_process, new_backend_db, wait_until
from tests.api.test_stale_answers_after_a_write import _write


class _Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _client(db, clock, **kw):
    from fastapi.testclient import TestClient

    from sahelwatch.api import create_app

    return TestClient(create_app(db, max_stale=30, refresh=False, clock=clock, busy_wait=0.2, **kw))


def test_a_view_never_computed_is_answered_stale_while_another_process_holds_the_file(tmp_path):
    """A view asked for the first time while a writer holds the file is computed from the in-memory copy of before
    the write, marked stale, without waiting for the writer; once the writer lets go, the next request is fresh."""
    db = str(tmp_path / "store.duckdb")
    _write(db, tmp_path, "W-1", "W-2")
    clock = _Clock()
    with _client(db, clock) as client:
        assert client.get("/api/v1/events?limit=1").json()["total"] == 2
        _write(db, tmp_path, "W-3")  # a write the server has not copied yet
        with held_by_another_process(db):  # the server cannot open the file (busy wait 0.2 s)
            r = client.get("/api/v1/aggregates?place=admin1")  # never computed before
            assert r.status_code == 200, r.text
            assert "x-sahelwatch-stale" in r.headers
            assert sum(row["events"] for row in r.json()["rows"]) == 2  # the state before the write
            assert "stale" in r.json()
            fresh = client.get("/api/v1/events?limit=1", headers={"Cache-Control": "no-cache"})
            assert fresh.status_code == 503  # a client demanding the write's data waits for it, then is told
        clock.now += 1  # the server tries a new copy again half a second after it found the file held
        r = client.get("/api/v1/aggregates?place=admin2")  # a view never computed: from a new copy
        assert "x-sahelwatch-stale" not in r.headers
        assert sum(row["events"] for row in r.json()["rows"]) == 3
        r = client.get("/api/v1/aggregates?place=admin1", headers={"Cache-Control": "no-cache"})
        assert "x-sahelwatch-stale" not in r.headers
        assert sum(row["events"] for row in r.json()["rows"]) == 3


def test_past_the_bound_a_view_waits_for_the_writer_instead_of_answering_stale(tmp_path):
    db = str(tmp_path / "store.duckdb")
    _write(db, tmp_path, "W-1")
    clock = _Clock()
    with _client(db, clock) as client:
        assert client.get("/api/v1/events?limit=1").status_code == 200
        _write(db, tmp_path, "W-2")
        with held_by_another_process(db):
            assert "x-sahelwatch-stale" in client.get("/api/v1/aggregates?period=month").headers
            clock.now += 31  # the write was seen more than max_stale seconds ago
            assert client.get("/api/v1/aggregates?period=year").status_code == 503
        clock.now += 1
        assert client.get("/api/v1/aggregates?period=year").status_code == 200


def test_a_file_past_the_copy_bound_is_read_from_the_file(tmp_path):
    db = str(tmp_path / "store.duckdb")
    _write(db, tmp_path, "W-1", "W-2")
    with _client(db, _Clock()) as client:
        client.app.state.db.snapshot_max_bytes = 1  # every file is larger
        assert client.get("/api/v1/events?limit=1").json()["total"] == 2
        assert client.app.state.db._snap is None


@pytest.mark.parametrize("backend", ["duckdb", "postgresql"])
def test_the_default_view_is_computed_before_serving_when_the_store_has_accounts(backend, tmp_path, request):
    """The warm-up acts as the server itself, not as an anonymous HTTP client: accounts do not refuse it, and an
    anonymous client is still refused what the warm-up computed."""
    from fastapi.testclient import TestClient

    from sahelwatch.access.users import add_user
    from sahelwatch.api import create_app
    from sahelwatch.api.app import DEFAULT_VIEW, warm
    from sahelwatch.store import open_store

    db = new_backend_db(backend, tmp_path, request)
    _write(db, tmp_path, "W-1", "W-2")
    with open_store(db) as store:
        add_user(store, "amadou", "analyst", password="a long test passphrase", actor="test")
    app = create_app(db)
    try:
        assert warm(app) == {url: 200 for url in DEFAULT_VIEW}
        cached = {k[1] if k[0] == "json" else k[0] for k in app.state.db._cache}
        assert {"events", "agg", "meta", "boundaries", "alerts"} <= cached
        with TestClient(app) as client:
            assert client.get("/api/v1/events?limit=200").status_code == 401
    finally:
        app.state.db.close()


@pytest.mark.parametrize("backend", ["duckdb", "postgresql"])
def test_the_answers_kept_are_bounded_by_their_bytes_least_recently_used_out(backend, tmp_path, request):
    from sahelwatch.api.db import open_database

    db = new_backend_db(backend, tmp_path, request)
    _write(db, tmp_path, "W-1")
    database = open_database(db, cache_bytes=10_000)
    try:
        def body(name):  # about 3 KB read from the store
            return lambda store: name.encode() + b"x" * 3_000 + str(store.events.count()).encode()

        for k in ("a", "b", "c"):
            database.cached_body((k,), body(k))
        database.cached_body(("a",), body("a"))  # used again: now the most recent
        database.cached_body(("d",), body("d"))  # past 10,000 bytes: the least recently used (b) goes
        assert list(database._cache) == [("c",), ("a",), ("d",)]
        assert database._cache_weight <= 10_000
        big = open_database(db, cache_bytes=100)
        try:
            big.cached_body(("huge",), body("huge"))  # heavier than the bound alone: kept, the newest always is
            assert list(big._cache) == [("huge",)]
        finally:
            big.close()
    finally:
        database.close()


def test_an_audit_entry_changes_no_cached_answer_and_an_ingest_does(tmp_path):
    """On a file read from its in-memory copy, the signature follows the tables the answers read: an entry of the
    audit log (which the server writes itself) leaves every cached answer current; a write of events does not."""
    from sahelwatch.access.audit import record
    from sahelwatch.store import open_store

    db = str(tmp_path / "store.duckdb")
    _write(db, tmp_path, "W-1", "W-2")
    with _client(db, _Clock()) as client:
        database = client.app.state.db
        assert client.get("/api/v1/aggregates?place=admin1").status_code == 200
        before, stat = database.signature(), database._file_stat()
        with open_store(db) as store:
            record(store, actor="test", action="export", target="events")
        assert database._file_stat() != stat  # the file did change
        assert database.signature() == before
        r = client.get("/api/v1/aggregates?place=admin1")
        assert "x-sahelwatch-stale" not in r.headers
        _write(db, tmp_path, "W-3")
        assert database.signature() != before
        r = client.get("/api/v1/aggregates?place=admin1")
        assert "x-sahelwatch-stale" in r.headers  # the answer of before the ingest, marked, while it is computed again


@pytest.mark.parametrize("backend", ["duckdb", "postgresql"])
def test_the_refresher_waits_while_a_request_computes(backend, tmp_path, request):
    """After a write, the refresher computes old answers again only when no request's computation is waiting or
    running: a request that has nothing to be served never queues behind a refresh."""
    import threading

    from sahelwatch.api.db import open_database

    db = new_backend_db(backend, tmp_path, request)
    _write(db, tmp_path, "W-1")
    database = open_database(db, max_stale=30, refresh=False)
    try:
        order, release = [], threading.Event()
        database.cached(("old",), lambda store: store.events.count())
        if backend == "duckdb":
            database.release()
        _write(db, tmp_path, "W-2")  # ("old",) is now an answer of before the write
        # counted before the request begins (on PostgreSQL a commit reaches the server as a notice, a moment later:
        # a request that began before it would find its answer superseded and compute it again)
        assert database.sync()

        def slow(store):
            release.wait(60)
            order.append("request")
            return store.events.count()

        asking = threading.Thread(target=database.cached, args=(("new",), slow))
        asking.start()
        wait_until(lambda: database._asking > 0, "the request's computation to begin")
        refresher = threading.Thread(target=database.refresh)
        database._refresher = refresher  # the refresher thread, as the server starts it
        original = database._cache[("old",)].compute
        database._cache[("old",)].compute = lambda store: (order.append("refresh"), original(store))[1]
        refresher.start()
        wait_until(lambda: database._demand._waiters, "the refresher to wait for the request")
        assert order == []
        release.set()
        asking.join(60)
        refresher.join(60)
        assert order == ["request", "refresh"]
        assert database.cached(("old",), lambda store: -1) == 2  # refreshed: the write's total
    finally:
        database.close()


def test_a_copy_bound_of_zero_reads_the_file_itself_and_the_bound_reaches_each_worker(tmp_path, monkeypatch):
    from sahelwatch.api.app import app_for_worker, worker_environment

    db = str(tmp_path / "store.duckdb")
    _write(db, tmp_path, "W-1")
    with _client(db, _Clock(), snapshot_max_bytes=0) as client:
        assert client.get("/api/v1/events?limit=1").json()["total"] == 1
        assert client.app.state.db._snap is None
    for name, value in worker_environment(db, 2, 0.0, 2**20, 0).items():
        monkeypatch.setenv(name, value)
    app = app_for_worker()
    try:
        assert app.state.db.snapshot_max_bytes == 0 and app.state.db._snap is None
    finally:
        app.state.db.close()
