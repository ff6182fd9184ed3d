"""Reading the database file without holding it.

DuckDB lets one process hold a file for writing, and a reader in another process makes a writer's open
fail. So the server opens a short-lived read-only connection for each request and closes it before
answering; while a writer holds the file, it retries for ``busy_wait`` seconds and then answers 503.
Answers are cached under the file's signature (size and modification time of the file and its WAL), so
a repeated request does not touch the file at all, and an ingest from another process is seen at the next
request without a restart.

A burst of requests shares one read-only open, each request on a cursor of its own: the store is kept for
``hold`` seconds after a request in case another follows, never for more than ``max_hold`` seconds in all,
and is then left closed between requests for ``rest`` seconds, so a writer in another process (which retries
while readers hold the file) always gets a window. While the store is held no writer can change the file, so
it never shows stale data.

On a PostgreSQL database (:class:`PgDatabase`) readers never block writers: each request borrows a
read-only store from a connection pool (:mod:`sahelwatch.store.pg_pool`), and answers are cached under
the server's snapshot, which changes whenever a writing transaction begins or commits.
"""

from __future__ import annotations

import gzip
import logging
import threading
import time
from collections import OrderedDict
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

from starlette.requests import Request
from starlette.responses import Response

from ..errors import SahelwatchError, StoreError

log = logging.getLogger(__name__)

#: gzip level of the answers: 6 compresses the map's boundaries (378 KB) to 93.0 KB in about 50 ms where
#: Starlette's default, 9, takes about 250 ms for 92.6 KB (measured 2026-12-06 on the loaded 2-core machine)
GZIP_LEVEL = 6


class DatabaseBusy(SahelwatchError):
    """Another process holds the database file for writing."""

    http_status = 503


def _is_lock_error(e: Exception) -> bool:
    text = str(e).lower()
    # the second: this process holds a read-write open (an audit entry being written, api/auth.py)
    return ("lock" in text and ("conflicting" in text or "could not set" in text)) or "different configuration" in text


