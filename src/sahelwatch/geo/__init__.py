"""Places: country outlines, admin boundaries, spatial keys, border distance, grid cells.

The public functions are re-exported here; each lives in the module of its concept:
``countries`` (outlines, point-in-country), ``country_codes`` (names and Gleditsch-Ward codes),
``keys`` (spatial keys of events), ``borders`` (border distance), ``boundaries`` (user boundary
import and matching), ``admin_names`` (canonical unit names), ``bundled_admin`` (shipped units).
Data files and their provenance: ``geo/data/PROVENANCE.md``; concepts: ``docs/geo.md``.
"""

from __future__ import annotations

from .countries import DEFAULT_TOLERANCE_KM, locate_country, points_in_country
from .country_codes import country_to_iso3, gw_to_iso3
from .keys import KEY_COLUMNS, priogrid_gid, spatial_keys

__all__ = [
    "DEFAULT_TOLERANCE_KM",
    "KEY_COLUMNS",
    "country_to_iso3",
    "gw_to_iso3",
    "locate_country",
    "points_in_country",
    "priogrid_gid",
    "spatial_keys",
]
