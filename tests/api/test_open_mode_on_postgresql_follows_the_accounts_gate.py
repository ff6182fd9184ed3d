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

from tests.api.conftest import new_backend_db, record_calls, trusted_open_mode, wait_until
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


def _insert_waits(db: str) -> bool:
    """Whether a transaction of ``db`` waits for the accounts' gate (the listener's own statement)."""
    import psycopg

    from sahelwatch.store.pg_notices import Gate
    from sahelwatch.store.pg_schema import ACCOUNTS_GATE

    with psycopg.connect(db, autocommit=True) as con:
        return con.execute(Gate(ACCOUNTS_GATE, "accounts", "").waiting_sql()).fetchone()[0]


def _counting_behind_a_lock(db: str, pid: int) -> bool:
    """Whether the server process ``pid`` waits for a lock on the accounts' table."""
    import psycopg

    with psycopg.connect(db, autocommit=True) as con:
        return con.execute("SELECT EXISTS (SELECT 1 FROM pg_locks WHERE pid = %s AND NOT granted "
                           "AND relation = 'sahelwatch.users'::regclass)", [pid]).fetchone()[0]


def _open_mode(client):
    """The server's listener, once it grants the open mode from memory (trusted: see ``trusted_open_mode``)."""
    return trusted_open_mode(client.app.state.db.notices)


def test_the_open_mode_is_served_on_the_loop_and_an_account_added_by_another_process_closes_it_at_once(
        tmp_path, request, threaded):
    from fastapi.testclient import TestClient

    from sahelwatch.api import create_app

    db = new_backend_db("postgresql", tmp_path, request)
    _write(db, tmp_path, "G-1")
    with TestClient(create_app(db)) as client:
        database = client.app.state.db
        _open_mode(client)
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

        notices.gate = Deaf(gate.key, gate.kind, gate.count_sql, gate.armed_sql)
        insert = threading.Thread(target=_sql, args=(db, ADD_ACCOUNT))
        insert.start()
        try:
            wait_until(lambda: _insert_waits(db), "the insert to wait for the gate")
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
        trusted_open_mode(notices, "the listener to count no account under the gate")
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


def test_an_account_written_under_the_replica_role_closes_the_open_mode_before_its_commit(tmp_path, request):
    # a logical subscriber's apply worker or a restore writes with session_replication_role = replica, under which
    # a trigger fires only if it fires always
    from fastapi.testclient import TestClient

    from sahelwatch.api import create_app

    db = new_backend_db("postgresql", tmp_path, request)
    _write(db, tmp_path, "R-1")
    with TestClient(create_app(db)) as client:
        notices = _open_mode(client)
        _sql(db, f"SET session_replication_role = replica; {ADD_ACCOUNT}")
        assert not notices.gate_open(), "the replicated account waited for the server to stop granting the open mode"
        assert client.get("/api/v1/events?limit=1").status_code == 401


@pytest.mark.parametrize("change", ["DISABLE TRIGGER accounts_gate", "DISABLE TRIGGER ALL",
                                    "ENABLE TRIGGER accounts_gate"])
def test_a_gate_trigger_disabled_or_firing_only_on_the_origin_closes_the_open_mode(tmp_path, request, change):
    # ENABLE TRIGGER: fires on the origin only, as the trigger of a database migrated before it fired always
    from fastapi.testclient import TestClient

    from sahelwatch.api import create_app

    db = new_backend_db("postgresql", tmp_path, request)
    _write(db, tmp_path, "D-1")
    with TestClient(create_app(db)) as client:
        notices = _open_mode(client)
        _sql(db, f"ALTER TABLE sahelwatch.users {change}")
        wait_until(lambda: not notices.gate_open(), "the listener to see that the trigger is not in force")
        _sql(db, f"SET session_replication_role = replica; {ADD_ACCOUNT}")  # unheard: nothing waits for the gate
        assert client.get("/api/v1/events?limit=1").status_code == 401, "the database is asked: closed"

        _sql(db, "DELETE FROM sahelwatch.users")
        _sql(db, "ALTER TABLE sahelwatch.users ENABLE ALWAYS TRIGGER accounts_gate")  # in force again
        _sql(db, "ALTER TABLE sahelwatch.users ENABLE ALWAYS TRIGGER change_notice")
        wait_until(notices.gate_open, "the listener to count no account under the gate again")


