"""Scoring rules: which predicted event may stand for which gold event, and the macro-F1.

Every event here is invented for these tests; no sentence comes from an evaluation set.
"""

import datetime as dt
from types import SimpleNamespace

import pytest

from sahelwatch.extraction.evaluation import GoldDoc, evaluate, pair_events
from sahelwatch.extraction.text_scores import macro_f1


def pred(sub="Attack", date="2022-03-10", admin1="Mopti", admin2="Bankass", country="Mali", fatalities=3,
         perpetrator="Unidentified armed group"):
    actors = [{"name": perpetrator, "role": "perpetrator", "canonical_id": None}] if perpetrator else []
    return {"event_type": "Violence against civilians", "sub_event_type": sub, "tactic": "raid_on_village",
            "target_category": "civilians", "event_date": date, "actors": actors,
            "location": {"country": country, "admin1": admin1, "admin2": admin2},
            "fatalities": {"best": fatalities}}


def gold(sub="Attack", date="2022-03-10", admin1="Mopti", admin2="Bankass", country="Mali", fatalities=3):
    g = {"event_type": "Violence against civilians", "sub_event_type": sub, "country": country,
         "perpetrator": "Unidentified armed group", "target": "civilians", "fatalities": fatalities}
    if date:
        g["event_date"] = date
    if admin1:
        g["admin1"] = admin1
    if admin2:
        g["admin2"] = admin2
    return g


def test_a_prediction_two_days_off_in_another_region_does_not_pair():
    g = gold(date="2022-03-10", admin1="Mopti")
    p = pred(date="2022-03-12", admin1="Gao", admin2="Ansongo")
    assert pair_events([g], [p]) == []


def test_a_prediction_one_day_off_in_another_region_pairs_on_the_date():
    assert pair_events([gold(date="2022-03-10", admin1="Mopti")],
                       [pred(date="2022-03-11", admin1="Segou", admin2="Niono")]) == [(0, 0)]


def test_a_prediction_with_a_wrong_date_pairs_on_the_admin1():
    assert pair_events([gold(date="2022-03-10", admin1="Tillabéri")],
                       [pred(date="2021-07-01", admin1="Tillaberi", admin2=None, country="Niger")]) == [(0, 0)]


def test_an_undated_prediction_pairs_only_on_the_admin1():
    assert pair_events([gold(admin1="Sahel", country="Burkina Faso")],
                       [pred(date=None, admin1="Sahel", country="Burkina Faso")]) == [(0, 0)]
    assert pair_events([gold(admin1="Sahel", country="Burkina Faso")],
                       [pred(date=None, admin1="Est", country="Burkina Faso")]) == []


def test_a_gold_event_with_neither_date_nor_admin1_pairs_on_the_country():
    g = gold(date=None, admin1=None, admin2=None, country="Niger")
    assert pair_events([g], [pred(date=None, admin1="Tahoua", country="Niger")]) == [(0, 0)]
    assert pair_events([g], [pred(date=None, admin1="Gao", country="Mali")]) == []


def test_each_event_pairs_once_and_the_best_agreement_wins():
    golds = [gold(sub="Armed clash", date="2023-05-02", admin1="Gao"),
             gold(sub="Attack", date="2023-05-02", admin1="Gao")]
    preds = [pred(sub="Attack", date="2023-05-02", admin1="Gao"),
             pred(sub="Armed clash", date="2023-05-02", admin1="Gao"),
             pred(sub="Attack", date="2023-05-02", admin1="Gao")]
    assert pair_events(golds, preds) == [(0, 1), (1, 0)]


def test_macro_f1_counts_a_label_that_only_the_predictions_use():
    # gold uses one label; a spurious second label predicted once must lower the average
    pairs = [("Attack", "Attack"), ("Attack", "Attack"), ("NONE", "Arrests")]
    assert macro_f1(pairs) == pytest.approx((1.0 + 0.0) / 2)


def test_macro_f1_ignores_the_placeholder_of_a_missed_event():
    # a missed gold event lowers its label's recall, but "NONE" is no label of its own
    pairs = [("Armed clash", "Armed clash"), ("Armed clash", "NONE")]
    assert macro_f1(pairs) == pytest.approx(2 * 1.0 * 0.5 / 1.5)


