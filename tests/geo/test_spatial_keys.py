"""Spatial keys: PRIO-GRID against UCDP, H3, border distance against independent answers,
admin names, the Liptako-Gourma flag, and keys on the real ACLED Mali files."""

from __future__ import annotations

from pathlib import Path

import h3
import numpy as np
import pandas as pd
import pytest
from pyproj import Geod

from sahelwatch.geo.borders import border_distance, border_pairs, country_borders
from sahelwatch.geo.country_codes import gw_to_iso3
from sahelwatch.geo.keys import (
    KEY_COLUMNS,
    h3_cells,
    priogrid_gid,
    spatial_keys,
    tripoint,
)
from tests.conftest import data_file as need

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "data"
GEOD = Geod(ellps="WGS84")

BAMAKO = (-8.0029, 12.6392)
# Kourémalé, the Mali-Guinea border post on the Bamako-Siguiri road: a point on the border
KOUREMALE = (-8.79, 11.96)




def test_priogrid_matches_ucdp_on_every_row():
    u = pd.read_csv(need("ucdp/ged231_global_sample_1000.csv"))
    gid = priogrid_gid(u["longitude"], u["latitude"])
    assert (gid == u["priogrid_gid"].to_numpy()).all()


def test_priogrid_corners_follow_the_definition():
    # cell 1 is the south-west corner; the last cell is at the north-east corner
    assert list(priogrid_gid([-180.0, 179.99, 180.0], [-90.0, 89.99, 90.0])) == [1, 259200, 259200]
    assert np.isnan(priogrid_gid([np.nan], [10.0])[0])


def test_h3_cells_are_h3_v4_cells_at_resolution_5():
    rng = np.random.default_rng(1)
    lat = rng.uniform(10, 25, 200)
    lon = rng.uniform(-12, 5, 200)
    got = h3_cells(lon, lat)
    assert list(got) == [h3.latlng_to_cell(a, b, 5) for a, b in zip(lat, lon)]
    assert h3_cells([np.nan], [1.0])[0] is None


def test_bamako_is_about_110_km_from_guinea():
    km, across = border_distance(np.array(["MLI"], dtype=object), [BAMAKO[0]], [BAMAKO[1]])
    # Kouremale lies on the border, so the nearest border point is no farther than it
    upper = GEOD.inv(*BAMAKO, *KOUREMALE)[2] / 1000
    assert across[0] == "GIN"
    assert 95 < km[0] <= upper + 2
    assert 100 <= upper <= 140


def test_points_on_the_mali_burkina_border_are_at_zero_km():
    cb = country_borders("MLI")
    on_bfa = np.flatnonzero(cb.other == "BFA")[::25]
    mx = (cb.ax[on_bfa] + cb.bx[on_bfa]) / 2
    my = (cb.ay[on_bfa] + cb.by[on_bfa]) / 2
    km, across = border_distance(np.array(["MLI"] * mx.size, dtype=object), mx, my)
    assert (km < 0.05).all()
    assert set(across) == {"BFA"}
    # and from the Burkinabe side the same points are on the border with Mali
    km_b, across_b = border_distance(np.array(["BFA"] * mx.size, dtype=object), mx, my)
    assert (km_b < 0.05).all() and set(across_b) == {"MLI"}


def test_border_distance_agrees_with_a_brute_force_geodesic_reference():
    """Compare with the WGS84 geodesic distance to densely sampled border points (pyproj)."""
    rng = np.random.default_rng(7)
    lon = rng.uniform(-11.5, 3.5, 150)
    lat = rng.uniform(10.5, 24.5, 150)
    inside = spatial_keys(lon, lat)["iso3"].to_numpy(dtype=object) == "MLI"
    lon, lat = lon[inside], lat[inside]
    km, _ = border_distance(np.array(["MLI"] * lon.size, dtype=object), lon, lat)
    cb = country_borders("MLI")
    dense = []
    for ax, ay, bx, by in zip(cb.ax, cb.ay, cb.bx, cb.by):
        k = max(2, int(np.hypot(bx - ax, by - ay) / 0.01) + 1)  # a point every ~1 km
        dense.append(np.c_[np.linspace(ax, bx, k), np.linspace(ay, by, k)])
    dense = np.concatenate(dense)
    ref = np.array([
        GEOD.inv(np.full(len(dense), x), np.full(len(dense), y), dense[:, 0], dense[:, 1])[2].min() / 1000
        for x, y in zip(lon, lat)
    ])
    # sphere vs ellipsoid (< 0.5 %) and ~1 km sampling of the reference
    assert np.all(np.abs(km - ref) <= 0.006 * ref + 1.0), np.abs(km - ref).max()


