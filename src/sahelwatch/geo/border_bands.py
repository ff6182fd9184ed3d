"""The international land borders of a set of countries, and the band within ``km`` of them, for a map.

Each border (a shared edge of the bundled country outlines, ``geo/data/borders.parquet``) is buffered
in metres in its own local equirectangular frame centred on the border's centroid (an affine map, so
no projection library runs in the server's worker threads), then mapped back to longitude/latitude.
At the Sahel's latitudes the east-west scale drifts by under 4% across a long border: fine for a map.
"""

from __future__ import annotations

import functools
import math

import shapely
from shapely import affinity

from .borders import _border_table

#: Metres per degree of latitude, and of longitude at the equator (WGS84, mean values).
_M_PER_DEG_LAT = 110_574.0
_M_PER_DEG_LON = 111_320.0


def _local_frame(geom) -> tuple[list[float], list[float]]:
    """Affine matrices (shapely's 6-term form) from lon/lat to metres around ``geom``'s centroid, and back."""
    c = geom.centroid
    sx, sy = _M_PER_DEG_LON * math.cos(math.radians(c.y)), _M_PER_DEG_LAT
    return [sx, 0, 0, sy, -sx * c.x, -sy * c.y], [1 / sx, 0, 0, 1 / sy, c.x, c.y]


@functools.lru_cache(maxsize=64)
def border_features(iso3s: tuple[str, ...], km: float | None) -> list[dict]:
    """GeoJSON-like features: a ``border`` line per land border touching one of ``iso3s``, and when
    ``km`` is given, one ``band`` polygon: every place within ``km`` km of those borders."""
    a, b, geoms = _border_table()
    wanted = set(iso3s)
    feats, bands = [], []
    for ia, ib, g in zip(a, b, geoms):
        if ia not in wanted and ib not in wanted:
            continue
        feats.append({"type": "Feature", "geometry": shapely.geometry.mapping(shapely.set_precision(g, 1e-3)),
                      "properties": {"kind": "border", "iso3_a": ia, "iso3_b": ib}})
        if km:
            fwd, back = _local_frame(g)
            # simplified well inside its own width, so a narrow band keeps its shape; make_valid mends a
            # self-touching ring before the union
            metres = km * 1000.0
            band = affinity.affine_transform(g, fwd).buffer(metres, quad_segs=4).simplify(min(250.0, metres / 4))
            bands.append(shapely.make_valid(affinity.affine_transform(band, back)))
    if bands:
        union = shapely.set_precision(shapely.union_all(bands), 1e-3)
        feats.append({"type": "Feature", "geometry": shapely.geometry.mapping(union),
                      "properties": {"kind": "band", "km": km}})
    return feats
