"""Extraction on Spark gives the local engine's output, document for document, sorted by id."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from sahelwatch.extraction import extract_file
from sahelwatch.scale.extract import run_extraction
from tests.conftest import optional_data_file, run_cli

REPORTS = Path(__file__).parent / "reports"  # invented French and English reports, and broken lines


def _input_folder(tmp_path: Path, with_dev: bool = False) -> Path:
    """The invented reports, plus (``with_dev``) the shared French dev texts when present (read at test time,
    never copied into the project)."""
    folder = tmp_path / "in"
    (folder / "more").mkdir(parents=True)
    shutil.copy(REPORTS / "reports_fr.jsonl", folder / "reports_fr.jsonl")
    shutil.copy(REPORTS / "reports_en.jsonl", folder / "more" / "reports_en.jsonl")
    dev = optional_data_file("gold/fr_news_dev.jsonl") if with_dev else None
    if dev is not None:
        shutil.copy(dev, folder / "more" / "dev.jsonl")
    (folder / "notes.txt").write_text("not a JSON-lines file: left out\n", encoding="utf-8")
    return folder


def _local_lines(folder: Path, tmp_path: Path) -> list[str]:
    """The local engine's output lines over each file, put in (id, file, line) order."""
    keyed = []
    for f in sorted(folder.rglob("*.jsonl")):
        out = tmp_path / f"local-{f.stem}.jsonl"
        extract_file(f, out)
        ids_lines = [(json.loads(line)["id"], line) for line in out.read_text(encoding="utf-8").splitlines()]
        linenos = [n for n, raw in enumerate(f.read_bytes().splitlines(), 1) if raw.strip()]
        keyed += [((doc_id, f.resolve().as_uri(), n), line) for (doc_id, line), n in zip(ids_lines, linenos)]
    return [line for _, line in sorted(keyed)]


def test_spark_output_equals_the_local_engine_line_for_line_sorted_by_id(spark, tmp_path):
    folder = _input_folder(tmp_path, with_dev=True)
    out = tmp_path / "spark.jsonl"
    run = run_extraction(spark, folder, out, partitions=4)
    got = out.read_text(encoding="utf-8").splitlines()
    want = _local_lines(folder, tmp_path)
    assert len(got) == len(want) >= 19
    for g, w in zip(got, want):
        assert json.loads(g) == json.loads(w), json.loads(w)["id"]
    assert got == want  # byte for byte, not only as parsed JSON
    ids = [json.loads(line)["id"] for line in got]
    assert ids == sorted(ids)
    by_status = run.summary.by_status
    assert by_status["ok"] >= 10 and by_status["invalid_json"] == 1 and by_status["bad_encoding"] == 1
    assert by_status["other_language"] == 1 and by_status["empty_text"] == 1 and by_status["invalid_record"] == 2
    assert run.files == (3 if (folder / "more" / "dev.jsonl").exists() else 2)
    bad = next(p for p in run.summary.problems if p["status"] == "invalid_json")
    assert bad["file"] == "reports_fr.jsonl" and bad["line"] == 9


def test_language_models_load_once_per_worker_process_not_per_document(spark, tmp_path):
    folder = _input_folder(tmp_path)
    run = run_extraction(spark, folder, tmp_path / "out.jsonl", partitions=5)
    assert run.partitions == 5
    # a worker that ran an earlier job of this session already holds its extractor: it loads nothing again
    assert run.model_loads <= len(run.workers) <= 2  # local[2]: two Python worker processes at most
    assert run.summary.documents > 2 * len(run.workers)


def test_extract_command_with_the_spark_engine_reads_a_folder_and_reports_bad_lines(spark, tmp_path, capsys):
    folder = _input_folder(tmp_path)
    out = tmp_path / "cli.jsonl"
    code, stdout, _ = run_cli(["--json", "extract", "--engine", "spark", "--spark-master", "local[2]",
                               "--in", folder, "--out", out], capsys)  # in this process: the session's Spark
    assert code == 1  # the broken lines are reported, the rest extracted
    d = json.loads(stdout)
    assert d["engine"] == "spark" and d["documents"] == len(out.read_text(encoding="utf-8").splitlines())
    assert {(p["file"], p["line"], p["status"]) for p in d["problems"]} >= {
        ("reports_fr.jsonl", 9, "invalid_json"), ("reports_en.jsonl", 6, "bad_encoding")}
    assert spark.range(3).count() == 3  # the command used the running session and left it running


def test_spark_engine_refuses_database_linking_with_a_clear_message(tmp_path, capsys):
    code, _, err = run_cli(["extract", "--engine", "spark", "--in", REPORTS, "--out", tmp_path / "o",
                            "--db", tmp_path / "x.duckdb"], capsys)
    assert code == 2 and "local engine only" in err


def test_local_engine_given_a_folder_says_it_needs_the_spark_engine(tmp_path, capsys):
    code, _, err = run_cli(["extract", "--in", REPORTS, "--out", tmp_path / "o.jsonl"], capsys)
    assert code == 2 and "--engine spark" in err
    assert not (tmp_path / "o.jsonl").exists()


def test_unknown_engine_is_a_usage_error(tmp_path, capsys):
    code, _, err = run_cli(["extract", "--engine", "dask", "--in", REPORTS, "--out", tmp_path / "o"], capsys)
    assert code == 2 and "local or spark" in err
