"""The map's boundaries as ``serve`` answers them: the same GeoJSON compressed or not, kept across writes of
events, and drawn again when boundaries are imported."""

from __future__ import annotations

from tests.api.conftest import ACLED
from tests.conftest import TODAY, data_file

UCDP = "ucdp/ged231_global_sample_1000.csv"


def test_boundaries_follow_an_import_and_not_a_write_of_events(tmp_path):
    from fastapi.testclient import TestClient

    from sahelwatch.api import create_app
    from sahelwatch.geo.boundaries import import_boundaries
    from sahelwatch.ingest import ingest_files
    from sahelwatch.store import open_store

    db = str(tmp_path / "store.duckdb")
    with open_store(db) as store:
        ingest_files(store, [data_file(ACLED)], today=TODAY, quarantine_dir=tmp_path / "q1")
    with TestClient(create_app(db)) as client:
        plain = client.get("/api/v1/boundaries/2", headers={"Accept-Encoding": "identity"})
        packed = client.get("/api/v1/boundaries/2", headers={"Accept-Encoding": "gzip"})
        assert plain.status_code == packed.status_code == 200
        assert packed.headers["content-encoding"] == "gzip"
        assert "content-encoding" not in plain.headers
        assert packed.json() == plain.json()
        assert {f["properties"]["source"] for f in plain.json()["features"]} == {"bundled"}

        total = client.get("/api/v1/events?limit=0").json()["total"]
        client.app.state.db.release()  # as a read-write open in this process does (api/auth.py)
        with open_store(db) as store:  # a write of events only: the same map
            ingest_files(store, [data_file(UCDP)], today=TODAY, quarantine_dir=tmp_path / "q2")
        assert client.get("/api/v1/events?limit=0").json()["total"] > total
        assert client.get("/api/v1/boundaries/2", headers={"Accept-Encoding": "identity"}).content == plain.content

        client.app.state.db.release()
        with open_store(db) as store:  # boundaries imported: the map shows them at the next request
            import_boundaries(store, data_file("geo/gadm36_MLI_2.json"), level=2)
        after = client.get("/api/v1/boundaries/2").json()
        assert "imported" in {f["properties"]["source"] for f in after["features"]}
