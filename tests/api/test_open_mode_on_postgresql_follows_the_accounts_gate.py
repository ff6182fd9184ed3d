"""On PostgreSQL the open mode (no account) is known from memory, exactly: while there is no account the server's
listening connection holds the accounts' gate (an advisory lock), and an insert into the accounts waits for every
server to give way before it can commit. So a no-token request is served as the open-mode analyst on the event loop,
with no worker thread and no round trip, and an account added by another process (``sahelwatch users add``) closes
the open mode before that command returns; a lost listening connection (which loses the lock) falls back to asking
the database; an insert that no server lets through within the trigger's bound is refused with a clear error. Real cluster, real application, a real second process; nothing timed (a wait has a bound against a hang
only)."""

from __future__ import annotations

import subprocess
import sys
import threading

import pytest

from tests.api.conftest import new_backend_db, record_calls, wait_until
from tests.api.test_postgresql_answers_follow_commit_notices import _sql, _total
from tests.api.test_stale_answers_after_a_write import _write

ROOT = __import__("pathlib").Path(__file__).resolve().parents[2]
ADD_ACCOUNT = "INSERT INTO sahelwatch.users (name, role, password_hash) VALUES ('tester', 'analyst', 'x')"


@pytest.fixture
def threaded(monkeypatch) -> list[str]:
    """The names of the threaded paths and round trips the server takes, as it takes them."""
    from sahelwatch.api.db import Database, PgDatabase
    from sahelwatch.store.pg_pool import PgPool

    return record_calls(monkeypatch, (Database, "cached_body"), (PgDatabase, "account_count"),
                        (PgPool, "signature"), (PgPool, "store"))


def _waiting_inserts(db: str) -> int:
    """How many transactions of ``db`` wait for the accounts' gate."""
    import psycopg

    from sahelwatch.store.pg_schema import ACCOUNTS_GATE

    with psycopg.connect(db, autocommit=True) as con:
        return con.execute("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted "
                           "AND database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
                           "AND (classid::bigint << 32) + objid::bigint = %s", [ACCOUNTS_GATE]).fetchone()[0]


def test_the_open_mode_is_served_on_the_loop_and_an_account_added_by_another_process_closes_it_at_once(
        tmp_path, request, threaded):
    from fastapi.testclient import TestClient

    from sahelwatch.api import create_app

    db = new_backend_db("postgresql", tmp_path, request)
    _write(db, tmp_path, "G-1")
    with TestClient(create_app(db)) as client:
        database = client.app.state.db
        wait_until(database.notices.gate_open, "the listener to hold the accounts' gate")
        assert _total(client) == 1  # the open mode: no account, the loopback interface
        threaded.clear()
        assert _total(client) == 1
        assert threaded == [], "the open mode is known without a worker thread and without a round trip"

        added = subprocess.run([sys.executable, "-m", "sahelwatch", "--db", db, "users", "add", "second-process",
                                "--role", "analyst"], capture_output=True, text=True, timeout=300, cwd=ROOT)
        assert added.returncode == 0, added.stderr
        # no sync, no wait: the command's commit could only happen once this server had stopped granting open mode
        assert not database.notices.gate_open()
        assert client.get("/api/v1/events?limit=1").status_code == 401, "no request after the commit is open"
        wait_until(lambda: database.account_count_now() == 1, "the listener to count the new account")
        threaded.clear()
        assert client.get("/api/v1/events?limit=1").status_code == 401 and threaded == [], \
            "with accounts, a request without a token is refused on the loop"


