"""Human-rights case records: import, refusals, encryption at rest, the master key, rotation, shredding."""

from __future__ import annotations

import json
import os

import pytest

from sahelwatch.access.keys import KeyFileError, master_key_path, token_secret_path
from sahelwatch.cli import main
from sahelwatch.errors import InputError, NotFoundError, SahelwatchError
from sahelwatch.hr import cases as H
from sahelwatch.store import open_store

from .cases_fixture import SECRET_STRINGS, cases, write_cases


def _db_bytes(path) -> bytes:
    data = path.read_bytes()
    wal = path.with_name(path.name + ".wal")
    return data + (wal.read_bytes() if wal.exists() else b"")


def test_import_stores_cases_and_reads_them_back_whole(store, tmp_path):
    s = H.import_cases(store, write_cases(tmp_path / "c.json"), actor="test")
    assert (s.inserted, s.replaced, s.rejected) == (3, 0, [])
    c = H.read_case(store, "TC-001")
    assert [v["name"] for v in c["victims"]] == ["Ysolde Quarmbertin", "Temerik Zollunda"]
    assert c["witnesses"][0]["contact"] == "+000 555 0199"
    assert c["narrative"].startswith("Both were taken")


def test_the_alleged_perpetrator_is_resolved_through_the_actor_registry(store, tmp_path):
    H.import_cases(store, write_cases(tmp_path / "c.json"), actor="test")
    fama = H.read_case(store, "TC-001")
    assert "fama" in fama["perpetrator_ids"] and fama["perpetrator_family"]
    jnim = H.read_case(store, "TC-003")
    assert jnim["perpetrator_ids"] and jnim["perpetrator_family"].startswith("jihadist")
    person = H.read_case(store, "TC-002")
    assert person["perpetrator_ids"] == [] and "perpetrator_unresolved" in person["flags"]


def test_an_unknown_event_id_is_kept_and_flagged(store, tmp_path):
    s = H.import_cases(store, write_cases(tmp_path / "c.json"), actor="test")
    assert ("TC-002", "unknown_event_id") in s.flagged
    c = H.read_case(store, "TC-002")
    assert c["event_known"] is False and "unknown_event_id" in c["flags"]


@pytest.mark.parametrize("change, reason", [
    (lambda c: c.update(violation="teleportation"), "unknown violation type"),
    (lambda c: c.update(date="2024-02-30"), "date"),
    (lambda c: c.pop("location"), "location"),
    (lambda c: c["victims"].append({"name": 7}), "victims[2].name"),
    (lambda c: c["victims"][0].update(age=-1), "age"),
    (lambda c: c.update(sensitivity="secret"), "sensitivity"),
    (lambda c: c.update(colour="red"), "unknown field"),
    (lambda c: c["location"].update(latitude=123.0), "latitude"),
])
def test_a_malformed_case_is_rejected_on_its_own_with_its_reason(store, tmp_path, change, reason):
    items = cases()
    change(items[0])
    s = H.import_cases(store, write_cases(tmp_path / "c.json", items), actor="test")
    assert s.inserted == 2 and len(s.rejected) == 1
    index, case_id, why = s.rejected[0]
    assert index == 0 and reason in why
    assert not any(x in why for x in SECRET_STRINGS)


def test_a_file_that_is_not_a_json_array_is_an_input_error_naming_it(store, tmp_path):
    p = tmp_path / "bad.json"
    p.write_text('{"case_id": 1,', encoding="utf-8")
    with pytest.raises(InputError, match="bad.json:1"):
        H.import_cases(store, p, actor="test")
    p.write_text('{"case_id": "x"}', encoding="utf-8")
    with pytest.raises(InputError, match="JSON array"):
        H.import_cases(store, p, actor="test")


def test_the_database_file_holds_no_name_contact_or_narrative_in_clear(tmp_path):
    db = tmp_path / "t.duckdb"
    with open_store(db) as s:
        H.import_cases(s, write_cases(tmp_path / "c.json"), actor="test")
        s.con.execute("CHECKPOINT")
    raw = _db_bytes(db)
    assert len(raw) > 100_000
    for text in SECRET_STRINGS:
        for enc in ("utf-8", "utf-16-le"):
            assert text.encode(enc) not in raw, text
    # the check can fail: an unencrypted column with the same text would be found
    with open_store(db) as s:
        s.con.execute("CREATE TABLE probe AS SELECT 'Ysolde Quarmbertin' AS x")
        s.con.execute("CHECKPOINT")
    assert b"Ysolde Quarmbertin" in _db_bytes(db)


