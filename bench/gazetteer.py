"""Benchmark: Gazetteer.find_in_text against one big regex alternation of the same names.

Texts are the French gold dev set (real news-style reports) and the English ACLED Mali
notes. The gazetteer has learned the ACLED file, as the extractor's would from a store.
The baseline, measured in the same run on the same texts, is the usual quick approach:
one compiled regular expression ``\\b(name1|name2|...)\\b`` over the folded text, longest
names first, with no ranking and no candidates. Both are timed after a warm-up.

Target: under 2 ms per 1,000 characters (the extractor's budget is ~100 documents/s for
everything), and no slower than the regex baseline.

    python bench/gazetteer.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

import pandas as pd

from sahelwatch.geo.gazetteer import Gazetteer, fold

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
ACLED = DATA / "acled" / "acled_mali_dyadic_1997-2018.csv"
GOLD = DATA / "gold" / "fr_news_dev.jsonl"


def texts() -> list[str]:
    out = [json.loads(line)["text"] for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    out += [t for t in pd.read_csv(ACLED, index_col=0)["notes"].dropna()]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args(argv)
    for p in (ACLED, GOLD):
        if not p.exists():
            print(f"missing: ../shared/data/{p.relative_to(DATA)}", file=sys.stderr)
            return 2
    docs = texts()
    chars = sum(len(t) for t in docs)

    t0 = time.perf_counter()
    gaz = Gazetteer.default()
    load_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    gaz.learn(pd.read_csv(ACLED, index_col=0).assign(source="acled"))
    learn_s = time.perf_counter() - t0

    names = sorted({fold(n) for p in gaz.places for n in p.names if len(fold(n)) >= 3}, key=len, reverse=True)
    t0 = time.perf_counter()
    rx = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")
    compile_s = time.perf_counter() - t0

    def run_ours() -> int:
        return sum(len(gaz.find_in_text(t)) for t in docs)

    def run_regex() -> int:
        return sum(len(rx.findall(fold(t))) for t in docs)

    run_ours(), run_regex()  # warm-up: caches of folded tokens, regex internals
    ours = min(_time(run_ours) for _ in range(args.repeat))
    base = min(_time(run_regex) for _ in range(args.repeat))
    ms_ours = ours / chars * 1e6
    ms_base = base / chars * 1e6
    print(f"documents: {len(docs)}, characters: {chars:,}, gazetteer entries: {len(gaz):,}, names: {len(names):,}")
    print(f"load {load_s:.2f} s, learn {learn_s:.2f} s, regex compile {compile_s:.2f} s")
    print(f"find_in_text: {ms_ours:.3f} ms per 1,000 chars ({run_ours()} mentions, ranked candidates)")
    print(f"regex alternation baseline: {ms_base:.3f} ms per 1,000 chars ({run_regex()} matches, no candidates)")
    print(f"ratio find_in_text / baseline: {ours / base:.2f}")
    print(f"target < 2 ms per 1,000 chars: {'met' if ms_ours < 2 else 'MISSED'}")
    return 0


def _time(fn) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


if __name__ == "__main__":
    sys.exit(main())
