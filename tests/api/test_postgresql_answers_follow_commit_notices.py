"""On PostgreSQL the server keys its kept answers on a count of the database's notices of commits, read from memory: a
repeated request is answered on the event loop with no round trip; a commit from another connection (the store's own
ingest, or plain SQL) is seen once its notice is read, and at once by a request demanding a fresh answer; a write to a
table no answer reads leaves them kept, while a new account closes the open mode; a lost listening connection falls
back to asking the database at each request and a new one starts afresh; two databases on one cluster keep their own
counts. Real cluster, real application; nothing timed (a wait has a bound against a hang only)."""

from __future__ import annotations

import threading

import pytest

from tests.api.conftest import new_backend_db, record_calls, trusted_open_mode, wait_until
from tests.api.test_stale_answers_after_a_write import _write

URLS = ("/api/v1/events?limit=1", "/api/v1/aggregates?place=admin1", "/api/v1/meta", "/api/v1/forecasts")


@pytest.fixture
def threaded(monkeypatch) -> list[str]:
    """The names of the threaded paths and round trips the server takes, as it takes them."""
    from sahelwatch.api.db import Database, PgDatabase
    from sahelwatch.store.pg_pool import PgPool

    return record_calls(monkeypatch, (Database, "cached_body"), (PgDatabase, "account_count"), (PgPool, "signature"))


def _sql(db: str, statement: str) -> None:
    """``statement`` committed through a connection of its own (another writer than the store's code)."""
    import psycopg

    with psycopg.connect(db, autocommit=True) as con:
        con.execute(statement)


def _total(client, **headers) -> int:
    r = client.get("/api/v1/events?limit=1", headers=headers)
    assert r.status_code == 200, r.text
    return r.json()["total"]


def test_a_kept_answer_is_served_on_the_loop_and_a_commit_from_another_connection_is_seen(tmp_path, request,
                                                                                          threaded):
    from fastapi.testclient import TestClient

    from sahelwatch.api import create_app

    db = new_backend_db("postgresql", tmp_path, request)
    _write(db, tmp_path, "N-1", "N-2")
    with TestClient(create_app(db)) as client:
        database = client.app.state.db
        trusted_open_mode(database.notices)  # the open mode from memory: no round trip for the account check
        first = {u: client.get(u, headers={"accept-encoding": "gzip"}) for u in URLS}
        assert all(r.status_code == 200 for r in first.values()), {u: r.text for u, r in first.items()}
        threaded.clear()
        again = {u: client.get(u, headers={"accept-encoding": "gzip"}) for u in URLS}
        assert threaded == [], "a kept answer takes no worker thread and no round trip, in the open mode too"
        assert all(again[u].content == first[u].content and again[u].headers == first[u].headers for u in URLS)

        # the store's own ingest, from another connection: seen once its notice is read
        before = database.current_signature()
        _write(db, tmp_path, "N-3")
        wait_until(lambda: database.current_signature() != before, "the notice of the ingest's commit")
        assert _total(client) == 3
        assert "cached_body" in threaded, "after a commit the answer is computed again"

        # plain SQL of another writer: a request demanding a fresh answer sees it at once (it waits for the notice)
        _sql(db, "DELETE FROM sahelwatch.event_versions WHERE source_event_id = 'N-1'")
        assert _total(client, **{"Cache-Control": "no-cache"}) == 2
        assert _total(client) == 2

        # a write to a table no answer reads (the store's bookkeeping) leaves every answer kept
        assert all(client.get(u).status_code == 200 for u in URLS)  # each computed for the current state
        before = database.current_signature()
        _sql(db, "INSERT INTO sahelwatch.store_meta VALUES ('a test key', 'a test value')")
        assert database.sync()
        assert database.current_signature() == before
        threaded.clear()
        assert all(client.get(u).status_code == 200 for u in URLS) and "cached_body" not in threaded

        # the first account closes the open mode (the access check's count follows the accounts' notices)
        _sql(db, "INSERT INTO sahelwatch.users (name, role, password_hash) VALUES ('tester', 'analyst', 'x')")
        assert database.sync()
        assert client.get("/api/v1/events?limit=1").status_code == 401
        assert database.current_signature() == before, "an account changes no answer"
        assert client.get("/api/v1/boundaries/1").status_code == 200  # a public answer without a token, kept
        threaded.clear()
        assert client.get("/api/v1/boundaries/1").status_code == 200 and threaded == [], \
            "with accounts, a request without a token is decided on the loop"


