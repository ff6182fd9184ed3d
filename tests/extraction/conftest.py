from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data"
GOLD = Path(__file__).resolve().parent / "gold"


def shared_file(rel: str) -> Path:
    p = SHARED / rel
    if not p.exists():
        pytest.skip(f"shared data missing: {rel}")
    return p


@pytest.fixture(scope="session")
def extractor():
    from sahelwatch.extraction import Extractor

    return Extractor()
