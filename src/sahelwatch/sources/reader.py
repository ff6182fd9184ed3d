"""Read an input file into a table of raw strings, with the physical line of every record.

Real files are messy: a BOM, cp1252 text saved by Excel, gzip, a stray index column, a
second header row of HXL hashtags, a truncated last line, a row with a field missing. This
module turns any of them into a :class:`RawTable` — every cell still the string the file
held — and a list of :class:`Reject` for the records that cannot be read as rows at all,
each with its line and reason. Nothing is dropped silently.

CSV has a fast path (pyarrow's reader, over a mapping of the file) for well-formed files and an exact
line-by-line path that takes over as soon as the fast path meets anything malformed, so both
give the same rows, lines and reasons.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import mmap
import os
import re
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv

from ..errors import WORKBOOK_ERRORS, InputError

LINE = "__line__"  # the physical line (1-based) where a record starts
RAW = "__raw__"  # the record verbatim, as the file held it (when not given by offsets)
RAW_OFFSET = "__raw_offset__"  # or: where the record starts in the file's (UTF-8) bytes
RAW_LENGTH = "__raw_length__"  # and how many bytes it spans
PROVENANCE = (LINE, RAW, RAW_OFFSET, RAW_LENGTH)

_INDEX_COLUMN = re.compile(r"^(unnamed: ?\d+|index|)$", re.IGNORECASE)
_MAX_RECORD_LINES = 200  # an open quote spanning more lines than this is a broken line, not a value


@dataclass(frozen=True)
class Reject:
    line: int
    reason: str
    raw: str


@dataclass(frozen=True)
class RawTable:
    path: str
    columns: tuple[str, ...]  # the header as written (index columns removed)
    table: pa.Table  # string columns + LINE (int64) + RAW (string)
    rejects: tuple[Reject, ...] = ()
    encoding: str = "utf-8"
    notes: tuple[str, ...] = field(default=())  # what was repaired, for the summary
    sheet: str | None = None
    #: the file's bytes as UTF-8 (or a read-only mapping of them), when records are given by offsets into them
    blob: bytes | mmap.mmap | None = field(default=None, repr=False)

    @property
    def n_records(self) -> int:
        """Records read from the file: good rows plus rejected ones."""
        return self.table.num_rows + len(self.rejects)

    def data_table(self, lower: bool = True) -> pa.Table:
        """The table with data columns lower-cased (provenance columns kept as they are)."""
        names = [c if c in PROVENANCE or not lower else c.strip().lower() for c in self.table.column_names]
        return self.table.rename_columns(names)

    def replace(self, **changes) -> "RawTable":
        import dataclasses

        return dataclasses.replace(self, **changes)


def provenance_of(t: pa.Table) -> list[str]:
    return [c for c in PROVENANCE if c in t.column_names]


def with_provenance(table: pa.Table, source: pa.Table) -> pa.Table:
    """Append the provenance columns of ``source`` (same rows) to ``table``."""
    for c in provenance_of(source):
        table = table.append_column(c, source.column(c))
    return table


def raw_text_column(table: pa.Table, blob: bytes | mmap.mmap | None) -> pa.Array:
    """Every row's verbatim record as a string array (rows given by offsets into ``blob`` or by the raw
    column). Records that follow each other in the file, as the fast reader gives them, are cut out of
    the file's bytes by Arrow in one pass, with no Python string per row."""
    if RAW not in table.column_names and RAW_OFFSET in table.column_names and blob is not None and table.num_rows:
        offs = table.column(RAW_OFFSET).to_numpy()
        lens = table.column(RAW_LENGTH).to_numpy()
        end = offs[-1] + lens[-1]
        if 0 <= offs[0] and (np.diff(offs) == lens[:-1]).all() and end <= len(blob) and end - offs[0] < 1 << 31:
            bounds = pa.py_buffer(np.append(offs, end).astype(np.int64))
            texts = pa.Array.from_buffers(pa.large_string(), len(offs), [None, bounds, pa.py_buffer(blob)])
            if _valid(texts):  # the bytes are UTF-8 (the reader checked them); else as below
                return pc.cast(pc.utf8_rtrim(texts, characters="\r\n"), pa.string())
    return pa.array(raw_texts(table, np.arange(table.num_rows), blob), pa.string())


