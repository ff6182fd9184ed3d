"""The ingest contract: every file is checked before anything is written (exit 2 means the store is
unchanged), a run is stored whole or not at all, each file's rejects reach the quarantine even when a
later file fails, and a process killed at any point leaves the store as it was."""

from __future__ import annotations

import csv
import gzip
import os
import random
import shutil
import signal
import subprocess
import sys
import threading
import time

import pytest

from tests.conftest import ROOT, TODAY, data_file

DYADIC = "acled/acled_mali_dyadic_1997-2018.csv"
MONADIC = "acled/acled_mali_monadic_2017-2018.csv"
GED = "ucdp/ged231_global_sample_1000.csv"


def sw(*args):
    env = os.environ | {"SAHELWATCH_TODAY": TODAY.isoformat(), "CI": "1"}
    return subprocess.run([sys.executable, "-m", "sahelwatch", *map(str, args)], capture_output=True, text=True,
                          cwd=ROOT, env=env)


def state(db) -> dict:
    """What the store holds, without the run-specific ids and times."""
    from sahelwatch.store import open_store

    with open_store(db, read_only=True) as s:
        q = s.con.execute
        return {
            "versions": sorted(q("SELECT event_id, version, content_hash, is_current, deleted, raw_sha256 "
                                 "FROM event_versions").fetchall()),
            "ingests": sorted(q("SELECT path, sha256, status, read, inserted, updated, unchanged, rejected "
                                "FROM ingests").fetchall()),
            "rejections": q("SELECT count(*) FROM rejections").fetchall()[0][0],
            "aggregates": q("SELECT count(*) FROM aggregate_versions").fetchall()[0][0],
            "files": sorted(r[0] for r in q("SELECT sha256 FROM source_files").fetchall()),
        }


def damaged_copy(tmp_path, n_bad=3):
    """The dyadic export with ``n_bad`` rows given an impossible date."""
    lines = data_file(DYADIC).read_text(encoding="utf-8").split("\n")
    header = next(csv.reader([lines[0]]))
    k = header.index("event_date")
    done = 0
    for i in range(1, len(lines)):
        if done == n_bad:
            break
        if '"' in lines[i] or not lines[i]:
            continue
        row = lines[i].split(",")
        row[k] = "2018-02-31"
        lines[i] = ",".join(row)
        done += 1
    out = tmp_path / "damaged.csv"
    out.write_text("\n".join(lines), encoding="utf-8")
    return out


def test_an_unknown_layout_among_good_files_writes_nothing(tmp_path):
    unknown = tmp_path / "unknown.csv"
    unknown.write_text("foo,bar\n1,2\n", encoding="utf-8")
    fresh = tmp_path / "fresh.duckdb"
    r = sw("--db", fresh, "ingest", data_file(DYADIC), unknown)
    assert r.returncode == 2 and "unknown format" in r.stderr and str(unknown) in r.stderr
    assert not fresh.exists(), "not even an empty database is created"
    db = tmp_path / "s.duckdb"
    assert sw("--db", db, "ingest", data_file(GED)).returncode == 0
    before = state(db)
    r = sw("--db", db, "ingest", data_file(DYADIC), unknown)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert state(db) == before