def test_macro_f1_of_nothing_is_none():
    assert macro_f1([]) is None


class FixedExtractor:
    """Stands in for the extractor: returns the events it was given, document by document."""

    def __init__(self, events_by_doc):
        self.events_by_doc = events_by_doc

    def extract_many(self, docs):
        for d in docs:
            evs = [SimpleNamespace(as_json=lambda e=e: e) for e in self.events_by_doc.get(d.id, [])]
            yield SimpleNamespace(events=evs)


def doc(id_, events):
    return GoldDoc(id_, "unused text", "fr", dt.date(2022, 3, 12), tuple(events))


def test_evaluate_counts_an_unrelated_prediction_as_a_miss_and_a_false_alarm():
    docs = [doc("a", [gold(date="2022-03-10", admin1="Mopti")]),
            doc("b", [gold(sub="Armed clash", date="2022-04-01", admin1="Gao", admin2="Ansongo")]),
            doc("c", [])]
    ext = FixedExtractor({
        "a": [pred(date="2022-03-10", admin1="Mopti")],
        # same text, but another region and another week: not the gold event
        "b": [pred(sub="Armed clash", date="2022-05-20", admin1="Kidal", admin2="Tessalit")],
        "c": [pred(sub="Arrests", date="2022-03-11", admin1="Bamako", admin2="Bamako")],
    })
    rep = evaluate(docs, ext)
    assert (rep.n_gold_events, rep.n_pred_events, rep.n_paired) == (2, 3, 1)
    assert rep.scores["detection_precision"] == pytest.approx(1 / 3, abs=1e-4)
    assert rep.scores["detection_recall"] == pytest.approx(0.5)
    assert rep.scores["sub_event_type"] == pytest.approx(0.5)
    assert rep.scores["no_event_texts_correct"] == 0.0
    # labels: Attack (1/1 right), Armed clash (missed, and predicted once unpaired), Arrests (false alarm)
    assert rep.scores["sub_event_type_macro_f1"] == pytest.approx(1 / 3, abs=1e-4)


def test_evaluate_scores_the_date_by_how_the_text_gives_it():
    g_full = gold(date="2022-03-10") | {"date_in_text": "full"}
    g_partial = gold(date="2022-03-08", admin1="Gao", admin2="Gao") | {"date_in_text": "partial"}
    g_none = gold(date=None, admin1="Kidal", admin2="Kidal") | {"date_in_text": "none"}
    ext = FixedExtractor({"a": [pred(date="2022-03-10")],
                          "b": [pred(date="2022-03-09", admin1="Gao", admin2="Gao")],
                          "c": [pred(date="2022-03-12", admin1="Kidal", admin2="Kidal")]})
    s = evaluate([doc("a", [g_full]), doc("b", [g_partial]), doc("c", [g_none])], ext).scores
    assert s["date_full_in_text"] == 1.0
    assert s["date_partial_in_text"] == 0.0
    assert s["date"] == 0.5  # the undated gold event is not scored on its date


class RecordingExtractor(FixedExtractor):
    def __init__(self):
        super().__init__({})
        self.seen = []

    def extract_many(self, docs):
        docs = list(docs)
        self.seen += [d.published for d in docs]
        return super().extract_many(docs)


def test_scoring_without_publication_dates_hides_them_from_the_extractor(tmp_path):
    from sahelwatch.extraction.evaluation import evaluate_file

    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": "x1", "lang": "en", "published": "2023-02-14", "text": "A made-up report.", '
                    '"gold": null}\n', encoding="utf-8")
    ext = RecordingExtractor()
    evaluate_file(path, ext)
    evaluate_file(path, ext, published=False)
    assert ext.seen == [dt.date(2023, 2, 14), None]


def test_a_region_spelt_the_english_way_pairs_with_and_scores_as_its_gazetteer_name():
    # ACLED's legacy exports write 'Timbuktu' and 'Segou'; the extractor writes the gazetteer's names
    assert pair_events([gold(date=None, admin1="Timbuktu", admin2="Tombouctou")],
                       [pred(date="2019-01-01", admin1="Tombouctou", admin2="Tombouctou")]) == [(0, 0)]
    assert pair_events([gold(date=None, admin1="Timbuktu")],
                       [pred(date="2019-01-01", admin1="Gao", admin2="Gao")]) == []
