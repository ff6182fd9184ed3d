"""A point-in-polygon index for millions of points: grid cells first, exact tests only at edges.

:class:`PolygonIndex` lays a regular lon/lat grid over a set of non-overlapping polygons.
For every grid cell that holds points it asks once which polygons the cell touches:

* a cell lying wholly inside one polygon answers for all its points at once (no test);
* a cell touching several polygons, or an edge, sends its points to ``shapely.contains_xy``
  on each candidate polygon (prepared), all the points of one polygon in one call.

No per-point Python and no per-point shapely geometry is made, so a million points take well
under a second for admin-0 or admin-1 polygons. The answer is exactly that of ``contains_xy``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import shapely


def _group(keys: np.ndarray):
    """(unique keys, start, end, order): rows order[start[i]:end[i]] have key uniq[i], keys ascending
    and each key's rows in their order.

    The keys are hashed to their rank among the distinct keys, and the ranks sorted, by a radix sort
    when they fit in 16 bits: no comparison sort of a million keys."""
    if keys.size == 0:
        return keys, np.zeros(0, int), np.zeros(0, int), np.zeros(0, np.intp)
    codes, uniq = pd.factorize(keys)
    perm = np.argsort(uniq)
    rank = np.empty(perm.size, dtype=np.int64)
    rank[perm] = np.arange(perm.size)
    ranks = rank[codes]
    order = np.argsort(ranks.astype(np.uint16) if perm.size <= 1 << 16 else ranks, kind="stable")
    counts = np.bincount(ranks, minlength=perm.size)
    ends = np.cumsum(counts)
    starts = ends - counts
    return uniq[perm], starts, ends, order


@dataclass
class PolygonIndex:
    """Locate points in non-overlapping polygons (EPSG:4326 lon/lat)."""

    geometries: np.ndarray
    cell_deg: float = 0.25
    _tree: shapely.STRtree = field(init=False, repr=False)
    _cells: dict = field(init=False, repr=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.geometries = np.asarray(self.geometries, dtype=object)
        shapely.prepare(self.geometries)
        self._tree = shapely.STRtree(self.geometries)
        self._ncols = int(np.ceil(360.0 / self.cell_deg)) + 1

    def _cell_ids(self, lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
        col = np.floor((lon + 180.0) / self.cell_deg).astype(np.int64)
        row = np.floor((lat + 90.0) / self.cell_deg).astype(np.int64)
        return row * self._ncols + col

    def _describe(self, cells: np.ndarray) -> None:
        """Fill the cache for cells not seen yet: (inside polygon or -1, candidate polygons)."""
        new = np.array([c for c in cells.tolist() if c not in self._cells], dtype=np.int64)
        if new.size == 0:
            return
        row, col = np.divmod(new, self._ncols)
        x0 = col * self.cell_deg - 180.0
        y0 = row * self.cell_deg - 90.0
        boxes = shapely.box(x0, y0, x0 + self.cell_deg, y0 + self.cell_deg)
        ci, gi = self._tree.query(boxes, predicate="intersects")
        within = np.zeros(ci.size, dtype=bool)
        if ci.size:
            within = shapely.contains_properly(self.geometries[gi], boxes[ci])
        cand: dict[int, list[int]] = {}
        inside: dict[int, int] = {}
        for c, g, w in zip(ci.tolist(), gi.tolist(), within.tolist()):
            cand.setdefault(c, []).append(g)
            if w:
                inside[c] = g
        for k, cell in enumerate(new.tolist()):
            if k in inside:
                self._cells[cell] = (inside[k], ())
            else:
                self._cells[cell] = (-1, tuple(cand.get(k, ())))

    def locate(self, lon, lat) -> np.ndarray:
        """Index of the polygon containing each point; -1 where none (or NaN coordinates)."""
        lon = np.asarray(lon, dtype=float).reshape(-1)
        lat = np.asarray(lat, dtype=float).reshape(-1)
        out = np.full(lon.size, -1, dtype=np.int64)
        ok = np.flatnonzero(np.isfinite(lon) & np.isfinite(lat) & (np.abs(lat) <= 90) & (np.abs(lon) <= 180))
        if ok.size == 0:
            return out
        cells = self._cell_ids(lon[ok], lat[ok])
        uniq, starts, ends, order = _group(cells)
        self._describe(uniq)
        described = [self._cells[c] for c in uniq.tolist()]
        counts = ends - starts
        rows = ok[order]  # the points, cell by cell (cells ascending)
        # points of cells wholly inside one polygon: answered without a test
        inside = np.repeat(np.fromiter((d[0] for d in described), dtype=np.int64, count=len(described)), counts)
        known = inside >= 0
        out[rows[known]] = inside[known]
        # the rest: one contains_xy call per candidate polygon, the polygons in the order the cells
        # (ascending) name them, each with the points of every cell that names it
        pair_cell = np.fromiter((k for k, d in enumerate(described) for _ in d[1]), dtype=np.int64)
        if pair_cell.size == 0:
            return out
        pair_poly = np.fromiter((g for d in described for g in d[1]), dtype=np.int64, count=pair_cell.size)
        code, polys = pd.factorize(pair_poly)  # codes in order of first appearance
        by_poly = np.argsort(code, kind="stable")
        pair_cell = pair_cell[by_poly]
        lengths = counts[pair_cell]
        # the points of each (polygon, cell) pair, laid end to end: one range of ``rows`` per pair
        ends_flat = np.cumsum(lengths)
        flat = np.arange(ends_flat[-1] if ends_flat.size else 0) + np.repeat(starts[pair_cell] - (ends_flat - lengths),
                                                                           lengths)
        bounds = np.concatenate([[0], ends_flat[np.flatnonzero(np.diff(code[by_poly]))], [flat.size]])
        for g, a, b in zip(polys.tolist(), bounds[:-1].tolist(), bounds[1:].tolist()):
            r = rows[flat[a:b]]
            r = r[out[r] < 0]
            if r.size:
                hit = shapely.contains_xy(self.geometries[g], lon[r], lat[r])
                out[r[hit]] = g
        return out
