"""The admin units a map draws at one level: for each country, the polygons the user imported for that
level (``sahelwatch geo import``, the latest import) where there are any, else the units that ship with
sahelwatch (:mod:`sahelwatch.geo.bundled_admin`). So a user who imports newer boundaries of one country
(Mali's 2023 regions and cercles, say) sees them on the map, and the other countries' units come from the
package."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import shapely

from .bundled_admin import bundled_admin


@dataclass(frozen=True)
class MapUnit:
    iso3: str
    name: str
    name_norm: str  # the key events are counted on (admin1_norm / admin2_norm)
    parent: str | None  # the admin-1 unit's name, for level 2
    geometry: object  # shapely (multi)polygon, EPSG:4326
    source: str  # "imported" or "bundled"


def map_units(level: int, boundaries=None) -> list[MapUnit]:
    """The units of ``level`` to draw; ``boundaries`` is a :class:`~sahelwatch.geo.boundaries.BoundarySet`
    (or None). Units without a polygon or a name are left out."""
    out: list[MapUnit] = []
    imported: set[str] = set()
    lvl = boundaries.levels.get(level) if boundaries is not None else None
    if lvl is not None and len(lvl.frame):
        f = lvl.frame
        for iso3, name, norm, parent, geom in zip(f["iso3"], f["name"], f["name_norm"], f["parent_name"], f.geometry):
            if not isinstance(norm, str) or geom is None or shapely.is_empty(geom):
                continue
            out.append(MapUnit(iso3, name, norm, parent if isinstance(parent, str) else None, geom, "imported"))
            imported.add(iso3)
    lv = bundled_admin(level)
    if lv is not None:
        for iso3, name, norm, parent, geom in zip(lv.iso3, lv.name, lv.name_norm, lv.parent, lv.geometry):
            if iso3 in imported or pd.isna(norm):
                continue
            out.append(MapUnit(iso3, name, norm, parent if isinstance(parent, str) else None, geom, "bundled"))
    return out
