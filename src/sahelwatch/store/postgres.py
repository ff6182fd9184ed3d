"""The server store: PostgreSQL 15 with PostGIS, behind the same facade as the embedded DuckDB file.

``--db postgresql://USER[:PASSWORD]@HOST:PORT/DBNAME`` opens a :class:`PgStore`. It is a
:class:`~.duckdb_store.Store` whose connection is a :class:`~.pg_connection.PgConnection` and whose
parts are those of :mod:`.pg_parts` (the DuckDB parts with a few methods written again for
PostgreSQL). The schema (``sahelwatch``) and the PostGIS extension are created by the store's own
migrations (:mod:`.pg_schema`). A read-only open sets the session read-only and migrates nothing.
"""

from __future__ import annotations

import contextlib
import re

from ..errors import StoreError
from .access_tables import Users
from .duckdb_store import Store
from .gazetteer_table import Gazetteer
from .linkage_tables import Linkage
from .migrations import MIGRATIONS
from .pg_connection import ACTING_FOR, PgConnection
from .pg_parts import PgAggregates, PgAuditLog, PgEvents, PgHrCases, PgIngestLog, PgVersions
from .pg_schema import EXTRAS, SCHEMA, migration_sql
from .programs import Programs

#: a transaction-level advisory lock held while the schema is migrated
MIGRATION_LOCK = 0x5A4E1_0000
_URL = re.compile(r"^postgres(?:ql)?:/+", re.I)


def is_url(db) -> bool:
    """Whether ``--db`` names a PostgreSQL database rather than a DuckDB file."""
    return bool(_URL.match(str(db)))


def normalise_url(db) -> str:
    """``postgresql://...``, also from a ``Path`` (which folds the two slashes into one)."""
    return _URL.sub("postgresql://", str(db), count=1)


def database_name(db) -> str:
    """The name of the database a URL opens (its path, else its ``dbname`` parameter, else 'postgresql'), with
    any character other than a letter, a digit, '.', '_' or '-' written '_' (fit for a file name); a URL that does
    not parse (an unclosed '[' of an IPv6 host) is a :class:`StoreError` naming it without its password."""
    from urllib.parse import parse_qs, unquote, urlsplit

    try:
        parts = urlsplit(normalise_url(db))
    except ValueError as e:
        raise StoreError(f"{shown_url(normalise_url(db))}: not a database URL ({e})") from None
    name = unquote(parts.path.lstrip("/")) or parse_qs(parts.query).get("dbname", [""])[0] or "postgresql"
    return re.sub(r"[^\w.-]", "_", name).lstrip(".") or "postgresql"


def shown_url(url: str) -> str:
    """The URL without its password (for messages)."""
    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", url)


