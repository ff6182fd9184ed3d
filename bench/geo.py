"""Benchmark: every spatial key for 1,000,000 event points, against a bare STRtree point-in-polygon.

    .venv/bin/python bench/geo.py [--n 1000000] [--seed 0]

Points are sampled around the real ACLED Mali coordinates (``../shared/data/acled/``), jittered
by ~5 km, or drawn uniformly over the central Sahel box when the file is missing. The admin-1
polygons are the user boundaries of ``../shared/data/geo/`` (GADM Mali, Burkina Faso, Niger
regions), or the bundled country outlines when those are missing.

Baseline, measured in the same run: ``shapely.STRtree(admin1).query(shapely.points(lon, lat),
predicate="intersects")`` -- only the admin-1 lookup, nothing else -- on the same polygons the
keys use; and, as a stricter second baseline, the same query on the shipped simplified admin-1. Candidate: ``spatial_keys``
with the same polygons as imported boundaries -- country check, admin-1 (and names), PRIO-GRID,
H3, border distance and neighbour, Liptako-Gourma. Prints rows/s and the ratio.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd
import shapely

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
sys.path.insert(0, str(ROOT / "src"))

from sahelwatch.geo.boundaries import BoundarySet, read_boundaries  # noqa: E402
from sahelwatch.geo.countries import country_outlines  # noqa: E402
from sahelwatch.geo.keys import spatial_keys  # noqa: E402


def sample_points(n: int, seed: int):
    rng = np.random.default_rng(seed)
    f = DATA / "acled" / "acled_mali_dyadic_1997-2018.csv"
    if f.exists():
        d = pd.read_csv(f, usecols=["latitude", "longitude"])
        i = rng.integers(0, len(d), n)
        lon = d["longitude"].to_numpy()[i] + rng.normal(0, 0.05, n)
        lat = d["latitude"].to_numpy()[i] + rng.normal(0, 0.05, n)
        return lon, lat, f"jittered ACLED Mali coordinates ({f.name})"
    lon = rng.uniform(-12.0, 16.0, n)
    lat = rng.uniform(10.0, 24.0, n)
    return lon, lat, "uniform in the central Sahel box (ACLED file missing)"


def admin1_polygons():
    files = [DATA / "geo" / f"gadm36_{c}_1.json" for c in ("MLI", "BFA", "NER")]
    if all(f.exists() for f in files):
        gdf = pd.concat([read_boundaries(f, level=1) for f in files], ignore_index=True)
        return gdf, "GADM 3.6 admin-1 of MLI, BFA, NER (../shared/data/geo)"
    import geopandas as gpd

    co = country_outlines()
    gdf = gpd.GeoDataFrame({"iso3": co.iso3, "level": 1, "pcode": None, "name": co.name, "name_norm": None,
                            "parent_pcode": None, "parent_name": None, "source": "admin0",
                            "imported_at": pd.Timestamp.now(tz="UTC")}, geometry=co.geometry, crs="EPSG:4326")
    return gdf, "bundled country outlines (GADM files missing)"


def best_of(fn, repeat: int):
    """(best time in s, result of the last run)."""
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return min(times), result


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--repeat", type=int, default=1, help="best of N runs of each (the machine is shared)")
    a = ap.parse_args(argv)
    lon, lat, how = sample_points(a.n, a.seed)
    polys, what = admin1_polygons()
    geoms = polys.geometry.to_numpy()
    bs = BoundarySet(polys)
    iso3 = np.full(a.n, "MLI", dtype=object)  # what a Mali source says; keys check it

    def baseline():
        tree = shapely.STRtree(geoms)
        return tree.query(shapely.points(lon, lat), predicate="intersects")

    def candidate():
        return spatial_keys(lon, lat, iso3, boundaries=bs)

    spatial_keys(lon[:1000], lat[:1000], iso3[:1000], boundaries=bs)  # load the shipped data once
    from sahelwatch.geo.bundled_admin import bundled_admin

    light = bundled_admin(1).geometry  # the shipped, simplified admin-1 (a much cheaper baseline)

    def baseline_light():
        return shapely.STRtree(light).query(shapely.points(lon, lat), predicate="intersects")

    t_base, hits = best_of(baseline, a.repeat)
    t_light, hits_light = best_of(baseline_light, a.repeat)
    t_keys, keys = best_of(candidate, a.repeat)
    print(f"points:    {a.n:,} -- {how}")
    print(f"polygons:  {len(geoms)} -- {what}")
    print(f"baseline:  STRtree point-in-polygon   {t_base:7.3f} s  {a.n / t_base:12,.0f} rows/s  "
          f"({np.unique(hits[0]).size:,} points in a polygon)")
    print(f"sahelwatch: all spatial keys          {t_keys:7.3f} s  {a.n / t_keys:12,.0f} rows/s  "
          f"({keys['admin1_norm'].notna().sum():,} with admin-1)")
    print(f"baseline2: STRtree on the shipped simplified admin-1 ({len(light)} units) {t_light:7.3f} s  "
          f"{a.n / t_light:12,.0f} rows/s")
    print(f"ratio (keys / baseline): {t_keys / t_base:.2f}x  (target: <= 2x)")
    print(f"ratio (keys / baseline2): {t_keys / t_light:.2f}x  (same points, lighter polygons)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
