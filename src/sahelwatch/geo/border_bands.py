"""The international land borders of a set of countries, and the band within ``km`` of them, for a map.

Each border (a shared edge of the bundled country outlines, ``geo/data/borders.parquet``) is buffered
in its own azimuthal equidistant projection centred on the border's centroid, so the band's width
is in metres on the ground (pyproj), then brought back to longitude/latitude (EPSG:4326).
"""

from __future__ import annotations

import functools

import pyproj
import shapely
from shapely.ops import transform

from .borders import _border_table


def _aeqd(geom) -> tuple[pyproj.Transformer, pyproj.Transformer]:
    c = geom.centroid
    crs = pyproj.CRS.from_proj4(f"+proj=aeqd +lat_0={c.y:.4f} +lon_0={c.x:.4f} +datum=WGS84 +units=m")
    return (pyproj.Transformer.from_crs("EPSG:4326", crs, always_xy=True),
            pyproj.Transformer.from_crs(crs, "EPSG:4326", always_xy=True))


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
            fwd, back = _aeqd(g)
            # simplified well inside its own width, so a narrow band keeps its shape; projecting back can
            # still leave a self-touching ring, which make_valid mends before the union
            metres = km * 1000.0
            band = transform(fwd.transform, g).buffer(metres, quad_segs=4).simplify(min(250.0, metres / 4))
            bands.append(shapely.make_valid(transform(back.transform, band)))
    if bands:
        union = shapely.set_precision(shapely.union_all(bands), 1e-3)
        feats.append({"type": "Feature", "geometry": shapely.geometry.mapping(union),
                      "properties": {"kind": "band", "km": km}})
    return feats
