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
