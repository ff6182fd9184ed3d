"""Which units neighbour which: the spatial input of the forecasting features.

Neighbours are an optional input, a mapping ``unit_id -> (unit_id, ...)``. They
come from whatever the caller has: polygons (:func:`neighbours_from_polygons`,
units that share a border), or unit centroids (:func:`neighbours_from_centroids`,
the ``k`` nearest within a radius). Units of different countries neighbour each
other like any others, so cross-border spillover is seen when the panel holds
units of several countries. Without neighbours the model simply drops the
spatial-lag features.
"""

from __future__ import annotations

from typing import Mapping, Sequence

import numpy as np

from ..geo.distance import haversine_km

Neighbours = Mapping[str, tuple[str, ...]]


def neighbours_from_centroids(
    unit_ids: Sequence[str],
    lat: Sequence[float],
    lon: Sequence[float],
    *,
    k: int = 6,
    max_km: float = 400.0,
) -> dict[str, tuple[str, ...]]:
    """The ``k`` nearest units within ``max_km`` of each unit's centroid.

    A unit whose centroid is unknown (NaN) has no neighbours and is nobody's
    neighbour. The relation is symmetrised (if A is among B's nearest, B is A's
    neighbour too), so large units on the edge of dense areas are not left alone.
    """
    ids = [str(u) for u in unit_ids]
    la = np.asarray(lat, dtype=float)
    lo = np.asarray(lon, dtype=float)
    if not (len(ids) == len(la) == len(lo)):
        raise ValueError("unit_ids, lat and lon must have the same length")
    d = haversine_km(la[:, None], lo[:, None], la[None, :], lo[None, :])
    d[~np.isfinite(d)] = np.inf
    np.fill_diagonal(d, np.inf)
    adj = np.zeros(d.shape, dtype=bool)
    for i in range(len(ids)):
        order = np.argsort(d[i])[:k]
        order = order[d[i, order] <= max_km]
        adj[i, order] = True
    adj |= adj.T
    return {u: tuple(ids[j] for j in np.flatnonzero(adj[i])) for i, u in enumerate(ids)}


def neighbours_from_polygons(geoms, unit_ids: Sequence[str]) -> dict[str, tuple[str, ...]]:
    """Units whose polygons touch or overlap (``geoms``: a sequence of shapely geometries)."""
    from shapely.strtree import STRtree

    ids = [str(u) for u in unit_ids]
    geoms = list(geoms)
    tree = STRtree(geoms)
    out: dict[str, set[str]] = {u: set() for u in ids}
    for i, g in enumerate(geoms):
        for j in tree.query(g, predicate="intersects"):
            if j != i:
                out[ids[i]].add(ids[int(j)])
                out[ids[int(j)]].add(ids[i])
    return {u: tuple(sorted(v)) for u, v in out.items()}


def adjacency_matrix(unit_ids: Sequence[str], neighbours: Neighbours) -> np.ndarray:
    """A 0/1 unit x unit matrix from ``neighbours`` (unknown ids are ignored)."""
    pos = {u: i for i, u in enumerate(unit_ids)}
    w = np.zeros((len(unit_ids), len(unit_ids)))
    for u, nbrs in neighbours.items():
        i = pos.get(str(u))
        if i is None:
            continue
        for v in nbrs:
            j = pos.get(str(v))
            if j is not None and j != i:
                w[i, j] = 1.0
    return w


def load_neighbours(path) -> dict[str, tuple[str, ...]]:
    """Neighbours from a file: JSON ``{unit_id: [unit_id, ...]}`` or CSV ``unit_id,neighbour_id``.

    The relation is made symmetric.
    """
    import json
    from pathlib import Path

    import pandas as pd

    from ..errors import InputError

    p = Path(path)
    if not p.exists():
        raise InputError("no such file", path=str(p))
    pairs: set[tuple[str, str]] = set()
    try:
        if p.suffix.lower() == ".json":
            data = json.loads(p.read_text(encoding="utf-8"))
            if not isinstance(data, dict):
                raise InputError("a neighbours JSON file is an object {unit_id: [unit_id, ...]}", path=str(p))
            for u, vs in data.items():
                pairs.update((str(u), str(v)) for v in vs)
        else:
            df = pd.read_csv(p, dtype=str)
            if not {"unit_id", "neighbour_id"} <= set(df.columns):
                raise InputError("a neighbours CSV has columns unit_id,neighbour_id", path=str(p))
            pairs.update(zip(df["unit_id"], df["neighbour_id"]))
    except (ValueError, OSError) as e:
        raise InputError(f"cannot read neighbours: {e}", path=str(p)) from e
    out: dict[str, set[str]] = {}
    for u, v in pairs:
        if u != v:
            out.setdefault(u, set()).add(v)
            out.setdefault(v, set()).add(u)
    return {u: tuple(sorted(vs)) for u, vs in out.items()}
