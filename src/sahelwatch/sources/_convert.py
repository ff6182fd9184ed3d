"""Vectorised conversions from raw strings, each reporting which rows it could not convert.

Every converter returns ``(values, bad)`` where ``bad`` marks rows whose non-empty input did not
convert; an empty cell is a null, not an error. Adapters turn ``bad`` into per-row reasons.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from typing import Callable, Sequence

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from ..model import EVENT_SCHEMA

_INT_18 = r"^\s*[+-]?0*\d{1,18}\s*$"
_FLOAT = r"^-?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$"


def _mask(arr: pa.ChunkedArray | pa.Array) -> np.ndarray:
    return np.asarray(arr.to_numpy(zero_copy_only=False), dtype=bool)


def blank(col: pa.ChunkedArray) -> np.ndarray:
    """True where the cell is empty or only white space."""
    return _mask(pc.fill_null(pc.equal(pc.utf8_trim_whitespace(col), ""), True))


def text(col: pa.ChunkedArray | None, n: int) -> pa.ChunkedArray:
    """Trimmed strings with empty cells as null."""
    if col is None:
        return pa.chunked_array([pa.nulls(n, pa.string())])
    # trim only when some cell needs it: trimming copies every string of the column
    t = pc.utf8_trim_whitespace(col) if _maybe_padded(col) else col
    if n and pc.min(pc.binary_length(t)).as_py() == 0:  # offsets only: cheap
        t = pc.if_else(pc.equal(t, ""), pa.scalar(None, pa.string()), t)
    return t


#: the characters Arrow's ``utf8_trim_whitespace`` trims (measured on every code point of the BMP): ASCII
#: white space and the separators 0x1C-0x1F, NEL, no-break space, and Unicode's spaces and line separators
_TRIMMED = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680" + "".join(map(chr, range(0x2000, 0x200B)))
            + "\u2028\u2029\u202f\u205f\u3000")
# the bytes a white-space-padded UTF-8 cell may start / end with: those of the characters above
_PAD_FIRST = np.zeros(256, bool)
_PAD_LAST = np.zeros(256, bool)
for _c in _TRIMMED:
    _b = _c.encode("utf-8")
    _PAD_FIRST[_b[0]] = _PAD_LAST[_b[-1]] = True


def _maybe_padded(col: pa.ChunkedArray | pa.Array) -> bool:
    """Whether a cell may start or end with white space, read from the first and last byte of each
    cell through the array's offsets (no string is copied). It errs towards yes (a cell ending in
    'à' ends with byte A0 too): a yes only costs a trim. A no must be right: a cell is trimmed only
    when some cell of its column looks padded, so a missed kind of white space (a vertical tab) would
    make a cell's value depend on the other rows of its file."""
    chunks = col.chunks if isinstance(col, pa.ChunkedArray) else [col]
    for chunk in chunks:
        if len(chunk) == 0:
            continue
        if chunk.type != pa.string():
            return True
        _, offsets, data = chunk.buffers()
        if data is None or data.size == 0:
            continue
        offs = np.frombuffer(offsets, dtype=np.int32)[chunk.offset: chunk.offset + len(chunk) + 1]
        raw = np.frombuffer(data, dtype=np.uint8)
        starts, ends = offs[:-1], offs[1:]
        filled = ends > starts
        if _PAD_FIRST[raw[starts[filled]]].any() or _PAD_LAST[raw[ends[filled] - 1]].any():
            return True
    return False


