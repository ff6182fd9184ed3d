"""The border overlay: the land borders of the mapped countries, and a band of the asked width around them."""

from __future__ import annotations

import pytest
import shapely
from shapely.geometry import shape


def _kinds(body):
    return {f["properties"]["kind"] for f in body["features"]}


def test_borders_alone_are_lines_and_a_km_adds_a_band_that_widens_with_it(client):
    lines = client.get("/api/v1/boundaries/borders")
    assert lines.status_code == 200 and lines.headers["content-type"].startswith("application/geo+json")
    assert _kinds(lines.json()) == {"border"}
    assert any({"MLI", "BFA"} == {f["properties"]["iso3_a"], f["properties"]["iso3_b"]} for f in lines.json()["features"])
    bands = {}
    for km in (10, 50):
        body = client.get("/api/v1/boundaries/borders", params={"km": km}).json()
        assert _kinds(body) == {"border", "band"}
        bands[km] = shape(next(f["geometry"] for f in body["features"] if f["properties"]["kind"] == "band"))
    assert bands[50].area > 3 * bands[10].area
    # Mali-Burkina border: its midpoint is inside the 10 km band; 0.3 degrees (about 33 km) north of it is not
    mb = next(shape(f["geometry"]) for f in lines.json()["features"]
              if {"MLI", "BFA"} == {f["properties"]["iso3_a"], f["properties"]["iso3_b"]})
    mid = mb.interpolate(0.5, normalized=True)
    assert bands[10].contains(mid)
    far = shapely.Point(mid.x, mid.y + 0.3)
    if mb.distance(far) > 0.25:
        assert not bands[10].contains(far)
        assert bands[50].contains(far)


def test_a_negative_band_width_is_a_422_naming_km(client):
    r = client.get("/api/v1/boundaries/borders", params={"km": -5})
    assert r.status_code == 422 and "km" in r.text


@pytest.mark.parametrize("km", [0.0625, 0.001, 500])
def test_a_very_narrow_or_very_wide_band_is_drawn_not_a_server_error(client, km):
    # a band narrower than the simplification step once gave an invalid ring and a 500 in the union
    r = client.get("/api/v1/boundaries/borders", params={"km": km})
    assert r.status_code == 200, r.text
    bands = [f for f in r.json()["features"] if f["properties"]["kind"] == "band"]
    assert len(bands) == 1 and bands[0]["geometry"]["coordinates"]