def test_an_account_insert_waits_while_a_server_grants_the_open_mode_and_commits_once_it_gives_way(tmp_path, request):
    from fastapi.testclient import TestClient

    from sahelwatch.api import create_app
    from sahelwatch.store.pg_notices import Gate

    db = new_backend_db("postgresql", tmp_path, request)
    _write(db, tmp_path, "W-1")
    with TestClient(create_app(db)) as client:
        notices = client.app.state.db.notices
        wait_until(notices.gate_open, "the listener to hold the accounts' gate")
        gate, give_way = notices.gate, threading.Event()

        class Deaf(Gate):  # the listener sees the waiting insert only when the test allows it
            def waiting_sql(self) -> str:
                return gate.waiting_sql() if give_way.is_set() else "SELECT false"

        notices.gate = Deaf(gate.key, gate.kind, gate.count_sql)
        insert = threading.Thread(target=_sql, args=(db, ADD_ACCOUNT))
        insert.start()
        try:
            wait_until(lambda: _waiting_inserts(db) == 1, "the insert to wait for the gate")
            assert notices.gate_open() and _total(client) == 1, "nothing committed yet: the open mode still holds"
            assert insert.is_alive(), "the insert cannot commit while the server grants the open mode"
        finally:
            give_way.set()
            insert.join(60)
        assert not insert.is_alive()
        assert client.get("/api/v1/events?limit=1").status_code == 401


def test_a_lost_listening_connection_closes_the_open_mode_and_a_removed_last_account_opens_it_again(
        tmp_path, request, threaded):
    import psycopg
    from fastapi.testclient import TestClient

    from sahelwatch.api import create_app

    db = new_backend_db("postgresql", tmp_path, request)
    _write(db, tmp_path, "X-1")
    with TestClient(create_app(db)) as client:
        database = client.app.state.db
        notices = database.notices
        wait_until(notices.gate_open, "the listener to hold the accounts' gate")
        allowed = threading.Event()  # the listener connects again only when the test allows it
        connect = notices._connect
        notices._connect = lambda: (allowed.wait(60), connect())[1]
        with psycopg.connect(db, autocommit=True) as con:
            con.execute("SELECT pg_terminate_backend(%s)", [notices.backend_pid])
        wait_until(lambda: database.current_signature() is None, "the listener to notice its connection was lost")
        assert not notices.gate_open(), "the lock went with the connection: the open mode is no longer vouched for"

        _sql(db, ADD_ACCOUNT)  # nobody holds the gate: the insert goes through at once, unheard
        threaded.clear()
        assert client.get("/api/v1/events?limit=1").status_code == 401, "the database is asked: closed"
        assert "account_count" in threaded

        allowed.set()
        wait_until(lambda: database.current_signature() is not None, "the listener to listen again")
        assert client.get("/api/v1/events?limit=1").status_code == 401
        assert not notices.gate_open(), "an account exists: the gate is not held"

        _sql(db, "DELETE FROM sahelwatch.users")  # the last account removed: the open mode comes back
        wait_until(notices.gate_open, "the listener to count no account under the gate")
        assert _total(client) == 1
        threaded.clear()
        assert _total(client) == 1 and threaded == []


def test_an_account_that_no_server_in_open_mode_lets_through_is_refused_with_a_clear_error(tmp_path, request):
    import psycopg

    from sahelwatch.store.pg_schema import ACCOUNTS_GATE, ACCOUNTS_GATE_WAIT

    db = new_backend_db("postgresql", tmp_path, request)
    with psycopg.connect(db, autocommit=True) as con:
        gate = con.execute("SELECT pg_get_functiondef('sahelwatch.wait_accounts_gate'::regproc)").fetchone()[0]
        con.execute(gate.replace(ACCOUNTS_GATE_WAIT, "1s"))  # the same trigger with a shorter bound, for this test
        con.execute("SELECT pg_advisory_lock_shared(%s)", [ACCOUNTS_GATE])  # a server in open mode that never gives way
        added = subprocess.run([sys.executable, "-m", "sahelwatch", "--db", db, "users", "add", "stuck", "--role",
                                "analyst"], capture_output=True, text=True, timeout=300, cwd=ROOT)
        assert added.returncode != 0
        assert "did not give way within 1s; the account was not added" in added.stderr, added.stderr
        assert "Traceback" not in added.stderr
        assert con.execute("SELECT count(*) FROM sahelwatch.users").fetchone()[0] == 0
