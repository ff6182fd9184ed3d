"""The pool's change signature on a real PostgreSQL database: callers at once share reads, and each still gets a read
that began after it asked (so it sees every commit made before)."""

from __future__ import annotations

import threading

from tests.api.conftest import new_backend_db, wait_until
from tests.api.test_stale_answers_after_a_write import _write


def test_callers_during_one_read_share_the_next_and_a_write_before_asking_is_always_seen(tmp_path, request):
    from sahelwatch.store.pg_pool import PgPool

    db = new_backend_db("postgresql", tmp_path, request)
    pool = PgPool(db, min_size=1, max_size=2)
    try:
        before = pool.signature()
        _write(db, tmp_path, "W-1")
        after_first = pool.signature()
        assert after_first != before  # a commit made before the call is seen

        reads, first_started, release_first = [], threading.Event(), threading.Event()
        real = pool._read_signature

        def counted():
            reads.append(threading.current_thread().name)
            if len(reads) == 1:
                first_started.set()
                release_first.wait()
            return real()

        pool._read_signature = counted
        results = {}

        def call(name):
            results[name] = pool.signature()

        leader = threading.Thread(target=call, args=("leader",), name="leader")
        leader.start()
        assert first_started.wait(60)
        _write(db, tmp_path, "W-2")  # committed while the first read is under way, before the others ask
        others = [threading.Thread(target=call, args=(f"c{i}",), name=f"c{i}") for i in range(5)]
        for t in others:
            t.start()
        wait_until(lambda: len(pool._sig_turn._waiters) >= 5, "the five callers to wait for the read under way")
        release_first.set()
        for t in [leader, *others]:
            t.join(60)
        assert len(reads) == 2  # six callers, two reads: the first, and one begun after the five asked
        assert len({results[f"c{i}"] for i in range(5)}) == 1
        assert results["c0"] != after_first  # the five saw the write made before they asked
    finally:
        pool.close()
