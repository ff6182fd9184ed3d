"""Distance to the nearest international land border, and the country across it.

The borders are the shared edges of the bundled country outlines (``geo/data/borders.parquet``,
built by ``scripts/build_boundaries.py``): a border is where two countries' land meets, so a
coast is never a border. A point is measured to the borders *of its own country* (the iso3
the caller gives, or the outline that contains it): for an event in Mali, the nearest point
where Mali meets a neighbour, and ``border_iso3`` names that neighbour.

How the distance is computed, for millions of points:

1. Points are grouped by country and by a 0.1 degree grid cell.
2. For each occupied cell the candidate border segments are those whose distance to the
   cell centre is within the cell's diagonal of the smallest one (triangle inequality: no
   other segment can be the nearest for any point of the cell).
3. Each point is measured to its candidates (all points at once, in chunks, no per-point
   Python) in a local equirectangular frame scaled by the cosine of the point's latitude;
   this only chooses the nearest segment and the nearest point on it (near-ties between
   segments aside, the choice is the true one);
4. The distance to the chosen segment's nearest point is then taken on the sphere
   (haversine), so the reported km are great-circle km.

Countries without a land border (islands) get NaN and no ``border_iso3``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

import numpy as np
import pandas as pd
import pyarrow.parquet as pq
import shapely

from .distance import haversine_km

CELL_DEG = 0.1


@dataclass(frozen=True)
class CountryBorders:
    """The land-border segments of one country, as arrays."""

    iso3: str
    ax: np.ndarray  # segment start lon
    ay: np.ndarray  # segment start lat
    bx: np.ndarray  # segment end lon
    by: np.ndarray  # segment end lat
    other: np.ndarray  # iso3 across each segment (object)


@functools.cache
def _border_table():
    with resources.as_file(resources.files("sahelwatch.geo") / "data" / "borders.parquet") as p:
        t = pq.read_table(p)
    geoms = shapely.from_wkb(t.column("geometry").to_numpy(zero_copy_only=False))
    return (np.asarray(t.column("iso3_a").to_pylist(), dtype=object),
            np.asarray(t.column("iso3_b").to_pylist(), dtype=object), geoms)


def border_pairs() -> list[tuple[str, str, float]]:
    """Every land border as (iso3_a, iso3_b, length_km)."""
    with resources.as_file(resources.files("sahelwatch.geo") / "data" / "borders.parquet") as p:
        t = pq.read_table(p, columns=["iso3_a", "iso3_b", "length_km"]).to_pylist()
    return [(r["iso3_a"], r["iso3_b"], r["length_km"]) for r in t]


@functools.cache
def country_borders(iso3: str) -> CountryBorders | None:
    a, b, geoms = _border_table()
    mask = (a == iso3) | (b == iso3)
    if not mask.any():
        return None
    ax, ay, bx, by, other = [], [], [], [], []
    for g, oa, ob in zip(geoms[mask], a[mask], b[mask]):
        o = ob if oa == iso3 else oa
        for part in shapely.get_parts(g):
            c = shapely.get_coordinates(part)
            if len(c) < 2:
                continue
            ax.append(c[:-1, 0])
            ay.append(c[:-1, 1])
            bx.append(c[1:, 0])
            by.append(c[1:, 1])
            other.append(np.full(len(c) - 1, o, dtype=object))
    return CountryBorders(iso3, np.concatenate(ax), np.concatenate(ay), np.concatenate(bx),
                          np.concatenate(by), np.concatenate(other))


def _nearest_on_segments(px, py, ax, ay, bx, by):
    """Broadcast (k points x m segments): local-planar distance^2 and the parameter t."""
    lat_mid = (py[:, None] + (ay + by)[None, :] / 2.0) / 2.0
    kx = np.cos(np.radians(lat_mid))
    ux = (bx - ax)[None, :] * kx
    uy = (by - ay)[None, :]
    wx = (px[:, None] - ax[None, :]) * kx
    wy = py[:, None] - ay[None, :]
    uu = ux * ux + uy * uy
    t = np.where(uu > 0, (wx * ux + wy * uy) / np.where(uu > 0, uu, 1.0), 0.0)
    t = np.clip(t, 0.0, 1.0)
    dx = wx - t * ux
    dy = wy - t * uy
    return dx * dx + dy * dy, t


def _segments_near_cells(cb: CountryBorders, cx: np.ndarray, cy: np.ndarray, chunk: int = 256):
    """For each cell centre, the indices of the segments that may be nearest to a point of it."""
    half_diag_deg = CELL_DEG * np.sqrt(2) / 2
    out = []
    for s in range(0, cx.size, chunk):
        d2, _ = _nearest_on_segments(cx[s:s + chunk], cy[s:s + chunk], cb.ax, cb.ay, cb.bx, cb.by)
        d = np.sqrt(d2)
        best = d.min(axis=1, keepdims=True)
        keep = d <= best + 2 * half_diag_deg + 1e-9
        out.extend(np.flatnonzero(row) for row in keep)
    return out


def _padded(cands: list[np.ndarray]) -> np.ndarray:
    width = max(len(c) for c in cands)
    out = np.full((len(cands), width), -1, dtype=np.int64)
    for i, c in enumerate(cands):
        out[i, :len(c)] = c
    return out


def _measure(cb: CountryBorders, x: np.ndarray, y: np.ndarray, chunk: int = 4096):
    """Nearest border segment of ``cb`` for each point: (segment index, parameter t)."""
    col = np.floor(x / CELL_DEG).astype(np.int64)
    row = np.floor(y / CELL_DEG).astype(np.int64)
    cell = row * 8192 + col  # 8192 > 2 * 360 / CELL_DEG
    inv, ucell = pd.factorize(cell)  # a hash, not a sort
    crow = np.floor_divide(ucell + 4096, 8192)
    ccol = ucell - crow * 8192
    cands = _segments_near_cells(cb, (ccol + 0.5) * CELL_DEG, (crow + 0.5) * CELL_DEG)
    cand = _padded(cands)
    width = np.fromiter((len(c) for c in cands), dtype=np.int64, count=len(cands))
    # process points by their cell's number of candidates, so each chunk's padding stays small
    w = width[inv]
    order = np.argsort(w.astype(np.uint16) if width.max() < 1 << 16 else w, kind="stable")  # a radix sort
    best_seg = np.empty(x.size, dtype=np.int64)
    best_t = np.empty(x.size)
    for s in range(0, x.size, chunk):
        sel = order[s:s + chunk]
        cells = inv[sel]
        seg = cand[:, : int(width[cells].max())][cells]  # only as wide as this chunk's widest cell
        ok = seg >= 0
        seg0 = np.where(ok, seg, 0)
        ax, ay = cb.ax[seg0], cb.ay[seg0]
        px = x[sel][:, None]
        py = y[sel][:, None]
        kx = np.cos(np.radians(py))  # the point's own scale: picks the segment; km come from haversine
        # the same arithmetic as _nearest_on_segments, in place (no temporary per operation)
        ux = cb.bx[seg0]
        ux -= ax
        ux *= kx
        uy = cb.by[seg0]
        uy -= ay
        wx = np.subtract(px, ax, out=ax)
        wx *= kx
        wy = np.subtract(py, ay, out=ay)
        uu = ux * ux
        uu += uy * uy
        t = wx * ux
        t += wy * uy
        t /= np.where(uu > 0, uu, 1.0)
        np.clip(t, 0.0, 1.0, out=t)
        dx = np.multiply(t, ux, out=ux)
        np.subtract(wx, dx, out=dx)
        dy = np.multiply(t, uy, out=uy)
        np.subtract(wy, dy, out=dy)
        d2 = np.multiply(dx, dx, out=uu)
        d2 += dy * dy
        d2[~ok] = np.inf
        j = d2.argmin(axis=1)
        r = np.arange(sel.size)
        best_seg[sel] = seg0[r, j]
        best_t[sel] = t[r, j]
    return best_seg, best_t


def border_distance(iso3, lon, lat) -> tuple[np.ndarray, np.ndarray]:
    """(border_km, border_iso3) for each point, measured to its own country's land borders.

    ``iso3`` gives each point's country (``None`` -> NaN, ``None``). Vectorised: see the
    module docstring for the method and its accuracy.
    """
    codes = np.asarray(iso3, dtype=object).reshape(-1)
    inv, ukeys = pd.factorize(codes)  # missing codes get -1
    dist, across, others = border_distance_codes(inv, ukeys, lon, lat)
    return dist, np.append(np.asarray(others, dtype=object), None)[across]


def border_distance_codes(codes: np.ndarray, values, lon, lat) -> tuple[np.ndarray, np.ndarray, list]:
    """:func:`border_distance` of countries given as integer codes into ``values`` (-1: none):
    (border_km, code of the country across in the returned list of codes' values, -1 for none, that list)."""
    lon = np.asarray(lon, dtype=float).reshape(-1)
    lat = np.asarray(lat, dtype=float).reshape(-1)
    dist = np.full(lon.size, np.nan)
    across = np.full(lon.size, -1, dtype=np.int64)
    others: list = []
    if lon.size == 0:
        return dist, across, others
    inv = np.where(np.isfinite(lon) & np.isfinite(lat), codes, -1)
    rows_all = np.flatnonzero(inv >= 0)
    if rows_all.size == 0:
        return dist, across, others
    inv = inv[rows_all]
    present = np.flatnonzero(np.bincount(inv, minlength=len(values)))
    for k in present.tolist():
        code = values[k]
        if not isinstance(code, str):
            continue
        cb = country_borders(code)
        if cb is None:
            continue
        rows = rows_all[inv == k] if present.size > 1 else rows_all
        x, y = lon[rows], lat[rows]
        seg, t = _measure(cb, x, y)
        nx = cb.ax[seg] + t * (cb.bx[seg] - cb.ax[seg])
        ny = cb.ay[seg] + t * (cb.by[seg] - cb.ay[seg])
        dist[rows] = haversine_km(y, x, ny, nx)
        seg_other, names = pd.factorize(cb.other)
        across[rows] = seg_other[seg] + len(others)
        others.extend(names)
    return dist, across, others
