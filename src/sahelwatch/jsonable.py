"""Plain JSON values from the results of analyses: the one conversion the API and the CLI's ``--json`` share.

Data frames become lists of records, dataclasses and mappings become dicts, NumPy scalars and arrays
become Python values, dates and timestamps ISO text; NaN, infinities, NaT and NA become ``None``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from typing import Any


def plain(obj: Any) -> Any:
    """``obj`` as nested dicts, lists and JSON scalars."""
    import numpy as np
    import pandas as pd

    if isinstance(obj, pd.DataFrame):
        return [plain(r) for r in obj.to_dict(orient="records")]
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: plain(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, dict):
        return {str(k): plain(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple, np.ndarray)):
        return [plain(x) for x in obj]
    if isinstance(obj, (pd.Timestamp, dt.date)):
        return None if pd.isna(obj) else obj.isoformat()
    if isinstance(obj, np.generic):
        obj = obj.item()
    if isinstance(obj, float) and not math.isfinite(obj):
        return None
    if obj is not None and type(obj).__name__ in ("NaTType", "NAType"):
        return None
    return obj
