"""The answers that read nothing of the database (the health check, the actors' list, the border overlay) take no
worker thread once they have been computed, on both backends (on PostgreSQL the open mode is known from memory too):
a repeated request runs nothing on the thread pool and gets the same bytes and headers, gzipped or not. Real stores;
nothing timed."""

from __future__ import annotations

import pytest

from tests.api.conftest import new_backend_db
from tests.api.test_stale_answers_after_a_write import _write

URLS = ("/api/v1/health", "/api/v1/actors", "/api/v1/actors?family=foreign_forces", "/api/v1/boundaries/borders",
        "/api/v1/boundaries/borders?km=40")


@pytest.mark.parametrize("backend", ["duckdb", "postgresql"])
def test_the_health_check_the_actors_list_and_the_borders_are_served_on_the_loop_once_computed(
        backend, tmp_path, request, monkeypatch):
    import anyio.to_thread
    from fastapi.testclient import TestClient

    from sahelwatch.api import create_app

    on_threads: list[str] = []
    run_sync = anyio.to_thread.run_sync

    async def recorded(func, *args, **kwargs):  # every use of the thread pool (routes, dependencies, the cache)
        on_threads.append(getattr(func, "__name__", repr(func)))
        return await run_sync(func, *args, **kwargs)

    monkeypatch.setattr(anyio.to_thread, "run_sync", recorded)
    db = new_backend_db(backend, tmp_path, request)
    _write(db, tmp_path, "H-1")
    with TestClient(create_app(db)) as client:
        if backend == "postgresql":  # the open mode is known from memory once the listener holds the accounts' gate
            from tests.api.conftest import trusted_open_mode

            trusted_open_mode(client.app.state.db.notices)
        first = {(u, enc): client.get(u, headers={"accept-encoding": enc}) for u in URLS for enc in ("gzip", "identity")}
        assert all(r.status_code == 200 for r in first.values()), {k: r.text for k, r in first.items()}
        assert first[("/api/v1/actors", "gzip")].json() and first[("/api/v1/actors?family=foreign_forces", "gzip")].json()
        assert first[("/api/v1/actors", "gzip")].headers.get("content-encoding") == "gzip"
        assert first[("/api/v1/boundaries/borders?km=40", "gzip")].json()["features"]
        on_threads.clear()
        again = {k: client.get(k[0], headers={"accept-encoding": k[1]}) for k in first}
        assert on_threads == [], "a fixed answer once computed takes no worker thread"
        for k in first:
            assert again[k].content == first[k].content, k
            assert again[k].headers == first[k].headers, k
        assert client.get("/api/v1/boundaries/borders?km=41").json() != first[("/api/v1/boundaries/borders?km=40",
                                                                               "gzip")].json(), "kept per distance"
