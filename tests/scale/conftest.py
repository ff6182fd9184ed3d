"""One SparkSession for every Spark test of the run (local[2], no UI, two shuffle partitions).

Without PySpark or Java the tests skip, naming what is missing; in CI they fail (tests/conftest.py)."""

from __future__ import annotations

import pytest

from tests.conftest import missing


@pytest.fixture(scope="session")
def spark():
    from sahelwatch.scale.session import new_session, spark_available

    lacking = spark_available()
    if lacking is not None:
        missing(lacking)
    session = new_session("local[2]", "sahelwatch-tests", {"spark.ui.enabled": "false",
                                                           "spark.sql.shuffle.partitions": "2",
                                                           "spark.default.parallelism": "2"})
    yield session
    session.stop()