def _valid(arr: pa.Array) -> bool:
    try:
        arr.validate(full=True)
    except pa.ArrowInvalid:
        return False
    return True


def raw_texts(table: pa.Table, idx, blob: bytes | None) -> list[str]:
    """The verbatim records of rows ``idx``, from the raw column or from offsets into ``blob``."""
    idx = pa.array(np.asarray(idx, dtype=np.int64))
    if RAW in table.column_names:
        return [v or "" for v in pc.take(table.column(RAW), idx).to_pylist()]
    if RAW_OFFSET in table.column_names and blob is not None:
        offs = pc.take(table.column(RAW_OFFSET), idx).to_pylist()
        lens = pc.take(table.column(RAW_LENGTH), idx).to_pylist()
        return [blob[o: o + n].decode("utf-8", errors="replace").rstrip("\r\n") for o, n in zip(offs, lens)]
    return [""] * len(idx)


# --------------------------------------------------------------------------- bytes and text
def read_bytes(path: Path) -> bytes:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", path=str(path)) from None
    except OSError as e:
        raise InputError(f"cannot read the file: {e.strerror}", path=str(path)) from None
    if data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError, zlib.error) as e:
            raise InputError(f"the gzip stream is damaged: {e}", path=str(path)) from None
    return data


def map_bytes(path: Path) -> bytes | mmap.mmap:
    """The file's bytes, mapped read-only when it is a plain non-empty file, else as :func:`read_bytes`.

    A mapping costs no copy of the file and lets the kernel map its pages many at a time from the
    page cache: a large export is parsed straight from it. A mapping supports what the CSV fast path
    needs (``len``, slicing, ``find`` and the buffer protocol); the other paths work on ``bytes``.
    A file must not be truncated while it is ingested (as with any reader of a mapped file)."""
    try:
        with open(path, "rb") as f:
            if f.read(2) == b"\x1f\x8b" or os.fstat(f.fileno()).st_size < 2:
                return read_bytes(path)
            return mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):  # not mappable, or not readable: read_bytes reads it or says why
        return read_bytes(path)


def _strip_bom(data: bytes | mmap.mmap) -> bytes | mmap.mmap:
    return data[3:] if data[:3] == b"\xef\xbb\xbf" else data


def _blank(data: bytes | mmap.mmap) -> bool:
    """Whether the file holds nothing but whitespace."""
    return not len(data) or (data[: 1 << 16].isspace() and bytes(data).isspace())


def _decode_plan(data: bytes, encoding: str = "auto", utf8: bool | None = None) -> tuple[str, list[int]]:
    """Decide the file's encoding: ``utf-8``, ``cp1252`` (the whole file), or ``mixed``.

    With ``encoding="auto"``: a file that is valid UTF-8 is UTF-8. A file in which every non-ASCII
    line is invalid UTF-8, and such lines are more than 1% of its lines, was saved as cp1252 (Excel
    on Windows) and is decoded as such. Otherwise the file is UTF-8 with some broken lines
    (``mixed``): those lines are returned (0-based) to be rejected, since guessing their characters
    would silently corrupt names; the reason tells the user about ``--encoding cp1252``.
    """
    if encoding == "cp1252":
        return "cp1252", []
    if _is_utf8(data) if utf8 is None else utf8:
        return "utf-8", []
    lines = data.split(b"\n")
    bad, good_non_ascii = [], 0
    for i, line in enumerate(lines):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
            good_non_ascii += 1
        except UnicodeDecodeError:
            bad.append(i)
    if encoding == "auto" and good_non_ascii == 0 and len(bad) > 0.01 * len(lines):
        return "cp1252", []
    return "mixed", bad


def _is_utf8(data: bytes) -> bool:
    """Whether ``data`` is valid UTF-8, checked by Arrow's validator (no decoded copy of the file:
    decoding a large non-ASCII file to a Python str costs twice its size in memory)."""
    if len(data) >= 1 << 31:  # beyond one Arrow string value: decode in Python
        try:
            bytes(data).decode("utf-8")
            return True
        except UnicodeDecodeError:
            return False
    buf = pa.py_buffer(data)
    offsets = pa.py_buffer(np.array([0, len(data)], dtype=np.int32).tobytes())
    try:
        pa.Array.from_buffers(pa.string(), 1, [None, offsets, buf]).validate(full=True)
        return True
    except pa.ArrowInvalid:
        return False


