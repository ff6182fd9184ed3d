"""The shipped first-level polygons cover Côte d'Ivoire, Guinea, Algeria and Chad too, under the names ACLED gives
their units (the canonical names of admin_names.csv); a unit that Natural Earth draws together with another is
not shipped rather than shipped under a wrong name; the provenance file names the shipped file's digest and the
digests of the Natural Earth files the build reads."""

from __future__ import annotations

import hashlib
import importlib.util
import re
from pathlib import Path

import numpy as np
import pyarrow.parquet as pq
import pytest

from sahelwatch.geo.admin_names import admin_norm
from sahelwatch.geo.bundled_admin import bundled_admin
from sahelwatch.geo.keys import spatial_keys

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "src" / "sahelwatch" / "geo" / "data"


def _unit(lon: float, lat: float, iso3: str) -> str | None:
    b = bundled_admin(1)
    k = int(b.index.locate(np.array([lon]), np.array([lat]))[0])
    return b.name[k] if k >= 0 and b.iso3[k] == iso3 else None


@pytest.mark.parametrize("town,lon,lat,iso3,unit", [
    # towns that are not the reference points the units were named by
    ("Kélo", 15.81, 9.31, "TCD", "Tandjilé"), ("Adré", 22.20, 13.47, "TCD", "Ouaddaï"),
    ("Bokoro", 17.06, 12.38, "TCD", "Hadjer-Lamis"), ("Moïssala", 17.77, 8.34, "TCD", "Mandoul"),
    ("Ferkessédougou", -5.19, 9.59, "CIV", "Savanes"), ("Soubré", -6.59, 5.78, "CIV", "Bas-Sassandra"),
    ("Danané", -8.15, 7.26, "CIV", "Montagnes"), ("Kamsar", -14.62, 10.65, "GIN", "Boké"),
    ("Kintinian", -9.38, 11.60, "GIN", "Kankan"), ("Timbo", -11.83, 10.63, "GIN", "Mamou"),
    ("El Eulma", 5.69, 36.15, "DZA", "Sétif"), ("Maghnia", -1.73, 34.85, "DZA", "Tlemcen"),
    ("Bou Saâda", 4.17, 35.21, "DZA", "M'sila"),
])
def test_a_town_of_each_new_country_lies_in_its_acled_first_level_unit(town, lon, lat, iso3, unit):
    assert _unit(lon, lat, iso3) == unit, town
    # the keys of an event with no admin names of its own
    k = spatial_keys([lon], [lat], [iso3])
    assert k["admin1_norm"][0] == admin_norm(np.array([iso3], dtype=object), np.array([unit], dtype=object), 1)[1][0]


@pytest.mark.parametrize("place,lon,lat,iso3", [
    ("Abidjan", -4.00, 5.35, "CIV"),      # drawn with part of the Lagunes district (the region of before 2011)
    ("Yamoussoukro", -5.28, 6.82, "CIV"),  # drawn with part of the Lacs district
    ("In Guezzam", 5.77, 19.57, "DZA"),    # a wilaya of 2019 inside Tamanrasset as Natural Earth draws it
    ("Fada", 21.58, 17.19, "TCD"),         # Ennedi Ouest and Ennedi Est are drawn as one
])
def test_a_unit_drawn_together_with_another_gets_no_polygon_rather_than_a_wrong_name(place, lon, lat, iso3):
    assert _unit(lon, lat, iso3) is None, place


def test_every_shipped_unit_of_the_new_countries_is_named_as_acled_names_it():
    t = pq.read_table(DATA / "admin1.parquet").to_pydict()
    counts = {}
    for iso3 in ("CIV", "GIN", "DZA", "TCD"):
        names = np.array([n for c, n in zip(t["iso3"], t["name"]) if c == iso3], dtype=object)
        canon, _ = admin_norm(np.full(len(names), iso3, dtype=object), names, 1)
        assert list(canon) == list(names), iso3
        counts[iso3] = len(names)
    assert counts == {"CIV": 12, "GIN": 8, "DZA": 40, "TCD": 21}


def _build_script():
    spec = importlib.util.spec_from_file_location("build_boundaries", ROOT / "scripts" / "build_boundaries.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_provenance_names_the_shipped_polygons_digest_and_the_sources_the_build_checks():
    text = (DATA / "PROVENANCE.md").read_text(encoding="utf-8")
    recorded = re.search(r"`admin1\.parquet` SHA-256 `([0-9a-f]{64})`", text)
    assert recorded, "PROVENANCE.md gives no digest of admin1.parquet"
    assert hashlib.sha256((DATA / "admin1.parquet").read_bytes()).hexdigest() == recorded.group(1)
    build = _build_script()
    assert {"CIV", "GIN", "DZA", "TCD"} <= set(build.ADMIN1_COUNTRIES)
    for name, digest in build.NE_SHA256.items():
        assert f"`{name}` SHA-256 `{digest}`" in text, name
