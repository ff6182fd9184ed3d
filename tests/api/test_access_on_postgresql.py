"""Accounts, case records and the audit chain through the API on PostgreSQL, as the application's ordinary
database role (row-level security applies to it): the investigator reads whole cases, an analyst only redacted
ones, every read is audited, and no pooled connection keeps acting for an investigator after a request."""

from __future__ import annotations

import base64
import itertools
import os

import pyotp
import pytest

from tests.access.cases_fixture import SECRET_STRINGS, write_cases

PW = "an invented passphrase for tests"
_names = itertools.count(1)


@pytest.fixture
def app_url(pg_cluster, tmp_path, monkeypatch):
    """A new database owned by an ordinary login role (PostGIS created by the superuser, as an administrator
    would); the master key in a file SAHELWATCH_KEY_FILE names."""
    import psycopg

    n = next(_names)
    role, name = f"api_app{n}", f"api_rls{n}"
    with psycopg.connect(pg_cluster.url("postgres"), autocommit=True) as con:
        con.execute(f"CREATE ROLE {role} LOGIN")
        con.execute(f"CREATE DATABASE {name} OWNER {role}")
    with psycopg.connect(pg_cluster.url(name), autocommit=True) as con:
        con.execute("CREATE EXTENSION postgis")
    key = tmp_path / "master.key"
    key.write_text(base64.b64encode(os.urandom(32)).decode() + "\n", encoding="ascii")
    key.chmod(0o600)
    monkeypatch.setenv("SAHELWATCH_KEY_FILE", str(key))
    return pg_cluster.url(name).replace("sahelwatch@", f"{role}@")


def _token(client, new, otp: bool) -> dict:
    form = {"username": new.name, "password": PW}
    if otp:
        form["otp"] = pyotp.TOTP(new.otp_secret).now()
    r = client.post("/api/v1/token", data=form)
    assert r.status_code == 200, r.text
    return {"Authorization": f"Bearer {r.json()['access_token']}"}


def test_cases_through_the_api_on_postgresql_are_whole_for_the_investigator_only_and_audited(app_url, tmp_path):
    from fastapi.testclient import TestClient

    from sahelwatch.access.users import add_user
    from sahelwatch.api import create_app
    from sahelwatch.hr.cases import import_cases
    from sahelwatch.store import open_store

    with open_store(app_url) as s:
        import_cases(s, write_cases(tmp_path / "cases.json"), actor="test")
        inv = add_user(s, "ines", "hr_investigator", password=PW, actor="test")
        ana = add_user(s, "amadou", "analyst", password=PW, actor="test")
        aud = add_user(s, "awa", "auditor", password=PW, actor="test")
        assert s.con.execute("SELECT count(*) FROM hr_people").fetchall()[0][0] == 0  # RLS: not acting for anyone

    app = create_app(app_url, pool_size=3)
    with TestClient(app) as c:
        assert c.get("/api/v1/events").status_code == 401  # accounts exist: a token is needed
        public = c.get("/api/v1/hr/aggregates")  # public aggregates stay open: counts by year, small cells hidden
        assert public.status_code == 200 and public.json()["cases"] and public.json()["min_cell"] == 5
        investigator, analyst, auditor = _token(c, inv, True), _token(c, ana, False), _token(c, aud, False)

        whole = c.get("/api/v1/hr/cases/TC-001", headers={**investigator, "X-Purpose": "case review"})
        assert whole.status_code == 200, whole.text
        assert not whole.json()["redacted"] and "Ysolde Quarmbertin" in whole.text

        redacted = c.get("/api/v1/hr/cases", headers=analyst)
        assert redacted.status_code == 200 and redacted.json()["cases"]
        assert all(x["redacted"] for x in redacted.json()["cases"])
        assert not any(secret in redacted.text for secret in SECRET_STRINGS)
        assert c.get("/api/v1/hr/export", headers={**analyst, "X-Purpose": "x"}).status_code == 403

        assert c.get("/api/v1/audit/verify", headers=auditor).json()["intact"] is True
        reads = [e for e in c.get("/api/v1/audit", headers=auditor).json()["entries"] if e["action"] == "case.read"]
        assert {(e["actor"], e["target"], e["purpose"]) for e in reads} >= {("ines", "TC-001", "case review")}

        # every connection of the pool, borrowed at once: none acts for an investigator any more
        pool = app.state.db.pool
        with pool.store() as a, pool.store() as b, pool.store() as d:
            for store in (a, b, d):
                assert store.con.execute("SELECT count(*) FROM hr_people").fetchall()[0][0] == 0
                assert store.con.execute("SELECT count(*) FROM hr_case_keys").fetchall()[0][0] == 0


