"""The command line keeps the stable outside interface: verbs, JSON fields, exit codes, formats."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys

import pandas as pd
import pytest

from tests.conftest import ROOT, data_file

DYADIC = "acled/acled_mali_dyadic_1997-2018.csv"
GED = "ucdp/ged231_global_sample_1000.csv"


def sw(*args, env=None, check=True):
    e = os.environ | {"SAHELWATCH_TODAY": "2026-11-24", "CI": "1"} | (env or {})
    r = subprocess.run([sys.executable, "-m", "sahelwatch", *map(str, args)], capture_output=True, text=True,
                       cwd=ROOT, env=e)
    return r


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    p = tmp_path_factory.mktemp("cli") / "cli.duckdb"
    r = sw("--db", p, "--json", "ingest", data_file(DYADIC), data_file(GED))
    assert r.returncode == 0, r.stderr
    return p


def test_ingest_json_summary_has_the_interface_fields(tmp_path):
    p = tmp_path / "a.duckdb"
    r = sw("--db", p, "--json", "ingest", data_file(DYADIC))
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert set(out) >= {"files", "read", "inserted", "updated", "unchanged", "rejected", "quarantine"}
    assert (out["read"], out["inserted"], out["rejected"], out["quarantine"]) == (2456, 2456, 0, None)
    r = sw("--db", p, "--json", "ingest", data_file(DYADIC))
    out = json.loads(r.stdout)
    assert (out["inserted"], out["updated"], out["unchanged"]) == (0, 0, 2456)


def test_rejected_rows_give_exit_code_1_and_a_quarantine_path(tmp_path):
    f = tmp_path / "field.csv"
    f.write_text("report_id,event_date,country,event_type\nr1,2019-01-02,Mali,Battles\nr2,2019-02-30,Mali,Battles\n",
                 encoding="utf-8")
    r = sw("--db", tmp_path / "b.duckdb", "--json", "ingest", f)
    assert r.returncode == 1, r.stderr
    out = json.loads(r.stdout)
    assert out["rejected"] == 1 and out["inserted"] == 1
    with open(out["quarantine"], encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert rows[0]["line"] == "3" and "2019-02-30" in rows[0]["reason"]


def test_unknown_format_exits_2_and_names_expected_columns(tmp_path):
    f = tmp_path / "x.csv"
    f.write_text("foo,bar\n1,2\n", encoding="utf-8")
    db = tmp_path / "c.duckdb"
    r = sw("--db", db, "ingest", f)
    assert r.returncode == 2
    assert "unknown format" in r.stderr and "event_id_cnty" in r.stderr and str(f) in r.stderr
    r = sw("--db", db, "ingest", tmp_path / "missing.csv")
    assert r.returncode == 2 and "no such file" in r.stderr


def test_csv_export_has_the_stable_columns_and_ucdp_best(db, tmp_path):
    out = tmp_path / "e.csv"
    r = sw("--db", db, "events", "export", "--format", "csv", "--out", out)
    assert r.returncode == 0, r.stderr
    df = pd.read_csv(out, dtype=str, keep_default_na=False)
    stable = ["event_id", "source", "source_event_id", "event_date", "country", "admin1", "admin2", "location",
              "latitude", "longitude", "event_type", "sub_event_type", "actor1", "actor2", "fatalities_low",
              "fatalities_best", "fatalities_high", "notes"]
    assert set(stable) <= set(df.columns)
    assert len(df) == 2456 + 1000
    ged = pd.read_csv(data_file(GED), dtype=str)
    got = df[df.source == "ucdp-ged"].set_index("source_event_id")["fatalities_best"]
    assert (got.loc[ged["id"]].values == ged["best"].values).all()


def test_filters_apply_to_export(db, tmp_path):
    out = tmp_path / "f.csv"
    r = sw("--db", db, "events", "export", "--format", "csv", "--out", out, "--country", "Mali",
           "--event-type", "Battles", "--since", "2015-01-01", "--until", "2015-12-31")
    assert r.returncode == 0, r.stderr
    df = pd.read_csv(out, dtype=str)
    src = pd.read_csv(data_file(DYADIC), dtype=str)
    expected = src[(src.event_type == "Battles") & (src.event_date >= "2015-01-01") & (src.event_date <= "2015-12-31")]
    ged = pd.read_csv(data_file(GED), dtype=str)
    ged_mali = ged[(ged.country == "Mali") & (ged.type_of_violence.isin(["1", "2"]))
                   & (ged.date_start.str[:10] >= "2015-01-01") & (ged.date_start.str[:10] <= "2015-12-31")]
    assert len(df) == len(expected) + len(ged_mali)


@pytest.mark.parametrize("fmt", ["geojson", "parquet", "hxl"])
def test_other_export_formats(db, tmp_path, fmt):
    out = tmp_path / f"e.{fmt}"
    r = sw("--db", db, "--json", "events", "export", "--format", fmt, "--out", out, "--country", "MLI")
    assert r.returncode == 0, r.stderr
    n = json.loads(r.stdout)["events"]
    ged = pd.read_csv(data_file(GED), dtype=str)
    assert n == 2456 + (ged.country == "Mali").sum()
    if fmt == "geojson":
        doc = json.loads(out.read_text(encoding="utf-8"))
        assert doc["type"] == "FeatureCollection" and len(doc["features"]) == n
        f0 = doc["features"][0]
        assert f0["geometry"]["type"] == "Point" and "event_type" in f0["properties"]
    elif fmt == "parquet":
        assert len(pd.read_parquet(out)) == n
    else:
        rows = list(csv.reader(out.open(encoding="utf-8")))
        assert rows[1][0] == "#event+id" and all(t.startswith("#") for t in rows[1] if t)
        assert len(rows) == n + 2


def test_stats_json_counts_by_source_country_year_and_type(db):
    r = sw("--db", db, "--json", "stats")
    assert r.returncode == 0, r.stderr
    s = json.loads(r.stdout)
    assert s["by_source"]["acled"]["events"] == 2456
    assert s["by_source"]["ucdp-ged"]["events"] == 1000
    src = pd.read_csv(data_file(DYADIC), dtype=str)
    ged = pd.read_csv(data_file(GED), dtype=str)
    assert s["by_year"]["2018"]["events"] == (src.year == "2018").sum() + (ged.year == "2018").sum()
    assert set(s) >= {"by_source", "by_country", "by_year", "by_event_type"}


def test_python_dash_m_and_console_script_agree():
    r = sw("--help")
    assert r.returncode == 0 and "ingest" in r.stdout
