from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import data_file as shared_file  # noqa: F401  (re-exported to the tests here)

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data"
GOLD = Path(__file__).resolve().parent / "gold"




@pytest.fixture(scope="session")
def extractor():
    from sahelwatch.extraction import Extractor

    return Extractor()
