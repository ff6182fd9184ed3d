"""The dashboard in headless Chromium: the totals it shows equal the API's, a filter change updates the URL,
the map and the totals, a link reopens the same view, and as_of shows an older version."""

from __future__ import annotations

import urllib.parse

import pytest

from .conftest import Server, filters_filled, shown

VIEWS = [
    {},
    {"country": "Mali", "since": "2012-01-01", "until": "2015-12-31"},
    {"admin1": "Mopti", "since": "2016-01-01"},
    {"event_type": "Battles", "actor": "jnim"},
    {"admin1": "Gao", "event_type": "Violence against civilians", "until": "2017-06-30"},
]


@pytest.mark.parametrize("view", VIEWS, ids=lambda v: "&".join(f"{k}={v[k]}" for k in v) or "all")
def test_totals_shown_equal_the_api(server, page, view):
    q = urllib.parse.urlencode(view)
    api = server.api(f"events?limit=1&{q}")
    page.goto(f"{server.base}/?{q}")
    assert shown(page) == (api["total"], api["fatalities"]["best"])


def test_changing_a_filter_updates_url_map_and_totals(server, page):
    page.goto(f"{server.base}/?since=2012-01-01")
    before = shown(page)
    regions_before = page.get_attribute("#map", "data-regions")
    page.select_option('select[name="event_type"]', label="Violence Against Civilians")
    page.wait_for_url("**event_type=Violence+Against+Civilians**")
    page.wait_for_function("document.body.dataset.state === 'ready'")
    api = server.api("events?limit=1&since=2012-01-01&event_type=Violence+Against+Civilians")
    after = shown(page)
    assert after == (api["total"], api["fatalities"]["best"])
    assert after[0] < before[0]
    assert page.get_attribute("#map", "data-regions") is not None
    assert page.get_attribute("#map", "data-regions") != regions_before or after != before
    # the table lists only events of that type
    types = page.locator("#events tbody tr td:nth-child(3)").all_inner_texts()
    assert types and all(t.lower() == "violence against civilians" for t in types)


def test_a_permalink_restores_the_view(server, page, browser):
    page.goto(f"{server.base}/")
    shown(page)
    filters_filled(page)  # else the form, set again from the URL when the store's lists come, may drop "Kidal"
    page.fill('input[name="admin1"]', "Kidal")
    page.keyboard.press("Tab")
    page.wait_for_url("**admin1=Kidal**")
    page.select_option('select[name="tactic"]', "armed_clash")
    page.wait_for_url("**tactic=armed_clash**")
    totals = shown(page)
    link = page.url
    other = browser.new_context(locale="fr-FR").new_page()
    other.goto(link)
    assert shown(other) == totals
    assert other.input_value('input[name="admin1"]') == "Kidal"
    assert other.input_value('select[name="tactic"]') == "armed_clash"
    assert other.evaluate("document.documentElement.lang") == "fr"  # the browser's language, French here
    other.context.close()


def test_as_of_view_shows_the_older_version(tmp_path, page):
    from tests.api.conftest import two_version_db

    db, first_day = two_version_db(tmp_path)
    srv = Server(db)
    try:
        page.goto(f"{srv.base}/")
        assert shown(page) == (2, 12)
        page.goto(f"{srv.base}/?as_of={first_day.isoformat()}")
        assert shown(page) == (1, 3)
        assert page.input_value('input[name="as_of"]') == first_day.isoformat()
        page.click("#events tbody button")
        page.wait_for_selector("#drawer ol.versions li")
        versions = page.locator("#drawer ol.versions li").all_inner_texts()
        assert len(versions) == 2 and "3" in versions[0] and "11" in versions[1]
    finally:
        srv.close()


