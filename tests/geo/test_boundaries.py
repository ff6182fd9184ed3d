"""Importing users' admin boundaries (GADM TopoJSON, OCHA shapefile, HXL P-code table) into DuckDB,
and using them for P-codes in the spatial keys."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from sahelwatch.errors import InputError
from sahelwatch.geo.boundaries import BoundarySet, import_boundaries, read_boundaries
from sahelwatch.geo.keys import spatial_keys
from tests.conftest import data_file as need

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "data"




@pytest.fixture
def db(tmp_path):
    from sahelwatch.store import open_store

    with open_store(tmp_path / "b.duckdb") as store:
        yield store


def test_gadm_topojson_cercles_are_read_with_names_and_country():
    g = read_boundaries(need("geo/gadm36_MLI_2.json"), level=2)
    assert len(g) == 50 and set(g["iso3"]) == {"MLI"}
    assert g.geometry.notna().all() and g.geometry.is_valid.all()
    assert g["pcode"].isna().all()  # GADM ids are not P-codes
    assert {"gourma rharous", "tin essako", "bamako"} <= set(g["name_norm"])
    assert "Timbuktu" in set(g["parent_name"])  # GADM writes it in English; keys fold it to tombouctou


def test_ocha_shapefile_keeps_pcodes_and_parents():
    g = read_boundaries(need("geo/niger_admin2_shapefile/niger_admin2.shp"), level=2)
    assert len(g) == 67 and set(g["iso3"]) == {"NER"}
    assert g["pcode"].str.match(r"^NE\d{4}$").all()
    assert (g["parent_pcode"] == g["pcode"].str[:4]).all()


def test_hxl_pcode_table_skips_the_hashtag_row_and_filters_the_level():
    g1 = read_boundaries(need("geo/pcodes_mli_bfa_ner_adm1_adm2.csv"), level=1)
    g2 = read_boundaries(need("geo/pcodes_mli_bfa_ner_adm1_adm2.csv"), level=2)
    assert not g1["pcode"].str.startswith("#").any()
    assert len(g1) + len(g2) == 196
    assert set(g1["iso3"]) == {"MLI", "BFA", "NER"}
    assert g1.geometry.isna().all()


def test_store_round_trip_and_reimport_replaces_only_its_own_rows(db):
    gadm = read_boundaries(need("geo/gadm36_MLI_2.json"), level=2)
    table = read_boundaries(need("geo/pcodes_mli_bfa_ner_adm1_adm2.csv"), level=2)
    assert db.boundaries.save(gadm) == 50
    db.boundaries.save(table)
    db.boundaries.save(gadm)  # again: replaces its 50 rows, keeps the table's
    back = db.boundaries.load(level=2, iso3="MLI")
    assert len(back) == 50 + (table["iso3"] == "MLI").sum()
    poly = back[back["source"] == "gadm36_MLI_2.json"].sort_values("name")
    ref = gadm.sort_values("name")
    assert poly["name"].tolist() == ref["name"].tolist()
    assert all(a.equals(b) for a, b in zip(poly.geometry, ref.geometry))
    summary = {(r["iso3"], r["source"]): r for r in db.boundaries.summary()}
    assert summary[("MLI", "gadm36_MLI_2.json")]["with_polygon"] == 50


def test_gadm_polygons_plus_ocha_table_give_pcodes_to_every_acled_event(db):
    d = pd.read_csv(need("acled/acled_mali_dyadic_1997-2018.csv"))
    for rel, level in [("geo/gadm36_MLI_2.json", 2), ("geo/pcodes_mli_bfa_ner_adm1_adm2.csv", 1),
                       ("geo/pcodes_mli_bfa_ner_adm1_adm2.csv", 2)]:
        import_boundaries(db, need(rel), level=level)
    bs = BoundarySet(db.boundaries.load())
    k = spatial_keys(d["longitude"], d["latitude"], np.full(len(d), "MLI", dtype=object), d["admin1"], d["admin2"],
                     boundaries=bs)
    assert (k["admin_match"] == "polygon").all()
    assert k["admin2_pcode"].str.match(r"^ML\d{4}$").all()
    assert (k["admin1_pcode"] == k["admin2_pcode"].str[:4]).all()
    # the polygon's cercle agrees with ACLED's own admin2 for the great majority of events
    from sahelwatch.geo.admin_names import admin_norm

    _, acled2 = admin_norm(np.full(len(d), "MLI", dtype=object), d["admin2"].to_numpy(), 2)
    assert (k["admin2_norm"].to_numpy(dtype=object) == acled2).mean() >= 0.95


def test_names_alone_find_pcodes_when_no_polygon_covers_the_point(db):
    import_boundaries(db, need("geo/pcodes_mli_bfa_ner_adm1_adm2.csv"), level=1)
    import_boundaries(db, need("geo/pcodes_mli_bfa_ner_adm1_adm2.csv"), level=2)
    k = spatial_keys([np.nan, -0.03], [np.nan, 14.0], ["MLI", "BFA"], ["Timbuktu", "Sahel"], ["Gourma-Rharous", "Seno"],
                     boundaries=db.boundaries.load())
    assert k["admin_match"].tolist() == ["name", "name"]
    assert k["admin1_pcode"].str.len().tolist() == [4, 4]
    assert k["admin2_pcode"].notna().all()


def test_unreadable_files_and_missing_fields_are_input_errors(tmp_path):
    with pytest.raises(InputError):
        read_boundaries(tmp_path / "nothing.shp", level=1)
    bad = tmp_path / "bad.geojson"
    bad.write_text("{not json")
    with pytest.raises(InputError):
        read_boundaries(bad, level=1)
    with pytest.raises(InputError):
        read_boundaries(need("geo/gadm36_MLI_2.json"), level=2, pcode_field="NO_SUCH_FIELD")


def test_cli_geo_import_then_keys(tmp_path):
    db = tmp_path / "cli.duckdb"
    run = lambda *a: subprocess.run([sys.executable, "-m", "sahelwatch", "--db", str(db), "--json", *a],  # noqa: E731
                                    capture_output=True, text=True, cwd=ROOT)
    r = run("geo", "import", str(need("geo/niger_admin2_shapefile/niger_admin2.shp")), "--level", "2")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["units"] == 67 and out["with_pcode"] == 67 and out["countries"] == ["NER"]
    r = run("geo", "keys", "--lat", "14.21", "--lon", "1.45")  # Tillaberi town
    assert r.returncode == 0, r.stderr
    keys = json.loads(r.stdout)
    assert keys["iso3"] == "NER" and keys["admin2_pcode"].startswith("NE06")
    assert keys["admin1_norm"] == "tillaberi" and keys["liptako_gourma"] is True
    r = run("geo", "import", str(tmp_path / "missing.geojson"), "--level", "1")
    assert r.returncode == 2


def test_import_into_the_project_store(store):
    """The import takes the store (open_store(path)); the store's boundaries part reads the rows back."""
    r = import_boundaries(store, need("geo/pcodes_mli_bfa_ner_adm1_adm2.csv"), level=1)
    assert r == {"file": str(need("geo/pcodes_mli_bfa_ner_adm1_adm2.csv")), "level": 1, "units": 31,
                 "with_pcode": 31, "with_polygon": 0, "countries": ["BFA", "MLI", "NER"]}
    assert len(store.boundaries.load(level=1, iso3="NER")) == 8