def _utf8_error(line: bytes) -> str:
    try:
        line.decode("utf-8")
    except UnicodeDecodeError as e:
        byte = line[e.start]
        guess = line[max(0, e.start - 12): e.start + 12].decode("cp1252", errors="replace")
        return (
            f"the line is not valid UTF-8 (byte 0x{byte:02X} at column {e.start + 1}); the rest of the file "
            f"is UTF-8 and this line looks like cp1252 ('{guess.strip()}'): re-save it as UTF-8, or ingest "
            "with --encoding cp1252 if the whole file is cp1252"
        )
    return "the line is not valid UTF-8"


# --------------------------------------------------------------------------- CSV
def _is_hxl_row(values: Iterable[str]) -> bool:
    vals = [v.strip() for v in values if v and v.strip()]
    return bool(vals) and sum(v.startswith("#") for v in vals) >= max(1, len(vals) // 2)


ENCODINGS = ("auto", "utf-8", "cp1252")


def read_csv(path: Path, data: bytes | None = None, encoding: str = "auto") -> RawTable:
    """Read a CSV file (optionally gzipped) into a :class:`RawTable`.

    ``encoding`` is ``auto`` (UTF-8, or cp1252 for a file saved that way), ``utf-8`` or ``cp1252``.
    """
    path = Path(path)
    data = _strip_bom(map_bytes(path) if data is None else data)
    if _blank(data):
        raise InputError("the file is empty", path=str(path))
    utf8 = None if encoding == "cp1252" else _is_utf8(data)
    if not isinstance(data, bytes) and not utf8:
        data = bytes(data)  # re-encoding and the exact reader work on bytes
    encoding, bad_lines = _decode_plan(data, encoding, utf8)
    notes: list[str] = []
    if encoding == "cp1252":
        data = data.decode("cp1252", errors="replace").encode("utf-8")
        notes.append("decoded as cp1252 (the file is not UTF-8)")
    text_lines_needed = encoding == "mixed"
    if not text_lines_needed:
        fast = _read_csv_fast(path, data)
        if fast is not None:
            columns, table, hxl = fast
            if hxl:
                notes.append("skipped the HXL hashtag row (line 2)")
            return RawTable(str(path), columns, table, (), encoding, tuple(notes), blob=data)
    return _read_csv_exact(path, bytes(data), set(bad_lines), encoding, notes)


def _header(path: Path, data: bytes) -> tuple[list[str], bool, int]:
    """The header, whether line 2 is an HXL row, and the number of header lines."""
    end1 = data.find(b"\n")
    end2 = data.find(b"\n", end1 + 1) if end1 >= 0 else -1
    header = _one_row(data[: end1 if end1 >= 0 else len(data)])
    if header is None:
        raise InputError("the header row is not valid CSV", path=str(path), line=1)
    if not header:
        raise InputError("the file has no header row", path=str(path), line=1)
    second = _one_row(data[end1 + 1: end2 if end2 >= 0 else len(data)]) if end1 >= 0 else None
    hxl = bool(second) and _is_hxl_row(second)
    return [h.strip() for h in header], hxl, 2 if hxl else 1


def _one_row(line: bytes) -> list[str] | None:
    """The fields of one physical line, or None when it is not a CSV row on its own."""
    try:
        return next(csv.reader([line.decode("utf-8", errors="replace").rstrip("\r")]), [])
    except csv.Error:
        return None


def _column_names(path: Path, header: list[str]) -> tuple[list[str], list[int]]:
    """Names to keep and their positions; stray index columns are dropped."""
    keep, names = [], []
    seen: dict[str, int] = {}
    for i, h in enumerate(header):
        if _INDEX_COLUMN.match(h) and (i == 0 or h == ""):
            continue
        if h in seen:
            raise InputError(f"the column '{h}' appears twice in the header", path=str(path), line=1)
        seen[h] = i
        keep.append(i)
        names.append(h)
    return names, keep


def _read_csv_fast(path: Path, data: bytes):
    header, hxl, n_header = _header(path, data)
    names, keep = _column_names(path, header)
    invalid: list[str] = []

    def on_invalid(row):
        invalid.append(row.text)
        return "skip"

    gen_names = [f"c{i}" for i in range(len(header))]
    # Arrow's threads on 1 MB blocks: with values that may span lines the blocks are found one after
    # the other, but parsed and converted in parallel (measured on the ACLED export: about twice as
    # fast on two cores as one thread on 8 MB blocks, for the same CPU time). A record longer than a
    # block makes Arrow refuse the blocks ("straddling object"): the file is then read on 8 MB
    # blocks, and a record longer than that by the exact reader.
    table = None
    for threads, block in ((True, 1 << 20), (False, 8 << 20)):
        invalid.clear()
        try:
            table = pacsv.read_csv(
                pa.BufferReader(pa.py_buffer(data)),  # no copy of the file's bytes
                read_options=pacsv.ReadOptions(
                    column_names=gen_names, skip_rows=n_header, use_threads=threads, block_size=block
                ),
                parse_options=pacsv.ParseOptions(newlines_in_values=True, invalid_row_handler=on_invalid),
                convert_options=pacsv.ConvertOptions(
                    column_types={n: pa.string() for n in gen_names},
                    # only an empty cell is empty: Arrow's default also empties "NA", "N/A", "NULL", "nan"
                    # and the like, which the exact reader keeps as text (an actor "NA", a latitude "nan")
                    null_values=[""],
                    strings_can_be_null=True,
                    quoted_strings_can_be_null=True,
                ),
            )
            break
        except (pa.ArrowInvalid, pa.ArrowException) as e:
            if "straddl" not in str(e):
                return None
    if table is None or invalid:
        return None
    table = table.select([gen_names[i] for i in keep]).rename_columns(names)
    # Physical lines: records start one line after the previous record's last line.
    n = table.num_rows
    nl = np.zeros(n, dtype=np.int64)
    line_starts = _line_starts(data)  # byte offset of each physical line, and the end
    if len(line_starts) - 1 != n_header + n:
        # some values span lines: count the newlines inside each record
        for col in table.columns:
            nl += pc.fill_null(pc.count_substring(col, "\n"), 0).to_numpy(zero_copy_only=False).astype(np.int64)
    starts = n_header + 1 + np.arange(n, dtype=np.int64) + np.concatenate(([0], np.cumsum(nl)[:-1]))
    n_lines = len(line_starts) - 1  # the last entry is the end of the data
    if n_lines != n_header + n + int(nl.sum()):
        return None  # blank lines or other surprises: the exact reader accounts for every line
    first = line_starts[starts - 1]
    after = line_starts[starts + nl]  # start of the line after the record's last line
    table = (table.append_column(LINE, pa.array(starts, pa.int64()))
             .append_column(RAW_OFFSET, pa.array(first, pa.int64()))
             .append_column(RAW_LENGTH, pa.array(after - first, pa.int64())))
    return tuple(names), table, hxl


def _line_starts(data: bytes) -> np.ndarray:
    """Byte offsets where each physical line starts, plus the end of the data (chunked scan)."""
    buf = np.frombuffer(data, dtype=np.uint8)
    step = 64 << 20
    parts = [np.array([0], dtype=np.int64)]
    for i in range(0, len(buf), step):
        parts.append(np.flatnonzero(buf[i: i + step] == 10).astype(np.int64) + i + 1)
    starts = np.concatenate(parts)
    if starts[-1] != len(buf):
        starts = np.append(starts, len(buf))
    return starts


def _parse_records(buf: str) -> tuple[list[list[str]] | None, str]:
    """The CSV records of ``buf`` (strict quoting), or None and the parser's complaint."""
    try:
        return list(csv.reader(io.StringIO(buf), strict=True)), ""
    except csv.Error as e:
        return None, str(e)


def _read_csv_exact(path: Path, data: bytes, bad_lines: set[int], encoding: str, notes: list[str]) -> RawTable:
    """Line-by-line reading that accounts for every physical line.

    A record is gathered until its quotes balance. A record with the wrong number of fields
    is rejected; if it spanned several lines because of an unclosed quote, only its first line
    is rejected and reading resumes on the next line, so one broken line never swallows the rows
    after it.
    """
    raw_lines = data.split(b"\n")
    if raw_lines and raw_lines[-1] == b"":
        raw_lines.pop()
    header, hxl, n_header = _header(path, data)
    names, keep = _column_names(path, header)
    if hxl:
        notes.append("skipped the HXL hashtag row (line 2)")
    width = len(header)
    rejects: list[Reject] = []
    rows: list[list[str]] = []
    starts: list[int] = []
    raws: list[str] = []

    def text(i: int) -> str:
        return raw_lines[i].rstrip(b"\r").decode("utf-8", errors="replace")

    i = n_header
    total = len(raw_lines)
    while i < total:
        if i in bad_lines:
            rejects.append(Reject(i + 1, _utf8_error(raw_lines[i]), text(i)))
            i += 1
            continue
        if not raw_lines[i].strip(b"\r\t "):
            i += 1  # a blank line holds no record
            continue
        j = i
        buf = text(i)
        while buf.count('"') % 2 == 1 and j + 1 < total and j - i < _MAX_RECORD_LINES and (j + 1) not in bad_lines:
            j += 1
            buf += "\n" + text(j)
        records, err = _parse_records(buf)
        if records is not None and len(records) > 1 and j > i:
            # the odd quotes were literal ones inside unquoted fields (a"b): the record is this line
            # alone, and the lines gathered after it are records of their own
            j, buf = i, text(i)
            records, err = _parse_records(buf)
        fields = records[0] if records else None
        if (fields is not None and len(records) == 1 and len(fields) == width
                and (j == i or buf.count('"') % 2 == 0)):
            rows.append([fields[k] for k in keep])
            starts.append(i + 1)
            raws.append(buf)
            i = j + 1
            continue
        first = text(i)
        if first.count('"') % 2 == 1:
            reason = "truncated line: a quoted field is opened and never closed on this line"
        elif fields is None:
            reason = f"malformed CSV: {err}"
        else:
            n_first = len(next(csv.reader(io.StringIO(first))))
            if n_first < width:
                reason = f"{n_first} fields where the header has {width}: a column is missing (truncated line?)"
            else:
                reason = f"{n_first} fields where the header has {width}: extra fields"
        rejects.append(Reject(i + 1, reason, first))
        i += 1
    cols = {name: pa.array([r[k] for r in rows], pa.string()) for k, name in enumerate(names)}
    cols[LINE] = pa.array(starts, pa.int64())
    cols[RAW] = pa.array(raws, pa.string())
    return RawTable(str(path), tuple(names), pa.table(cols), tuple(rejects), encoding, tuple(notes))


# --------------------------------------------------------------------------- XLSX and JSON
def read_xlsx(path: Path, required: Iterable[str] = ()) -> RawTable:
    """Read the first sheet whose header row holds all ``required`` columns (or the first sheet).

    Lines are the spreadsheet's own row numbers; the sheet is named in the table.
    """
    import openpyxl

    path = Path(path)
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except WORKBOOK_ERRORS as e:
        raise InputError(f"not a readable .xlsx workbook: {e}", path=str(path)) from None
    required = [r.lower() for r in required]
    try:
        for ws in wb.worksheets:
            rows = ws.iter_rows(values_only=True)
            for header_row_no, header in enumerate(rows, 1):
                cells = ["" if v is None else str(v).strip() for v in header]
                if not any(cells):
                    continue
                lowered = {c.lower() for c in cells}
                if required and not all(r in lowered for r in required):
                    break  # the first non-empty row is not this sheet's header: next sheet
                names, keep = _column_names(path, cells)
                data_rows, starts, raws = [], [], []
                hxl = False
                for row_no, row in enumerate(rows, header_row_no + 1):
                    vals = ["" if v is None else _cell_str(v) for v in row]
                    if not any(v.strip() for v in vals):
                        continue
                    if row_no == header_row_no + 1 and _is_hxl_row(vals):
                        hxl = True
                        continue
                    vals += [""] * (len(cells) - len(vals))
                    data_rows.append([vals[k] for k in keep])
                    starts.append(row_no)
                    raws.append(json.dumps(dict(zip(names, (vals[k] for k in keep))), ensure_ascii=False))
                cols = {n: pa.array([r[k] for r in data_rows], pa.string()) for k, n in enumerate(names)}
                cols[LINE] = pa.array(starts, pa.int64())
                cols[RAW] = pa.array(raws, pa.string())
                notes = ("skipped the HXL hashtag row",) if hxl else ()
                return RawTable(str(path), tuple(names), pa.table(cols), (), "xlsx", notes, sheet=ws.title)
    except WORKBOOK_ERRORS as e:  # a damaged sheet shows itself only when its rows are read
        raise InputError(f"not a readable .xlsx workbook: {e}", path=str(path)) from None
    finally:
        wb.close()
    want = ", ".join(required) if required else "a header row"
    raise InputError(f"no sheet has {want}", path=str(path))


def _cell_str(v) -> str:
    import datetime as dt

    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, dt.datetime):
        return v.date().isoformat() if v.time() == dt.time() else v.isoformat()
    if isinstance(v, dt.date):
        return v.isoformat()
    return str(v)


