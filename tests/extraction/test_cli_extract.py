import json
import subprocess
import sys

from .conftest import ROOT


def run(*args, cwd):
    return subprocess.run([sys.executable, "-m", "sahelwatch", *args], cwd=cwd, capture_output=True, text=True)


def test_cli_extract_writes_events_and_exits_1_on_rejected_lines(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": "Deux soldats maliens ont été tués mardi près de Boni.",
                               "lang": "fr", "published": "2019-05-15"}) + "\n{bad\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    p = run("--json", "extract", "--in", str(src), "--out", str(out), cwd=tmp_path)
    assert p.returncode == 1, p.stderr
    summary = json.loads(p.stdout)
    assert summary["by_status"] == {"invalid_json": 1, "ok": 1}
    first = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    assert first["events"][0]["location"]["admin2"] == "Douentza"


def test_cli_extract_missing_input_is_a_usage_error(tmp_path):
    p = run("extract", "--in", str(tmp_path / "nope.jsonl"), "--out", str(tmp_path / "o.jsonl"), cwd=tmp_path)
    assert p.returncode == 2
    assert not (tmp_path / "o.jsonl").exists()


def test_cli_eval_prints_scores(tmp_path):
    gold = ROOT / "tests" / "extraction" / "gold" / "heldout_en.jsonl"
    p = run("--json", "extract", "eval", "--gold", str(gold), cwd=tmp_path)
    assert p.returncode == 0, p.stderr
    s = json.loads(p.stdout)["gold"]["scores"]
    assert s["detection_recall"] >= 0.9


def test_cli_eval_gives_the_bootstrap_interval_of_the_texts_it_scored(tmp_path):
    from sahelwatch.extraction import Extractor, evaluate_file
    from sahelwatch.extraction.text_scores import bootstrap_intervals

    gold = ROOT / "tests" / "extraction" / "gold" / "heldout_en.jsonl"
    p = run("--json", "extract", "eval", "--gold", str(gold), "--intervals", cwd=tmp_path)
    assert p.returncode == 0, p.stderr
    d = json.loads(p.stdout)["gold"]
    expected = bootstrap_intervals(evaluate_file(gold, Extractor()).texts)
    assert d["intervals"] == expected
    assert d["intervals"].keys() == {k for k, v in d["scores"].items() if v is not None}
    assert any(lo < hi for lo, hi in d["intervals"].values())  # not [v, v]: the texts were resampled
    for k, (lo, hi) in d["intervals"].items():  # a macro-F1's percentile interval may sit beside its point
        assert "macro_f1" in k or lo <= d["scores"][k] + 1e-9 <= hi + 2e-9, k
    human = run("extract", "eval", "--gold", str(gold), "--intervals", cwd=tmp_path)
    assert human.returncode == 0, human.stderr
    lo, hi = expected["detection_recall"]
    assert f"90% interval detection_recall: {lo:.3f} to {hi:.3f}" in human.stdout
    assert "intervals" not in json.loads(run("--json", "extract", "eval", "--gold", str(gold), cwd=tmp_path).stdout)["gold"]


def test_cli_extract_links_to_a_stored_event(tmp_path):
    from .conftest import shared_file

    acled = shared_file("acled/acled_mali_monadic_2017-2018.csv")
    db = tmp_path / "t.duckdb"
    p = run("--db", str(db), "--json", "ingest", str(acled), cwd=tmp_path)
    assert p.returncode == 0, p.stderr
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({
        "id": "r1", "lang": "fr", "published": "2018-12-31",
        "text": "Deux gardes nationaux ont été tués dimanche dans une embuscade près de Sébété, dans le cercle de "
                "Banamba, tendue par des combattants présumés de la katiba Macina."}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    p = run("--json", "extract", "--in", str(src), "--out", str(out), "--db", str(db), cwd=tmp_path)
    assert p.returncode == 0, p.stderr
    ev = json.loads(out.read_text(encoding="utf-8"))["events"][0]
    assert ev["linked_event_id"] is not None and ev["linked_event_id"].endswith("MLI2554")
    assert json.loads(p.stdout)["linked"] == 1
