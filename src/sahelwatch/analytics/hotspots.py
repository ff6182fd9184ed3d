"""Hotspots: Getis-Ord Gi* on PRIO-GRID cells, with a false-discovery-rate correction, and kernel density.

Gi* (Getis and Ord 1992; Ord and Getis 1995) compares the sum of a cell and its
neighbours with what the study area's mean would give. Here:

- cells are PRIO-GRID cells (0.5 x 0.5 degrees; ``gid = row * 720 + col + 1`` with
  ``row = floor((lat + 90) / 0.5)``, ``col = floor((lon + 180) / 0.5)``), taken from
  ``priogrid_gid`` or computed from the coordinates where that is null;
- the study area is every cell of the rectangle that holds the events' cells,
  padded by ``pad`` cells (default 1), so empty cells count as zeros; pass ``cells``
  to use another set (e.g. only the country's cells);
- weights are binary queen contiguity *including the cell itself* (the star in Gi*);
  a cell on the edge of the area simply has fewer neighbours;
- z is the standardised Gi* statistic, the p-value two-sided under the normality
  approximation, and the cells are called hot or cold when the
  **Benjamini-Hochberg** adjusted p-value (false discovery rate) is below ``alpha``
  (0.05). Neighbouring Gi* values are correlated; BH remains valid under the
  positive dependence this gives (Benjamini and Yekutieli 2001), and it is far
  less conservative than Bonferroni.

Kernel density (:func:`kernel_density`) bins the events on a fine grid and smooths
it with a Gaussian kernel whose bandwidth is in kilometres; the result is events per
1,000 km^2 on each grid node, for the map.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Iterable

import numpy as np
import pandas as pd
from scipy import ndimage, stats

from ..errors import UsageError
from ._frame import fatalities, require

PRIO_RES = 0.5
PRIO_COLS = 720
#: every column :func:`getis_ord` reads (a caller reading the events from a store reads only these: the whole
#: row, notes and sources included, took most of the time of a request)
COLUMNS = ("priogrid_gid", "latitude", "longitude", "fatalities_best")


def priogrid_gid(latitude, longitude) -> np.ndarray:
    """PRIO-GRID cell ids of points (vectorised)."""
    lat = np.asarray(latitude, dtype=float)
    lon = np.asarray(longitude, dtype=float)
    row = np.floor((lat + 90.0) / PRIO_RES).astype("int64")
    col = np.floor((lon + 180.0) / PRIO_RES).astype("int64")
    return row * PRIO_COLS + col + 1


def cell_ids(df: pd.DataFrame) -> pd.Series:
    """``priogrid_gid`` of each event, computed from the coordinates where the column is missing or null.

    PRIO-GRID is a fixed formula, so a store that has not derived the column yet
    gives the same cells. Fails, naming the columns, when neither is available.
    """
    has_gid = "priogrid_gid" in df.columns
    if not has_gid:
        require(df, ["latitude", "longitude"], "hotspots (priogrid_gid or latitude/longitude)")
    gid = pd.to_numeric(df["priogrid_gid"], errors="coerce") if has_gid else pd.Series(np.nan, index=df.index)
    if gid.isna().any() and {"latitude", "longitude"} <= set(df.columns):
        lat = pd.to_numeric(df["latitude"], errors="coerce")
        lon = pd.to_numeric(df["longitude"], errors="coerce")
        fill = gid.isna() & lat.notna() & lon.notna()
        if fill.any():
            gid = gid.astype("float64")
            gid[fill] = priogrid_gid(lat[fill], lon[fill])
    return gid


def gid_row_col(gid) -> tuple[np.ndarray, np.ndarray]:
    g = np.asarray(gid, dtype="int64") - 1
    return g // PRIO_COLS, g % PRIO_COLS


def gid_centroid(gid) -> tuple[np.ndarray, np.ndarray]:
    """(latitude, longitude) of cell centres."""
    row, col = gid_row_col(gid)
    return -90.0 + (row + 0.5) * PRIO_RES, -180.0 + (col + 0.5) * PRIO_RES


def benjamini_hochberg(p: np.ndarray) -> np.ndarray:
    """Benjamini-Hochberg adjusted p-values (step-up, monotone, capped at 1)."""
    p = np.asarray(p, dtype=float)
    n = p.size
    if n == 0:
        return p
    order = np.argsort(p)
    ranked = p[order] * n / np.arange(1, n + 1)
    adj = np.minimum.accumulate(ranked[::-1])[::-1]
    out = np.empty(n)
    out[order] = np.minimum(adj, 1.0)
    return out


def _gi_star_lattice(x: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """Gi* z-scores on a 2-D lattice; ``mask`` marks the cells of the study area."""
    xm = np.where(mask, x, 0.0)
    n = mask.sum()
    kernel = np.ones((3, 3))
    lag = ndimage.convolve(xm, kernel, mode="constant", cval=0.0)
    wsum = ndimage.convolve(mask.astype(float), kernel, mode="constant", cval=0.0)  # sum of w_ij (binary)
    xbar = xm.sum() / n
    s = math.sqrt(max((xm[mask] ** 2).sum() / n - xbar**2, 0.0))
    with np.errstate(invalid="ignore", divide="ignore"):
        denom = s * np.sqrt((n * wsum - wsum**2) / (n - 1))  # binary weights: sum w^2 == sum w
        z = (lag - xbar * wsum) / denom
    z[~mask] = np.nan
    return z


@dataclass(frozen=True, slots=True)
class HotspotSettings:
    value: str
    alpha: float
    correction: str
    cells: int
    events: int


def getis_ord(
    df: pd.DataFrame,
    *,
    value: str = "events",
    alpha: float = 0.05,
    pad: int = 1,
    cells: Iterable[int] | None = None,
) -> pd.DataFrame:
    """Gi* per PRIO-GRID cell of the study area.

    ``value`` is ``events`` (count per cell) or ``fatalities``. Returns one row per
    cell of the study area: ``priogrid_gid, latitude, longitude, value, neighbours, z,
    p, p_fdr, hotspot`` where ``hotspot`` is ``hot``, ``cold`` or ``""`` (not
    significant after the Benjamini-Hochberg correction at ``alpha``). Sorted by z,
    highest first. ``df.attrs`` carries the settings.
    """
    if value not in ("events", "fatalities"):
        raise UsageError(f"value must be 'events' or 'fatalities', not {value!r}")
    if not 0 < alpha < 1:
        raise UsageError(f"alpha must lie in (0, 1), got {alpha}")
    require(df, ["fatalities_best"], "hotspots")
    gid = cell_ids(df)
    ok = gid.notna().to_numpy()
    gid = gid[ok].astype("int64").to_numpy()
    w = fatalities(df).to_numpy()[ok] if value == "fatalities" else np.ones(ok.sum())
    if cells is not None:
        area = np.unique(np.asarray(list(cells), dtype="int64"))
    elif gid.size:
        area = None
    else:
        raise UsageError("hotspots need at least one event with a PRIO-GRID cell")
    rows, cols = gid_row_col(gid if area is None else area)
    r0, c0 = rows.min() - pad, cols.min() - pad
    r1, c1 = rows.max() + pad, cols.max() + pad
    shape = (r1 - r0 + 1, c1 - c0 + 1)
    mask = np.zeros(shape, dtype=bool)
    if area is None:
        mask[:] = True
    else:
        ar, ac = gid_row_col(area)
        mask[ar - r0, ac - c0] = True
    er, ec = gid_row_col(gid)
    inside = (er >= r0) & (er <= r1) & (ec >= c0) & (ec <= c1)
    inside &= mask[np.clip(er - r0, 0, shape[0] - 1), np.clip(ec - c0, 0, shape[1] - 1)]
    flat = (er[inside] - r0) * shape[1] + (ec[inside] - c0)
    x = np.bincount(flat, weights=w[inside], minlength=shape[0] * shape[1]).reshape(shape)
    n = int(mask.sum())
    if n < 3:
        raise UsageError(f"hotspots need a study area of at least 3 cells, got {n}")
    z = _gi_star_lattice(x, mask)
    nb = ndimage.convolve(mask.astype(int), np.ones((3, 3), int), mode="constant", cval=0)
    rr, cc = np.nonzero(mask)
    cell_gid = (rr + r0) * PRIO_COLS + (cc + c0) + 1
    zz = z[rr, cc]
    p = 2 * stats.norm.sf(np.abs(np.nan_to_num(zz, nan=0.0)))
    p_fdr = benjamini_hochberg(p)
    lat, lon = gid_centroid(cell_gid)
    sig = p_fdr < alpha
    out = pd.DataFrame(
        {
            "priogrid_gid": cell_gid,
            "latitude": lat,
            "longitude": lon,
            "value": x[rr, cc],
            "neighbours": nb[rr, cc] - 1,
            "z": zz,
            "p": p,
            "p_fdr": p_fdr,
            "hotspot": np.where(sig & (zz > 0), "hot", np.where(sig & (zz < 0), "cold", "")),
        }
    ).sort_values("z", ascending=False, ignore_index=True)
    out.attrs["settings"] = HotspotSettings(value, alpha, "benjamini-hochberg", n, int(inside.sum()))
    return out


def _h3_cells(df: pd.DataFrame, resolution: int | None) -> pd.Series:
    import h3

    if resolution is None:
        if "h3" in df.columns and df["h3"].notna().any():
            return df["h3"].astype("object").where(df["h3"].notna(), None)
        resolution = 5
    require(df, ["latitude", "longitude"], "H3 hotspots")
    lat = pd.to_numeric(df["latitude"], errors="coerce")
    lon = pd.to_numeric(df["longitude"], errors="coerce")
    pts = pd.DataFrame({"lat": lat, "lon": lon}).dropna()
    uniq = pts.drop_duplicates()
    cell = {(a, b): h3.latlng_to_cell(a, b, resolution) for a, b in zip(uniq["lat"], uniq["lon"])}
    out = pd.Series(None, index=df.index, dtype="object")
    out[pts.index] = [cell[(a, b)] for a, b in zip(pts["lat"], pts["lon"])]
    return out


def getis_ord_h3(
    df: pd.DataFrame,
    *,
    resolution: int | None = None,
    value: str = "events",
    alpha: float = 0.05,
    cells: Iterable[str] | None = None,
) -> pd.DataFrame:
    """Gi* on H3 cells, with the Benjamini-Hochberg correction.

    Cells are the frame's ``h3`` column when ``resolution`` is None and the column is
    filled, else H3 cells of the coordinates at ``resolution`` (default 5, about
    250 km^2). The study area is the events' cells and their first ring (so quiet
    neighbours count as zeros), or ``cells``. Weights: the cell and its six
    neighbours inside the study area. Columns as :func:`getis_ord`, with ``h3`` in
    place of ``priogrid_gid``.
    """
    import h3
    from scipy import sparse

    if value not in ("events", "fatalities"):
        raise UsageError(f"value must be 'events' or 'fatalities', not {value!r}")
    if not 0 < alpha < 1:
        raise UsageError(f"alpha must lie in (0, 1), got {alpha}")
    require(df, ["fatalities_best"], "H3 hotspots")
    cell = _h3_cells(df, resolution)
    ok = cell.notna().to_numpy()
    w = fatalities(df).to_numpy()[ok].astype(float) if value == "fatalities" else np.ones(ok.sum())
    observed = pd.Series(w).groupby(cell[ok].to_numpy()).sum()
    if cells is not None:
        area = sorted(set(cells))
    else:
        if observed.empty:
            raise UsageError("H3 hotspots need at least one event with coordinates or an h3 cell")
        ring = set()
        for c in observed.index:
            ring.update(h3.grid_disk(c, 1))
        area = sorted(ring)
    n = len(area)
    if n < 3:
        raise UsageError(f"hotspots need a study area of at least 3 cells, got {n}")
    index = {c: i for i, c in enumerate(area)}
    x = np.zeros(n)
    for c, v in observed.items():
        if c in index:
            x[index[c]] = v
    rows, cols = [], []
    for c, i in index.items():
        for nb in h3.grid_disk(c, 1):  # includes the cell itself: the star of Gi*
            j = index.get(nb)
            if j is not None:
                rows.append(i)
                cols.append(j)
    W = sparse.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, n))
    lag = W @ x
    wsum = np.asarray(W.sum(axis=1)).ravel()
    xbar = x.mean()
    s = math.sqrt(max((x**2).mean() - xbar**2, 0.0))
    with np.errstate(invalid="ignore", divide="ignore"):
        z = (lag - xbar * wsum) / (s * np.sqrt((n * wsum - wsum**2) / (n - 1)))
    p = 2 * stats.norm.sf(np.abs(np.nan_to_num(z, nan=0.0)))
    p_fdr = benjamini_hochberg(p)
    sig = p_fdr < alpha
    latlng = np.array([h3.cell_to_latlng(c) for c in area])
    out = pd.DataFrame({
        "h3": area, "latitude": latlng[:, 0], "longitude": latlng[:, 1], "value": x,
        "neighbours": wsum - 1, "z": z, "p": p, "p_fdr": p_fdr,
        "hotspot": np.where(sig & (z > 0), "hot", np.where(sig & (z < 0), "cold", "")),
    }).sort_values("z", ascending=False, ignore_index=True)
    out.attrs["settings"] = HotspotSettings(value, alpha, "benjamini-hochberg", n, int(observed.sum()))
    return out


def hotspots(df: pd.DataFrame, *, grid: str = "priogrid", h3_resolution: int | None = None, **kwargs) -> pd.DataFrame:
    """Gi* hotspots on ``grid`` = ``priogrid`` (:func:`getis_ord`) or ``h3`` (:func:`getis_ord_h3`)."""
    if grid == "priogrid":
        if h3_resolution is not None:
            raise UsageError("--h3-resolution applies to the h3 grid only")
        return getis_ord(df, **kwargs)
    if grid == "h3":
        return getis_ord_h3(df, resolution=h3_resolution, **kwargs)
    raise UsageError(f"grid must be 'priogrid' or 'h3', not {grid!r}")


def kernel_density(
    df: pd.DataFrame,
    *,
    bandwidth_km: float = 25.0,
    resolution_deg: float = 0.1,
    bbox: tuple[float, float, float, float] | None = None,
    weight: str = "events",
) -> pd.DataFrame:
    """A grid of Gaussian kernel densities (events, or fatalities, per 1,000 km^2).

    ``bbox`` is (min_lon, min_lat, max_lon, max_lat); by default the events' extent
    plus three bandwidths. Events are binned on the grid (``resolution_deg``) and the
    grid is smoothed with a Gaussian of ``bandwidth_km`` standard deviation, scaled
    for the east-west shrinking of degrees at the grid's mean latitude. Returns
    ``latitude, longitude, density`` for every grid node (row-major, south to north).
    The densities integrate to the total weight inside the box (less what the kernel
    carries past its edges).
    """
    if bandwidth_km <= 0 or resolution_deg <= 0:
        raise UsageError("bandwidth_km and resolution_deg must be positive")
    if weight not in ("events", "fatalities"):
        raise UsageError(f"weight must be 'events' or 'fatalities', not {weight!r}")
    require(df, ["latitude", "longitude", "fatalities_best"], "kernel density")
    lat = pd.to_numeric(df["latitude"], errors="coerce").to_numpy()
    lon = pd.to_numeric(df["longitude"], errors="coerce").to_numpy()
    ok = ~(np.isnan(lat) | np.isnan(lon))
    w = fatalities(df).to_numpy()[ok].astype(float) if weight == "fatalities" else np.ones(ok.sum())
    lat, lon = lat[ok], lon[ok]
    if bbox is None:
        if lat.size == 0:
            raise UsageError("kernel density needs at least one event with coordinates (or a bbox)")
        margin_deg = 3 * bandwidth_km / 111.32 / max(math.cos(math.radians(float(np.mean(lat)))), 0.1)
        bbox = (lon.min() - margin_deg, lat.min() - margin_deg, lon.max() + margin_deg, lat.max() + margin_deg)
    min_lon, min_lat, max_lon, max_lat = bbox
    if not (max_lon > min_lon and max_lat > min_lat):
        raise UsageError(f"bbox must be (min_lon, min_lat, max_lon, max_lat), got {bbox}")
    nx = int(math.ceil((max_lon - min_lon) / resolution_deg))
    ny = int(math.ceil((max_lat - min_lat) / resolution_deg))
    if nx * ny > 25_000_000:
        raise UsageError(f"a {ny} x {nx} grid is too large; raise resolution_deg or narrow the bbox")
    grid, _, _ = np.histogram2d(
        lat, lon, bins=[ny, nx],
        range=[[min_lat, min_lat + ny * resolution_deg], [min_lon, min_lon + nx * resolution_deg]], weights=w,
    )
    mid_lat = (min_lat + max_lat) / 2
    km_y = 111.32 * resolution_deg
    km_x = 111.32 * resolution_deg * math.cos(math.radians(mid_lat))
    smooth = ndimage.gaussian_filter(grid, sigma=(bandwidth_km / km_y, bandwidth_km / km_x), mode="constant", truncate=4.0)
    density = smooth / (km_x * km_y) * 1000.0
    glat = min_lat + (np.arange(ny) + 0.5) * resolution_deg
    glon = min_lon + (np.arange(nx) + 0.5) * resolution_deg
    LAT, LON = np.meshgrid(glat, glon, indexing="ij")
    out = pd.DataFrame({"latitude": LAT.ravel(), "longitude": LON.ravel(), "density": density.ravel()})
    out.attrs.update(bandwidth_km=bandwidth_km, resolution_deg=resolution_deg, bbox=bbox, weight=weight,
                     unit="per 1000 km2")
    return out
