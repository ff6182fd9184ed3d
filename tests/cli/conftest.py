"""The store the filter tests share: a real DuckDB file built by the command line from the shared P-code table
and the real ACLED Mali file (so events carry their district's P-code), and the API's total over it."""

from __future__ import annotations

import pytest

from tests.cli.test_cli_ingest_export import DYADIC, sw
from tests.conftest import data_file

PCODES = "geo/pcodes_mli_bfa_ner_adm1_adm2.csv"


@pytest.fixture(scope="session")
def district_db(tmp_path_factory):
    p = tmp_path_factory.mktemp("district") / "district.duckdb"
    for args in (["geo", "import", data_file(PCODES), "--level", "2"], ["ingest", data_file(DYADIC)]):
        r = sw("--db", p, "--json", *args)
        assert r.returncode == 0, r.stderr
    return p


def api_total(db, params: dict) -> int:
    """The ``total`` of ``GET /api/v1/events`` with these query parameters, on the store ``db``."""
    from fastapi.testclient import TestClient

    from sahelwatch.api import create_app

    with TestClient(create_app(str(db))) as client:
        r = client.get("/api/v1/events", params={**params, "limit": 0})
    assert r.status_code == 200, r.text
    return r.json()["total"]
