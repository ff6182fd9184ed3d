"""The human output of the commands prints data as it is: a name, a reason, a path or a table cell holding
square brackets ("[bold]", "[x]") is shown verbatim, never read as rich markup (styled or dropped), while the
commands' own styling still applies."""

from __future__ import annotations

import io
import os
import subprocess
import sys

import pandas as pd
import pytest
from rich.console import Console

from tests.conftest import ROOT


@pytest.fixture
def shown(monkeypatch):
    """Point the ``stdout`` console of the given CLI modules at a buffer; return a reader of what was printed."""
    buf = io.StringIO()
    console = Console(file=buf, highlight=False, soft_wrap=True, width=400, color_system=None)

    def install(*modules):
        for m in modules:
            monkeypatch.setattr(m, "stdout", console)
        return buf

    return install


def test_an_actor_entry_shows_bracketed_names_and_links_verbatim(shown):
    from sahelwatch.cli import actors

    buf = shown(actors)
    actors._print_actor({
        "id": "grp-[x]", "names": {"en": "Group [bold]of the hills", "fr": "Groupe [x]", "ar": ""},
        "type": "rebel", "inter_code": 2, "family": "[red]family", "affiliation": "none",
        "active": {"from": "2012", "to": None}, "countries": ["MLI"], "aliases": [],
        "predecessors": [{"predecessor": "old [x] front", "relation": "merged", "date": "2017"}],
        "successors": [], "sources": [], "needs_review": False, "note": None,
    })
    out = buf.getvalue()
    for text in ("grp-[x]", "Group [bold]of the hills", "fr: Groupe [x]", "family: [red]family",
                 "from old [x] front (merged, 2017)"):
        assert text in out, out


def test_extraction_problems_and_output_path_are_verbatim(shown):
    from sahelwatch.cli import extract
    from sahelwatch.cli._shell import State

    buf = shown(extract)
    result = {"documents": 2, "events": 1, "out": "runs/[x]/events.jsonl", "by_status": {"coded": 1},
              "problems": [{"file": "news[bold].jsonl", "line": 3, "id": "a[x]", "status": "rejected",
                            "reason": "field [text] is empty"}],
              "linked": 0}
    extract._report(State(db=None, json=False), result, 0)
    out = buf.getvalue()
    assert "-> runs/[x]/events.jsonl" in out, out
    assert "news[bold].jsonl line 3 (a[x]): rejected: field [text] is empty" in out, out


def test_stats_tables_and_analysis_tables_show_bracketed_cells(shown):
    from sahelwatch.cli import analytics, events

    buf = shown(events, analytics)
    row = {"events": 3, "fatalities_best": 4}
    events._human_stats({"events": 3, "fatalities_best": 4, "first_date": "2024-01-01", "last_date": "2024-02-01",
                         "by_source": {"[x]": row}, "by_country": {}, "by_event_type": {}, "by_year": {},
                         "aggregates": {"rows": 0}})
    analytics._table(pd.DataFrame({"actor": ["band [bold]of the east"], "n": [2]}), "actors")
    out = buf.getvalue()
    assert "[x]" in out, out
    assert "band [bold]of the east" in out, out


def test_geo_lookup_names_the_place_asked_for_verbatim(tmp_path):
    env = os.environ | {"SAHELWATCH_TODAY": "2026-11-24", "CI": "1"}
    r = subprocess.run([sys.executable, "-m", "sahelwatch", "--db", str(tmp_path / "none.duckdb"), "geo", "lookup",
                        "Zorbaville [x]"], capture_output=True, text=True, cwd=ROOT, env=env)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "Zorbaville [x]: " in r.stdout, r.stdout


def test_eval_heads_each_report_with_its_bracketed_name(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "t1", "text": "Rien ne s\'est passé à Zorbaville hier.", "lang": "fr", '
                    '"published": "2024-01-02", "gold": []}\n', encoding="utf-8")
    env = os.environ | {"SAHELWATCH_TODAY": "2026-11-24", "CI": "1"}
    r = subprocess.run([sys.executable, "-m", "sahelwatch", "extract", "eval", "--gold", str(gold)],
                       capture_output=True, text=True, cwd=ROOT, env=env)
    assert r.returncode == 0, r.stdout + r.stderr
    assert f"[gold] {gold}" in r.stdout, r.stdout
