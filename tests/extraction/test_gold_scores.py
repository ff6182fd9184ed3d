"""Floors on the shared French dev set and on our own bilingual held-out gold."""

import pytest

from sahelwatch.extraction import evaluate_file

from .conftest import GOLD, shared_file

HEADLINE = ("sub_event_type_macro_f1", "perpetrator", "admin2", "fatalities_exact")


@pytest.fixture(scope="module")
def dev(extractor):
    return evaluate_file(shared_file("gold/fr_news_dev.jsonl"), extractor).scores


@pytest.fixture(scope="module")
def heldout(extractor):
    return {lang: evaluate_file(GOLD / f"heldout_{lang}.jsonl", extractor).scores for lang in ("fr", "en")}


def test_dev_set_floors(dev):
    assert dev["sub_event_type_macro_f1"] >= 0.80
    assert dev["perpetrator"] >= 0.85
    assert dev["admin2"] >= 0.85
    assert dev["fatalities_exact"] >= 0.85
    assert dev["detection_precision"] >= 0.9 and dev["detection_recall"] >= 0.9
    assert dev["no_event_texts_correct"] >= 0.9


def test_heldout_gold_has_both_languages_and_enough_texts():
    for lang in ("fr", "en"):
        assert sum(1 for _ in open(GOLD / f"heldout_{lang}.jsonl", encoding="utf-8")) >= 40


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_heldout_floors(heldout, lang):
    s = heldout[lang]
    assert s["sub_event_type_macro_f1"] >= 0.80
    assert s["perpetrator"] >= 0.80
    assert s["admin2"] >= 0.85
    assert s["fatalities_exact"] >= 0.80
    assert s["date"] >= 0.85
    assert s["detection_precision"] >= 0.9 and s["detection_recall"] >= 0.9


def test_french_within_five_points_of_english(heldout):
    for k in HEADLINE:
        assert heldout["fr"][k] >= heldout["en"][k] - 0.05, k


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_blind_gold_floors(extractor, lang):
    s = evaluate_file(GOLD / f"blind_{lang}.jsonl", extractor).scores
    assert s["sub_event_type_macro_f1"] >= 0.80 and s["perpetrator"] >= 0.80
    assert s["admin2"] >= 0.80 and s["fatalities_exact"] >= 0.80
    assert s["detection_precision"] >= 0.9 and s["detection_recall"] >= 0.9
