from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _no_key_env(monkeypatch):
    """Each test keeps its master key beside its own database unless it sets SAHELWATCH_KEY_FILE itself."""
    monkeypatch.delenv("SAHELWATCH_KEY_FILE", raising=False)


@pytest.fixture
def store(tmp_path):
    from sahelwatch.store import open_store

    s = open_store(tmp_path / "t.duckdb")
    yield s
    s.close()