class PgStore(Store):
    """A sahelwatch database on a PostgreSQL server. Open with :func:`sahelwatch.store.open_store`."""

    #: the store's own schema (the dialect hook of :meth:`Store.schema_version`)
    SCHEMA = SCHEMA

    def __init__(self, url: str, *, read_only: bool = False, connection: PgConnection | None = None):
        self.url = normalise_url(url)
        self._columns: dict[str, list[str]] = {}
        self._session_roles: list[str] = []
        super().__init__(self.url, read_only=read_only, connection=connection)
        self.events = PgEvents(self)
        self.versions = PgVersions(self)
        self.ingest_log = PgIngestLog(self)
        self.aggregates = PgAggregates(self)
        self.linkage = Linkage(self)
        self.gazetteer = Gazetteer(self)
        self.programs = Programs(self)
        self.users = Users(self)
        self.audit = PgAuditLog(self)
        self.hr = PgHrCases(self)

    @staticmethod
    def _location(path) -> str:
        return shown_url(normalise_url(path))

    def _open(self, read_only: bool, threads: int, memory_limit: str) -> PgConnection:
        """A session on the server (``threads`` and ``memory_limit`` are the server's own business)."""
        try:
            import psycopg
        except ModuleNotFoundError:
            raise StoreError(f"{self.path}: a PostgreSQL database needs psycopg 3: "
                             "pip install 'sahelwatch[postgres]'") from None
        try:
            return PgConnection(self.url, read_only=read_only)
        except psycopg.Error as e:
            # the driver's message may quote the whole URL ('invalid URI ... "postgresql://u:PASSWORD@..."')
            raise StoreError(f"{self.path}: cannot connect: {shown_url(str(e).strip())}") from None

    # ------------------------------------------------------------------ schema
    def migrate(self) -> list[int]:
        """Create the schema, PostGIS and the tables this database lacks; one transaction, under a
        lock, so two processes opening a new database at once migrate it once."""
        import psycopg

        latest = MIGRATIONS[-1][0]
        applied: list[int] = []
        try:
            with self.transaction():
                self.con.execute(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
                have = self.schema_version()
                if have > latest:
                    self._check_version()
                if have == latest:
                    return []
                if not self.con.execute("SELECT count(*) FROM pg_extension WHERE extname = 'postgis'").fetchall()[0][0]:
                    self.con.execute("CREATE EXTENSION IF NOT EXISTS postgis SCHEMA public")
                self.con.execute(f"CREATE SCHEMA IF NOT EXISTS {SCHEMA}")
                self.con.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, "
                                 "description text, applied_at timestamptz)")
                for version, description, _ in MIGRATIONS:
                    if version <= have:
                        continue
                    for sql in migration_sql(version):
                        self.con.execute(sql)
                    self.con.execute("INSERT INTO schema_migrations VALUES (?, ?, now())", [version, description])
                    applied.append(version)
                for sql in EXTRAS:
                    self.con.execute(sql)
        except psycopg.Error as e:
            raise StoreError(f"{self.path}: migrating the schema failed: {str(e).strip()}") from None
        self._columns.clear()
        return applied

    def _rehash(self) -> None:
        """The content hashes are DuckDB's (computed in-process): if this DuckDB hashes differently from
        the one that stored the rows, refuse rather than compare unlike hashes."""
        if self.con.execute("SELECT EXISTS (SELECT 1 FROM event_versions)").fetchall()[0][0]:
            raise StoreError(f"{self.path}: the stored content hashes come from another DuckDB release; "
                             "not yet supported on PostgreSQL: rehashing the stored versions")

    def columns(self, table: str) -> list[str]:
        """The columns of one of the store's tables, in order."""
        if table not in self._columns:
            self._columns[table] = [r[0] for r in self.con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = ? AND table_name = ? "
                "ORDER BY ordinal_position", [SCHEMA, table]).fetchall()]
        return self._columns[table]

    def insert_by_name(self, table: str, relation: str, **extra: str) -> None:
        have = [d[0] for d in self.con.execute(f'SELECT * FROM "{relation}" LIMIT 0').description]
        cols = [c for c in self.columns(table) if c in have and c not in extra]
        names = ", ".join([*cols, *extra])
        exprs = ", ".join([*cols, *extra.values()])
        self.con.execute(f'INSERT INTO {table} ({names}) SELECT {exprs} FROM "{relation}"')

    @contextlib.contextmanager
    def session_acting_for(self, role: str | None):
        """The session says it acts for ``role`` (nothing: for no one) for the length of the block, then what
        it said before: the row-level security policies of the human-rights tables read
        ``sahelwatch.acting_for``. Only the hr part uses it, around its own statements."""
        self._session_roles.append(role or "")
        self.con.execute(f"SELECT set_config('{ACTING_FOR}', ?, false)", [role or ""])
        try:
            yield self
        finally:
            self._session_roles.pop()
            self.con.execute(f"SELECT set_config('{ACTING_FOR}', ?, false)",
                             [self._session_roles[-1] if self._session_roles else ""])

    # ------------------------------------------------------------------ connection
    def sibling(self) -> "PgStore":
        """A second connection to the same database (PostgreSQL connections are not shared by threads)."""
        return PgStore(self.url, read_only=self.read_only,
                       connection=PgConnection(self.url, read_only=self.read_only))
