"""The PostgreSQL schema, migrated in step with the DuckDB one.

:data:`~.migrations.MIGRATIONS` stays the one list of schema versions. PostgreSQL migration ``v`` is
what DuckDB migration ``v`` changes in the tables (new tables, added and dropped columns, found by
applying the DuckDB migrations to an in-memory database and comparing versions ``v - 1`` and ``v``),
written in PostgreSQL's types, and the three views written again for PostgreSQL (which has no
``* EXCLUDE``). Text columns take the "C" collation so that sorting and grouping follow byte order, as
DuckDB's do. Everything lives in the schema ``sahelwatch``; PostGIS adds a point geometry to every
event version and a geometry to every imported boundary (generated columns, GiST-indexed).

A DuckDB migration that moves data (as migration 7 did) needs its own PostgreSQL step: no PostgreSQL
store predates schema version 8, so none is written yet; :func:`migration_sql` refuses a new one that
rewrites rows (``UPDATE`` / ``INSERT``) so it cannot be forgotten.
"""

from __future__ import annotations

import functools
import re

from .migrations import MIGRATIONS

SCHEMA = "sahelwatch"
#: the channel on which every committed write of the store's tables is notified (the payload: the table's name), so
#: that a server keeps its answers under a count of the notices it received instead of asking the database
#: (store/pg_notices.py); PostgreSQL delivers a notice only to the listeners of the same database, at the commit
CHANGE_CHANNEL = "sahelwatch_changes"
#: the advisory lock (one bigint key) that gates the accounts: a server that serves the open mode (no account) holds
#: it shared on its listening connection (store/pg_notices.py), and an insert into ``users`` takes it exclusively
#: (a trigger), so no account is committed while a server still grants the open mode without asking the database
ACCOUNTS_GATE = 0x5A4E1_0001
#: the longest an insert into ``users`` waits for the servers in open mode to give way (they do within a second)
ACCOUNTS_GATE_WAIT = "30s"
#: whether the gate's trigger is in force: it exists and fires always, under ``session_replication_role = replica``
#: too (a logical subscriber's apply worker, a restore); a server grants the open mode only while it is, since an
#: insert the trigger does not see would be committed unheard (a boolean statement, read by store/pg_notices.py)
ACCOUNTS_GATE_ARMED = (f"SELECT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = 'accounts_gate' "
                       f"AND tgrelid = to_regclass('{SCHEMA}.users') AND tgenabled = 'A')")

_PG_TYPES = {
    "VARCHAR": 'text COLLATE "C"', "VARCHAR[]": "text[]", "BIGINT": "bigint", "INTEGER": "integer",
    "SMALLINT": "smallint", "TINYINT": "smallint", "UBIGINT": "numeric(20,0)", "HUGEINT": "numeric(39,0)",
    "DOUBLE": "double precision", "FLOAT": "real", "BOOLEAN": "boolean", "DATE": "date",
    "TIMESTAMP WITH TIME ZONE": "timestamptz", "TIMESTAMP": "timestamp", "BLOB": "bytea",
}
_CODING = ("tactic", "target_category", "attribution")
#: versions whose data movement needs no PostgreSQL step (no PostgreSQL store existed before 8)
_DATA_MIGRATIONS_BEFORE_PG = {7}


@functools.lru_cache(maxsize=None)
def duckdb_schema(version: int) -> tuple[dict, dict, dict]:
    """(tables, primary keys, views) of a DuckDB database after migrations 1..``version``:
    ``{table: ((column, type, not_null, default), ...)}``, ``{table: (key columns)}``,
    ``{view: (column, ...)}``."""
    import duckdb

    con = duckdb.connect()
    try:
        for v, _, sql in MIGRATIONS:
            if v <= version:
                con.execute(sql)
        cols = con.execute(
            "SELECT c.table_name, c.column_name, c.data_type, c.is_nullable, c.column_default, t.table_type "
            "FROM information_schema.columns c JOIN information_schema.tables t USING (table_name) "
            "ORDER BY c.table_name, c.ordinal_position").fetchall()
        keys = {t: tuple(k) for t, k in con.execute(
            "SELECT table_name, constraint_column_names FROM duckdb_constraints() "
            "WHERE constraint_type = 'PRIMARY KEY'").fetchall()}
    finally:
        con.close()
    tables: dict = {}
    views: dict = {}
    for table, col, typ, nullable, default, kind in cols:
        if kind == "VIEW":
            views.setdefault(table, []).append(col)
        else:
            tables.setdefault(table, []).append((col, typ, nullable == "NO", default))
    return ({t: tuple(c) for t, c in tables.items()}, keys, {v: tuple(c) for v, c in views.items()})


