"""/api/v1/boundaries/2 and the admin2 aggregates the dashboard joins on it: the shipped cercles, departments
and provinces, and cercles the user imported (here GADM's, read from the shared data, never shipped), which take
the place of the shipped ones."""

from __future__ import annotations

import pytest

from tests.api.conftest import ACLED
from tests.conftest import TODAY, data_file


@pytest.fixture(scope="module")
def cercles_db(tmp_path_factory):
    """The ACLED Mali file with Mali's cercles imported (``sahelwatch geo import``), in a DuckDB file."""
    from sahelwatch.geo.boundaries import import_boundaries
    from sahelwatch.ingest import ingest_files
    from sahelwatch.store import open_store

    tmp = tmp_path_factory.mktemp("cercles")
    db = str(tmp / "store.duckdb")
    with open_store(db) as store:
        import_boundaries(store, data_file("geo/gadm36_MLI_2.json"), level=2)
        ingest_files(store, [data_file(ACLED)], today=TODAY, quarantine_dir=tmp / "quarantine")
    return db


def _client(db):
    from fastapi.testclient import TestClient

    from sahelwatch.api import create_app

    return TestClient(create_app(db))


def test_shipped_level2_units_are_cercles_departments_and_provinces(client):
    gj = client.get("/api/v1/boundaries/2").json()
    by_country = {}
    for f in gj["features"]:
        by_country.setdefault(f["properties"]["iso3"], []).append(f["properties"])
    assert sorted(by_country) == ["BFA", "MLI", "NER"]
    assert len(by_country["MLI"]) == 53 and len(by_country["NER"]) == 67 and len(by_country["BFA"]) == 45
    assert all(p["source"] == "bundled" and p["parent"] for ps in by_country.values() for p in ps)
    assert "CC BY 3.0 IGO" in gj["attribution"] and "OCHA" in gj["attribution"]
    assert "OpenStreetMap contributors (ODbL)" in gj["attribution"] and "GeoNames" in gj["attribution"]


def test_every_admin2_count_of_the_acled_file_finds_a_shipped_cercle(client):
    units = {(f["properties"]["iso3"], f["properties"]["name_norm"])
             for f in client.get("/api/v1/boundaries/2").json()["features"]}
    rows = client.get("/api/v1/aggregates", params={"place": "admin2"}).json()["rows"]
    counted = {(r["key"]["iso3"], r["key"]["admin2_norm"]): r["events"] for r in rows if r["key"]["admin2_norm"]}
    assert sum(counted.values()) > 2000
    # ACLED's cercle names all resolve to a shipped cercle
    assert {k for k in counted if k not in units} == set()


def test_imported_cercles_are_drawn_and_every_admin2_count_finds_its_unit(cercles_db):
    with _client(cercles_db) as c:
        gj = c.get("/api/v1/boundaries/2").json()
        mali = {f["properties"]["name_norm"] for f in gj["features"] if f["properties"]["iso3"] == "MLI"}
        assert len(mali) >= 45
        # the imported cercles replace the shipped ones, for Mali only
        sources = {(f["properties"]["iso3"], f["properties"]["source"]) for f in gj["features"]}
        assert sources == {("MLI", "imported"), ("BFA", "bundled"), ("NER", "bundled")}
        assert "imported" in gj["attribution"]
        rows = c.get("/api/v1/aggregates", params={"place": "admin2"}).json()["rows"]
    counted = {r["key"]["admin2_norm"]: r["events"] for r in rows if r["key"]["iso3"] == "MLI"}
    drawn = sum(n for k, n in counted.items() if k in mali)
    # the cercles of nearly every event have a polygon to be counted in (GADM 3.6 predates the new cercles)
    assert drawn >= 0.95 * sum(counted.values())
