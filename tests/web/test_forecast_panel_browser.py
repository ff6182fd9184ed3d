"""The forecast panel of the dashboard in headless Chromium, over a store holding a forecast run and a backtest:
each unit's row shows the intervals the API serves from the stored run, the horizon is chosen by keyboard, the
check of last month lists what happened with the measured coverage, and the run is drawn on the map."""

from __future__ import annotations

import pytest

from tests.api.forecast_store import build

from .conftest import Server, shown


@pytest.fixture(scope="module")
def forecast_server(tmp_path_factory):
    made = build(tmp_path_factory.mktemp("forecast_panel"))
    s = Server(made.db)
    yield s
    s.close()


def _num(v: float) -> str:
    r = round(v * 10) / 10
    return str(int(r)) if r == int(r) else str(r)


def _rows(page, table: str) -> dict[str, dict]:
    return page.evaluate(f"""() => Object.fromEntries([...document.querySelectorAll("#{table} tbody tr")].map(
        tr => [tr.dataset.unitId, {{...tr.dataset, text: tr.innerText}}]))""")


def test_each_unit_shows_the_intervals_of_the_stored_run(forecast_server, page):
    api = forecast_server.api("forecasts")
    page.goto(f"{forecast_server.base}/?lang=en")
    shown(page)
    page.wait_for_selector("body[data-forecasts=ready]")
    rows = _rows(page, "forecast-table")
    first = [u for u in api["run"]["units"] if u["horizon"] == 1]
    assert len(rows) == len(first) > 10
    for u in first:
        row = rows[u["unit_id"]]
        assert row["interval-90"] == ",".join(f"{v:g}" for v in u["intervals"]["90"])
        assert row["interval-50"] == ",".join(f"{v:g}" for v in u["intervals"]["50"])
        lo50, hi50 = u["intervals"]["50"]
        lo90, hi90 = u["intervals"]["90"]
        assert f"{_num(u['median'])} [{_num(lo50)}–{_num(hi50)}] [{_num(lo90)}–{_num(hi90)}]" in row["text"]
    widest = max(first, key=lambda u: u["intervals"]["90"][1])
    assert widest["intervals"]["90"][1] > 0
    bar = page.locator(f'#forecast-table tr[data-unit-id="{widest["unit_id"]}"] svg.fc-bar')
    assert f"90% interval {_num(widest['intervals']['90'][0])} to {_num(widest['intervals']['90'][1])}" in \
        bar.get_attribute("aria-label")
    assert bar.locator("rect.fc90").evaluate("r => r.getBBox().width") > 75  # the widest spans the scale
    assert "2018-07" in page.inner_text("#forecast-caption")


def test_the_horizon_is_chosen_by_keyboard_and_kept_in_the_link(forecast_server, page):
    api = forecast_server.api("forecasts")
    page.goto(f"{forecast_server.base}/?lang=fr")
    page.wait_for_selector("body[data-forecasts=ready]")
    page.focus("#forecast-horizon")
    page.keyboard.press("ArrowDown")
    page.wait_for_function("document.querySelector('#forecast-caption').textContent.includes('2018-08')")
    second = {u["unit_id"]: u for u in api["run"]["units"] if u["horizon"] == 2}
    rows = _rows(page, "forecast-table")
    assert set(rows) == set(second)
    assert all(rows[k]["interval-90"] == ",".join(f"{v:g}" for v in second[k]["intervals"]["90"]) for k in rows)
    assert "forecast_horizon=2" in page.url
    assert page.inner_text("#forecast-table th >> nth=0") == "Unité"
    page.goto(page.url)
    page.wait_for_selector("body[data-forecasts=ready]")
    assert page.input_value("#forecast-horizon") == "2"


def test_last_month_is_shown_against_what_happened_with_the_measured_coverage(forecast_server, page):
    check = forecast_server.api("forecasts")["backtest"]
    page.goto(f"{forecast_server.base}/?lang=en")
    page.wait_for_selector("body[data-forecasts=ready]")
    rows = _rows(page, "forecast-check")
    assert len(rows) == len(check["units"])
    for u in check["units"]:
        assert float(rows[u["unit_id"]]["observed"]) == u["observed"]
        assert rows[u["unit_id"]]["inside-90"] == ("1" if u["inside"]["90"] else "0")
    s = check["summary"]
    in90 = sum(u["inside"]["90"] for u in check["units"])
    text = page.inner_text("[data-testid=forecast-coverage]")
    assert f"the 90% interval in {in90} ({round(100 * s['coverage_90'])}%)" in text
    assert f"of {s['n']} units" in text and f"CRPS {_num(s['crps'])}" in text
    whole = check["whole_backtest"]["coverage"]["sahelwatch"]["h1"]
    assert f"the 90% interval {round(100 * whole['90'])}%" in page.inner_text("[data-testid=forecast-coverage-whole]")
    assert "2018-06" in page.inner_text("#forecast-check-caption")


def test_the_run_is_drawn_on_the_map_from_the_keyboard(forecast_server, page):
    api = forecast_server.api("forecasts?horizon=1")
    page.goto(f"{forecast_server.base}/?lang=en")
    shown(page)
    page.wait_for_selector("body[data-forecasts=ready]")
    page.focus("#show-forecast-map")
    page.keyboard.press("Space")
    page.wait_for_selector("#forecast-map-note:not([hidden])")
    page.wait_for_function("document.querySelector('#map').dataset.forecastFeatures !== undefined")
    drawn = int(page.evaluate("document.querySelector('#map').dataset.forecastFeatures"))
    units = api["run"]["units"]
    shapes = {f"{f['properties']['iso3']}|{f['properties']['name_norm']}"  # the shipped units of the run's level
              for f in forecast_server.api("boundaries/1")["features"]}
    missing = [u["unit_name"] for u in units if u["area_key"] not in shapes]
    assert drawn == len(units) - len(missing) > 10
    note = page.inner_text("[data-testid=forecast-map-note]")
    assert f"{drawn} of {len(units)} units drawn" in note
    assert all(name in note for name in missing) and ("not drawn" in note) == bool(missing)
    assert page.evaluate("window.sahelwatchMap.getLayoutProperty('forecast-fill', 'visibility')") == "visible"
    assert "forecast_map=1" in page.url
