"""A concept model: logistic regression over the language-neutral concept ids the rules fire, fitted on
coded English notes and read back as data; it transfers to French through the French cue lexicon
(sentences written for these tests; ACLED notes read at test time from ../shared/data, never stored)."""

import datetime as dt

import pytest

from sahelwatch.extraction import Extractor, load_model, train
from sahelwatch.extraction.pipeline import Document
from sahelwatch.extraction.training import TrainedModel, _pipeline, read_acled_csv, save_model

from .conftest import shared_file


def _event(extractor, text, lang):
    return extractor.extract(Document("t", text, lang, dt.date(2024, 6, 12))).events[0]


@pytest.mark.parametrize("fr,en", [
    ("Des hommes armés ont tué douze villageois lundi près de Djibo.", "Gunmen killed twelve villagers near Djibo on Monday."),
    ("Quatre soldats ont été tués lundi quand leur véhicule a sauté sur une mine près de Boni.",
     "Four soldiers were killed on Monday when their vehicle struck a mine near Boni."),
])
def test_a_french_and_an_english_report_of_one_event_fire_the_same_concepts(rules_only, fr, en):
    assert set(_event(rules_only, fr, "fr").concepts) == set(_event(rules_only, en, "en").concepts)


def test_a_concept_model_is_saved_and_read_back_as_data(tmp_path):
    ids = ["m:death m:victims_unarmed target:civilians", "m:clash target:security_forces", "m:ied dead:1",
           "m:death target:civilians rules:Attack", "m:clash m:death target:armed_group", "m:ied dead:0"]
    labels = ["Attack", "Armed clash", "Remote explosive/landmine/IED"] * 2
    fitted = _pipeline("concepts").fit(ids, labels)
    save_model(TrainedModel(fitted, None, tuple(sorted(set(labels))), 0.7, len(ids), "", features="concepts"), tmp_path)
    back = load_model(tmp_path)
    assert back.features == "concepts"
    for text in ids + ["m:ied target:security_forces", "an id never seen"]:
        assert back.predict_one(text) == pytest.approx(max(zip(fitted.classes_, fitted.predict_proba([text])[0]),
                                                          key=lambda kv: kv[1]))


def test_a_concept_model_fitted_on_earlier_acled_notes_does_not_lose_to_the_rules_on_a_later_year(tmp_path, rules_only):
    df = read_acled_csv(shared_file("acled/acled_mali_dyadic_1997-2018.csv"))
    report = train(df, tmp_path, features="concepts", hold_out_from=2018, extractor=rules_only)
    assert report["features"] == "concepts" and report["test_rows"] > 500
    sub = report["sub_event_type"]
    # the rules with the model's confident overrides score about as well as the rules alone on 2018's notes (within
    # one point: the rules now code the notes the model used to correct, and its few confident overrides of 2018,
    # a handful of 750, follow the older years' coding of looting as an attack)
    assert sub["combined"]["accuracy"] >= sub["rules"]["accuracy"] - 0.01
    assert sub["combined"]["macro_f1"] >= sub["rules"]["macro_f1"] - 0.01
    assert sub["trained"]["accuracy"] > 0.6
    # read back as data, the English-trained model codes a French report
    model = load_model(tmp_path)
    coded = Extractor(use_spacy=False, model=model)
    e = _event(coded, "Des militaires ont exécuté quinze villageois dimanche près de Djenné, selon des témoins.", "fr")
    assert e.sub_event_type == "Attack"
