"""Scoring a perpetrator through the registry's lineage: renames at any date, absorptions from their date.

The groups below are invented (a registry copy with made-up actors); no sentence or label comes from
an evaluation set.
"""

import datetime as dt
import shutil

import pytest

from sahelwatch.actors import load_registry
from sahelwatch.actors.registry import default_data_dir
from sahelwatch.extraction.evaluation import GoldDoc, evaluate, perpetrator_match, same_group

# an invented lineage: the Dune Front was renamed Dune Province; the Oasis and Wadi brigades were
# absorbed by the Palm Coalition on 2018-04-01; the Wadi brigade had absorbed the Reed cell in 2016;
# the Salt faction split from the Oasis brigade and the Stone band joined the coalition keeping its name
_ACTORS = """
  - {id: zz_dune_front, names: {en: Dune Front, fr: Front des Dunes, ar: Dune Front}, aliases: [Dune Front],
     type: rebel_group, family: other, affiliation: none, active: [2012, 2020-06], countries: [],
     sources: [acled_codebook_2021], successors: [{id: zz_dune_province, date: 2020-06, relation: became}]}
  - {id: zz_dune_province, names: {en: Dune Province, fr: Province des Dunes, ar: Dune Province},
     aliases: [Dune Province], type: rebel_group, family: other, affiliation: none, active: [2020-06, null],
     countries: [], sources: [acled_codebook_2021]}
  - {id: zz_palm_coalition, names: {en: Palm Coalition, fr: Coalition des Palmes, ar: Palm Coalition},
     aliases: [Palm Coalition], type: rebel_group, family: other, affiliation: none, active: [2018-04-01, null],
     countries: [], sources: [acled_codebook_2021]}
  - {id: zz_oasis_brigade, names: {en: Oasis Brigade, fr: Brigade des Oasis, ar: Oasis Brigade},
     aliases: [Oasis Brigade], type: rebel_group, family: other, affiliation: none, active: [2010, 2018-04-01],
     countries: [], sources: [acled_codebook_2021],
     successors: [{id: zz_palm_coalition, date: 2018-04-01, relation: merged_into},
                  {id: zz_salt_faction, date: 2014-02-01, relation: split_into}]}
  - {id: zz_wadi_brigade, names: {en: Wadi Brigade, fr: Brigade du Wadi, ar: Wadi Brigade},
     aliases: [Wadi Brigade], type: rebel_group, family: other, affiliation: none, active: [2011, 2018-04-01],
     countries: [], sources: [acled_codebook_2021],
     successors: [{id: zz_palm_coalition, date: 2018-04-01, relation: merged_into}]}
  - {id: zz_reed_cell, names: {en: Reed Cell, fr: Cellule des Roseaux, ar: Reed Cell}, aliases: [Reed Cell],
     type: rebel_group, family: other, affiliation: none, active: [2013, 2016-09-10], countries: [],
     sources: [acled_codebook_2021], successors: [{id: zz_wadi_brigade, date: 2016-09-10, relation: merged_into}]}
  - {id: zz_salt_faction, names: {en: Salt Faction, fr: Faction du Sel, ar: Salt Faction}, aliases: [Salt Faction],
     type: rebel_group, family: other, affiliation: none, active: [2014-02-01, null], countries: [],
     sources: [acled_codebook_2021]}
  - {id: zz_stone_band, names: {en: Stone Band, fr: Bande de Pierre, ar: Stone Band}, aliases: [Stone Band],
     type: rebel_group, family: other, affiliation: none, active: [2015, null], countries: [],
     sources: [acled_codebook_2021], successors: [{id: zz_palm_coalition, date: 2018-04-01, relation: joined}]}
"""


@pytest.fixture(scope="module")
def reg(tmp_path_factory):
    d = tmp_path_factory.mktemp("registry") / "data"
    shutil.copytree(default_data_dir(), d)
    path = d / "actors_generic.yaml"
    path.write_text(path.read_text(encoding="utf-8") + _ACTORS, encoding="utf-8")
    return load_registry(d)


D = dt.date


def test_a_renamed_group_is_the_same_group_before_and_after_the_rename(reg):
    for at in (D(2019, 1, 5), D(2023, 7, 1), None):
        assert same_group("zz_dune_front", "zz_dune_province", at, reg)
        assert same_group("zz_dune_province", "zz_dune_front", at, reg)


def test_an_absorbed_group_is_its_absorber_from_the_absorption_on(reg):
    assert same_group("zz_palm_coalition", "zz_oasis_brigade", D(2018, 4, 1), reg)
    assert same_group("zz_oasis_brigade", "zz_palm_coalition", D(2021, 11, 30), reg)


