"""The border overlay in headless Chromium: toggled from the keyboard, it draws the borders and the band."""

from __future__ import annotations


def test_toggling_the_border_overlay_draws_borders_and_the_band(server, page):
    api = server.api("boundaries/borders?km=25")
    page.goto(f"{server.base}/?border_km_max=25")
    page.wait_for_selector("body[data-state=ready]", timeout=30000)
    page.wait_for_function("window.sahelwatchMap && window.sahelwatchMap.getSource('admin1')", timeout=30000)
    page.focus("#show-borders")
    page.keyboard.press("Space")
    page.wait_for_function("document.getElementById('map').dataset.borderFeatures > 0", timeout=30000)
    assert int(page.get_attribute("#map", "data-border-features")) == len(api["features"])
    page.wait_for_function("""() => { const k = window.sahelwatchMap.querySourceFeatures('borders')
        .map(f => f.properties.kind); return k.includes('border') && k.includes('band'); }""", timeout=30000)
    kinds = page.evaluate("""() => { const m = window.sahelwatchMap;
        return [m.getLayoutProperty('border-line', 'visibility'), m.getLayoutProperty('border-band', 'visibility'),
                m.querySourceFeatures('borders').map(f => f.properties.kind)]; }""")
    assert kinds[0] == "visible" and kinds[1] == "visible"
    assert {"border", "band"} <= set(kinds[2])
    page.keyboard.press("Space")
    page.wait_for_function("document.getElementById('map').dataset.borderFeatures === '0'", timeout=30000)
    assert page.evaluate("window.sahelwatchMap.getLayoutProperty('border-line', 'visibility')") == "none"
