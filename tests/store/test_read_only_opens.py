"""Commands that only read open the store read-only and close it: a missing database is a clear
error with exit 2 (never a new, empty database), and an existing one is left byte for byte."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT

READ_COMMANDS = [
    ["stats"],
    ["events", "export", "--format", "csv", "--out", "{tmp}/out.csv"],
    ["events", "history", "acled:X1"],
    ["events", "clusters", "--out", "{tmp}/clusters.csv"],
    ["actors", "unresolved"],
    ["geo", "boundaries"],
    ["analyze", "trends"],
    ["report", "--since", "2020-01-01", "--until", "2020-03-31", "--out", "{tmp}/r.html"],
    ["forecast", "run", "--origin", "2020-01", "--out", "{tmp}/f.csv"],
]
#: commands that rework stored events: they write, but a mistyped path must not become a database
REWORK_COMMANDS = [["link"], ["derive"], ["enrich"], ["geo", "learn"]]


def sw(*args):
    env = os.environ | {"SAHELWATCH_TODAY": "2026-11-24", "CI": "1"}
    return subprocess.run([sys.executable, "-m", "sahelwatch", *map(str, args)], capture_output=True, text=True,
                          cwd=ROOT, env=env)


@pytest.mark.parametrize("command", READ_COMMANDS + REWORK_COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_a_missing_database_is_an_error_and_is_not_created(tmp_path, command):
    db = tmp_path / "mistyped.duckdb"
    r = sw("--db", db, *[a.format(tmp=tmp_path) for a in command])
    assert r.returncode == 2, (r.returncode, r.stderr)
    assert "no such database" in r.stderr and str(db) in r.stderr
    assert "Traceback" not in r.stderr
    assert not db.exists() and not db.with_suffix(".duckdb.wal").exists()


def test_read_commands_leave_an_existing_database_unchanged(tmp_path):
    from sahelwatch.store import open_store

    db = tmp_path / "s.duckdb"
    open_store(db).close()
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    for command in (["stats"], ["actors", "unresolved"], ["geo", "boundaries"]):
        r = sw("--db", db, "--json", *command)
        assert r.returncode == 0, (command, r.stderr)
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert not db.with_suffix(".duckdb.wal").exists()


def test_a_read_only_store_refuses_writes(tmp_path):
    from sahelwatch.store import open_store

    db = tmp_path / "s.duckdb"
    open_store(db).close()
    with open_store(db, read_only=True) as store:
        assert store.read_only
        with pytest.raises(Exception, match="read-only"):
            store.con.execute("DELETE FROM ingests")
