import datetime as dt
import json

import pandas as pd
import pytest

from sahelwatch.errors import UsageError
from sahelwatch.extraction import enrich, link_event, load_model, train
from sahelwatch.extraction.training import read_acled_csv

from .conftest import shared_file


def test_enrich_adds_tactic_without_touching_the_input(extractor):
    df = pd.DataFrame([
        {"event_id": "t:1", "event_date": dt.date(2018, 12, 30), "sub_event_type": "Armed clash",
         "notes": "On December 30, presumed JNIM militants ambushed a National Guard patrol near Sebete, killing two soldiers.",
         "raw": None},
        {"event_id": "t:2", "event_date": dt.date(2019, 1, 5), "sub_event_type": "Attack", "notes": None,
         "raw": json.dumps({"source_headline": "Gunmen kill three civilians in central Mali village"})},
        {"event_id": "t:3", "event_date": dt.date(2019, 1, 5), "sub_event_type": "Attack", "notes": None, "raw": None},
    ])
    before = df.copy()
    out = enrich(df, extractor)
    pd.testing.assert_frame_equal(df, before)
    assert list(out.columns) == ["event_id", "tactic", "target_category", "attribution", "evidence"]
    r = out.set_index("event_id")
    assert r.loc["t:1", "tactic"] == "ambush" and r.loc["t:1", "target_category"] == "security_forces"
    assert r.loc["t:1", "attribution"] == "suspected"
    assert json.loads(r.loc["t:2", "evidence"])["text"] == "raw.source_headline"
    assert "t:3" not in r.index


def test_enrich_codes_most_acled_notes(extractor):
    df = read_acled_csv(shared_file("acled/acled_mali_monadic_2017-2018.csv")).head(300)
    out = enrich(df, extractor)
    assert len(out) == len(df)
    assert out["tactic"].notna().mean() >= 0.8
    assert (out["tactic"] == "ambush").sum() >= 3


def test_training_beats_nothing_and_reports_rules(tmp_path):
    df = read_acled_csv(shared_file("acled/acled_mali_dyadic_1997-2018.csv")).head(900)
    rep = train(df, tmp_path, test_size=0.25)
    assert rep["test_rows"] >= 100
    assert rep["sub_event_type"]["trained"]["accuracy"] >= 0.6
    assert set(rep["sub_event_type"]["rules"]) == {"accuracy", "macro_f1"}
    model = load_model(tmp_path)
    label, p = model.predict_one("Unidentified gunmen ambushed a FAMa patrol near Boni, killing three soldiers.")
    assert label in rep["labels"] and 0 < p <= 1
    from sahelwatch.extraction import Document, Extractor

    model.threshold = 0.0  # always use the model's sub-event type
    ev = Extractor(model=model).extract(Document("m", "Gunmen ambushed a FAMa patrol near Boni on Monday, killing three soldiers.",
                                                 "en", dt.date(2019, 5, 15))).events[0]
    assert ev.sub_event_type in rep["labels"]


def test_training_refuses_too_little_data():
    df = pd.DataFrame({"event_id": ["a", "b"], "notes": ["x", "y"], "sub_event_type": ["Attack", "Attack"],
                       "event_date": [dt.date(2019, 1, 1)] * 2})
    with pytest.raises(UsageError):
        train(df, None)


def _event(**kw):
    e = {"event_type": "Battles", "sub_event_type": "Armed clash", "event_date": "2019-11-01", "date_precision": "day",
         "location": {"admin1": "Gao", "admin2": "Ansongo", "latitude": 15.80, "longitude": 1.50, "precision": "exact"},
         "actors": [{"name": "ISGS", "canonical_id": "isgs", "role": "perpetrator"}]}
    e.update(kw)
    return e


def _stored(**kw):
    r = {"event_id": "acled:MLI1", "event_date": dt.date(2019, 11, 1), "date_precision": "day",
         "event_type": "Battles", "sub_event_type": "Armed clash", "latitude": 15.79, "longitude": 1.49,
         "geo_precision": "exact", "admin1": "Gao", "admin2": "Ansongo",
         "actor1": "Islamic State (Greater Sahara)", "actor2": "Military Forces of Mali (2013-2020)"}
    r.update(kw)
    return r


def test_linking_matches_the_same_event_and_nothing_else():
    cands = pd.DataFrame([_stored(), _stored(event_id="acled:far", latitude=14.0, longitude=-4.0),
                          _stored(event_id="acled:late", event_date=dt.date(2019, 11, 20))])
    assert link_event(_event(), cands) == "acled:MLI1"
    assert link_event(_event(event_date="2019-12-15"), cands) is None
    other_actor = _event(actors=[{"name": "Katiba Macina", "canonical_id": "katiba_macina", "role": "perpetrator"}])
    assert link_event(other_actor, cands) is None
    protest = _event(event_type="Protests", sub_event_type="Peaceful protest")
    assert link_event(protest, cands) is None