def _column_ddl(col: str, typ: str, not_null: bool, default) -> str:
    if typ not in _PG_TYPES:
        raise ValueError(f"column {col}: no PostgreSQL type for DuckDB's {typ}")
    out = f"{col} {_PG_TYPES[typ]}"
    if default is not None:
        if not re.fullmatch(r"true|false|-?\d+(\.\d+)?|'[^']*'", str(default)):
            raise ValueError(f"column {col}: default {default!r} has no PostgreSQL form here")
        out += f" DEFAULT {default}"
    return out + (" NOT NULL" if not_null else "")


def _views_sql(version: int) -> list[str]:
    tables, _, views = duckdb_schema(version)
    out = []
    ev_cols = [c for c, *_ in tables["event_versions"]]
    if "event_versions_full" in views:
        pick = {c: "v" for c in ev_cols}
        pick.update({c: "p" for c, *_ in tables["event_places"]})
        pick.update({c: "a" for c, *_ in tables["event_actor_sets"]})
        cols = ", ".join(f"{pick[c]}.{c}" for c in views["event_versions_full"])
        out.append(f"""CREATE VIEW event_versions_full AS SELECT {cols}
FROM event_versions v
LEFT JOIN event_places p ON p.place_key = v.place_key
LEFT JOIN event_actor_sets a ON a.actor_key = v.actor_key""")
        base = "event_versions_full"
    else:
        base = "event_versions"
    if "events" in views:
        exprs = []
        for c in views["events"]:
            if c in _CODING:
                exprs.append(f"coalesce({c}, derived_{c}) AS {c}")
            elif c == "tactic_origin":
                exprs.append("CASE WHEN tactic IS NOT NULL THEN 'source' WHEN derived_tactic IS NOT NULL "
                             "THEN 'derived' END AS tactic_origin")
            else:
                exprs.append(c)
        out.append(f"CREATE VIEW events AS SELECT {', '.join(exprs)} FROM {base} WHERE is_current AND NOT deleted")
    if "aggregates" in views:
        out.append(f"CREATE VIEW aggregates AS SELECT {', '.join(views['aggregates'])} "
                   "FROM aggregate_versions WHERE is_current")
    unknown = set(views) - {"events", "event_versions_full", "aggregates"}
    if unknown:
        raise ValueError(f"views {sorted(unknown)} have no PostgreSQL definition yet (store/pg_schema.py)")
    return out


def migration_sql(version: int) -> list[str]:
    """The statements of PostgreSQL migration ``version`` (see the module's docstring)."""
    sql = dict((v, s) for v, _, s in MIGRATIONS)[version]
    if version not in _DATA_MIGRATIONS_BEFORE_PG and re.search(r"^\s*(UPDATE|INSERT)\b", sql, re.M | re.I):
        raise ValueError(f"DuckDB migration {version} moves data: write its PostgreSQL step in store/pg_schema.py")
    old, _, _ = duckdb_schema(version - 1) if version > 1 else ({}, {}, {})
    new, keys, _ = duckdb_schema(version)
    out = ["DROP VIEW IF EXISTS events, event_versions_full, aggregates"]
    for table, cols in new.items():
        if table not in old:
            body = [_column_ddl(*c) for c in cols]
            if table in keys:
                body.append(f"PRIMARY KEY ({', '.join(keys[table])})")
            out.append(f"CREATE TABLE {table} (\n    " + ",\n    ".join(body) + "\n)")
            continue
        had = {c[0]: c for c in old[table]}
        now = {c[0]: c for c in cols}
        out += [f"ALTER TABLE {table} ADD COLUMN {_column_ddl(*now[c])}" for c in now if c not in had]
        out += [f"ALTER TABLE {table} DROP COLUMN {c}" for c in had if c not in now]
    out += [f"DROP TABLE {t}" for t in old if t not in new]
    return out + _views_sql(version)


