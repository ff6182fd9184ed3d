"""PostgreSQL's notices of commits on a real throwaway cluster: every table of the store notifies its committed writes
(any writer, once per table and transaction, none for a rollback); the migration that installs them applies to a
store of the previous version and again changes nothing; a listener counts the notices by kind of table, a barrier
waits for every commit made before it, and a listener not proved alive lately vouches for nothing. Nothing timed."""

from __future__ import annotations

import threading

import pytest

from tests.api.conftest import wait_until


def _listening(url: str):
    import psycopg

    from sahelwatch.store.pg_schema import CHANGE_CHANNEL

    con = psycopg.connect(url, autocommit=True)
    con.execute(f"LISTEN {CHANGE_CHANNEL}")
    return con


def _received(con) -> list[str]:
    """The payloads received so far, after a notice of the test's own (notices arrive in commit order)."""
    from sahelwatch.store.pg_schema import CHANGE_CHANNEL

    con.execute("SELECT pg_notify(%s, 'test:end')", [CHANGE_CHANNEL])
    out = []
    for notice in con.notifies(timeout=60):
        if notice.payload == "test:end":
            return out
        out.append(notice.payload)
    raise AssertionError("the test's own notice never came back")


def test_every_table_notifies_its_commits_once_per_transaction_and_a_rollback_none(pg_url):
    import psycopg

    listener = _listening(pg_url)
    try:
        with psycopg.connect(pg_url, autocommit=True) as con:
            tables = {t for (t,) in con.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'sahelwatch'")}
            with_trigger = {t for (t,) in con.execute(
                "SELECT c.relname FROM pg_trigger g JOIN pg_class c ON c.oid = g.tgrelid "
                "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'sahelwatch' "
                "AND g.tgname = 'change_notice'")}
            assert "event_versions" in tables and with_trigger == tables
            with con.transaction():
                con.execute("INSERT INTO sahelwatch.store_meta VALUES ('k1', 'v')")
                con.execute("UPDATE sahelwatch.store_meta SET value = 'w'")
                con.execute("DELETE FROM sahelwatch.users")
            with pytest.raises(psycopg.errors.UniqueViolation), con.transaction():
                con.execute("INSERT INTO sahelwatch.programs (program_id) VALUES ('p'), ('p')")
            con.execute("TRUNCATE sahelwatch.forecast_values")
        assert _received(listener) == ["store_meta", "users", "forecast_values"]
    finally:
        listener.close()


def test_the_notices_migration_applies_to_a_store_of_the_previous_version_and_again_changes_nothing(pg_url):
    import psycopg

    from sahelwatch.store import open_store
    from sahelwatch.store.migrations import MIGRATIONS
    from sahelwatch.store.pg_schema import EXTRAS

    latest = MIGRATIONS[-1][0]
    with psycopg.connect(pg_url, autocommit=True) as con:  # as a store of the version before the notices
        con.execute("DROP FUNCTION sahelwatch.notify_change() CASCADE")
        con.execute("DELETE FROM sahelwatch.schema_migrations WHERE version = %s", [latest])
        assert con.execute("SELECT count(*) FROM pg_trigger WHERE tgname = 'change_notice'").fetchone()[0] == 0
    with open_store(pg_url) as store:
        assert store.schema_version() == latest
        n = store.con.execute("SELECT count(*) FROM pg_trigger WHERE tgname = 'change_notice'").fetchall()[0][0]
        assert n == store.con.execute(
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'sahelwatch'").fetchall()[0][0]
        assert store.migrate() == []
        for sql in EXTRAS:  # the additions again: nothing changes, nothing fails
            store.con.execute(sql)
        assert store.con.execute("SELECT count(*) FROM pg_trigger WHERE tgname = 'change_notice'"
                                 ).fetchall()[0][0] == n
    listener = _listening(pg_url)
    try:
        with open_store(pg_url) as store:
            store.con.execute("INSERT INTO store_meta VALUES ('k', 'v')")
        assert _received(listener) == ["store_meta"]
    finally:
        listener.close()


def _kind(table: str) -> str | None:
    return "accounts" if table == "users" else None if table == "store_meta" else "answers"


def test_a_listener_counts_commits_by_kind_and_a_barrier_waits_for_each_commit_made_before_it(pg_url, pg_cluster,
                                                                                             _pg_template):
    import psycopg

    from sahelwatch.store.pg_notices import PgChangeListener

    send = _sender(pg_url)
    other = pg_cluster.create_database("notices_other", template=_pg_template)
    listener, elsewhere = PgChangeListener(pg_url, _kind), PgChangeListener(other, _kind)
    try:
        assert listener.wait_listening(60) and elsewhere.wait_listening(60)
        answers, accounts = listener.generation("answers"), listener.generation("accounts")
        there = elsewhere.generation("answers")
        with psycopg.connect(pg_url, autocommit=True) as con:
            con.execute("INSERT INTO sahelwatch.programs (program_id) VALUES ('p1')")
        assert listener.barrier(send, 60)
        assert listener.generation("answers") == (answers[0], answers[1] + 1)
        assert listener.generation("accounts") == accounts
        with psycopg.connect(pg_url, autocommit=True) as con:
            con.execute("INSERT INTO sahelwatch.users (name, role, password_hash) VALUES ('u', 'analyst', 'x')")
            con.execute("INSERT INTO sahelwatch.store_meta VALUES ('k', 'v')")
        assert listener.barrier(send, 60)
        assert listener.generation("answers") == (answers[0], answers[1] + 1)
        assert listener.generation("accounts") == (accounts[0], accounts[1] + 1)
        assert elsewhere.barrier(_sender(other), 60)
        assert elsewhere.generation("answers") == there, "another database's commits are not counted"
    finally:
        listener.close()
        elsewhere.close()


def _sender(url: str):
    """``send(channel, payload)`` for a barrier: a notice through a connection of its own to ``url``."""
    import psycopg

    def send(channel: str, payload: str) -> None:
        with psycopg.connect(url, autocommit=True) as con:
            con.execute("SELECT pg_notify(%s, %s)", [channel, payload])
    return send


class _Clock:
    """A clock the test moves by hand. While ``listener_at`` is set, the listener's own thread reads that time: its
    notices to itself, which keep coming, then prove it alive only up to that time, however the test's clock moves."""

    def __init__(self):
        self.now, self.listener_at = 0.0, None
        self._test_thread = threading.current_thread()

    def __call__(self) -> float:
        if self.listener_at is not None and threading.current_thread() is not self._test_thread:
            return self.listener_at
        return self.now


def test_a_listener_not_proved_alive_within_its_trust_window_vouches_for_nothing(pg_url):
    from sahelwatch.store.pg_notices import PgChangeListener

    clock = _Clock()
    listener = PgChangeListener(pg_url, _kind, beat=0.05, trust=5.0, clock=clock)
    try:
        assert listener.wait_listening(60)
        assert listener.generation("answers") is not None
        # six seconds on, with no proof of life since (its notices to itself still come back, dated before): more
        # than the trust window after the last one
        clock.listener_at, clock.now = clock.now, clock.now + 6.0
        assert listener.generation("answers") is None
        assert listener.generation("answers") is None
        clock.listener_at = None  # its next notice to itself proves it alive again
        wait_until(lambda: listener.generation("answers") is not None, "the listener's next notice to itself")
    finally:
        listener.close()
