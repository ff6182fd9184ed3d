"""Fixtures of the analytics tests (the frame builders live in analytics_frames.py).

``acled_events`` is the real ACLED Mali file with the derived columns computed by
the test helper, independently of the store, so that expected values worked out
by hand do not move when the registry or the geography change their coding.
``store_events`` is the same file through the real store (ingest + events_frame),
for the tests of the column contract and the CLI.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pandas as pd
import pytest

# the suite runs with --import-mode=importlib: make the uniquely named helper module importable
sys.path.insert(0, str(Path(__file__).resolve().parent))

from analytics_frames import ACLED_DYADIC, build_frame, need  # noqa: E402

_CACHE: dict = {}


@pytest.fixture(scope="session")
def acled_events() -> pd.DataFrame:
    """The real Mali ACLED events (2,456) with the derived columns of the test helper."""
    if "acled" not in _CACHE:
        _CACHE["acled"] = build_frame(ACLED_DYADIC)
    return _CACHE["acled"].copy()


@pytest.fixture(scope="session")
def store_events(tmp_path_factory) -> pd.DataFrame:
    """The real Mali ACLED events as the store returns them."""
    need(ACLED_DYADIC)
    from sahelwatch.ingest import ingest_files
    from sahelwatch.store import open_store

    d = tmp_path_factory.mktemp("store")
    with open_store(d / "events.duckdb") as st:
        ingest_files(st, [ACLED_DYADIC], today=dt.date(2026, 11, 24), quarantine_dir=d / "quarantine")
        return st.events.frame()


@pytest.fixture(scope="session")
def acled_raw() -> pd.DataFrame:
    """The ACLED file as pandas reads it, for expected values computed independently."""
    raw = pd.read_csv(need(ACLED_DYADIC))
    raw["event_date"] = pd.to_datetime(raw["event_date"])
    return raw
