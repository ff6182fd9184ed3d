"""The accounts and a DuckDB file read from its in-memory copy: a write to the accounts (a sign-in's one-time-code
step, a rehashed password, a new account) leaves every cached answer current, while the access check's account
count follows the accounts, and the first account added by another process closes the open (loopback, no account)
mode as soon as that process lets go of the file. Behaviour on real stores; no timing."""

from __future__ import annotations

import subprocess
import sys

from tests.api.test_serve_reads_while_another_process_writes import _client, _Clock
from tests.api.test_stale_answers_after_a_write import _write


def test_a_write_to_the_accounts_leaves_the_answers_current_and_the_count_follows(tmp_path):
    from sahelwatch.access.users import add_user
    from sahelwatch.store import open_store

    db = str(tmp_path / "store.duckdb")
    _write(db, tmp_path, "U-1", "U-2")
    with _client(db, _Clock()) as client:
        database = client.app.state.db
        assert client.get("/api/v1/aggregates?place=admin1").status_code == 200  # loopback, no account yet
        before = database.signature()
        with open_store(db) as store:
            add_user(store, "awa", "analyst", password="a long test passphrase", actor="test")
        assert database.signature() == before  # no answer reads the accounts
        assert client.get("/api/v1/aggregates?place=admin1").status_code == 401  # the account count did change
        assert database.account_count() == 1
        with open_store(db) as store:
            store.users.update("awa", last_otp_step=12345)  # what a sign-in with a one-time code writes
        assert database.signature() == before
        assert database.account_count() == 1
        answers = [k for k, e in database._cache.items() if e.sig == before]
        assert ("json", "agg") in {k[:2] for k in answers}, "the answer computed before the writes is still current"


def test_the_first_account_added_by_another_process_closes_the_open_mode_when_its_hold_ends(tmp_path):
    db = str(tmp_path / "store.duckdb")
    _write(db, tmp_path, "U-1")
    clock = _Clock()  # never advanced: the count must not wait for the pause after a try that found the file held
    with _client(db, clock) as client:
        assert client.get("/api/v1/events?limit=1").status_code == 200  # loopback, no account
        adder = subprocess.Popen(
            [sys.executable, "-c",
             "import sys\nfrom sahelwatch.access.users import add_user\nfrom sahelwatch.store import open_store\n"
             "store = open_store(sys.argv[1])\n"
             "add_user(store, 'awa', 'analyst', password='a long test passphrase', actor='test')\n"
             "print('added', flush=True)\nsys.stdin.read()\nstore.close()\n", db],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        try:
            assert adder.stdout.readline().strip() == "added"  # the account committed, the file still held
            # during the hold, the last state the server can read (before the account): still open to loopback
            assert client.get("/api/v1/events?limit=1").status_code == 200
        finally:
            adder.stdin.close()
            assert adder.wait(timeout=60) == 0
        assert client.get("/api/v1/events?limit=1").status_code == 401  # the first request after the hold
