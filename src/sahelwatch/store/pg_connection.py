"""A psycopg 3 connection that answers like the DuckDB connection the store's parts were written for.

The parts speak through ``con.execute(sql, params)``, ``con.sql(sql).to_arrow_table()``, ``fetch_df()``
and ``con.register(name, table)``. :class:`PgConnection` gives the same calls on PostgreSQL, so a
part's portable SQL is written once: ``?`` placeholders become psycopg's, a registered Arrow table or
DataFrame becomes a temporary table loaded with ``COPY``, and results come back as Arrow tables typed
from PostgreSQL's column types. SQL that only DuckDB understands stays in the DuckDB parts and is
overridden in :mod:`.pg_parts`.
"""

from __future__ import annotations

import decimal
from typing import Any, Sequence

import pyarrow as pa

from .pg_copy import arrow_of_query, copy_in

#: PostgreSQL type oid -> the Arrow type of a result column (unknown oids come back as text)
_ARROW_OF_OID: dict[int, pa.DataType] = {
    16: pa.bool_(), 20: pa.int64(), 21: pa.int16(), 23: pa.int32(), 700: pa.float32(), 701: pa.float64(),
    1700: pa.uint64(),  # numeric(20,0): the store's 64-bit hashes and keys
    25: pa.string(), 1043: pa.string(), 1042: pa.string(), 19: pa.string(),
    1082: pa.date32(), 1114: pa.timestamp("us"), 1184: pa.timestamp("us", tz="UTC"),
    17: pa.binary(), 1009: pa.list_(pa.string()), 1015: pa.list_(pa.string()),
}


def _pg_type_of(t: pa.DataType) -> str:
    """The PostgreSQL column type a registered Arrow column is loaded into."""
    if pa.types.is_dictionary(t):
        return _pg_type_of(t.value_type)
    if pa.types.is_string(t) or pa.types.is_large_string(t) or pa.types.is_null(t):
        return 'text COLLATE "C"'
    if pa.types.is_boolean(t):
        return "boolean"
    if pa.types.is_unsigned_integer(t) and t.bit_width == 64:
        return "numeric(20,0)"
    if pa.types.is_integer(t):
        return {8: "smallint", 16: "smallint", 32: "integer"}.get(t.bit_width, "bigint")
    if pa.types.is_floating(t):
        return "double precision"
    if pa.types.is_date(t):
        return "date"
    if pa.types.is_timestamp(t):
        return "timestamptz" if t.tz else "timestamp"
    if pa.types.is_binary(t) or pa.types.is_large_binary(t):
        return "bytea"
    if (pa.types.is_list(t) or pa.types.is_large_list(t)) and (
            pa.types.is_string(t.value_type) or pa.types.is_large_string(t.value_type)):
        return "text[]"
    raise TypeError(f"no PostgreSQL type for the Arrow type {t}")


def translate(sql: str, params) -> str:
    """DuckDB's ``?`` placeholders as psycopg's ``%s`` (a literal ``%`` doubled)."""
    if not params:
        return sql
    return sql.replace("%", "%%").replace("?", "%s")


def _plain(v: Any) -> Any:
    if isinstance(v, decimal.Decimal):
        return int(v) if v == v.to_integral_value() else float(v)
    if isinstance(v, memoryview):
        return bytes(v)
    return v


class PgResult:
    """A finished statement: rows, or an Arrow table / DataFrame of them."""

    def __init__(self, cur):
        self._cur = cur
        self.description = [(c.name, c.type_code) for c in cur.description] if cur.description else None

    def fetchall(self) -> list[tuple]:
        return [tuple(_plain(v) for v in r) for r in self._cur.fetchall()]

    def fetchone(self):
        r = self._cur.fetchone()
        return None if r is None else tuple(_plain(v) for v in r)

    def fetchmany(self, n: int) -> list[tuple]:
        return [tuple(_plain(v) for v in r) for r in self._cur.fetchmany(n)]

    def to_arrow_table(self) -> pa.Table:
        rows = self._cur.fetchall()
        cols = list(zip(*rows)) if rows else [() for _ in self.description]
        arrays, names = [], []
        for (name, oid), values in zip(self.description, cols):
            typ = _ARROW_OF_OID.get(oid, pa.string())
            values = [_plain(v) for v in values]
            if typ == pa.string() and oid not in (25, 1043, 1042, 19):
                values = [None if v is None else str(v) for v in values]
            arrays.append(pa.array(values, type=typ))
            names.append(name)
        return pa.table(arrays, names=names)

    arrow = to_arrow_table
    fetch_arrow_table = to_arrow_table

    def fetch_df(self):
        return self.to_arrow_table().to_pandas()

    df = fetch_df


