"""What every command shares: the global options, JSON output and error mapping.

A command parses its arguments, calls one library function, and hands the
result to :func:`emit`. Domain exceptions become exit codes in :func:`main`.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

import typer
from rich.console import Console
from rich.markup import escape

from ..settings import get_settings


@dataclass
class State:
    db: Path
    json: bool

    @property
    def quiet(self) -> bool:
        """No progress bars: under --json, in CI, or when not in a terminal."""
        return (
            self.json
            or bool(os.environ.get("CI"))
            or not get_settings().progress
            or not sys.stderr.isatty()
        )


def state(ctx: typer.Context) -> State:
    obj = ctx.find_root().obj
    if not isinstance(obj, State):  # a sub-command invoked without the root callback
        obj = State(db=get_settings().db, json=False)
    return obj


stderr = Console(stderr=True, soft_wrap=True, highlight=False)
stdout = Console(highlight=False, soft_wrap=True)


def _default(o: Any) -> Any:
    import datetime as dt
    import enum

    if isinstance(o, (dt.date, dt.datetime)):
        return o.isoformat()
    if isinstance(o, Path):
        return str(o)
    if isinstance(o, enum.Enum):
        return o.value
    if hasattr(o, "item"):  # numpy scalars
        return o.item()
    if isinstance(o, (set, frozenset, tuple)):
        return list(o)
    raise TypeError(f"not JSON serialisable: {type(o).__name__}")


def dumps(obj: Any) -> str:
    return json.dumps(obj, default=_default, ensure_ascii=False)


def emit(st: State, obj: Any, human: Callable[[Any], None] | None = None) -> None:
    """Print ``obj`` as one JSON object under --json, else through ``human``."""
    if st.json or human is None:
        sys.stdout.write(dumps(obj) + "\n")
    else:
        human(obj)


def emit_import(st: State, obj: Any, human: Callable[[Any], None], rejected: int) -> None:
    """:func:`emit` the result of an import, then exit 1 when some input records were rejected."""
    emit(st, obj, human)
    if rejected:
        raise typer.Exit(1)


def print_import(files: Iterable[tuple[str, Sequence[str]]], total: str | None = None,
                 rejects: Sequence[tuple[str, str]] = (), quarantine: str | Path | None = None,
                 flagged: Sequence[str] = (), shown: int | None = 10) -> None:
    """The human output of every import: a line per file with its notes indented under it, the total, the
    first ``shown`` rejects as ``(where, reason)`` (every one when None), the lines of rows kept but
    flagged, and where the rejected rows are kept. Every text is printed as it is, never read as markup."""
    def line(text: str) -> None:
        stdout.print(text, markup=False)

    for head, notes in files:
        line(head)
        for note in notes:
            line(f"  {note}")
    if total is not None:
        line(total)
    listed = rejects if shown is None else rejects[:shown]
    for where, reason in listed:
        line(f"  rejected {where}: {reason}")
    if len(rejects) > len(listed):
        line(f"  ... and {len(rejects) - len(listed)} more")
    for flag in flagged:
        line(f"  {flag}")
    if quarantine:
        line(f"rejected rows are kept in {quarantine}")


def fail(message: str, code: int = 2) -> "typer.Exit":
    """Print ``message`` (which may hold data: a header, a name) as an error line, never read as markup."""
    stderr.print(f"[bold red]error:[/] {escape(message)}", highlight=False)
    return typer.Exit(code)


class progress_bar:
    """A Rich progress bar on stderr, silent under --json, in CI or outside a terminal.

    Used as ``with progress_bar(st, "ingest") as tick: tick("reading", 0.3)``.
    """

    def __init__(self, st: State, label: str):
        self.st, self.label, self._p = st, label, None

    def __enter__(self):
        if self.st.quiet:
            return lambda what, frac: None
        from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

        self._p = Progress(TextColumn("{task.description}"), BarColumn(), TimeElapsedColumn(), console=stderr,
                           transient=True)
        self._p.start()
        task = self._p.add_task(self.label, total=1.0)

        def tick(what: str, frac: float) -> None:
            self._p.update(task, completed=frac, description=what)

        return tick

    def __exit__(self, *exc) -> None:
        if self._p:
            self._p.stop()