def read_json(path: Path) -> RawTable:
    """A JSON array of records, or an API response: ``{"data": [...]}`` (ACLED's API) or
    ``{"TotalCount": N, "Result": [...]}`` (UCDP's API; a file that holds one page of a larger
    result says so in a note).

    JSON has no lines that matter to a person: a record's "line" is its position (1-based). Values
    are read as their JSON text (``12.5``, ``true``), strings as they are.
    """
    path = Path(path)
    try:
        doc = json.loads(read_bytes(path).decode("utf-8-sig"))
    except UnicodeDecodeError as e:
        raise InputError(f"not UTF-8 JSON: {e}", path=str(path)) from None
    except json.JSONDecodeError as e:
        raise InputError(f"not valid JSON: {e.msg}", path=str(path), line=e.lineno) from None
    notes: tuple[str, ...] = ()
    if isinstance(doc, dict):
        key = next((k for k in ("data", "Result") if k in doc), None)
        records = doc.get(key) if key else None
        total = doc.get("TotalCount")
        if key == "Result" and isinstance(total, int) and isinstance(records, list) and total != len(records):
            notes = (f"the file holds {len(records)} of the API result's {total} records (one page)",)
    else:
        records = doc
    if not isinstance(records, list):
        raise InputError("expected a JSON array of records, or an object with a 'data' array (ACLED's API) "
                         "or a 'Result' array (UCDP's API)", path=str(path))
    names: list[str] = []
    for r in records:
        if isinstance(r, dict):
            for k in r:
                if k not in names:
                    names.append(k)
    rejects, rows, starts, raws = [], [], [], []
    for i, r in enumerate(records, 1):
        if not isinstance(r, dict):
            rejects.append(Reject(i, "record is not a JSON object", json.dumps(r, ensure_ascii=False)))
            continue
        rows.append([_json_text(r.get(n)) for n in names])
        starts.append(i)
        raws.append(json.dumps(r, ensure_ascii=False))
    cols = {n: pa.array([row[k] for row in rows], pa.string()) for k, n in enumerate(names)}
    cols[LINE] = pa.array(starts, pa.int64())
    cols[RAW] = pa.array(raws, pa.string())
    return RawTable(str(path), tuple(names), pa.table(cols), tuple(rejects), "utf-8", notes=notes)


