"""The admin2-month panel on Spark, from a Hive-partitioned Parquet export of the events.

Spark does the part that grows with the number of events: it reads the partitioned export
(``events export --format parquet --partition-by country,year``), keeps the source an events
panel counts (:func:`~sahelwatch.forecasting.panel.panel_source`), and reduces the events to one
row per unit and month (events, summed ``fatalities_best``, the unit's name, admin1, ISO3 and the
median of its events' coordinates) exactly as :func:`~sahelwatch.forecasting.panel.panel_from_events`
does. The driver then completes that long frame into the dense panel with the same
:func:`~sahelwatch.forecasting.panel.build_panel`: its size is units x months (a few hundred
thousand cells for the whole Sahel), not events.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..errors import InputError, UsageError
from ..forecasting.panel import Panel, build_panel, panel_source

_UNIT_FIELDS = {"admin2": ("admin1", "admin2"), "admin1": ("admin1",)}


def panel_frame(spark, path: Path, unit: str = "admin2") -> pd.DataFrame:
    """The long unit-month frame (one row per unit and month with events) of the export at ``path``."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    if unit not in _UNIT_FIELDS:
        raise UsageError(f"the Spark panel is by admin2 or admin1, not {unit!r}")
    if not Path(path).exists():
        raise InputError("no such Parquet export", path=str(path))
    df = spark.read.parquet(str(Path(path).resolve()))
    fields = _UNIT_FIELDS[unit]
    need = ["event_date", "fatalities_best", "source", "iso3", "latitude", "longitude", *fields]
    missing = [c for c in need if c not in df.columns]
    if missing:
        raise InputError(f"the export lacks column(s) {', '.join(missing)}", path=str(path))
    keep = panel_source(r[0] for r in df.select("source").where(F.col("source").isNotNull()).distinct().collect())
    if keep is not None:
        df = df.where(F.col("source") == keep)
    for c in ("event_date", *fields):
        df = df.where(F.col(c).isNotNull())
    unit_id = F.concat_ws("|", F.coalesce(F.col("iso3"), F.lit("")), *[F.col(c).cast("string") for c in fields])
    by_unit = Window.partitionBy("unit_id")
    df = (df.withColumn("unit_id", unit_id)
          .withColumn("lat", F.median("latitude").over(by_unit))
          .withColumn("lon", F.median("longitude").over(by_unit))
          .withColumn("month", F.date_format(F.col("event_date"), "yyyy-MM"))
          .withColumn("fat", F.coalesce(F.col("fatalities_best").cast("long"), F.lit(0))))
    agg = (df.groupBy("unit_id", "month")
           .agg(F.count(F.lit(1)).alias("events"), F.sum("fat").alias("fatalities"),
                F.first(F.col(fields[-1]).cast("string")).alias("unit_name"), F.first("admin1").alias("admin1"),
                F.first(F.coalesce(F.col("iso3"), F.lit(""))).alias("iso3"),
                F.first("lat").alias("lat"), F.first("lon").alias("lon"))
           .orderBy("unit_id", "month"))
    rows = agg.collect()
    cols = ["unit_id", "month", "events", "fatalities", "unit_name", "admin1", "iso3", "lat", "lon"]
    frame = pd.DataFrame([[r[c] for c in cols] for r in rows], columns=cols)
    frame["lat"] = frame["lat"].astype(float)
    frame["lon"] = frame["lon"].astype(float)
    return frame


def panel_from_parquet(spark, path: Path, unit: str = "admin2", *, end=None) -> Panel:
    """The events panel of :func:`~sahelwatch.forecasting.panel.load_panel` (``source='events'``), built on Spark."""
    frame = panel_frame(spark, path, unit)
    if frame.empty:
        raise UsageError("the export holds no dated events with their admin units")
    return build_panel(frame, end=end)
