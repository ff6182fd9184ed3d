"""ACLED exports: the dyadic layout, the monadic layout, and the 2016 legacy layout.

Codes, as ACLED's codebook defines them:

* ``time_precision`` 1 = the day is known, 2 = within a week, 3 = within a month.
* ``geo_precision`` 1 = the named town itself, 2 = near it or in its district,
  3 = only a larger region is known (coded to its capital).
* ``inter1``/``inter2`` actor types (see :class:`sahelwatch.model.InterCode`);
  ``interaction`` is the two codes sorted, e.g. 12.
* ``fatalities`` is a single figure; it becomes low = best = high.

The monadic layout has one row per actor, so each event appears once per actor. Every row is
parsed and validated like a dyadic row; then the rows of an id are merged back into one event (the
first row's actor is actor1, in file order), which keeps the records of both rows verbatim. A
damaged row is rejected and its event kept from the other row, its second actor unknown and a note
in ``quality_notes``; two good rows that disagree on an event field are both rejected
(:func:`merge_actor_rows`). The legacy layout (before 2017) writes columns in upper
case, calls associated actors ``ALLY_ACTOR_1``, has no sub-event type and used event types
that are mapped onto today's taxonomy here, with the original kept in ``event_type_source``.
"""

from __future__ import annotations

import csv
import io

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from ..model import EVENT_TYPE_NAMES, SUB_EVENT_TO_TYPE
from . import _convert as cv
from .base import Batch, Format
from .reader import LINE, PROVENANCE, RAW, RAW_LENGTH, RAW_OFFSET, RawTable, Reject, raw_text_column, with_provenance
from .validation import Checked

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
    """Every row of the file parsed like a dyadic row, one event row per actor row; the rows of one event
    are merged back into one event by :func:`merge_actor_rows`, once every row has been validated."""
    t = raw.data_table()
    if RAW not in t.column_names:
        # a merged event keeps all its rows verbatim: materialise them as text
        t = t.append_column(RAW, raw_text_column(t, raw.blob))
        t = t.drop_columns([c for c in (RAW_OFFSET, RAW_LENGTH) if c in t.column_names])
    mraw = raw.replace(table=t, blob=None)
    cols, pr = _common(mraw, t, release, legacy=False)
    return _batch("acled-monadic", mraw, t, cols, pr)


#: the columns of a monadic row that belong to its actor; every other field is the event's, and the two
#: rows of one event must agree on it
_ACTOR_COLUMNS = frozenset({"actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2"})
#: the file's name of an event column, for reasons
_FILE_NAMES = {"event_id": "event_id_cnty", "source_event_id": "event_id_cnty", "source_event_id_alt": "data_id",
               "year": "event_date", "date_precision": "time_precision", "date_precision_source": "time_precision",
               "geo_precision_source": "geo_precision", "source_names": "source", "fatalities_low": "fatalities",
               "fatalities_best": "fatalities", "fatalities_high": "fatalities", "source_updated": "timestamp",
               "iso3": "country"}


