"""Arrow tables go into PostgreSQL through COPY in blocks and come back value for value: the text that
PostgreSQL's CSV could confuse (empty strings and NULL, quotes, line breaks, the end-of-data marker,
array punctuation), bytes, 64-bit hashes, floats at their limits, sliced and chunked columns."""

from __future__ import annotations

import datetime as dt
import math

import pyarrow as pa
import pytest

TRICKY_TEXT = ["plain", "", None, 'quote " and, comma', "line\nbreak\r\nand CR", "\\.", "first\n\\.\nlast",
               "NULL", "tab\there", "Ségou – Mopti", "back\\slash", "{braces}"]


def _table(n: int) -> pa.Table:
    k = len(TRICKY_TEXT)
    text = [TRICKY_TEXT[i % k] for i in range(n)]
    lists = [None if i % 7 == 3 else [] if i % 7 == 4 else [TRICKY_TEXT[(i + j) % k] for j in range(i % 4 + 1)]
             for i in range(n)]
    floats = [0.1, 1 / 3, None, 1e300, -0.0, float("nan"), float("inf"), -float("inf"), 5e-324]
    return pa.table({
        "text": pa.array(text, pa.string()),
        "ids": pa.array(lists, pa.list_(pa.string())),
        "blob": pa.array([None if t is None else t.encode() + bytes([i % 256, 0, 255]) for i, t in enumerate(text)]),
        "hash": pa.array([(2**64 - 1 - i * 7919) if i % 5 else None for i in range(n)], pa.uint64()),
        "x": pa.array([floats[i % len(floats)] for i in range(n)], pa.float64()),
        "small": pa.array([None if i % 9 == 0 else (i % 256) - 128 for i in range(n)], pa.int8()),
        "day": pa.array([dt.date(1997, 1, 1) + dt.timedelta(days=i) for i in range(n)]),
        "at": pa.array([dt.datetime(2026, 12, 6, tzinfo=dt.timezone.utc) + dt.timedelta(microseconds=i * 1001)
                        for i in range(n)], pa.timestamp("us", tz="UTC")),
        "flag": pa.array([None if i % 11 == 0 else i % 2 == 0 for i in range(n)]),
        "family": pa.array([["state", "jihadist", None][i % 3] for i in range(n)]).dictionary_encode(),
    })


def _same(a, b) -> bool:
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a):
        return math.isnan(b)
    return a == b and (not isinstance(a, float) or math.copysign(1, a) == math.copysign(1, b))


def test_a_table_copied_in_blocks_reads_back_value_for_value(pg_url):
    from sahelwatch.store.pg_connection import PgConnection
    from sahelwatch.store.pg_copy import copy_in

    table = _table(1_000)
    # two chunks, the second a slice with an offset: blocks cut across both
    table = pa.concat_tables([table.slice(0, 333), table.slice(333)])
    con = PgConnection(pg_url)
    try:
        con.register("_probe", table.slice(0, 0))  # creates the typed temporary table
        copy_in(con.raw, "_probe", table, block_rows=97)
        back = con.execute('SELECT * FROM "_probe"').fetchall()
    finally:
        con.close()
    expected = table.to_pylist()
    assert len(back) == len(expected)
    names = table.column_names
    for want, got in zip(expected, back):
        for name, g in zip(names, got):
            w = want[name]
            assert _same(w, g), (name, w, g)


def test_a_copy_that_breaks_a_column_type_fails_with_the_server_message_and_loads_nothing(pg_url):
    import psycopg

    from sahelwatch.store.pg_connection import PgConnection
    from sahelwatch.store.pg_copy import copy_in

    con = PgConnection(pg_url)
    try:
        con.execute('CREATE TEMP TABLE "_narrow" (n smallint)')
        with pytest.raises(psycopg.errors.NumericValueOutOfRange):
            copy_in(con.raw, "_narrow", pa.table({"n": pa.array([1, 2, 70_000], pa.int64())}), block_rows=2)
        assert con.execute('SELECT count(*) FROM "_narrow"').fetchall() == [(0,)]
    finally:
        con.close()


def test_a_query_read_back_as_arrow_through_copy_equals_the_row_by_row_read(pg_url):
    from sahelwatch.store.pg_connection import PgConnection

    table = _table(500).drop_columns(["family", "blob"])  # bytea is read row by row
    con = PgConnection(pg_url)
    try:
        con.register("_probe", table)
        query = 'SELECT * FROM "_probe" WHERE day >= ? ORDER BY day'
        by_copy = con.sql(query, [table.column("day")[0].as_py()]).to_arrow_table()
        by_rows = con.execute(query, [table.column("day")[0].as_py()]).to_arrow_table()
        empty = con.sql('SELECT text, ids FROM "_probe" WHERE false').to_arrow_table()
    finally:
        con.close()
    assert by_copy.schema == by_rows.schema
    assert by_copy.num_rows == table.num_rows == by_rows.num_rows
    for name in by_copy.column_names:
        pairs = zip(by_copy.column(name).to_pylist(), by_rows.column(name).to_pylist())
        assert all(_same(a, b) for a, b in pairs), name
    assert by_copy.column("ids").to_pylist() == table.column("ids").to_pylist()
    assert by_copy.column("text").to_pylist() == table.column("text").to_pylist()
    assert (empty.num_rows, empty.schema.field("ids").type) == (0, pa.list_(pa.string()))
