"""Upstream formats: one module per source, each parsing a file into the store's columns.

:func:`detect` names the format of a file from its header; :func:`load` reads, parses and
validates a file into good rows and rejects.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Iterator

from ..errors import InputError, UnknownFormatError, UsageError
from . import acled, hdx, sahelwatch_csv, ucdp
from .base import Batch, Format
from .reader import peek_header, read_any
from .validation import Checked, SeenIds, check_aggregates, check_events

FORMATS: dict[str, Format] = {f.name: f for mod in (acled, ucdp, hdx, sahelwatch_csv) for f in mod.FORMATS}


def _expected() -> str:
    return "; ".join(f"{f.name}: {', '.join(f.signature)}" for f in FORMATS.values())


def _workbook_format(path: Path) -> tuple[Format, tuple[str, ...]] | None:
    """The first workbook format whose header some sheet holds; a damaged workbook raises."""
    for f in FORMATS.values():
        if f.workbook:
            try:
                raw = read_any(path, xlsx_required=f.signature)
            except InputError as e:
                if not e.reason.startswith("no sheet has"):
                    raise  # a damaged workbook is no format's: say why, not "unknown header"
                continue  # this format's header is in no sheet: try the next one
            return f, raw.columns
    return None


def detect(path: Path) -> Format:
    """The format of ``path``, from its header. Raises with the columns each format expects."""
    path = Path(path)
    name = path.name.lower()
    if name.endswith((".xlsx", ".xlsm")):
        hit = _workbook_format(path)
        if hit:
            return hit[0]
        raise UnknownFormatError(f"no sheet of this workbook has a known header. Expected columns: {_expected()}", path=str(path))
    if name.endswith((".json", ".json.gz")):
        header = read_any(path).columns
    else:
        header = peek_header(path)
    matches = [f for f in FORMATS.values() if f.matches(header)]
    if not matches:
        shown = ", ".join(h for h in header[:12] if h) + (" ..." if len(header) > 12 else "")
        raise UnknownFormatError(
            f"unknown format: the header has [{shown}]. Expected columns: {_expected()}", path=str(path), line=1
        )
    return matches[0]


def get_format(name: str) -> Format:
    try:
        return FORMATS[name]
    except KeyError:
        raise UsageError(f"unknown format {name!r}; choose one of: auto, {', '.join(FORMATS)}") from None


def resolve_format(path: Path, fmt: str = "auto") -> Format:
    """The format ``path`` is read as: detected from its header (``auto``), or the one named, checked
    against the header. Reads the header only (a JSON file or a workbook whole): cheap enough to
    check every file of an ingest before anything is written."""
    path = Path(path)
    f = detect(path) if fmt == "auto" else get_format(fmt)
    if not (f.matches(peek_header(path)) or path.name.lower().endswith((".xlsx", ".xlsm", ".json", ".json.gz"))):
        header = peek_header(path)
        missing = [s for s in f.signature if s.lower() not in {h.lower() for h in header}]
        raise UnknownFormatError(
            f"the header does not fit format {f.name}: missing columns {', '.join(missing)}", path=str(path), line=1
        )
    return f


def load(path: Path, fmt: str = "auto", *, release: str | None = None, today: dt.date,
         encoding: str = "auto") -> Checked:
    """Read, parse and validate one file, whole."""
    slices = list(load_slices(path, fmt, release=release, today=today, encoding=encoding, slice_rows=None))
    return slices[0]


def load_slices(path: Path, fmt: str = "auto", *, release: str | None = None, today: dt.date,
                encoding: str = "auto", slice_rows: int | None = 250_000) -> Iterator[Checked]:
    """Read a file once, then parse and validate it slice by slice (``slice_rows`` rows at a time),
    so that a million-row export never has all its intermediate columns in memory at once.

    Every slice shares the file's release; an id repeated in a later slice is rejected as in one
    slice; the reader's own rejects come with the first slice. Formats whose rows must be merged
    across the file (ACLED monadic: every row validated, then merged into events) and aggregates are
    parsed whole.
    """
    path = Path(path)
    f = resolve_format(path, fmt)
    raw = read_any(path, xlsx_required=f.signature if f.workbook else (), encoding=encoding)
    n = raw.table.num_rows
    if slice_rows is None or not f.sliceable or f.workbook or n <= slice_rows:
        batch: Batch = f.parse(raw, release)
        if batch.kind == "aggregates":
            checked = check_aggregates(batch)
        else:
            checked = check_events(batch, today, unique_ids=f.merge_rows is None)
            if f.merge_rows is not None:
                checked = f.merge_rows(checked)
        del raw, batch  # the caller alone decides how long the file's bytes live
        box = [checked]
        del checked
        yield box.pop()  # held by no local while the caller stores it
        return
    release = release or (f.release_of(raw) if f.release_of else None)
    seen = SeenIds()
    for start in range(0, n, slice_rows):
        part = raw.replace(table=raw.table.slice(start, slice_rows), rejects=raw.rejects if start == 0 else ())
        yield check_events(f.parse(part, release), today, seen)


__all__ = ["FORMATS", "Batch", "Checked", "Format", "detect", "get_format", "load", "load_slices", "resolve_format"]
