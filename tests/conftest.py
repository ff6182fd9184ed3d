"""Shared fixtures. Real data lives in ../shared/data beside the project; tests that need a file
skip, naming it, when it is missing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
TODAY = dt.date(2026, 11, 24)


def data_file(rel: str) -> Path:
    p = DATA / rel
    if not p.exists():
        pytest.skip(f"shared data file missing: ../shared/data/{rel}")
    return p


@pytest.fixture
def shared():
    return data_file


@pytest.fixture
def store(tmp_path):
    from sahelwatch.store import open_store

    s = open_store(tmp_path / "test.duckdb")
    yield s
    s.close()


@pytest.fixture
def ingest(store, tmp_path):
    """ingest(path, **kw) -> IngestSummary, into the test store."""
    from sahelwatch.ingest import ingest_files

    def run(*paths, **kw):
        kw.setdefault("today", TODAY)
        kw.setdefault("quarantine_dir", tmp_path / "quarantine")
        return ingest_files(store, [Path(p) for p in paths], **kw)

    return run