class Database:
    """The database file the server reads, opened per request."""

    def __init__(self, path: Path | str, *, busy_wait: float = 5.0, cache_size: int = 256,
                 hold: float = 0.25, max_hold: float = 2.0, rest: float = 0.5):
        self.path = Path(path)
        self.busy_wait = busy_wait
        self.hold, self.max_hold, self.rest = hold, max_hold, rest
        self._cache: OrderedDict = OrderedDict()
        self._cache_size = cache_size
        self._lock = threading.Lock()
        self._pending: dict = {}  # (signature, key) -> _Pending, while one request computes it
        self._held_lock = threading.Lock()  # guards the held store, its users and its clock
        self._held = None
        self._users = 0  # requests on a cursor of the held store now
        self._draining = False  # a read-write open in this process waits for the held store to close
        self._held_since = self._last_use = self._rest_until = 0.0

    def signature(self) -> tuple:
        """What changes whenever a writer commits: size and mtime of the file and of its WAL."""
        sig = []
        for p in (self.path, self.path.with_name(self.path.name + ".wal")):
            try:
                st = p.stat()
                sig.append((st.st_size, st.st_mtime_ns))
            except FileNotFoundError:
                sig.append(None)
        return tuple(sig)

    def _open(self):
        """A read-only store; retries while a writer holds the file."""
        from ..store import open_store

        deadline = time.monotonic() + self.busy_wait
        delay = 0.02
        while True:
            try:
                return open_store(self.path, read_only=True)
            except StoreError as e:
                if not _is_lock_error(e):
                    raise
                if time.monotonic() >= deadline:
                    log.warning("database busy for %.1fs: %s", self.busy_wait, e)
                    raise DatabaseBusy(f"the database is being written by another process (for more than "
                                       f"{self.busy_wait:g}s); retry shortly") from None
                time.sleep(delay)
                delay = min(delay * 2, 0.25)

    @contextmanager
    def store(self) -> Iterator:
        """A read-only store for one request: a cursor of the held store (opened if need be) while it has
        been held for less than ``max_hold``, else one of its own. Requests at once share the held file open,
        each on a cursor of its own (no file open, no lock between them)."""
        shared = None
        if self.hold > 0:
            with self._held_lock:
                now = time.monotonic()
                if self._held is None and now >= self._rest_until and not self._draining:
                    self._held = self._open()
                    self._held_since = time.monotonic()
                if (self._held is not None and not self._draining
                        and time.monotonic() - self._held_since <= self.max_hold):
                    shared = self._held.sibling()
                    self._users += 1
        if shared is not None:
            try:
                yield shared
            finally:
                shared.close()
                self._done_with_held()
            return
        store = self._open()
        try:
            yield store
        finally:
            store.close()

    def _done_with_held(self) -> None:
        with self._held_lock:
            self._users -= 1
            self._last_use = now = time.monotonic()
            if self._users == 0 and (self._draining or now - self._held_since > self.max_hold):
                self._release(rest=not self._draining)
                return
        timer = threading.Timer(self.hold, self._close_if_idle)
        timer.daemon = True
        timer.start()

    def _release(self, rest: bool) -> None:
        self._held.close()
        self._held = None
        self._draining = False
        if rest:
            self._rest_until = time.monotonic() + self.rest

    def _close_if_idle(self) -> None:
        with self._held_lock:
            if (self._held is not None and self._users == 0
                    and time.monotonic() - self._last_use >= self.hold * 0.9):
                self._release(rest=False)

    def release(self) -> None:
        """Close the held store (before a read-write open in this process, and at shutdown): at once when no
        request is using it, else when the last one is done; no new request joins it meanwhile."""
        with self._held_lock:
            if self._held is None:
                return
            if self._users == 0:
                self._release(rest=False)
            else:
                self._draining = True

    close = release

    def cached_json(self, key: tuple, compute: Callable, request: Request | None = None) -> Response:
        """A route's whole answer, ``compute(store)`` (a public schema), cached as its JSON bytes and, when
        large, those bytes gzipped: a repeated request skips the model's validation, its encoding and its
        compression (the bytes are those FastAPI and its gzip middleware would write)."""
        return self.cached_body(("json", *key), lambda store: compute(store).model_dump_json().encode(), request)

    def cached_body(self, key: tuple, compute: Callable, request: Request | None = None,
                    media_type: str = "application/json", headers: dict | None = None) -> Response:
        """An answer's bytes, ``compute(store)``, cached with their gzip when large (see :meth:`cached_json`)."""
        def packed(store) -> tuple[bytes, bytes | None]:
            body = compute(store)
            return body, gzip.compress(body, compresslevel=GZIP_LEVEL, mtime=0) if len(body) >= 1024 else None

        body, gz = self.cached(key, packed)
        if gz is not None and request is not None and "gzip" in request.headers.get("accept-encoding", ""):
            return Response(gz, media_type=media_type,
                            headers={**(headers or {}), "Content-Encoding": "gzip", "Vary": "Accept-Encoding"})
        return Response(body, media_type=media_type, headers=headers)

    def cached(self, key: tuple, compute: Callable) -> object:
        """``compute(store)`` for ``key``, reused while the database is unchanged. Requests that miss the same
        key at once compute it once: the others wait for that answer (or its error)."""
        full = (self.signature(), key)
        with self._lock:
            if full in self._cache:
                self._cache.move_to_end(full)
                return self._cache[full]
            pending = self._pending.get(full)
            mine = pending is None
            if mine:
                pending = self._pending[full] = _Pending()
        if not mine:
            return pending.result()
        try:
            with self.store() as store:
                value = compute(store)
        except BaseException as e:
            with self._lock:
                self._pending.pop(full, None)
            pending.finish(error=e)
            raise
        with self._lock:
            self._cache[full] = value
            while len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
            self._pending.pop(full, None)
        pending.finish(value=value)
        return value


class _Pending:
    """An answer being computed by one request, which others missing the same key wait for."""

    def __init__(self):
        self._done = threading.Event()
        self._value = self._error = None

    def finish(self, value=None, error: BaseException | None = None) -> None:
        self._value, self._error = value, error
        self._done.set()

    def result(self):
        self._done.wait()
        if self._error is not None:
            raise self._error
        return self._value


class PgDatabase(Database):
    """A PostgreSQL database the server reads: a read-only store from a connection pool per request,
    answers cached under the server's snapshot."""

    def __init__(self, url: str, *, busy_wait: float = 5.0, cache_size: int = 256, pool_size: int = 8):
        from ..store.pg_pool import PgPool

        super().__init__(url, busy_wait=busy_wait, cache_size=cache_size, hold=0)
        self.path = url  # a Path would fold the URL's two slashes
        self.pool = PgPool(url, min_size=min(2, pool_size), max_size=pool_size, wait=busy_wait)

    def signature(self) -> tuple:
        return (self.pool.signature(),)

    def store(self):
        """A read-only store over a pooled connection, for one request."""
        return self.pool.store()

    def release(self) -> None:
        """Nothing is held between requests (readers do not block writers on PostgreSQL)."""

    def close(self) -> None:
        self.pool.close()


def open_database(db: Path | str, *, busy_wait: float = 5.0, pool_size: int = 8) -> Database:
    """The server's reader of ``db``: a DuckDB file, or a ``postgresql://`` URL."""
    from ..store import is_url
    from ..store.postgres import normalise_url

    if is_url(db):
        return PgDatabase(normalise_url(db), busy_wait=busy_wait, pool_size=pool_size)
    return Database(db, busy_wait=busy_wait)
