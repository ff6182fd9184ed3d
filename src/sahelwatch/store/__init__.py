"""The store: the only code that talks to the database.

:func:`open_store` opens the embedded DuckDB file: read-write (created and migrated if needed) for
the commands that write, read-only for the others; a ``postgresql://`` URL opens the server store
(:mod:`.postgres`) behind the same facade. :class:`Store` is the facade; its parts
(``events``, ``versions``, ``ingest_log``, ``aggregates``, ``linkage``, ``gazetteer``, ``boundaries`` ...) do
the work.
"""

from __future__ import annotations

from pathlib import Path

from ._sql import UpsertResult
from .duckdb_store import Store
from .events import filter_from_kwargs
from .ingest_log import PackedFile, pack_file, pack_path
from .postgres import is_url


def open_store(path: Path | str, *, read_only: bool = False, create: bool = True) -> Store:
    """Open the database at ``path``.

    Read-only (every command that only reads), a missing file is a :class:`StoreError`, never a new
    empty database; the opening runs no migration and writes nothing, so it is cheap enough for one
    short-lived connection per request. Read-write, a missing file is created and migrated, unless
    ``create`` is false (commands that rework stored events: a mistyped path is an error)."""
    from ..errors import StoreError
    from ..settings import get_settings
    from .postgres import PgStore

    if is_url(path):  # postgresql://USER[:PASSWORD]@HOST:PORT/DBNAME (ADR 0009)
        return PgStore(str(path), read_only=read_only)

    if not read_only and not create and not Path(path).is_file():
        raise StoreError(f"{path}: no such database (run 'sahelwatch ingest' first)")
    return Store(path, read_only=read_only, threads=get_settings().threads)


__all__ = ["PackedFile", "Store", "pack_file", "pack_path", "UpsertResult", "filter_from_kwargs", "is_url", "open_store"]
