"""What the parts of the store share: the content hash, the side-table keys, and the part base class."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable

from ..model import CONTENT_COLUMNS, DERIVED_COLUMNS
from .migrations import ACTOR_SET_COLUMNS, DERIVED_SQL_TYPES, PLACE_COLUMNS

if TYPE_CHECKING:
    import duckdb

    from .duckdb_store import Store

_AGG_CONTENT = ("events", "fatalities", "iso3", "country", "admin1", "admin1_pcode", "admin2", "admin2_pcode")


@dataclass(frozen=True)
class UpsertResult:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0


def _hash_expr(columns: Iterable[str], alias: str = "") -> str:
    """DuckDB's 64-bit hash of the content columns: six times faster than an MD5 of their text.

    DuckDB does not promise that ``hash`` stays the same across its releases, so the store keeps a
    probe value (:data:`_PROBE`) and rehashes every stored row if an upgrade changed it
    (:meth:`Store._check_hash_probe`), before any comparison is made.
    """
    p = f"{alias}." if alias else ""
    return f"hash({', '.join(p + c for c in columns)})"


#: the side tables of derived columns: (key column, table, its columns). A key is DuckDB's hash of
#: the values, so equal places / actor sets share one row; it is only ever looked up, never
#: recomputed for comparison, so a change of DuckDB's hash function needs no rehash of keys.
_SIDE = (("place_key", "event_places", PLACE_COLUMNS), ("actor_key", "event_actor_sets", ACTOR_SET_COLUMNS))
#: derived columns stored on each event version (``sahelwatch enrich`` writes them per event)
_PER_EVENT_DERIVED = tuple(c for c in DERIVED_COLUMNS if c not in PLACE_COLUMNS + ACTOR_SET_COLUMNS)


def _key_expr(group: tuple[str, ...], present: set[str], alias: str = "") -> str:
    """The side-table key of ``group``'s values (absent columns count as NULL)."""
    p = f"{alias}." if alias else ""
    return "hash(" + ", ".join(p + c if c in present else f"NULL::{DERIVED_SQL_TYPES[c]}" for c in group) + ")"


_PROBE = "hash('sahelwatch', 1::INTEGER, NULL::VARCHAR, 2.5::DOUBLE, DATE '2020-01-01', ['a', 'b'])"


def rehash_sql() -> list[str]:
    """The statements that recompute every stored content hash (after DuckDB's hash changed)."""
    return [f"UPDATE event_versions SET content_hash = {_hash_expr(CONTENT_COLUMNS)}",
            f"UPDATE aggregate_versions SET content_hash = {_hash_expr(_AGG_CONTENT)}"]


class Part:
    """One cohesive part of the store: it works on the facade's connection and joins its transaction."""

    def __init__(self, store: "Store"):
        self._store = store

    @property
    def con(self) -> "duckdb.DuckDBPyConnection":
        return self._store.con

    @contextlib.contextmanager
    def transaction(self):
        with self._store.transaction():
            yield self

    def _set_meta(self, key: str, value: str) -> None:
        """Set one ``store_meta`` value (an upsert both engines understand)."""
        self.con.execute("INSERT INTO store_meta VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                         [key, value])

    def _meta(self, key: str) -> str | None:
        rows = self.con.execute("SELECT value FROM store_meta WHERE key = ?", [key]).fetchall()
        return rows[0][0] if rows else None

    def _dicts(self, cur) -> list[dict]:
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, r)) for r in cur.fetchall()]
