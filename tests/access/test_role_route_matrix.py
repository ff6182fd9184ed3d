"""Every route of the OpenAPI document, called as every role (and without a token): no name, contact or
narrative of a case reaches anyone but the investigator, in answers, errors, exports or searches; the
answer is refused exactly where the role lacks the route's permission; every route is in the policy."""

from __future__ import annotations

import json
import re

import pyotp
import pytest

from sahelwatch.access.roles import SECOND_FACTOR, Role, may
from sahelwatch.access.users import add_user
from sahelwatch.api.auth import OPEN, ROUTE_POLICY
from sahelwatch.hr.cases import import_cases
from sahelwatch.store import open_store
from tests.api.conftest import two_version_db

from .cases_fixture import SECRET_STRINGS, write_cases

pytestmark = pytest.mark.slow  # every route as seven callers, reports included

PW = "an invented passphrase for tests"
#: query strings that make a route answer with content rather than a 422, and searches over cases
QUERIES = {"/api/v1/aggregates": ["place=admin1", "period=year&country=Mali"],
           "/api/v1/hr/cases": ["", "violation=arbitrary_arrest", "limit=1&offset=1", "violation=nonsense"],
           "/api/v1/hr/export": ["", "violation=enforced_disappearance"],
           "/api/v1/events": ["", "actor=jnim&limit=5"], "/api/v1/report": ["lang=en"]}


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("matrix")
    db, _ = two_version_db(tmp)
    accounts = {}
    with open_store(db) as s:
        import_cases(s, write_cases(tmp / "cases.json"), actor="test")
        for role in Role:
            new = add_user(s, f"u_{role.value}", role.value, password=PW, actor="test")
            accounts[role] = new
        add_user(s, "spare", "analyst", password=PW, actor="test")
        event_id = s.con.execute("SELECT event_id FROM events LIMIT 1").fetchall()[0][0]
    from fastapi.testclient import TestClient

    from sahelwatch.api import create_app

    with TestClient(create_app(db)) as client:
        tokens = {}
        for role, new in accounts.items():
            form = {"username": new.name, "password": PW}
            if role in SECOND_FACTOR:
                form["otp"] = pyotp.TOTP(new.otp_secret).now()
            r = client.post("/api/v1/token", data=form)
            assert r.status_code == 200, r.text
            tokens[role] = r.json()["access_token"]
        yield {"client": client, "tokens": tokens, "event_id": event_id, "db": db}


def _operations(client) -> list[tuple[str, str]]:
    doc = client.get("/api/v1/openapi.json").json()
    return [(path, method.upper()) for path, ops in doc["paths"].items() for method in ops]


def _fill(path: str, world) -> str:
    values = {"event_id": world["event_id"], "case_id": "TC-001", "level": "1", "actor_id": "jnim",
              "program_id": "no-such-program", "name": "spare"}
    return re.sub(r"\{(\w+)\}", lambda m: values[m.group(1)], path)