def test_island_countries_have_no_border_distance():
    km, across = border_distance(np.array(["ISL", None], dtype=object), [-21.9, 0.0], [64.1, 10.0])
    assert np.isnan(km).all() and list(across) == [None, None]


def test_every_neighbour_of_mali_is_a_border():
    pairs = {tuple(sorted(p[:2])) for p in border_pairs()}
    for other in ("BFA", "CIV", "DZA", "GIN", "MRT", "NER", "SEN"):
        assert tuple(sorted(("MLI", other))) in pairs


def test_tripoint_is_where_the_literature_puts_it():
    lon, lat = tripoint()
    assert abs(lat - 14.9) < 0.15 and abs(lon - 0.23) < 0.15


def test_liptako_gourma_flag_follows_admin1():
    lon = [-3.5, -8.0, 0.5, 1.5, 3.0, -1.5, np.nan]
    lat = [14.9, 12.6, 14.2, 14.0, 13.0, 12.4, np.nan]
    iso3 = ["MLI", "MLI", "BFA", "NER", "NGA", "BFA", "BFA"]
    admin1 = ["Mopti", "Bamako", "Sahel", "Tillaberi", "Sokoto", "Centre", None]
    k = spatial_keys(lon, lat, iso3, admin1)
    assert k["liptako_gourma"].tolist()[:6] == [True, False, True, True, False, False]
    assert k["liptako_gourma"].isna().tolist()[6]  # a Burkinabe event with no place at all


def test_bundled_units_give_admin1_when_the_source_gives_none():
    # Dori (Seno, Sahel), Djibo (Soum, Sahel), Mopti, Gao, Tillaberi, Ouagadougou
    lon = [-0.03, -1.63, -4.18, -0.04, 1.45, -1.52]
    lat = [14.03, 14.10, 14.49, 16.27, 14.21, 12.37]
    k = spatial_keys(lon, lat, ["BFA", "BFA", "MLI", "MLI", "NER", "BFA"])
    assert k["admin1_norm"].tolist() == ["sahel", "sahel", "mopti", "gao", "tillaberi", "centre"]
    assert k["admin2_norm"].tolist()[:2] == ["seno", "soum"]
    assert set(k["admin_match"]) == {"bundled"}
    assert k["liptako_gourma"].tolist() == [True, True, True, True, True, False]


@pytest.mark.parametrize("town,lon,lat,iso3,unit", [
    # towns that are not the reference points the units were named by
    ("Zaria", 7.70, 11.07, "NGA", "kaduna"), ("Bama", 13.69, 11.52, "NGA", "borno"),
    ("Mubi", 13.26, 10.27, "NGA", "adamawa"), ("Potiskum", 11.07, 11.71, "NGA", "yobe"),
    ("Onitsha", 6.79, 6.15, "NGA", "anambra"), ("Malanville", 3.39, 11.87, "BEN", "alibori"),
    ("Tanguieta", 1.26, 10.62, "BEN", "atacora"), ("Mango", 0.47, 10.36, "TGO", "savanes"),
    ("Bawku", -0.24, 11.06, "GHA", "upper east"), ("Techiman", -1.94, 7.59, "GHA", "brong ahafo"),
    ("Bassikounou", -5.90, 15.87, "MRT", "hodh ech chargui"), ("Bakel", -12.46, 14.90, "SEN", "tambacounda"),
    ("Podor", -14.96, 16.65, "SEN", "saint louis"), ("Douentza", -2.95, 15.00, "MLI", "mopti"),
    ("Niono", -5.99, 14.25, "MLI", "segou"), ("Menaka", 2.40, 15.92, "MLI", "menaka"),  # OCHA 2021: a region
    ("Ayorou", 0.92, 14.73, "NER", "tillaberi"), ("Arlit", 7.38, 18.74, "NER", "agadez"),
    ("Arbinda", -0.87, 14.23, "BFA", "sahel"),
])
def test_bundled_units_place_towns_that_are_not_their_reference_points(town, lon, lat, iso3, unit):
    k = spatial_keys([lon], [lat], [iso3])
    assert k["admin1_norm"][0] == unit, town


