"""UCDP Georeferenced Event Dataset (GED): yearly releases (``ged231``) and monthly candidate files.

Codes, as UCDP's codebook defines them:

* ``date_prec`` 1 = the exact day, 2 = within 2-6 days, 3 = within a month,
  4 = within more than a month but the same year, 5 = more than a year.
* ``where_prec`` 1 = the exact place, 2 = within 25 km of it, 3 = a second-order unit,
  4 = a first-order unit, 5 = a wider, non-administrative area, 6 = the country,
  7 = international waters or airspace.
* ``type_of_violence`` 1 = state-based, 2 = non-state, 3 = one-sided (against civilians).
  UCDP has no ACLED event types: 1 and 2 map to Battles / Armed clash, 3 to Violence against
  civilians / Attack, with the original kept in ``event_type_source``.
* Fatalities: ``low``, ``best`` and ``high`` estimates, kept as they are.

The release is taken from the file name (``ged231`` -> ``ged231``; candidate files
``GEDEvent_v24_0_3`` -> ``candidate-24.0.3``) unless given explicitly.
"""

from __future__ import annotations

import re
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from . import _convert as cv
from .base import Batch, Format
from .reader import RawTable, with_provenance

DATE_PRECISION = {"1": "day", "2": "week", "3": "month", "4": "year", "5": "longer"}
GEO_PRECISION = {"1": "exact", "2": "near", "3": "admin2", "4": "admin1", "5": "region", "6": "country", "7": "other"}
VIOLENCE = {
    "1": ("Battles", "Armed clash"),
    "2": ("Battles", "Armed clash"),
    "3": ("Violence against civilians", "Attack"),
}


def release_from_name(path: str) -> str | None:
    name = Path(path).name.lower()
    m = re.search(r"ged(\d{2})(\d)", name)
    if m:
        return f"ged{m.group(1)}{m.group(2)}"
    m = re.search(r"v(\d{2})_(\d+)_(\d+)", name)
    if m:
        return f"candidate-{m.group(1)}.{m.group(2)}.{m.group(3)}"
    return None


def parse(raw: RawTable, release: str | None) -> Batch:
    t = raw.data_table()
    n = t.num_rows
    col = lambda name: cv.column(t, name)  # noqa: E731
    pr = cv.Problems(n)
    out: dict[str, object] = {"source": "ucdp-ged"}
    release = release or release_from_name(raw.path)
    out["release"] = release

    eid = cv.text(col("id"), n)
    pr.add(cv._mask(pc.is_null(eid)), "id is missing")
    out["source_event_id"] = eid
    out["event_id"] = pc.binary_join_element_wise("ucdp-ged", eid, ":")
    out["source_event_id_alt"] = cv.text(col("relid"), n)

    ds, bad = cv.dates(col("date_start"), n, ("%Y-%m-%d", "%Y-%m-%d %H:%M:%S.000", "%d/%m/%Y"))
    if col("date_start") is not None:
        pr.add_bad_values(bad, "date_start", col("date_start"), "a date (YYYY-MM-DD)")
    pr.add(cv._mask(pc.is_null(ds)) & ~bad, "date_start is missing")
    de, bad = cv.dates(col("date_end"), n, ("%Y-%m-%d", "%Y-%m-%d %H:%M:%S.000", "%d/%m/%Y"))
    if col("date_end") is not None:
        pr.add_bad_values(bad, "date_end", col("date_end"), "a date (YYYY-MM-DD)")
    out["event_date"], out["date_end"], out["year"] = ds, de, pc.year(ds)
    later = pc.fill_null(pc.less(de, ds), False)
    pr.add(cv._mask(later), "date_end is before date_start")

    if col("date_prec") is not None:
        v, bad = cv.lookup(col("date_prec"), DATE_PRECISION, n)
        pr.add_bad_values(bad, "date_prec", col("date_prec"), "a UCDP date precision (1-5)")
        out["date_precision"] = v
        out["date_precision_source"] = pc.binary_join_element_wise("ucdp", cv.text(col("date_prec"), n), ":")
    if col("where_prec") is not None:
        v, bad = cv.lookup(col("where_prec"), GEO_PRECISION, n)
        pr.add_bad_values(bad, "where_prec", col("where_prec"), "a UCDP location precision (1-7)")
        out["geo_precision"] = v
        out["geo_precision_source"] = pc.binary_join_element_wise("ucdp", cv.text(col("where_prec"), n), ":")

    out["country"] = cv.text(col("country"), n)
    out["admin1"] = cv.text(col("adm_1"), n)
    out["admin2"] = cv.text(col("adm_2"), n)
    out["location"] = cv.text(col("where_coordinates"), n)
    for name in ("latitude", "longitude"):
        v, bad = cv.floats(col(name), n)
        if col(name) is not None:
            pr.add_bad_values(bad, name, col(name), "a number")
        out[name] = v

    tv = col("type_of_violence")
    if tv is not None:
        et, bad = cv.lookup(tv, {k: v[0] for k, v in VIOLENCE.items()}, n)
        sub, _ = cv.lookup(tv, {k: v[1] for k, v in VIOLENCE.items()}, n)
        pr.add_bad_values(bad, "type_of_violence", tv, "1, 2 or 3")
        out["event_type"], out["sub_event_type"] = et, sub
        out["event_type_source"] = pc.binary_join_element_wise("ucdp:type_of_violence", cv.text(tv, n), "=")
    pr.add(cv._mask(pc.is_null(cv.text(tv, n))) if tv is not None else [True] * n, "type_of_violence is missing")

    out["actor1"] = cv.text(col("side_a"), n)
    out["actor2"] = cv.text(col("side_b"), n)
    out["actor1_source_id"] = cv.text(col("side_a_new_id"), n)
    out["actor2_source_id"] = cv.text(col("side_b_new_id"), n)

    for src, dst in (("low", "fatalities_low"), ("best", "fatalities_best"), ("high", "fatalities_high")):
        v, bad = cv.integers(col(src), n)
        if col(src) is not None:
            pr.add_bad_values(bad, src, col(src), "a whole number")
        out[dst] = v

    # UCDP's own files hold a few events whose best estimate lies outside [low, high]. The
    # range is widened to include best, never narrowed, and the repair is noted on the row.
    lo, be, hi = out["fatalities_low"], out["fatalities_best"], out["fatalities_high"]
    out["fatalities_low"] = pc.min_element_wise(lo, be, hi)
    out["fatalities_high"] = pc.max_element_wise(lo, be, hi)
    repaired = pc.fill_null(pc.or_(pc.not_equal(lo, out["fatalities_low"]), pc.not_equal(hi, out["fatalities_high"])), False)
    note = pc.binary_join_element_wise(
        "fatalities range widened to contain best: low/best/high were ",
        pc.binary_join_element_wise(pc.cast(lo, pa.string()), pc.cast(be, pa.string()), pc.cast(hi, pa.string()), "/"),
        "",
    )
    out["quality_notes"] = pc.if_else(repaired, note, pa.scalar(None, pa.string()))

    out["notes"] = cv.text(col("source_headline"), n)
    out["source_names"] = cv.text(col("source_original"), n)
    table = cv.event_table(n, out)
    table = with_provenance(table, t)
    return Batch("events", "ucdp-ged", "ucdp-ged", release, table, pr, raw)


FORMATS = (
    Format(
        "ucdp-ged",
        "UCDP GED event data (yearly release or monthly candidate file)",
        ("id", "relid", "side_a", "side_b", "date_start", "date_end", "best", "low", "high", "latitude", "longitude"),
        (),
        parse,
    ),
)
