"""GET /api/v1/programs/areas: every stored program area once, with its programs and a point to draw it
at (the admin1 centroid when the unit has no polygon), an area without any point still listed, and a bad
filter refused with a 422."""

from __future__ import annotations

import pytest

from tests.api.program_store import build


@pytest.fixture(scope="module")
def programs_client(tmp_path_factory):
    from fastapi.testclient import TestClient

    from sahelwatch.api import create_app

    d = tmp_path_factory.mktemp("program_places")
    build(d, d / "p.duckdb")
    with TestClient(create_app(d / "p.duckdb")) as c:
        yield c


def test_each_area_listed_once_with_its_programs_and_where_it_is_drawn(programs_client):
    body = programs_client.get("/api/v1/programs/areas").json()
    by_code = {a["admin2_pcode"]: a for a in body["areas"]}
    assert body["count"] == len(by_code) == 4
    assert [p["program_id"] for p in by_code["ML0581"]["programs"]] == ["inv-1", "inv-2"]
    assert by_code["ML0581"]["programs"][1] == {
        "program_id": "inv-2", "title": "Radio des jeunes", "organisation": "Radio Fictive",
        "program_type": "radio_media", "start_date": "2020-02-01", "end_date": "2022-01-31"}
    assert by_code["ML0581"]["admin1"] == "Mopti" and by_code["ML0581"]["located"] == "admin1"
    # Mopti's bundled region lies roughly between 13-17 N and 5-1.5 W
    assert 13 < by_code["ML0581"]["lat"] < 17 and -5.5 < by_code["ML0581"]["lon"] < -1.5
    assert by_code["ML0481"]["located"] == "admin1" and by_code["ML0481"]["lat"] != by_code["ML0581"]["lat"]
    assert by_code["ML9181"] | {"programs": None} == {
        "admin2_pcode": "ML9181", "admin2": "Nullepart", "admin1": "Région Imaginaire", "iso3": "MLI",
        "lon": None, "lat": None, "located": None, "n_programs": 1, "programs": None}
    assert body["located"] == {"admin2": 0, "admin1": 3, "none": 1}


def test_area_filters_narrow_to_the_programs_asked_for(programs_client):
    body = programs_client.get("/api/v1/programs/areas", params={"type": "radio_media"}).json()
    assert [(a["admin2_pcode"], a["n_programs"]) for a in body["areas"]] == [("ML0581", 1)]
    assert programs_client.get("/api/v1/programs/areas", params={"country": "NER"}).json()["count"] == 0


def test_bad_country_is_a_422_and_the_program_route_still_answers(programs_client):
    r = programs_client.get("/api/v1/programs/areas", params={"country": "Mali"})
    assert r.status_code == 422 and "country" in r.text
    assert programs_client.get("/api/v1/programs/inv-1").json()["n_areas"] == 2
