"""The district filter in headless Chromium over the ACLED Mali file: a click on a cercle of the district layer (or
Enter on it in the list of districts) filters the view to it, with the API's own count for that district; the
filter is kept in the URL (a link reopens it) and shows as a chip that removes it, by mouse or keyboard, in
English and French."""

from __future__ import annotations

import json
import urllib.parse

import shapely
from shapely.geometry import shape

from .conftest import drawn


def _ready(page) -> None:
    page.wait_for_selector("body[data-state=ready]", timeout=30000)
    page.wait_for_function("document.getElementById('map').dataset.mapLevel === 'admin2'", timeout=30000)
    drawn(page)  # the districts' counts and the points are read from what the map has drawn


def _total(server, **params) -> int:
    return server.api("events?" + urllib.parse.urlencode({**params, "limit": 0}))["total"]


def _shown(page) -> int:
    return int(page.inner_text('[data-testid="event-count"]'))


def _open(page, server, query: str) -> None:
    page.goto(server.base + "/?" + query)
    _ready(page)


def _click_inside(page, server, name: str) -> None:
    """A mouse click on the district ``name`` where the map draws no event point over it."""
    (feature,) = [f for f in server.api("boundaries/2")["features"] if f["properties"]["name"] == name]
    poly = shape(feature["geometry"])
    x0, y0, x1, y1 = poly.bounds
    grid = [(x0 + (x1 - x0) * i / 12, y0 + (y1 - y0) * j / 12) for i in range(1, 12) for j in range(1, 12)]
    inside = [xy for xy in grid if poly.contains(shapely.Point(xy))]
    spot = page.evaluate("""([inside, name]) => { const m = window.sahelwatchMap;
        for (const ll of inside) {
          const p = m.project(ll);
          if (m.queryRenderedFeatures(p, {layers: ['points', 'clusters']}).length) continue;
          const under = m.queryRenderedFeatures(p, {layers: ['choropleth2']});
          if (under.length && under[0].properties.name === name) return [p.x, p.y];
        }
        return null; }""", [inside, name])
    assert spot, f"no free spot of {name} on the map"
    box = page.locator("#map").bounding_box()
    page.mouse.click(box["x"] + spot[0], box["y"] + spot[1])


def test_a_click_on_a_district_filters_the_totals_to_its_count(server, page):
    _open(page, server, "map_level=admin2")
    whole = _shown(page)
    assert whole == _total(server)
    _click_inside(page, server, "Douentza")
    page.wait_for_url("**admin2=Douentza**", timeout=30000)
    _ready(page)
    expected = _total(server, admin2="Douentza")
    assert 0 < expected < whole
    assert _shown(page) == expected
    assert page.input_value("#filters [name=admin2]") == "Douentza"
    chip = page.locator('[data-testid="filter-chips"] .chip[data-filter="admin2"]')
    assert chip.count() == 1 and "Douentza" in chip.inner_text()
    # the map shades only that district now, with the same count
    shaded = page.evaluate("""() => window.sahelwatchMap.querySourceFeatures('admin2')
        .filter(f => f.properties.count > 0).map(f => [f.properties.name, f.properties.count])""")
    assert {tuple(x) for x in shaded} == {("Douentza", expected)}
    # the link reopens the same view
    page.goto(page.url)
    _ready(page)
    assert _shown(page) == expected
    assert page.locator('[data-testid="filter-chips"] .chip[data-filter="admin2"]').count() == 1


def test_enter_on_a_district_in_the_list_filters_to_it_and_the_chip_removes_it_by_keyboard(server, page):
    _open(page, server, "map_level=admin2&since=2016-01-01")
    first = page.locator('[data-testid="district-list"] button').first
    label = first.inner_text()
    name, count = label.rsplit(" (", 1)
    assert int(count.rstrip(")")) == _total(server, admin2=name, since="2016-01-01")
    first.focus()
    page.keyboard.press("Enter")
    page.wait_for_function(f"new URLSearchParams(location.search).get('admin2') === {json.dumps(name)}",
                           timeout=30000)
    _ready(page)
    assert _shown(page) == _total(server, admin2=name, since="2016-01-01")
    chips = page.locator('[data-testid="filter-chips"] .chip')
    assert sorted(chips.evaluate_all("cs => cs.map(c => c.dataset.filter)")) == ["admin2", "since"]
    page.locator('.chip[data-filter="admin2"]').focus()
    page.keyboard.press("Enter")
    page.wait_for_function("!new URLSearchParams(location.search).has('admin2')", timeout=30000)
    _ready(page)
    assert _shown(page) == _total(server, since="2016-01-01")
    assert page.locator(".chip").evaluate_all("cs => cs.map(c => c.dataset.filter)") == ["since"]
    assert page.evaluate("document.activeElement.dataset.filter") == "since", "the keyboard stays on the chips"
    assert page.input_value("#filters [name=admin2]") == ""


def test_the_district_filter_speaks_french(server, page):
    _open(page, server, "map_level=admin2&lang=fr&admin2=T%C3%A9nenkou")
    assert _shown(page) == _total(server, admin2="Ténenkou") > 0
    chip = page.locator('.chip[data-filter="admin2"]')
    assert chip.inner_text().startswith("Cercle, département ou province (admin2): Ténenkou")
    assert chip.get_attribute("aria-label").startswith("Retirer le filtre")
    assert page.get_attribute('[data-testid="district-list"]', "aria-label").startswith("Cercles, départements")
