"""`sahelwatch serve` in one process never blocks `sahelwatch ingest` in another, and the API shows the newly
ingested data without a restart (two real processes on a real DuckDB file): at once to a client that asks for a
fresh answer (``Cache-Control: no-cache``); to the others, within ``--max-stale`` seconds (the answers from before
the write are marked stale meanwhile: tests/api/test_stale_answers_after_a_write.py)."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import urllib.request
from pathlib import Path

from tests.web.conftest import Server

ROOT = Path(__file__).resolve().parents[2]
CHRONOLOGY = sorted((ROOT / "data" / "chronology").glob("events-*.csv"))


def _cli(db: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "sahelwatch", "--db", str(db), "--json", *args],
                          capture_output=True, text=True, timeout=300, cwd=ROOT)


def _get(url: str, fresh: bool = False) -> dict:
    req = urllib.request.Request(url, headers={"Cache-Control": "no-cache"} if fresh else {})
    with urllib.request.urlopen(req, timeout=120) as r:  # a bound against a hang, not a measure
        return json.loads(r.read())


def test_ingest_runs_while_serving_and_the_api_shows_it(tmp_path):
    db = tmp_path / "live.duckdb"
    first, second = CHRONOLOGY
    assert _cli(db, "ingest", str(first)).returncode == 0
    server = Server(db)  # waits until it serves, on a port it could bind, reading its output all along
    base = f"{server.base}/api/v1"
    try:
        before = _get(base + "/events?limit=1")["total"]
        # keep the server busy reading while the other process ingests and links
        stop, answers = threading.Event(), []

        def poll():
            while not stop.is_set():
                try:
                    answers.append(_get(base + "/events?limit=1&country=Mali")["total"])
                except OSError as e:  # a 503 while the writer holds the file is allowed, a hang is not
                    answers.append(str(e))

        poller = threading.Thread(target=poll)
        poller.start()
        try:
            ing = _cli(db, "ingest", str(second))
            link = _cli(db, "link")
        finally:
            stop.set()
            poller.join(timeout=300)
        assert ing.returncode == 0, ing.stderr
        assert link.returncode == 0, link.stderr
        assert answers, "the server answered no request while the ingest ran"
        after = _get(base + "/events?limit=1", fresh=True)["total"]
        inserted = json.loads(ing.stdout)["inserted"]
        assert inserted > 0
        assert after == before + inserted
    finally:
        server.close()


def test_serve_refuses_a_non_loopback_address_and_a_missing_database(tmp_path):
    db = tmp_path / "x.duckdb"
    assert _cli(db, "ingest", str(CHRONOLOGY[0])).returncode == 0
    out = subprocess.run([sys.executable, "-m", "sahelwatch", "--db", str(db), "serve", "--host", "0.0.0.0"],
                         capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert out.returncode == 2 and "loopback" in out.stderr
    out = subprocess.run([sys.executable, "-m", "sahelwatch", "--db", str(tmp_path / "none.duckdb"), "serve"],
                         capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert out.returncode == 2 and "no such database" in out.stderr
    assert not (tmp_path / "none.duckdb").exists()
