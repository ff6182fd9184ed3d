"""While another process holds the DuckDB file, a request that must wait for it (no copy of the file's state to
read yet) waits without holding what the other requests need: a computing slot, or the lock of the copy between
its tries. Behaviour on a real store held by a real second process; no timing."""

from __future__ import annotations

import pytest

from tests.api.conftest import held_by_another_process
from tests.api.test_stale_answers_after_a_write import _write


def test_a_request_waiting_for_the_file_holds_no_computing_slot_nor_the_copy_lock(tmp_path):
    from sahelwatch.api.db import COMPUTE_SLOTS, DatabaseBusy, open_database

    db = str(tmp_path / "store.duckdb")
    _write(db, tmp_path, "H-1")
    database = open_database(db, busy_wait=0.3)  # never stale: a miss after a write waits for the new state
    try:
        assert database.cached(("before",), lambda store: store.events.count()) == 1
        _write(db, tmp_path, "H-2")  # the server's copy is now older than the file
        seen = []
        wait_busy = database._wait_busy

        def pause(error, deadline, delay):  # between two tries of a copy, while the other process holds the file
            free = database._snap_lock.acquire(timeout=5)  # held by this very thread: not free after 5 s
            if free:
                database._snap_lock.release()
            seen.append((free, database._asking, database._slots._value))
            return wait_busy(error, deadline, delay)

        database._wait_busy = pause
        with held_by_another_process(db):
            with pytest.raises(DatabaseBusy):
                database.cached(("after",), lambda store: store.events.count())
        assert seen, "the request never waited for the file"
        assert all(free for free, _, _ in seen), "the copy lock was held over the pause between tries"
        assert all(asking == 0 and slots == COMPUTE_SLOTS for _, asking, slots in seen), \
            "a computing slot was held while waiting for the file"
        del database._wait_busy
        assert database.cached(("after",), lambda store: store.events.count()) == 2  # the writer gone: the new state
    finally:
        database.close()
