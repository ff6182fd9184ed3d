"""Scale-out: the same domain functions run as Spark jobs (optional extra ``spark``: PySpark on Java 17+).

- :func:`extract_with_spark`: ``sahelwatch extract --engine spark``, reports to events over a folder of
  JSON-lines files, the language models loaded once per executor process;
- :func:`panel_from_parquet`: the admin2-month panel of :mod:`sahelwatch.forecasting.panel` from a
  Hive-partitioned Parquet export (``events export --format parquet --partition-by country,year``).

Domain modules never import this package; it imports them. See ``docs/scale.md``.
"""

from .extract import extract_with_spark
from .panel import panel_from_parquet
from .session import spark_session

__all__ = ["extract_with_spark", "panel_from_parquet", "spark_session"]
