"""Spatial keys for every event, computed for whole columns at once.

:func:`spatial_keys` gives each point the keys that analytics, linkage and forecasting join on:

========================  ==================================================================
``iso3``                  the given code, or the country outline containing the point
``admin1_norm``           canonical, accent-folded admin-1 name ("tombouctou", "segou")
``admin2_norm``           the same for admin-2 ("gourma rharous"); where the source names none, the
                          shipped level-2 unit containing the point, if it lies under the point's
                          admin-1 (Mali's cercles, Burkina Faso's provinces, Niger's departments)
``admin1_pcode``          OCHA P-code, from boundaries the user imported (``geo import``)
``admin2_pcode``          idem
``admin_match``           how the admin keys were found: ``polygon`` (imported boundaries),
                          ``name`` (the source's names), ``bundled`` (shipped units) or None
``priogrid_gid``          PRIO-GRID 0.5 degree cell id (UCDP's ``priogrid_gid``)
``h3``                    H3 cell at resolution 5, as a hex string (h3 v4)
``border_km``             great-circle km to the nearest land border of the point's country
``border_iso3``           the country across that border
``tripoint_km``           km to the Mali-Burkina Faso-Niger tripoint
``liptako_gourma``        in the Liptako-Gourma tri-border zone (see docs/geo.md); NA when the
                          admin-1 unit of a Malian, Burkinabe or Nigerien point is unknown,
                          or the country is
========================  ==================================================================

The definitions and their limits are in ``docs/geo.md``.
"""

from __future__ import annotations

import csv
import functools
from importlib import resources

import numpy as np
import pandas as pd
import shapely

from ..errors import UsageError
from .admin_names import admin_norm
from .borders import _border_table, border_distance
from .bundled_admin import locate_bundled
from .countries import haversine_km, locate_country
from .names import factorize_rows, fold_name

H3_RESOLUTION = 5
PRIOGRID_DEG = 0.5
LIPTAKO_COUNTRIES = ("MLI", "BFA", "NER")

KEY_COLUMNS = ("iso3", "admin1_norm", "admin2_norm", "admin1_pcode", "admin2_pcode", "admin_match",
               "priogrid_gid", "h3", "border_km", "border_iso3", "tripoint_km", "liptako_gourma")


# --------------------------------------------------------------------------- grid cells
def priogrid_gid(lon, lat) -> np.ndarray:
    """PRIO-GRID cell id: gid = (row - 1) * 720 + col, row/col counted from 1 at (-90, -180).

    Returns a float array (NaN where a coordinate is missing); cast to Int64 by the caller.
    Points on the north pole or the antimeridian fall in the last row or column.
    """
    lon = np.asarray(lon, dtype=float)
    lat = np.asarray(lat, dtype=float)
    row = np.clip(np.floor((lat + 90.0) / PRIOGRID_DEG) + 1, 1, 360)
    col = np.clip(np.floor((lon + 180.0) / PRIOGRID_DEG) + 1, 1, 720)
    return (row - 1) * 720 + col


def h3_cells(lon, lat, resolution: int = H3_RESOLUTION) -> np.ndarray:
    """H3 cell of each point as a hex string (``None`` where a coordinate is missing).

    Uses h3ronpy's vectorised ``coordinates_to_cells`` when it is installed, else the h3
    library once per distinct coordinate pair. Both give h3 v4 cells.
    """
    ok, inv, cells = _h3_distinct(lon, lat, resolution)
    out = np.full(ok.size, None, dtype=object)
    out[ok] = cells[inv]
    return out


def _h3_column(lon, lat, resolution: int = H3_RESOLUTION) -> pd.Series:
    """:func:`h3_cells` as a column of pandas' string type (NaN where missing), spread from the
    distinct cells by Arrow: no Python string object per point."""
    import pyarrow as pa

    ok, inv, cells = _h3_distinct(lon, lat, resolution)
    if not ok.any():  # no cell at all: an object column of None, as pandas makes of one
        return pd.Series(np.full(ok.size, None, dtype=object), dtype=object)
    idx = np.zeros(ok.size, dtype=np.int64)
    idx[ok] = inv
    return pa.array(cells.tolist(), pa.string()).take(pa.array(idx, mask=~ok)).to_pandas()


