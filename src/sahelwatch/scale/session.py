"""The SparkSession of a job: one place that checks PySpark and Java and sets the session up."""

from __future__ import annotations

import os
import shutil
import sys
from contextlib import contextmanager
from typing import Iterator

from ..errors import UsageError

DEFAULT_MASTER = "local[*]"


def spark_available() -> str | None:
    """``None`` when a Spark job can start here, else what is missing (PySpark, or Java 17+)."""
    try:
        import pyspark  # noqa: F401
    except ModuleNotFoundError:
        return "the Python package pyspark (pip install 'sahelwatch[spark]')"
    java_home = os.environ.get("JAVA_HOME")
    if not (java_home and os.path.exists(os.path.join(java_home, "bin", "java"))) and shutil.which("java") is None:
        return "a Java 17+ runtime (Debian: apt-get install openjdk-17-jre-headless)"
    return None


def new_session(master: str = DEFAULT_MASTER, app: str = "sahelwatch", conf: dict | None = None):
    """A SparkSession on ``master`` (quiet: no progress bar, log level ERROR). The caller stops it."""
    missing = spark_available()
    if missing is not None:
        raise UsageError(f"the spark engine needs {missing}")
    from pyspark.sql import SparkSession

    # the Python workers run this interpreter (where sahelwatch is installed), unless the caller says otherwise
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.master(master).appName(app)
    settings = {"spark.ui.showConsoleProgress": "false", "spark.sql.session.timeZone": "UTC"} | (conf or {})
    for k, v in settings.items():
        builder = builder.config(k, v)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


@contextmanager
def spark_session(master: str = DEFAULT_MASTER, app: str = "sahelwatch", conf: dict | None = None) -> Iterator:
    """The session already active in this process (left running), else :func:`new_session`, stopped on exit."""
    missing = spark_available()
    if missing is not None:
        raise UsageError(f"the spark engine needs {missing}")
    from pyspark.sql import SparkSession

    active = SparkSession.getActiveSession()
    if active is not None:
        yield active
        return
    spark = new_session(master, app, conf)
    try:
        yield spark
    finally:
        spark.stop()
