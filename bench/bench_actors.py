"""Actor resolution and target derivation speed, as ratios to baselines measured in the same run.

Run: ``python bench/bench_actors.py`` from the project root. Needs ../shared/data (skips files
that are missing). Prints, for each step, its time and its ratio to a baseline:

* resolving every distinct actor string of the real exports (plus generated ACLED-style
  variants, a few thousand strings in all) with a cold resolver, then warm, against a plain
  dict lookup of the same strings (the cheapest conceivable resolver);
* derive_targets over every ACLED row, against one vectorised regex pass over the notes.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

import pandas as pd

from sahelwatch.actors import Resolver, derive_targets, load_registry, split_actor_cell

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
FILES = {
    "acled/acled_mali_dyadic_1997-2018.csv": ["actor1", "assoc_actor_1", "actor2", "assoc_actor_2"],
    "acled/acled_mali_monadic_2017-2018.csv": ["actor1", "assoc_actor_1"],
    "acled/acled_legacy_2016_mali.csv": ["ACTOR1", "ALLY_ACTOR_1", "ACTOR2", "ALLY_ACTOR_2"],
    "ucdp/ged231_global_sample_1000.csv": ["side_a", "side_b"],
}


def _timed(fn, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def main() -> None:
    names: set[str] = set()
    frames = {}
    for rel, cols in FILES.items():
        path = DATA / rel
        if not path.is_file():
            print(f"skip (missing): {rel}")
            continue
        df = pd.read_csv(path)
        frames[rel] = df
        for c in cols:
            for cell in df[c].dropna():
                names.update(split_actor_cell(cell))
    if not names:
        print("no data: nothing to measure")
        return
    # ACLED-style variants, to reach the few thousand distinct strings a store holds
    countries = ["Mali", "Burkina Faso", "Niger", "Mauritania", "Chad", "Nigeria", "Guinea", "Senegal"]
    for c in countries:
        for y in range(1990, 2026, 3):
            names.add(f"Military Forces of {c} ({y}-{y + 4})")
            names.add(f"Police Forces of {c} ({y}-) Gendarmerie")
        for g in ("Civilians", "Protesters", "Rioters", "Unidentified Armed Group", "Women", "Students"):
            names.add(f"{g} ({c})")
        for v in range(40):
            names.add(f"Village{v} Communal Militia ({c})")
    distinct = sorted(names)
    print(f"{len(distinct)} distinct actor strings")

    reg = load_registry()
    table = {n: a.id for a in reg for n in (*a.names, *a.aliases)}
    baseline = _timed(lambda: [table.get(n) for n in distinct])

    def cold():
        Resolver(reg).resolve_many(distinct)

    warm_resolver = Resolver(reg)
    warm_resolver.resolve_many(distinct)
    t_cold = _timed(cold)
    t_warm = _timed(lambda: warm_resolver.resolve_many(distinct))
    print(f"dict lookup baseline: {baseline * 1e3:8.2f} ms")
    print(f"resolve_many cold:    {t_cold * 1e3:8.2f} ms   ratio {t_cold / baseline:8.1f}x baseline")
    print(f"resolve_many warm:    {t_warm * 1e3:8.2f} ms   ratio {t_warm / baseline:8.1f}x baseline")

    dyadic = frames.get("acled/acled_mali_dyadic_1997-2018.csv")
    if dyadic is not None:
        rx = re.compile(r"presum\w*|suspect\w*|claim\w*", re.IGNORECASE)
        base2 = _timed(lambda: dyadic["notes"].fillna("").str.contains(rx))
        t2 = _timed(lambda: derive_targets(dyadic), repeat=2)
        print(f"one regex over notes: {base2 * 1e3:8.2f} ms  ({len(dyadic)} rows)")
        print(f"derive_targets:       {t2 * 1e3:8.2f} ms   ratio {t2 / base2:8.1f}x baseline "
              f"({len(dyadic) / t2:,.0f} rows/s)")


if __name__ == "__main__":
    main()
