"""Panels read from a real store: the HDX aggregates and ACLED events, ingested into a temporary database."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from sahelwatch.errors import UsageError
from sahelwatch.forecasting.panel import load_panel

from .conftest import HDX, need

pytestmark = pytest.mark.slow


def test_aggregates_panel_from_the_store_matches_the_file(store, ingest, tmp_path, hdx_panel):
    ingest(need(HDX))
    db = store.path if hasattr(store, "path") else None
    store.close()
    db = db or next(tmp_path.glob("*.duckdb"))
    p = load_panel(db=db, unit="admin2", source="aggregates")
    assert p.unit_ids == hdx_panel.unit_ids
    assert np.array_equal(p.fatalities, hdx_panel.fatalities)
    assert np.array_equal(p.events, hdx_panel.events)
    p1 = load_panel(db=db, unit="admin1", source="aggregates")
    assert p1.fatalities.sum() == hdx_panel.fatalities.sum()
    assert p1.n_units == len(set(hdx_panel.admin1))
    with pytest.raises(UsageError, match="grid"):
        load_panel(db=db, unit="grid", source="aggregates")


def test_events_panel_sums_best_fatalities(store, ingest, tmp_path, shared):
    path = shared("acled/acled_mali_dyadic_1997-2018.csv")
    ingest(path)
    frame = store.events.frame(columns=["event_date", "admin2", "fatalities_best"])
    db = store.path if hasattr(store, "path") else None
    store.close()
    db = db or next(tmp_path.glob("*.duckdb"))
    for unit in ("admin2", "grid"):
        p = load_panel(db=db, unit=unit, source="events")
        assert p.events.sum() == len(frame.dropna(subset=["event_date"]))
        assert p.fatalities.sum() == pd.to_numeric(frame["fatalities_best"]).fillna(0).sum()
        assert p.lat is not None and np.isfinite(p.lat).all()