def test_an_absorption_after_the_event_does_not_join_the_groups(reg):
    assert not same_group("zz_palm_coalition", "zz_oasis_brigade", D(2018, 3, 31), reg)
    assert not same_group("zz_oasis_brigade", "zz_palm_coalition", D(2015, 6, 1), reg)


def test_without_an_event_date_only_renames_count(reg):
    assert not same_group("zz_oasis_brigade", "zz_palm_coalition", None, reg)
    assert same_group("zz_dune_front", "zz_dune_province", None, reg)


def test_absorptions_chain_when_each_is_dated_before_the_event(reg):
    assert same_group("zz_reed_cell", "zz_palm_coalition", D(2019, 2, 2), reg)
    assert same_group("zz_reed_cell", "zz_wadi_brigade", D(2017, 2, 2), reg)
    assert not same_group("zz_reed_cell", "zz_palm_coalition", D(2017, 2, 2), reg)
    assert not same_group("zz_reed_cell", "zz_wadi_brigade", D(2016, 1, 1), reg)


def test_two_components_of_one_absorber_are_one_group_after_the_absorption(reg):
    assert same_group("zz_oasis_brigade", "zz_wadi_brigade", D(2020, 1, 1), reg)
    assert not same_group("zz_oasis_brigade", "zz_wadi_brigade", D(2017, 1, 1), reg)


def test_a_split_a_join_and_unrelated_groups_are_not_the_same_group(reg):
    assert not same_group("zz_salt_faction", "zz_oasis_brigade", D(2016, 1, 1), reg)
    assert not same_group("zz_stone_band", "zz_palm_coalition", D(2020, 1, 1), reg)
    assert not same_group("zz_dune_province", "zz_palm_coalition", D(2020, 1, 1), reg)
    assert not same_group("zz_dune_front", "not_in_the_registry", D(2020, 1, 1), reg)
    assert same_group("not_in_the_registry", "not_in_the_registry", None, reg)


def test_the_perpetrator_score_accepts_the_group_by_its_lineage_at_the_event_date(reg):
    assert perpetrator_match("zz_palm_coalition", "Oasis Brigade", "zz_oasis_brigade", D(2019, 5, 5), reg)
    assert not perpetrator_match("zz_palm_coalition", "Oasis Brigade", "zz_oasis_brigade", D(2017, 5, 5), reg)
    assert perpetrator_match("zz_dune_province", "Dune Front", "zz_dune_front", D(2018, 5, 5), reg)
    assert not perpetrator_match("zz_dune_province", None, None, D(2018, 5, 5), reg)


def test_the_real_registry_joins_isgs_and_is_sahel_and_jnim_with_its_components_after_march_2017():
    assert same_group("isgs", "is_sahel", D(2019, 11, 1))
    assert same_group("is_sahel", "isgs", D(2023, 2, 1))
    for component in ("ansar_dine", "katiba_macina", "al_mourabitoun"):
        assert same_group("jnim", component, D(2017, 3, 2))
        assert not same_group("jnim", component, D(2016, 12, 31))
    assert not same_group("jnim", "is_sahel", D(2022, 6, 1))


class _OneEvent:
    """An extractor stand-in that returns one predicted event per text, as the scorer reads them."""

    def __init__(self, perpetrator_id, event_date):
        self.perpetrator_id = perpetrator_id
        self.event_date = event_date

    def extract_many(self, docs):
        from types import SimpleNamespace

        for _ in docs:
            ev = {"event_type": "Battles", "sub_event_type": "Armed clash", "tactic": "armed_clash",
                  "target_category": "security_forces", "event_date": self.event_date,
                  "actors": [{"name": self.perpetrator_id, "role": "perpetrator",
                              "canonical_id": self.perpetrator_id}],
                  "location": {"country": "Mali", "admin1": "Mopti", "admin2": "Douentza"},
                  "fatalities": {"best": 4}}
            yield SimpleNamespace(events=[SimpleNamespace(as_json=lambda ev=ev: ev)])


@pytest.mark.parametrize(("gold_id", "predicted_id", "event_date", "right"), [
    ("jnim", "ansar_dine", "2021-02-10", True),
    ("katiba_macina", "jnim", "2021-02-10", True),
    ("jnim", "ansar_dine", "2016-02-10", False),
    ("is_sahel", "jnim", "2021-02-10", False),
    ("is_sahel", "isgs", "2021-02-10", True),
])
def test_evaluate_scores_the_perpetrator_at_the_gold_event_date(gold_id, predicted_id, event_date, right):
    g = {"event_type": "Battles", "sub_event_type": "Armed clash", "perpetrator": gold_id,
         "event_date": event_date, "admin1": "Mopti", "country": "Mali"}
    doc = GoldDoc("t1", "Un texte inventé.", "fr", None, (g,))
    rep = evaluate([doc], _OneEvent(predicted_id, event_date))
    assert rep.scores["perpetrator"] == (1.0 if right else 0.0)
