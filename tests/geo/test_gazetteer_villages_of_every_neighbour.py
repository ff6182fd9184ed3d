"""The shipped gazetteer holds the villages of Mali, Burkina Faso, Niger and of their neighbours, each from a
source its provenance file names with a digest: the file itself, the GeoNames dumps and the OpenStreetMap
extracts the build read (scripts/build_gazetteer.py checks the digests of what it reads)."""

from __future__ import annotations

import csv
import gzip
import hashlib
import importlib.util
import io
import json
from collections import Counter
from pathlib import Path

import pytest

from sahelwatch.geo.gazetteer import Gazetteer
from sahelwatch.geo.gazetteer_data import DATA_DIR, GEONAMES_FILE, PROVENANCE_FILE

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def prov() -> dict:
    return json.loads((DATA_DIR / PROVENANCE_FILE).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    raw = gzip.decompress((DATA_DIR / GEONAMES_FILE).read_bytes()).decode("utf-8")
    return list(csv.DictReader(io.StringIO(raw)))


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


def _build_script():
    spec = importlib.util.spec_from_file_location("build_gazetteer", ROOT / "scripts" / "build_gazetteer.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_provenance_digest_is_the_shipped_files_and_its_counts_are_the_files(prov, rows):
    assert hashlib.sha256((DATA_DIR / GEONAMES_FILE).read_bytes()).hexdigest() == prov["file_sha256"]
    assert dict(Counter(r["iso3"] for r in rows)) == prov["rows_by_country"]
    assert len(rows) == prov["rows"]
    assert sum(1 for r in rows if r["osm_id"]) == prov["osm_rows"]


def test_the_sources_the_build_checks_are_the_ones_the_provenance_names(prov):
    build = _build_script()
    iso3 = {"ML": "MLI", "BF": "BFA", "NE": "NER", "MR": "MRT", "DZ": "DZA", "SN": "SEN", "GN": "GIN",
            "CI": "CIV", "GH": "GHA", "TG": "TGO", "BJ": "BEN", "NG": "NGA", "TD": "TCD"}
    assert set(build.COUNTRIES) == set(iso3)
    for recorded, checked in ((prov["country_dumps"], build.DUMPS), (prov["osm_extracts"], build.OSM_EXTRACTS)):
        assert set(recorded) == {iso3[cc] for cc in checked}
        for cc, source in checked.items():
            got = recorded[iso3[cc]]
            assert (got["repository"], got["commit"], got["path"], got["sha256"]) == \
                (source["repository"], source["commit"], source["path"], source["sha256"]), cc
            assert len(got["commit"]) == 40 and len(got["sha256"]) == 64


def test_every_neighbour_but_algeria_has_villages_beyond_its_towns_of_500(prov, rows):
    """cities500 holds a country's places of 500 people or more; a GeoNames dump or an OpenStreetMap extract
    adds its villages. Algeria has neither (the stored extract of it is missing), so its towns alone ship."""
    sourced = set(prov["country_dumps"]) | set(prov["osm_extracts"])
    assert sourced == set(prov["countries"]) - {"DZA"}
    for iso3 in sourced:
        villages = prov["rows_by_country"][iso3] - prov["cities500_rows_by_country"][iso3]
        assert villages > 400, iso3
    osm_by_country = Counter(r["iso3"] for r in rows if r["osm_id"])
    # Nigeria, Ghana and Chad: villages from OpenStreetMap, where cities500 had 927, 120 and 74 places (Nigeria's
    # and Ghana's in the units near the watched countries only)
    assert osm_by_country["NGA"] > 15_000 and osm_by_country["GHA"] > 500 and osm_by_country["TCD"] > 10_000
    # every one is placed in a first-level unit of its country
    assert all(r["admin1"] for r in rows if r["iso3"] in ("NGA", "GHA", "TCD"))


@pytest.mark.parametrize("name,country,iso3,admin1", [
    ("Yarume Rafi", "Nigeria", "NGA", "Sokoto"),     # near the Niger border
    ("Bula Mattabe", "Nigeria", "NGA", "Borno"),
    ("Namori", "Ghana", "GHA", "Upper East"),        # near the Burkina Faso border
])
def test_a_village_only_openstreetmap_has_resolves_in_its_state_or_region(gaz, name, country, iso3, admin1):
    best = gaz.lookup(name, country=country, fuzzy=False).best
    assert best is not None and best.kind == "place" and best.iso3 == iso3 and best.admin1 == admin1, name
    assert "osm" in best.sources


def test_a_village_of_chad_resolves_without_a_country_hint(gaz):
    best = gaz.lookup("Tchitchero", fuzzy=False).best
    assert best is not None and best.iso3 == "TCD" and best.kind == "place" and best.admin1


def test_chads_villages_take_the_province_whose_polygon_holds_them(rows):
    """Chad's OpenStreetMap villages are placed by the shipped province polygons; the vote of the nearest named
    places is left for the few that no shipped polygon holds (Ennedi, drawn as one by Natural Earth)."""
    import numpy as np

    from sahelwatch.geo.bundled_admin import bundled_admin

    villages = [r for r in rows if r["iso3"] == "TCD" and r["osm_id"]]
    voted = [r for r in villages if r["admin1_code"] == "nearest"]
    assert len(voted) < 0.01 * len(villages)
    b = bundled_admin(1)
    found = b.index.locate(np.array([float(r["longitude"]) for r in villages]),
                           np.array([float(r["latitude"]) for r in villages]))
    held = [(r["admin1"], b.name[k]) for r, k in zip(villages, found) if k >= 0 and b.iso3[k] == "TCD"]
    assert len(held) > 0.95 * len(villages)
    assert all(own == polygon for own, polygon in held)
