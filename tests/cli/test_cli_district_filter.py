"""The command line's --admin2 (district) filter selects the events the API's ``admin2`` parameter selects, on a
real DuckDB store built by the command line from the real ACLED Mali file (with the shared P-code table imported
first, so events carry their district's P-code): the same count as the API and as pandas on the file, whatever
the spelling (accents, case, an alias, "cercle de ...") or a P-code; an unknown district selects no event and
the human output says why."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from tests.cli.conftest import api_total
from tests.cli.test_cli_ingest_export import DYADIC, sw
from tests.conftest import data_file


@pytest.fixture(scope="module")
def acled_rows():
    df = pd.read_csv(data_file(DYADIC), dtype=str, keep_default_na=False)
    df["fatalities"] = pd.to_numeric(df["fatalities"]).astype(int)
    return df


def _stats(db, *args) -> dict:
    r = sw("--db", db, "--json", "stats", *args)
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def test_district_export_and_stats_equal_the_api_and_a_count_of_the_file(district_db, acled_rows, tmp_path):
    in_file = acled_rows[acled_rows["admin2"] == "Douentza"]
    assert len(in_file) > 0
    out = tmp_path / "douentza.csv"
    r = sw("--db", district_db, "events", "export", "--format", "csv", "--out", out, "--admin2", "Douentza")
    assert r.returncode == 0, r.stderr
    assert f"wrote {len(in_file)} events" in r.stdout and "note:" not in r.stderr
    exported = pd.read_csv(out, dtype=str)
    assert len(exported) == len(in_file) and set(exported["admin2"]) == {"Douentza"}
    s = _stats(district_db, "--admin2", "Douentza")
    assert (s["events"], s["fatalities_best"]) == (len(in_file), int(in_file["fatalities"].sum()))
    assert api_total(district_db, {"admin2": "Douentza"}) == len(in_file)


def test_admin2_is_repeatable_and_narrows_with_the_other_filters(district_db, acled_rows):
    both = acled_rows[acled_rows["admin2"].isin(["Gao", "Kidal"])]
    assert _stats(district_db, "--admin2", "Gao", "--admin2", "Kidal")["events"] == len(both)
    battles = both[(both["event_type"] == "Battles") & (both["event_date"] >= "2015-01-01")]
    got = _stats(district_db, "--admin2", "Gao", "--admin2", "Kidal", "--event-type", "Battles",
                 "--since", "2015-01-01")
    assert 0 < got["events"] == len(battles) < len(both)
    assert api_total(district_db, {"admin2": ["Gao", "Kidal"], "event_type": "Battles",
                                    "since": "2015-01-01"}) == len(battles)


@pytest.mark.parametrize("written, source_spelling", [
    ("Ténenkou", "Tenenkou"),               # the canonical spelling, accented; ACLED writes it without
    ("TENENKOU", "Tenenkou"),               # case
    ("Ké-Macina", "Macina"),                # an alias in the admin-name table
    ("cercle de Bandiagara", "Bandiagara"),  # the unit words a French text puts around the name
    ("ML0504", "Douentza"),                 # the P-code of the shared P-code table
])
def test_every_spelling_or_the_pcode_of_a_district_selects_the_same_events(district_db, acled_rows, written,
                                                                           source_spelling):
    n = int((acled_rows["admin2"] == source_spelling).sum())
    assert n > 0
    assert _stats(district_db, "--admin2", written)["events"] == n


def test_an_unknown_district_selects_nothing_and_the_human_output_says_why(district_db, tmp_path):
    out = tmp_path / "none.csv"
    r = sw("--db", district_db, "events", "export", "--format", "csv", "--out", out, "--admin2", "Atlantide")
    assert r.returncode == 0, r.stderr
    assert "wrote 0 events" in r.stdout
    assert "--admin2 'Atlantide' is no district of any stored event" in r.stderr and "selects no event" in r.stderr
    r = sw("--db", district_db, "--json", "events", "export", "--format", "csv", "--out", out, "--admin2", "Atlantide")
    assert r.returncode == 0 and json.loads(r.stdout)["events"] == 0
    assert api_total(district_db, {"admin2": "Atlantide"}) == 0


def test_a_known_district_outside_the_region_asked_for_selects_nothing_without_a_note(district_db):
    r = sw("--db", district_db, "stats", "--admin1", "Gao", "--admin2", "Douentza")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("0 events") and "note:" not in r.stderr


def test_an_analysis_sees_only_the_district(district_db, acled_rows):
    r = sw("--db", district_db, "--json", "analyze", "trends", "--freq", "year", "--admin2", "Tessalit")
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)["rows"]
    assert sum(row["events"] for row in rows) == int((acled_rows["admin2"] == "Tessalit").sum()) > 0
