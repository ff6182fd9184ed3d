"""``serve`` computes the dashboard's default view before it listens: every request app.js makes on opening with no
filter answers 200 through the application itself, and is then in the cache, on each backend with a real store."""

from __future__ import annotations

from importlib import resources

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


def test_the_default_view_names_only_routes_the_dashboard_calls():
    """Each path of DEFAULT_VIEW appears in the dashboard's script (a route renamed there must be renamed here)."""
    from sahelwatch.api.app import DEFAULT_VIEW

    script = (resources.files("sahelwatch.web") / "static" / "app.js").read_text(encoding="utf-8")
    for url in DEFAULT_VIEW:
        path = url.split("?")[0].removeprefix("/api/v1/")
        assert f'get("{path}"' in script, f"{path} is not asked for by app.js"
