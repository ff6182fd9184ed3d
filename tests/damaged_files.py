"""Damaged files, made in the test run: what readers must turn into a clear error, never a traceback."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path


def _zip(parts: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return buf.getvalue()


def good_workbook(rows: list[list]) -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    for r in rows:
        wb.active.append(r)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


_SHEET = "xl/worksheets/sheet1.xml"
_NS = b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'


def damaged_workbooks(rows: list[list]) -> dict[str, bytes]:
    """Ways a workbook with these rows can be damaged, each as the bytes of an .xlsx file."""
    good = good_workbook(rows)
    with zipfile.ZipFile(io.BytesIO(good)) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    return {
        "not a zip": b"this is plain text, not a workbook",
        "truncated": good[: len(good) // 2],
        "no workbook part": _zip({k: v for k, v in parts.items() if k != "xl/workbook.xml"}),
        "workbook xml broken": _zip(parts | {"xl/workbook.xml": b"\x00\x01<broken"}),
        "sheet xml cut short": _zip(parts | {_SHEET: b"<worksheet><sheetData><row><c"}),
        "number cell with letters": _zip(parts | {_SHEET: _NS + b'<row r="1"><c r="A1" t="n"><v>abc</v></c></row>'
                                                  b"</sheetData></worksheet>"}),
        "style of the wrong type": _zip(parts | {"xl/styles.xml": b"<styleSheet><numFmts count='x'>"
                                                 b"<numFmt numFmtId='abc'/></numFmts></styleSheet>"}),
    }


def write(tmp: Path, name: str, data: bytes) -> Path:
    path = tmp / name
    path.write_bytes(data)
    return path