def _json_text(v) -> str:
    """A JSON value as the text a CSV cell would hold: empty for null, a string as it is, any other
    value as its JSON text (so that a nested object is rejected by the column's check, not lost)."""
    if v is None:
        return ""
    if isinstance(v, str):
        return v
    return json.dumps(v, ensure_ascii=False)


def read_any(path: Path, xlsx_required: Iterable[str] = (), encoding: str = "auto") -> RawTable:
    path = Path(path)
    name = path.name.lower()
    if name.endswith((".xlsx", ".xlsm")):
        return read_xlsx(path, xlsx_required)
    if name.endswith((".json", ".json.gz")):
        return read_json(path)
    return read_csv(path, encoding=encoding)


def peek_header(path: Path) -> tuple[str, ...]:
    """The header of a file, cheaply, for format detection."""
    path = Path(path)
    name = path.name.lower()
    if name.endswith((".xlsx", ".xlsm")):
        return ()  # detection of workbooks reads the workbook
    if name.endswith((".json", ".json.gz")):
        return ()
    try:
        with open(path, "rb") as f:
            data = f.read(1 << 16)
        if data[:2] == b"\x1f\x8b":
            with gzip.open(path, "rb") as f:
                data = f.read(1 << 16)
    except (EOFError, zlib.error) as e:
        raise InputError(f"the gzip stream is damaged: {e}", path=str(path)) from None
    except OSError as e:
        raise InputError(f"cannot read the file: {e.strerror or e}", path=str(path)) from None
    data = _strip_bom(data)
    first = data.split(b"\n", 1)[0].decode("utf-8", errors="replace")
    return tuple(h.strip() for h in next(csv.reader([first]), []))