#: PostgreSQL's own additions, after the migrations (idempotent): PostGIS geometries and indexes, row-level
#: security, the change notices
EXTRAS = (
    "ALTER TABLE event_versions ADD COLUMN IF NOT EXISTS geom public.geometry(Point, 4326) GENERATED ALWAYS AS "
    "(CASE WHEN longitude BETWEEN -180 AND 180 AND latitude BETWEEN -90 AND 90 "
    "THEN public.ST_SetSRID(public.ST_MakePoint(longitude, latitude), 4326) END) STORED",
    "CREATE INDEX IF NOT EXISTS event_versions_geom ON event_versions USING gist (geom)",
    "CREATE INDEX IF NOT EXISTS event_versions_current ON event_versions (event_id) WHERE is_current",
    "CREATE INDEX IF NOT EXISTS event_versions_event ON event_versions (event_id, version)",
    "CREATE INDEX IF NOT EXISTS event_versions_source ON event_versions (source)",
    "CREATE INDEX IF NOT EXISTS aggregate_versions_current ON aggregate_versions (agg_key) WHERE is_current",
    "ALTER TABLE boundaries ADD COLUMN IF NOT EXISTS geom public.geometry GENERATED ALWAYS AS "
    "(public.ST_SetSRID(public.ST_GeomFromWKB(geometry_wkb), 4326)) STORED",
    "CREATE INDEX IF NOT EXISTS boundaries_geom ON boundaries USING gist (geom)",
    # row-level security on the restricted human-rights tables (see pg_parts.PgHrCases), forced on the
    # owner too; superusers bypass it, so the application connects as an ordinary role
    *(stmt for table in ("hr_people", "hr_case_keys") for stmt in (
        f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
        f"ALTER TABLE {table} FORCE ROW LEVEL SECURITY",
        f"DROP POLICY IF EXISTS acting_for_investigator ON {table}",
        f"CREATE POLICY acting_for_investigator ON {table} "
        "USING (current_setting('sahelwatch.acting_for', true) = 'hr_investigator') "
        "WITH CHECK (current_setting('sahelwatch.acting_for', true) = 'hr_investigator')",
    )),
    # a notice of each committed write, once per table and transaction (PostgreSQL folds equal notices of one
    # transaction; a rolled back one sends none), from a statement trigger on every table of the schema: whatever
    # writes (the store's code, COPY, psql), and tables a later migration adds get theirs when it runs
    f"CREATE OR REPLACE FUNCTION {SCHEMA}.notify_change() RETURNS trigger LANGUAGE plpgsql AS "
    f"$$ BEGIN PERFORM pg_notify('{CHANGE_CHANNEL}', TG_TABLE_NAME); RETURN NULL; END $$",
    f"DO $$ DECLARE t text; BEGIN FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = '{SCHEMA}' LOOP "
    "EXECUTE format('CREATE OR REPLACE TRIGGER change_notice AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "
    f"{SCHEMA}.%I FOR EACH STATEMENT EXECUTE FUNCTION {SCHEMA}.notify_change()', t); END LOOP; END $$",
    # the accounts' gate (ACCOUNTS_GATE): whatever inserts an account (the store's code, COPY, psql) first waits until
    # every server in open mode has given way, at most ACCOUNTS_GATE_WAIT (then the insert fails, saying why); the
    # lock is the transaction's until its commit, when the account becomes visible before the gate opens again
    f"CREATE OR REPLACE FUNCTION {SCHEMA}.wait_accounts_gate() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "DECLARE before text := current_setting('lock_timeout'); BEGIN "
    f"PERFORM set_config('lock_timeout', '{ACCOUNTS_GATE_WAIT}', true); "
    f"BEGIN PERFORM pg_advisory_xact_lock({ACCOUNTS_GATE}); EXCEPTION WHEN lock_not_available THEN "
    "RAISE EXCEPTION USING ERRCODE = 'lock_not_available', MESSAGE = 'an API server serving the open mode (no "
    f"account) did not give way within {ACCOUNTS_GATE_WAIT}; the account was not added (is a server paused?)'; "
    "END; PERFORM set_config('lock_timeout', before, true); RETURN NULL; END $$",
    f"CREATE OR REPLACE TRIGGER accounts_gate BEFORE INSERT ON {SCHEMA}.users FOR EACH STATEMENT "
    f"EXECUTE FUNCTION {SCHEMA}.wait_accounts_gate()",
    # the accounts' triggers fire always, under session_replication_role = replica too (a trigger is created, or
    # replaced above, firing only on the origin); ACCOUNTS_GATE_ARMED checks this
    f"ALTER TABLE {SCHEMA}.users ENABLE ALWAYS TRIGGER accounts_gate",
    f"ALTER TABLE {SCHEMA}.users ENABLE ALWAYS TRIGGER change_notice",
)
