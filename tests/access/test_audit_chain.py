"""The audit log is hash-chained: altering, removing or reordering an entry is detected and named."""

from __future__ import annotations

import json

import pytest

from sahelwatch.access import audit
from sahelwatch.cli import main
from sahelwatch.store import open_store


def _fill(store, n=6):
    for i in range(n):
        audit.record(store, actor=f"user{i % 2}", action="case.read", target=f"TC-{i}", purpose="review",
                     details={"n": i})


def test_an_untouched_chain_verifies(store):
    _fill(store)
    v = audit.verify(store)
    assert v.intact and v.entries == 6 and v.head_seq == 6


@pytest.mark.parametrize("tamper, first_broken, said", [
    ("UPDATE audit_log SET actor = 'someone else' WHERE seq = 3", 3, "altered"),
    ("DELETE FROM audit_log WHERE seq = 4", 5, "missing"),
    ("DELETE FROM audit_log WHERE seq >= 5", 5, "removed from the end"),  # against the recorded head
], ids=["altered", "removed", "cut_from_the_end"])
def test_an_altered_or_removed_entry_is_named(store, tamper, first_broken, said):
    _fill(store)
    store.con.execute(tamper)
    v = audit.verify(store)
    assert not v.intact and v.first_broken == first_broken and said in v.reason


def test_an_entry_altered_with_its_hash_recomputed_breaks_the_next_link(store):
    _fill(store)
    e = store.audit.entries(after=2, limit=1)[0]
    e["target"] = "TC-999"
    store.con.execute("UPDATE audit_log SET target = ?, hash = ? WHERE seq = 3",
                      [e["target"], audit.entry_hash(e["prev_hash"], e)])
    v = audit.verify(store)
    assert not v.intact and v.first_broken == 4


def test_reordered_entries_are_detected(store):
    _fill(store)
    # swap the places of entries 2 and 3 (each keeps its own content and hashes)
    store.con.execute("UPDATE audit_log SET seq = 100 WHERE seq = 2")
    store.con.execute("UPDATE audit_log SET seq = 2 WHERE seq = 3")
    store.con.execute("UPDATE audit_log SET seq = 3 WHERE seq = 100")
    v = audit.verify(store)
    assert not v.intact and v.first_broken == 2


def test_details_that_would_carry_content_are_refused(store):
    with pytest.raises(audit.AuditContentError):
        audit.record(store, actor="x", action="case.add", details={"victims": ["someone"]})
    with pytest.raises(audit.AuditContentError):
        audit.record(store, actor="x", action="user.add", details={"nested": {"password": "pw"}})


def test_audit_verify_command_exits_1_and_names_the_entry(tmp_path, capsys):
    db = tmp_path / "t.duckdb"
    with open_store(db) as s:
        _fill(s)
    main(["--db", str(db), "--json", "audit", "verify"])  # returns: exit 0
    assert json.loads(capsys.readouterr().out)["intact"] is True
    with open_store(db) as s:
        s.con.execute("UPDATE audit_log SET purpose = 'other' WHERE seq = 2")
    with pytest.raises(SystemExit) as bad:
        main(["--db", str(db), "--json", "audit", "verify"])
    assert bad.value.code == 1
    out = json.loads(capsys.readouterr().out)
    assert out["intact"] is False and out["first_broken"] == 2