def test_a_file_that_fails_part_way_rolls_the_run_back_and_keeps_earlier_rejects(tmp_path):
    """The second file's header reads, but its gzip stream is cut: the run fails with exit 2, the
    store is as before, and the quarantine still holds the first file's rejects."""
    damaged = damaged_copy(tmp_path)
    whole = gzip.compress(data_file(GED).read_bytes())
    cut = tmp_path / "cut.csv.gz"
    cut.write_bytes(whole[: len(whole) // 2])
    db = tmp_path / "s.duckdb"
    assert sw("--db", db, "ingest", data_file(GED)).returncode == 0
    before = state(db)
    qdir = tmp_path / "q"
    env_q = {"SAHELWATCH_QUARANTINE_DIR": str(qdir)}
    r = subprocess.run([sys.executable, "-m", "sahelwatch", "--db", str(db), "ingest", str(damaged), str(cut)],
                       capture_output=True, text=True, cwd=ROOT,
                       env=os.environ | {"SAHELWATCH_TODAY": TODAY.isoformat(), "CI": "1"} | env_q)
    assert r.returncode == 2, r.stderr
    assert "gzip" in r.stderr and str(cut) in r.stderr and "Traceback" not in r.stderr
    assert state(db) == before
    files = list(qdir.glob("*.csv"))
    assert len(files) == 1
    assert "Nothing was stored" in r.stderr and files[0].name in r.stderr.replace("\n", "")
    with open(files[0], encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 3 and {r["file"] for r in rows} == {str(damaged)}
    assert all("2018-02-31" in r["reason"] for r in rows)


def test_each_ingest_names_the_quarantine_of_its_own_run(store, ingest, tmp_path):
    damaged = damaged_copy(tmp_path)
    first = ingest(damaged, quarantine_dir=tmp_path / "q")
    second = ingest(damaged_copy(tmp_path, n_bad=5), data_file(GED), quarantine_dir=tmp_path / "q")
    assert first.quarantine and second.quarantine and first.quarantine != second.quarantine
    rows = store.con.execute("SELECT path, rejected, quarantine FROM ingests ORDER BY started_at").fetchall()
    assert [(r[1], r[2]) for r in rows] == [(3, first.quarantine), (5, second.quarantine), (0, None)]


def test_a_failed_run_shuts_its_thread_pool_down(store, ingest, tmp_path):
    cut = tmp_path / "cut.csv.gz"
    whole = gzip.compress(data_file(GED).read_bytes())
    cut.write_bytes(whole[: len(whole) // 2])
    before = threading.active_count()
    from sahelwatch.errors import InputError

    with pytest.raises(InputError, match="gzip"):
        ingest(data_file(DYADIC), cut)
    assert threading.active_count() == before
    assert store.events.count() == 0
    assert store.con.execute("SELECT count(*) FROM source_files").fetchall()[0][0] == 0


# --------------------------------------------------------------------------- kill -9

CHILD = r"""
import os, signal, sys
from pathlib import Path
import datetime as dt
from sahelwatch.store import open_store
from sahelwatch.store.ingest_log import IngestLog
from sahelwatch.store.versions import EventVersions
from sahelwatch.ingest import ingest_files

db, qdir, where, nth = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
files = sys.argv[5:]
cls, name = {"keep": (IngestLog, "keep_file"), "upsert": (EventVersions, "upsert"),
             "begin": (IngestLog, "begin"), "finish": (IngestLog, "finish"), "none": (None, None)}[where]
if cls is not None:
    real, calls = getattr(cls, name), []

    def dying(self, *a, **kw):
        out = real(self, *a, **kw)
        calls.append(1)
        if len(calls) == nth:
            os.kill(os.getpid(), signal.SIGKILL)
        return out

    setattr(cls, name, dying)
print("ready", flush=True)
with open_store(db) as store:
    ingest_files(store, [Path(f) for f in files], today=dt.date(2026, 11, 24), quarantine_dir=Path(qdir),
                 slice_rows=700)
"""


def run_child(db, tmp_path, where, nth, files):
    return subprocess.run([sys.executable, "-c", CHILD, str(db), str(tmp_path / "q"), where, str(nth), *map(str, files)],
                          capture_output=True, text=True, cwd=ROOT)


def test_an_ingest_killed_at_any_point_leaves_the_store_as_it_was_and_the_rerun_is_whole(tmp_path):
    files = [damaged_copy(tmp_path), data_file(MONADIC)]
    reference = tmp_path / "reference.duckdb"
    for db in (reference, tmp_path / "s.duckdb"):
        assert run_child(db, tmp_path, "none", 0, [data_file(GED)]).returncode == 0
    db = tmp_path / "s.duckdb"
    before = state(db)
    r = run_child(reference, tmp_path, "none", 0, files)
    assert r.returncode == 0, r.stderr
    whole = state(reference)
    assert whole["versions"] != before["versions"]

    # killed by itself at chosen points: after its file was kept (by the other connection), after
    # the second slice of the first file, as the second file begins, and after the last write
    # before the commit
    for where, nth in [("keep", 1), ("upsert", 2), ("begin", 2), ("finish", 2)]:
        r = run_child(db, tmp_path, where, nth, files)
        assert r.returncode == -signal.SIGKILL, (where, r.returncode, r.stderr)
        got = state(db)
        # the file kept on its own connection may outlive the kill; no event points into it, and
        # the next ingest drops it
        assert {k: v for k, v in got.items() if k != "files"} == {k: v for k, v in before.items() if k != "files"}, where

    # killed from outside, at seeded moments, each on a copy of the store as it was: it is then as
    # it was, or (when the run committed before the signal) whole, never in between
    rng = random.Random(20261206)
    for k in range(3):
        copy = tmp_path / f"copy{k}.duckdb"
        shutil.copyfile(db, copy)
        p = subprocess.Popen([sys.executable, "-c", CHILD, str(copy), str(tmp_path / "q"), "none", "0",
                              *map(str, files)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
        assert p.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 1.0))
        p.send_signal(signal.SIGKILL)
        p.communicate()
        got = state(copy)
        if got["versions"] == whole["versions"]:
            assert got == whole
        else:
            assert {k: v for k, v in got.items() if k != "files"} == {k: v for k, v in before.items() if k != "files"}

    r = run_child(db, tmp_path, "none", 0, files)
    assert r.returncode == 0, r.stderr
    assert state(db) == whole
