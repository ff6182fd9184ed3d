"""ACLED exports: the dyadic layout, the monadic layout, and the 2016 legacy layout.

Codes, as ACLED's codebook defines them:

* ``time_precision`` 1 = the day is known, 2 = within a week, 3 = within a month.
* ``geo_precision`` 1 = the named town itself, 2 = near it or in its district,
  3 = only a larger region is known (coded to its capital).
* ``inter1``/``inter2`` actor types (see :class:`sahelwatch.model.InterCode`);
  ``interaction`` is the two codes sorted, e.g. 12.
* ``fatalities`` is a single figure; it becomes low = best = high.

The monadic layout has one row per actor, so each event appears once per actor; its rows are
merged back into one event (the first row's actor is actor1, in file order), and the event
keeps the lines of all its rows. The legacy layout (before 2017) writes columns in upper
case, calls associated actors ``ALLY_ACTOR_1``, has no sub-event type and used event types
that are mapped onto today's taxonomy here, with the original kept in ``event_type_source``.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from ..model import EVENT_TYPE_NAMES, SUB_EVENT_TO_TYPE
from . import _convert as cv
from .base import Batch, Format
from .reader import LINE, RAW, RawTable, raw_text_column, with_provenance

DATE_FORMATS = ("%Y-%m-%d", "%d %B %Y", "%d-%B-%Y", "%d/%m/%Y", "%d-%b-%y", "%d %b %Y")
TIME_PRECISION = {"1": "day", "2": "week", "3": "month"}
GEO_PRECISION = {"1": "exact", "2": "near", "3": "admin1"}

#: Legacy (pre-2017) event types onto today's (event type, sub-event type).
LEGACY_EVENT_TYPES: dict[str, tuple[str, str | None]] = {
    "battle-no change of territory": ("Battles", "Armed clash"),
    "battle-government regains territory": ("Battles", "Government regains territory"),
    "battle-non-state actor overtakes territory": ("Battles", "Non-state actor overtakes territory"),
    "violence against civilians": ("Violence against civilians", None),
    "remote violence": ("Explosions/Remote violence", None),
    "riots/protests": ("Protests", None),  # Riots when an actor is a rioter (inter 5)
    "strategic development": ("Strategic developments", None),
    "headquarters or base established": ("Strategic developments", "Headquarters or base established"),
    "non-violent transfer of territory": ("Strategic developments", "Non-violent transfer of territory"),
}


#: ACLED's update timestamps are Unix seconds; beyond this (2100-01-01) a value is damage
_LAST_TIMESTAMP = 4_102_444_800


def _unix_times(col: pa.ChunkedArray, n: int) -> tuple[pa.ChunkedArray, np.ndarray]:
    """Update timestamps (seconds since 1970, UTC) and the rows whose value is not one."""
    secs, bad = cv.integers(col, n, pa.int64())
    out_of_range = cv._mask(pc.fill_null(pc.or_(pc.less(secs, 0), pc.greater(secs, _LAST_TIMESTAMP)), False))
    secs = pc.if_else(pa.array(out_of_range), pa.scalar(None, pa.int64()), secs)
    return pc.cast(secs, pa.timestamp("s", tz="UTC")), bad | out_of_range


def _release_from_timestamps(ts: pa.ChunkedArray) -> str | None:
    valid = pc.drop_null(ts)
    if len(valid) == 0:
        return None
    latest = pc.max(valid).as_py()
    return f"export-{latest:%Y-%m-%d}" if latest else None


def file_release(raw: RawTable) -> str | None:
    """An ACLED export's release: the date of its newest update timestamp."""
    t = raw.data_table()
    if "timestamp" not in t.column_names:
        return None
    ts, _ = _unix_times(t.column("timestamp"), t.num_rows)
    return _release_from_timestamps(ts)


