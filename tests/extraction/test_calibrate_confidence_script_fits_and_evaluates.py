"""scripts/calibrate_confidence.py: fits a calibration file from labelled sets with a leave-one-set-out check, and
evaluates a file on other sets without refitting (aggregates only). Gold files written for this test, with invented
texts and places."""

from __future__ import annotations

import json
import runpy
from pathlib import Path

import pytest

from sahelwatch.extraction.calibration import load_calibration

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "calibrate_confidence.py"

SET_A = [
    ("a1", "Des hommes armés ont tué quatre bergers lundi près du village de Tinkoro, dans la région de Mopti.",
     "fr", {"event_date": "2024-04-08", "country": "Mali", "admin1": "Mopti", "sub_event_type": "Attack",
            "fatalities": 4}),
    ("a2", "Gunmen killed two traders on Saturday on a road near the village of Kouliga in Burkina Faso's Centre-Nord "
           "region, a local source said.", "en",
     {"event_date": "2024-04-06", "country": "Burkina Faso", "admin1": "Centre-Nord", "sub_event_type": "Attack",
      "fatalities": 2}),
]
SET_B = [
    ("b1", "Des inconnus armés ont enlevé un chef de village mercredi à Dioura, dans la région de Ségou.", "fr",
     {"event_date": "2024-04-10", "country": "Mali", "admin1": "Segou", "sub_event_type": "Abduction/forced disappearance",
      "fatalities": 0}),
    ("b2", "La foire hebdomadaire de Koutiala s'est tenue samedi dans le calme, selon les organisateurs.", "fr", None),
]


def _write(path: Path, rows) -> Path:
    with open(path, "w", encoding="utf-8") as fh:
        for id_, text, lang, gold in rows:
            fh.write(json.dumps({"id": id_, "text": text, "lang": lang, "published": "2024-04-12", "gold": gold},
                                ensure_ascii=False) + "\n")
    return path


@pytest.fixture(scope="module")
def main():
    return runpy.run_path(str(SCRIPT))["main"]  # the script's own run stays behind its __main__ guard


