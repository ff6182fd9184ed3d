"""Reading the database file without holding it.

DuckDB lets one process hold a file for writing, and a reader in another process makes a writer's open
fail. So the server opens a short-lived read-only connection for each request and closes it before
answering; while a writer holds the file, it retries for ``busy_wait`` seconds and then answers 503.
Answers are cached under the file's signature (size and modification time of the file and its WAL), so
a repeated request does not touch the file at all, and an ingest from another process is seen at the next
request without a restart.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

from ..errors import SahelwatchError, StoreError

log = logging.getLogger(__name__)


class DatabaseBusy(SahelwatchError):
    """Another process holds the database file for writing."""

    http_status = 503


def _is_lock_error(e: Exception) -> bool:
    text = str(e).lower()
    # the second: this process holds a read-write open (an audit entry being written, api/auth.py)
    return ("lock" in text and ("conflicting" in text or "could not set" in text)) or "different configuration" in text


class Database:
    """The database file the server reads, opened per request."""

    def __init__(self, path: Path | str, *, busy_wait: float = 5.0, cache_size: int = 256):
        self.path = Path(path)
        self.busy_wait = busy_wait
        self._cache: OrderedDict = OrderedDict()
        self._cache_size = cache_size
        self._lock = threading.Lock()

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

    @contextmanager
    def store(self) -> Iterator:
        """A read-only store, closed on exit; retries while a writer holds the file."""
        from ..store import open_store

        deadline = time.monotonic() + self.busy_wait
        delay = 0.02
        while True:
            try:
                store = open_store(self.path, read_only=True)
                break
            except StoreError as e:
                if not _is_lock_error(e):
                    raise
                if time.monotonic() >= deadline:
                    log.warning("database busy for %.1fs: %s", self.busy_wait, e)
                    raise DatabaseBusy(f"the database is being written by another process (for more than "
                                       f"{self.busy_wait:g}s); retry shortly") from None
                time.sleep(delay)
                delay = min(delay * 2, 0.25)
        try:
            yield store
        finally:
            store.close()

    def cached(self, key: tuple, compute: Callable) -> object:
        """``compute(store)`` for ``key``, reused while the file is unchanged."""
        full = (self.signature(), key)
        with self._lock:
            if full in self._cache:
                self._cache.move_to_end(full)
                return self._cache[full]
        with self.store() as store:
            value = compute(store)
        with self._lock:
            self._cache[full] = value
            while len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)
        return value
