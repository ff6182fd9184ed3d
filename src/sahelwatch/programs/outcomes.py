"""The outcome panel of an evaluation (admin2 P-code x month) and which units neighbour which.

The panel is the forecasting panel (:mod:`sahelwatch.forecasting.panel`), keyed by admin2 P-code:
from the stored HDX admin2-month aggregates (:func:`panel_from_aggregates`), or from the stored
events that carry an admin2 P-code (counted per P-code and month, then :func:`build_panel`).
Civilian fatalities are the fatalities of events against civilians (event type "Violence against
civilians", or a civilian target category); the HDX aggregates do not have them.

Neighbours (for the spillover exclusion) come from the imported admin2 polygons when there are
any (units that touch), else from unit centroids (the 6 nearest within 150 km, from the events'
coordinates), else there are none and the evaluation says so.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..errors import UsageError
from ..forecasting.neighbours import neighbours_from_centroids, neighbours_from_polygons
from ..forecasting.panel import Panel, build_panel, panel_from_aggregates

OUTCOMES = ("events", "fatalities", "civilian_fatalities")
SOURCES = ("events", "hdx")
HDX_SOURCE = "acled-hdx"
NEIGHBOUR_KM = 150.0


def outcome_panel(store, *, source: str, outcome: str, units=()) -> tuple[Panel, np.ndarray]:
    """(panel, the outcome array units x months); ``units`` are added with zero counts when absent."""
    if outcome not in OUTCOMES:
        raise UsageError(f"outcome is one of {', '.join(OUTCOMES)}, not {outcome!r}")
    if source not in SOURCES:
        raise UsageError(f"source is one of {', '.join(SOURCES)}, not {source!r}")
    if source == "hdx":
        if outcome == "civilian_fatalities":
            raise UsageError("the HDX aggregates have no civilian fatalities; use --source events")
        frame = store.aggregates.frame(source=HDX_SOURCE)
        if frame.empty:
            raise UsageError("the database holds no HDX aggregates (ingest the HDX admin2-month workbook)")
        panel = panel_from_aggregates(frame)
    else:
        cols = ["event_date", "iso3", "admin2", "admin2_pcode", "latitude", "longitude", "fatalities_best",
                "event_type", "target_category", "source"]
        ev = store.events.frame(columns=cols)
        ev = ev[ev["admin2_pcode"].notna() & ev["event_date"].notna()]
        if ev.empty:
            raise UsageError("the database holds no events with an admin2 P-code "
                             "(import admin2 boundaries with 'geo import', then 'sahelwatch derive')")
        sources = sorted(ev["source"].dropna().unique())
        if len(sources) > 1:  # one real event reported by several sources would count twice
            if "acled" not in sources:
                raise UsageError(f"the database holds events from several sources ({', '.join(sources)})")
            ev = ev[ev["source"] == "acled"]
        fat = pd.to_numeric(ev["fatalities_best"], errors="coerce").fillna(0)
        if outcome == "civilian_fatalities":
            civ = (ev["event_type"] == "Violence against civilians") | (ev["target_category"] == "civilians")
            fat = fat.where(civ, 0)
        df = pd.DataFrame({"unit_id": ev["admin2_pcode"], "unit_name": ev["admin2"], "iso3": ev["iso3"],
                           "month": pd.to_datetime(ev["event_date"]).dt.to_period("M").dt.to_timestamp(),
                           "fatalities": fat.astype("int64"), "lat": ev["latitude"], "lon": ev["longitude"]})
        agg = df.groupby(["unit_id", "month"], as_index=False).agg(
            events=("fatalities", "size"), fatalities=("fatalities", "sum"), unit_name=("unit_name", "first"),
            iso3=("iso3", "first"), lat=("lat", "median"), lon=("lon", "median"))
        med = agg.groupby("unit_id")[["lat", "lon"]].transform("median")
        agg[["lat", "lon"]] = med
        panel = build_panel(agg, units=list(units))
    y = panel.events if outcome == "events" else panel.fatalities
    return panel, np.asarray(y, dtype=float)


def unit_neighbours(store, panel: Panel) -> tuple[dict, str]:
    """(unit -> neighbouring units, how they were found: 'adjacency', 'centroid distance' or 'none')."""
    b = store.boundaries.load(level=2)
    if len(b):
        b = b[b["pcode"].isin(panel.unit_ids) & b.geometry.notna()]
        b = b[~b.geometry.is_empty].drop_duplicates("pcode")
    if len(b) >= 2:
        return neighbours_from_polygons(b.geometry.values, b["pcode"].tolist()), "adjacency"
    if panel.lat is not None and np.isfinite(panel.lat).sum() >= 2:
        return neighbours_from_centroids(panel.unit_ids, panel.lat, panel.lon, max_km=NEIGHBOUR_KM), \
            "centroid distance"
    return {}, "none"
