"""A real DuckDB file with the real ACLED Mali file ingested, and the ASGI app over it."""

from __future__ import annotations

import pytest

from tests.conftest import TODAY, data_file

ACLED = "acled/acled_mali_dyadic_1997-2018.csv"


@pytest.fixture(scope="module")
def acled_db(tmp_path_factory):
    from sahelwatch.ingest import ingest_files
    from sahelwatch.store import open_store

    src = data_file(ACLED)
    path = tmp_path_factory.mktemp("api") / "acled.duckdb"
    with open_store(path) as store:
        summary = ingest_files(store, [src], today=TODAY, quarantine_dir=path.parent / "quarantine")
    assert summary.total("rejected") == 0, "the independent counts below assume every row was kept"
    return path


@pytest.fixture(scope="module")
def client(acled_db):
    from fastapi.testclient import TestClient

    from sahelwatch.api import create_app

    with TestClient(create_app(acled_db)) as c:
        yield c
