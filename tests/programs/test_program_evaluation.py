"""Known-answer tests of ``programs evaluate``: simulated panels with a known effect, the staggered
DiD checked against the ``differences`` package, and an effect planted in the real HDX Mali
admin2-month series in a program's cercles from its start, recovered by both methods."""

from __future__ import annotations

import datetime as dt
import json
from html import unescape

import numpy as np
import pandas as pd
import pytest

from sahelwatch.programs.did import NEVER, group_time_effects, staggered_did
from sahelwatch.programs.evaluate import estimate
from sahelwatch.programs.synth import simplex_weights, synthetic_control
from tests.conftest import data_file, require_module
from tests.programs.cli_runner import sw

HDX = "hdx/mali_hrp_political_violence_events_and_fatalities_by_month-year_1997-2020.xlsx"
PCODES = "geo/pcodes_mli_bfa_ner_adm1_adm2.csv"


def _staggered_panel(seed=1, effect=2.0, n=60, months=48, trend_gap=0.0):
    rng = np.random.default_rng(seed)
    y = rng.normal(5, 2, n)[:, None] + np.linspace(0, 3, months)[None, :] + rng.normal(0, 1, (n, months))
    g = np.full(n, NEVER, dtype=np.int64)
    g[:10], g[10:20] = 20, 30
    y[:20] += trend_gap * np.arange(months)[None, :]  # treated areas drifting apart before any start
    for i in range(20):
        y[i, g[i]:] += effect
    return y, g


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_did_recovers_a_known_effect_within_its_interval(seed):
    y, g = _staggered_panel(seed)
    r = staggered_did(y, g)
    assert r.ci_low <= 2.0 <= r.ci_high
    assert abs(r.att - 2.0) < 3 * r.se
    assert r.p_value < 0.01 and r.pre_trend_p > 0.01


def test_did_without_effect_covers_zero():
    y, g = _staggered_panel(4, effect=0.0)
    r = staggered_did(y, g)
    assert r.ci_low <= 0.0 <= r.ci_high


def test_did_flags_diverging_pre_trends():
    y, g = _staggered_panel(5, trend_gap=0.15)
    r = estimate(y, [f"u{i}" for i in range(len(g))], {f"u{i}": int(c) for i, c in enumerate(g) if c != NEVER})
    assert r["pre_trend_p"] < 0.05


def test_group_time_effects_match_the_differences_package():
    require_module("differences")
    from differences import ATTgt

    y, g = _staggered_panel(6)
    n, T = y.shape
    df = pd.DataFrame([(i, t, y[i, t], float(g[i]) if g[i] != NEVER else np.nan) for i in range(n) for t in range(T)],
                      columns=["unit", "time", "y", "cohort"]).set_index(["unit", "time"])
    att = ATTgt(data=df, cohort_column="cohort", base_period="universal")
    res = att.fit(formula="y", control_group="not_yet_treated", progress_bar=False)
    theirs = res.to_pandas() if hasattr(res, "to_pandas") else res
    theirs.columns = [c[-1] if isinstance(c, tuple) else c for c in theirs.columns]
    theirs = theirs.reset_index()
    mine = {(gg, t): a for gg, t, a, *_ in group_time_effects(y, g, pre=T)}
    compared = 0
    for row in theirs.itertuples():
        key = (int(row.cohort), int(row.time))
        if key in mine:
            assert mine[key] == pytest.approx(row.ATT, abs=1e-9)
            compared += 1
    assert compared >= 40
    simple = att.aggregate("simple")
    simple.columns = [c[-1] if isinstance(c, tuple) else c for c in simple.columns]
    assert staggered_did(y, g, pre=T).att == pytest.approx(float(simple["ATT"].iloc[0]), abs=1e-9)


def test_synthetic_control_recovers_a_known_effect():
    rng = np.random.default_rng(7)
    donors = rng.gamma(2.0, 2.0, (30, 1))[:, :1] + np.cumsum(rng.normal(0, 0.5, (30, 60)), axis=1)
    w = np.zeros(30)
    w[[2, 5, 11]] = [0.5, 0.3, 0.2]
    treated = w @ donors + rng.normal(0, 0.05, 60)
    treated[40:] += 3.0
    s = synthetic_control(treated, donors, 40)
    assert s.att == pytest.approx(3.0, abs=0.3)
    assert s.ci_low <= 3.0 <= s.ci_high
    assert s.p_value <= 2 / 31  # the treated series has the largest post/pre RMSPE ratio


