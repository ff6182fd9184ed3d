"""The API's door: single-user mode without accounts, the token route's second factor and its throttling."""

from __future__ import annotations

import pyotp
import pytest

from sahelwatch.access.users import add_user
from sahelwatch.hr.cases import import_cases
from sahelwatch.store import open_store

from .cases_fixture import write_cases

PW = "an invented passphrase for tests"


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "t.duckdb"
    with open_store(path) as s:
        import_cases(s, write_cases(tmp_path / "c.json"), actor="test")
    return path


def _client(db, host="testclient", app=None):
    from fastapi.testclient import TestClient

    from sahelwatch.api import create_app

    return TestClient(app or create_app(db), client=(host, 50000))


def test_without_accounts_loopback_requests_act_as_analyst(db):
    c = _client(db, "127.0.0.1")
    assert c.get("/api/v1/me").json() == {"name": "single-user", "role": "analyst", "single_user": True}
    cases = c.get("/api/v1/hr/cases").json()["cases"]
    assert cases and all(x["redacted"] for x in cases)
    assert c.get("/api/v1/hr/export").status_code == 403
    assert c.get("/api/v1/users").status_code == 403


def test_without_accounts_other_addresses_are_refused(db):
    c = _client(db, "192.0.2.10")
    assert c.get("/api/v1/events").status_code == 403
    assert c.get("/api/v1/health").status_code == 200


def test_once_accounts_exist_a_token_is_needed(db):
    with open_store(db) as s:
        add_user(s, "ana", "analyst", password=PW, actor="test")
    c = _client(db)
    assert c.get("/api/v1/events").status_code == 401
    assert c.get("/api/v1/hr/aggregates").status_code == 200  # public aggregates stay open
    assert c.get("/api/v1/me").json()["role"] == "public"
    r = c.post("/api/v1/token", data={"username": "ana", "password": PW})
    assert r.status_code == 200 and r.json()["token_type"] == "bearer" and r.json()["expires_in"] > 0
    assert c.get("/api/v1/events", headers={"Authorization": f"Bearer {r.json()['access_token']}"}).status_code \
        == 200


def test_the_token_route_needs_the_second_factor_for_investigators(db):
    with open_store(db) as s:
        new = add_user(s, "ina", "hr_investigator", password=PW, actor="test")
    c = _client(db)
    assert c.post("/api/v1/token", data={"username": "ina", "password": PW}).status_code == 401
    ok = c.post("/api/v1/token", data={"username": "ina", "password": PW, "otp": pyotp.TOTP(new.otp_secret).now()})
    assert ok.status_code == 200


def test_a_burst_of_wrong_passwords_gets_429_even_with_the_right_one_after(db):
    with open_store(db) as s:
        add_user(s, "ana", "analyst", password=PW, actor="test")
    c = _client(db)
    codes = [c.post("/api/v1/token", data={"username": "ana", "password": f"wrong guess {i}"}).status_code
             for i in range(7)]
    assert codes[:5] == [401] * 5 and codes[5:] == [429, 429]
    assert c.post("/api/v1/token", data={"username": "ana", "password": PW}).status_code == 429
    with open_store(db, read_only=True) as s:
        actions = [e["action"] for e in s.audit.entries()]
    assert actions.count("signin.failed") == 5 and actions.count("signin.throttled") == 3


def test_a_burst_from_one_address_over_many_accounts_gets_429(db):
    c = _client(db, "203.0.113.5")
    with open_store(db) as s:
        add_user(s, "ana", "analyst", password=PW, actor="test")
    codes = [c.post("/api/v1/token", data={"username": f"guess{i}", "password": "wrong guess"}).status_code
             for i in range(21)]
    assert codes[:20] == [401] * 20 and codes[20] == 429
    other = _client(db, "203.0.113.6", app=c.app)  # the same server, another address
    assert other.post("/api/v1/token", data={"username": "ana", "password": PW}).status_code == 200


def test_an_editor_stores_cases_through_the_api_and_an_analyst_may_not(db):
    with open_store(db) as s:
        add_user(s, "eda", "editor", password=PW, actor="test")
        add_user(s, "ana", "analyst", password=PW, actor="test")
    c = _client(db)
    tokens = {u: c.post("/api/v1/token", data={"username": u, "password": PW}).json()["access_token"]
              for u in ("eda", "ana")}
    body = [{"case_id": "TC-9", "event_id": None, "violation": "torture", "date": "2024-06-01",
             "location": {"country": "Mali"}, "alleged_perpetrator": None,
             "victims": [{"name": "Ilvarra Quendish", "sex": None, "age": None}], "witnesses": [], "narrative": None,
             "sensitivity": "restricted", "sources": []}, {"case_id": "TC-10"}]
    r = c.post("/api/v1/hr/cases", json=body, headers={"Authorization": f"Bearer {tokens['eda']}"})
    assert r.status_code == 200 and r.json()["inserted"] == 1 and r.json()["rejected"][0]["case_id"] == "TC-10"
    assert "Ilvarra" not in r.text
    r = c.post("/api/v1/hr/cases", json=body, headers={"Authorization": f"Bearer {tokens['ana']}"})
    assert r.status_code == 403