def test_the_master_key_is_created_beside_the_database_with_mode_0600(store, tmp_path):
    H.import_cases(store, write_cases(tmp_path / "c.json"), actor="test")
    key = master_key_path(store.path)
    assert key.exists() and (key.stat().st_mode & 0o777) == 0o600
    first = store.audit.entries()[0]
    assert first["action"] == "key.create" and first["actor"] == "test"


def test_a_missing_key_is_a_clear_error_never_plain_text(store, tmp_path):
    H.import_cases(store, write_cases(tmp_path / "c.json"), actor="test")
    master_key_path(store.path).unlink()
    with pytest.raises(KeyFileError, match="master key is missing"):
        H.read_case(store, "TC-001")
    with pytest.raises(KeyFileError):  # and no new key is made to encrypt more under
        H.import_cases(store, write_cases(tmp_path / "c.json"), actor="test")


def test_a_different_key_file_is_refused(store, tmp_path, monkeypatch):
    H.import_cases(store, write_cases(tmp_path / "c.json"), actor="test")
    other = tmp_path / "other.key"
    fd = os.open(other, os.O_WRONLY | os.O_CREAT, 0o600)
    os.write(fd, b"QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWY=\n")
    os.close(fd)
    monkeypatch.setenv("SAHELWATCH_KEY_FILE", str(other))
    with pytest.raises(KeyFileError, match="not the key"):
        H.read_case(store, "TC-001")


def test_the_key_comes_from_sahelwatch_key_file_when_set(tmp_path, monkeypatch):
    keyfile = tmp_path / "elsewhere.key"
    monkeypatch.setenv("SAHELWATCH_KEY_FILE", str(keyfile))
    with open_store(tmp_path / "t.duckdb") as s:
        with pytest.raises(KeyFileError, match="does not exist"):
            H.import_cases(s, write_cases(tmp_path / "c.json"), actor="test")
    monkeypatch.delenv("SAHELWATCH_KEY_FILE")
    with open_store(tmp_path / "t.duckdb") as s:
        H.import_cases(s, write_cases(tmp_path / "c.json"), actor="test")
    os.replace(master_key_path(tmp_path / "t.duckdb"), keyfile)
    monkeypatch.setenv("SAHELWATCH_KEY_FILE", str(keyfile))
    with open_store(tmp_path / "t.duckdb") as s:
        assert H.read_case(s, "TC-002")["victims"][0]["name"] == "Baltharine Oduvessa"


def test_rotating_the_key_keeps_every_case_readable_and_retires_the_old_key(store, tmp_path):
    from sahelwatch.access.users import add_user, authenticate

    H.import_cases(store, write_cases(tmp_path / "c.json"), actor="test")
    new = add_user(store, "adm", "admin", password="a long invented passphrase", actor="test")
    before = master_key_path(store.path).read_bytes()
    d = H.rotate_master_key(store, actor="test")
    assert d["case_keys"] == 3 and d["otp_secrets"] == 1 and d["old_key_id"] != d["new_key_id"]
    assert master_key_path(store.path).read_bytes() != before
    assert H.read_case(store, "TC-001")["witnesses"][0]["name"] == "Orvan Plitzke"
    assert authenticate(store, "adm", "a long invented passphrase", new.recovery_codes[0], address="a")
    import pyotp
    assert authenticate(store, "adm", "a long invented passphrase", pyotp.TOTP(new.otp_secret).now(), address="a")
    assert store.hr.master_key_ids() == {d["new_key_id"]}


def test_deleting_a_case_destroys_its_key(store, tmp_path):
    H.import_cases(store, write_cases(tmp_path / "c.json"), actor="test")
    wrapped = store.hr.wrapped_key("TC-001")[0]
    H.delete_case(store, "TC-001", actor="test")
    assert store.hr.wrapped_key("TC-001") is None
    with pytest.raises(NotFoundError):
        H.read_case(store, "TC-001")
    # the leftover wrapped key (DuckDB does not overwrite freed blocks) no longer opens: the master key changed
    from sahelwatch.hr.crypto import CaseKey

    with pytest.raises(KeyFileError):
        CaseKey.unwrap("TC-001", wrapped, H.master_key(store))
    assert [e["action"] for e in store.audit.entries()][-2:] == ["case.delete", "key.rotate"]
    assert H.read_case(store, "TC-002")["victims"][0]["name"] == "Baltharine Oduvessa"


