"""The calibration of field confidences: a monotone map bounded in [0, 1], fitted by hand-computable rules, shipped
as a JSON file with its provenance; a missing or corrupt file is an error naming the file and the reason."""

import json

import pytest

from sahelwatch.extraction.calibration import (
    ANY_LANG,
    FIELDS,
    MARGIN,
    Calibration,
    CalibrationError,
    MonotoneMap,
    Observation,
    accepted,
    choose_threshold,
    fit_calibration,
    fit_map,
    load_calibration,
    observations,
    reliability,
    wilson_lower,
)

GRID = [i / 100 for i in range(-5, 106)]


def test_shipped_maps_are_monotone_and_bounded():
    cal = load_calibration()
    assert cal.maps, "the shipped calibration has no map"
    for name, by_lang in cal.maps.items():
        assert name in FIELDS
        for m in by_lang.values():
            values = [m(x) for x in GRID]
            assert all(0.0 <= v <= 1.0 for v in values), name
            assert all(b >= a for a, b in zip(values, values[1:])), name
            assert m.n > 0


def test_shipped_file_says_where_it_comes_from():
    cal = load_calibration()
    prov = cal.provenance
    assert prov["sets"] and prov["commit"] and prov["date"]
    assert set(prov["counts"]) >= set(cal.maps)
    assert all(0.0 <= t <= 1.0 for t in cal.thresholds.values())
    assert set(cal.thresholds) == set(cal.maps)


def test_shipped_thresholds_accept_no_field_below_the_target():
    # every field the shipped file can accept has a probability of at least the target it was fitted for; so a
    # field whose map starts below the target is routed to review at its low end
    cal = load_calibration()
    target = cal.provenance["target"]
    assert all(target <= t <= 1.0 for t in cal.thresholds.values())
    for name, by_lang in cal.maps.items():
        m = by_lang[ANY_LANG]
        if m.ps[0] < target:
            assert cal.review({name: m.ps[0]}) == [name]
    assert isinstance(cal.provenance["clean"], bool)  # whether the commit named is the code that fitted it


def test_fit_by_hand():
    # 0.2: 0 of 2 right, 0.5: 1 of 2, 0.8: 4 of 4; overall 5/8; two pseudo-observations at 5/8 per knot
    points = [(0.2, False), (0.2, False), (0.5, True), (0.5, False)] + [(0.8, True)] * 4
    m = fit_map(points, prior=2.0)
    assert m.xs == (0.2, 0.5, 0.8)
    assert m.ps == pytest.approx((1.25 / 4, 2.25 / 4, 5.25 / 6))
    assert m(0.35) == pytest.approx((1.25 / 4 + 2.25 / 4) / 2)  # halfway between two knots
    assert m(0.0) == m(0.2) and m(1.0) == m(0.8)  # held beyond the ends
    assert m.n == 8


def test_fit_pools_a_higher_confidence_that_is_right_less_often():
    # 0.2 right twice, 0.5 wrong twice: one block of 2 right in 4 from 0.2 to 0.5, drawn toward 1/2: 1/2
    m = fit_map([(0.2, True), (0.2, True), (0.5, False), (0.5, False)], prior=2.0)
    assert m.xs == (0.2, 0.5)
    assert m.ps == (0.5, 0.5)
    assert m(0.1) == m(0.35) == m(0.9) == 0.5


def test_a_pooled_block_holds_its_share_across_its_values():
    # 0.3 wrong 4 times in 4; 0.5 right 4 times, 0.8 right 3 times in 4: pooled from 0.5 to 0.8 (7 of 8)
    m = fit_map([(0.3, False)] * 4 + [(0.5, True)] * 4 + [(0.8, True)] * 3 + [(0.8, False)], prior=0.0)
    assert m.xs == (0.3, 0.5, 0.8)
    assert m.ps == (0.0, 0.875, 0.875)
    assert m(0.4) == pytest.approx(0.4375)


def test_fit_without_observations_is_refused():
    with pytest.raises(ValueError, match="no observations"):
        fit_map([])


def test_reliability_by_hand():
    r = reliability([(0.9, True), (0.9, False), (0.1, False), (0.1, False)])
    assert r["brier"] == pytest.approx((0.01 + 0.81 + 0.01 + 0.01) / 4)
    assert r["ece"] == pytest.approx(0.5 * 0.4 + 0.5 * 0.1)
    assert r["accuracy"] == 0.25
    assert [b["n"] for b in r["bins"]] == [2, 2]