def integers(col: pa.ChunkedArray | None, n: int, typ=pa.int32()) -> tuple[pa.ChunkedArray, np.ndarray]:
    if col is None:
        return pa.chunked_array([pa.nulls(n, typ)]), np.zeros(n, bool)
    t = text(col, n)
    with contextlib.suppress(pa.ArrowInvalid, pa.ArrowNotImplementedError):  # the common case: clean integers
        return pc.cast(t, typ), np.zeros(n, bool)
    # at most 18 digits after any leading zeros: such a number always fits an int64, so the cast below
    # cannot fail; a longer one (a 40-digit number) is bad, as is one outside ``typ``'s range
    ok = pc.match_substring_regex(t, _INT_18)
    # "3.0" from spreadsheets is an integer written as a float
    as_float = pc.match_substring_regex(t, r"^\s*[+-]?0*\d{1,18}\.0+\s*$")
    t = pc.if_else(as_float, pc.replace_substring_regex(t, r"\.0+\s*$", ""), t)
    good = pc.fill_null(pc.or_(ok, as_float), False)
    digits = pc.replace_substring_regex(pc.utf8_trim_whitespace(t), r"^\+", "")  # Arrow reads no '+'
    kept = pc.if_else(good, digits, pa.scalar(None, pa.string()))
    try:
        wide = pc.cast(kept, pa.int64())
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):  # what Arrow's parser still refuses
        wide = pa.array([_py_int(v) for v in kept.to_pylist()], pa.int64())
        good = pc.and_(good, pc.is_valid(wide))
    if typ != pa.int64():
        lo, hi = np.iinfo(typ.to_pandas_dtype()).min, np.iinfo(typ.to_pandas_dtype()).max
        good = pc.and_(good, pc.fill_null(pc.and_(pc.greater_equal(wide, lo), pc.less_equal(wide, hi)), False))
    vals = pc.cast(pc.if_else(good, wide, pa.scalar(None, pa.int64())), typ)
    bad = ~_mask(good) & ~blank(col)
    return vals, bad


def floats(col: pa.ChunkedArray | None, n: int) -> tuple[pa.ChunkedArray, np.ndarray]:
    """Decimal numbers (a decimal comma is read as a point). Text that is not a number, and values
    that are not finite (``nan``, ``inf``, ``1e400``), are bad."""
    if col is None:
        return pa.chunked_array([pa.nulls(n, pa.float64())]), np.zeros(n, bool)
    t = text(col, n)
    try:
        vals = pc.cast(t, pa.float64())
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        t = pc.replace_substring_regex(pc.utf8_trim_whitespace(t), r"^\+", "")  # Arrow reads no '+'
        t = pc.replace_substring(t, ",", ".")  # a decimal comma
        good = pc.match_substring_regex(t, _FLOAT)
        kept = pc.if_else(good, t, pa.scalar(None, pa.string()))
        try:
            vals = pc.cast(kept, pa.float64())
        except (pa.ArrowInvalid, pa.ArrowNotImplementedError):  # what Arrow's parser still refuses
            vals = pa.array([_py_float(v) for v in kept.to_pylist()], pa.float64())
    finite = pc.fill_null(pc.is_finite(vals), False)
    vals = pc.if_else(finite, vals, pa.scalar(None, pa.float64()))
    bad = ~_mask(finite) & ~blank(col)
    return vals, bad


def _py_int(v: str | None) -> int | None:
    try:
        i = None if v is None else int(v)
    except ValueError:
        return None
    return i if i is not None and -(2**63) <= i < 2**63 else None


def _py_float(v: str | None) -> float | None:
    try:
        return None if v is None else float(v)
    except ValueError:
        return None


def dates(col: pa.ChunkedArray | None, n: int, formats: Sequence[str]) -> tuple[pa.ChunkedArray, np.ndarray]:
    """Parse dates trying each format in turn (e.g. ``%Y-%m-%d``, ``%d %B %Y``)."""
    if col is None:
        return pa.chunked_array([pa.nulls(n, pa.date32())]), np.zeros(n, bool)
    # an export holds a few thousand distinct dates: each is parsed once, then spread to its rows
    enc = pc.dictionary_encode(col.combine_chunks() if isinstance(col, pa.ChunkedArray) else col)
    codes = enc.indices
    if len(enc.dictionary) == 0:  # no cell holds a value
        return pa.nulls(len(codes), pa.date32()), np.zeros(len(codes), bool)
    vals, bad = _distinct_dates(enc.dictionary, formats)
    picked = bad[np.asarray(pc.fill_null(codes, 0).to_numpy(zero_copy_only=False), dtype=np.int64)]
    return vals.take(codes), picked & ~_mask(pc.is_null(codes))


