"""``serve`` computes the dashboard's default view before it listens: every request app.js makes on opening with no
filter answers 200 through the application itself, and is then in the cache, on each backend with a real store. That
these are the exact URLs app.js sends is checked in the browser (tests/web/test_default_view_urls_browser.py)."""

from __future__ import annotations

import pytest

from tests.api.conftest import new_backend_db
from tests.api.test_stale_answers_after_a_write import _write


@pytest.mark.parametrize("backend", ["duckdb", "postgresql"])
def test_every_answer_of_the_default_view_is_computed_before_serving(backend, tmp_path, request):
    from sahelwatch.api import create_app
    from sahelwatch.api.app import DEFAULT_VIEW, warm

    db = new_backend_db(backend, tmp_path, request)
    _write(db, tmp_path, "W-1", "W-2")
    app = create_app(db)
    try:
        assert warm(app) == {url: 200 for url in DEFAULT_VIEW}
        held = app.state.db._cache
        computed = len(held)
        assert computed >= len(DEFAULT_VIEW)
        warm(app)  # a second time: every answer comes from the cache, nothing new is computed
        assert len(held) == computed
    finally:
        app.state.db.close()


def test_the_actors_and_countries_tables_are_read_before_serving(tmp_path):
    """The first request filtering by an actor or a country finds their tables read (not read then, GIL held)."""
    from sahelwatch.actors import load_registry
    from sahelwatch.actors.resolver import default_resolver
    from sahelwatch.api import create_app
    from sahelwatch.api.app import warm
    from sahelwatch.geo import country_codes

    db = str(tmp_path / "store.duckdb")
    _write(db, tmp_path, "T-1")
    for table in (load_registry, default_resolver, country_codes._name_table, country_codes._codes):
        table.cache_clear()
    app = create_app(db)
    try:
        warm(app)
        assert load_registry.cache_info().currsize == 1 and default_resolver.cache_info().currsize == 1
        assert country_codes._name_table.cache_info().currsize + country_codes._codes.cache_info().currsize >= 1
    finally:
        app.state.db.close()


def test_each_worker_process_warms_its_own_cache_on_uvicorns_running_loop(tmp_path, monkeypatch):
    """``serve --workers N``: uvicorn calls the factory on its running event loop; the warm-up still runs."""
    import asyncio

    from sahelwatch.api.app import DEFAULT_VIEW, app_for_worker, worker_environment

    db = str(tmp_path / "store.duckdb")
    _write(db, tmp_path, "W-1")
    for k, v in worker_environment(db, 2, 30).items():
        monkeypatch.setenv(k, v)

    async def as_uvicorn_does():
        return app_for_worker()

    app = asyncio.run(as_uvicorn_does())
    try:
        assert app.state.db.max_stale == 30
        assert len(app.state.db._cache) >= len(DEFAULT_VIEW)
    finally:
        app.state.db.close()
