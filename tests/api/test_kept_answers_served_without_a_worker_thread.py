"""A repeated request of an answer kept for the current state of a DuckDB file is answered on the event loop: neither
the answers' threaded path nor a read of the account count runs for it, and its bytes and headers are those of the
first answer. The access check still applies (single-user mode answers the loopback interface only), and a write is
seen by the first request after it. Behaviour on a real store; no timing."""

from __future__ import annotations

from tests.api.conftest import record_calls
from tests.api.test_stale_answers_after_a_write import _write


def test_a_kept_answer_is_served_on_the_loop_with_the_same_bytes_and_a_write_is_seen_at_once(tmp_path, monkeypatch):
    from fastapi.testclient import TestClient

    from sahelwatch.api import create_app
    from sahelwatch.api.db import Database

    db = str(tmp_path / "store.duckdb")
    _write(db, tmp_path, "K-1", "K-2")
    threaded = record_calls(monkeypatch, (Database, "cached_body"), (Database, "account_count"))
    app = create_app(db)
    urls = ("/api/v1/events?limit=1", "/api/v1/aggregates?place=admin1", "/api/v1/meta", "/api/v1/boundaries/1",
            "/api/v1/programs/areas", "/api/v1/forecasts")
    with TestClient(app) as client:
        first = {u: client.get(u, headers={"accept-encoding": "gzip"}) for u in urls}
        assert all(r.status_code == 200 for r in first.values()), {u: r.text for u, r in first.items()}
        assert "cached_body" in threaded, "the first answers are computed on the threaded path"
        threaded.clear()
        again = {u: client.get(u, headers={"accept-encoding": "gzip"}) for u in urls}
        assert threaded == [], "a kept answer reads nothing and takes no worker thread"
        for u in urls:
            assert again[u].content == first[u].content, u
            assert again[u].headers == first[u].headers, u

        stranger = TestClient(app, client=("192.0.2.7", 40000))  # not the loopback interface
        assert stranger.get("/api/v1/events?limit=1").status_code == 403

        _write(db, tmp_path, "K-3")  # another writer (no stale bound: the new state at once)
        after = client.get("/api/v1/events?limit=1")
        assert after.status_code == 200 and after.json()["total"] == 3
        assert "cached_body" in threaded, "after a write the answer is computed again"
