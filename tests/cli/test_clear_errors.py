"""Odd input to a command gives exit 2 and a message that names what is wrong, never a traceback or an
empty answer that looks like a real one."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT, require_file

CHRONOLOGY = ROOT / "data" / "chronology" / "events-2012-2018.csv"


def sw(*args, cwd=ROOT):
    env = os.environ | {"SAHELWATCH_TODAY": "2026-11-24"}
    return subprocess.run([sys.executable, "-m", "sahelwatch", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, env=env)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    p = tmp_path_factory.mktemp("errors") / "e.duckdb"
    r = sw("--db", p, "ingest", require_file(CHRONOLOGY))
    assert r.returncode == 0, r.stderr
    return p


def _refused(r, *words):
    assert r.returncode == 2, r.stdout + r.stderr
    assert "Traceback" not in r.stderr and r.stdout == ""
    for w in words:
        assert w in r.stderr, r.stderr


def test_training_on_a_csv_that_is_not_an_acled_export_names_the_file_and_the_missing_columns(tmp_path):
    f = tmp_path / "people.csv"
    f.write_text("name,town\nAmadou,Mopti\n", encoding="utf-8")
    _refused(sw("extract", "train", "--csv", f, "--out", tmp_path / "m"), "people.csv", "not an ACLED export",
             "event_date")
    g = tmp_path / "binary.csv"
    g.write_bytes(b"event_date,notes\n\xff\xfe\x00\x81\n")
    _refused(sw("extract", "train", "--csv", g, "--out", tmp_path / "m"), "binary.csv", "cannot read as CSV")


@pytest.mark.parametrize("option, value", [("--lat", "95"), ("--lat", "-90.5"), ("--lon", "181")])
def test_a_point_off_the_globe_is_refused(option, value):
    point = {"--lat": "14.49", "--lon": "-4.19"} | {option: value}
    _refused(sw("geo", "keys", "--lat", point["--lat"], "--lon", point["--lon"]), option)


@pytest.mark.parametrize("args", [("expansion", "--group", "jnim", "--group", "no_such_group"),
                                  ("rivalry", "--a", "jnim", "--b", "no_such_group")])
def test_an_actor_id_the_registry_does_not_know_is_refused_not_answered_with_an_empty_table(db, args):
    _refused(sw("--db", db, "analyze", *args), "no_such_group")


def test_known_actor_ids_still_give_their_table(db):
    r = sw("--db", db, "--json", "analyze", "rivalry", "--a", "jnim", "--b", "isgs", "--freq", "year")
    assert r.returncode == 0, r.stderr


@pytest.mark.parametrize("value", ["0", "-5", "70000"])
def test_serve_refuses_a_cache_bound_out_of_range_before_serving(db, value):
    _refused(sw("--db", db, "serve", "--cache-mb", value), "--cache-mb", "1..65536")


@pytest.mark.parametrize("value", ["-1", "70000"])
def test_serve_refuses_a_copy_bound_out_of_range_before_serving(db, value):
    _refused(sw("--db", db, "serve", "--copy-mb", value), "--copy-mb", "0..65536")
