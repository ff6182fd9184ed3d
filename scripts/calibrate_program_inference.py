"""How often ``programs evaluate`` finds an effect where there is none, on a real admin2-month series.

Fictional programs (5 random admin2 units, a random start month in the given years) get no effect; the
script reports the share whose p-value is below 0.05 and whose interval covers zero, for the wild
bootstrap and for the placebos in space of the staggered DiD, the share failing the pre-trend test, and
the share of synthetic controls with p < 0.05. The figures in docs/programs.md come from:

    python scripts/calibrate_program_inference.py DB --programs 60 --seed 7

where DB holds the HDX Mali admin2-month aggregates (``sahelwatch --db DB ingest WORKBOOK``).
"""

from __future__ import annotations

import argparse

import numpy as np

from sahelwatch.programs.did import NEVER, staggered_did
from sahelwatch.programs.evaluate import estimate
from sahelwatch.programs.outcomes import outcome_panel
from sahelwatch.programs.synth import synthetic_control
from sahelwatch.store import open_store


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("db")
    ap.add_argument("--programs", type=int, default=60)
    ap.add_argument("--areas", type=int, default=5)
    ap.add_argument("--first-year", type=int, default=2012)
    ap.add_argument("--last-year", type=int, default=2018)
    ap.add_argument("--synth", type=int, default=40, help="how many of the programs also get a synthetic control")
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    with open_store(a.db, read_only=True) as store:
        panel, y = outcome_panel(store, source="hdx", outcome="events")
    rng = np.random.default_rng(a.seed)
    first = int((np.datetime64(f"{a.first_year}-01", "M") - panel.months[0]).astype(int))
    last = int((np.datetime64(f"{a.last_year}-12", "M") - panel.months[0]).astype(int))
    n = a.programs
    boot_rej = boot_cov = ri_rej = ri_cov = pre_fail = syn_rej = 0
    for k in range(n):
        units = rng.choice(len(panel.unit_ids), a.areas, replace=False)
        start = int(rng.integers(first, last + 1))
        g = np.full(y.shape[0], NEVER, dtype=np.int64)
        g[units] = start
        b = staggered_did(y, g, boot=499, seed=k)
        r = estimate(y, panel.unit_ids, {panel.unit_ids[u]: start for u in units}, seed=k)
        boot_rej += b.p_value < 0.05
        boot_cov += b.ci_low <= 0 <= b.ci_high
        ri_rej += r["placebo_space"]["p_value"] < 0.05
        ri_cov += r["placebo_space"]["ci_low"] <= 0 <= r["placebo_space"]["ci_high"]
        pre_fail += b.pre_trend_p is not None and b.pre_trend_p < 0.05
        if k < a.synth:
            syn_rej += synthetic_control(y[units].mean(axis=0), np.delete(y, units, axis=0), start).p_value < 0.05
    print(f"{n} fictional programs of {a.areas} units, no effect, starts {a.first_year}-{a.last_year} (seed {a.seed})")
    print(f"  DiD, wild bootstrap:      p < 0.05 in {boot_rej}/{n}, interval covers 0 in {boot_cov}/{n}")
    print(f"  DiD, placebos in space:   p < 0.05 in {ri_rej}/{n}, interval covers 0 in {ri_cov}/{n}")
    print(f"  pre-trend test fails in {pre_fail}/{n}")
    print(f"  synthetic control: p < 0.05 in {syn_rej}/{min(n, a.synth)}")


if __name__ == "__main__":
    main()