def test_a_reimport_audits_which_fields_changed_never_their_content(store, tmp_path):
    H.import_cases(store, write_cases(tmp_path / "c.json"), actor="test")
    items = cases()
    items[0]["narrative"] = "A new account of Ysolde Quarmbertin at the well."
    s = H.import_cases(store, write_cases(tmp_path / "c.json", items), actor="test")
    assert s.replaced == 3
    last = [e for e in store.audit.entries() if e["target"] == "TC-001"][-1]
    assert last["action"] == "case.replace"
    assert json.loads(last["details"])["fields_changed"] == ["narrative"]
    assert not any(x in e["details"] for e in store.audit.entries() for x in SECRET_STRINGS)


def test_evidence_is_recorded_with_its_sha256_and_custody(store, tmp_path):
    import hashlib

    H.import_cases(store, write_cases(tmp_path / "c.json"), actor="test")
    f = tmp_path / "photo-of-vrenzoria-well.jpg"
    f.write_bytes(b"\xff\xd8 invented image bytes")
    d = H.add_evidence(store, "TC-001", f, actor="ina", note="received on a sealed drive")
    assert d["sha256"] == hashlib.sha256(f.read_bytes()).hexdigest()
    ev = H.read_case(store, "TC-001")["evidence"][0]
    assert ev["filename"] == f.name and ev["custody"][0]["action"] == "received"
    assert ev["custody"][0]["done_by"] == "ina"
    H.add_custody(store, "TC-001", d["sha256"], "transferred", actor="kofi", note="to the lab")
    chain = H.read_case(store, "TC-001")["evidence"][0]["custody"]
    assert [(c["seq"], c["action"], c["done_by"]) for c in chain] == [(1, "received", "ina"), (2, "transferred", "kofi")]
    with pytest.raises(NotFoundError):
        H.add_custody(store, "TC-001", "0" * 64, "examined", actor="kofi")
    store.con.execute("CHECKPOINT")
    assert b"vrenzoria-well" not in _db_bytes(store.path)


def test_hr_import_command_exits_1_when_a_case_is_rejected(tmp_path, capsys):
    items = cases()
    items[1]["violation"] = "unknown_kind"
    main(["--db", str(tmp_path / "t.duckdb"), "--json", "hr", "import", str(write_cases(tmp_path / "c.json"))])
    out = json.loads(capsys.readouterr().out)
    assert out["inserted"] == 3
    with pytest.raises(SystemExit) as e:
        main(["--db", str(tmp_path / "t.duckdb"), "--json", "hr", "import",
              str(write_cases(tmp_path / "c.json", items))])
    assert e.value.code == 1
    out = json.loads(capsys.readouterr().out)
    assert out["rejected"][0]["case_id"] == "TC-002" and "unknown violation" in out["rejected"][0]["reason"]


def test_a_server_database_needs_the_key_file_named(monkeypatch, tmp_path):
    url = "postgresql://sw@127.0.0.1:5432/sahelwatch"
    with pytest.raises(SahelwatchError, match="SAHELWATCH_KEY_FILE"):
        master_key_path(url)
    monkeypatch.setenv("SAHELWATCH_KEY_FILE", str(tmp_path / "server.key"))
    assert master_key_path(url) == tmp_path / "server.key"
    assert token_secret_path(url) == tmp_path / "server.key.token-key"


def test_the_clear_read_of_a_case_counts_what_the_whole_case_holds_and_carries_no_content(store, tmp_path):
    H.import_cases(store, write_cases(tmp_path / "c.json"), actor="test")
    H.add_evidence(store, "TC-001", write_cases(tmp_path / "evidence.json"), actor="test")
    for clear in H.read_clear_cases(store):
        whole = H.read_case(store, clear["case_id"])
        assert clear["counts"] == {"victims": len(whole["victims"]), "witnesses": len(whole["witnesses"]),
                                   "sources": len(whole["sources"]), "evidence": len(whole["evidence"])}
        assert clear == H.read_clear_case(store, clear["case_id"])
        assert not any(s in json.dumps(clear, default=str) for s in SECRET_STRINGS)
    assert H.read_clear_case(store, "TC-001")["counts"]["evidence"] == 1
    assert [c["case_id"] for c in H.read_clear_cases(store, violation="arbitrary_arrest")] == ["TC-001"]
    with pytest.raises(NotFoundError):
        H.read_clear_case(store, "TC-404")
