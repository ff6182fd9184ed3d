"""Benchmark the dashboard queries of sahelwatch.analytics on 1,000,000 synthetic events.

The events replicate the real ACLED Mali file (``../shared/data/acled/``, read in
place) with new ids, dates jittered by up to +/- 2 years and coordinates by up to
+/- 0.3 degrees. Each query runs ``--repeat`` times; the script prints the median
time of the sahelwatch function and of the same aggregation written as a plain
pandas groupby in the same run, and their ratio (sahelwatch / pandas). The
sahelwatch functions do more than the baseline (complete period grids, civilian
shares, the Gi* statistic and FDR, reasons for alerts); the ratio shows what that costs.

    .venv/bin/python bench/analytics.py [--events 1000000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
ACLED = ROOT.parent / "shared" / "data" / "acled" / "acled_mali_dyadic_1997-2018.csv"

TARGET = {7: "civilians", 1: "security_forces", 8: "security_forces", 2: "armed_group", 3: "armed_group",
          4: "armed_group"}


def synthetic_events(n: int, seed: int = 0) -> pd.DataFrame:
    raw = pd.read_csv(ACLED)
    raw = raw.drop(columns=[c for c in raw.columns if c.startswith("Unnamed")])
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, len(raw), n)
    base = raw.iloc[idx].reset_index(drop=True)
    dates = pd.to_datetime(base["event_date"]) + pd.to_timedelta(rng.integers(-730, 731, n), unit="D")
    lat = base["latitude"].to_numpy() + rng.uniform(-0.3, 0.3, n)
    lon = base["longitude"].to_numpy() + rng.uniform(-0.3, 0.3, n)
    return pd.DataFrame({
        "event_id": [f"bench:{i}" for i in range(n)],
        "event_date": dates.dt.date,  # as the store hands dates over (datetime.date objects)
        "iso3": base["iso3"], "admin1": base["admin1"], "admin2": base["admin2"],
        "latitude": lat, "longitude": lon,
        "event_type": base["event_type"], "fatalities_best": base["fatalities"],
        "target_category": base["inter2"].map(TARGET).fillna("none"),
        "priogrid_gid": (np.floor((lat + 90) / 0.5) * 720 + np.floor((lon + 180) / 0.5) + 1).astype("int64"),
    })


def median_time(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args(argv)
    if not ACLED.exists():
        print(f"shared data missing: {ACLED.relative_to(ROOT.parent)}", file=sys.stderr)
        return 2
    from sahelwatch.analytics.alerts import surge_alerts
    from sahelwatch.analytics.hotspots import getis_ord, kernel_density
    from sahelwatch.analytics.trends import trends

    t0 = time.perf_counter()
    df = synthetic_events(args.events)
    print(f"built {len(df):,} synthetic events in {time.perf_counter() - t0:.1f} s")
    as_of = pd.Timestamp("2018-06-30")

    def pandas_trends():
        d = pd.to_datetime(df["event_date"])
        return df.groupby([d.dt.to_period("M"), df["event_type"]]).agg(
            events=("event_id", "size"), fatalities=("fatalities_best", "sum"))

    def pandas_surges():
        d = pd.to_datetime(df["event_date"])
        last = df[(d > as_of - pd.Timedelta(days=7)) & (d <= as_of)].groupby(["admin1", "admin2"]).size()
        base = df[(d > as_of - pd.Timedelta(days=35)) & (d <= as_of - pd.Timedelta(days=7))].groupby(
            ["admin1", "admin2"]).size()
        both = pd.concat([last.rename("last"), base.rename("base")], axis=1).fillna(0)
        return both[(both["last"] >= 3) & (both["last"] >= both["base"] / 2)]

    def pandas_cells():
        return df.groupby("priogrid_gid").size()

    def pandas_density():
        return np.histogram2d(df["latitude"], df["longitude"], bins=[200, 250])

    queries = [
        ("trends (month x event type)", lambda: trends(df, freq="month", by="event_type"), pandas_trends),
        ("surge alerts (admin2)", lambda: surge_alerts(df, as_of), pandas_surges),
        ("hotspots (Gi* on PRIO-GRID, BH FDR)", lambda: getis_ord(df), pandas_cells),
        ("kernel density (0.1 deg, 25 km)", lambda: kernel_density(df), pandas_density),
    ]
    print(f"{'query':40s} {'sahelwatch':>12s} {'pandas':>10s} {'ratio':>7s}   (median of {args.repeat})")
    for name, ours, baseline in queries:
        t_ours = median_time(ours, args.repeat)
        t_base = median_time(baseline, args.repeat)
        print(f"{name:40s} {t_ours:10.3f} s {t_base:8.3f} s {t_ours / t_base:7.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
