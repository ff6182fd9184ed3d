"""Great-circle distance: the one haversine of the code base.

``haversine_km(lat1, lon1, lat2, lon2)`` takes degrees, latitude first. On four plain numbers it
returns a ``float`` (computed with :mod:`math`, for the many single look-ups of the gazetteer and
the linker); on arrays it broadcasts with NumPy and returns an array.
"""

from __future__ import annotations

import math
from numbers import Real

import numpy as np

#: The mean Earth radius (IUGG), in km.
EARTH_RADIUS_KM = 6371.0088


def haversine_km(lat1, lon1, lat2, lon2):
    """Great-circle distance in km between (lat1, lon1) and (lat2, lon2), degrees in."""
    if all(isinstance(v, Real) and not isinstance(v, np.ndarray) for v in (lat1, lon1, lat2, lon2)):
        p1, p2 = math.radians(lat1), math.radians(lat2)
        a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
        return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))
    lat1, lon1, lat2, lon2 = (np.radians(np.asarray(v, dtype=float)) for v in (lat1, lon1, lat2, lon2))
    a = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))