def test_language_switch_and_keyboard(server, page):
    page.goto(f"{server.base}/?lang=en")
    shown(page)
    assert page.inner_text("#filters-title") == "Filters"
    page.focus("#lang")
    page.keyboard.press("Enter")
    page.wait_for_url("**lang=fr**")
    assert page.inner_text("#filters-title") == "Filtres"
    shown(page)  # the switch reloads the view and redraws the table: focus a button of the new table
    # the event drawer opens from the keyboard and closes with Escape
    page.focus("#events tbody button")
    page.keyboard.press("Enter")
    page.wait_for_selector("#drawer:not([hidden])")
    page.keyboard.press("Escape")
    page.wait_for_selector("#drawer", state="hidden")


CONTRAST_JS = """
() => {
  function rgb(s) { const m = s.match(/[\\d.]+/g).map(Number); return {r: m[0], g: m[1], b: m[2], a: m.length > 3 ? m[3] : 1}; }
  function lum(c) {
    const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b);
  }
  function bg(e) {
    for (; e; e = e.parentElement) { const c = rgb(getComputedStyle(e).backgroundColor); if (c.a > 0) return c; }
    return {r: 255, g: 255, b: 255, a: 1};
  }
  const bad = [];
  for (const e of document.querySelectorAll("body *")) {
    if (!e.offsetParent || e.closest("#map") || e.closest("svg")) continue;
    const own = Array.from(e.childNodes).some(n => n.nodeType === 3 && n.textContent.trim());
    if (!own) continue;
    const a = lum(rgb(getComputedStyle(e).color)), b = lum(bg(e));
    const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    if (ratio < 4.5) bad.push(e.tagName + " '" + e.textContent.trim().slice(0, 30) + "' " + ratio.toFixed(2));
  }
  return bad;
}
"""


def test_text_meets_wcag_aa_contrast(server, page):
    page.goto(f"{server.base}/?admin1=Gao")
    shown(page)
    assert page.evaluate(CONTRAST_JS) == []
    page.click("#events tbody button")
    page.wait_for_selector("#drawer ol.versions li")
    assert page.evaluate(CONTRAST_JS) == []


def test_compare_mode_shows_the_other_region_and_period(server, page):
    page.goto(f"{server.base}/?admin1=Mopti&since=2017-01-01&until=2017-12-31"
              "&compare_admin1=Gao&compare_since=2016-01-01&compare_until=2016-12-31")
    main = shown(page)
    page.wait_for_selector("#compare-result:not([hidden])")
    other = (int(page.inner_text('[data-testid="compare-event-count"]')),
             int(page.inner_text('[data-testid="compare-fatality-count"]')))
    a = server.api("events?limit=0&admin1=Mopti&since=2017-01-01&until=2017-12-31")
    b = server.api("events?limit=0&admin1=Gao&since=2016-01-01&until=2016-12-31")
    assert main == (a["total"], a["fatalities"]["best"])
    assert other == (b["total"], b["fatalities"]["best"]) and other != main
    assert page.input_value('input[name="compare_admin1"]') == "Gao"


def test_clicking_a_region_filters_the_view_to_it(server, page):
    page.goto(f"{server.base}/?since=2012-01-01")
    shown(page)
    # a pixel of Kidal region with no event point drawn over it
    point = page.evaluate("""() => {
      const m = window.sahelwatchMap;
      for (let lon = -0.5; lon < 4.5; lon += 0.25) for (let lat = 17.5; lat < 21; lat += 0.25) {
        const p = m.project([lon, lat]);
        const f = m.queryRenderedFeatures(p, {layers: ["choropleth", "points", "clusters"]});
        if (f.length === 1 && f[0].layer.id === "choropleth" && f[0].properties.name === "Kidal") return [p.x, p.y];
      }
      return null;
    }""")
    assert point is not None
    box = page.locator("#map canvas").bounding_box()
    page.mouse.click(box["x"] + point[0], box["y"] + point[1])
    page.wait_for_url("**admin1=Kidal**")
    page.wait_for_function("document.body.dataset.state === 'ready'")
    api = server.api("events?limit=0&since=2012-01-01&admin1=Kidal")
    assert shown(page) == (api["total"], api["fatalities"]["best"])
