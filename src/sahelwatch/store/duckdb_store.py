"""The embedded store: one DuckDB file. The only code in sahelwatch that speaks SQL.

:class:`Store` is a small facade: it opens the file (read-write with migrations, or read-only),
holds the connection and its transaction, and hands out the store's parts, each in a module of its
own:

- ``store.events``: reads of the current events (:mod:`.events`);
- ``store.versions``: the writes of living data and an event's history (:mod:`.versions`);
- ``store.ingest_log``: the ingest log, rejected rows and kept source files (:mod:`.ingest_log`);
- ``store.aggregates``: aggregate rows (:mod:`.aggregates`);
- ``store.linkage``: links and clusters (:mod:`.linkage_tables`);
- ``store.gazetteer``: the learned gazetteer (:mod:`.gazetteer_table`);
- ``store.boundaries``: the imported admin boundaries (:mod:`.boundaries`);
- ``store.programs``: the program registry (:mod:`.programs`);
- ``store.users``, ``store.audit``: accounts and the audit log (:mod:`.access_tables`);
- ``store.hr``: human-rights case records, encrypted fields only (:mod:`.hr_tables`);
- ``store.forecasts``: stored forecast runs and backtests (:mod:`.forecasts`).

Events are *living data*: a newer export can change an event that has the same source id. The
store keeps every version (``event_versions``); the ``events`` view shows the current,
undeleted one. A re-ingest of unchanged rows changes nothing. Change is detected on a hash of
the content columns, so a re-export whose only difference is ACLED's own timestamp or row
number is unchanged.
"""

from __future__ import annotations

import contextlib
import time
from pathlib import Path

import duckdb

from ..errors import StoreError
from ._sql import _PROBE, Part, rehash_sql
from .access_tables import AuditLog, Users
from .aggregates import Aggregates
from .boundaries import Boundaries
from .events import Events
from .forecasts import ForecastRuns
from .gazetteer_table import Gazetteer
from .hr_tables import HrCases
from .ingest_log import IngestLog
from .linkage_tables import Linkage
from .migrations import MIGRATIONS
from .programs import Programs
from .versions import EventVersions

#: how long a read-write open waits for readers in other processes to let go of the file
WRITER_LOCK_WAIT_S = 30.0


def session_settings(con: duckdb.DuckDBPyConnection, threads: int) -> None:
    """The session settings of every connection that reads the store: ``threads`` (0: DuckDB's own choice) and no
    insertion order kept where a query does not ask for one (the store's queries say their order)."""
    if threads:
        con.execute(f"SET threads = {int(threads)}")
    con.execute("SET preserve_insertion_order = false")


