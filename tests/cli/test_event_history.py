"""``events history`` lists every stored version of an event, in human output and with --json."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT, require_file

CHRONOLOGY = ROOT / "data" / "chronology" / "events-2012-2018.csv"


def sw(*args):
    env = os.environ | {"SAHELWATCH_TODAY": "2026-11-24"}
    return subprocess.run([sys.executable, "-m", "sahelwatch", *map(str, args)], capture_output=True, text=True,
                          cwd=ROOT, env=env)


@pytest.fixture(scope="module")
def two_versions(tmp_path_factory):
    """A store where the first chronology event has two versions: its fatalities revised from none to 7."""
    d = tmp_path_factory.mktemp("history")
    with require_file(CHRONOLOGY).open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    first = rows[0]["report_id"]
    db = d / "h.duckdb"
    for name, best in (("v1.csv", None), ("v2.csv", "7")):
        path = d / name
        with path.open("w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=list(rows[0]))
            w.writeheader()
            w.writerows([rows[0] | ({"fatalities_best": best} if best else {}), *rows[1:3]])
        r = sw("--db", db, "ingest", path)
        assert r.returncode == 0, r.stderr
    return db, f"{rows[0]['dataset']}:{first}"


def test_human_history_prints_one_line_per_version_oldest_first(two_versions):
    db, event_id = two_versions
    r = sw("--db", db, "events", "history", event_id)
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr
    lines = r.stdout.strip().splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("v1 ") and lines[0].endswith("fatalities unknown")
    assert lines[1].startswith("v2 ") and lines[1].endswith("fatalities 7")


def test_json_history_holds_every_version(two_versions):
    db, event_id = two_versions
    r = sw("--db", db, "--json", "events", "history", event_id)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["event_id"] == event_id
    assert [v["version"] for v in out["versions"]] == [1, 2]
    assert [v["fatalities_best"] for v in out["versions"]] == [None, 7]
    assert [v["is_current"] for v in out["versions"]] == [False, True]


def test_history_of_an_unknown_event_is_a_clear_error(two_versions):
    db, _ = two_versions
    r = sw("--db", db, "events", "history", "acled:NOPE1")
    assert r.returncode == 2
    assert "no event 'acled:NOPE1'" in r.stderr and "Traceback" not in r.stderr
