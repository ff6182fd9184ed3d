"""The other events a text reports, scored beside its main event without changing any main-event figure.

Every event and text here is invented for these tests; no sentence comes from an evaluation set.
"""

import datetime as dt
import json
from dataclasses import replace

import pytest

from sahelwatch.errors import InputError
from sahelwatch.extraction.evaluation import GoldDoc, evaluate, format_report, read_gold
from sahelwatch.extraction.text_scores import pooled

from .test_evaluation_date_given import Fixed  # stands in for the extractor: the events given for each text


def pred(sub, date, admin1):
    return {"event_type": "Battles", "sub_event_type": sub, "tactic": "armed_clash", "target_category": "civilians",
            "event_date": date, "actors": [], "location": {"country": "Mali", "admin1": admin1, "admin2": None},
            "fatalities": {"best": 2}}


def gold(sub, date, admin1, told_as=None):
    g = {"event_type": "Battles", "sub_event_type": sub, "country": "Mali", "event_date": date, "admin1": admin1,
         "fatalities": 2}
    return g | ({"told_as": told_as} if told_as else {})


def doc(id_, events, others=None):
    return GoldDoc(id_, "unused text", "fr", dt.date(2025, 4, 12), tuple(events),
                   None if others is None else tuple(others))


# one text: its main event, a news other event, a background other event (years before), and a stray prediction
MAIN = gold("Attack", "2025-04-10", "Northvale")
NEWS = gold("Armed clash", "2025-04-08", "Eastmarch", "news")
OLD = gold("Attack", "2021-09-01", "Westfold", "background")
PREDS = [pred("Attack", "2025-04-10", "Northvale"), pred("Armed clash", "2025-04-08", "Eastmarch"),
         pred("Attack", "2021-09-01", "Westfold"), pred("Arrests", "2025-01-20", "Southreach")]


def labelled():
    return [doc("a", [MAIN], [NEWS, OLD]), doc("b", [], [])]


def test_the_all_events_figures_count_a_news_event_right_and_a_background_event_wrong():
    rep = evaluate(labelled(), Fixed({"a": PREDS}))
    s = rep.scores
    assert s["detection_precision"] == 0.25 and s["detection_recall"] == 1.0
    assert s["detection_precision_all_events"] == 0.5  # the main and the news event of four predictions
    assert s["detection_recall_all_events"] == 1.0
    assert s["extra_background"] == 0.25
    assert rep.all_events == {"texts_not_labelled_for_other_events": 0, "other_events": 2, "other_events_news": 1,
                              "other_events_background": 1, "paired_other_news": 1, "paired_other_background": 1,
                              "unpaired_predictions": 1, "reason": None}


def test_the_all_events_macro_f1_takes_a_news_event_as_its_gold_type_instead_of_a_false_alarm():
    s = evaluate(labelled(), Fixed({"a": PREDS})).scores
    # main events only: Attack F1 2/3 (one right, one false alarm), Armed clash 0, Arrests 0
    assert s["sub_event_type_macro_f1"] == pytest.approx((2 / 3) / 3, abs=1e-4)
    # all events: Armed clash now right (1.0); the background Attack is still a false alarm of Attack
    assert s["sub_event_type_macro_f1_all_events"] == pytest.approx((2 / 3 + 1) / 3, abs=1e-4)


def test_the_main_event_takes_a_prediction_before_any_other_event():
    # a news event on the same day and in the same region as the main one: the one prediction goes to the main event
    twin = gold("Attack", "2025-04-10", "Northvale", "news")
    rep = evaluate([doc("a", [MAIN], [twin])], Fixed({"a": [pred("Attack", "2025-04-10", "Northvale")]}))
    assert rep.n_paired == 1 and rep.all_events["paired_other_news"] == 0
    assert rep.scores["detection_recall_all_events"] == 0.5  # the twin is missed


def test_no_main_event_figure_moves_when_other_events_are_given():
    ext = Fixed({"a": PREDS, "b": [pred("Attack", "2025-04-11", "Northvale")]})
    given = evaluate(labelled(), ext)
    without = evaluate([replace(d, other_events=None) for d in labelled()], ext)
    for k, v in without.scores.items():
        if not k.endswith("_all_events") and k != "extra_background":
            assert given.scores[k] == v, k
    assert (given.n_docs, given.n_gold_events, given.n_pred_events, given.n_paired) == (
        without.n_docs, without.n_gold_events, without.n_pred_events, without.n_paired)
    # an error says which other event a stray prediction paired with, and nothing else changes in it
    assert [{k: v for k, v in e.items() if k != "other_event"} for e in given.errors] == without.errors
    assert [e.get("other_event") for e in given.errors if e["wrong"] == ["spurious_event"]] == [
        "news", "background", None, None]


