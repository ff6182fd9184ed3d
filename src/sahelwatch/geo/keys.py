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
from .borders import _border_table, border_distance_codes
from .bundled_admin import bundled_admin
from .countries import locate_country
from .distance import haversine_km
from .names import Codes, fold_name

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
    v = Codes()
    return _liptako_codes(v, v.encode(iso3), v.encode(admin1_norm))


def _liptako_codes(v: Codes, iso3: np.ndarray, admin1_norm: np.ndarray) -> pd.Series:
    units = _liptako_units()
    inv, (codes, names) = v.pairs(iso3, admin1_norm)
    vals = np.array([p in units for p in zip(codes, names)], dtype=bool)[inv]
    flag = pd.array(vals, dtype="boolean")
    unknown = (np.isin(iso3, v.of(LIPTAKO_COUNTRIES)) & (admin1_norm < 0)) | (iso3 < 0)
    flag[unknown] = pd.NA
    return pd.Series(flag)


# --------------------------------------------------------------------------- admin keys
# Every column of the admin keys is carried as integer codes of one :class:`Codes` (-1: none): a name
# is folded and matched once per distinct (country, name), never once per point.
def _norm_codes(v: Codes, iso3: np.ndarray, names: np.ndarray, values, level: int) -> np.ndarray:
    """:func:`admin_norm` of each point's name, ``names`` being codes into ``values`` (-1: no name),
    resolved once per distinct (country, name): codes of the folded canonical names."""
    out = np.full(iso3.size, -1, dtype=np.int64)
    named = np.flatnonzero(names >= 0)
    if named.size == 0:
        return out
    width = len(values) + 1
    inv, uniq = pd.factorize((iso3[named] + 1) * width + names[named])
    _, norm = admin_norm(v.decode(uniq // width - 1), np.asarray(values, dtype=object)[uniq % width], level)
    out[named] = v.of(norm)[inv]
    return out


def _source_names(column, n: int) -> tuple[np.ndarray, np.ndarray]:
    """(code of each point's name, the distinct names) of a source's name column (``None``: no names)."""
    if column is None:
        return np.full(n, -1, dtype=np.int64), np.zeros(0, dtype=object)
    arr = np.asarray(column, dtype=object).reshape(-1)
    if arr.size != n:
        raise UsageError("admin1 and admin2 must have one value per point")
    inv, uniq = pd.factorize(pd.Series(arr, dtype=object))
    return inv.astype(np.int64), np.asarray(uniq, dtype=object)


def _pcodes_by_name(v: Codes, bs, level: int, iso3, names, parents=None) -> np.ndarray:
    """:meth:`BoundarySet.pcode_for_names` once per distinct (country, parent, name), as codes."""
    lvl = bs.levels.get(level)
    if lvl is None or names.size == 0 or not lvl.by_name_any_parent:  # no unit of the level has a P-code
        return np.full(names.size, -1, dtype=np.int64)
    parents = np.full(names.size, -1, dtype=np.int64) if parents is None else parents
    inv, (c, p, nm) = v.pairs(iso3, parents, names)
    return v.of(bs.pcode_for_names(level, c, nm, p))[inv]


def _gather(v: Codes, values, idx: np.ndarray) -> np.ndarray:
    """Codes of ``values[idx]`` (one value per polygon; -1 where ``idx`` is -1)."""
    return np.append(v.of(values), -1)[idx]


def _admin_keys(lon, lat, iso3, admin1, admin2, boundaries, v: Codes) -> dict[str, np.ndarray]:
    n = lon.size
    a1, a1_names = _source_names(admin1, n)
    a2, a2_names = _source_names(admin2, n)
    norm1 = _norm_codes(v, iso3, a1, a1_names, 1)
    norm2 = _norm_codes(v, iso3, a2, a2_names, 2)
    pcode1, pcode2, match = (np.full(n, -1, dtype=np.int64) for _ in range(3))
    by_name, polygon, bundled = v.of(["name", "polygon", "bundled"])
    match[(norm1 >= 0) | (norm2 >= 0)] = by_name
    if boundaries is not None:
        norm1, norm2, pcode1, pcode2 = _with_boundaries(lon, lat, iso3, norm1, norm2, boundaries, match,
                                                        polygon, v)
    # what is still unknown comes from the bundled units (Mali, Burkina Faso, Niger)
    need = np.flatnonzero(norm1 < 0)
    lv1 = bundled_admin(1)
    if need.size and lv1 is not None:
        idx = lv1.index.locate(lon[need], lat[need])
        b_norm = _gather(v, lv1.name_norm, idx)
        ok = (_gather(v, lv1.iso3, idx) == iso3[need]) & (b_norm >= 0)
        rows = need[ok]
        norm1[rows] = b_norm[ok]
        match[rows] = np.where(match[rows] < 0, bundled, match[rows])
        if boundaries is not None and rows.size:  # P-codes for the bundled names, by name
            pcode1[rows] = _pcodes_by_name(v, boundaries, 1, iso3[rows], norm1[rows])
            pcode2[rows] = _pcodes_by_name(v, boundaries, 2, iso3[rows], norm2[rows], norm1[rows])
    # an admin-2 the source does not name comes from the shipped level-2 unit containing the point
    # (Malian cercles, Burkina provinces, Niger departments), when that unit lies under the point's admin-1
    need2 = np.flatnonzero((norm2 < 0) & (norm1 >= 0) & np.isfinite(lon) & np.isfinite(lat))
    lv2 = bundled_admin(2)
    if need2.size and lv2 is not None:
        idx = lv2.index.locate(lon[need2], lat[need2])
        b_norm2 = _gather(v, lv2.name_norm, idx)
        ok2 = ((_gather(v, lv2.iso3, idx) == iso3[need2]) & (b_norm2 >= 0)
               & (_gather(v, lv2.parent_norm, idx) == norm1[need2]))
        norm2[need2[ok2]] = b_norm2[ok2]
    return {"admin1_norm": norm1, "admin2_norm": norm2, "admin1_pcode": pcode1,
            "admin2_pcode": pcode2, "admin_match": match}


def _located(v: Codes, bs, level: int, lon, lat) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    """(index of the imported polygon of ``level`` holding each point, -1 for none; its attributes as
    codes per point)."""
    lvl = bs.levels.get(level)
    cols = ("iso3", "pcode", "name_norm", "parent_pcode")
    if lvl is None or lvl.index is None:
        none = np.full(lon.size, -1, dtype=np.int64)
        return none, {c: none for c in cols}
    idx = lvl.index.locate(lon, lat)
    return idx, {c: _gather(v, lvl.frame[c].to_numpy(dtype=object), idx) for c in cols}


def _with_boundaries(lon, lat, iso3, norm1, norm2, bs, match, polygon, v: Codes):
    # 1. points in imported polygons (only when the polygon is in the point's own country)
    idx2, loc2 = _located(v, bs, 2, lon, lat)
    _, loc1 = _located(v, bs, 1, lon, lat)
    hit2 = (loc2["iso3"] == iso3) & (loc2["name_norm"] >= 0)
    hit1 = (loc1["iso3"] == iso3) & (loc1["name_norm"] >= 0)
    # a level-2 polygon names its parent: that is the admin-1 when no level-1 polygon was hit
    parent_canon_norm = np.full(lon.size, -1, dtype=np.int64)
    if 2 in bs.levels and bs.levels[2].index is not None:
        parent_names = bs.levels[2].frame["parent_name"].to_numpy(dtype=object)
        has_parent = np.append(pd.notna(parent_names), False)[idx2]
        parent_canon_norm = _norm_codes(v, iso3, np.where(has_parent, idx2, -1), parent_names, 1)
    use_parent = hit2 & ~hit1 & (parent_canon_norm >= 0)
    norm2 = np.where(hit2, loc2["name_norm"], norm2)
    norm1 = np.where(hit1, loc1["name_norm"], np.where(use_parent, parent_canon_norm, norm1))
    pcode2 = np.where(hit2, loc2["pcode"], -1)
    pcode1 = np.where(hit1, loc1["pcode"], -1)
    parent_pc = loc2["parent_pcode"]
    pcode1 = np.where((pcode1 < 0) & hit2 & (parent_pc >= 0), parent_pc, pcode1)
    match[hit1 | hit2] = polygon
    # 2. P-codes by name where the polygons gave none (GADM polygons + an OCHA P-code table)
    need1 = (pcode1 < 0) & (norm1 >= 0)
    if need1.any():
        pcode1[need1] = _pcodes_by_name(v, bs, 1, iso3[need1], norm1[need1])
    need2 = (pcode2 < 0) & (norm2 >= 0)
    if need2.any():
        pcode2[need2] = _pcodes_by_name(v, bs, 2, iso3[need2], norm2[need2], norm1[need2])
    # 3. the admin-2 P-code's own parent wins: the keys stay one hierarchy even when the
    #    polygons are older than the P-codes (GADM 3.6 has Menaka under Gao; OCHA 2021 has a region)
    if bs.parent_of:
        inv, (pcs,) = v.pairs(pcode2)
        ppc, pname = bs.parents(pcs)
        ppc, pname = v.of(ppc)[inv], v.of(pname)[inv]
        known = ppc >= 0
        pcode1 = np.where(known, ppc, pcode1)
        norm1 = np.where(known & (pname >= 0), pname, norm1)
    return norm1, norm2, pcode1, pcode2


# --------------------------------------------------------------------------- all keys
def spatial_keys(lon, lat, iso3=None, admin1=None, admin2=None, boundaries=None) -> pd.DataFrame:
    """The spatial keys of each point (one row per point, columns :data:`KEY_COLUMNS`).

    ``iso3``: the country the source gives (``None`` entries are located from the point);
    ``admin1``/``admin2``: the source's unit names, if any; ``boundaries``: a
    :class:`~sahelwatch.geo.boundaries.BoundarySet` or the GeoDataFrame of imported boundaries
    (``store.boundaries.load``), for P-codes and polygon matching.
    """
    lon = np.asarray(lon, dtype=float).reshape(-1)
    lat = np.asarray(lat, dtype=float).reshape(-1)
    if lon.size != lat.size:
        raise UsageError("lon and lat must have the same length")
    n = lon.size
    v = Codes()
    if iso3 is None:
        codes = np.full(n, -1, dtype=np.int64)
    else:
        given = np.asarray(iso3, dtype=object).reshape(-1)
        if given.size != n:
            raise UsageError("iso3 must have one value per point")
        codes = v.encode(given)
    missing = np.flatnonzero(codes < 0)
    if missing.size:
        codes[missing] = v.encode(locate_country(lon[missing], lat[missing]))
    if boundaries is not None and not hasattr(boundaries, "locate"):
        from .boundaries import BoundarySet

        boundaries = BoundarySet(boundaries)
    admin = _admin_keys(lon, lat, codes, admin1, admin2, boundaries, v)
    km, across, across_names = border_distance_codes(codes, v.values, lon, lat)
    across = np.append(v.of(across_names), -1)[across]
    tlon, tlat = tripoint()
    gid = priogrid_gid(lon, lat)
    gid_ok = np.isfinite(gid)
    objects = {"iso3": codes, **admin, "border_iso3": across}
    # the object columns decoded at once into one block of object dtype (pandas infers no string type
    # and stacks nothing); a missing value is None (never NaN)
    frame = pd.DataFrame(v.decode(np.stack(list(objects.values()))).T, columns=list(objects), dtype=object,
                         copy=False)
    others = {
        "priogrid_gid": pd.arrays.IntegerArray(np.where(gid_ok, gid, 0).astype(np.int64), ~gid_ok),
        "h3": _h3_column(lon, lat),  # pandas' string dtype
        "border_km": km,
        "tripoint_km": haversine_km(lat, lon, tlat, tlon),
        "liptako_gourma": _liptako_codes(v, codes, admin["admin1_norm"]).to_numpy(),  # bool, or object with NA
    }
    for c, values in others.items():
        frame.insert(KEY_COLUMNS.index(c), c, values)
    return frame


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
            bs = stored_boundaries(store)
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