def _call(client, method, url, token, path):
    headers = {"X-Purpose": "matrix test"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    if method == "GET":
        return client.get(url, headers=headers)
    if path == "/api/v1/token":
        return client.post(url, data={"username": "spare", "password": PW}, headers=headers)
    if path == "/api/v1/hr/cases":  # a case of invented content without names, and a malformed one
        return client.post(url, json=[{"case_id": "TC-API-1", "event_id": None, "violation": "other",
                                       "date": "2024-05-01", "location": {"country": "Niger"},
                                       "alleged_perpetrator": None, "victims": [], "witnesses": [],
                                       "narrative": None, "sensitivity": "internal", "sources": []},
                                      {"case_id": "TC-API-2", "violation": "unheard_of"}], headers=headers)
    if path == "/api/v1/users":
        return client.post(url, json={"name": f"n{abs(hash(token)) % 10**8}", "role": "public", "password": PW},
                           headers=headers)
    return client.post(url, headers=headers)


def test_every_route_of_the_openapi_document_is_in_the_access_policy(world):
    ops = _operations(world["client"])
    assert len(ops) >= 25
    missing = sorted({p for p, _ in ops} - set(ROUTE_POLICY))
    assert not missing, f"routes outside the access policy (refused to everyone): {missing}"


def test_no_restricted_content_leaks_through_any_route_to_any_role(world):
    client = world["client"]
    callers = [(role, world["tokens"][role]) for role in Role] + [(None, None)]
    seen_full = 0
    checked = 0
    for path, method in _operations(client):
        if path == "/api/v1/users/{name}/disable":
            continue  # changes state for the callers after it; tested on its own below
        for query in QUERIES.get(path, [""]):
            url = _fill(path, world) + (f"?{query}" if query else "")
            for role, token in callers:
                r = _call(client, method, url, token, path)
                checked += 1
                body = r.content.decode("utf-8", "replace")
                need = ROUTE_POLICY.get(f"{method} {path}", ROUTE_POLICY[path])
                allowed = need == OPEN or (role is None and need.value == "public_aggregates") or (
                    role is not None and may(role, need))
                if not allowed:
                    assert r.status_code in (401, 403), (role, method, url, r.status_code)
                else:
                    assert r.status_code not in (401, 403, 500), (role, method, url, r.status_code, body[:200])
                if role == Role.hr_investigator:
                    if path.startswith("/api/v1/hr/") and r.status_code == 200 and "Ysolde" in body:
                        seen_full += 1
                    continue
                leaked = [s for s in SECRET_STRINGS if s in body or json.dumps(s)[1:-1] in body]
                assert not leaked, (role, method, url, leaked)
    assert checked > 200
    assert seen_full >= 3  # the investigator's case, list and export show names: the check above can fail


def test_the_investigators_reads_are_audited_with_their_purpose(world):
    client = world["client"]
    tok = world["tokens"][Role.hr_investigator]
    r = client.get("/api/v1/hr/cases/TC-002", headers={"Authorization": f"Bearer {tok}",
                                                       "X-Purpose": "preparing the Niono brief"})
    assert r.status_code == 200
    r = client.get("/api/v1/audit?after=0&limit=1000",
                   headers={"Authorization": f"Bearer {world['tokens'][Role.auditor]}"})
    last = [e for e in r.json()["entries"] if e["action"] == "case.read"][-1]
    assert (last["actor"], last["target"], last["purpose"]) == ("u_hr_investigator", "TC-002",
                                                                "preparing the Niono brief")
    assert not any(s in json.dumps(r.json()) for s in SECRET_STRINGS)
    v = client.get("/api/v1/audit/verify", headers={"Authorization": f"Bearer {world['tokens'][Role.auditor]}"})
    assert v.json()["intact"] is True


def test_a_whole_case_is_not_read_without_a_purpose(world):
    tok = world["tokens"][Role.hr_investigator]
    r = world["client"].get("/api/v1/hr/cases/TC-001", headers={"Authorization": f"Bearer {tok}"})
    assert r.status_code == 422 and "X-Purpose" in r.text and "Ysolde" not in r.text


def test_an_export_carries_a_watermark_and_is_audited(world):
    tok = world["tokens"][Role.hr_investigator]
    r = world["client"].get("/api/v1/hr/export", headers={"Authorization": f"Bearer {tok}",
                                                          "X-Purpose": "handover to counsel"})
    assert r.status_code == 200
    wm = r.json()["watermark"]
    assert wm["exported_by"] == "u_hr_investigator" and wm["exported_at"] and "u_hr_investigator" in \
        r.headers["X-Watermark"]
    with open_store(world["db"], read_only=True) as s:
        e = s.audit.entries(after=wm["audit_seq"] - 1, limit=1)[0]
    assert e["action"] == "case.export" and e["purpose"] == "handover to counsel"


def test_a_disabled_users_token_stops_at_once(world):
    client = world["client"]
    r = client.post("/api/v1/token", data={"username": "spare", "password": PW})
    tok = r.json()["access_token"]
    assert client.get("/api/v1/events", headers={"Authorization": f"Bearer {tok}"}).status_code == 200
    admin = world["tokens"][Role.admin]
    assert client.post("/api/v1/users/spare/disable", headers={"Authorization": f"Bearer {admin}"}).status_code == 200
    assert client.get("/api/v1/events", headers={"Authorization": f"Bearer {tok}"}).status_code == 401