def test_simplex_weights_stay_on_the_simplex():
    rng = np.random.default_rng(8)
    d = rng.normal(size=(12, 30))
    w = simplex_weights(d[3] * 0.6 + d[7] * 0.4, d)
    assert w.min() >= 0 and w.sum() == pytest.approx(1.0)
    assert w[3] == pytest.approx(0.6, abs=1e-3) and w[7] == pytest.approx(0.4, abs=1e-3)


def test_neighbours_of_treated_areas_leave_the_controls():
    y, g = _staggered_panel(9)
    ids = [f"u{i}" for i in range(len(g))]
    cohort = {u: int(c) for u, c in zip(ids, g) if c != NEVER}
    r = estimate(y, ids, cohort, neighbours={"u0": ("u50", "u1"), "u51": ("u10",)})
    assert r["excluded_neighbours"] == ["u50"]
    assert "u50" not in r["control_units"] and "u51" in r["control_units"]



#: a fictional program in five real cercles of central Mali, from January 2015
AREAS = ("ML0506", "ML0503", "ML0504", "ML0501", "ML0405")
START = "2015-01-01"
PLANTED = 3.0


@pytest.fixture(scope="module")
def hdx_store(tmp_path_factory):
    from sahelwatch.ingest import ingest_files
    from sahelwatch.programs import import_programs
    from sahelwatch.store import open_store

    tmp = tmp_path_factory.mktemp("hdx")
    db = tmp / "hdx.duckdb"
    csv = tmp / "program.csv"
    csv.write_text("program_id,title,organisation,sector,program_type,country,admin1,admin2,admin2_pcode,start,end,"
                   "budget_usd,source_url\n"
                   + "".join(f"demo-1,Dialogue,ONG Exemple,cohésion sociale,,MLI,,,{a},{START},,,\n" for a in AREAS),
                   encoding="utf-8")
    with open_store(db) as store:
        ingest_files(store, [data_file(HDX)], quarantine_dir=tmp / "q", today=dt.date(2026, 12, 6))
        s = import_programs(store, [csv], quarantine_dir=tmp / "q")
        assert s.as_dict()["programs"] == 1
    return db


@pytest.mark.parametrize("method", ["did", "synth"])
def test_planted_effect_in_real_hdx_series_is_recovered(hdx_store, method):
    from sahelwatch.programs.outcomes import outcome_panel
    from sahelwatch.store import open_store

    with open_store(hdx_store, read_only=True) as store:
        panel, y = outcome_panel(store, source="hdx", outcome="events")
    assert set(AREAS) <= set(panel.unit_ids)
    k = int((np.datetime64(START[:7], "M") - panel.months[0]).astype(int))
    cohort = {u: k for u in AREAS}
    untouched = estimate(y, panel.unit_ids, cohort, method=method)
    planted_y = y.copy()
    for u in AREAS:
        planted_y[panel.unit_ids.index(u), k:] += PLANTED
    planted = estimate(planted_y, panel.unit_ids, cohort, method=method)
    assert planted["att"] - untouched["att"] == pytest.approx(PLANTED, abs=1e-6)
    assert planted["ci_low"] <= untouched["att"] + PLANTED <= planted["ci_high"]


def test_evaluate_command_prints_the_interface_json_and_a_plot(hdx_store, tmp_path):
    png = tmp_path / "es.png"
    r = sw("--db", hdx_store, "--json", "programs", "evaluate", "demo-1", "--source", "hdx", "--plot", png)
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)
    for key in ("program_id", "method", "outcome", "treated_units", "control_units", "att", "ci_low", "ci_high",
                "p_value", "pre_trend_p", "n_pre", "n_post"):
        assert key in d
    assert sorted(d["treated_units"]) == sorted(AREAS) and d["method"] == "did"
    assert any("placement bias" in w for w in d["warnings"]) and any("reporting bias" in w for w in d["warnings"])
    assert d["placebo_time"] is not None and d["placebo_space"]["draws"] > 100
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    r = sw("--db", hdx_store, "programs", "evaluate", "demo-1", "--source", "hdx", "--method", "synth")
    assert r.returncode == 0 and "ATT" in r.stdout, r.stderr
    r = sw("--db", hdx_store, "programs", "evaluate", "demo-1", "--source", "hdx", "--outcome", "civilian_fatalities")
    assert r.returncode == 2 and "civilian" in r.stderr and "Traceback" not in r.stderr


