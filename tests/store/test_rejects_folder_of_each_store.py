"""Where a run's rejected rows go: the quarantine_dir setting when set, else beside a DuckDB file, else (a
PostgreSQL URL, which has no folder of its own) '<database name>.quarantine' in the working directory, never a
path made of the URL with its user and password."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sahelwatch.settings import Settings

BAD_ROW = "report_id,event_date,country,event_type\nr1,2019-01-02,Mali,Battles\nr2,2019-02-30,Mali,Battles\n"


def _settings(**kw) -> Settings:
    """The settings as the environment would give them, whatever this machine's environment holds."""
    return Settings(_env_file=None, **{"quarantine_dir": None} | kw)


def test_beside_a_duckdb_file_unless_the_setting_names_a_folder(tmp_path):
    db = tmp_path / "events.duckdb"
    assert _settings().quarantine_for(db) == tmp_path / "events.duckdb.quarantine"
    assert _settings().quarantine_for(str(db)) == tmp_path / "events.duckdb.quarantine"
    assert _settings(quarantine_dir=tmp_path / "rejects").quarantine_for(db) == tmp_path / "rejects"


def test_a_postgresql_url_gives_its_database_name_in_the_working_directory_without_user_or_password(tmp_path):
    url = "postgresql://analyst:s3cret@db.example.org:5433/sahel_events?sslmode=require"
    for db in (url, Path(url), "postgres://analyst:s3cret@db.example.org/sahel_events"):  # --db gives a Path
        folder = _settings().quarantine_for(db)
        assert folder == Path("sahel_events.quarantine"), db
        assert "s3cret" not in str(folder) and "analyst" not in str(folder)
    # the database named by a parameter, by nothing (the server's default), or in characters unfit for a file name
    assert _settings().quarantine_for("postgresql://h/?dbname=watch") == Path("watch.quarantine")
    assert _settings().quarantine_for("postgresql://analyst@h:5432") == Path("postgresql.quarantine")
    assert _settings().quarantine_for("postgresql://h/..%2Fup") == Path("_up.quarantine")
    assert _settings(quarantine_dir=tmp_path / "q").quarantine_for(url) == tmp_path / "q"


def _ingest(db, field: Path, cwd: Path, **env):
    e = {k: v for k, v in os.environ.items() if k != "SAHELWATCH_QUARANTINE_DIR"}
    e |= {"SAHELWATCH_TODAY": "2026-11-24", "CI": "1"} | env
    return subprocess.run([sys.executable, "-m", "sahelwatch", "--db", str(db), "--json", "ingest", str(field)],
                          capture_output=True, text=True, cwd=cwd, env=e)


def _quarantined(r, cwd: Path) -> Path:
    """The quarantine CSV the run names (relative to the folder it ran in), holding the one bad row."""
    assert r.returncode == 1, r.stderr  # one row rejected
    out = json.loads(r.stdout)
    with open(cwd / out["quarantine"], encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert [row["line"] for row in rows] == ["3"] and "2019-02-30" in rows[0]["reason"]
    return Path(out["quarantine"])


def test_ingest_into_a_duckdb_file_writes_its_rejects_beside_it_or_where_the_setting_says(tmp_path):
    field = tmp_path / "field.csv"
    field.write_text(BAD_ROW, encoding="utf-8")
    db = tmp_path / "a.duckdb"
    assert _quarantined(_ingest(db, field, tmp_path), tmp_path).parent == tmp_path / "a.duckdb.quarantine"
    r = _ingest(tmp_path / "b.duckdb", field, tmp_path, SAHELWATCH_QUARANTINE_DIR=str(tmp_path / "q"))
    q = _quarantined(r, tmp_path)
    assert q.parent == tmp_path / "q"
    assert not (tmp_path / "b.duckdb.quarantine").exists()


def test_ingest_into_postgresql_writes_its_rejects_under_the_database_name_not_the_url(pg_url, tmp_path):
    field = tmp_path / "field.csv"
    field.write_text(BAD_ROW, encoding="utf-8")
    work = tmp_path / "work"
    work.mkdir()
    # the session's cluster trusts its superuser, so a password in the URL is accepted and unused
    scheme, rest = pg_url.split("://", 1)
    user, server = rest.split("@", 1)
    url = f"{scheme}://{user}:s3cret@{server}"
    r = _ingest(url, field, work)
    q = _quarantined(r, work)
    name = pg_url.rsplit("/", 1)[1]
    assert q.parent == Path(f"{name}.quarantine")
    assert sorted(p.name for p in work.iterdir()) == [f"{name}.quarantine"]  # no folder named after the URL
    assert "s3cret" not in r.stdout + r.stderr


def test_a_url_that_does_not_parse_is_refused_by_name_without_its_password(tmp_path):
    """An unclosed IPv6 bracket: the quarantine folder's name cannot be read from it (it was a traceback), nor can
    the driver connect (its message quoted the URL with the password): both say so without the password."""
    from sahelwatch.errors import StoreError
    from sahelwatch.store import open_store

    url = "postgresql://analyst:s3cret@[::1/sahel_events"
    field = tmp_path / "field.csv"
    field.write_text(BAD_ROW, encoding="utf-8")
    r = _ingest(url, field, tmp_path)
    assert r.returncode == 2 and "Traceback" not in r.stderr, r.stderr
    assert "not a database URL" in r.stderr and "analyst:***@" in r.stderr and "s3cret" not in r.stdout + r.stderr
    with pytest.raises(StoreError) as opened:
        open_store(url)
    assert "s3cret" not in str(opened.value), opened.value
