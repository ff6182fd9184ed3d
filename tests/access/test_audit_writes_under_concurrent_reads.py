"""Reads that write an audit entry and plain reads, sent together, all succeed: the server's short read-write
open for the audit log and its read-only opens for other requests wait for each other."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from sahelwatch.hr.cases import import_cases
from sahelwatch.store import open_store
from tests.api.conftest import two_version_db

from .cases_fixture import write_cases


def test_concurrent_audited_and_plain_reads_all_succeed(tmp_path):
    from fastapi.testclient import TestClient

    from sahelwatch.api import create_app

    db, _ = two_version_db(tmp_path)
    with open_store(db) as s:
        import_cases(s, write_cases(tmp_path / "c.json"), actor="test")
    client = TestClient(create_app(db, busy_wait=30.0))
    paths = ["/api/v1/hr/cases", "/api/v1/events", "/api/v1/hr/cases/TC-002", "/api/v1/hr/aggregates"] * 10
    with ThreadPoolExecutor(max_workers=4) as pool:
        codes = list(pool.map(lambda p: client.get(p, headers={"X-Purpose": "load"}).status_code, paths))
    assert codes == [200] * len(paths)
    with open_store(db, read_only=True) as s:
        reads = [e for e in s.audit.entries() if e["action"] == "case.read"]
    # two restricted cases per list read, one per read of TC-002 (restricted): every one audited
    assert len(reads) == 10 * 2 + 10 * 1