def test_a_transaction_that_locks_the_accounts_then_adds_one_commits_and_the_listener_keeps_its_connection(
        tmp_path, request):
    # the listener counts the accounts (after a notice of their kind) while a transaction holds the table locked and
    # then inserts into it: the listener's count gives way instead of deadlocking with the insert's wait for the gate
    import psycopg
    from fastapi.testclient import TestClient

    from sahelwatch.api import create_app
    from sahelwatch.store.pg_schema import CHANGE_CHANNEL

    db = new_backend_db("postgresql", tmp_path, request)
    _write(db, tmp_path, "K-1")
    with TestClient(create_app(db)) as client:
        notices = _open_mode(client)
        pid, counts = notices.backend_pid, notices._counts.get("accounts", 0)
        with psycopg.connect(db) as con:
            con.execute("LOCK TABLE sahelwatch.users IN ACCESS EXCLUSIVE MODE")
            _sql(db, f"NOTIFY {CHANGE_CHANNEL}, 'users'")  # the listener counts again, behind the lock
            wait_until(lambda: notices._counts.get("accounts", 0) > counts, "the listener to read the notice")
            wait_until(lambda: _counting_behind_a_lock(db, pid), "the listener's count to wait for the table")
            con.execute(ADD_ACCOUNT)
            con.commit()
        assert not notices.gate_open()
        assert client.get("/api/v1/events?limit=1").status_code == 401
        assert notices.backend_pid == pid, "the listener's connection was not aborted as a deadlock's victim"


def test_a_listener_whose_gate_statements_keep_failing_tries_again_later_and_later(tmp_path, request, monkeypatch):
    from types import SimpleNamespace

    from sahelwatch.store import pg_notices

    db = new_backend_db("postgresql", tmp_path, request)
    slept: list[float] = []
    monkeypatch.setattr(pg_notices, "time", SimpleNamespace(sleep=slept.append, monotonic=pg_notices.time.monotonic))
    listener = pg_notices.PgChangeListener(db, lambda table: None, gate=pg_notices.Gate(1, "accounts", "SELECT 1 / 0"))
    try:
        wait_until(lambda: len(slept) >= 4, "the listener to fail four times")
    finally:
        listener.close()
    assert slept[:4] == [0.05, 0.1, 0.2, 0.4], "a connection that never worked is tried again after a growing delay"
    assert not listener.gate_open()


def test_a_database_whose_accounts_triggers_fire_on_the_origin_only_gets_them_firing_always_when_migrated(
        tmp_path, request):
    import psycopg

    from sahelwatch.store import open_store
    from sahelwatch.store.migrations import MIGRATIONS
    from sahelwatch.store.pg_schema import ACCOUNTS_GATE_ARMED

    db = new_backend_db("postgresql", tmp_path, request)
    fired = "SELECT tgenabled FROM pg_trigger WHERE tgrelid = 'sahelwatch.users'::regclass AND NOT tgisinternal"
    with psycopg.connect(db, autocommit=True) as con:  # as a store of the version before (migration 12)
        con.execute("ALTER TABLE sahelwatch.users ENABLE TRIGGER USER")
        con.execute("DELETE FROM sahelwatch.schema_migrations WHERE version = %s", [MIGRATIONS[-1][0]])
        assert not con.execute(ACCOUNTS_GATE_ARMED).fetchone()[0]
    with open_store(db) as store:
        assert store.schema_version() == MIGRATIONS[-1][0]
        assert sorted(r[0] for r in store.con.execute(fired).fetchall()) == ["A", "A"]
        assert store.con.execute(ACCOUNTS_GATE_ARMED).fetchall()[0][0]