def test_bundled_units_match_gadm_regions():
    """The shipped regions overlap GADM's (a different, independent drawing) by IoU >= 0.85. GADM 3.6 draws
    Mali's regions of before 2016: its Gao is the shipped Gao and Ménaka together."""
    import shapely

    from sahelwatch.geo.admin_names import admin_norm
    from sahelwatch.geo.boundaries import read_boundaries
    from sahelwatch.geo.bundled_admin import bundled_admin

    lv = bundled_admin(1)
    for iso3 in ("MLI", "BFA", "NER"):
        ref = read_boundaries(need(f"geo/gadm36_{iso3}_1.json"), level=1)
        _, ref_norm = admin_norm(ref["iso3"].to_numpy(), ref["name"].to_numpy(), 1)
        ref_by = dict(zip(ref_norm, ref.geometry))
        mine = [(n, g) for c, n, g in zip(lv.iso3, lv.name_norm, lv.geometry) if c == iso3]
        if iso3 == "MLI" and "menaka" not in ref_by:
            merged = shapely.union_all([g for n, g in mine if n in ("gao", "menaka")])
            mine = [(n, g) for n, g in mine if n not in ("gao", "menaka")] + [("gao", merged)]
        assert {n for n, _ in mine} == set(ref_by)
        for n, g in mine:
            r = ref_by[n]
            iou = shapely.area(shapely.intersection(g, r)) / shapely.area(shapely.union(g, r))
            floor = 0.4 if n in ("bamako", "niamey") else 0.85  # small city districts
            assert iou >= floor, (iso3, n, iou)


def test_admin_names_are_canonical_and_accent_folded():
    k = spatial_keys([-3.0, -3.0, -6.3, -6.3, 2.0], [16.8, 16.8, 13.4, 13.4, 16.3],
                     ["MLI"] * 5, ["Timbuktu", "Tombouctou", "Ségou", "SEGOU", "Ménaka"],
                     ["Gourma Rharous", "Gourma-Rharous", "Macina", "Ké-Macina", "Andéramboukane"])
    assert k["admin1_norm"].tolist() == ["tombouctou", "tombouctou", "segou", "segou", "menaka"]
    assert k["admin2_norm"].tolist() == ["gourma rharous", "gourma rharous", "macina", "macina", "anderamboukane"]
    assert k["admin_match"].tolist() == ["name"] * 5


def test_keys_on_the_acled_mali_file():
    d = pd.read_csv(need("acled/acled_mali_dyadic_1997-2018.csv"))
    k = spatial_keys(d["longitude"], d["latitude"], np.full(len(d), "MLI", dtype=object), d["admin1"], d["admin2"])
    assert list(k.columns) == list(KEY_COLUMNS)
    assert len(k) == len(d)
    assert (k["iso3"] == "MLI").all()
    assert k["priogrid_gid"].notna().all() and k["h3"].notna().all()
    assert set(k["admin1_norm"]) <= {"bamako", "gao", "kayes", "kidal", "koulikoro", "mopti", "segou", "sikasso",
                                     "tombouctou"}
    assert k["admin2_norm"].nunique() >= 45
    # the Malian events reach every neighbour but are nearest to Burkina Faso most often
    assert k["border_iso3"].value_counts().index[0] == "BFA"
    assert (k["border_km"] >= 0).all() and k["border_km"].max() < 700
    # Mopti, Gao and Timbuktu events dominate the 1997-2018 file: most are in the zone
    assert 0.5 < k["liptako_gourma"].astype(bool).mean() < 0.8


def test_country_is_located_when_the_source_gives_none():
    ucdp = pd.read_csv(need("ucdp/ged231_global_sample_1000.csv"))
    k = spatial_keys(ucdp["longitude"], ucdp["latitude"])
    # located countries agree with UCDP's own on >= 95 % (the rest: border towns, Gaza, ...)
    assert (k["iso3"].to_numpy(dtype=object) == gw_to_iso3(ucdp["country_id"].to_numpy())).mean() >= 0.95


def test_unit_words_of_other_sources_do_not_split_a_region():
    from sahelwatch.geo.admin_names import admin_norm

    names = np.array(["Gao region", "Gao", "Région de Ségou", "Soum province", "Tillabéri region"], dtype=object)
    iso3 = np.array(["MLI", "MLI", "MLI", "BFA", "NER"], dtype=object)
    canon, norm = admin_norm(iso3, names, level=1)
    assert list(norm[:3]) == ["gao", "gao", "segou"] and norm[4] == "tillaberi"
    assert canon[0] == canon[1] == "Gao"
