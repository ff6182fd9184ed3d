"""The checks every event row passes before it is stored, whatever its source.

* the date parses (the adapters check that) and is not in the future;
* the coordinates are numbers in range, given together, and lie in the stated country
  (against the bundled country outlines, with a tolerance for border and coastal points);
* fatalities are whole numbers (adapters), not negative, and low <= best <= high;
* the event type is known (adapters);
* an id appears once per file.

A row that fails any check is rejected with every reason that applies; the others are kept.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from ..columnar import distinct_rows
from . import _convert as cv
from .base import Batch
from .reader import LINE, Reject, raw_texts


@dataclass(frozen=True)
class Checked:
    batch: Batch
    good: pa.Table  # rows that passed, with LINE and RAW
    rejects: tuple[Reject, ...]  # reader rejects and validation rejects, by line


def _num(arr) -> np.ndarray:
    return pc.fill_null(pc.cast(arr, pa.float64()), np.nan).to_numpy(zero_copy_only=False)


class SeenIds:
    """The ids (and first lines) of the slices of a file already checked, so that an id repeated
    in a later slice is rejected like one repeated within a slice."""

    def __init__(self) -> None:
        self.ids: list[pa.Array] = []
        self.lines: list[pa.Array] = []

    def first_lines(self, ids: pa.ChunkedArray) -> np.ndarray:
        """For each id, the line where an earlier slice had it, or -1."""
        if not self.ids:
            return np.full(len(ids), -1)
        seen = pa.concat_arrays(self.ids)
        pos = pc.index_in(ids, value_set=seen).to_numpy(zero_copy_only=False)
        lines = pa.concat_arrays(self.lines).to_numpy()
        out = np.full(len(ids), -1)
        ok = ~np.isnan(pos.astype(float))
        out[ok] = lines[pos[ok].astype(np.int64)]
        return out

    def add(self, ids: pa.ChunkedArray, lines: pa.ChunkedArray) -> None:
        self.ids.append(ids.combine_chunks())
        self.lines.append(lines.combine_chunks())


def check_events(batch: Batch, today: dt.date, seen: SeenIds | None = None, *, unique_ids: bool = True) -> Checked:
    """Validate every row of ``batch``. ``unique_ids=False`` for a layout whose rows repeat an id by design
    (ACLED monadic: one row per actor); its merge step then decides what a repeated id means."""
    from ..geo import country_to_iso3, points_in_country

    t = batch.table
    n = t.num_rows
    pr = batch.problems

    date = t.column("event_date")
    future = cv._mask(pc.fill_null(pc.greater(date, pa.scalar(today, pa.date32())), False))

    def future_reason(idx):
        return [f"event_date {d} is in the future (today is {today})" for d in pc.take(date, pa.array(idx)).to_pylist()]

    pr.add(future, future_reason)

    lat, lon = _num(t.column("latitude")), _num(t.column("longitude"))
    has_lat, has_lon = ~np.isnan(lat), ~np.isnan(lon)
    pr.add(has_lat ^ has_lon, "latitude and longitude must be given together")
    lat_bad = has_lat & (np.abs(lat) > 90)
    lon_bad = has_lon & (np.abs(lon) > 180)
    pr.add(lat_bad, lambda idx: [f"latitude {lat[i]:g} is out of range (-90 to 90)" for i in idx])
    pr.add(lon_bad, lambda idx: [f"longitude {lon[i]:g} is out of range (-180 to 180)" for i in idx])

    # ISO3: from the iso3 column, else from the country name (each distinct name resolved once)
    country = t.column("country")
    iso3_col = t.column("iso3").combine_chunks()
    if iso3_col.null_count:
        enc = pc.dictionary_encode(country.combine_chunks())
        names = enc.dictionary.to_numpy(zero_copy_only=False).astype(object)
        by_name = pc.take(pa.array(country_to_iso3(names), pa.string()), enc.indices)
        iso3_col = pc.coalesce(iso3_col, by_name)
    iso3_missing = cv._mask(pc.is_null(iso3_col))
    has_country = ~cv._mask(pc.is_null(country))
    unknown = has_country & iso3_missing

    def unknown_reason(idx):
        return [f"country {c!r} is not a known country name or ISO3 code" for c in pc.take(country, pa.array(idx)).to_pylist()]

    pr.add(unknown, unknown_reason)
    testable = has_lat & has_lon & ~lat_bad & ~lon_bad & ~unknown & ~iso3_missing
    inside = np.ones(n, bool)
    if testable.any():
        # test each distinct (country, point) once: datasets code events to a bounded set of places
        idx = np.flatnonzero(testable)
        pts = pa.table({"iso3": pc.filter(iso3_col, pa.array(testable)), "lon": lon[idx], "lat": lat[idx]})
        codes, uniq = distinct_rows(pts, ("iso3", "lon", "lat"))
        ok = points_in_country(uniq["iso3"].to_numpy(str), uniq["lon"].to_numpy(float), uniq["lat"].to_numpy(float))
        inside[idx] = ok[codes]
    outside = testable & ~inside

    def outside_reason(idx):
        cn = pc.take(country, pa.array(idx)).to_pylist()
        codes3 = pc.take(iso3_col, pa.array(idx)).to_pylist()
        return [f"coordinates ({lat[i]:g}, {lon[i]:g}) lie outside {c or c3}" for i, c, c3 in zip(idx, cn, codes3)]

    pr.add(outside, outside_reason)

    lows, bests, highs = (_num(t.column(c)) for c in ("fatalities_low", "fatalities_best", "fatalities_high"))
    for name, arr in (("fatalities_low", lows), ("fatalities_best", bests), ("fatalities_high", highs)):
        neg = ~np.isnan(arr) & (arr < 0)
        pr.add(neg, lambda idx, arr=arr, name=name: [f"{name} {int(arr[i])} is negative" for i in idx])
    with np.errstate(invalid="ignore"):
        order = (lows > bests) | (bests > highs) | (lows > highs)
    pr.add(order, lambda idx: [
        f"fatalities must satisfy low <= best <= high, got {_fmt(lows[i])}/{_fmt(bests[i])}/{_fmt(highs[i])}" for i in idx
    ])

    # an id once per file: the first occurrence is kept (in this slice, or in earlier ones)
    id_col = t.column("event_id")
    lines = t.column(LINE)
    if unique_ids and pc.count_distinct(id_col, mode="only_valid").as_py() < n - id_col.null_count:
        ids = pd.Series(id_col.to_numpy(zero_copy_only=False), dtype=object)
        dup = (ids.duplicated(keep="first") & ids.notna()).to_numpy()
        ln = lines.to_numpy()
        firsts = np.flatnonzero(ids.isin(set(ids[dup])).to_numpy() & ~dup)  # the kept rows of repeated ids
        first_line = dict(zip(ids.iloc[firsts].tolist(), ln[firsts].tolist()))
        pr.add(dup, lambda idx: [f"duplicate id {ids[i]} (first at line {first_line[ids[i]]})" for i in idx])
    if seen is not None:
        earlier = seen.first_lines(id_col)
        pr.add(earlier >= 0, lambda idx: [
            f"duplicate id {v} (first at line {earlier[i]})"
            for i, v in zip(idx, pc.take(id_col, pa.array(idx)).to_pylist())])
        seen.add(id_col, lines)

    t = t.set_column(t.schema.get_field_index("iso3"), "iso3", iso3_col)
    return _split(batch, t, pr)


def check_aggregates(batch: Batch) -> Checked:
    return _split(batch, batch.table, batch.problems)


def _fmt(v: float) -> str:
    return "-" if np.isnan(v) else str(int(v))


def _split(batch: Batch, t: pa.Table, pr: cv.Problems) -> Checked:
    bad = pr.any_mask
    rejects = list(batch.raw.rejects)
    if bad.any():
        reasons = pr.reasons()
        idx = np.flatnonzero(bad)
        lines = pc.take(t.column(LINE), pa.array(idx)).to_pylist()
        raws = raw_texts(t, idx, batch.raw.blob)
        rejects += [Reject(line, "; ".join(reasons[i]), raw) for i, line, raw in zip(idx.tolist(), lines, raws)]
        good = t.filter(pa.array(~bad))
    else:
        good = t
    rejects.sort(key=lambda r: r.line)
    return Checked(batch, good, tuple(rejects))
