"""What a long-running reader (the API server) knows of a PostgreSQL database's commits without asking it.

Every table of the store notifies its committed writes on :data:`~.pg_schema.CHANGE_CHANNEL` (a statement trigger
installed by the migrations, :data:`~.pg_schema.EXTRAS`; the payload is the table's name). :class:`PgChangeListener`
keeps one connection of its own that ``LISTEN``\\ s on that channel, on a thread, and counts the notices by the kind
of table they name (the caller's ``kind_of``). PostgreSQL delivers a notice at the commit, only to the listeners of
the same database, in the order the transactions committed, and never one of a rolled back transaction.

:meth:`PgChangeListener.generation` is what a cache of answers is keyed on: ``(epoch, count)`` of one kind of
table, read from memory. It is None, and the caller must ask the database itself, whenever the listener cannot
vouch for it:

- before the first ``LISTEN`` and while the connection is lost: notices are not delivered to a closed connection,
  so a commit made meanwhile would go unseen. Each new connection starts a new epoch, so no value of before the
  loss is ever current again (answers kept then are computed again: the resync);
- when the listener has not proved its connection alive for ``trust`` seconds: every ``beat`` seconds it notifies
  itself on the channel and counts itself alive when that notice comes back, so a connection that died without a
  word (or a thread starved of the CPU) is trusted for at most ``trust`` seconds.

A gate (:class:`Gate`) makes one fact exact without a round trip: that a table is empty (for the server: that there
is no account, the open mode). While the table is empty the listener holds an advisory lock shared on its own
connection, and every insert into the table first takes that lock exclusively (a trigger), so no row can be committed
while a listener still says "empty". Once a beat the listener looks for an insert waiting on the lock; it then stops
saying "empty" and only then lets the lock go, and after the next notice of the table's kind it takes the lock again
and counts the rows under it. :meth:`PgChangeListener.gate_open` is True only while the lock is held, nothing is
known to have changed since the count, the trigger is in force (``Gate.armed_sql``, checked at the count and at each
beat: a trigger dropped or disabled closes the gate within a beat, and one that does not fire under
``session_replication_role = replica`` never opens it), and the listener vouches for its counts (so a lost
connection, which loses the lock, closes the gate at once, and a listener not proved alive lately closes it too).
The listener's statements wait at most :data:`LOCK_TIMEOUT` for a table lock, so its count never deadlocks with a
transaction that locked the table and then inserts into it: it gives way and counts again at the next beat.

A commit is counted once its notice is read (PostgreSQL sends it at the commit; the thread reads it at once).
:meth:`PgChangeListener.barrier` waits for that: it notifies a token of its own through another connection and
waits for it to come back, after which every commit made before the call has been counted (notices arrive in
commit order).
"""

from __future__ import annotations

import itertools
import logging
import os
import threading
import time
from dataclasses import dataclass
from typing import Callable

from .pg_schema import CHANGE_CHANNEL
from .postgres import shown_url

log = logging.getLogger(__name__)

#: seconds between the listener's notices to itself (and the longest it waits for a notice at once)
BEAT = 1.0
#: seconds after its last notice to itself came back that the listener is still trusted
TRUST = 5.0
#: the most seconds between two tries to connect again after the connection was lost
RETRY_MAX = 5.0
#: the most seconds one try to connect may take (:meth:`PgChangeListener.close` waits longer than that)
CONNECT_TIMEOUT = 3
#: the longest the listener's statements wait for a table lock (its count of the gate's table): one that waits behind
#: a transaction which locked the table and then inserts into it (and so waits for the gate) gives way, not deadlocks
LOCK_TIMEOUT = "200ms"
#: the payloads of the listeners' own notices start with these (a table's name never holds a colon)
_BEAT, _SYNC = "beat:", "sync:"


@dataclass(frozen=True)
class Gate:
    """An exact "the table is empty", kept by the listener (see the module's text): ``key`` the advisory lock every
    insert into the table takes exclusively (a trigger), ``kind`` the kind of table (``kind_of``) whose notices mean
    the rows may have changed, ``count_sql`` the statement that counts them, ``armed_sql`` a boolean statement: whether
    that trigger is in force (None: taken as always). The gate says "empty" only while it is, checked at each count
    and at each beat, so a trigger dropped or disabled closes the gate within a beat."""

    key: int
    kind: str
    count_sql: str
    armed_sql: str | None = None

    def waiting_sql(self) -> str:
        """Whether a transaction of this database waits for the lock (a bigint key shows as classid, objid, 1)."""
        return ("SELECT EXISTS (SELECT 1 FROM pg_locks WHERE locktype = 'advisory' AND NOT granted "
                "AND database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
                f"AND classid::bigint = {self.key >> 32} AND objid::bigint = {self.key & 0xFFFFFFFF} "
                "AND objsubid = 1)")


