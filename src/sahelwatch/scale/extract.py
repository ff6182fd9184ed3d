"""Reports to events on Spark: the local engine's extraction, document for document.

The job, in stages:

1. read: every ``*.jsonl`` file under ``--in`` (a file, or a folder read recursively) comes in whole as
   bytes (Spark's ``binaryFile`` source: a file must stay under 2 GB; split bigger ones) and is cut into
   lines by the local engine's own reader (:func:`~sahelwatch.extraction.pipeline.documents_in`): the same
   line numbers and the same rejections (bad UTF-8, bad JSON, bad record) as ``--engine local``;
2. order and spread: the lines are sorted by (document id, file, line) into ``partitions`` range partitions,
   so one big file does not stay one task and the output order is fixed before any extraction runs;
3. extract: each partition goes through :meth:`Extractor.extract_many`, with the extractor of the Python
   worker process that runs it. A worker builds its extractor, and loads the language models (spaCy's
   French model; the actor registry and gazetteers load on first use, once per process too), on the first
   partition it runs and keeps it for the later ones (Spark reuses its Python workers): once per executor
   process, never once per document;
4. write: the results, kept on the executors, stream to the driver in that order and are written as one
   JSON-lines file, one line per input line, exactly as the local engine writes it.

Output order: sorted by document id (then by input file and line for ids given twice), whereas the local
engine keeps input order. The lines themselves are identical.
"""

from __future__ import annotations

import io
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError, UsageError
from ..extraction.pipeline import DocumentResult, Extractor, RunSummary, documents_in
from .session import DEFAULT_MASTER, spark_session

#: One extractor per Python worker process and model directory: the per-executor cache.
_EXTRACTORS: dict[str | None, Extractor] = {}


def _extractor(model_dir: str | None, loads) -> Extractor:
    ex = _EXTRACTORS.get(model_dir)
    if ex is None:
        from ..extraction.training import load_model

        ex = Extractor(model=load_model(Path(model_dir)) if model_dir else None)
        ex.nlp()  # spaCy's French model, loaded here once rather than on some later document
        _EXTRACTORS[model_dir] = ex
        loads.add(1)
    return ex


def _lines(row) -> list[tuple[tuple[str, str, int], object]]:
    """One input file (path, bytes) -> ((id, file, line), document or rejection) for each non-blank line."""
    path, content = row
    out = []
    for lineno, item in documents_in(io.BytesIO(content)):
        out.append(((item.id, path, lineno), item))
    return out


def _extract_partition(model_dir: str | None, loads):
    def run(part):
        items = list(part)
        if not items:
            return
        pid = os.getpid()
        docs = [(key, it) for key, it in items if not isinstance(it, DocumentResult)]
        results = iter(_extractor(model_dir, loads).extract_many([d for _, d in docs])) if docs else iter(())
        for key, it in items:
            res = it if isinstance(it, DocumentResult) else next(results)
            line = json.dumps(res.as_json(), ensure_ascii=False)
            yield key, line, res.status, res.reason, len(res.events), pid

    return run


@dataclass
class SparkRun:
    """What a Spark extraction did: the run's summary, and how the work was spread."""

    summary: RunSummary
    files: int = 0
    partitions: int = 0
    model_loads: int = 0  # extractors built (language models loaded), summed over executor processes
    workers: set = field(default_factory=set)  # worker processes (host-local pids) that ran a partition

    def as_json(self) -> dict:
        return self.summary.as_json() | {"engine": "spark", "files": self.files, "partitions": self.partitions,
                                         "model_loads": self.model_loads, "worker_processes": len(self.workers)}


def input_files(path: Path) -> list[Path]:
    """The JSON-lines files of ``--in``: the file itself, or every ``*.jsonl`` under the folder."""
    if not path.exists():
        raise InputError("no such file or folder", path=str(path))
    if path.is_file():
        return [path]
    files = sorted(p for p in path.rglob("*.jsonl") if p.is_file())
    if not files:
        raise InputError("the folder holds no .jsonl file", path=str(path))
    return files


def run_extraction(spark, in_path: Path, out_path: Path, model_dir: Path | None = None,
                   partitions: int | None = None) -> SparkRun:
    """Extract every document of ``in_path`` (file or folder) on ``spark``; write ``out_path`` sorted by id."""
    files = input_files(Path(in_path))
    sc = spark.sparkContext
    n_parts = partitions or max(2, sc.defaultParallelism * 2)
    loads = sc.accumulator(0)
    reader = spark.read.format("binaryFile")
    if Path(in_path).is_dir():
        reader = reader.option("pathGlobFilter", "*.jsonl").option("recursiveFileLookup", "true")
    raw = reader.load(str(Path(in_path).resolve())).select("path", "content").rdd.map(lambda r: (r[0], bytes(r[1])))
    lines = raw.flatMap(_lines).persist()
    model = str(Path(model_dir).resolve()) if model_dir else None
    results = (lines.sortBy(lambda kv: kv[0], numPartitions=n_parts)
               .mapPartitions(_extract_partition(model, loads), preservesPartitioning=True).persist())
    try:
        results.count()  # every partition extracted in parallel, results held on the executors
        run = SparkRun(RunSummary(), files=len(files), partitions=results.getNumPartitions())
        out_path = Path(out_path)
        out_path.parent.mkdir(parents=True, exist_ok=True)
        with open(out_path, "w", encoding="utf-8") as out:
            for (doc_id, path, lineno), line, status, reason, events, pid in results.toLocalIterator():
                out.write(line + "\n")
                run.summary.lines += 1
                run.summary.add(lineno, doc_id, status, reason, events, file=_shown(path))
                run.workers.add(pid)
        run.model_loads = loads.value
        return run
    finally:
        results.unpersist()
        lines.unpersist()


def extract_with_spark(in_path: Path, out_path: Path, master: str = DEFAULT_MASTER, model_dir: Path | None = None,
                       partitions: int | None = None, conf: dict | None = None) -> SparkRun:
    """:func:`run_extraction` in a session of its own on ``master``."""
    if partitions is not None and partitions < 1:
        raise UsageError("partitions must be at least 1")
    input_files(Path(in_path))  # a missing input is reported before Spark starts
    with spark_session(master, "sahelwatch-extract", conf) as spark:
        return run_extraction(spark, in_path, out_path, model_dir, partitions)


def _shown(uri: str) -> str:
    """A file's name as Spark gives it (``file:/a/b.jsonl``) -> its base name, enough to find the line."""
    return uri.rsplit("/", 1)[-1]