class PgRelation(PgResult):
    """A query run when its rows are asked for, as DuckDB's ``sql()`` is: asked as Arrow (or a DataFrame),
    it is read with ``COPY ... TO STDOUT`` and parsed by Arrow (:func:`.pg_copy.arrow_of_query`)."""

    def __init__(self, raw, sql: str, params: Sequence | None):
        self._raw, self._params = raw, list(params) if params else None
        self._sql = translate(sql, params)
        self._cur = None

    def _run(self) -> None:
        if self._cur is None:
            cur = self._raw.cursor()
            cur.execute(self._sql, self._params)
            PgResult.__init__(self, cur)

    def __getattr__(self, name):
        if name == "description":
            self._run()
            return self.description
        raise AttributeError(name)

    def fetchall(self) -> list[tuple]:
        self._run()
        return super().fetchall()

    def fetchone(self):
        self._run()
        return super().fetchone()

    def fetchmany(self, n: int) -> list[tuple]:
        self._run()
        return super().fetchmany(n)

    def to_arrow_table(self) -> pa.Table:
        if self._cur is None:
            table = arrow_of_query(self._raw, self._sql, self._params, _ARROW_OF_OID)
            if table is not None:
                return _tz_as_stored(table)
            self._run()
        return super().to_arrow_table()

    arrow = to_arrow_table
    fetch_arrow_table = to_arrow_table


def _tz_as_stored(table: pa.Table) -> pa.Table:
    """Time stamps with a time zone as the row path gives them (UTC), whatever zone the reader named."""
    for i, f in enumerate(table.schema):
        if pa.types.is_timestamp(f.type) and f.type.tz and f.type.tz != "UTC":
            table = table.set_column(i, f.name, table.column(i).cast(pa.timestamp(f.type.unit, tz="UTC")))
    return table


#: the session setting the row-level security policies of the human-rights tables read
ACTING_FOR = "sahelwatch.acting_for"


def configure_session(raw, *, read_only: bool) -> None:
    """The settings of every session the store opens: its schema first, UTC, and read-only when asked."""
    raw.execute("SET search_path TO sahelwatch, public")
    raw.execute("SET TIME ZONE 'UTC'")
    if read_only:
        raw.execute("SET default_transaction_read_only = on")


class PgConnection:
    """One psycopg connection in autocommit mode: the store opens its transactions with ``BEGIN``."""

    def __init__(self, url: str, *, read_only: bool = False):
        import psycopg

        self.url = url
        self.raw = psycopg.connect(url, autocommit=True)
        configure_session(self.raw, read_only=read_only)

    def execute(self, sql: str, params: Sequence | None = None) -> PgResult:
        from psycopg.errors import LockNotAvailable

        cur = self.raw.cursor()
        try:
            cur.execute(translate(sql, params), list(params) if params else None)
        except LockNotAvailable as e:  # a lock waited for past its bound (the accounts' gate: store/pg_schema.py)
            from ..errors import StoreError
            from .postgres import shown_url

            raise StoreError(f"{shown_url(self.url)}: {e.diag.message_primary or str(e).strip()}") from None
        return PgResult(cur)

    def sql(self, sql: str, params: Sequence | None = None) -> PgRelation:
        """A query run lazily, read as Arrow through COPY (DuckDB's ``sql``: a relation, not a cursor)."""
        return PgRelation(self.raw, sql, params)

    def register(self, name: str, table) -> None:
        """A temporary table ``name`` holding ``table`` (Arrow or pandas), loaded with COPY."""
        if not isinstance(table, pa.Table):
            table = pa.Table.from_pandas(table, preserve_index=False)
        types = [_pg_type_of(f.type) for f in table.schema]
        self.raw.execute(f'DROP TABLE IF EXISTS "{name}"')
        cols = ", ".join(f'"{f.name}" {t}' for f, t in zip(table.schema, types))
        self.raw.execute(f'CREATE TEMP TABLE "{name}" ({cols})')
        copy_in(self.raw, name, table)

    def unregister(self, name: str) -> None:
        self.raw.execute(f'DROP TABLE IF EXISTS "{name}"')

    def close(self) -> None:
        self.raw.close()