class Store:
    """A sahelwatch database. Open with :func:`sahelwatch.store.open_store`.

    ``connection`` adopts an open connection to the same file (see :meth:`sibling`) instead of
    opening one; the schema was checked when that connection's store was opened."""

    def __init__(self, path: Path | str, *, read_only: bool = False, threads: int = 0, memory_limit: str = "512MB",
                 connection: duckdb.DuckDBPyConnection | None = None):
        self.path = self._location(path)
        self.read_only = read_only
        self._in_tx = False
        self._acting: list[str] = []
        if connection is not None:
            self.con = connection
        else:
            self.con = self._connect(read_only, threads, memory_limit)
        self.events = Events(self)
        self.versions = EventVersions(self)
        self.ingest_log = IngestLog(self)
        self.aggregates = Aggregates(self)
        self.linkage = Linkage(self)
        self.gazetteer = Gazetteer(self)
        self.boundaries = Boundaries(self)
        self.programs = Programs(self)
        self.users = Users(self)
        self.audit = AuditLog(self)
        self.hr = HrCases(self)
        self.forecasts = ForecastRuns(self)

    #: the schema the store's tables live in (a dialect hook: DuckDB's default one here)
    SCHEMA = "main"

    @staticmethod
    def _location(path: Path | str) -> Path:
        """Where the store is, as messages name it (a dialect hook)."""
        return Path(path)

    def _connect(self, read_only: bool, threads: int, memory_limit: str) -> duckdb.DuckDBPyConnection:
        """Open the database, then check its schema (read-only) or migrate it and check its hashes."""
        self.con = con = self._open(read_only, threads, memory_limit)
        try:
            if read_only:
                self._check_version()
            else:
                self.migrate()
                self._check_hash_probe()
        except BaseException:
            con.close()
            raise
        return con

    def _open(self, read_only: bool, threads: int, memory_limit: str) -> duckdb.DuckDBPyConnection:
        """A connection to the database with the session's settings (a dialect hook: the DuckDB file here)."""
        if read_only and not self.path.is_file():
            raise StoreError(f"{self.path}: no such database (run 'sahelwatch ingest' first)")
        # A writer waits out readers in other processes (a running 'serve' holds the file for one request
        # at a time), so an ingest is never lost to a reader's short lock.
        deadline = time.monotonic() + (0 if read_only else WRITER_LOCK_WAIT_S)
        while True:
            try:
                con = duckdb.connect(str(self.path), read_only=read_only)
                break
            except duckdb.Error as e:
                if "lock" in str(e).lower() and time.monotonic() < deadline:
                    time.sleep(0.05)
                    continue
                raise StoreError(f"{self.path}: cannot open the database: {e}") from None
        try:
            session_settings(con, threads)
            # DuckDB spills to disk past this, so a large ingest stays within a laptop's memory
            con.execute(f"SET memory_limit = '{memory_limit}'")
        except BaseException:
            con.close()
            raise
        return con

    # ------------------------------------------------------------------ schema
    def schema_version(self) -> int:
        """The latest migration applied to this database (0 for a new one)."""
        exists = self.con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = ? AND table_name = 'schema_migrations'",
            [self.SCHEMA]).fetchall()[0][0]
        if not exists:
            return 0
        return self.con.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchall()[0][0]

    def _check_version(self) -> None:
        latest = MIGRATIONS[-1][0]
        have = self.schema_version()
        if have > latest:
            raise StoreError(
                f"{self.path}: the database has schema version {have}, newer than this sahelwatch "
                f"understands ({latest}); upgrade sahelwatch"
            )
        if have < latest:
            raise StoreError(f"{self.path}: the database needs migrating (open it once without read-only)")

    def migrate(self) -> list[int]:
        """Apply the migrations this database lacks, each in its own transaction."""
        self.con.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
            "description VARCHAR, applied_at TIMESTAMP WITH TIME ZONE)"
        )
        have = self.schema_version()
        if have > MIGRATIONS[-1][0]:
            self._check_version()
        applied = []
        for version, description, sql in MIGRATIONS:
            if version <= have:
                continue
            try:
                with self.transaction():
                    self.con.execute(sql)
                    self.con.execute("INSERT INTO schema_migrations VALUES (?, ?, now())", [version, description])
            except duckdb.Error as e:
                raise StoreError(f"{self.path}: migration {version} ({description}) failed: {e}") from None
            applied.append(version)
        return applied

    def _check_hash_probe(self) -> None:
        """Rehash every stored row if DuckDB's hash function changed since the rows were hashed.

        DuckDB does not promise that ``hash`` stays the same across its releases, so the store keeps
        a probe value and recomputes every content hash before any comparison is made. Both backends
        hash with the DuckDB of this process (ADR 0009), so the probe is computed here, not on the store."""
        local = duckdb.connect()
        try:
            probe = str(local.execute(f"SELECT {_PROBE}").fetchall()[0][0])
        finally:
            local.close()
        meta = Part(self)  # the parts are not made yet
        stored = meta._meta("content_hash_probe")
        if stored == probe:
            return
        with self.transaction():
            if stored is not None:  # the function changed under existing rows
                self._rehash()
            meta._set_meta("content_hash_probe", probe)

    def _rehash(self) -> None:
        """Recompute every stored content hash (a dialect hook)."""
        for sql in rehash_sql():
            self.con.execute(sql)

    def insert_by_name(self, table: str, relation: str, **extra: str) -> None:
        """Insert every row of ``relation`` into ``table``, column by name, with ``extra`` columns given as SQL
        expressions (a dialect hook: PostgreSQL has no ``BY NAME``)."""
        more = "".join(f", {expr} AS {name}" for name, expr in extra.items())
        self.con.execute(f"INSERT INTO {table} BY NAME SELECT *{more} FROM {relation}")

    # ------------------------------------------------------------------ connection
    def close(self) -> None:
        self.con.close()

    def checkpoint(self) -> None:
        """Write what is committed into the database itself (DuckDB folds its write-ahead log into the file;
        PostgreSQL runs a checkpoint), so no older copy of rewritten rows waits in a log."""
        self.con.execute("CHECKPOINT")

    def sibling(self) -> "Store":
        """A second connection to the same database, with transactions of its own: for one other
        thread to write while this connection works (create it here, then hand it over)."""
        return Store(self.path, read_only=self.read_only, connection=self.con.cursor())

    @contextlib.contextmanager
    def acting_for(self, role: str):
        """The caller's role (an access role's name) for the length of the block: the access layer says it
        after its own checks. On PostgreSQL the hr part reads its restricted tables (row-level security)
        in the caller's name; the embedded file has no second line, the application's check is the only one."""
        self._acting.append(str(role))
        try:
            yield self
        finally:
            self._acting.pop()

    @property
    def acting_role(self) -> str | None:
        """The role the caller acts for (:meth:`acting_for`), or None when no caller said so."""
        return self._acting[-1] if self._acting else None

    @contextlib.contextmanager
    def transaction(self):
        """One transaction around several writes (all the slices of one file): all or nothing."""
        if self._in_tx:
            yield self
            return
        self.con.execute("BEGIN TRANSACTION")
        self._in_tx = True
        try:
            yield self
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        finally:
            self._in_tx = False

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
