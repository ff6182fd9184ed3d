"""Every ingest ends with the actor coverage of the store: unresolved strings by event count."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import ROOT

# rows written for this test: two actors the registry knows, one it cannot know
ROWS = """report_id,event_date,country,admin1,location,latitude,longitude,event_type,actor1,actor2,fatalities_best
r1,2023-03-02,Mali,Mopti,Boni,15.05,-1.95,Battles,JNIM: Group for Support of Islam and Muslims,Military Forces of Mali (2021-),3
r2,2023-03-04,Mali,Mopti,Boni,15.05,-1.95,Battles,Brigade of the Imaginary Dune,Military Forces of Mali (2021-),1
r3,2023-03-09,Mali,Mopti,Douentza,15.0,-2.95,Battles,Brigade of the Imaginary Dune,Civilians (Mali),0
r4,2023-03-11,Niger,Tillaberi,Ouallam,14.32,2.08,Violence against civilians,Islamic State Sahel Province and/or JNIM: Group for Support of Islam and Muslims,Civilians (Niger),2
"""


def sw(*args):
    env = os.environ | {"SAHELWATCH_TODAY": "2026-11-24", "CI": "1"}
    return subprocess.run([sys.executable, "-m", "sahelwatch", *map(str, args)], capture_output=True, text=True,
                          cwd=ROOT, env=env)


def test_ingest_reports_unresolved_actor_strings_by_event_count(tmp_path):
    f = tmp_path / "field.csv"
    f.write_text(ROWS, encoding="utf-8")
    r = sw("--db", tmp_path / "a.duckdb", "--json", "ingest", f)
    assert r.returncode == 0, r.stderr
    cov = json.loads(r.stdout)["actor_coverage"]
    assert (cov["events"], cov["events_fully_resolved"]) == (4, 2)
    assert cov["unresolved"] == [{"name": "Brigade of the Imaginary Dune", "events": 2}]


def test_ingest_prints_the_coverage_for_people_too(tmp_path):
    f = tmp_path / "field.csv"
    f.write_text(ROWS, encoding="utf-8")
    r = sw("--db", tmp_path / "b.duckdb", "ingest", f)
    assert r.returncode == 0, r.stderr
    assert "2 of 4 stored events have every actor resolved (50.0%)" in r.stdout
    assert "unresolved: Brigade of the Imaginary Dune (2 events)" in r.stdout