def test_the_first_account_closes_the_open_mode_at_its_commit_before_its_notice_is_read(tmp_path, request):
    from fastapi.testclient import TestClient

    from sahelwatch.api import create_app

    db = new_backend_db("postgresql", tmp_path, request)
    _write(db, tmp_path, "F-1")
    with TestClient(create_app(db)) as client:
        assert _total(client) == 1  # the open mode: no account, the loopback interface
        assert _total(client) == 1  # its count of accounts (0) is now kept
        database = client.app.state.db
        notices = database.notices
        late = threading.Event()  # the listener reads the accounts' notice only when the test allows it (a thread
        read = notices._read      # starved of the CPU), while it still vouches for its counts
        notices._read = lambda notice: (notices.kind_of(notice.payload) == "accounts" and late.wait(60),
                                        read(notice))[1]
        try:
            _sql(db, "INSERT INTO sahelwatch.users (name, role, password_hash) VALUES ('tester', 'analyst', 'x')")
            assert notices.generation("accounts") is not None, "the listener still vouches for its kept count"
            assert client.get("/api/v1/events?limit=1").status_code == 401, "no request after the commit is open"
        finally:
            late.set()


def test_a_lost_listening_connection_falls_back_to_asking_the_database_and_a_new_one_starts_afresh(
        tmp_path, request, threaded):
    import psycopg
    from fastapi.testclient import TestClient

    from sahelwatch.api import create_app

    db = new_backend_db("postgresql", tmp_path, request)
    _write(db, tmp_path, "L-1", "L-2")
    with TestClient(create_app(db)) as client:
        database = client.app.state.db
        assert _total(client) == 2
        listening = database.current_signature()
        assert listening is not None and listening[0] == "notices"

        allowed = threading.Event()  # the listener connects again only when the test allows it
        connect = database.notices._connect
        database.notices._connect = lambda: (allowed.wait(60), connect())[1]
        with psycopg.connect(db, autocommit=True) as con:
            con.execute("SELECT pg_terminate_backend(%s)", [database.notices.backend_pid])
        wait_until(lambda: database.current_signature() is None, "the listener to notice its connection was lost")

        _write(db, tmp_path, "L-3")  # committed while nobody listens: its notice is never delivered
        threaded.clear()
        assert _total(client) == 3, "without a listener every request asks the database"
        assert "signature" in threaded
        threaded.clear()
        assert _total(client) == 3 and "signature" in threaded, "and keeps asking it while nobody listens"

        allowed.set()
        wait_until(lambda: database.current_signature() is not None, "the listener to listen again")
        again = database.current_signature()
        assert again[1] > listening[1], "a new connection starts a new epoch: nothing kept before it is current"
        assert _total(client) == 3
        trusted_open_mode(database.notices, "the listener to hold the accounts' gate again")
        threaded.clear()
        assert _total(client) == 3 and threaded == [], \
            "listening again (the accounts' gate held again), a kept answer takes no worker thread"


def test_two_databases_on_one_cluster_count_only_their_own_commits(tmp_path, request):
    from fastapi.testclient import TestClient

    from sahelwatch.api import create_app

    one, other = new_backend_db("postgresql", tmp_path, request), new_backend_db("postgresql", tmp_path, request)
    _write(one, tmp_path, "A-1")
    _write(other, tmp_path, "B-1")
    with TestClient(create_app(one)) as a, TestClient(create_app(other)) as b:
        assert _total(a) == 1 and _total(b) == 1
        sig_a, sig_b = a.app.state.db.current_signature(), b.app.state.db.current_signature()
        _write(other, tmp_path, "B-2")
        assert a.app.state.db.sync() and b.app.state.db.sync()
        assert a.app.state.db.current_signature() == sig_a, "another database's commit changes nothing here"
        assert b.app.state.db.current_signature() != sig_b
        assert _total(a) == 1 and _total(b) == 2
