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

After a write, an answer computed before it may be served for at most ``max_stale`` seconds (0, the default of
:func:`open_database`, never), marked stale (the header ``X-Sahelwatch-Stale`` and the field ``stale``), while one
background refresher computes the most recently used answers again for the new signature; a request sent with
``Cache-Control: no-cache`` always gets a fresh answer (ADR 0007).

On a PostgreSQL database (:class:`PgDatabase`) readers never block writers: each request borrows a
read-only store from a connection pool (:mod:`sahelwatch.store.pg_pool`), and answers are cached under
a count of the database's notices of commits, which a connection of the server listens for
(:mod:`sahelwatch.store.pg_notices`), or, while that listener cannot vouch for it, under the server's snapshot.
"""

from __future__ import annotations

import contextvars
import datetime as dt
import gzip
import logging
import threading
import time
from collections import OrderedDict
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterator

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from ..errors import SahelwatchError, StoreError

log = logging.getLogger(__name__)

#: gzip level of the answers: 6 compresses the map's boundaries (378 KB) to 93.0 KB in about 50 ms where
#: Starlette's default, 9, takes about 250 ms for 92.6 KB (measured 2026-12-06 on the loaded 2-core machine)
GZIP_LEVEL = 6
#: the response header that marks an answer computed before the last write the server has seen
STALE_HEADER = "X-Sahelwatch-Stale"
#: the most recently used answers the background refresher computes again after a write
REFRESH_RECENT = 160
#: the most the answers one server process keeps may weigh, by default (``serve --cache-mb``)
CACHE_BYTES = 256 * 2**20
#: answers computed at once by one server process (the others that miss wait their turn): as many as PostgreSQL's
#: default pool has connections; the SQL of each runs outside the GIL, so two had left the opening burst's misses
#: queued behind each other (bench/README.md, Load)
COMPUTE_SLOTS = 8
#: a DuckDB file at most this large (with its WAL) is read from an in-memory copy (about its size in memory, twice
#: while a newer copy is made), so that no read waits for another process's hold of the file (ADR 0007), by default
#: (``serve --copy-mb``; 0: never a copy)
SNAPSHOT_MAX_BYTES = 256 * 2**20


@dataclass
class RequestState:
    """What one request asked of the cache and got from it (set by the application's middleware)."""

    fresh: bool = False  # the client sent Cache-Control: no-cache: never a stale answer
    stale: list = field(default_factory=list)  # the Staleness of each stale answer the request used


@dataclass(frozen=True)
class Staleness:
    """An answer served after a write it does not show: since when (UTC) the server has seen that write, how
    many seconds ago, and the most it will serve such an answer for."""

    since: dt.datetime
    age: float
    max_seconds: float

    def header(self) -> str:
        return f"age={self.age:.1f}; max={self.max_seconds:g}; since={self.since.isoformat(timespec='seconds')}"

    def field(self) -> bytes:
        return (b'"stale":{"since":"' + self.since.isoformat(timespec="seconds").encode()
                + b'","max_seconds":' + f"{self.max_seconds:g}".encode() + b"}")


_REQUEST: contextvars.ContextVar[RequestState | None] = contextvars.ContextVar("sahelwatch_request", default=None)
#: (the Database, the signature of what it reads) of the answer being computed on this thread (see Database.shared)
_COMPUTING: contextvars.ContextVar[tuple | None] = contextvars.ContextVar("sahelwatch_computing", default=None)


def begin_request(fresh: bool) -> RequestState:
    """The cache's view of the request being served (the worker thread of a sync route shares this object)."""
    state = RequestState(fresh=fresh)
    _REQUEST.set(state)
    return state


def mark_stale(body: bytes, stale: Staleness) -> bytes:
    """``body`` (a JSON object) with the field ``stale`` first."""
    if not body.startswith(b"{"):
        return body
    return b"{" + stale.field() + (b"," if body[1:].lstrip() != b"}" else b"") + body[1:]


def _weight(value, depth: int = 0) -> int:
    """About how many bytes a kept answer holds: its bytes, strings and numbers, walked through tuples, lists, dicts
    and objects' attributes (a few levels deep; deeper parts count a fixed 64 bytes); pandas objects by their deep
    memory use, arrays and Arrow tables by their buffers."""
    if isinstance(value, (bytes, str)):
        return 48 + len(value)
    if value is None or isinstance(value, (int, float, bool)):
        return 24
    if depth < 6 and isinstance(value, (tuple, list, set, frozenset)):
        return 56 + sum(8 + _weight(v, depth + 1) for v in value)
    if depth < 6 and isinstance(value, dict):
        return 64 + sum(_weight(k, depth + 1) + _weight(v, depth + 1) for k, v in value.items())
    usage = getattr(value, "memory_usage", None)
    if callable(usage) and hasattr(value, "index"):  # a pandas DataFrame (a Series per column) or Series (an int)
        used = usage(deep=True)
        return 64 + int(used.sum() if hasattr(used, "sum") else used)
    nbytes = getattr(value, "nbytes", None)  # numpy arrays, Arrow arrays and tables
    if isinstance(nbytes, int):
        return 64 + nbytes
    if depth < 6 and hasattr(value, "__dict__"):
        return 64 + _weight(vars(value), depth + 1)
    if depth < 6 and hasattr(value, "__slots__"):
        return 64 + sum(_weight(getattr(value, s, None), depth + 1) for s in value.__slots__)
    return 64


class _Entry:
    """The last answer computed for one key: under which signature, and how to compute it again."""

    __slots__ = ("sig", "value", "compute", "fresh_only", "marked", "weight")

    def __init__(self, sig, value, compute, fresh_only: bool):
        self.sig, self.value, self.compute, self.fresh_only = sig, value, compute, fresh_only
        self.marked = None  # (since, body, gzip) of the stale-marked answer, made once per write
        self.weight = _weight(value)


def _unread_by_answers(table: str) -> bool:
    """The tables no cached answer reads, left out of a copy's digest: the audit log and its head in ``store_meta``
    (the server writes them itself; ``store_meta`` holds only the store's own bookkeeping), the accounts (a sign-in
    writes its one-time-code step or a rehashed password there; only the access check's account count reads them,
    kept with each copy, see :meth:`Database.account_count`) and the case records (read, access-checked, per
    request)."""
    return table in ("audit_log", "store_meta", "users") or table.startswith("hr_")


class _Snapshot:
    """An in-memory copy of the whole DuckDB file: ``sig`` the digest of its tables the answers read, ``stat`` the
    file's size and mtime when it was copied, ``accounts`` how many accounts it holds. Readers take cursors of it."""

    def __init__(self, sig: tuple, stat: tuple, con, path: Path):
        self.sig, self.stat, self.con, self.path = sig, stat, con, path
        with self.store() as store:
            self.accounts = store.users.count()

    @contextmanager
    def store(self) -> Iterator:
        from ..store import Store

        store = Store(self.path, read_only=True, connection=self.con.cursor())
        try:
            yield store
        finally:
            store.close()


class DatabaseBusy(SahelwatchError):
    """Another process holds the database file for writing."""

    http_status = 503


class CopyFailed(StoreError):
    """The in-memory copy of a DuckDB file failed for another reason than another process's hold (out of memory, a
    damaged file): ``stat`` the file's stat then."""

    def __init__(self, path: Path, stat: tuple, error: Exception):
        super().__init__(f"{path}: cannot copy the database into memory ({type(error).__name__}: {error})")
        self.stat = stat


def _is_lock_error(e: Exception) -> bool:
    text = str(e).lower()
    # the others: this process holds a read-write open (an audit entry being written, api/auth.py)
    return (("lock" in text and ("conflicting" in text or "could not set" in text)) or "different configuration" in text
            or "file handle conflict" in text)


class Database:
    """The database file the server reads, opened per request."""

    def __init__(self, path: Path | str, *, busy_wait: float = 5.0, cache_bytes: int = CACHE_BYTES,
                 hold: float = 0.25, max_hold: float = 2.0, rest: float = 0.5, max_stale: float = 0.0,
                 refresh: bool = True, clock: Callable[[], float] = time.monotonic,
                 snapshot_max_bytes: int = SNAPSHOT_MAX_BYTES):
        self.path = Path(path)
        self.snapshot_max_bytes = snapshot_max_bytes
        self._snap: _Snapshot | None = None  # the in-memory copy the answers are computed from, if any
        self._snap_lock = threading.Lock()  # one copy at a time
        self._copy_failed = float("-inf")  # when (clock) a copy last found the file held by another process
        self._copy_broken: tuple | None = None  # the file's stat when a copy last failed otherwise (read the file)
        self.busy_wait = busy_wait
        self.hold, self.max_hold, self.rest = hold, max_hold, rest
        self.max_stale = max_stale
        self._clock = clock
        self._cache: OrderedDict = OrderedDict()  # key -> _Entry, the most recently used last
        self.cache_bytes = cache_bytes  # the most the kept answers may weigh (see _weight), least recently used out
        self._cache_weight = 0
        self._lock = threading.Lock()
        self._pending: dict = {}  # (signature, key) -> _Pending, while one request computes it
        self._sig_seen = None  # the last signature a request or the refresher read
        self._superseded: OrderedDict = OrderedDict()  # signature -> (clock, UTC) when a newer one was first seen
        self._refresh = refresh and max_stale > 0
        self._wake = threading.Condition(self._lock)  # the refresher waits on it for a new signature
        self._refresher: threading.Thread | None = None
        self._closed = False
        self._held_lock = threading.Condition()  # guards the held store, its users and its clock
        self._held = None
        self._users = 0  # requests on a cursor of the held store now
        self._draining = False  # a read-write open in this process waits for the held store to close
        self._held_since = self._last_use = self._rest_until = 0.0
        self._closer: threading.Thread | None = None  # the one idle checker of the held store
        self._gz_memo: dict[bytes, bytes] = {}
        # computations at once: each holds the GIL for most of its time, so more of them only slow down each other
        # and the event loop serving cached answers (ADR 0007)
        self._slots = threading.BoundedSemaphore(COMPUTE_SLOTS)
        self._demand = threading.Condition()  # guards _asking: requests' computations waiting or running
        self._asking = 0

    def signature(self) -> tuple:
        """What the cached answers are keyed on. A file read from an in-memory copy: a digest of the copy's tables
        the answers read (every table but the audit log, the store's bookkeeping and the case records), so a
        write that changes none of them (the server's own audit entries) changes nothing; while the file has changed
        since the copy and no new copy can be made yet (another process holds the file, or another thread is
        copying it), ``("changing", <file stat>)``. A larger file: the size and mtime of the file and its WAL,
        which change whenever a writer commits."""
        stat = self._file_stat()
        if not self._snapshot_wanted(stat):
            return stat
        snap = self._snap
        if snap is None or snap.stat != stat:
            snap = self._snapshot(wait=False)
        if snap is not None and snap.stat == stat:
            return snap.sig
        if not self._snapshot_wanted(stat):
            return stat  # the copy failed (see _snapshot): this state is read from the file itself
        return ("changing", stat)

    def _file_stat(self) -> tuple:
        """The size and mtime of the file and of its WAL: they change whenever a writer commits."""
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
                delay = self._wait_busy(e, deadline, delay)

    def _wait_busy(self, error: StoreError, deadline: float, delay: float) -> float:
        """After ``error``, another process's hold of the file: :class:`DatabaseBusy` past ``deadline``, else a pause
        of ``delay`` seconds; the next pause."""
        if time.monotonic() >= deadline:
            log.warning("database busy for %.1fs: %s", self.busy_wait, error)
            raise DatabaseBusy(f"the database is being written by another process (for more than "
                               f"{self.busy_wait:g}s); retry shortly") from None
        time.sleep(delay)
        return min(delay * 2, 0.25)

    def _snapshot_wanted(self, stat: tuple | None = None) -> bool:
        """Whether the file is small enough to be read from an in-memory copy (``snapshot_max_bytes``), and its
        copy did not fail in this state of the file (see :meth:`_snapshot`)."""
        if self.snapshot_max_bytes <= 0:
            return False
        stat = stat or self._file_stat()
        return sum(part[0] for part in stat if part is not None) <= self.snapshot_max_bytes and stat != self._copy_broken

    def account_count(self) -> int:
        """How many accounts the database holds, for the access check (never a stale answer). A file read from its
        copy: the count of the last state this server can read, a new copy tried at once whenever the file has
        changed (without the pause of ``rest`` after a try that found the file held), so during another process's
        hold it is the count of before the hold, and the first request after the hold reads the new one. Else read
        again after each write (cached under the signature)."""
        if self._snapshot_wanted():
            snap = self._snapshot(wait=False, retry=True)
            if snap is not None:
                return snap.accounts
        return self.cached(("accounts",), lambda store: store.users.count(), fresh_only=True)

    def account_count_now(self) -> int | None:
        """:meth:`account_count` when it needs no read and no wait (the in-memory copy is that of the file as it is
        now: two ``stat`` calls), so the access check can be decided on the event loop; else None."""
        snap = self._snap
        if snap is None:
            return None
        stat = self._file_stat()
        if snap.stat == stat and self._snapshot_wanted(stat):
            return snap.accounts
        return None

    def _snapshot(self, *, wait: bool, retry: bool = False) -> _Snapshot | None:
        """The in-memory copy of the file as it is now, made now if the file changed since the last one. Without
        ``wait``, while another process holds the file (or another thread is copying it) the older copy is returned
        as it is, never waited for (with ``retry``, one try at once whatever the last one found); with ``wait``, the
        copy is retried for up to ``busy_wait`` seconds, then :class:`DatabaseBusy`. None: no copy (the file has grown
        past ``snapshot_max_bytes``, or its copy failed)."""
        snap = self._snap
        if snap is not None and (snap.stat == self._file_stat() or (not wait and not retry and not self._copy_due())):
            return snap
        if not self._snapshot_wanted():
            return None
        deadline = time.monotonic() + self.busy_wait
        delay = 0.02
        while True:
            # ``_snap_lock`` is held for one try of a copy, never over the pause between tries: the other readers
            # waiting for the file try in turn (or find the copy one of them made) instead of queueing behind one
            if not self._snap_lock.acquire(blocking=wait or retry or snap is None):
                return snap  # another thread is copying: the older copy meanwhile
            try:
                current = self._snap
                if current is not None and current.stat == self._file_stat():
                    return current
                try:
                    fresh = self._copy()
                except CopyFailed as e:
                    # not another process's hold (memory, a damaged file): this state of the file is read from the
                    # file itself, each request opening it as a larger file's are; the next write tries a copy again
                    self._copy_broken, self._snap = e.stat, None
                    log.warning("%s; reading the file itself until it changes", e)
                    return None
                except StoreError as e:
                    if not _is_lock_error(e):
                        raise
                    self._copy_failed = self._clock()
                    error = e
                else:
                    return self._install(current, fresh)
            finally:
                self._snap_lock.release()
            if snap is not None and not wait:
                return snap  # a writer holds the file: the older copy, never a wait
            delay = self._wait_busy(error, deadline, delay)

    def _install(self, older: _Snapshot | None, fresh: _Snapshot | None) -> _Snapshot | None:
        """``fresh`` as the copy the answers are read from (with ``_snap_lock`` held); None: the file is now too
        large for a copy."""
        if fresh is None:
            return None
        with self._lock:
            if older is not None and fresh.sig == older.sig:
                self._unchanged(fresh.sig)
            else:
                self._saw(fresh.sig)
        self._snap = fresh  # the older copy goes when its last cursor closes (closing it would close them)
        return fresh

    def _unchanged(self, sig) -> None:
        """A new copy whose tables are those of the last one (with ``_lock`` held): the answers of ``sig`` are current
        again, and the ``changing`` signatures seen meanwhile are old."""
        if self._sig_seen != sig and sig in self._superseded:
            now = (self._clock(), dt.datetime.now(dt.timezone.utc))
            if self._sig_seen is not None:
                self._superseded.setdefault(self._sig_seen, now)
            del self._superseded[sig]
            self._sig_seen = sig

    def _copy_due(self) -> bool:
        """Whether a reader that may use an older copy tries to make a new one now: not within ``rest`` seconds of
        a try that found the file held by another process."""
        return self._clock() - self._copy_failed >= self.rest

    def _copy(self) -> _Snapshot | None:
        """A new in-memory copy of the file, with the file's stat while it is attached (a writer cannot change it
        then) and the digest of its tables the answers read; a lock error as a StoreError; None when the file is
        now too large."""
        import duckdb

        from ..settings import get_settings
        from ..store.duckdb_store import session_settings
        from ..store.migrations import MIGRATIONS

        con = duckdb.connect(":memory:")
        try:
            session_settings(con, get_settings().threads)  # those of the store's own opens
            try:
                con.execute("ATTACH ? AS source_file (READ_ONLY)", [str(self.path)])
            except duckdb.Error as e:
                raise StoreError(f"{self.path}: cannot open the database: {e}") from None
            stat = self._file_stat()
            if sum(part[0] for part in stat if part is not None) > self.snapshot_max_bytes:
                con.close()
                return None
            try:
                have = con.execute("SELECT coalesce(max(version), 0) FROM source_file.schema_migrations"
                                   ).fetchall()[0][0]
                if have == MIGRATIONS[-1][0]:
                    con.execute("COPY FROM DATABASE source_file TO memory")
                    con.execute("DETACH source_file")
                    tables = [n for (n,) in con.execute(
                        "SELECT table_name FROM duckdb_tables() WHERE database_name = 'memory' ORDER BY table_name"
                    ).fetchall() if not _unread_by_answers(n)]
                    digest = tuple(sorted(con.execute(" UNION ALL ".join(  # sorted: UNION ALL keeps no order
                        f"SELECT '{n}', count(*), coalesce(sum(hash(t)), 0) FROM \"{n}\" t" for n in tables)).fetchall()))
            except duckdb.Error as e:
                raise CopyFailed(self.path, stat, e) from None
            if have != MIGRATIONS[-1][0]:
                raise StoreError(f"{self.path}: the database has schema version {have}, this sahelwatch reads "
                                 f"{MIGRATIONS[-1][0]} (open it once without read-only, or upgrade sahelwatch)")
        except BaseException:
            con.close()
            raise
        return _Snapshot(("tables", digest), stat, con, self.path)

    @contextmanager
    def _reader(self, sig, may_stale: bool, bounded: bool = True) -> Iterator[tuple]:
        """(the signature of what it reads, a read-only store) for one computation at ``sig``: the in-memory copy
        when the file is small enough (the one ``sig`` names, else a new one; with ``may_stale``, the older copy while
        a writer holds the file, within ``max_stale`` of the write unless not ``bounded``), else the file itself."""
        if self._snapshot_wanted():
            snap = self._snap
            if snap is None or snap.sig != sig:
                snap = self._snapshot(wait=False) if may_stale else None
                if snap is not None and bounded and snap.sig != sig:
                    with self._lock:
                        seen = self._superseded.get(snap.sig)
                        if seen is not None and self._clock() - seen[0] > self.max_stale:
                            snap = None
                if snap is None:
                    snap = self._snapshot(wait=True)
            if snap is not None:
                with snap.store() as store:
                    yield snap.sig, store
                return
        with self.store() as store:
            yield sig, store

    @contextmanager
    def store(self) -> Iterator:
        """A read-only store for one request: a cursor of the held store (opened if need be) while it has
        been held for less than ``max_hold``, else one of its own. Requests at once share the held file open,
        each on a cursor of its own (no file open, no lock between them). A file small enough is read from an
        in-memory copy brought up to date first (see :meth:`_reader`)."""
        if self._snapshot_wanted():
            snap = self._snapshot(wait=True)
            if snap is not None:
                with snap.store() as store:
                    yield store
                return
        shared = None
        if self.hold > 0:
            with self._held_lock:
                now = time.monotonic()
                if self._held is None and now >= self._rest_until and not self._draining:
                    self._held = self._open()
                    self._held_since = time.monotonic()
                    self._start_closer()
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
            elif self._users == 0:
                self._held_lock.notify()  # the idle checker closes it ``hold`` seconds from now if none follows

    def _start_closer(self) -> None:
        """The one thread that closes the held store once it has been idle for ``hold`` seconds (called with
        ``_held_lock`` held; a thread per request had been started on the hot path before)."""
        if self._closer is None:
            self._closer = threading.Thread(target=self._close_when_idle, name="sahelwatch-idle-store", daemon=True)
            self._closer.start()

    def _close_when_idle(self) -> None:
        with self._held_lock:
            while not self._closed:
                if self._held is None or self._users > 0:
                    self._held_lock.wait()
                    continue
                due = self._last_use + self.hold - time.monotonic()
                if due <= 0:
                    self._release(rest=False)
                else:
                    self._held_lock.wait(due)

    def _release(self, rest: bool) -> None:
        self._held.close()
        self._held = None
        self._draining = False
        if rest:
            self._rest_until = time.monotonic() + self.rest

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

    def close(self) -> None:
        """At shutdown: the refresher and the idle checker stop, the held store closes."""
        with self._lock:
            self._closed = True
            self._wake.notify_all()
        with self._held_lock:
            self._held_lock.notify_all()
        self.release()
        with self._snap_lock:
            self._snap = None

    def cached_json(self, key: tuple, compute: Callable, request: Request | None = None) -> Response:
        """A route's whole answer, ``compute(store)`` (a public schema), cached as its JSON bytes and, when
        large, those bytes gzipped: a repeated request skips the model's validation, its encoding and its
        compression (the bytes are those FastAPI and its gzip middleware would write)."""
        return self.cached_body(("json", *key), lambda store: compute(store).model_dump_json().encode(), request)

    def cached_body(self, key: tuple, compute: Callable, request: Request | None = None,
                    media_type: str = "application/json", headers: dict | None = None) -> Response:
        """An answer's bytes, ``compute(store)``, cached with their gzip when large (see :meth:`cached_json`).
        A stale answer (see :meth:`cached`) carries the header ``X-Sahelwatch-Stale`` and the field ``stale``."""
        def packed(store) -> tuple[bytes, bytes | None]:
            body = compute(store)
            return body, self._gzip(body)

        (body, gz), stale, entry = self._answer(key, packed)
        return self._response(key, body, gz, stale, entry, request, media_type, headers)

    async def json_answer(self, key: tuple, compute: Callable, request: Request) -> Response:
        """:meth:`cached_json` for an async route: an answer kept for the current state of the database is served on
        the event loop (no worker thread), anything else (a miss, a stale answer, a state to read) on a worker
        thread. The same bytes and headers either way."""
        return self.kept(("json", *key), request) or await run_in_threadpool(self.cached_json, key, compute, request)

    async def body_answer(self, key: tuple, compute: Callable, request: Request, media_type: str = "application/json",
                          headers: dict | None = None) -> Response:
        """:meth:`cached_body` for an async route (see :meth:`json_answer`)."""
        return (self.kept(key, request, media_type, headers)
                or await run_in_threadpool(self.cached_body, key, compute, request, media_type, headers))

    def kept(self, key: tuple, request: Request, media_type: str = "application/json",
             headers: dict | None = None) -> Response | None:
        """The answer :meth:`cached_body` would give for ``key`` when it is kept for the current state of the
        database and that state is known without a read or a wait (:meth:`current_signature`); else None."""
        entry = self._kept_entry(key)
        if entry is None:
            return None
        body, gz = entry.value
        return self._response(key, body, gz, None, entry, request, media_type, headers)

    async def value_answer(self, key: tuple, compute: Callable) -> object:
        """:meth:`cached` for an async route: a value kept for the current state of the database, known without a
        read or a wait, is returned on the event loop; anything else is computed (or served stale) on a worker
        thread."""
        entry = self._kept_entry(key)
        return entry.value if entry is not None else await run_in_threadpool(self.cached, key, compute)

    def _kept_entry(self, key: tuple) -> _Entry | None:
        """The cache's entry of ``key`` when it is kept for the current state of the database and that state is known
        without a read or a wait (:meth:`current_signature`); else None."""
        sig = self.current_signature()
        if sig is None:
            return None
        with self._lock:
            self._saw(sig)
            entry = self._cache.get(key)
            if entry is None or entry.sig != sig:
                return None
            self._cache.move_to_end(key)
        return entry

    def sync(self) -> bool:
        """Wait until every commit made before now is seen by the next request: nothing to wait for on a DuckDB file
        (each request reads its stat). True."""
        return True

    def current_signature(self) -> tuple | None:
        """:meth:`signature` when it needs neither a read nor a wait: the file's stat (a file read as it is, or one
        whose in-memory copy is that of the file as it is now); None when a copy is to be made or tried."""
        snap = self._snap
        stat = self._file_stat()
        if not self._snapshot_wanted(stat):
            return stat
        if snap is not None and snap.stat == stat:
            return snap.sig
        return None

    def _response(self, key: tuple, body: bytes, gz: bytes | None, stale: Staleness | None, entry: _Entry,
                  request: Request | None, media_type: str, headers: dict | None) -> Response:
        """The response of a cached answer's bytes (marked when ``stale``), gzipped when the client accepts it."""
        headers = dict(headers or {})
        if stale is not None:
            marked = entry.marked
            if marked is None or marked[0] != stale.since:  # made once per entry and write, not per request
                marked_body = mark_stale(body, stale)
                made = (stale.since, marked_body, self._gzip(marked_body) if gz is not None else None)
                with self._lock:  # another request may have made it meanwhile: its weight counted once
                    old = entry.marked
                    if old is None or old[0] != stale.since:
                        extra = _weight(made[1:]) - (_weight(old[1:]) if old is not None else 0)
                        entry.marked = made
                        entry.weight += extra
                        if self._cache.get(key) is entry:
                            self._cache_weight += extra
                    marked = entry.marked
            body, gz = marked[1], marked[2]
            headers[STALE_HEADER] = stale.header()
        return _encoded(body, gz, request, media_type, headers)

    def _gzip(self, body: bytes) -> bytes | None:
        """``body`` gzipped when it is 1 KB or more; a large body seen before (the map's boundaries, the same
        bytes across writes of events) is not compressed again."""
        if len(body) < 1024:
            return None
        big = len(body) >= 65536
        gz = self._gz_memo.get(body) if big else None
        if gz is None:
            gz = gzip.compress(body, compresslevel=GZIP_LEVEL, mtime=0)
            if big:
                if len(self._gz_memo) >= 8:
                    self._gz_memo.clear()
                self._gz_memo[body] = gz
        return gz

    def cached(self, key: tuple, compute: Callable, *, fresh_only: bool = False) -> object:
        """``compute(store)`` for ``key``, reused while the database is unchanged. Requests that miss the same
        key at once compute it once: the others wait for that answer (or its error).

        After a write, the answer computed before it is returned for at most ``max_stale`` seconds from the moment
        this server first saw the write, and recorded as stale on the request (see :class:`RequestState`), while
        the refresher computes it again; never when ``fresh_only`` (anything that decides access) or when the
        request asked for a fresh answer."""
        return self._answer(key, compute, fresh_only)[0]

    def _answer(self, key: tuple, compute: Callable, fresh_only: bool = False) -> tuple:
        """(value, its Staleness or None, its cache entry)."""
        sig = self.signature()
        state = _REQUEST.get()
        with self._lock:
            now = self._saw(sig)
            entry = self._cache.get(key)
            if entry is not None:
                self._cache.move_to_end(key)
                if entry.sig == sig:
                    return entry.value, None, entry
                stale = self._staleness(entry, now, fresh_only or (state is not None and state.fresh))
                if stale is not None:
                    if state is not None:
                        state.stale.append(stale)
                    return entry.value, stale, entry
        fresh = fresh_only or (state is not None and state.fresh)
        # an access decision (fresh_only) rests on the last state this server can read: while another process holds
        # the file, the copy of before its hold (never marked stale: nothing later is readable yet)
        may_stale = fresh_only or (not fresh and self.max_stale > 0)
        value, entry = self._compute(sig, key, compute, fresh_only, may_stale=may_stale)
        if entry.sig == sig:
            return value, None, entry
        with self._lock:  # computed from the in-memory copy of before a write another process is making
            stale = self._staleness(entry, self._clock(), fresh)
        if stale is not None and state is not None:
            state.stale.append(stale)
        return value, stale, entry

    def _saw(self, sig) -> float:
        """Note the signature just read (with ``_lock`` held): the first time a newer one is seen, the older one's
        answers start to age, and the refresher wakes."""
        now = self._clock()
        if sig != self._sig_seen and sig not in self._superseded:  # a late reader of an older signature changes nothing
            if self._sig_seen is not None:
                self._superseded.setdefault(self._sig_seen, (now, dt.datetime.now(dt.timezone.utc)))
                while len(self._superseded) > 256:
                    self._superseded.popitem(last=False)
            self._sig_seen = sig
            if self._refresh and not self._closed:
                if self._refresher is None:
                    self._refresher = threading.Thread(target=self._refresh_loop, name="sahelwatch-refresher",
                                                       daemon=True)
                    self._refresher.start()
                self._wake.notify()
        return now

    def _staleness(self, entry: _Entry, now: float, fresh: bool) -> Staleness | None:
        if fresh or entry.fresh_only or self.max_stale <= 0:
            return None
        seen = self._superseded.get(entry.sig)
        if seen is None or now - seen[0] > self.max_stale:
            return None
        return Staleness(since=seen[1], age=max(0.0, now - seen[0]), max_seconds=self.max_stale)

    def _compute(self, sig, key: tuple, compute: Callable, fresh_only: bool, may_stale: bool = False) -> tuple:
        """``compute(store)`` for ``key`` at ``sig``, once however many ask at once: (value, entry). With
        ``may_stale``, while another process holds the file, from the in-memory copy of before its write, within
        ``max_stale`` (the entry then has that copy's signature)."""
        def run() -> tuple:
            background = threading.current_thread() is self._refresher
            with ExitStack() as stack:
                # from a copy, the reader first (a wait for another process's hold, or the older copy), then a
                # computing slot: a request waiting for the file holds no slot, so other misses do not queue behind
                # its wait; from the file itself, the slot first, so no queued computation keeps the file from a writer
                copy = self._snapshot_wanted()
                if not copy:
                    stack.enter_context(self._turn(background))
                read, store = stack.enter_context(self._reader(sig, may_stale, bounded=not fresh_only))
                if copy:
                    stack.enter_context(self._turn(background))
                computing = _COMPUTING.set((self, read))
                try:
                    return read, compute(store)
                finally:
                    _COMPUTING.reset(computing)

        return self._once(sig, key, (sig, key, may_stale), run, lambda read, value: _Entry(read, value, compute,
                                                                                            fresh_only))

    def shared(self, key: tuple, store, compute: Callable) -> object:
        """``compute(store)`` shared by the answers computed from the same state of the database (called from an
        answer's computation, on its ``store``): computed once however many of them ask at once, and kept under the
        signature of what they read, weighed and dropped like the answers (the least recently used first), never
        served stale nor refreshed (the answers that read it are). It takes no computing slot: its caller holds one.
        Outside an answer's computation of this database, simply ``compute(store)``."""
        computing = _COMPUTING.get()
        if computing is None or computing[0] is not self:
            return compute(store)
        sig, key = computing[1], ("shared", *key)
        return self._once(sig, key, (sig, key, "shared"), lambda: (sig, compute(store)),
                          lambda read, value: _Entry(read, value, None, False))[0]

    def _once(self, sig, key: tuple, flight: tuple, run: Callable, entry_of: Callable) -> tuple:
        """(value, entry) of ``key`` at ``sig``: the kept one, else ``run()`` (the signature of what it read, the
        value) once however many ask at once (``flight`` names the computation they wait for), its entry
        (``entry_of(read, value)``) kept unless the cache has a newer one meanwhile."""
        with self._lock:
            entry = self._cache.get(key)
            if entry is not None and entry.sig == sig:
                self._cache.move_to_end(key)
                return entry.value, entry
            pending = self._pending.get(flight)
            mine = pending is None
            if mine:
                pending = self._pending[flight] = _Pending()
        if not mine:
            return pending.result()
        try:
            read, value = run()
        except BaseException as e:
            with self._lock:
                self._pending.pop(flight, None)
            pending.finish(error=e)
            raise
        entry = entry_of(read, value)
        with self._lock:
            current = self._cache.get(key)
            newer = current is not None and read in self._superseded and current.sig not in self._superseded
            if not newer:  # never replace a newer answer with this one (a slow compute begun before a write)
                self._keep(key, entry)
            self._pending.pop(flight, None)
        pending.finish(value=(value, entry))
        return value, entry

    @contextmanager
    def _turn(self, background: bool) -> Iterator[None]:
        """One of the ``COMPUTE_SLOTS`` for a computation. The refresher's (``background``) takes one only while no
        request's computation is waiting or running: the answers it refreshes are served stale meanwhile, so a
        request that has nothing to be served waits for nobody's refresh."""
        with self._demand:
            if background:
                while self._asking and not self._closed:
                    self._demand.wait(0.25)
            else:
                self._asking += 1
        try:
            with self._slots:
                yield
        finally:
            if not background:
                with self._demand:
                    self._asking -= 1
                    self._demand.notify_all()

    def _keep(self, key: tuple, entry: _Entry) -> None:
        """Keep ``entry`` as the most recently used (with ``_lock`` held), then drop the least recently used entries
        while the kept answers weigh more than ``cache_bytes`` (the newest is kept whatever its weight)."""
        old = self._cache.pop(key, None)
        if old is not None:
            self._cache_weight -= old.weight
        self._cache[key] = entry
        self._cache_weight += entry.weight
        while self._cache_weight > self.cache_bytes and len(self._cache) > 1:
            self._cache_weight -= self._cache.popitem(last=False)[1].weight

    def refresh(self) -> int:
        """Compute again, for the current signature, at most ``REFRESH_RECENT`` answers computed before it, each
        time the most recently used of those left (an answer requested while the refresher works moves ahead of
        the others: the order follows demand); how many were computed. The refresher calls it after each write."""
        sig = self.signature()
        with self._lock:
            self._saw(sig)
        done, tried = 0, set()
        while done < REFRESH_RECENT:
            if self._closed or self.signature() != sig:
                break  # another write: the next pass starts from the newest signature
            with self._lock:
                nxt = next(((k, e) for k, e in reversed(self._cache.items())
                            if e.sig != sig and k not in tried and e.compute is not None), None)  # not what is shared
            if nxt is None:
                break
            key, entry = nxt
            tried.add(key)
            try:
                self._compute(sig, key, entry.compute, entry.fresh_only)
            except Exception as e:  # noqa: BLE001 - a worker's boundary: one answer failing on the new data
                if getattr(e, "http_status", None) == 503:  # busy or unreachable: the whole pass is tried later
                    raise
                # (a program deleted, an analysis that no longer applies) must not stop the others' refresh: that
                # answer is dropped, logged, and the next request for it computes it and gets the error itself
                log.warning("refreshing a cached answer after a write failed; dropped: %r", e)
                with self._lock:
                    if self._cache.get(key) is entry:
                        self._cache_weight -= self._cache.pop(key).weight
            done += 1
        return done

    def _refresh_loop(self) -> None:
        """The background refresher: looks at the signature every second (requests also wake it), waits for a
        write to settle (the same signature twice ``rest`` seconds apart), then :meth:`refresh`."""
        refreshed = None
        while True:
            with self._lock:
                if self._sig_seen == refreshed and not self._closed:
                    self._wake.wait(1.0)
                if self._closed:
                    return
            try:
                sig = self.signature()
                with self._lock:
                    self._saw(sig)
                if sig == refreshed:
                    continue
                time.sleep(self.rest)
                if self.signature() != sig:
                    continue  # still being written
                started = time.monotonic()
                n = self.refresh()
                log.info("refreshed %d answers after a write in %.2fs", n, time.monotonic() - started)
                if self.signature() == sig:
                    refreshed = sig
            except SahelwatchError as e:  # busy or unreachable: the answers stay as they are, tried again later
                log.warning("refreshing the cached answers after a write failed (tried again in 1 s): %s", e)
                time.sleep(1.0)
            except Exception:  # noqa: BLE001 - the refresher must outlive any failure (a driver error, a pool
                # closing): logged with its traceback, and the answers stay as they are until the next pass
                log.exception("the refresher of cached answers failed (tried again in 1 s)")
                time.sleep(1.0)


def _encoded(body: bytes, gz: bytes | None, request: Request | None, media_type: str, headers: dict) -> Response:
    """The response of an answer's bytes, its gzip (made once, when it was kept) when the client accepts it."""
    if gz is not None and request is not None and "gzip" in request.headers.get("accept-encoding", ""):
        return Response(gz, media_type=media_type,
                        headers={**headers, "Content-Encoding": "gzip", "Vary": "Accept-Encoding"})
    return Response(body, media_type=media_type, headers=headers)


class FixedAnswers:
    """Answers that read nothing of the database and never change while the server runs (the actors' registry and
    the borders, read from files the package bundles): each computed once, on a worker thread, its bytes and their
    gzip then kept and served on the event loop. At most ``most`` are kept, the least recently used dropped first
    (a key may come from a query parameter)."""

    def __init__(self, most: int = 64):
        self.most = most
        self._kept: OrderedDict = OrderedDict()  # key -> (body, gzip or None)
        self._lock = threading.Lock()

    async def answer(self, key: tuple, compute: Callable[[], bytes], request: Request,
                     media_type: str = "application/json", headers: dict | None = None) -> Response:
        with self._lock:
            kept = self._kept.get(key)
            if kept is not None:
                self._kept.move_to_end(key)
        if kept is None:
            kept = await run_in_threadpool(self._compute, key, compute)
        return _encoded(*kept, request, media_type, dict(headers or {}))

    def _compute(self, key: tuple, compute: Callable[[], bytes]) -> tuple[bytes, bytes | None]:
        body = compute()
        kept = (body, gzip.compress(body, compresslevel=GZIP_LEVEL, mtime=0) if len(body) >= 1024 else None)
        with self._lock:
            self._kept[key] = kept
            self._kept.move_to_end(key)
            while len(self._kept) > self.most:
                self._kept.popitem(last=False)
        return kept


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


def _kind_of(table: str) -> str | None:
    """What a commit to ``table`` changes for the server (the kinds of PostgreSQL's change notices it counts): the
    account count of the access check (``users``, which no answer reads), the answers (every table they read), or
    nothing (the other tables of :func:`_unread_by_answers`)."""
    if table == "users":
        return "accounts"
    return None if _unread_by_answers(table) else "answers"


class PgDatabase(Database):
    """A PostgreSQL database the server reads: a read-only store from a connection pool per request, answers cached
    under a count of the database's notices of commits to the tables they read, known without a round trip
    (:class:`~sahelwatch.store.pg_notices.PgChangeListener`); while the listener cannot vouch for its count (not
    listening yet, its connection lost, not proved alive lately), under the server's snapshot, read at each request
    on a worker thread as before."""

    def __init__(self, url: str, *, busy_wait: float = 5.0, cache_bytes: int = CACHE_BYTES, pool_size: int = 8,
                 max_stale: float = 0.0, refresh: bool = True, clock: Callable[[], float] = time.monotonic):
        from ..store.pg_notices import Gate, PgChangeListener
        from ..store.pg_pool import PgPool
        from ..store.pg_schema import ACCOUNTS_GATE, ACCOUNTS_GATE_ARMED, SCHEMA

        super().__init__(url, busy_wait=busy_wait, cache_bytes=cache_bytes, hold=0, max_stale=max_stale,
                         refresh=refresh, clock=clock, snapshot_max_bytes=0)
        self.path = url  # a Path would fold the URL's two slashes
        self.pool = PgPool(url, min_size=min(2, pool_size), max_size=pool_size, wait=busy_wait)
        # the open mode (no account) is known exactly from memory: the listener holds the accounts' gate while there
        # is none, and the first account's insert waits for it to give way, while the gate's trigger is in force
        # (store/pg_notices.py)
        self.notices = PgChangeListener(url, _kind_of, gate=Gate(ACCOUNTS_GATE, "accounts",
                                                                 f"SELECT count(*) FROM {SCHEMA}.users",
                                                                 armed_sql=ACCOUNTS_GATE_ARMED))
        if not self.notices.wait_listening(busy_wait):  # the warm-up's answers are kept under the notices' count
            log.warning("not listening for the database's changes after %.1f s: each request asks the database for "
                        "its snapshot until it does", busy_wait)

    def signature(self) -> tuple:
        """``("notices", epoch, count)``: the count of notices of commits to the tables the answers read, once a
        request that demands a fresh answer has waited for every commit made before it to be counted (a barrier, a
        round trip); while the listener cannot vouch for its count, ``("snapshot", <the server's snapshot>)``, read
        (a round trip shared by the callers at once, :meth:`PgPool.signature`)."""
        state = _REQUEST.get()
        if state is None or not state.fresh or self.sync():
            sig = self._counted()
            if sig is not None:
                return sig
        return ("snapshot", self.pool.signature())

    def current_signature(self) -> tuple | None:
        """The count of notices when the listener vouches for it and the request does not demand a fresh answer
        (which waits for a barrier on a worker thread); else None."""
        state = _REQUEST.get()
        if state is not None and state.fresh:
            return None
        return self._counted()

    def _counted(self) -> tuple | None:
        generation = self.notices.generation("answers")
        return None if generation is None else ("notices", *generation)

    def sync(self) -> bool:
        """Wait until every commit made before now is counted (a notice of the server's own through the database,
        :meth:`PgChangeListener.barrier`); False when the listener cannot vouch for its count (the signature is then
        the server's snapshot, read at each request)."""
        return self.notices.barrier(self.pool.notify, self.busy_wait)

    def account_count(self) -> int:
        """How many accounts the database holds (never a stale answer), kept under the count of notices of commits to
        the accounts as well as under the signature (no answer reads the accounts, so their commits leave the answers
        current)."""
        if self.notices.gate_open():
            return 0
        sig = self.signature()
        accounts = self.notices.generation("accounts") if sig[0] == "notices" else None
        kept = None if accounts is None else self._kept_entry(("accounts", accounts))
        if kept is not None and kept.value == 0:
            # a kept 0 may predate the first account's commit, whose notice the listener has not read yet, and the
            # listener does not hold the accounts' gate (an insert is going through it, or it lost its connection):
            # the database itself says
            with self.store() as store:
                return store.users.count()
        return self.cached(("accounts", accounts), lambda store: store.users.count(), fresh_only=True)

    def account_count_now(self) -> int | None:
        """:meth:`account_count` when it is known without a read: 0 while the listener holds the accounts' gate (no
        account can be committed meanwhile: exact), a count above 0 kept for the current counts of notices; else
        None (:meth:`account_count` asks the database, on a worker thread)."""
        if self.notices.gate_open():
            return 0
        accounts = self.notices.generation("accounts")
        entry = None if accounts is None else self._kept_entry(("accounts", accounts))
        return None if entry is None or entry.value == 0 else entry.value

    def store(self):
        """A read-only store over a pooled connection, for one request."""
        return self.pool.store()

    def release(self) -> None:
        """Nothing is held between requests (readers do not block writers on PostgreSQL)."""

    def close(self) -> None:
        super().close()
        self.notices.close()
        self.pool.close()


def open_database(db: Path | str, *, busy_wait: float = 5.0, pool_size: int = 8, max_stale: float = 0.0,
                  refresh: bool = True, clock: Callable[[], float] = time.monotonic,
                  cache_bytes: int = CACHE_BYTES, snapshot_max_bytes: int = SNAPSHOT_MAX_BYTES) -> Database:
    """The server's reader of ``db``: a DuckDB file, or a ``postgresql://`` URL. ``max_stale`` > 0 lets an answer
    computed before a write be served, marked stale, for at most that many seconds after the server first saw
    the write, while a background refresher (unless ``refresh`` is false) computes the recent answers again;
    ``clock`` (seconds) measures that age (tests give their own). The answers kept weigh at most ``cache_bytes``.
    A DuckDB file of at most ``snapshot_max_bytes`` (0: none) is read from an in-memory copy."""
    from ..store import is_url
    from ..store.postgres import normalise_url

    if max_stale < 0:
        raise ValueError(f"max_stale must be 0 or more seconds, got {max_stale}")
    if cache_bytes < 0:
        raise ValueError(f"cache_bytes must be 0 or more, got {cache_bytes}")
    if snapshot_max_bytes < 0:
        raise ValueError(f"snapshot_max_bytes must be 0 or more, got {snapshot_max_bytes}")
    if is_url(db):
        return PgDatabase(normalise_url(db), busy_wait=busy_wait, pool_size=pool_size, max_stale=max_stale,
                          refresh=refresh, clock=clock, cache_bytes=cache_bytes)
    return Database(db, busy_wait=busy_wait, max_stale=max_stale, refresh=refresh, clock=clock, cache_bytes=cache_bytes,
                    snapshot_max_bytes=snapshot_max_bytes)