def merge_actor_rows(checked: Checked) -> Checked:
    """Merge the validated actor rows of a monadic file into events, in file order.

    The first two rows of an id (in file order) are its event's: the first row's actor is actor1, the
    second row's actor2. Every row has been validated like any row, so:

    * both rows good and agreeing on every field but the actor's (``actor1``, ``assoc_actor_1``,
      ``inter1``): one event, keeping both records verbatim and the first row's line;
    * both rows good but disagreeing on an event field (date, fatalities, place, coordinates, notes,
      ...): no row can be trusted over the other, so both are rejected, each with a reason naming both
      lines and the fields;
    * one row rejected for its own damage: the event is kept from the other row alone, its second actor
      unknown (``actor2`` and ``inter2`` empty, not inter code 0), with a note in ``quality_notes``
      naming the rejected line; the rejected row's reason names the line the event was kept from. A row
      the reader itself rejected (too few or too many fields) is such a row when the first field of its
      text is the id of an event with one row in the table (:func:`_reader_rejects_by_id`);
    * one row only: an event with one actor (``inter2`` 0, as the dyadic layout writes it);
    * a third row of an id: rejected (a monadic event has at most two actors).

    Rows read = events stored + rows rejected + rows merged into another row's event.
    """
    batch = checked.batch
    t = batch.table
    n = t.num_rows
    by_line = {r.line: r for r in checked.rejects}
    lines = t.column(LINE).to_numpy()
    bad = np.isin(lines, np.fromiter(by_line, np.int64, len(by_line))) if by_line else np.zeros(n, bool)
    ids = t.column("source_event_id")
    codes, n_groups = _id_groups(ids)
    rank = _rank_in_group(codes)  # 0 for an id's first row in file order, 1 for its second, ...
    first_of = np.full(n_groups, -1, np.int64)
    second_of = np.full(n_groups, -1, np.int64)
    first_of[codes[rank == 0]] = np.flatnonzero(rank == 0)
    second_of[codes[rank == 1]] = np.flatnonzero(rank == 1)
    raws = t.column(RAW)
    eids = ids.to_pylist() if n else []

    def reject(i: int, reason: str) -> None:
        line = int(lines[i])
        old = by_line.get(line)
        by_line[line] = Reject(line, f"{reason}; {old.reason}" if old else reason, old.raw if old else raws[i].as_py() or "")

    for i in np.flatnonzero(rank >= 2).tolist():
        reject(i, f"a third row for event {eids[i]}: a monadic event has at most two actors")

    f, s = first_of, second_of
    has2 = s >= 0
    good_f = ~bad[f]
    good_s = has2 & ~bad[np.where(has2, s, 0)]
    # a row the reader rejected, of an event with one row in the table: that event's damaged other row
    read_lost = np.zeros(n_groups, np.int64)
    read = list(_reader_rejects_by_id(checked.rejects, set(lines.tolist()))) if n else []
    if read:
        at = pc.index_in(pa.array([eid for _, eid in read], ids.type), value_set=ids).to_pylist()
        for (line, _), i in zip(read, at):  # i: the id's first row in the table, None for an id it lacks
            if i is not None and not has2[codes[i]] and not read_lost[codes[i]]:
                read_lost[codes[i]] = line
    pair = good_f & good_s
    # the rows of each pair must agree on every event field
    pf, ps = f[pair], s[pair]
    disagree = np.zeros(len(pf), bool)
    differing: list[tuple[str, np.ndarray]] = []
    if len(pf):
        a_rows, b_rows = t.take(pa.array(pf)), t.take(pa.array(ps))
        for name in t.column_names:
            if name in _ACTOR_COLUMNS or name in PROVENANCE or name == "release":
                continue
            a, b = a_rows.column(name), b_rows.column(name)
            same = pc.or_(pc.fill_null(pc.equal(a, b), False), pc.and_(pc.is_null(a), pc.is_null(b)))
            differs = ~cv._mask(same)
            if differs.any():
                differing.append((name, differs))
                disagree |= differs
    for k in np.flatnonzero(disagree).tolist():
        i, j = int(pf[k]), int(ps[k])
        shown: dict[str, str] = {}
        for name, differs in differing:
            file_name = _FILE_NAMES.get(name, name)
            if differs[k] and file_name not in shown:
                va, vb = t.column(name)[i].as_py(), t.column(name)[j].as_py()
                shown[file_name] = f"{file_name} ({_short(va)} and {_short(vb)})"
        reason = (f"the two rows of event {eids[i]} (lines {lines[i]} and {lines[j]}) disagree on "
                  f"{', '.join(shown.values())}: the rows of one event must agree on every field but the "
                  "actor's (actor1, assoc_actor_1, inter1), and neither can be trusted over the other")
        reject(i, reason)
        reject(j, reason)
    merged = np.zeros(n_groups, bool)
    merged[np.flatnonzero(pair)[~disagree]] = True
    alone_from_first = good_f & has2 & ~good_s  # the second row was rejected for its own damage
    alone_from_second = ~good_f & good_s  # the first row was rejected for its own damage
    alone_from_read = good_f & ~has2 & (read_lost > 0)  # the other row was rejected by the reader
    single = good_f & ~has2 & ~alone_from_read
    lost_of = np.where(alone_from_first, lines[s] if n else 0, np.where(alone_from_second, lines[f] if n else 0,
                                                                         read_lost))
    for g in np.flatnonzero(alone_from_first | alone_from_second | alone_from_read).tolist():
        kept = s[g] if alone_from_second[g] else f[g]
        old = by_line[int(lost_of[g])]
        by_line[old.line] = Reject(old.line, f"{old.reason}; the event is kept from its other row (line "
                                   f"{lines[kept]}), without this row's actor", old.raw)

    base = np.where(good_f & (merged | alone_from_first | alone_from_read | single), f,
                    np.where(alone_from_second, s, -1))
    keep = base >= 0
    order = np.argsort(base[keep], kind="stable")
    base_rows = base[keep][order]
    groups = np.flatnonzero(keep)[order]
    at_good = np.cumsum(~bad) - 1  # a good row's place among the validated rows (which carry the iso3 found)
    out = checked.good.take(pa.array(at_good[base_rows], pa.int64()))
    is_merged = merged[groups]
    partner = pa.array(np.where(is_merged, s[groups], 0), pa.int64())
    mask = pa.array(is_merged)
    lonely = pa.array((alone_from_first | alone_from_second | alone_from_read)[groups])

    def from_partner(name: str, single_value) -> pa.ChunkedArray:
        col = out.column(name)
        vals = pc.take(t.column(name.replace("2", "1")), partner)  # the partner row's own actor
        alone = pc.if_else(lonely, pa.scalar(None, col.type), pa.scalar(single_value, col.type))
        return pc.if_else(mask, vals, alone)

    def put(table: pa.Table, name: str, values) -> pa.Table:
        return table.set_column(table.schema.get_field_index(name), name, values)

    out = put(out, "actor2", from_partner("actor2", None))
    out = put(out, "assoc_actor_2", from_partner("assoc_actor_2", None))
    # as the dyadic layout writes it: inter code 0 is "no second actor"; an empty cell would make the
    # same event look changed when it is read from the other layout
    out = put(out, "inter2", from_partner("inter2", 0))
    out = put(out, RAW, pc.if_else(mask, pc.binary_join_element_wise(out.column(RAW), pc.take(raws, partner), "\n"),
                                   out.column(RAW)))
    notes = pa.array([f"the row of this event's other actor (line {line}) was rejected: its second actor is "
                      "not known" if lone else None
                      for line, lone in zip(lost_of[groups].tolist(), lonely.to_pylist())], pa.string())
    out = put(out, "quality_notes", pc.coalesce(out.column("quality_notes"), notes))
    rejects = tuple(sorted(by_line.values(), key=lambda r: r.line))
    merged_batch = Batch(batch.kind, batch.format, batch.source, batch.release, t, batch.problems, batch.raw,
                         int(merged.sum()))
    return Checked(merged_batch, out, rejects)


def _reader_rejects_by_id(rejects, table_lines: set[int]):
    """(line, event id) of each reject the reader made (its line is not in the table), the id read as the
    first field of its text; rejects without text or without a first field are left out."""
    for r in rejects:
        if r.line in table_lines or not r.raw:
            continue
        try:
            first = next(csv.reader(io.StringIO(r.raw)), [])
        except csv.Error:
            continue  # text the csv module cannot split: no id to read
        if first and first[0].strip():
            yield r.line, first[0].strip()


def _short(v) -> str:
    text = "empty" if v is None else repr(v) if isinstance(v, str) else str(v)
    return text if len(text) <= 40 else text[:37] + "..."


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
        merge_rows=merge_actor_rows,
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
