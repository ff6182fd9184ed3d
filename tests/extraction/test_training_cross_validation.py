"""scripts/cv_learned.py: the variants are scored by the blind sets' scorer on results computed once, and
only development sets can be left out."""

from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path

import pytest

from sahelwatch.extraction.evaluation import GoldDoc, evaluate

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "cv_learned.py"


@pytest.fixture(scope="module")
def cv():
    spec = importlib.util.spec_from_file_location("cv_learned", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


DAY = dt.date(2024, 6, 12)
DOCS = [
    GoldDoc("k1", "Des hommes armés ont tué quatre villageois mardi à Kolondara, dans la région de Mopti.", "fr", DAY,
            ({"event_date": "2024-06-11", "country": "Mali", "admin1": "Mopti", "sub_event_type": "Attack"},)),
    GoldDoc("k2", "La saison des pluies a commencé dans le sud du pays, selon la météo nationale.", "fr", DAY, ()),
]


def test_a_held_out_set_cannot_be_left_out(cv, capsys):
    with pytest.raises(SystemExit) as e:
        cv.main(["--sets", "blind8"])
    assert e.value.code == 2 and "invalid choice" in capsys.readouterr().err
    assert not {"blind8", "blind9", "blind10"} & set(cv.DEV_SETS)


def test_replayed_results_score_as_the_extractor_does_and_rewrites_change_only_what_they_touch(cv, extractor):
    from sahelwatch.extraction.pipeline import Document

    results = {r.id: r for r in extractor.extract_many(Document(d.id, d.text, d.lang, d.published) for d in DOCS)}
    assert results["k1"].events, "the rules code the attack"
    direct = evaluate(DOCS, extractor).scores
    replayed = evaluate(DOCS, cv.Replayed(results)).scores
    assert replayed == direct
    wrong = evaluate(DOCS, cv.Replayed(results, lambda rid, evs: [cv._retyped(e, "Armed clash") for e in evs])).scores
    assert wrong["sub_event_type"] == 0.0 and wrong["detection_recall"] == direct["detection_recall"]
    assert cv._retyped(results["k1"].events[0], "Armed clash").event_type == "Battles"
    dropped = evaluate(DOCS, cv.Replayed(results, lambda rid, evs: [])).scores
    assert dropped["detection_recall"] == 0.0