def test_api_lists_shows_and_evaluates_programs(hdx_store):
    from fastapi.testclient import TestClient

    from sahelwatch.api import create_app

    with TestClient(create_app(hdx_store)) as c:
        listed = c.get("/api/v1/programs").json()
        assert listed["count"] == 1 and listed["programs"][0]["n_areas"] == len(AREAS)
        shown = c.get("/api/v1/programs/demo-1").json()
        assert sorted(a["admin2_pcode"] for a in shown["areas"]) == sorted(AREAS)
        missing = c.get("/api/v1/programs/no-such")
        assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"
        ev = c.get("/api/v1/programs/demo-1/evaluation", params={"source": "hdx"})
        assert ev.status_code == 200 and sorted(ev.json()["treated_units"]) == sorted(AREAS)
        for bad in ({"method": "magic"}, {"source": "hdx", "outcome": "civilian_fatalities"}):
            r = c.get("/api/v1/programs/demo-1/evaluation", params=bad)
            assert r.status_code == 422 and "error" in r.json()


def test_stored_events_panel_flags_a_program_placed_where_violence_was_rising(tmp_path):
    """ACLED Mali events (admin2 P-codes from the user's P-code table): a fictional program in five
    cercles of central Mali from 2016, where violence was already rising, fails the pre-trend test, and
    the neighbours of its cercles (by centroid distance: no polygons imported) leave the controls."""
    from sahelwatch.geo.boundaries import import_boundaries
    from sahelwatch.ingest import ingest_files
    from sahelwatch.programs import import_programs
    from sahelwatch.programs.evaluate import evaluate_program
    from sahelwatch.store import open_store

    csv = tmp_path / "p.csv"
    csv.write_text("program_id,title,organisation,sector,program_type,country,admin1,admin2,admin2_pcode,start,end,"
                   "budget_usd,source_url\n"
                   + "".join(f"d1,Radio,ONG Exemple,radio,,MLI,,,{a},2016-01-01,,,\n" for a in AREAS), encoding="utf-8")
    with open_store(tmp_path / "e.duckdb") as store:
        for level in (1, 2):
            import_boundaries(store, data_file(PCODES), level=level)
        ingest_files(store, [data_file("acled/acled_mali_dyadic_1997-2018.csv")], quarantine_dir=tmp_path / "q",
                     today=dt.date(2026, 12, 6))
        import_programs(store, [csv], quarantine_dir=tmp_path / "q")
        r = evaluate_program(store, "d1", outcome="events", method="did", source="events")
        civ = evaluate_program(store, "d1", outcome="civilian_fatalities", method="did", source="events")
    assert r["pre_trend_p"] < 0.05 and any(w.startswith("failed pre-trend test") for w in r["warnings"])
    assert r["spillover"]["neighbours_by"] == "centroid distance" and r["spillover"]["excluded"]
    assert not set(r["spillover"]["excluded"]) & set(r["control_units"])
    assert civ["outcome"] == "civilian_fatalities" and civ["att"] != r["att"]


@pytest.mark.parametrize("lang,words", [("en", ("Placement bias", "Reporting bias", "Effect by month")),
                                        ("fr", ("Biais d'implantation", "Biais de signalement", "Effet par mois"))])
def test_report_section_in_english_and_french(hdx_store, tmp_path, lang, words):
    out = tmp_path / f"section-{lang}.html"
    r = sw("--db", hdx_store, "programs", "report", "demo-1", "--source", "hdx", "--lang", lang, "--out", out)
    assert r.returncode == 0, r.stderr
    html = unescape(out.read_text(encoding="utf-8"))
    assert all(w in html for w in words)
    assert html.count("data:image/png;base64,") == 2  # the map (here bars: no coordinates) and the event study
    assert f'lang="{lang}"' in html
