"""The selection's query parameters as a client or a form sends them: every spelling of a country selects the same
events (its ISO3 code), and an empty or blank value of any filter parameter is no filter. On a real DuckDB store of
events written for the test (in Mali, 2024-03-05, 2 dead each)."""

from __future__ import annotations

import pytest

from tests.api.test_stale_answers_after_a_write import _write

FILTERS = ("country", "admin1", "admin2", "actor", "event_type", "since", "until", "sub_event_type", "tactic",
           "target_category", "attribution", "source", "precision", "fatalities_min", "fatalities_max",
           "border_km_max", "as_of")


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    from fastapi.testclient import TestClient

    from sahelwatch.api import create_app

    tmp = tmp_path_factory.mktemp("filters")
    db = str(tmp / "store.duckdb")
    _write(db, tmp, "F-1", "F-2", "F-3")
    with TestClient(create_app(db)) as c:
        yield c


def _total(client, query: str) -> int:
    r = client.get("/api/v1/events?limit=1&" + query)
    assert r.status_code == 200, (query, r.text)
    return r.json()["total"]


@pytest.mark.parametrize("spelling", ["Mali", "MALI", "République du Mali", "Malí", "ML", "mli", "MLI", " Mali "])
def test_every_spelling_of_a_country_selects_its_events(client, spelling):
    assert _total(client, "country=" + spelling) == 3


def test_an_unknown_country_is_refused_naming_the_parameter(client):
    r = client.get("/api/v1/events?country=Atlantis")
    assert r.status_code == 422 and "country" in r.text and "Atlantis" in r.text
    assert _total(client, "country=Niger") == 0  # a country the store has no event of: none selected


@pytest.mark.parametrize("name", FILTERS)
@pytest.mark.parametrize("blank", ["", " ", "%20%20"])
def test_an_empty_or_blank_filter_value_is_no_filter(client, name, blank):
    assert _total(client, f"{name}={blank}") == 3


def test_each_filter_parameter_says_how_a_blank_value_is_read(client):
    spec = client.get("/api/v1/openapi.json").json()
    params = {p["name"]: p for p in spec["paths"]["/api/v1/events"]["get"]["parameters"]}
    for name in FILTERS:
        assert "blank value is ignored" in params[name].get("description", ""), name


@pytest.mark.parametrize("query", ["fatalities_min=-1", "fatalities_max=abc", "border_km_max=100001", "since=2024-13-01"])
def test_a_bad_number_or_date_is_still_refused_naming_its_parameter(client, query):
    r = client.get("/api/v1/events?" + query)
    assert r.status_code == 422 and query.split("=")[0] in r.text
