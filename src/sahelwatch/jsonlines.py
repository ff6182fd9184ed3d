"""JSON lines files (one JSON object a line), read one way everywhere: labels files, gold files of articles.

:func:`read_json_lines` yields every object with its line; a line that is not UTF-8, not JSON, not an
object, or that lacks a required key raises :class:`~sahelwatch.errors.InputError` naming the file, the
line and the reason. Blank lines hold no record.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable, Iterator

from .errors import InputError


def read_json_lines(path: str | Path, *, required: Iterable[str] = ()) -> Iterator[tuple[int, dict]]:
    """``(line, object)`` for every non-blank line of ``path``, each object holding the ``required`` keys."""
    path = Path(path)
    required = frozenset(required)
    try:
        fh = open(path, "rb")
    except FileNotFoundError:
        raise InputError("no such file", path=str(path)) from None
    except OSError as e:
        raise InputError(f"cannot read the file: {e.strerror or e}", path=str(path)) from None
    with fh:
        for n, raw in enumerate(fh, 1):
            try:
                line = raw.decode("utf-8-sig" if n == 1 else "utf-8")
            except UnicodeDecodeError as e:
                raise InputError(f"not UTF-8 text ({e.reason} at byte {e.start} of the line)", path=str(path),
                                 line=n) from None
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as e:
                raise InputError(f"invalid JSON ({e.msg})", path=str(path), line=n) from None
            except (ValueError, RecursionError) as e:  # a number too long to convert, nesting too deep
                raise InputError(f"invalid JSON ({e})", path=str(path), line=n) from None
            if not isinstance(row, dict):
                raise InputError(f"a JSON object is expected, not {type(row).__name__}", path=str(path), line=n)
            missing = required - set(row)
            if missing:
                raise InputError(f"missing keys {sorted(missing)}", path=str(path), line=n)
            yield n, row