def test_a_text_not_labelled_for_other_events_makes_the_all_events_figures_null_with_the_reason():
    docs = [doc("a", [MAIN], [NEWS, OLD]), doc("b", [])]
    rep = evaluate(docs, Fixed({"a": PREDS}))
    assert rep.scores["detection_precision_all_events"] is None
    assert rep.scores["sub_event_type_macro_f1_all_events"] is None
    assert rep.all_events["texts_not_labelled_for_other_events"] == 1
    assert rep.all_events["reason"] == "1 of 2 texts are not labelled for other events"
    assert "all events: - (1 of 2 texts are not labelled for other events)" in format_report(rep)


def test_sets_pooled_score_as_their_texts_scored_together():
    ext = Fixed({"a": PREDS, "c": [pred("Armed clash", "2025-03-02", "Eastmarch")]})
    first, second = labelled(), [doc("c", [gold("Armed clash", "2025-03-02", "Eastmarch")], [])]
    together = evaluate(first + second, ext)
    pool = pooled([evaluate(first, ext), evaluate(second, ext)])
    assert pool.scores == together.scores and pool.all_events == together.all_events
    assert (pool.n_docs, pool.n_pred_events, pool.n_paired) == (3, 5, 2)


def line(**extra):
    return json.dumps({"id": "t1", "lang": "fr", "text": "Un texte inventé.", "published": "2025-04-12",
                       "gold": None, **extra})