def _common(raw: RawTable, t: pa.Table, release: str | None, *, legacy: bool) -> tuple[dict, cv.Problems]:
    """Columns shared by the three layouts; ``t`` has lower-case column names."""
    n = t.num_rows
    col = lambda name: cv.column(t, name)  # noqa: E731
    pr = cv.Problems(n)
    out: dict[str, object] = {"source": "acled"}

    eid = cv.text(col("event_id_cnty"), n)
    pr.add(cv._mask(pc.is_null(eid)), "event_id_cnty is missing")
    out["source_event_id"] = eid
    out["event_id"] = pc.binary_join_element_wise("acled", eid, ":")
    out["source_event_id_alt"] = cv.text(col("data_id"), n)

    date_raw = col("event_date")
    d, bad = cv.dates(date_raw, n, DATE_FORMATS)
    if date_raw is not None:
        pr.add_bad_values(bad, "event_date", date_raw, "a date (expected YYYY-MM-DD or '31 December 2018')")
    pr.add(cv._mask(pc.is_null(d)) & ~bad, "event_date is missing")
    out["event_date"] = d
    out["year"] = pc.year(d)

    tp = col("time_precision")
    if tp is not None:
        v, bad = cv.lookup(tp, TIME_PRECISION, n)
        pr.add_bad_values(bad, "time_precision", tp, "1, 2 or 3")
        out["date_precision"] = pc.coalesce(v, pa.scalar("day"))
        out["date_precision_source"] = pc.binary_join_element_wise("acled", cv.text(tp, n), ":")
    else:
        out["date_precision"] = "day"

    for name in ("country", "admin1", "admin2", "admin3", "location", "notes", "source_scale", "disorder_type"):
        out[name] = cv.text(col(name), n)
    out["source_names"] = cv.text(col("source"), n)
    for i in ("1", "2"):
        out[f"actor{i}"] = cv.text(col(f"actor{i}"), n)
        out[f"assoc_actor_{i}"] = cv.text(col(f"assoc_actor_{i}") or col(f"ally_actor_{i}"), n)
        raw_inter = col(f"inter{i}")
        v, bad = cv.integers(raw_inter, n, pa.int8())
        # a whole number outside ACLED's codes (0-8) is as bad as text: it would be stored as a code
        bad |= cv._mask(pc.fill_null(pc.or_(pc.less(v, 0), pc.greater(v, 8)), False))
        v = pc.if_else(pa.array(bad), pa.scalar(None, pa.int8()), v)
        if raw_inter is not None:
            pr.add_bad_values(bad, f"inter{i}", raw_inter, "an ACLED inter code (0-8)")
        out[f"inter{i}"] = v
    v, bad = cv.integers(col("interaction"), n, pa.int16())
    if col("interaction") is not None:
        pr.add_bad_values(bad, "interaction", col("interaction"), "an ACLED interaction code")
    out["interaction"] = v

    for name in ("latitude", "longitude"):
        v, bad = cv.floats(col(name), n)
        if col(name) is not None:
            pr.add_bad_values(bad, name, col(name), "a number")
        out[name] = v
    gp = col("geo_precision")
    if gp is not None:
        v, bad = cv.lookup(gp, GEO_PRECISION, n)
        pr.add_bad_values(bad, "geo_precision", gp, "1, 2 or 3")
        out["geo_precision"] = v
        out["geo_precision_source"] = pc.binary_join_element_wise("acled", cv.text(gp, n), ":")

    fat_raw = col("fatalities")
    f, bad = cv.integers(fat_raw, n)
    if fat_raw is not None:
        pr.add_bad_values(bad, "fatalities", fat_raw, "a whole number")
    out["fatalities_low"] = out["fatalities_best"] = out["fatalities_high"] = f

    ts = col("timestamp")
    if ts is not None:
        out["source_updated"], bad = _unix_times(ts, n)
        pr.add_bad_values(bad, "timestamp", ts, "a Unix time (seconds since 1970, before 2100)")
        release = release or _release_from_timestamps(out["source_updated"])

    et_raw = col("event_type")
    if legacy:
        lowered = pc.utf8_lower(pc.utf8_trim_whitespace(et_raw))
        keys = list(LEGACY_EVENT_TYPES)
        et, bad = cv.lookup(lowered, {k: v[0] for k, v in LEGACY_EVENT_TYPES.items()}, n)
        sub, _ = cv.lookup(lowered, {k: v[1] for k, v in LEGACY_EVENT_TYPES.items()}, n)
        # riots/protests: riots when either actor is a rioter (inter code 5)
        rioters = pc.or_(pc.equal(out["inter1"], 5), pc.equal(out["inter2"], 5))
        is_rp = pc.equal(lowered, "riots/protests")
        et = pc.if_else(pc.and_(is_rp, pc.fill_null(rioters, False)), pa.scalar("Riots"), et)
        pr.add_bad_values(bad, "event_type", et_raw, f"a known ACLED event type ({', '.join(keys)})")
        out["event_type"] = et
        out["sub_event_type"] = sub
        out["event_type_source"] = cv.text(et_raw, n)
    else:
        et = cv.text(et_raw, n)
        known = pc.is_in(et, value_set=pa.array(sorted(EVENT_TYPE_NAMES)))
        bad = ~cv._mask(pc.fill_null(known, False)) & ~cv._mask(pc.is_null(et))
        pr.add_bad_values(bad, "event_type", et_raw, "an ACLED event type (" + ", ".join(sorted(EVENT_TYPE_NAMES)) + ")")
        pr.add(cv._mask(pc.is_null(et)), "event_type is missing")
        out["event_type"] = et
        sub = cv.text(col("sub_event_type"), n)
        out["sub_event_type"] = sub
        if col("sub_event_type") is not None:
            _check_sub_types(pr, et, sub)
    return {"release": release, **out}, pr


