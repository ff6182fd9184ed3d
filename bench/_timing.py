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


def environment(*packages: str) -> str:
    """One line naming what a figure depends on beyond the code: Python, the given packages' versions and the CPU.

    A ratio measured on one machine and package set may not hold on another (the spaCy baseline's speed, for one,
    moves with thinc, NumPy and the CPU), so each benchmark prints this beside its figures.
    """
    import importlib.metadata as md
    import platform

    versions = []
    for name in packages:
        try:
            versions.append(f"{name} {md.version(name)}")
        except md.PackageNotFoundError:
            versions.append(f"{name} (not installed)")
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            cpu = next((line.split(":", 1)[1].strip() for line in fh if line.startswith("model name")), cpu)
    except OSError:
        pass
    return f"Python {platform.python_version()}, " + ", ".join(versions) + f"; CPU {cpu}"
