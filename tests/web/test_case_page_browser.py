"""The case page in Chromium: an hr_investigator signs in with the second factor and sees the case list with
names' cases; an analyst sees the aggregates but no case list, and no invented name appears on the page."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pyotp
import pytest

from tests.access.cases_fixture import SECRET_STRINGS, write_cases
from tests.api.conftest import two_version_db

from .conftest import Server

PW = "an invented passphrase for tests"


@pytest.fixture(scope="module")
def case_server(tmp_path_factory):
    from sahelwatch.access.users import add_user
    from sahelwatch.hr.cases import import_cases
    from sahelwatch.store import open_store

    tmp = tmp_path_factory.mktemp("casepage")
    db, _ = two_version_db(tmp)
    with open_store(db) as s:
        import_cases(s, write_cases(tmp / "cases.json"), actor="test")
        ina = add_user(s, "ina", "hr_investigator", password=PW, actor="test")
        add_user(s, "ana", "analyst", password=PW, actor="test")
    srv = Server(db)
    yield srv, ina.otp_secret, ina.recovery_codes
    srv.close()


def _sign_in(page, base, user, otp=None):
    page.goto(f"{base}/cases.html")
    # the page asks who is there as it opens: once it has answered, the answer for the signed-in user cannot be
    # overwritten by this earlier one (which would hide the case list again)
    page.wait_for_function("document.getElementById('whoami').textContent !== 'not signed in'")
    page.fill("input[name=username]", user)
    page.fill("input[name=password]", PW)
    if otp:
        page.fill("input[name=otp]", otp)
    page.click("#signin button[type=submit]")
    page.wait_for_function("document.getElementById('whoami').textContent.includes('signed in as')")


def test_the_investigator_sees_the_case_list(browser, case_server):
    srv, secret, _ = case_server
    page = browser.new_page()
    _sign_in(page, srv.base, "ina", pyotp.TOTP(secret).now())
    page.fill("#purpose", "weekly review")
    page.click("#load-cases")
    page.wait_for_selector('[data-testid="case-list"] tbody tr')
    rows = page.locator('[data-testid="case-list"] tbody tr')
    assert rows.count() == 3
    assert "Capitaine Drusvald Okkemar" in page.content()  # the perpetrator as written: whole case
    page.close()


CASE_MARKERS = "window.sahelwatchCaseMap.getSource('cases').serialize().data.features"


def test_the_investigator_sees_every_listed_case_on_the_case_map(browser, case_server):
    srv, _, recovery = case_server
    page = browser.new_page()
    _sign_in(page, srv.base, "ina", recovery[0])  # the TOTP code of this 30 s step is spent by another test
    page.fill("#purpose", "weekly review")
    page.click("#load-cases")
    page.wait_for_selector("body[data-case-map=ready]", timeout=60_000)
    listed = page.locator('[data-testid="case-list"] tbody tr').count()
    markers = page.evaluate(f"{CASE_MARKERS}.map(f => [f.properties.case_id, f.properties.precision])")
    assert listed == 3 and len(markers) == listed
    # two cases carry coordinates; the third is known only to its region and is drawn at the region
    assert sorted(markers) == [["TC-001", "coordinates"], ["TC-002", "coordinates"], ["TC-003", "admin1"]]
    assert page.inner_text("#case-map-missing") == ""
    page.close()


def test_an_analyst_sees_aggregates_and_no_case_content(browser, case_server):
    srv, _, _ = case_server
    page = browser.new_page()
    _sign_in(page, srv.base, "ana")
    page.wait_for_selector('[data-testid="case-aggregates"] tbody tr')
    assert page.locator("#case-section").is_hidden()
    assert page.locator("#case-map").is_hidden()
    assert page.evaluate("window.sahelwatchCaseMap === undefined && !window.maplibregl")  # no case map built
    html = page.content()
    assert not any(s in html for s in SECRET_STRINGS)
    page.close()


def test_with_accounts_the_dashboard_reads_events_with_the_token_from_sign_in(browser, case_server):
    srv, _, _ = case_server
    page = browser.new_page()
    _sign_in(page, srv.base, "ana")
    page.goto(f"{srv.base}/")
    page.wait_for_selector("body[data-totals=shown]", timeout=60_000)
    assert page.locator('[data-testid="event-count"]').inner_text().strip() == "2"
    page.close()


def test_with_accounts_the_dashboard_exports_download_with_the_token(browser, case_server):
    srv, _, _ = case_server
    page = browser.new_page(accept_downloads=True)
    _sign_in(page, srv.base, "ana")
    page.goto(f"{srv.base}/")
    page.wait_for_selector("body[data-state=ready]", timeout=60_000)
    total = int(page.inner_text('[data-testid="event-count"]'))
    with page.expect_download() as got:
        page.click("#export-csv")
    text = Path(got.value.path()).read_text(encoding="utf-8")
    assert got.value.suggested_filename.endswith(".csv")
    assert len(list(csv.DictReader(io.StringIO(text)))) == total > 0
    with page.expect_download() as got:
        page.click("#export-geojson")
    assert len(json.loads(Path(got.value.path()).read_text(encoding="utf-8"))["features"]) == total
    assert page.locator("#error").is_hidden()
    page.close()
