"""What every source adapter produces, and the registry of formats."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Literal

import pyarrow as pa

from ._convert import Problems
from .reader import RawTable

if TYPE_CHECKING:
    from .validation import Checked


@dataclass(frozen=True)
class Batch:
    """One file parsed into the store's columns, before validation.

    ``table`` has the event schema (or the aggregate schema) plus the reader's line and raw
    columns; ``problems`` holds what the parse itself found wrong, row by row.
    """

    kind: Literal["events", "aggregates"]
    format: str
    source: str
    release: str | None
    table: pa.Table
    problems: Problems
    raw: RawTable
    merged_rows: int = 0  # rows folded into other rows (ACLED monadic: one row per actor)


@dataclass(frozen=True)
class Format:
    name: str
    description: str
    #: columns that identify the layout (lower-cased header names), all must be present
    signature: tuple[str, ...]
    #: columns that must not be present (to tell near-identical layouts apart)
    absent: tuple[str, ...]
    parse: Callable[[RawTable, str | None], Batch]
    case_sensitive: bool = False
    workbook: bool = False  # xlsx aggregates: detected from a sheet's header
    #: the release of a whole file, when the adapter derives it from the rows (ACLED's timestamps)
    release_of: Callable[[RawTable], str | None] | None = None
    #: whether the rows of a file may be parsed in slices (not when rows must be merged across the file)
    sliceable: bool = True
    #: for a layout with several rows per event (ACLED monadic): merges the rows, each validated like any row
    #: (ids repeat, so the check of one row per id is left to it), into events
    merge_rows: Callable[["Checked"], "Checked"] | None = None

    def matches(self, header: tuple[str, ...]) -> bool:
        names = set(header) if self.case_sensitive else {h.lower() for h in header}
        return all(s in names for s in self.signature) and not any(a in names for a in self.absent)