def _check_sub_types(pr: cv.Problems, et: pa.ChunkedArray, sub: pa.ChunkedArray) -> None:
    pairs = {f"{v.value}|{s}" for s, v in SUB_EVENT_TO_TYPE.items()}
    joined = pc.binary_join_element_wise(et, sub, "|")
    ok = pc.is_in(joined, value_set=pa.array(sorted(pairs)))
    bad = ~cv._mask(pc.fill_null(ok, True)) & ~cv._mask(pc.is_null(sub))

    def reason(idx: np.ndarray) -> list[str]:
        e = pc.take(et, pa.array(idx)).to_pylist()
        s = pc.take(sub, pa.array(idx)).to_pylist()
        return [f"sub_event_type {b!r} does not belong to event_type {a!r}" for a, b in zip(e, s)]

    pr.add(bad, reason)


def parse_dyadic(raw: RawTable, release: str | None) -> Batch:
    t = raw.data_table()
    cols, pr = _common(raw, t, release, legacy=False)
    return _batch("acled", raw, t, cols, pr)


def parse_legacy(raw: RawTable, release: str | None) -> Batch:
    t = raw.data_table()
    cols, pr = _common(raw, t, release, legacy=True)
    return _batch("acled-legacy", raw, t, cols, pr)


def _id_groups(ids: pa.ChunkedArray) -> tuple[np.ndarray, int]:
    """A group number per row, one per distinct id; a row without an id is a group of its own (an
    event of its own, rejected for its missing id, never merged). Returns the numbers and their count."""
    enc = pc.dictionary_encode(ids.combine_chunks())
    codes = pc.fill_null(enc.indices, -1).to_numpy(zero_copy_only=False).astype(np.int64)
    missing = codes < 0
    n_missing = int(missing.sum())
    codes[missing] = len(enc.dictionary) + np.arange(n_missing)
    return codes, len(enc.dictionary) + n_missing


def _rank_in_group(codes: np.ndarray) -> np.ndarray:
    """For each row, how many rows of its group come before it in file order."""
    n = len(codes)
    order = np.argsort(codes, kind="stable")  # groups together, file order within each
    ranked = codes[order]
    pos = np.arange(n)
    group_start = np.maximum.accumulate(np.where(np.r_[True, ranked[1:] != ranked[:-1]], pos, 0)) if n else pos
    rank = np.empty(n, dtype=np.int64)
    rank[order] = pos - group_start
    return rank