def _distinct_dates(col: pa.Array, formats: Sequence[str]) -> tuple[pa.Array, np.ndarray]:
    t = pc.utf8_trim_whitespace(col)
    # a datetime written by a spreadsheet: keep the date part
    t = pc.replace_substring_regex(t, r"^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(:\d{2})?.*$", r"\1")
    out = None
    for fmt in formats:
        todo = t if out is None else pc.if_else(pc.is_null(out), t, pa.scalar(None, pa.string()))
        parsed = pc.strptime(todo, format=fmt, unit="s", error_is_null=True)
        # strptime rolls impossible days over (2019-02-30 -> 2019-03-02). A rolled-over date lands
        # on day 1 to 3, so only those are written back and compared with the text they came from.
        suspect = np.flatnonzero(_mask(pc.fill_null(pc.less_equal(pc.day(parsed), 3), False)))
        if len(suspect):
            idx = pa.array(suspect)
            back = _norm_date_text(pc.strftime(pc.take(parsed, idx), format=fmt))
            same = _mask(pc.fill_null(pc.equal(back, _norm_date_text(pc.take(todo, idx))), False))
            if not same.all():
                drop = np.zeros(len(t), bool)
                drop[suspect[~same]] = True
                parsed = pc.if_else(pa.array(drop), pa.scalar(None, parsed.type), parsed)
        out = parsed if out is None else pc.coalesce(out, parsed)
    vals = pc.cast(out, pa.date32())
    bad = _mask(pc.is_null(vals)) & ~blank(col)
    return vals, bad


def _norm_date_text(a):
    """Lower case, single spaces, no leading zeros: '01 December 2018' == '1 december 2018'."""
    a = pc.utf8_lower(a)
    a = pc.replace_substring_regex(a, r"\s+", " ")
    return pc.replace_substring_regex(a, r"(^|[^0-9])0+([0-9])", r"\1\2")


def lookup(col: pa.ChunkedArray, mapping: dict[str, str | None], n: int) -> tuple[pa.ChunkedArray, np.ndarray]:
    """Map codes through a dictionary; unknown non-empty codes are bad."""
    keys = pa.array(list(mapping.keys()), pa.string())
    values = pa.array(list(mapping.values()), pa.string())
    t = pc.utf8_trim_whitespace(col)
    idx = pc.index_in(t, value_set=keys)
    vals = pc.take(values, idx)
    bad = _mask(pc.is_null(idx)) & ~blank(col)
    return vals, bad


@dataclass
class Problems:
    """Per-row problems found while parsing, turned into reasons for the rejected rows only."""

    n: int
    checks: list[tuple[np.ndarray, Callable[[np.ndarray], list[str]]]] = field(default_factory=list)

    def add(self, mask: np.ndarray, reason: Callable[[np.ndarray], list[str]] | str) -> None:
        mask = np.asarray(mask, dtype=bool)
        if not mask.any():
            return
        if isinstance(reason, str):
            msg = reason
            self.checks.append((mask, lambda idx: [msg] * len(idx)))
        else:
            self.checks.append((mask, reason))

    def add_bad_values(self, mask: np.ndarray, column: str, raw: pa.ChunkedArray, expected: str) -> None:
        def reason(idx: np.ndarray) -> list[str]:
            vals = pc.take(raw, pa.array(idx)).to_pylist()
            return [f"{column} {v!r} is not {expected}" for v in vals]

        self.add(mask, reason)

    @property
    def any_mask(self) -> np.ndarray:
        m = np.zeros(self.n, bool)
        for mask, _ in self.checks:
            m |= mask
        return m

    def reasons(self) -> dict[int, list[str]]:
        """Row index -> reasons, for every row with at least one problem."""
        out: dict[int, list[str]] = {}
        for mask, fn in self.checks:
            idx = np.flatnonzero(mask)
            for i, r in zip(idx.tolist(), fn(idx)):
                out.setdefault(i, []).append(r)
        return out


def column(table: pa.Table, name: str) -> pa.ChunkedArray | None:
    return table.column(name) if name in table.column_names else None


def event_table(n: int, columns: dict[str, pa.ChunkedArray | pa.Array | None]) -> pa.Table:
    """Assemble a table in the event schema; absent columns are null, scalars are repeated."""
    arrays = []
    for f in EVENT_SCHEMA:
        v = columns.get(f.name)
        if v is None:
            arrays.append(pa.chunked_array([pa.nulls(n, f.type)]))
        elif isinstance(v, (str, int, float)):
            arrays.append(pa.chunked_array([pa.repeat(pa.scalar(v, f.type), n)]))
        else:
            if isinstance(v, pa.Array):
                v = pa.chunked_array([v])
            arrays.append(pc.cast(v, f.type, safe=False) if v.type != f.type else v)
    return pa.Table.from_arrays(arrays, schema=EVENT_SCHEMA)
