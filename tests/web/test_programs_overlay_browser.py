"""The programs overlay of the dashboard map in headless Chromium: the toggle (by keyboard) draws one
circle per area the API places, notes the areas drawn at their region's centre and those not drawn,
and a click or Enter on an area lists its programs in the side panel."""

from __future__ import annotations

import pytest

from tests.api.program_store import build

from .conftest import Server, drawn, shown


@pytest.fixture(scope="module")
def program_server(tmp_path_factory):
    from tests.api.conftest import two_version_db

    d = tmp_path_factory.mktemp("programs_overlay")
    db, _ = two_version_db(d)
    build(d, db)
    s = Server(db)
    yield s
    s.close()


SOURCE_COUNT = """() => { const m = window.sahelwatchMap, s = m && m.getSource("programs");
  return s ? s.serialize().data.features.length : null; }"""


def test_toggle_draws_every_placed_area_and_notes_the_rest(program_server, page):
    api = program_server.api("programs/areas")
    page.goto(f"{program_server.base}/?lang=en")
    shown(page)
    page.focus("#show-programs")
    page.keyboard.press("Space")
    page.wait_for_selector("#programs-note:not([hidden])")
    page.wait_for_function(f"({SOURCE_COUNT})() !== null")
    drawn = page.evaluate(SOURCE_COUNT)
    assert api["count"] == 4 and drawn == api["count"] - api["located"]["none"] == 3
    assert page.locator("#programs-areas button").count() == api["count"]
    note = page.inner_text("#programs-note")
    assert "4 areas" in note and "3 drawn at their region's centre" in note and "1 not drawn" in note
    assert page.evaluate("window.sahelwatchMap.getLayoutProperty('programs', 'visibility')") == "visible"
    page.keyboard.press("Space")
    page.wait_for_selector("#programs-note", state="hidden")
    assert page.evaluate("window.sahelwatchMap.getLayoutProperty('programs', 'visibility')") == "none"


def test_click_or_enter_on_an_area_lists_its_programs(program_server, page):
    page.goto(f"{program_server.base}/?lang=fr")
    shown(page)
    page.check("#show-programs")
    page.wait_for_function(f"({SOURCE_COUNT})() === 3")
    drawn(page)  # the circles are drawn before the click looks for one
    api = program_server.api("programs/areas")
    segou = next(a for a in api["areas"] if a["admin2_pcode"] == "ML0481")
    point = page.evaluate(f"() => {{ const p = window.sahelwatchMap.project([{segou['lon']}, {segou['lat']}]);"
                          " return [p.x, p.y]; }")
    box = page.locator("#map canvas").bounding_box()
    page.mouse.click(box["x"] + point[0], box["y"] + point[1])
    page.wait_for_selector("#programs-panel:not([hidden])")
    listed = page.inner_text("[data-testid=programs-list]")
    assert "Emplois pour les jeunes" in listed and "Fonds Imaginaire" in listed and "2021-03-01" in listed
    assert "Toumadiéna" in page.inner_text("#programs-body")
    page.focus("#programs-areas button[data-pcode=ML0581]")
    page.keyboard.press("Enter")
    page.wait_for_function("document.querySelector('#programs-body').textContent.includes('Kanibozo')")
    listed = page.locator("[data-testid=programs-list] li").all_inner_texts()
    assert len(listed) == 2 and "Radio des jeunes" in listed[1] and "Radio Fictive" in listed[1]
    assert "radio_media" in listed[1] and "2020-02-01" in listed[1] and "2022-01-31" in listed[1]
    assert page.get_attribute("#programs-areas", "aria-label") == "Zones avec des programmes"
    assert "4 zones avec des programmes" in page.inner_text("#programs-note")
