"""``sahelwatch-csv``: the template for an organisation's own event reports.

The layout is documented for users in ``docs/formats/sahelwatch-csv.md``; this module is its
reader. Values are checked as strictly as for the big datasets, and a row that breaks a rule is
quarantined with its line and reason.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from ..model import (
    EVENT_TYPE_NAMES,
    Attribution,
    DatePrecision,
    GeoPrecision,
    Tactic,
    TargetCategory,
)
from . import _convert as cv
from .acled import _check_sub_types
from .base import Batch, Format
from .reader import RawTable, with_provenance

REQUIRED = ("report_id", "event_date", "country", "event_type")
SEP = " | "


def _enum_check(pr: cv.Problems, col: pa.ChunkedArray | None, name: str, allowed: list[str], n: int):
    if col is None:
        return None
    v = pc.utf8_lower(cv.text(col, n))
    ok = pc.is_in(v, value_set=pa.array(allowed))
    bad = ~cv._mask(pc.fill_null(ok, True)) & ~cv._mask(pc.is_null(v))
    pr.add_bad_values(bad, name, col, "one of " + ", ".join(allowed))
    return pc.if_else(ok, v, pa.scalar(None, pa.string()))


def parse(raw: RawTable, release: str | None) -> Batch:
    t = raw.data_table()
    n = t.num_rows
    col = lambda name: cv.column(t, name)  # noqa: E731
    pr = cv.Problems(n)
    for req in REQUIRED:
        c = col(req)
        pr.add(cv.blank(c) if c is not None else np.ones(n, bool), f"{req} is missing (required)")

    dataset = cv.text(col("dataset"), n)
    dataset = pc.coalesce(dataset, pa.scalar("field"))
    rel = cv.text(col("release"), n)
    if release:
        rel = pc.coalesce(rel, pa.scalar(release))
    rid = cv.text(col("report_id"), n)
    out: dict[str, object] = {
        "source": dataset,
        "release": rel,
        "source_event_id": rid,
        "event_id": pc.binary_join_element_wise(dataset, rid, ":"),
    }
    d, bad = cv.dates(col("event_date"), n, ("%Y-%m-%d",))
    if col("event_date") is not None:
        pr.add_bad_values(bad, "event_date", col("event_date"), "a date in the form YYYY-MM-DD")
    de, bad = cv.dates(col("date_end"), n, ("%Y-%m-%d",))
    if col("date_end") is not None:
        pr.add_bad_values(bad, "date_end", col("date_end"), "a date in the form YYYY-MM-DD")
        pr.add(cv._mask(pc.fill_null(pc.less(de, d), False)), "date_end is before event_date")
    out.update(event_date=d, date_end=de, year=pc.year(d))
    dp = _enum_check(pr, col("date_precision"), "date_precision", [p.value for p in DatePrecision], n)
    out["date_precision"] = pc.coalesce(dp, pa.scalar("day")) if dp is not None else "day"

    for name in ("country", "admin1", "admin2", "admin3", "location", "notes", "notes_fr",
                 "actor1", "actor2", "assoc_actor_1", "assoc_actor_2", "sub_event_type"):
        out[name] = cv.text(col(name), n)
    for name in ("latitude", "longitude"):
        v, bad = cv.floats(col(name), n)
        if col(name) is not None:
            pr.add_bad_values(bad, name, col(name), "a number")
        out[name] = v
    gp = _enum_check(pr, col("geo_precision"), "geo_precision", [p.value for p in GeoPrecision], n)
    has_xy = pc.and_(pc.is_valid(out["latitude"]), pc.is_valid(out["longitude"]))
    default_gp = pc.if_else(has_xy, pa.scalar("exact"), pa.scalar(None, pa.string()))
    out["geo_precision"] = pc.coalesce(gp, default_gp) if gp is not None else default_gp

    et = cv.text(col("event_type"), n)
    known = pc.is_in(et, value_set=pa.array(sorted(EVENT_TYPE_NAMES)))
    bad = ~cv._mask(pc.fill_null(known, True))
    if col("event_type") is not None:
        pr.add_bad_values(bad, "event_type", col("event_type"), "an ACLED event type (" + ", ".join(sorted(EVENT_TYPE_NAMES)) + ")")
    out["event_type"] = et
    _check_sub_types(pr, et, out["sub_event_type"])
    out["tactic"] = _enum_check(pr, col("tactic"), "tactic", [x.value for x in Tactic], n)
    out["target_category"] = _enum_check(pr, col("target_category"), "target_category", [x.value for x in TargetCategory], n)
    out["attribution"] = _enum_check(pr, col("attribution"), "attribution", [x.value for x in Attribution], n)

    fats = {}
    for name in ("fatalities_low", "fatalities_best", "fatalities_high"):
        v, bad = cv.integers(col(name), n)
        if col(name) is not None:
            pr.add_bad_values(bad, name, col(name), "a whole number")
        fats[name] = v
    out.update(fats)
    out["source_names"] = cv.text(col("source_publisher"), n)
    out["source_urls"] = cv.text(col("source_url"), n)
    table = cv.event_table(n, out)
    table = with_provenance(table, t)
    rel_value = release or (rel[0].as_py() if n else None)
    src_value = dataset[0].as_py() if n else "field"
    return Batch("events", "sahelwatch-csv", src_value, rel_value, table, pr, raw)


FORMATS = (
    Format(
        "sahelwatch-csv",
        "sahelwatch field-report template (docs/formats/sahelwatch-csv.md)",
        ("report_id", "event_date", "country", "event_type"),
        (),
        parse,
    ),
)