def parse_monadic(raw: RawTable, release: str | None) -> Batch:
    """Merge the per-actor rows of each event back into one dyadic event."""
    t = raw.data_table()
    n = t.num_rows
    if n == 0 or "event_id_cnty" not in t.column_names:
        cols, pr = _common(raw, t, release, legacy=False)
        return _batch("acled-monadic", raw, t, cols, pr)
    if RAW not in t.column_names:
        # a merged event keeps all its rows verbatim: materialise them as text
        t = t.append_column(RAW, raw_text_column(t, raw.blob))
        t = t.drop_columns([c for c in ("__raw_offset__", "__raw_length__") if c in t.column_names])
    ids = cv.text(t.column("event_id_cnty"), n)
    codes, n_groups = _id_groups(ids)
    order = np.arange(n)
    rank = _rank_in_group(codes)  # 0 for an id's first row in file order, 1 for its second, ...
    firsts = order[rank == 0]
    seconds = order[rank == 1]
    extra = order[rank >= 2]
    base = t.take(pa.array(firsts))
    # map each first row to its second row (if any)
    second_of = np.full(n_groups, -1, dtype=np.int64)
    second_of[codes[seconds]] = seconds
    partner = second_of[codes[firsts]]
    has2 = partner >= 0
    cols = {}
    for name in base.column_names:
        cols[name] = base.column(name)
    take2 = pa.array(np.where(has2, partner, 0))
    mask2 = pa.array(has2)

    def from_second(name: str, alone: str = "") -> pa.ChunkedArray:
        """The second row's ``name``; ``alone`` for an event with one row (one actor)."""
        if name not in t.column_names:
            return pa.chunked_array([pa.nulls(len(firsts), pa.string())])
        vals = pc.take(t.column(name), take2)
        return pc.if_else(mask2, vals, pa.scalar(alone, pa.string()))

    cols["actor2"] = from_second("actor1")
    cols["assoc_actor_2"] = from_second("assoc_actor_1")
    # as the dyadic layout writes it: inter code 0 is "no second actor"; an empty cell would make
    # the same event look changed when it is read from the other layout
    cols["inter2"] = from_second("inter1", alone="0")
    merged_raw = pc.if_else(
        mask2,
        pc.binary_join_element_wise(base.column(RAW), pc.take(t.column(RAW), take2), "\n"),
        base.column(RAW),
    )
    cols[RAW] = merged_raw
    merged = pa.table(cols)
    mraw = raw.replace(table=merged, blob=None)
    ecols, pr = _common(mraw, merged, release, legacy=False)
    # rows beyond two per event cannot be placed in a dyadic event: reject them, never drop
    batch = _batch("acled-monadic", mraw, merged, ecols, pr, merged_rows=len(seconds))
    if len(extra):
        from .reader import Reject

        at = pa.array(extra)
        more = tuple(
            Reject(line, f"a third row for event {eid}: a monadic event has at most two actors", text)
            for line, eid, text in zip(pc.take(t.column(LINE), at).to_pylist(), pc.take(ids, at).to_pylist(),
                                       pc.take(t.column(RAW), at).to_pylist())
        )
        batch = Batch(batch.kind, batch.format, batch.source, batch.release, batch.table, batch.problems,
                      mraw.replace(rejects=raw.rejects + more), batch.merged_rows)
    return batch


def _batch(fmt: str, raw: RawTable, t: pa.Table, cols: dict, pr: cv.Problems, merged_rows: int = 0) -> Batch:
    release = cols.pop("release")
    table = cv.event_table(t.num_rows, {**cols, "release": release})
    table = with_provenance(table, t)
    return Batch("events", fmt, "acled", release, table, pr, raw, merged_rows)


_DYADIC_SIG = ("event_id_cnty", "event_date", "event_type", "actor1", "actor2", "fatalities")
FORMATS = (
    Format(
        "acled",
        "ACLED export, dyadic layout (one row per event)",
        _DYADIC_SIG,
        ("ally_actor_1",),
        parse_dyadic,
        release_of=file_release,
    ),
    Format(
        "acled-monadic",
        "ACLED export, monadic layout (one row per actor; rows are merged into events)",
        ("event_id_cnty", "event_date", "event_type", "actor1", "fatalities"),
        ("actor2", "ally_actor_1"),
        parse_monadic,
        release_of=file_release,
        sliceable=False,
    ),
    Format(
        "acled-legacy",
        "ACLED legacy layout (2016 and before: upper-case columns, ALLY_ACTOR_1)",
        ("EVENT_ID_CNTY", "EVENT_DATE", "EVENT_TYPE", "ACTOR1", "ALLY_ACTOR_1", "FATALITIES"),
        (),
        parse_legacy,
        case_sensitive=True,
    ),
)