def test_threshold_accepts_what_is_right_often_enough():
    pairs = [(0.3, False)] * 50 + [(0.9, True)] * 100
    assert choose_threshold(pairs, 0.9) == 0.9
    assert accepted(pairs, 0.9) == {"threshold": 0.9, "n": 150, "accepted_share": round(100 / 150, 4),
                                    "accepted_accuracy": 1.0}
    assert choose_threshold([(0.5, False)] * 30, 0.9) == 1.0  # nothing is right: everything to review
    # 9 of 10 right is 0.9, but not with 90% confidence
    assert choose_threshold([(0.8, True)] * 9 + [(0.8, False)], 0.9) == 1.0
    assert wilson_lower(9, 10) < 0.9 < wilson_lower(990, 1000)


def test_threshold_holds_in_every_set_when_sets_are_given():
    # pooled, 0.91 and up is right 195 times in 200 (and 95 in 100 within the margin); set "b" alone, 15 in 20
    pairs = [(0.91, True)] * 15 + [(0.91, False)] * 5 + [(0.93, True)] * 80 + [(0.99, True)] * 100
    groups = ["b"] * 20 + ["a"] * 180
    assert choose_threshold(pairs, 0.9) == 0.91
    assert choose_threshold(pairs, 0.9, groups) == 0.93


def test_a_field_whose_own_probability_is_below_the_target_is_never_accepted():
    # 21 fields at 0.651, right 13 times, ride on 600 right at 0.995: pooled 613 of 621 right, but each of the 21
    # is right less often than the target; 100 at 0.85 all right, beside 100 at 0.95: still below 0.9 themselves
    pairs = [(0.651, True)] * 13 + [(0.651, False)] * 8 + [(0.995, True)] * 600
    assert choose_threshold(pairs, 0.9) == 0.995
    assert choose_threshold([(0.85, True)] * 100 + [(0.95, True)] * 100, 0.9) == 0.95
    # so a field whose lowest map value is below the target is routed to review there
    low_admin1 = Calibration({"admin1": {ANY_LANG: MonotoneMap((0.3, 0.35), (0.651, 0.995), 621)}},
                             {"admin1": choose_threshold(pairs, 0.9)})
    assert low_admin1.route({"location": 0.3}, 0.8, "fr") == ({"admin1": 0.651}, ["admin1"])
    assert low_admin1.route({"location": 0.6}, 0.8, "fr") == ({"admin1": 0.995}, [])


def test_the_fields_just_above_the_threshold_reach_the_target_too():
    # from 0.92, 207 of 210 are right, but those at 0.92, the margin, only 7 of 10
    pairs = [(0.92, True)] * 7 + [(0.92, False)] * 3 + [(0.99, True)] * 200
    assert choose_threshold(pairs, 0.9) == 0.99
    # spread across the margin (0.92 to 0.96), 27 of 30 right there: accepted from 0.92
    spread = [(0.92, True)] * 7 + [(0.92, False)] * 3 + [(0.95, True)] * 20 + [(0.99, True)] * 200
    assert choose_threshold(spread, 0.9) == 0.92
    assert MARGIN == 0.05


def test_calibration_round_trips_through_json(tmp_path):
    obs = [Observation("admin1", "fr", 0.4, False), Observation("admin1", "fr", 0.9, True),
           Observation("admin1", "en", 0.9, True)]
    cal = fit_calibration(obs, {"admin1": 0.6}, provenance={"sets": ["invented"]})
    path = tmp_path / "cal.json"
    path.write_text(json.dumps(cal.as_json()), encoding="utf-8")
    back = load_calibration(path)
    assert back.thresholds == {"admin1": 0.6}
    assert back.maps["admin1"][ANY_LANG] == cal.maps["admin1"][ANY_LANG]
    probs = back.probabilities({"admin1": 0.4, "tactic": 0.9}, "fr")
    assert list(probs) == ["admin1"]  # a field without a map gets no probability
    assert back.review(probs) == (["admin1"] if probs["admin1"] < 0.6 else [])


