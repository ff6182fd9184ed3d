"""ACLED-on-HDX aggregates: events and fatalities per admin2 unit and month.

HDX publishes ACLED counts per country as workbooks with a terms-of-use sheet and a ``Data``
sheet (``Country, Admin1, Admin2, ISO3, Admin2 Pcode, Admin1 Pcode, Month, Year, Events,
Fatalities``), months written as English names. They are counts, not events, so they are
stored as aggregates: a unit-month with 0 events is a real zero, not a missing row.
"""

from __future__ import annotations

import pyarrow as pa
import pyarrow.compute as pc

from ..model import AGGREGATE_SCHEMA
from . import _convert as cv
from .base import Batch, Format
from .reader import RawTable, with_provenance

COLUMNS = ("country", "admin1", "admin2", "iso3", "admin2 pcode", "admin1 pcode", "month", "year", "events", "fatalities")


def parse(raw: RawTable, release: str | None) -> Batch:
    t = raw.data_table()
    n = t.num_rows
    col = lambda name: cv.column(t, name)  # noqa: E731
    pr = cv.Problems(n)
    month_year = pc.binary_join_element_wise(cv.text(col("month"), n), cv.text(col("year"), n), " ")
    start, bad = cv.dates(month_year, n, ("%B %Y", "%b %Y", "%m %Y"))
    pr.add_bad_values(bad, "month and year", month_year, "a month name and a year (e.g. 'January 1997')")
    pr.add(cv._mask(pc.is_null(start)) & ~bad, "month or year is missing")
    events, bad = cv.integers(col("events"), n)
    pr.add_bad_values(bad, "events", col("events"), "a whole number")
    fat, bad = cv.integers(col("fatalities"), n)
    pr.add_bad_values(bad, "fatalities", col("fatalities"), "a whole number")
    for name, arr in (("events", events), ("fatalities", fat)):
        neg = cv._mask(pc.fill_null(pc.less(arr, 0), False))
        pr.add(neg, f"{name} is negative")
    pcode2 = cv.text(col("admin2 pcode"), n)
    pr.add(cv._mask(pc.is_null(pcode2)) & cv._mask(pc.is_null(cv.text(col("admin2"), n))), "admin2 and its P-code are missing")
    table = pa.table(
        {
            "source": pa.repeat(pa.scalar("acled-hdx"), n),
            "release": pa.repeat(pa.scalar(release, pa.string()), n),
            "iso3": cv.text(col("iso3"), n),
            "country": cv.text(col("country"), n),
            "admin1": cv.text(col("admin1"), n),
            "admin1_pcode": cv.text(col("admin1 pcode"), n),
            "admin2": cv.text(col("admin2"), n),
            "admin2_pcode": pcode2,
            "period_start": start,
            "period": pa.repeat(pa.scalar("month"), n),
            "events": events,
            "fatalities": fat,
        },
        schema=AGGREGATE_SCHEMA,
    )
    table = with_provenance(table, t)
    return Batch("aggregates", "hdx-acled-admin2-month", "acled-hdx", release, table, pr, raw)


FORMATS = (
    Format(
        "hdx-acled-admin2-month",
        "ACLED-on-HDX aggregate: events and fatalities per admin2 and month (xlsx or csv)",
        COLUMNS,
        (),
        parse,
        workbook=True,
    ),
)
