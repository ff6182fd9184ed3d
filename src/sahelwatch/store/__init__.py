"""The store: the only code that talks to the database.

:func:`open_store` opens (and migrates) the embedded DuckDB file.
"""

from __future__ import annotations

from pathlib import Path

from .duckdb_store import PackedFile, Store, UpsertResult, filter_from_kwargs, pack_file, pack_path


def open_store(path: Path | str, *, read_only: bool = False) -> Store:
    from ..settings import get_settings

    return Store(path, read_only=read_only, threads=get_settings().threads)


__all__ = ["PackedFile", "Store", "pack_file", "pack_path", "UpsertResult", "filter_from_kwargs", "open_store"]
