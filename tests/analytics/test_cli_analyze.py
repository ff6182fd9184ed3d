"""``sahelwatch analyze ...`` end to end: a real store file, the real ACLED file, JSON out."""

import json

import pandas as pd
import pytest
from analytics_frames import ACLED_DYADIC, DATA, need
from typer.testing import CliRunner


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    from sahelwatch.cli import app

    path = tmp_path_factory.mktemp("cli") / "events.duckdb"
    r = CliRunner().invoke(app, ["--db", str(path), "--json", "ingest", str(need(ACLED_DYADIC))])
    assert r.exit_code == 0, r.output
    return path


def run(db, *args):
    from sahelwatch.cli import app

    r = CliRunner().invoke(app, ["--db", str(db), "--json", "analyze", *args])
    assert r.exit_code == 0, (r.output, r.exception)
    return json.loads(r.stdout)


def test_trends_json_counts_match_the_file(db, acled_raw):
    out = run(db, "trends", "--freq", "year", "--by", "event_type")
    rows = pd.DataFrame(out["rows"])
    assert rows["events"].sum() == len(acled_raw)
    got = rows[(rows.period.str.startswith("2018")) & (rows.event_type == "Battles")].events.iloc[0]
    assert got == ((acled_raw.event_date.dt.year == 2018) & (acled_raw.event_type == "Battles")).sum()


def test_filters_apply_before_the_analysis(db, acled_raw):
    out = run(db, "trends", "--freq", "year", "--since", "2018-01-01")
    assert sum(r["events"] for r in out["rows"]) == (acled_raw.event_date >= "2018-01-01").sum()


def test_alerts_json_has_reasons(db):
    out = run(db, "alerts", "--as-of", "2018-12-10", "--kind", "surge")  # a week with surges in the file
    assert out["as_of"] == "2018-12-10"
    assert out["alerts"]
    for a in out["alerts"]:
        assert a["kind"] == "surge" and a["value"] >= a["threshold"] and a["reason"]


def test_hotspots_and_human_rights_and_partners(db, acled_raw):
    hot = run(db, "hotspots")
    assert hot["correction"] == "benjamini-hochberg" and any(r["hotspot"] == "hot" for r in hot["rows"])
    mc = run(db, "human-rights", "--view", "mass-casualty", "--threshold", "20")
    assert all(r["civilian_deaths"] >= 20 for r in mc["rows"]) and mc["rows"]
    ba = run(db, "before-after", "--partner", "minusma", "--window-days", "365")
    assert ba["kind"] == "deployment" and ba["caveats"] and ba["comparisons"]


def test_food_security_command_reads_the_ch_file(db):
    out = run(db, "food-security", "--ch", str(need(DATA / "context" / "cadre_harmonise_2014-2021.csv")),
              "--iso3", "MLI", "--lags", "0")
    assert out["associations"] and out["associations"][0]["n_units"] >= 40


def test_unknown_partner_is_a_usage_error(db):
    from sahelwatch.cli import main

    with pytest.raises(SystemExit) as e:
        main(["--db", str(db), "analyze", "before-after", "--partner", "nato"])
    assert e.value.code == 2
