"""JSON lines files (one JSON object a line), read one way everywhere: labels files, gold files of articles, the
reports ``extract`` reads.

:func:`json_lines` yields every non-blank line's object, or the :class:`BadLine` that says why the line holds
none (not UTF-8, not JSON, not an object, a required key missing), and reads on: for a command that keeps the
good lines and reports the others. :func:`read_json_lines` stops at the first bad line, raising its
:class:`BadLine` (an :class:`~sahelwatch.errors.InputError` naming the file, the line and the reason). Blank
lines (nothing but JSON's own white space: space, tab, carriage return) hold no record; any other character, a
no-break space or a control character alone, makes the line a bad one, never a skipped one. A byte order mark
before the first line is read.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

from .errors import InputError

#: the white space JSON allows around a value (RFC 8259): a line of nothing else is blank
_JSON_SPACE = " \t\r\n"


class BadLine(InputError):
    """A line that holds no record. ``kind`` says how: ``bad_encoding`` (not UTF-8), ``invalid_json`` or
    ``invalid_record`` (not an object, a required key missing). ``record`` is the object of a line that lacks a
    required key (None otherwise), so that the caller can still name it by its own id."""

    def __init__(self, kind: str, message: str, *, path: str | None, line: int, record: dict | None = None):
        super().__init__(message, path=path, line=line)
        self.kind = kind
        self.record = record


def json_lines(lines: Iterable[bytes], *, path: str | Path | None = None,
               required: Iterable[str] = ()) -> Iterator[tuple[int, dict | BadLine]]:
    """``(line, object or BadLine)`` for every non-blank line of ``lines`` (the bytes of a JSON lines file, read
    from ``path`` when it is given: the errors name it), each object holding the ``required`` keys."""
    where = None if path is None else str(path)
    required = frozenset(required)
    for n, raw in enumerate(lines, 1):
        try:
            line = raw.rstrip(b"\r\n").decode("utf-8-sig" if n == 1 else "utf-8")
        except UnicodeDecodeError as e:
            yield n, BadLine("bad_encoding", f"not UTF-8 text ({e.reason} at byte {e.start} of the line)",
                             path=where, line=n)
            continue
        if not line.strip(_JSON_SPACE):
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            yield n, BadLine("invalid_json", f"invalid JSON ({e.msg.removesuffix(' at')} at character {e.colno})",
                             path=where, line=n)
            continue
        except (ValueError, RecursionError) as e:  # a number too long to convert, nesting too deep
            yield n, BadLine("invalid_json", f"invalid JSON ({e})", path=where, line=n)
            continue
        if not isinstance(row, dict):
            yield n, BadLine("invalid_record", f"a JSON object is expected, not {type(row).__name__}", path=where,
                             line=n)
            continue
        missing = required - set(row)
        if missing:
            yield n, BadLine("invalid_record", f"missing keys {sorted(missing)}", path=where, line=n, record=row)
            continue
        yield n, row


def open_json_lines(path: str | Path) -> BinaryIO:
    """``path`` opened for :func:`json_lines`; a missing or unreadable file is an InputError naming it."""
    try:
        return open(path, "rb")
    except FileNotFoundError:
        raise InputError("no such file", path=str(path)) from None
    except OSError as e:
        raise InputError(f"cannot read the file: {e.strerror or e}", path=str(path)) from None


def read_json_lines(path: str | Path, *, required: Iterable[str] = ()) -> Iterator[tuple[int, dict]]:
    """``(line, object)`` for every non-blank line of ``path``, each object holding the ``required`` keys; the
    first bad line is raised (:class:`BadLine`)."""
    with open_json_lines(path) as fh:
        for n, row in json_lines(fh, path=path, required=required):
            if isinstance(row, BadLine):
                raise row
            yield n, row
