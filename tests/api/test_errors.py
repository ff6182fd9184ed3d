"""Bad input gets 422 with one error shape naming the parameter; a missing thing gets 404; never a 500."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("params,parameter", [
    ({"since": "2019-13-01"}, "since"),
    ({"until": "yesterday"}, "until"),
    ({"as_of": "2020/01/01"}, "as_of"),
    ({"country": "Atlantis"}, "country"),
    ({"actor": "no such armed group at all"}, "actor"),
    ({"limit": 100000}, "limit"),
    ({"limit": -1}, "limit"),
    ({"offset": "ten"}, "offset"),
    ({"fatalities_min": 5, "fatalities_max": 2}, "fatalities_max"),
    ({"since": "2019-02-01", "until": "2019-01-01"}, "until"),
])
def test_bad_parameter_is_422_naming_it(client, params, parameter):
    r = client.get("/api/v1/events", params=params)
    assert r.status_code == 422
    err = r.json()["error"]
    assert err["parameter"] == parameter
    assert err["status"] == 422
    assert parameter in err["message"]


def test_unknown_event_and_actor_are_404_in_the_same_shape(client):
    for url in ("/api/v1/events/no-such-event", "/api/v1/actors/no-such-actor-anywhere"):
        r = client.get(url)
        assert r.status_code == 404
        assert set(r.json()["error"]) >= {"status", "code", "message"}


def test_aggregates_without_a_key_is_422(client):
    r = client.get("/api/v1/aggregates")
    assert r.status_code == 422 and r.json()["error"]["parameter"] == "place"


def test_situation_report_in_french_html_and_pdf(client):
    view = {"country": "Mali", "since": "2018-07-01", "until": "2018-12-31", "lang": "fr"}
    html = client.get("/api/v1/report", params=view)
    assert html.status_code == 200 and html.headers["content-type"].startswith("text/html")
    assert 'lang="fr"' in html.text
    assert html.headers["x-sahelwatch-report-filters"] == "all"
    pdf = client.get("/api/v1/report", params={**view, "format": "pdf", "tactic": "ambush"})
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    assert "tactic" in pdf.headers["x-sahelwatch-report-filters"]


@pytest.mark.parametrize("url, parameter", [("/api/v1/events.geojson?admin1=%00", "admin1"),
                                            ("/api/v1/events?event_type=Battles%00", "event_type"),
                                            ("/api/v1/events/acled%00x", "path")])
def test_a_nul_character_is_a_422_naming_the_parameter_on_every_backend(client, url, parameter):
    r = client.get(url)
    assert r.status_code == 422
    assert r.json()["error"]["parameter"] == parameter