class PgChangeListener:
    """One ``LISTEN`` connection to the database at ``url`` on a thread of its own, counting the notices of commits
    by ``kind_of(table)`` (None: not counted), and keeping ``gate`` if given; see the module's text. ``clock``
    (seconds, monotonic) measures the trust window; tests give their own."""

    def __init__(self, url: str, kind_of: Callable[[str], str | None], *, beat: float = BEAT, trust: float = TRUST,
                 clock: Callable[[], float] = time.monotonic, gate: Gate | None = None):
        self.url, self.kind_of, self.gate = url, kind_of, gate
        self._gate_held = False  # the listening connection holds the gate's lock shared (the listening thread's)
        self._gate_empty = False  # ... and counted no row under it, and no notice of the kind came since
        self._gate_count = True  # the rows are to be counted (again) under the lock, at the next beat
        self._gate_said: set[str] = set()  # the reasons the gate cannot open that were logged (each once)
        self._beats_back = 0  # the listener's own notices that came back, over all its connections
        self.beat, self.trust, self._clock = beat, trust, clock
        self._live: tuple | None = None  # (epoch, {kind: count}) while listening; None while not
        self._counts: dict[str, int] = {}  # never reset: the epoch tells connections apart
        self._epoch = 0
        self._alive_at = float("-inf")  # when (clock) the listener's own notice last came back
        self._backend_pid: int | None = None  # the server process of the listening connection
        self._tokens = itertools.count(1)
        self._waiting: dict[str, threading.Event] = {}  # barrier tokens sent, not yet back
        self._waiting_lock = threading.Lock()
        self._listening = threading.Event()  # set while listening, cleared on a loss
        self._closed = False
        self._con = None
        self._thread = threading.Thread(target=self._run, name="sahelwatch-change-listener", daemon=True)
        self._thread.start()

    # ------------------------------------------------------------------ readers (any thread, the event loop too)
    def generation(self, kind: str) -> tuple | None:
        """``(epoch, notices of tables of kind)`` while the listener vouches for it (listening, and proved alive
        within ``trust`` seconds), else None: ask the database."""
        live = self._live
        if live is None or self._clock() - self._alive_at > self.trust:
            return None
        return live[0], live[1].get(kind, 0)

    def gate_open(self) -> bool:
        """Whether the gate's table is empty, exactly (no row can be committed meanwhile: the lock is held), while the
        listener vouches for its counts; False whenever it cannot say (then ask the database)."""
        return self._gate_empty and self.gate is not None and self.generation(self.gate.kind) is not None

    def wait_listening(self, timeout: float) -> bool:
        """Wait up to ``timeout`` seconds for the listener to listen; whether it does."""
        return self._listening.wait(timeout)

    @property
    def backend_pid(self) -> int | None:
        """The server process of the listening connection (None while not listening)."""
        return self._backend_pid if self._live is not None else None

    def barrier(self, send: Callable[[str, str], None], timeout: float) -> bool:
        """Wait until every commit made before this call is counted: ``send(channel, payload)`` notifies a token of
        this call through another connection, and the call returns once the listener has read it (notices arrive in
        commit order). False, at once or after ``timeout`` seconds, when the listener cannot vouch for its counts
        (not listening, or lost meanwhile): the caller asks the database itself."""
        if self._live is None:
            return False
        token = f"{_SYNC}{os.getpid()}:{id(self)}:{next(self._tokens)}"
        back = threading.Event()
        with self._waiting_lock:
            self._waiting[token] = back
        try:
            send(CHANGE_CHANNEL, token)
            return back.wait(timeout) and self._live is not None
        finally:
            with self._waiting_lock:
                self._waiting.pop(token, None)

    def close(self) -> None:
        self._closed = True
        self._thread.join(max(self.beat * 2, CONNECT_TIMEOUT) + 1)

    # ------------------------------------------------------------------ the listening thread
    def _connect(self):
        import psycopg

        # keepalives and a user timeout: a connection that died without a word fails its next send within seconds
        con = psycopg.connect(self.url, autocommit=True, keepalives=1, keepalives_idle=5, keepalives_interval=2,
                              keepalives_count=3, tcp_user_timeout=int(self.trust * 1000),
                              connect_timeout=CONNECT_TIMEOUT)  # a blocked connect ends within close()'s wait
        con.execute(f"SET lock_timeout = '{LOCK_TIMEOUT}'")
        con.execute(f"LISTEN {CHANGE_CHANNEL}")
        return con

    def _run(self) -> None:
        import psycopg

        delay = 0.05
        while not self._closed:
            try:
                self._con = self._connect()
            except psycopg.Error as e:
                log.warning("%s: cannot listen for the database's changes (the server asks it at each request "
                            "meanwhile; tried again in %.1f s): %s", shown_url(self.url), delay, str(e).strip())
                time.sleep(delay)
                delay = min(delay * 2, RETRY_MAX)
                continue
            beats = self._beats_back
            try:
                self._listen()
            except psycopg.Error as e:
                if not self._closed:
                    log.warning("%s: the connection listening for the database's changes was lost (the server asks "
                                "the database at each request until it listens again): %s", shown_url(self.url),
                                str(e).strip())
            finally:
                self._lost()
            if self._beats_back > beats:  # the connection was proved alive: a loss, tried again at once
                delay = 0.05
            elif not self._closed:  # it failed before it ever worked: tried again later and later
                time.sleep(delay)
                delay = min(delay * 2, RETRY_MAX)

    def _listen(self) -> None:
        """Listen on the connection just opened (``LISTEN`` is in force: every later commit's notice will come) until
        it fails or the listener closes."""
        con = self._con
        self._backend_pid = con.info.backend_pid
        self._epoch += 1
        self._alive_at = self._clock()
        self._live = (self._epoch, dict(self._counts))
        self._listening.set()
        beat = itertools.count(1)
        self._gate_held, self._gate_empty, self._gate_count = False, False, True  # a new connection holds no lock
        while not self._closed:
            con.execute("SELECT pg_notify(%s, %s)", [CHANGE_CHANNEL, f"{_BEAT}{self._backend_pid}:{next(beat)}"])
            if self.gate is not None:
                self._keep_gate(con)
            for notice in con.notifies(timeout=self.beat):
                self._read(notice)

    def _keep_gate(self, con) -> None:
        """Once a beat: give way to an insert waiting for the gate's lock (no longer "empty", then the lock let go);
        count the rows under the lock when they may have changed (held while there is none, let go otherwise)."""
        import psycopg

        gate = self.gate
        if self._gate_held:
            waiting, armed = con.execute(f"SELECT ({gate.waiting_sql()}), ({gate.armed_sql or 'SELECT true'})"
                                         ).fetchone()
            if waiting or not armed:
                self._gate_empty = False  # first: from now on the callers ask the database
                con.execute("SELECT pg_advisory_unlock_shared(%s)", [gate.key])
                self._gate_held, self._gate_count = False, True
                if not armed:
                    self._say("its trigger is no longer in force")
                return  # the insert's commit is counted after its notice
        if not self._gate_count:
            return
        if not self._gate_held:
            if not con.execute("SELECT pg_try_advisory_lock_shared(%s)", [gate.key]).fetchone()[0]:
                return  # an insert holds or waits for the lock: counted at a later beat, after its commit
            self._gate_held = True
        try:
            rows = con.execute(gate.count_sql).fetchone()[0]
            if rows == 0 and gate.armed_sql is not None and not con.execute(gate.armed_sql).fetchone()[0]:
                self._say("its trigger is missing or does not fire always (the database needs `migrate`?)")
                rows = None
        except psycopg.errors.UndefinedTable:  # a database not migrated yet: never "empty", counted again next beat
            rows = None
        except (psycopg.errors.LockNotAvailable, psycopg.errors.InsufficientPrivilege) as e:
            # the table locked by a transaction that may insert into it next (give way), or not readable by this
            # role: never "empty", counted again next beat
            self._say(str(e).strip().splitlines()[0] if e.sqlstate == "42501" else "")
            rows = None
        self._gate_count = rows is None
        if rows == 0:
            self._gate_empty = True
        else:
            con.execute("SELECT pg_advisory_unlock_shared(%s)", [gate.key])
            self._gate_held = False

    def _say(self, reason: str) -> None:
        """Log once why the gate stays closed (each request asks the database): a lasting reason, not a passing
        one (empty)."""
        if reason and reason not in self._gate_said:
            self._gate_said.add(reason)
            log.warning("%s: the open mode is not granted from memory (each request asks the database for the "
                        "accounts): %s", shown_url(self.url), reason)

    def _read(self, notice) -> None:
        payload = notice.payload
        if payload.startswith(_BEAT):
            if notice.pid == self._backend_pid:
                self._alive_at = self._clock()
                self._beats_back += 1
            return
        if payload.startswith(_SYNC):
            with self._waiting_lock:
                back = self._waiting.get(payload)
            if back is not None:
                back.set()
            return
        kind = self.kind_of(payload)
        if self.gate is not None and kind == self.gate.kind:
            self._gate_empty, self._gate_count = False, True  # the rows may have changed: counted again
        if kind is not None:
            self._counts[kind] = self._counts.get(kind, 0) + 1
            self._live = (self._epoch, dict(self._counts))

    def _lost(self) -> None:
        self._gate_empty = False  # first: the lock went with the connection
        self._live = None  # from now on the callers ask the database
        self._listening.clear()
        with self._waiting_lock:  # the barriers waiting give up at once
            for back in self._waiting.values():
                back.set()
        if self._con is not None:
            self._con.close()
            self._con = None