def test_audit_appends_from_two_processes_at_once_get_one_sequence_each_and_keep_the_chain(app_url):
    """Two writers on separate connections (as ``serve --workers 2``, or a command beside the server) append
    at once: every append lands with a sequence number of its own, none fails, and the chain verifies."""
    import threading

    import psycopg

    from sahelwatch.access import audit
    from sahelwatch.errors import SahelwatchError
    from sahelwatch.store import open_store

    open_store(app_url).close()  # migrated before the writers start
    per_writer, errors = 40, []
    start = threading.Barrier(2)

    def append(writer: str) -> None:
        try:
            with open_store(app_url) as store:
                start.wait()
                for i in range(per_writer):
                    audit.record(store, actor=writer, action="test.append", target=str(i))
        except (psycopg.Error, SahelwatchError) as e:  # reported by the assertion below, with its type
            errors.append(f"{writer}: {type(e).__name__}: {e}")

    threads = [threading.Thread(target=append, args=(w,)) for w in ("first", "second")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with open_store(app_url, read_only=True) as store:
        entries = store.audit.entries()
        check = audit.verify(store)
    assert [e["seq"] for e in entries] == list(range(1, 2 * per_writer + 1))
    assert sorted((e["actor"], int(e["target"])) for e in entries) == sorted(
        (w, i) for w in ("first", "second") for i in range(per_writer))
    assert check.intact and check.entries == 2 * per_writer, check.as_dict()


def test_an_analysts_case_reads_touch_no_restricted_row_and_still_count_victims_witnesses_and_sources(
        app_url, pg_cluster, tmp_path):
    """An analyst's redacted reads need no row of hr_people or hr_case_keys: with every privilege on those two
    tables taken from the application's role, any statement touching them would fail, and the analyst's list
    and case still answer with the right counts; given back, the investigator still reads the whole case."""
    import psycopg
    from fastapi.testclient import TestClient

    from sahelwatch.access.users import add_user
    from sahelwatch.api import create_app
    from sahelwatch.hr.cases import import_cases
    from sahelwatch.store import open_store
    from tests.access.cases_fixture import cases

    with open_store(app_url) as s:
        import_cases(s, write_cases(tmp_path / "cases.json"), actor="test")
        inv = add_user(s, "ines", "hr_investigator", password=PW, actor="test")
        ana = add_user(s, "amadou", "analyst", password=PW, actor="test")
    database, role = app_url.rsplit("/", 1)[1], app_url.split("://", 1)[1].split("@", 1)[0].split(":", 1)[0]
    expected = {c["case_id"]: (len(c["victims"]), len(c["witnesses"]), len(c["sources"])) for c in cases()}

    def privileges(verb: str) -> None:
        with psycopg.connect(pg_cluster.url(database), autocommit=True) as con:  # the superuser, as the owner
            con.execute(f"{verb} ALL ON sahelwatch.hr_people, sahelwatch.hr_case_keys "
                        f"{'FROM' if verb == 'REVOKE' else 'TO'} {role}")

    app = create_app(app_url, pool_size=2)
    with TestClient(app, raise_server_exceptions=False) as c:
        investigator, analyst = _token(c, inv, True), _token(c, ana, False)
        privileges("REVOKE")
        try:
            listed = c.get("/api/v1/hr/cases", headers=analyst)
            assert listed.status_code == 200, listed.text
            got = {x["case_id"]: (x["victims"], x["witnesses"], x["sources"]) for x in listed.json()["cases"]}
            assert got == expected and all(x["redacted"] for x in listed.json()["cases"])
            one = c.get("/api/v1/hr/cases/TC-001", headers=analyst)
            assert one.status_code == 200, one.text
            assert (one.json()["victims"], one.json()["witnesses"], one.json()["sources"]) == expected["TC-001"]
            assert not any(secret in listed.text + one.text for secret in SECRET_STRINGS)
            # the check has teeth: the investigator's whole read needs those rows, and is refused meanwhile
            refused = c.get("/api/v1/hr/cases/TC-001", headers={**investigator, "X-Purpose": "case review"})
            assert refused.status_code >= 500 and "Ysolde Quarmbertin" not in refused.text
        finally:
            privileges("GRANT")
        whole = c.get("/api/v1/hr/cases/TC-001", headers={**investigator, "X-Purpose": "case review"})
        assert whole.status_code == 200, whole.text
        body = whole.json()
        assert not body["redacted"] and [v["name"] for v in body["victims"]] == ["Ysolde Quarmbertin",
                                                                                 "Temerik Zollunda"]
        assert body["witnesses"][0]["contact"] == "+000 555 0199" and body["narrative"]
