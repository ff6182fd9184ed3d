"""Read-only stores on a PostgreSQL database for a long-running reader (the API server): a pool of
connections, and a change signature to key cached answers on.

:class:`PgPool` hands out a :class:`~.postgres.PgStore` over a pooled connection for the length of a
block; the connection goes back to the pool afterwards with its session reset, so the setting by which
the hr part says it acts for an investigator (row-level security, ADR 0009) never outlives the block
that set it. The schema version is checked once, when the pool opens.

:meth:`PgPool.signature` is what changes whenever a transaction that writes begins or ends on the
server: the current snapshot (``xmin:xmax:in-progress ids``). Only transactions that write get an id,
so reads never change it, and every commit does. It is one statement on a pooled connection, without
touching a table. The server reads it only while its listener of the database's notices of commits cannot vouch
for its count (:mod:`.pg_notices`), and sends that listener's barrier notices on the same connection
(:meth:`PgPool.notify`).
"""

from __future__ import annotations

import contextlib
import logging
import threading
from typing import Iterator

from ..errors import SahelwatchError, StoreError
from .pg_connection import ACTING_FOR, PgConnection, configure_session
from .postgres import PgStore, normalise_url, shown_url

log = logging.getLogger(__name__)

class PoolExhausted(SahelwatchError):
    """Every pooled connection stayed busy for the pool's wait."""

    http_status = 503


class _Pooled(PgConnection):
    """A pooled connection adopted for one block (set up by :func:`_configure`, never closed here)."""

    def __init__(self, url: str, raw):
        self.url, self.raw = url, raw


def _configure(raw) -> None:
    """The settings of the store's read-only sessions, once per pooled connection."""
    configure_session(raw, read_only=True)


def _reset(raw) -> None:
    raw.execute(f"SELECT set_config('{ACTING_FOR}', '', false)")


class PgPool:
    """Read-only stores on one PostgreSQL database, over a pool of ``min_size`` to ``max_size``
    connections; a caller waits up to ``wait`` seconds for a free one."""

    def __init__(self, url: str, *, min_size: int = 2, max_size: int = 8, wait: float = 5.0):
        try:
            import psycopg
            from psycopg_pool import ConnectionPool
        except ModuleNotFoundError:
            raise StoreError(f"{shown_url(str(url))}: serving a PostgreSQL database needs psycopg 3 and its pool: "
                             "pip install 'sahelwatch[postgres]'") from None
        self.url = normalise_url(url)
        self.wait = wait
        self._sig, self._sig_lock = None, threading.Lock()
        # shared reads of the signature (see signature()): reads begun and done, one at a time, the last value
        self._sig_turn = threading.Condition()
        self._sig_started = self._sig_done = 0
        self._sig_busy, self._sig_value = False, None
        PgStore(self.url, read_only=True).close()  # connects and checks the schema version, or a StoreError
        self._pool = ConnectionPool(self.url, min_size=min_size, max_size=max_size, kwargs={"autocommit": True},
                                    configure=_configure, reset=_reset, timeout=wait, open=False,
                                    name="sahelwatch-serve")
        try:
            self._pool.open(wait=True, timeout=wait)
        except psycopg.Error as e:
            self._pool.close()
            raise StoreError(f"{shown_url(self.url)}: cannot open a connection pool: {str(e).strip()}") from None

    @property
    def size(self) -> tuple[int, int]:
        return self._pool.min_size, self._pool.max_size

    def _get(self):
        from psycopg_pool import PoolTimeout

        try:
            return self._pool.getconn(timeout=self.wait)
        except PoolTimeout:
            log.warning("every pooled connection was busy for %.1fs", self.wait)
            raise PoolExhausted(f"every database connection stayed busy for {self.wait:g}s; retry shortly") from None

    @contextlib.contextmanager
    def store(self) -> Iterator[PgStore]:
        """A read-only store over a pooled connection, for the length of the block."""
        raw = self._get()
        try:
            yield PgStore(self.url, read_only=True, connection=_Pooled(self.url, raw))
        finally:
            self._pool.putconn(raw)

    def signature(self) -> str:
        """The server's current snapshot: changes whenever a writing transaction begins or commits. Read on a
        connection of its own (one statement at a time), so it never waits behind the pool's long queries.

        Callers at once share reads: each gets the result of a read that began after it called (so it sees every
        commit made before it asked), but however many ask during one read, one more read serves them all (under
        load every request had queued for a round trip of its own, twice with the access check's)."""
        with self._sig_turn:
            target = self._sig_started + 1  # the first read that begins after this call
            while self._sig_done < target:
                if self._sig_busy:
                    self._sig_turn.wait()
                    continue
                self._sig_busy = True
                self._sig_started += 1
                mine = self._sig_started
                self._sig_turn.release()
                try:
                    value = self._read_signature()
                finally:
                    self._sig_turn.acquire()
                    self._sig_busy = False
                    self._sig_turn.notify_all()
                self._sig_value, self._sig_done = value, mine
            return self._sig_value

    def _read_signature(self) -> str:
        return self._on_own_connection(lambda con: con.execute("SELECT pg_current_snapshot()::text").fetchone()[0],
                                       "reading the change signature")

    def notify(self, channel: str, payload: str) -> None:
        """``pg_notify(channel, payload)`` on the signature's connection (a listener's barrier, store/pg_notices.py)."""
        self._on_own_connection(lambda con: con.execute("SELECT pg_notify(%s, %s)", [channel, payload]),
                                "sending a notice")

    def _on_own_connection(self, run, what: str):
        """``run(connection)`` on the pool's own connection (one statement at a time), opened if need be."""
        import psycopg

        with self._sig_lock:
            try:
                if self._sig is None or self._sig.closed:
                    self._sig = psycopg.connect(self.url, autocommit=True)
                return run(self._sig)
            except psycopg.OperationalError as e:  # a dropped connection: the next call opens a new one
                if self._sig is not None:
                    self._sig.close()
                self._sig = None
                raise StoreError(f"{shown_url(self.url)}: {what} failed: {str(e).strip()}") from None

    def close(self) -> None:
        self._pool.close()
        with self._sig_lock:
            if self._sig is not None:
                self._sig.close()
                self._sig = None
