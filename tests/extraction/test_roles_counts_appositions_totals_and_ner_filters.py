"""A group named in apposition, a total whose breakdown follows "dont" with its own verb, and NER organisations
that are devices or places (sentences written for these tests)."""

from dataclasses import dataclass

import pytest

from sahelwatch.extraction.actors import default_matcher, find_actors, may_name_an_actor
from sahelwatch.folding import fold_aligned as fold


@pytest.mark.parametrize("lang,text", [
    ("en", "On Monday, gunmen of the terror group, Lakurawa, attacked the village of Tangaza, killing seven farmers."),
    ("en", "Fighters of the armed group, Lakurawa, raided a hamlet near Tangaza on Monday and killed seven farmers."),
    ("fr", "Lundi, des combattants du groupe terroriste, Lakurawa, ont attaqué le village de Bagaroua, tuant cinq civils."),
    ("fr", "Le groupe armé, Lakurawa, a attaqué lundi le village de Bagaroua, tuant cinq civils."),
])
def test_a_group_named_in_apposition_is_the_perpetrator(first_event, lang, text):
    ev = first_event(text, lang)
    assert ev.perpetrator is not None and ev.perpetrator.canonical_id == "lakurawa"


def test_an_armed_group_still_under_review_in_the_registry_is_found_by_its_own_name():
    found = default_matcher().find("Des éléments de Lakurawa ont été signalés près de la frontière.")
    assert [m.canonical_id for m in found] == ["lakurawa"]


def test_names_of_peoples_stay_out_of_the_matcher():
    # "Fulani" is an alias of a militia in the registry, not its own name: in running text it is a people
    assert default_matcher().find("Fulani herders crossed the river with their cattle.") == []


def test_parties_under_review_are_not_matched_as_actors():
    # a party's short name (registry entry under review) is no armed actor
    assert default_matcher().find("Le PARENA a tenu un meeting à Niamey samedi.") == []


@pytest.mark.parametrize("lang,text,dead", [
    ("fr", "Une attaque de jihadistes contre le poste de Boni a fait lundi douze morts dont trois militaires tués par balle.", 12),
    ("fr", "Des hommes armés ont attaqué lundi le village de Koro, faisant neuf morts dont deux gendarmes égorgés.", 9),
    ("fr", "Des hommes armés ont attaqué lundi le village de Koro. Bilan : 12 morts dont 3 militaires.", 12),
    ("fr", "Des hommes armés ont attaqué lundi le village de Koro. Le bilan est de douze morts dont trois soldats "
           "et neuf civils.", 12),
    ("en", "Gunmen attacked the village of Koro on Monday. Twelve people were killed including three soldiers.", 12),
    ("en", "Gunmen attacked the village of Koro on Monday, killing 12 people, including 3 soldiers and 9 civilians.", 12),
    ("en", "Gunmen attacked the village of Koro on Monday, leaving twelve people dead including three soldiers "
           "shot at close range.", 12),
])
def test_a_total_followed_by_its_breakdown_counts_the_total(first_event, lang, text, dead):
    assert first_event(text, lang).fatalities["best"] == dead


def test_dead_told_as_deceased_with_a_breakdown_count_once_beside_the_enemy_dead(first_event):
    text = ("Des hommes armés ont attaqué lundi un convoi escorté près de Koro. Côté ami : cinq (5) décédés dont un "
            "policier et quatre civils. Côté ennemi : deux assaillants tués.")
    assert first_event(text, "fr").fatalities["best"] == 7


@dataclass
class _Ent:
    start_char: int
    end_char: int
    label_: str = "ORG"


@dataclass
class _Doc:
    ents: tuple


def _ner_names(text, surfaces, is_place=None):
    ents = tuple(_Ent(text.index(s), text.index(s) + len(s)) for s in surfaces)
    return [m.text for m in find_actors(text, fold(text), "fr", _Doc(ents), is_place=is_place) if m.method == "ner"]


@pytest.mark.parametrize("acronym", ["EEI", "EEIs", "IED", "IEDs", "VBIED"])
def test_an_explosive_device_read_as_an_organisation_is_no_actor(acronym):
    text = f"Lundi, un {acronym} a explosé au passage d'une patrouille près de la ville."
    assert _ner_names(text, [acronym]) == []


def test_a_place_in_capitals_read_as_an_organisation_is_no_actor():
    text = "Lundi, des hommes armés ont attaqué TOUNKARA avant l'aube, selon le Comité de veille."
    places = {"TOUNKARA"}
    assert _ner_names(text, ["TOUNKARA", "Comité de veille"], places.__contains__) == ["Comité de veille"]


def test_an_organisation_in_capitals_that_is_no_place_stays_an_actor():
    text = "Lundi, le FRONTAL a revendiqué l'attaque du poste."
    assert _ner_names(text, ["FRONTAL"], {"TOUNKARA"}.__contains__) == ["FRONTAL"]


@pytest.mark.parametrize("text", [
    "Une patrouille de la gendarmerie a été attaquée lundi près de Boni par un EEI, suivi de tirs nourris.",
    "Lundi, les FAMa ont été visées par un EEI et des tirs près de Boni, selon un communiqué.",
])
def test_a_device_the_ner_reads_as_an_organisation_is_never_the_perpetrator(extractor, text):
    import datetime

    from sahelwatch.extraction.pipeline import Document

    ev = next(extractor.extract_many([Document("t", text, "fr", datetime.date(2026, 11, 30))])).events[0]
    assert ev.perpetrator is None or ev.perpetrator.name != "EEI"


def test_a_name_in_capitals_is_an_actor_unless_it_is_a_known_place():
    places = {"TOUNKARA"}.__contains__
    assert not may_name_an_actor("TOUNKARA", places)
    assert may_name_an_actor("Tounkara Group", places)  # not written in capitals: NER's reading stands
    assert may_name_an_actor("FRONTAL", places)
    assert not may_name_an_actor(" IEDs ")


def test_the_extractor_knows_village_names_in_capitals_as_places(rules_only):
    assert rules_only._is_place("DIOURA")
    assert not rules_only._is_place("EEI")


@pytest.mark.parametrize("text,dead", [
    # the total restates the breakdown counted before it (a lead run into the next sentence with no space)
    ("Un gendarme et quatre civils ont été tués vendredi près de Koro, a annoncé samedi l'armée.Selon le bilan "
     "officiel, cinq personnes sont décédées dont un gendarme et quatre civils.", 5),
    ("Deux soldats et trois civils ont été tués lundi; au total cinq personnes sont mortes dont deux soldats et "
     "trois civils.", 5),
    # a breakdown of other dead is no restatement
    ("Deux soldats ont été tués lundi et cinq civils sont morts dont deux enfants et trois femmes.", 7),
])
def test_a_total_whose_breakdown_repeats_the_dead_already_counted_counts_once(text, dead):
    from sahelwatch.extraction.counts import sentence_fatalities

    assert sentence_fatalities(text, "fr").best == dead
