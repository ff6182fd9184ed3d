"""Extraction throughput on Spark ``local[2]`` against the local engine, on the same input, in the same run.

    .venv/bin/python bench/spark_extract.py [--repeat 8] [--runs 2] [--master local[2]]

Input: the project's own invented reports (tests/scale/reports) and the shared French dev texts
(../shared/data/gold/fr_news_dev.jsonl, read here as input only) when present, repeated ``--repeat``
times with new ids, written as four JSON-lines files in a temporary folder (and as one file holding
the same lines for the local engine).

- baseline: the local engine, ``extract_file`` over the single file, in this process;
- candidate: ``run_extraction`` on a SparkSession with master ``--master`` over the folder: reading,
  sorting by id, extracting in the executors' Python workers, streaming back and writing the file.

Both are warmed up first (language models loaded in this process and in Spark's Python workers; the
JVM started): the figures are the steady state of a long-running job. The session's start and the
first (cold) Spark job are timed once and printed beside them. Each figure is the best of ``--runs``.
The run checks that both outputs hold the same lines. No target is set: the ratio says what Spark's
overhead costs on one machine, the basis of docs/scale.md's sizing.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _timing import best_of  # noqa: E402

SOURCES = [ROOT / "tests" / "scale" / "reports" / "reports_fr.jsonl",
           ROOT / "tests" / "scale" / "reports" / "reports_en.jsonl",
           ROOT.parent / "shared" / "data" / "gold" / "fr_news_dev.jsonl"]


def write_input(folder: Path, repeat: int, files: int = 4) -> tuple[Path, int, list[str]]:
    """The repeated lines as ``files`` files in ``folder`` and as one file beside them; (file, lines, sources)."""
    lines, used = [], []
    for src in SOURCES:
        if not src.exists():
            continue
        used.append(src.name)
        for raw in src.read_bytes().splitlines():
            if raw.strip():
                lines.append(raw)
    out = []
    for k in range(repeat):
        for raw in lines:
            try:
                obj = json.loads(raw)
            except (UnicodeDecodeError, json.JSONDecodeError):
                out.append(raw)  # broken lines stay broken
                continue
            if isinstance(obj, dict) and isinstance(obj.get("id"), str):
                obj["id"] = f"{obj['id']}#{k}"
                obj.pop("gold", None)
                raw = json.dumps(obj, ensure_ascii=False).encode("utf-8")
            out.append(raw)
    folder.mkdir(parents=True)
    for i in range(files):
        (folder / f"part-{i}.jsonl").write_bytes(b"\n".join(out[i::files]) + b"\n")
    single = folder.parent / "all.jsonl"
    single.write_bytes(b"\n".join(out) + b"\n")
    return single, len(out), used


def _by_id(path: Path) -> tuple[int, dict]:
    """(lines, {(id, status): result}) of an output, leaving out the broken input lines: they carry their line
    numbers, which differ between the one file and the four."""
    lines = [json.loads(raw) for raw in path.read_text("utf-8").splitlines()]
    return len(lines), {(d["id"], d["status"]): d for d in lines if "line" not in d}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=8, help="copies of the texts in one run")
    ap.add_argument("--runs", type=int, default=2, help="best of N runs of each (the machine is shared)")
    ap.add_argument("--master", default="local[2]", help="Spark master of the candidate")
    ap.add_argument("--partitions", type=int, default=4, help="Spark partitions of the documents")
    args = ap.parse_args()
    from sahelwatch.extraction import Extractor, extract_file
    from sahelwatch.scale.extract import run_extraction
    from sahelwatch.scale.session import new_session, spark_available

    lacking = spark_available()
    if lacking is not None:
        sys.exit(f"spark_extract.py needs {lacking}")
    with tempfile.TemporaryDirectory(prefix="sahelwatch-bench-") as tmp:
        tmp = Path(tmp)
        single, n, used = write_input(tmp / "in", args.repeat)
        ex = Extractor()
        ex.nlp()
        extract_file(single, tmp / "warm.jsonl", ex)  # warm-up: registry, gazetteers, spaCy
        local_s, summary = best_of(lambda: extract_file(single, tmp / "local.jsonl", ex), args.runs)

        t = time.perf_counter()
        spark = new_session(args.master, "sahelwatch-bench", {"spark.ui.enabled": "false",
                                                               "spark.sql.shuffle.partitions": "2"})
        start_s = time.perf_counter() - t
        try:
            t = time.perf_counter()
            run_extraction(spark, tmp / "in", tmp / "cold.jsonl", partitions=args.partitions)
            cold_s = time.perf_counter() - t
            spark_s, run = best_of(lambda: run_extraction(spark, tmp / "in", tmp / "spark.jsonl",
                                                          partitions=args.partitions), args.runs)
        finally:
            spark.stop()
        same = _by_id(tmp / "local.jsonl") == _by_id(tmp / "spark.jsonl")
    local, remote = n / local_s, n / spark_s
    print(f"input: {' + '.join(used)} x {args.repeat} = {n} documents ({summary.events} events); "
          f"cores: {os.cpu_count()}; load average {os.getloadavg()[0]:.1f} (a shared machine: figures vary)")
    print(f"best of {args.runs} runs each, after a warm-up")
    print(f"baseline: local engine, one process:             {local:8.1f} docs/s  ({1000 * local_s / n:.2f} ms/doc)")
    print(f"spark {args.master}, {args.partitions} partitions:           {remote:8.1f} docs/s  "
          f"({1000 * spark_s / n:.2f} ms/doc; {len(run.workers)} worker processes, models loaded "
          f"{run.model_loads} time(s) in the timed run)")
    print(f"ratio spark / local: {remote / local:.2f}")
    print(f"once per session, not in the figures: session start {start_s:.1f} s; first (cold) job {cold_s:.1f} s "
          f"= {n / cold_s:.1f} docs/s")
    print(f"outputs hold the same lines, id for id: {'yes' if same else 'NO'}")
    if not same:
        sys.exit(1)


if __name__ == "__main__":
    main()
