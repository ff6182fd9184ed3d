"""The blind-set scorer: other events joined from beside the labels, intervals on request, several sets pooled.

The labels, other events and texts below are invented for these tests.
"""

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _script():
    spec = importlib.util.spec_from_file_location("score_blind", ROOT / "scripts" / "score_blind.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


NEWS = {"sub_event_type": "Armed clash", "event_date": "2025-04-08", "country": "Mali", "admin1": "Gao",
        "told_as": "news"}


def write_set(tmp_path, other_rows):
    labels = tmp_path / "labels.jsonl"
    labels.write_text(
        json.dumps({"id": "fr-1", "url": "https://example.org/a", "lang": "fr", "published": "2025-04-09",
                    "event": {"sub_event_type": "Attack", "event_date": "2025-04-07", "country": "Mali",
                              "admin1": "Mopti", "fatalities": 3}}) + "\n"
        + json.dumps({"id": "fr-2", "url": "https://example.org/b", "lang": "fr", "published": "2025-04-09",
                      "event": None}) + "\n", encoding="utf-8")
    if other_rows is not None:
        (tmp_path / "other_events.jsonl").write_text("".join(json.dumps(r) + "\n" for r in other_rows),
                                                     encoding="utf-8")
    cache = tmp_path / "texts"
    cache.mkdir()
    (cache / "fr-1.txt").write_text(
        "Des hommes armés ont tué trois villageois lundi à Kelbara, dans la région de Mopti. Le lendemain, l'armée "
        "a repoussé une attaque contre son poste de Tinsoura, dans la région de Gao.\n", encoding="utf-8")
    (cache / "fr-2.txt").write_text("Le conseil municipal de Dabéna a voté le budget de l'année.\n", encoding="utf-8")
    return labels, cache


def test_the_gold_file_carries_the_other_events_of_the_texts_that_have_a_row(tmp_path):
    sb = _script()
    labels, cache = write_set(tmp_path, [{"id": "fr-1", "other_events": [NEWS], "labelled_on": "2026-12-07"}])
    rows = sb.read_labels(labels)
    other = sb.read_other_events(tmp_path / "other_events.jsonl", {r["id"] for r in rows})
    out, _ = sb.build_gold(rows, cache, tmp_path / "gold.jsonl", published=True, other_events=other)
    gold = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert gold[0]["other_events"] == [NEWS] and "other_events" not in gold[1]


@pytest.mark.parametrize("rows, reason", [
    ([{"id": "fr-1", "other_events": [NEWS | {"told_as": "recent"}]}], ":1: 'other_events': event key 'told_as'"),
    ([{"id": "fr-1", "other_events": []}, {"id": "fr-1", "other_events": []}], ":2: id 'fr-1' twice"),
    ([{"id": "fr-9", "other_events": []}], ":1: id 'fr-9' is not among the labels"),
    ([{"id": "fr-1"}], ":1: "),
    ([{"id": ["fr-1"], "other_events": []}], ":1: 'id' must be a string"),
])
def test_an_other_events_row_the_scorer_cannot_use_is_named_by_file_and_line(tmp_path, rows, reason):
    sb = _script()
    labels, _ = write_set(tmp_path, rows)
    with pytest.raises(sb.BlindSetError, match="other_events.jsonl" + reason):
        sb.read_other_events(tmp_path / "other_events.jsonl", {r["id"] for r in sb.read_labels(labels)})


def test_no_other_events_file_leaves_every_text_unlabelled_for_them(tmp_path):
    sb = _script()
    assert sb.read_other_events(tmp_path / "other_events.jsonl", {"fr-1"}) is None


def test_a_run_reports_the_all_events_figures_and_an_interval_for_every_score(tmp_path, capsys):
    sb = _script()
    labels, cache = write_set(tmp_path, [{"id": "fr-1", "other_events": [NEWS]}, {"id": "fr-2", "other_events": []}])
    assert sb.main(["--labels", str(labels), "--cache", str(cache), "--out", str(tmp_path / "out"),
                    "--published-only", "--lang", "fr", "--intervals", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["other_events"] == str(tmp_path / "other_events.jsonl")
    run = out["runs"]["fr, with publication date"]
    assert run["all_events"]["reason"] is None and run["all_events"]["other_events_news"] == 1
    assert run["scores"]["detection_recall_all_events"] is not None
    scored = {k for k, v in run["scores"].items() if v is not None}
    assert set(run["intervals"]) == scored
    assert all(lo <= hi for lo, hi in run["intervals"].values())
    assert sb.main(["--labels", str(labels), "--cache", str(cache), "--out", str(tmp_path / "out"),
                    "--published-only", "--lang", "fr", "--intervals"]) == 0
    text = capsys.readouterr().out
    assert "detection_precision_all_events" in text and "all events: 1 news and 0 background other events" in text
    assert "  [" in text


def test_the_files_of_one_set_cannot_be_named_for_several(tmp_path, capsys):
    sb = _script()
    assert sb.main(["--set", "blind2", "blind3", "--labels", str(tmp_path / "labels.jsonl")]) == 2
    assert "one set" in capsys.readouterr().err


def test_the_intervals_printed_are_the_bootstrap_of_the_texts_scored(tmp_path, capsys, monkeypatch):
    from sahelwatch.extraction.text_scores import TextScore, bootstrap_intervals, report_of

    sb = _script()
    labels, cache = write_set(tmp_path, None)
    # what the run's texts add to the scores: one text in three with its type wrong, one in four with a stray event
    texts = [TextScore(f"t{i}", 1, 1 + (i % 4 == 0), 1, (("sub_event_type", int(i % 3 != 0), 1),),
                       (("Attack", "Attack" if i % 3 else "Armed clash"),)) for i in range(30)]
    monkeypatch.setattr(sb, "score", lambda gold_file, lang, model: report_of(texts))
    assert sb.main(["--labels", str(labels), "--cache", str(cache), "--out", str(tmp_path / "out"),
                    "--published-only", "--lang", "fr", "--intervals", "--json"]) == 0
    run = json.loads(capsys.readouterr().out)["runs"]["fr, with publication date"]
    assert run["intervals"] == bootstrap_intervals(texts)
    for key in ("sub_event_type", "detection_precision", "sub_event_type_macro_f1"):
        lo, hi = run["intervals"][key]
        assert lo < run["scores"][key] < hi, key
