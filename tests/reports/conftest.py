"""Fixtures of the report tests: the bundled reference chronology in a real DuckDB store,
and the same CSV files read directly with pandas for independent counts."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pandas as pd
import pytest

from tests.conftest import missing

ROOT = Path(__file__).resolve().parents[2]
CHRONOLOGY = sorted((ROOT / "data" / "chronology").glob("events-*.csv"))
TODAY = dt.date(2026, 11, 24)

# the suite runs with --import-mode=importlib: make the uniquely named helper module importable
sys.path.insert(0, str(Path(__file__).resolve().parent))


@pytest.fixture(scope="session")
def chronology_files() -> list[Path]:
    if not CHRONOLOGY:
        missing("data/chronology/events-*.csv")
    return CHRONOLOGY


@pytest.fixture(scope="session")
def chronology_db(tmp_path_factory, chronology_files) -> Path:
    """A database holding the chronology, ingested once for the session (open it read-only)."""
    from sahelwatch.ingest import ingest_files
    from sahelwatch.store import open_store

    d = tmp_path_factory.mktemp("reports-db")
    db = d / "chronology.duckdb"
    with open_store(db) as st:
        ingest_files(st, chronology_files, today=TODAY, quarantine_dir=d / "quarantine")
    return db


@pytest.fixture
def chronology_store(chronology_db):
    from sahelwatch.store import open_store

    st = open_store(chronology_db, read_only=True)
    yield st
    st.close()


@pytest.fixture(scope="session")
def chronology_raw(chronology_files) -> pd.DataFrame:
    """The chronology rows as pandas reads the CSV files (no sahelwatch code involved)."""
    df = pd.concat([pd.read_csv(p, dtype={"report_id": str}) for p in chronology_files], ignore_index=True)
    df["event_date"] = pd.to_datetime(df["event_date"]).dt.date
    return df


@pytest.fixture(scope="session")
def need_pdf() -> None:
    from sahelwatch.reports.render import pdf_available

    why = pdf_available()
    if why:
        pytest.skip(f"PDF rendering unavailable: {why}")
