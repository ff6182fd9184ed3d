"""Panels for the forecasting tests.

Hand-made panels are built here in a few lines. The real panel is the shared
ACLED-on-HDX admin2 x month aggregate for Mali, read in place (never copied), and
completed by the library's own :func:`build_panel`. Neighbours for it come from
the cercle centroids of the shared GADM outlines (tests only: GADM data is never
shipped); the three cercles carved out of Menaka after GADM 3.6 (Anderamboukane,
Inekar, Tidermene) take Menaka's centroid.
"""

from __future__ import annotations

import unicodedata

import numpy as np
import pandas as pd
import pytest

from sahelwatch.forecasting.neighbours import neighbours_from_centroids
from sahelwatch.forecasting.panel import build_panel
from tests.conftest import DATA
from tests.conftest import require_file as need

HDX = DATA / "hdx" / "mali_hrp_political_violence_events_and_fatalities_by_month-year_1997-2020.xlsx"
GADM2 = DATA / "geo" / "gadm36_MLI_2.json"

_MONTHS = {m: i + 1 for i, m in enumerate(
    ["January", "February", "March", "April", "May", "June", "July", "August", "September",
     "October", "November", "December"])}


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return s.replace(" ", "").replace("-", "").replace("'", "")


def hdx_frame() -> pd.DataFrame:
    d = pd.read_excel(need(HDX), sheet_name="Data")
    month = d["Month"].map(lambda m: _MONTHS.get(m) if isinstance(m, str) else int(m))
    return pd.DataFrame({
        "unit_id": d["Admin2 Pcode"],
        "unit_name": d["Admin2"],
        "admin1": d["Admin1"],
        "iso3": d["ISO3"],
        "month": pd.to_datetime(dict(year=d["Year"], month=month, day=1)),
        "events": d["Events"],
        "fatalities": d["Fatalities"],
    })


@pytest.fixture(scope="session")
def hdx_panel():
    return build_panel(hdx_frame())


@pytest.fixture(scope="session")
def hdx_neighbours(hdx_panel):
    import geopandas as gpd

    g = gpd.read_file(need(GADM2))
    c = g.geometry.centroid  # degrees are fine to rank nearest neighbours
    cent = {_norm(n): (p.y, p.x) for n, p in zip(g["NAME_2"], c)}
    aliases = {"baraoueli": "baroueli", "inekar": "menaka", "tidermene": "menaka", "anderamboukane": "menaka"}
    lat, lon = [], []
    for name in hdx_panel.unit_names:
        key = _norm(name)
        key = key if key in cent else aliases.get(key, key)
        la, lo = cent.get(key, (np.nan, np.nan))
        lat.append(la)
        lon.append(lo)
    assert np.isfinite(lat).sum() == hdx_panel.n_units, "every HDX cercle should get a GADM centroid"
    return neighbours_from_centroids(hdx_panel.unit_ids, lat, lon)


def tiny_frame(series: dict[str, list[int]], start: str = "2020-01", events: dict | None = None) -> pd.DataFrame:
    """A long frame from per-unit monthly fatality lists (events = fatalities unless given)."""
    rows = []
    for unit, values in series.items():
        for k, v in enumerate(values):
            m = (np.datetime64(start, "M") + k).astype("datetime64[D]")
            ev = events[unit][k] if events else v
            rows.append({"unit_id": unit, "unit_name": unit.upper(), "month": pd.Timestamp(m), "events": ev,
                         "fatalities": v})
    return pd.DataFrame(rows)


def synthetic_frame(n_units: int = 12, n_months: int = 96, seed: int = 7) -> pd.DataFrame:
    """A panel with persistence and spillover along a line of units, for model tests."""
    rng = np.random.default_rng(seed)
    rate = np.zeros((n_units, n_months))
    level = rng.gamma(0.5, 1.0, n_units)
    fat = np.zeros((n_units, n_months), dtype=int)
    for t in range(n_months):
        prev = fat[:, t - 1] if t else np.zeros(n_units)
        spill = np.convolve(prev, [0.15, 0, 0.15], mode="same")
        rate[:, t] = 0.3 * level + 0.5 * prev + spill
        fat[:, t] = rng.poisson(np.minimum(rate[:, t], 60))
    rows = []
    months = pd.date_range("2010-01-01", periods=n_months, freq="MS")
    for i in range(n_units):
        for t in range(n_months):
            rows.append({"unit_id": f"U{i:02d}", "unit_name": f"unit {i}", "admin1": f"R{i // 4}",
                         "lat": 14.0, "lon": -4.0 + 0.5 * i, "month": months[t],
                         "events": int(fat[i, t] > 0) + rng.poisson(0.2), "fatalities": int(fat[i, t])})
    return pd.DataFrame(rows)


