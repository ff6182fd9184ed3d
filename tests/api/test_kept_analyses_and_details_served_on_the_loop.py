"""The analyses (alerts, hotspots, trends, spillover), an event's detail and an actor's page, asked again for the same
state of the database, are answered on the event loop on both backends: neither the threaded paths of the answers'
cache nor a read of the account count nor (on PostgreSQL) a round trip for the signature runs for them, and their
bodies are those of the first answers. After a write they are computed again. Real stores; nothing timed."""

from __future__ import annotations

import pytest

from tests.api.conftest import new_backend_db, record_calls
from tests.api.test_stale_answers_after_a_write import _write

URLS = ("/api/v1/alerts", "/api/v1/alerts?surge_unit=admin1", "/api/v1/hotspots", "/api/v1/trends?freq=year",
        "/api/v1/spillover", "/api/v1/actors/jnim")


@pytest.mark.parametrize("backend", ["duckdb", "postgresql"])
def test_kept_analyses_an_event_and_an_actor_are_served_on_the_loop_and_a_write_computes_them_again(
        backend, tmp_path, request, monkeypatch):
    from fastapi.testclient import TestClient

    from sahelwatch.api import create_app
    from sahelwatch.api.db import Database, PgDatabase
    from sahelwatch.store.pg_pool import PgPool

    taken = record_calls(monkeypatch, (Database, "cached"), (Database, "cached_body"), (Database, "account_count"),
                         (PgDatabase, "account_count"), (PgPool, "signature"))
    db = new_backend_db(backend, tmp_path, request)
    _write(db, tmp_path, "E-1", "E-2")
    with TestClient(create_app(db)) as client:
        event_id = client.get("/api/v1/events?limit=1").json()["events"][0]["event_id"]
        urls = (*URLS, f"/api/v1/events/{event_id}")
        first = {u: client.get(u) for u in urls}
        assert all(r.status_code == 200 for r in first.values()), {u: r.text for u, r in first.items()}
        assert first["/api/v1/actors/jnim"].json()["activity"], "the actor's events are counted"
        taken.clear()
        again = {u: client.get(u) for u in urls}
        assert taken == [], "a kept answer takes no worker thread and reads nothing (the open mode is known too)"
        assert all(again[u].content == first[u].content for u in urls)

        client.app.state.db.release()
        _write(db, tmp_path, "E-3")
        assert client.app.state.db.sync()
        after = client.get("/api/v1/actors/jnim")
        assert after.status_code == 200 and "cached" in taken, "after a write the answer is computed again"
        assert sum(r["events"] for r in after.json()["activity"]) == 3
