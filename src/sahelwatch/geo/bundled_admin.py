"""The admin units that ship with sahelwatch: Mali, Burkina Faso, Niger and the neighbours
Mauritania, Senegal, Ghana, Togo, Benin, Nigeria, Côte d'Ivoire, Guinea, Algeria and Chad (the units
Natural Earth does not separate, such as Abidjan or Chad's two Ennedi provinces, are left out: see
``geo/data/PROVENANCE.md``).

Built by ``scripts/build_boundaries.py``. From Natural Earth 1:10m admin-1 lines (public domain),
named from ``geo/data/admin1_seats.csv``: Burkina Faso's 13 regions and 45 provinces and the
neighbours' first-level units. From OCHA's COD-AB (CC BY 3.0 IGO, attribution in
``geo/data/PROVENANCE.md``): Mali's 53 cercles and the 10 regions dissolved from them (OCHA's 2021
regions: Ménaka is one, Taoudénit is still in Tombouctou, none of the 2023 regions), and Niger's 67
departments and the 7 regions and Niamey dissolved from them. No P-codes (those come from
boundaries the user imports). They give ``spatial_keys`` an admin-1, and an admin-2 where one is
shipped, where the source gives none.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

import numpy as np
import pyarrow.parquet as pq
import shapely

from .admin_names import admin_norm
from .index import PolygonIndex


@dataclass(frozen=True)
class BundledLevel:
    iso3: np.ndarray
    name: np.ndarray
    name_norm: np.ndarray
    parent: np.ndarray
    parent_norm: np.ndarray
    geometry: np.ndarray
    index: PolygonIndex


@functools.cache
def bundled_admin(level: int) -> BundledLevel | None:
    with resources.as_file(resources.files("sahelwatch.geo") / "data" / "admin1.parquet") as p:
        t = pq.read_table(p).to_pandas()
    t = t[t["level"] == level].reset_index(drop=True)
    if t.empty:
        return None
    geoms = shapely.from_wkb(t["geometry"].to_numpy(dtype=object))
    iso3 = t["iso3"].to_numpy(dtype=object)
    _, norm = admin_norm(iso3, t["name"].to_numpy(dtype=object), level)
    parent = t["parent"].to_numpy(dtype=object)
    _, parent_norm = admin_norm(iso3, parent, level - 1) if level > 1 else (None, np.full(len(t), None, dtype=object))
    return BundledLevel(iso3, t["name"].to_numpy(dtype=object), norm, parent, parent_norm,
                        geoms, PolygonIndex(geoms, cell_deg=0.1))

