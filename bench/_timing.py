"""Timing shared by the benchmarks: the best of several runs, since the machine is shared."""

from __future__ import annotations

import time


def best_of(fn, runs: int, setup=None):
    """(best time in s, result of the last run) of ``runs`` calls of ``fn``.

    ``setup``, when given, runs before each call, outside the timer, and its value is ``fn``'s argument.
    """
    times, result = [], None
    for _ in range(runs):
        args = () if setup is None else (setup(),)
        t = time.perf_counter()
        result = fn(*args)
        times.append(time.perf_counter() - t)
    return min(times), result
