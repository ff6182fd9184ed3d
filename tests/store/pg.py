"""The PostgreSQL side of the store tests: one throwaway cluster per test session, one new database per test.

The cluster (scripts/pg_cluster.py, the same one ``make pg`` starts) runs as an unprivileged user on a
free 127.0.0.1 port and is stopped at the end of the session. Without PostgreSQL 15 and PostGIS the
tests that need it skip, naming what is missing; in CI (``CI`` set) they fail.

tests/store/conftest.py makes the fixtures available to the store tests.
"""

from __future__ import annotations

import itertools

import pytest

from tests.conftest import missing, require_module

_names = itertools.count(1)


@pytest.fixture(scope="session")
def pg_cluster():
    from scripts.pg_cluster import ClusterUnavailable, start_cluster

    require_module("psycopg")
    try:
        cluster = start_cluster()
    except ClusterUnavailable as e:
        missing(str(e))
    yield cluster
    cluster.stop()


@pytest.fixture(scope="session")
def _pg_template(pg_cluster) -> str:
    """A database migrated once (schema, PostGIS), copied for each test."""
    from sahelwatch.store import open_store

    pg_cluster.create_database("migrated")
    open_store(pg_cluster.url("migrated")).close()
    return "migrated"


@pytest.fixture
def pg_url(pg_cluster, _pg_template) -> str:
    """The URL of a new database on the session's cluster, migrated to the current schema, with no rows."""
    return pg_cluster.create_database(f"t{next(_names)}", template=_pg_template)


@pytest.fixture
def pg_empty_url(pg_cluster) -> str:
    """The URL of a new database with nothing in it (no schema, no extension)."""
    return pg_cluster.create_database(f"e{next(_names)}")


def open_backend(backend: str, tmp_path, request):
    """A read-write store on ``backend`` ("duckdb": a file under ``tmp_path``; "postgresql": a new database)."""
    from sahelwatch.store import open_store

    if backend == "duckdb":
        return open_store(tmp_path / "test.duckdb"), str(tmp_path / "test.duckdb")
    url = request.getfixturevalue("pg_url")
    return open_store(url), url


@pytest.fixture(params=["duckdb", "postgresql"])
def backend_store(request, tmp_path):
    """A read-write store on each backend in turn; ``backend_store.db`` is what ``--db`` would take."""
    store, db = open_backend(request.param, tmp_path, request)
    store.db = db
    yield store
    store.close()