@pytest.mark.parametrize("content, reason", [
    ("{not json", "not JSON"),
    ('{"format": 2}', "format"),
    ('{"format": 1, "maps": {}, "thresholds": {}}', "'provenance' must be an object"),
    ('{"format": 1, "provenance": {}, "thresholds": {"admin1": 1.5}, "maps": {}}', "threshold of 'admin1'"),
    ('{"format": 1, "provenance": {}, "thresholds": {}, "maps": {"colour": {"*": {"xs": [0.5], "ps": [0.5], "n": 1}}}}',
     "map of 'colour'"),
    ('{"format": 1, "provenance": {}, "thresholds": {"admin1": 0.5}, "maps": {"admin1": {"*": {"xs": [0.2, 0.8], '
     '"ps": [0.9, 0.4], "n": 4}}}}', "non-decreasing"),
    ('{"format": 1, "provenance": {}, "thresholds": {"admin1": 0.5}, "maps": {"admin1": {"*": {"xs": [0.8, 0.2], '
     '"ps": [0.4, 0.9], "n": 4}}}}', "'xs' must increase"),
    ('{"format": 1, "provenance": {}, "thresholds": {"admin1": 0.5}, "maps": {"admin1": {"*": {"xs": [0.2], '
     '"ps": [1.2], "n": 4}}}}', "in \\[0, 1\\]"),
    ('{"format": 1, "provenance": {}, "thresholds": {"admin1": 0.5}, "maps": {"admin1": {"fr": {"xs": [0.2], '
     '"ps": [0.2], "n": 4}}}}', "with a '\\*' map"),
    ('{"format": 1, "provenance": {}, "thresholds": {}, "maps": {"admin1": {"*": {"xs": [0.2], "ps": [0.2], "n": 4}}}}',
     "has no threshold"),
])
def test_corrupt_file_is_an_error_naming_file_and_reason(tmp_path, content, reason):
    path = tmp_path / "calibration.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CalibrationError, match=reason) as err:
        load_calibration(path)
    assert str(path) in str(err.value)


def test_missing_file_is_an_error_naming_it(tmp_path):
    path = tmp_path / "absent.json"
    with pytest.raises(CalibrationError, match="calibration file missing") as err:
        load_calibration(path)
    assert str(path) in str(err.value)


def _pred(day: str, admin1: str, conf: float) -> dict:
    return {"event_type": "Violence against civilians", "sub_event_type": "Attack", "tactic": "raid_on_village",
            "event_date": day, "location": {"admin1": admin1, "admin2": None}, "fatalities": {"best": 3},
            "actors": [], "target_category": "civilians", "confidence": conf,
            "field_confidence": {"event_date": 0.9, "location": 0.8, "fatalities": 0.8}}


@pytest.mark.parametrize("told_as, second", [("news", [("event", 0.6, True)]), ("background", [("event", 0.6, False)]),
                                             ("none labelled", [("event", 0.6, False)]), (None, [])])
def test_an_event_is_right_when_it_pairs_with_the_main_event_or_an_other_news_event(told_as, second):
    main = {"event_date": "2024-03-05", "admin1": "Mopti", "sub_event_type": "Attack", "fatalities": 3}
    # None: the text's other events were never labelled, so the leftover prediction is no observation;
    # []: labelled, and the text reports no other event, so it is a wrong one
    other = {None: None, "none labelled": []}.get(told_as, [{"event_date": "2024-03-20", "admin1": "Kayes",
                                                            "sub_event_type": "Attack", "told_as": told_as}])
    preds = [_pred("2024-03-05", "Mopti", 0.8), _pred("2024-03-20", "Kayes", 0.6)]
    obs = observations([main], preds, "fr", None, "invented", other)
    assert [(o.field, o.raw, o.right) for o in obs if o.field == "event"] == [("event", 0.8, True), *second]
    # the fields are judged on the main event's prediction only
    assert {(o.field, o.right) for o in obs if o.field != "event"} == {("event_date", True), ("admin1", True),
                                                                      ("fatalities", True)}


def test_a_prediction_in_a_text_labelled_without_event_is_wrong_even_with_other_events_unlabelled():
    obs = observations([], [_pred("2024-03-20", "Kayes", 0.6)], "fr", None, "invented", None)
    assert [(o.field, o.raw, o.right) for o in obs] == [("event", 0.6, False)]