def test_fit_writes_a_calibration_with_provenance_and_evaluate_reads_it(main, tmp_path, capsys):
    a, b = _write(tmp_path / "set_a.jsonl", SET_A), _write(tmp_path / "set_b.jsonl", SET_B)
    out = tmp_path / "calibration.json"
    assert main(["--set", "--gold", str(a), str(b), "--out", str(out), "--force", "--json"]) == 0
    fit = json.loads(capsys.readouterr().out)
    assert set(fit["leave_one_set_out"]["per_set"]) == {"set_a", "set_b"}
    cal = load_calibration(out)
    assert cal.provenance["sets"] == ["set_a", "set_b"] and cal.provenance["texts"] == 4
    assert set(cal.thresholds) == set(cal.maps)

    assert main(["--evaluate", "--calibration", str(out), "--gold", str(a), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["sets"] == ["set_a"] and report["texts"] == 2
    assert report["before"]["event"]["n"] == report["after"]["event"]["n"] >= 2
    assert set(report["routing"]) == set(cal.thresholds)
    assert "a1" not in json.dumps(report)  # aggregates only: no text named


def test_evaluate_with_a_corrupt_file_is_an_error_naming_it(main, tmp_path, capsys):
    bad = tmp_path / "calibration.json"
    bad.write_text("[1, 2", encoding="utf-8")
    gold = _write(tmp_path / "set_a.jsonl", SET_A)
    assert main(["--evaluate", "--calibration", str(bad), "--gold", str(gold)]) == 2
    err = capsys.readouterr().err
    assert str(bad) in err and "not JSON" in err


def _obs(sets: dict[str, list[tuple[float, bool]]], field: str = "admin1") -> list:
    from sahelwatch.extraction.calibration import Observation

    return [Observation(field, "fr", raw, right, name) for name, pairs in sets.items() for raw, right in pairs]


def test_a_fit_that_does_not_beat_the_raw_confidence_is_not_written(main, monkeypatch, tmp_path, capsys):
    # the raw confidence is already exact (1.0 always right, 0.0 always wrong): a map drawn toward the share right
    # can only do worse out of fold, in each set, so nothing is written without --force
    a, b = _write(tmp_path / "set_a.jsonl", SET_A), _write(tmp_path / "set_b.jsonl", SET_B)
    exact = [(1.0, True)] * 6 + [(0.0, False)] * 4
    monkeypatch.setitem(main.__globals__, "collect", lambda named: _obs({"set_a": exact, "set_b": exact}))
    out = tmp_path / "calibration.json"
    assert main(["--set", "--gold", str(a), str(b), "--out", str(out), "--json"]) == 0
    fit = json.loads(capsys.readouterr().out)
    assert fit["beats_raw"] == {"admin1": False} and fit["written"] is None and not out.exists()
    worse = fit["leave_one_set_out"]["losses"]["worse"]
    assert [(w["set"], w["field"]) for w in worse] == [("set_a", "admin1"), ("set_b", "admin1")]
    assert all(w["brier"][0] < w["brier"][1] for w in worse)

    assert main(["--set", "--gold", str(a), str(b), "--out", str(out)]) == 0
    assert "calibration loses in set_a: admin1" in capsys.readouterr().out and not out.exists()
    assert main(["--set", "--gold", str(a), str(b), "--out", str(out), "--force", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["written"] == str(out) and out.exists()


def test_the_threshold_that_routes_a_set_owes_nothing_to_that_set(main):
    # nested: the thresholds routing set "c" are chosen on the other sets' probabilities from maps fitted without
    # "c" as well, so what "c" holds cannot move them
    import random

    rng = random.Random(5)
    sets = {name: [(raw, rng.random() < 0.55 + 0.45 * raw) for raw in (rng.choice((0.2, 0.4, 0.6, 0.8, 0.9, 1.0))
                                                                        for _ in range(60))] for name in "abc"}
    flipped = dict(sets, c=[(raw, not right) for raw, right in sets["c"]])
    loso = main.__globals__["leave_one_set_out"]
    first, _, _ = loso(_obs(sets), 0.9)
    second, _, _ = loso(_obs(flipped), 0.9)
    assert first["per_set"]["c"]["admin1"]["threshold_without_it"] == \
        second["per_set"]["c"]["admin1"]["threshold_without_it"] < 1.0
    assert first["per_set"]["a"]["admin1"]["threshold_without_it"] != \
        second["per_set"]["a"]["admin1"]["threshold_without_it"]  # "c" does move the thresholds of the others


def test_the_provenance_names_the_commit_and_whether_the_tree_was_clean(main, tmp_path):
    import subprocess

    code_state = main.__globals__["code_state"]
    assert code_state(tmp_path) == {"commit": "unknown", "clean": None}  # not a git checkout
    git = ["git", "-c", "user.name=Test", "-c", "user.email=test@example.org"]
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "rules.py").write_text("A = 1\n", encoding="utf-8")
    (tmp_path / "src" / "calibration.json").write_text("{}\n", encoding="utf-8")
    subprocess.run(git + ["init", "-q"], cwd=tmp_path, check=True)
    subprocess.run(git + ["add", "."], cwd=tmp_path, check=True)
    subprocess.run(git + ["commit", "-q", "-m", "rules"], cwd=tmp_path, check=True)
    head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=tmp_path, capture_output=True, text=True,
                          check=True).stdout.strip()
    written = tmp_path / "src" / "calibration.json"
    assert code_state(tmp_path, written) == {"commit": head, "clean": True}
    written.write_text('{"refitted": 1}\n', encoding="utf-8")  # the file the fit writes is no change of the code
    assert code_state(tmp_path, written) == {"commit": head, "clean": True}
    (tmp_path / "src" / "rules.py").write_text("A = 2\n", encoding="utf-8")
    (tmp_path / "src" / "new_rules.py").write_text("B = 1\n", encoding="utf-8")
    assert code_state(tmp_path, written) == {"commit": head, "clean": False,
                                             "changed": ["src/new_rules.py", "src/rules.py"]}


def test_a_field_whose_accepted_share_is_wrong_on_the_validation_sets_always_goes_to_review(main, tmp_path):
    """A fit routes by thresholds chosen on the sets it was fitted on; on validation text (not fitted on) a field
    whose accepted share is right less than the target is sent to review (threshold 1.0), one that holds keeps its
    threshold, and the validation's aggregates are kept in the provenance."""
    from sahelwatch.extraction.calibration import Observation, fit_calibration

    fitted = [Observation(f, "fr", raw, raw > 0.5, "fit") for f in ("admin1", "sub_event_type")
              for raw in (0.2, 0.4, 0.6, 0.8, 0.95, 0.99)]
    cal = fit_calibration(fitted, {"admin1": 0.8, "sub_event_type": 0.8})  # 0.99 maps to about 0.89 here
    validation = ([Observation("admin1", "fr", 0.99, True, "val")] * 9 + [Observation("admin1", "fr", 0.99, False, "val")]
                  + [Observation("sub_event_type", "fr", 0.99, True, "val")] * 7
                  + [Observation("sub_event_type", "fr", 0.99, False, "val")] * 3)
    thresholds, check = main.__globals__["validated"](cal, validation, 0.9)
    assert thresholds == {"admin1": 0.8, "sub_event_type": 1.0}
    assert check["sent_to_review"] == ["sub_event_type"]
    assert check["routing"]["admin1"]["accepted_accuracy"] == 0.9
    assert check["routing"]["sub_event_type"]["accepted_accuracy"] == 0.7


def test_a_fit_with_validation_sets_writes_the_validation_into_the_provenance(main, tmp_path):
    a, b = _write(tmp_path / "set_a.jsonl", SET_A), _write(tmp_path / "set_b.jsonl", SET_B)
    v = _write(tmp_path / "set_v.jsonl", SET_A[:1])
    out = tmp_path / "calibration.json"
    assert main(["--set", "--gold", str(a), str(b), "--validate-gold", str(v), "--out", str(out), "--force"]) == 0
    cal = load_calibration(out)
    assert cal.provenance["validation"]["sets"] == ["set_v"] and cal.provenance["validation"]["texts"] == 1
    assert set(cal.provenance["validation"]["routing"]) == set(cal.thresholds)
    assert all(cal.thresholds[f] == 1.0 for f in cal.provenance["validation"]["sent_to_review"])
