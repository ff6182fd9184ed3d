"""World country outlines and the vectorised checks built on them.

The outlines are Natural Earth 1:10m admin-0 (public domain), built into
``geo/data/admin0.parquet`` by ``scripts/build_boundaries.py`` (see
``geo/data/PROVENANCE.md``). One polygon per ISO 3166-1 alpha-3 code.

:func:`points_in_country` answers "does each event lie in the country its source names?",
for millions of points at once: points are grouped by country and tested with
``shapely.contains_xy`` against a prepared polygon, and only the (few) points outside
are measured, geodesically, to the outline, to honour ``tolerance_km``.
"""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from importlib import resources
from typing import Mapping

import numpy as np
import pandas as pd
import pyarrow.parquet as pq
import shapely

from ..errors import UsageError
from .distance import haversine_km

#: Default tolerance of :func:`points_in_country`, in km. Why 10 km: real event coordinates
#: sit on borders and coasts (a town on a border river, a coastal village whose point falls
#: in the sea), Natural Earth 1:10m lines are placed within a few km of the true line, and
#: our simplified outline moves them by at most ~1.3 km more. On the UCDP GED 23.1 global
#: sample every event inside its country's extent lies within 10 km of it (see docs/geo.md).
DEFAULT_TOLERANCE_KM = 10.0


def _data_path(name: str):
    return resources.files("sahelwatch.geo") / "data" / name


@dataclass(frozen=True)
class CountryOutlines:
    """The bundled admin-0 outlines: parallel arrays, one row per ISO3 code."""

    iso3: np.ndarray  # str
    name: np.ndarray
    name_fr: np.ndarray
    geometry: np.ndarray  # shapely (Multi)Polygons, EPSG:4326, prepared
    index: Mapping[str, int]
    #: iso3 -> the iso3 codes whose territory the country's events may lie in, beyond its own
    #: (see ``country_extents.csv``: e.g. UCDP codes events in Gaza and the West Bank as Israel).
    extents: Mapping[str, tuple[str, ...]]

    def geometry_of(self, iso3: str):
        try:
            return self.geometry[self.index[iso3]]
        except KeyError:
            raise UsageError(f"no outline for country code {iso3!r}") from None


@functools.cache
def country_outlines() -> CountryOutlines:
    """Load the bundled outlines (once per process)."""
    with resources.as_file(_data_path("admin0.parquet")) as p:
        t = pq.read_table(p)
    geoms = shapely.from_wkb(t.column("geometry").to_numpy(zero_copy_only=False))
    shapely.prepare(geoms)
    iso3 = np.asarray(t.column("iso3").to_pylist(), dtype=object)
    extents: dict[str, list[str]] = {}
    with resources.as_file(_data_path("country_extents.csv")) as p, open(p, encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            extents.setdefault(row["iso3"], []).append(row["also_iso3"])
    return CountryOutlines(
        iso3=iso3,
        name=np.asarray(t.column("name").to_pylist(), dtype=object),
        name_fr=np.asarray(t.column("name_fr").to_pylist(), dtype=object),
        geometry=geoms,
        index={c: i for i, c in enumerate(iso3)},
        extents={k: tuple(v) for k, v in extents.items()},
    )


def distance_to_geometry_km(geom, lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
    """Distance in km from each point to ``geom`` (0 inside a polygon).

    The nearest point is found in lon/lat space, then the distance to it is measured on the
    sphere. Near the equator and at the short distances this is used for (tens of km) the
    error is a few percent at most; it is meant for tolerances, not for surveying.
    """
    lon = np.asarray(lon, dtype=float)
    lat = np.asarray(lat, dtype=float)
    if lon.size == 0:
        return np.zeros(0)
    pts = shapely.points(lon, lat)
    nearest = shapely.shortest_line(pts, geom)
    end = shapely.get_coordinates(shapely.get_point(nearest, 1))
    return haversine_km(lat, lon, end[:, 1], end[:, 0])


def _as_str_array(a) -> np.ndarray:
    arr = np.asarray(a, dtype=object)
    if arr.ndim != 1:
        arr = arr.reshape(-1)
    return arr


def points_in_country(iso3, lon, lat, tolerance_km: float = DEFAULT_TOLERANCE_KM,
                      *, extents: bool = True) -> np.ndarray:
    """For each point, whether it lies in (or within ``tolerance_km`` of) its country.

    ``iso3``, ``lon`` and ``lat`` are equal-length arrays. A point whose code is missing or
    unknown, or whose coordinates are missing (NaN), gets ``False``. With ``extents`` (the
    default) a country also accepts points in the territories listed for it in
    ``country_extents.csv`` (documented source conventions, e.g. UCDP's Israel includes
    Gaza and the West Bank).
    """
    codes = _as_str_array(iso3)
    lon = np.asarray(lon, dtype=float).reshape(-1)
    lat = np.asarray(lat, dtype=float).reshape(-1)
    if not (len(codes) == len(lon) == len(lat)):
        raise UsageError("iso3, lon and lat must have the same length")
    if tolerance_km < 0:
        raise UsageError("tolerance_km must be >= 0")
    out = np.zeros(len(codes), dtype=bool)
    if len(codes) == 0:
        return out
    co = country_outlines()
    valid = np.isfinite(lon) & np.isfinite(lat)
    # group rows by code without a Python loop over rows (missing codes get -1)
    inverse, uniq = pd.factorize(codes)
    inverse = np.where(valid, inverse, -1)
    order = np.argsort(inverse, kind="stable")
    bounds = np.searchsorted(inverse[order], np.arange(len(uniq) + 1))
    for k, code in enumerate(uniq):
        rows = order[bounds[k]:bounds[k + 1]]
        idx = co.index.get(code) if isinstance(code, str) else None
        if idx is None:
            continue
        members = [co.geometry[idx]] + [co.geometry_of(c) for c in (co.extents.get(code, ()) if extents else ())
                                         if c in co.index]
        x, y = lon[rows], lat[rows]
        inside = np.zeros(len(rows), dtype=bool)
        for g in members:
            todo = ~inside
            inside[todo] = shapely.contains_xy(g, x[todo], y[todo])
        if tolerance_km > 0 and not inside.all():
            miss = np.flatnonzero(~inside)
            # pre-filter in degrees (prepared dwithin, vectorised): an upper bound of the degree
            # distance that ``tolerance_km`` can span at each point's latitude
            for g in members:
                if miss.size == 0:
                    break
                my = y[miss]
                reach = np.radians(np.minimum(np.abs(my) + tolerance_km / 111.0, 89.0))
                bound = tolerance_km / (111.0 * np.cos(reach)) + 1e-9
                cand = miss[shapely.dwithin(g, shapely.points(x[miss], my), bound)]
                if cand.size:
                    d = distance_to_geometry_km(g, x[cand], y[cand])
                    ok = cand[d <= tolerance_km]
                    inside[ok] = True
                    miss = miss[~np.isin(miss, ok)]
        out[rows] = inside
    return out


def locate_country(lon, lat) -> np.ndarray:
    """The ISO3 code of the country polygon containing each point (``None`` at sea or NaN).

    Points on a shared border get one of the two countries. Vectorised through a grid
    :class:`~sahelwatch.geo.index.PolygonIndex` (exactly ``contains_xy``'s answer).
    """
    found = _country_index().locate(lon, lat)
    out = np.full(found.size, None, dtype=object)
    hit = found >= 0
    out[hit] = country_outlines().iso3[found[hit]]
    return out


@functools.cache
def _country_index():
    from .index import PolygonIndex

    return PolygonIndex(country_outlines().geometry, cell_deg=0.5)
