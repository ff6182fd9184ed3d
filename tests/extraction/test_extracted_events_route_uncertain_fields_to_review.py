"""Each extracted event carries ``field_probability`` (the shipped calibration applied to its raw confidences) and
``review`` (the fields below their threshold), beside the stable keys, which keep their meaning. Texts written for
this test, with invented places."""

import pytest

from sahelwatch.extraction.calibration import (
    ANY_LANG,
    FIELDS,
    MODEL_FIELDS,
    Calibration,
    CalibrationError,
    MonotoneMap,
    load_calibration,
)
from sahelwatch.extraction.pipeline import Document, Extractor

TEXTS = [
    Document("fr1", "Des hommes armés ont tué six civils mardi dans le village de Taborko, dans la région de Mopti, "
                    "selon un élu local joint par téléphone.", "fr", None),
    Document("en1", "Gunmen on motorbikes killed four farmers on Sunday near the village of Dassoumbe in northern "
                    "Burkina Faso, a local official said.", "en", None),
]
STABLE = {"event_type", "sub_event_type", "tactic", "event_date", "date_precision", "actors", "target_category",
          "attribution", "location", "fatalities", "confidence", "evidence", "field_confidence"}


@pytest.fixture(scope="module")
def events():
    out = [e.as_json() for r in Extractor(use_spacy=False).extract_many(TEXTS) for e in r.events]
    assert len(out) >= 2, "the test texts each report an event"
    return out


def test_events_carry_calibrated_probabilities_and_review(events):
    cal = load_calibration()
    for ev in events:
        assert STABLE <= set(ev)
        probs = ev["field_probability"]
        assert set(probs) == set(cal.maps)
        assert all(0.0 <= p <= 1.0 for p in probs.values())
        # each probability is the shipped map at the field's raw confidence
        fc = ev["field_confidence"]
        for name, p in probs.items():
            raw = ev["confidence"] if name == "event" else fc[FIELDS[name][0]]
            assert p == round(cal.maps[name][ANY_LANG](raw), 3)
        assert ev["review"] == [f for f in FIELDS if f in probs and probs[f] < cal.thresholds[f]]


def _flat(p: float) -> Calibration:
    """A calibration that gives every field probability ``p``, threshold 0.5."""
    return Calibration({f: {ANY_LANG: MonotoneMap((0.5,), (p,), 10)} for f in FIELDS}, {f: 0.5 for f in FIELDS})


@pytest.mark.parametrize("p, review", [(0.2, list(FIELDS)), (0.95, [])])
def test_review_lists_the_fields_below_threshold(p, review):
    res = Extractor(use_spacy=False, calibration=_flat(p)).extract(TEXTS[1])
    assert res.events
    for ev in (e.as_json() for e in res.events):
        assert set(ev["field_probability"].values()) == {p}
        assert ev["review"] == review


def test_uncalibrated_extractor_adds_no_keys_and_keeps_the_confidences(events):
    plain = [e.as_json() for r in Extractor(use_spacy=False, calibration=None).extract_many(TEXTS) for e in r.events]
    assert all("field_probability" not in e and "review" not in e for e in plain)
    assert [(e["confidence"], e["field_confidence"]) for e in plain] == \
        [(e["confidence"], e["field_confidence"]) for e in events]


def test_unreadable_calibration_stops_the_extractor(tmp_path):
    bad = tmp_path / "calibration.json"
    bad.write_text('{"format": 1, "provenance": {}, "thresholds": {}}', encoding="utf-8")
    with pytest.raises(CalibrationError, match="'maps' must be an object") as err:
        Extractor(calibration=load_calibration(bad))
    assert str(bad) in str(err.value)


def test_a_field_at_its_threshold_is_accepted():
    res = Extractor(use_spacy=False, calibration=_flat(0.5)).extract(TEXTS[1])
    assert res.events and all(e.as_json()["review"] == [] for e in res.events)


class _Model:
    """A stand-in trained sub-event model: a text model that says 'Armed clash' with probability ``p``."""

    features = "text"
    threshold = 0.3

    def __init__(self, p: float):
        self.p = p

    def predict_one(self, text: str) -> tuple[str, float]:
        return "Armed clash", self.p


@pytest.mark.parametrize("p", [0.31, 0.99])
def test_fields_a_trained_model_sets_are_not_calibrated_and_go_to_review(p):
    # the maps read the rules' confidences: the model's probability (the type's, the tactic's that follows it and
    # the event's, their mean with the others) gets no probability from them, however high, and is to review
    res = Extractor(use_spacy=False, calibration=_flat(0.95), model=_Model(p)).extract(TEXTS[1])
    assert res.events
    for ev in (e.as_json() for e in res.events):
        assert ev["sub_event_type"] == "Armed clash" and ev["field_confidence"]["sub_event_type"] == p
        assert set(ev["field_probability"]) == set(FIELDS) - set(MODEL_FIELDS)
        assert ev["review"] == [f for f in FIELDS if f in MODEL_FIELDS]


def test_a_model_below_its_threshold_leaves_the_rules_type_calibrated():
    res = Extractor(use_spacy=False, calibration=_flat(0.95), model=_Model(0.2)).extract(TEXTS[1])
    assert res.events
    for ev in (e.as_json() for e in res.events):
        assert ev["sub_event_type"] != "Armed clash"
        assert set(ev["field_probability"]) == set(FIELDS) and ev["review"] == []


@pytest.mark.parametrize("content, reason", [(None, "calibration file missing"), ("{\"format\": 1", "not JSON")])
def test_the_extractor_stops_when_the_shipped_calibration_is_missing_or_corrupt(monkeypatch, tmp_path, content,
                                                                                reason):
    import sahelwatch.extraction.calibration as calibration

    if content is not None:
        (tmp_path / calibration.SHIPPED).write_text(content, encoding="utf-8")
    monkeypatch.setattr(calibration, "_res", type("Resources", (), {"files": staticmethod(lambda _pkg: tmp_path)}))
    calibration._shipped.cache_clear()
    try:
        with pytest.raises(CalibrationError, match=reason) as err:
            Extractor(use_spacy=False)
        assert f"sahelwatch/extraction/data/{calibration.SHIPPED}" in str(err.value)
    finally:
        monkeypatch.undo()
        calibration._shipped.cache_clear()
    assert Extractor(use_spacy=False).calibration is not None  # the shipped file again