def test_a_gold_file_reads_other_events_and_tells_an_unlabelled_text_apart(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(line(other_events=[NEWS]) + "\n" + line(id="t2") + "\n", encoding="utf-8")
    docs = read_gold(path)
    assert docs[0].other_events == (NEWS,) and docs[1].other_events is None


@pytest.mark.parametrize("others, reason", [
    ([{"sub_event_type": "Attack"}], "event key 'told_as' must be one of news, background, got None "
                                     "(other event 1 of 1)"),
    ([NEWS, NEWS | {"fatalities": "three"}], "event key 'fatalities' must be a whole number"),
    ({"told_as": "news"}, "'other_events' must be a list of event objects"),
])
def test_other_events_the_scorer_cannot_read_are_an_error_naming_the_file_and_line(tmp_path, others, reason):
    path = tmp_path / "gold.jsonl"
    path.write_text(line() + "\n" + line(id="t2", other_events=others) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="gold.jsonl:2: 'other_events'") as err:
        read_gold(path)
    assert reason in str(err.value)


TEXTS = {
    "fr-a": "Trois civils ont été tués lundi par des hommes armés dans la région de Mopti. Dans une autre attaque, "
            "jeudi, quatre gendarmes ont été tués dans la région de Gao.",
    "fr-b": "Le conseil municipal de Dabéna a voté le budget de l'année et annoncé la réfection du marché.",
}


def test_a_real_extractor_run_moves_no_main_event_figure_when_other_events_are_given(rules_only):
    main = {"sub_event_type": "Attack", "event_date": "2025-04-07", "country": "Mali", "admin1": "Mopti",
            "fatalities": 3}
    other = {"sub_event_type": "Armed clash", "event_date": "2025-04-10", "country": "Mali", "admin1": "Gao",
             "fatalities": 4, "told_as": "news"}
    docs = [GoldDoc("fr-a", TEXTS["fr-a"], "fr", dt.date(2025, 4, 12), (main,), (other,)),
            GoldDoc("fr-b", TEXTS["fr-b"], "fr", dt.date(2025, 4, 12), (), ())]
    given = evaluate(docs, rules_only)
    without = evaluate([replace(d, other_events=None) for d in docs], rules_only)
    assert {k: v for k, v in given.scores.items() if k in without.scores and without.scores[k] is not None} == {
        k: v for k, v in without.scores.items() if v is not None}
    a = given.all_events
    assert a["reason"] is None and a["other_events"] == 1
    # every prediction is paired with a main event, with an other event, or with nothing
    assert given.n_paired + a["paired_other_news"] + a["paired_other_background"] + a["unpaired_predictions"] == \
        given.n_pred_events
    # the second attack the text tells is coded: wrong for the main event alone, right among every event
    assert given.scores["detection_precision_all_events"] > given.scores["detection_precision"]
    assert given.scores["detection_recall_all_events"] > 0.5


def test_a_news_other_event_no_prediction_pairs_with_is_a_miss_of_its_type_in_the_all_events_macro_f1():
    # the main event found, the news event missed, the background event missed (history: no miss)
    rep = evaluate([doc("a", [MAIN], [NEWS, OLD])], Fixed({"a": [pred("Attack", "2025-04-10", "Northvale")]}))
    assert rep.scores["sub_event_type_macro_f1"] == 1.0
    # Attack 1.0, Armed clash 0.0 (one gold event of that type, never predicted), as a missed main event would be
    assert rep.scores["sub_event_type_macro_f1_all_events"] == 0.5
    assert rep.scores["detection_recall_all_events"] == 0.5


def test_a_missed_news_other_event_without_a_type_is_not_scored_on_its_type():
    untyped = {k: v for k, v in NEWS.items() if k != "sub_event_type"}
    rep = evaluate([doc("a", [MAIN], [untyped])], Fixed({"a": [pred("Attack", "2025-04-10", "Northvale")]}))
    assert rep.scores["sub_event_type_macro_f1_all_events"] == 1.0 and rep.scores["detection_recall_all_events"] == 0.5


def vague(sub, event_type, country="Mali", told_as="news"):
    """An other event the text tells with neither a date nor a region."""
    return {"event_type": event_type, "sub_event_type": sub, "country": country, "told_as": told_as}


def typed(sub, event_type, date, admin1, country="Mali"):
    return pred(sub, date, admin1) | {"event_type": event_type, "location": {"country": country, "admin1": admin1,
                                                                             "admin2": None}}


def test_an_other_event_with_neither_date_nor_admin1_needs_the_event_type_besides_the_country():
    found = typed("Arrests", "Strategic developments", "2025-04-11", None)
    stray = typed("Arrests", "Strategic developments", "2025-04-11", "Southreach")
    clash = typed("Armed clash", "Battles", "2025-03-30", "Southreach")
    abroad = typed("Armed clash", "Battles", "2025-03-30", "Lakeside", country="Niger")
    main = pred("Attack", "2025-04-10", "Northvale")
    # an arrest in the same country is no clash the text tells in passing: it pairs with nothing
    rep = evaluate([doc("a", [MAIN], [vague("Armed clash", "Battles")])], Fixed({"a": [main, stray]}))
    assert rep.scores["detection_precision_all_events"] == 0.5 and rep.all_events["unpaired_predictions"] == 1
    # a clash in that country pairs with it; a clash in another country does not
    rep = evaluate([doc("a", [MAIN], [vague("Armed clash", "Battles")])], Fixed({"a": [main, abroad, clash]}))
    assert rep.all_events["paired_other_news"] == 1 and rep.all_events["unpaired_predictions"] == 1
    assert [e.get("other_event") for e in rep.errors if e["wrong"] == ["spurious_event"]] == [None, "news"]
    # a background event of that kind likewise: only a prediction of its type codes the history
    rep = evaluate([doc("a", [MAIN], [vague("Peaceful protest", "Protests", told_as="background")])],
                   Fixed({"a": [main, found]}))
    assert rep.scores["extra_background"] == 0.0 and rep.all_events["paired_other_background"] == 0
    # the main event keeps its rule: with neither a date nor an admin1, the country alone stands in
    rep = evaluate([doc("a", [vague("Armed clash", "Battles", told_as=None)], [])], Fixed({"a": [stray]}))
    assert rep.n_paired == 1


def test_an_other_event_with_a_date_or_an_admin1_pairs_as_a_main_event_would():
    news = gold("Armed clash", "2025-04-08", None, "news")
    arrest = typed("Arrests", "Strategic developments", "2025-04-09", "Southreach")  # within a day: agrees
    rep = evaluate([doc("a", [MAIN], [news])], Fixed({"a": [pred("Attack", "2025-04-10", "Northvale"), arrest]}))
    assert rep.all_events["paired_other_news"] == 1


def test_pair_text_pairs_the_main_events_first_and_gives_indices_into_the_predictions():
    from sahelwatch.extraction.evaluation import pair_text

    preds = [pred("Armed clash", "2025-04-08", "Eastmarch"), pred("Arrests", "2025-01-20", "Southreach"),
             pred("Attack", "2025-04-10", "Northvale")]
    assert pair_text([MAIN], [OLD, NEWS], preds) == ([(0, 2)], [(1, 0)])
    assert pair_text([MAIN], None, preds) == ([(0, 2)], [])
    twin = gold("Attack", "2025-04-10", "Northvale", "news")
    assert pair_text([MAIN], [twin], preds[2:]) == ([(0, 0)], [])  # the main event takes it first


def test_the_confidence_calibration_labels_an_event_right_as_the_scorer_pairs_it():
    from sahelwatch.extraction.calibration import observations

    def conf(p):
        return p | {"confidence": 0.7, "field_confidence": {}}

    main = conf(pred("Attack", "2025-04-10", "Northvale"))
    stray = conf(typed("Arrests", "Strategic developments", "2025-04-11", "Southreach"))
    news = conf(pred("Armed clash", "2025-04-08", "Eastmarch"))
    others = [vague("Armed clash", "Battles"), NEWS, OLD]
    preds = [stray, main, news]
    obs = [o.right for o in observations([MAIN], preds, "fr", dt.date(2025, 4, 12), "s", others) if o.field == "event"]
    assert obs == [False, True, True]  # the arrest is not the clash told with neither date nor region
    scored = evaluate([doc("a", [MAIN], others)], Fixed({"a": preds}))
    assert scored.scores["detection_precision_all_events"] == round(sum(obs) / len(obs), 4)
