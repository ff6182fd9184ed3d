"""The store tests' fixtures for the PostgreSQL backend (tests/store/pg.py); a cluster starts only for a
test that asks for one."""

from tests.store.pg import _pg_template, backend_store, pg_cluster, pg_empty_url, pg_url  # noqa: F401
