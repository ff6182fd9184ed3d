"""The ``sahelwatch actors`` commands, through the real Typer app."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from sahelwatch.cli import app

runner = CliRunner()


def _run(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


def test_resolve_prints_one_object_per_name():
    res = _run("actors", "resolve", "GSIM", "Civilians (Mali)")
    assert res.exit_code == 0
    lines = [json.loads(l) for l in res.stdout.splitlines() if l.strip()]
    assert [l["name"] for l in lines] == ["GSIM", "Civilians (Mali)"]
    assert lines[0]["ids"] == ["jnim"] and lines[1]["ids"] == ["civilians"]
    assert {"name", "ids", "method", "confidence"} <= set(lines[0])


@pytest.mark.parametrize("where", ["global", "local"])
def test_resolve_json_is_one_array_in_name_order(where):
    names = ["Military Forces of Mali (2020-2021)", "nothing we know", "EIGS"]
    args = ["--json", "actors", "resolve", *names] if where == "global" else ["actors", "resolve", *names, "--json"]
    res = _run(*args)
    assert res.exit_code == 0
    out = json.loads(res.stdout)
    assert [o["name"] for o in out] == names
    assert out[0]["ids"] == ["fama"] and out[0]["period"] == [2020, 2021]
    assert out[1]["ids"] == [] and out[1]["method"] == "unknown"
    assert out[2]["ids"] == ["isgs"]


def test_resolve_with_a_date_is_date_aware():
    res = _run("--json", "actors", "resolve", "Military Forces of France", "--date", "2013-01-20")
    assert json.loads(res.stdout)[0]["ids"] == ["serval"]


def test_show_prints_the_full_record():
    res = _run("--json", "actors", "show", "jnim")
    assert res.exit_code == 0
    rec = json.loads(res.stdout)
    assert rec["names"]["fr"].startswith("Groupe de soutien")
    assert rec["family"] == "jihadist_al_qaeda" and rec["inter_code"] == 2
    assert {p["predecessor"] for p in rec["predecessors"]} >= {"ansar_dine", "katiba_macina", "al_mourabitoun"}
    assert rec["sources"] and all(s["url"].startswith("http") for s in rec["sources"])
    human = _run("actors", "show", "isgs")
    assert human.exit_code == 0 and "is_sahel" in human.stdout


def test_show_unknown_id_is_a_usage_error():
    res = runner.invoke(app, ["actors", "show", "no_such_actor"])
    assert res.exit_code == 2


def test_lineage_command():
    res = _run("--json", "actors", "lineage", "jnim", "--direction", "predecessors")
    links = json.loads(res.stdout)
    assert {"ansar_dine", "mujao"} <= {l["predecessor"] for l in links}


def test_unresolved_reads_the_store(tmp_path, shared):
    src = shared("acled/acled_legacy_2016_mali.csv")
    db = tmp_path / "t.duckdb"
    ing = runner.invoke(app, ["--db", str(db), "--json", "ingest", str(src)])
    assert ing.exit_code == 0, ing.stdout
    res = _run("--db", str(db), "--json", "actors", "unresolved")
    assert res.exit_code == 0
    report = json.loads(res.stdout)
    assert set(report) >= {"unresolved", "events", "events_fully_resolved", "share_fully_resolved"}
    assert report["events"] > 0
    assert 0.98 <= report["share_fully_resolved"] <= 1.0
    human = _run("--db", str(db), "actors", "unresolved")
    assert "events have every actor resolved" in human.stdout