def _h3_distinct(lon, lat, resolution: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(valid point mask, index of each valid point's cell, the distinct cells as hex strings)."""
    lon = np.asarray(lon, dtype=float).reshape(-1)
    lat = np.asarray(lat, dtype=float).reshape(-1)
    ok = np.isfinite(lon) & np.isfinite(lat) & (np.abs(lat) <= 90) & (np.abs(lon) <= 180)
    if not ok.any():
        return ok, np.zeros(0, dtype=np.int64), np.zeros(0, dtype=object)
    ints = _h3_ints(lat[ok], lon[ok], resolution)
    if ints is not None:
        inv, uniq = pd.factorize(ints)  # a hash, not a sort
        return ok, inv, np.array([format(int(v), "x") for v in uniq], dtype=object)
    import h3

    inv, uniq = pd.factorize(pd.MultiIndex.from_arrays([lat[ok], lon[ok]]))
    return ok, inv, np.array([h3.latlng_to_cell(a, b, resolution) for a, b in uniq], dtype=object)


def _h3_ints(lat: np.ndarray, lon: np.ndarray, resolution: int):
    try:
        import pyarrow as pa
        from h3ronpy.vector import coordinates_to_cells
    except ImportError:
        return None
    return np.asarray(pa.array(coordinates_to_cells(lat, lon, resolution)), dtype=np.uint64)


# --------------------------------------------------------------------------- Liptako-Gourma
@functools.cache
def _liptako_units() -> frozenset[tuple[str, str]]:
    with resources.as_file(resources.files("sahelwatch.geo") / "data" / "liptako_gourma.csv") as p, \
            open(p, encoding="utf-8") as fh:
        return frozenset((r["iso3"], fold_name(r["admin1"])) for r in csv.DictReader(fh))


@functools.cache
def tripoint() -> tuple[float, float]:
    """(lon, lat) of the Mali-Burkina Faso-Niger tripoint, from the bundled borders."""
    a, b, geoms = _border_table()

    def ends(x, y):
        m = ((a == x) & (b == y)) | ((a == y) & (b == x))
        g = geoms[m][0]
        parts = shapely.get_parts(g)
        return np.concatenate([shapely.get_coordinates(shapely.boundary(p)) for p in parts])

    e1, e2 = ends("BFA", "MLI"), ends("MLI", "NER")
    d = np.hypot(e1[:, None, 0] - e2[None, :, 0], e1[:, None, 1] - e2[None, :, 1])
    i, j = np.unravel_index(d.argmin(), d.shape)
    return float(e1[i, 0]), float(e1[i, 1])


def liptako_gourma_flag(iso3, admin1_norm) -> pd.Series:
    """Whether each (country, admin-1) is in the Liptako-Gourma zone (``liptako_gourma.csv``).

    False outside Mali, Burkina Faso and Niger; NA inside them when the admin-1 is unknown,
    and NA when the country itself is unknown.
    """
    codes = np.asarray(iso3, dtype=object).reshape(-1)
    names = np.asarray(admin1_norm, dtype=object).reshape(-1)
    units = _liptako_units()
    inv, pairs = factorize_rows(codes, names)
    vals = np.array([p in units for p in pairs], dtype=bool)[inv]
    flag = pd.array(vals, dtype="boolean")
    unknown = (np.isin(codes, LIPTAKO_COUNTRIES) & pd.isna(names)) | pd.isna(codes)
    flag[unknown] = pd.NA
    return pd.Series(flag)


# --------------------------------------------------------------------------- admin keys
def _admin_keys(lon, lat, iso3, admin1, admin2, boundaries) -> dict[str, np.ndarray]:
    n = lon.size
    none = lambda: np.full(n, None, dtype=object)  # noqa: E731
    a1 = np.asarray(admin1, dtype=object).reshape(-1) if admin1 is not None else none()
    a2 = np.asarray(admin2, dtype=object).reshape(-1) if admin2 is not None else none()
    if a1.size != n or a2.size != n:
        raise UsageError("admin1 and admin2 must have one value per point")
    _, norm1 = admin_norm(iso3, a1, 1)
    _, norm2 = admin_norm(iso3, a2, 2)
    pcode1, pcode2, match = none(), none(), none()
    match[pd.notna(norm1) | pd.notna(norm2)] = "name"
    if boundaries is not None:
        norm1, norm2, pcode1, pcode2 = _with_boundaries(lon, lat, iso3, norm1, norm2, boundaries, match)
    # what is still unknown comes from the bundled units (Mali, Burkina Faso, Niger)
    need = pd.isna(norm1)
    if need.any():
        b_iso, b_norm = locate_bundled(1, lon[need], lat[need])
        ok = (b_iso == iso3[need]) & pd.notna(b_norm)
        rows = np.flatnonzero(need)[ok]
        norm1[rows] = b_norm[ok]
        match[rows] = np.where(pd.isna(match[rows]), "bundled", match[rows])
        if boundaries is not None and rows.size:  # P-codes for the bundled names, by name
            pcode1[rows] = boundaries.pcode_for_names(1, iso3[rows], norm1[rows])
            pcode2[rows] = boundaries.pcode_for_names(2, iso3[rows], norm2[rows], norm1[rows])
    # an admin-2 the source does not name comes from the shipped level-2 unit containing the point
    # (Malian cercles, Burkina provinces, Niger departments), when that unit lies under the point's admin-1
    need2 = np.flatnonzero(pd.isna(norm2) & pd.notna(norm1) & np.isfinite(lon) & np.isfinite(lat))
    if need2.size:
        b_iso2, b_norm2, b_parent2 = locate_bundled(2, lon[need2], lat[need2], with_parent=True)
        ok2 = (b_iso2 == iso3[need2]) & pd.notna(b_norm2) & (b_parent2 == norm1[need2])
        norm2[need2[ok2]] = b_norm2[ok2]
    return {"admin1_norm": norm1, "admin2_norm": norm2, "admin1_pcode": pcode1,
            "admin2_pcode": pcode2, "admin_match": match}


def _with_boundaries(lon, lat, iso3, norm1, norm2, bs, match):
    pcode1 = np.full(lon.size, None, dtype=object)
    pcode2 = np.full(lon.size, None, dtype=object)
    # 1. points in imported polygons (only when the polygon is in the point's own country)
    loc2 = bs.locate(2, lon, lat)
    loc1 = bs.locate(1, lon, lat)
    hit2 = (loc2["iso3"] == iso3) & pd.notna(loc2["name_norm"])
    hit1 = (loc1["iso3"] == iso3) & pd.notna(loc1["name_norm"])
    # a level-2 polygon names its parent: that is the admin-1 when no level-1 polygon was hit
    _, parent_canon_norm = admin_norm(iso3, loc2["parent_name"], 1)
    use_parent = hit2 & ~hit1 & pd.notna(parent_canon_norm)
    norm2 = np.where(hit2, loc2["name_norm"], norm2)
    norm1 = np.where(hit1, loc1["name_norm"], np.where(use_parent, parent_canon_norm, norm1))
    pcode2 = np.where(hit2, loc2["pcode"], pcode2)
    pcode1 = np.where(hit1, loc1["pcode"], pcode1)
    parent_pc = loc2["parent_pcode"]
    pcode1 = np.where(pd.isna(pcode1) & hit2 & pd.notna(parent_pc), parent_pc, pcode1)
    match[hit1 | hit2] = "polygon"
    # 2. P-codes by name where the polygons gave none (GADM polygons + an OCHA P-code table)
    need1 = pd.isna(pcode1) & pd.notna(norm1)
    if need1.any():
        pcode1[need1] = bs.pcode_for_names(1, iso3[need1], norm1[need1])
    need2 = pd.isna(pcode2) & pd.notna(norm2)
    if need2.any():
        pcode2[need2] = bs.pcode_for_names(2, iso3[need2], norm2[need2], norm1[need2])
    # 3. the admin-2 P-code's own parent wins: the keys stay one hierarchy even when the
    #    polygons are older than the P-codes (GADM 3.6 has Menaka under Gao; OCHA 2021 has a region)
    ppc, pname = bs.parents(pcode2)
    known = pd.notna(ppc)
    pcode1 = np.where(known, ppc, pcode1)
    norm1 = np.where(known & pd.notna(pname), pname, norm1)
    return norm1, norm2, pcode1, pcode2


# --------------------------------------------------------------------------- all keys
def spatial_keys(lon, lat, iso3=None, admin1=None, admin2=None, boundaries=None) -> pd.DataFrame:
    """The spatial keys of each point (one row per point, columns :data:`KEY_COLUMNS`).

    ``iso3``: the country the source gives (``None`` entries are located from the point);
    ``admin1``/``admin2``: the source's unit names, if any; ``boundaries``: a
    :class:`~sahelwatch.geo.boundaries.BoundarySet` or the GeoDataFrame of imported boundaries
    (``store.boundaries.load_boundaries``), for P-codes and polygon matching.
    """
    lon = np.asarray(lon, dtype=float).reshape(-1)
    lat = np.asarray(lat, dtype=float).reshape(-1)
    if lon.size != lat.size:
        raise UsageError("lon and lat must have the same length")
    n = lon.size
    codes = np.full(n, None, dtype=object) if iso3 is None else np.asarray(iso3, dtype=object).reshape(-1).copy()
    if codes.size != n:
        raise UsageError("iso3 must have one value per point")
    missing = pd.isna(codes)
    if missing.any():
        codes[missing] = locate_country(lon[missing], lat[missing])
    if boundaries is not None and not hasattr(boundaries, "locate"):
        from .boundaries import BoundarySet

        boundaries = BoundarySet(boundaries)
    admin = _admin_keys(lon, lat, codes, admin1, admin2, boundaries)
    km, across = border_distance(codes, lon, lat)
    tlon, tlat = tripoint()
    gid = priogrid_gid(lon, lat)
    objects = {"iso3": codes, **admin, "border_iso3": across}
    for v in objects.values():  # a missing value is None (never NaN) in the object columns
        v[pd.isna(v)] = None
    gid_ok = np.isfinite(gid)
    cols = {
        # built as Series of object dtype: pandas infers no string type for them (and converts nothing)
        **{c: pd.Series(v, dtype=object) for c, v in objects.items()},
        "priogrid_gid": pd.arrays.IntegerArray(np.where(gid_ok, gid, 0).astype(np.int64), ~gid_ok),
        "h3": _h3_column(lon, lat),  # pandas' string dtype
        "border_km": km,
        "tripoint_km": haversine_km(lon, lat, tlon, tlat),
        "liptako_gourma": liptako_gourma_flag(codes, objects["admin1_norm"]).to_numpy(),  # bool, or object with NA
    }
    return pd.DataFrame({c: cols[c] for c in KEY_COLUMNS})


def point_keys(lat: float, lon: float, *, iso3: str | None = None, admin1: str | None = None,
               admin2: str | None = None, db=None) -> dict:
    """The keys of one point as a plain dict (for ``sahelwatch geo keys``).

    With ``db`` (a database path that exists), the boundaries imported into it are used.
    """
    from pathlib import Path

    from ..store import is_url

    bs = None
    if db is not None and (is_url(db) or Path(db).exists()):
        from ..store import open_store
        from .boundaries import stored_boundaries

        with open_store(db, read_only=True) as store:
            bs = stored_boundaries(store.con)
    k = spatial_keys([lon], [lat], [iso3], [admin1], [admin2], boundaries=bs).iloc[0]
    out = {}
    for c in KEY_COLUMNS:
        v = k[c]
        if v is None or v is pd.NA or (isinstance(v, float) and np.isnan(v)):
            out[c] = None
        elif isinstance(v, (np.floating, float)):
            out[c] = round(float(v), 3)
        elif isinstance(v, (np.integer,)):
            out[c] = int(v)
        elif isinstance(v, (np.bool_, bool)):
            out[c] = bool(v)
        else:
            out[c] = v
    return out
