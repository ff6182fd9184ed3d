"""The neighbours' first-level units (Côte d'Ivoire's districts, Mauritania's wilayas, Guinea's, Senegal's
and Ghana's regions, Nigeria's states, Algeria's wilayas, Chad's provinces) as ACLED codes admin1, for a
village near the border or a unit named in either language, read when the text names the country.

Sentences written for these tests (not taken from any evaluation set)."""

from __future__ import annotations

import pytest

from sahelwatch.extraction.places import resolve_location
from sahelwatch.folding import fold_aligned as fold
from sahelwatch.geo.gazetteer import Gazetteer
from sahelwatch.geo.gazetteer_data import GEONAMES_FILE, UNITS_FILE, _read_csv, admin1_by_code, nearest_admin1


def _where(text: str, lang: str):
    return resolve_location(text, fold(text), lang, [(0, len(text))])


gaz = pytest.fixture(scope="module", name="gaz")(lambda: Gazetteer.default())


@pytest.mark.parametrize("lang, text, country, admin1", [
    # Côte d'Ivoire: villages of the Bounkani and Tchologo regions, by the districts they lie in
    ("fr", "En Côte d'Ivoire, des hommes armés venus du Burkina ont incendié un poste de gendarmerie à Téhini.",
     "Côte d'Ivoire", "Zanzan"),
    ("en", "Two Ivorian soldiers died when their patrol hit an explosive device near Kafolo on Sunday.",
     "Côte d'Ivoire", "Savanes"),
    ("fr", "Des assaillants ont tiré sur une équipe de douaniers à Tougbo, dans le nord-est ivoirien.",
     "Côte d'Ivoire", "Zanzan"),
    # Mauritania: the wilaya of the Mbera camp and of Fassala (GeoNames spells it Vassala)
    ("fr", "En Mauritanie, un berger a été enlevé par des inconnus armés à Fassala, selon la gendarmerie.",
     "Mauritania", "Hodh Ech Chargui"),
    ("en", "Mauritanian gendarmes detained four armed men near Bassikounou, close to the Malian frontier.",
     "Mauritania", "Hodh Ech Chargui"),
    # Guinea, Senegal, Ghana, Nigeria: a town of the border region
    ("fr", "En Guinée, une bagarre entre orpailleurs a fait deux morts à Kintinian, dans la préfecture de Siguiri.",
     "Guinea", "Kankan"),
    ("en", "In Senegal, robbers shot a gold trader at Saraya, in the far east of the country.",
     "Senegal", "Kédougou"),
    ("en", "Ghanaian police said a curfew was imposed on Bawku after a night of shooting.", "Ghana", "Upper East"),
    ("en", "In Nigeria, bandits stormed Zurmi overnight and abducted a dozen traders.", "Nigeria", "Zamfara"),
])
def test_a_border_village_of_a_named_neighbour_gets_its_acled_admin1(lang, text, country, admin1):
    loc = _where(text, lang)
    assert (loc.country, loc.admin1) == (country, admin1)


@pytest.mark.parametrize("lang, text, country, admin1", [
    ("fr", "En Côte d'Ivoire, l'armée a renforcé ses effectifs dans le district des Savanes.", "Côte d'Ivoire", "Savanes"),
    ("fr", "En Côte d'Ivoire, un camp de déplacés a été ouvert dans la région du Bounkani.", "Côte d'Ivoire", "Zanzan"),
    ("fr", "En Mauritanie, une patrouille a été déployée dans la wilaya du Hodh Ech Chargui.", "Mauritania",
     "Hodh Ech Chargui"),
    ("fr", "Des contrebandiers ont été arrêtés dans la région du Hodh Oriental, a annoncé l'armée mauritanienne.",
     "Mauritania", "Hodh Ech Chargui"),
    ("fr", "Dans la wilaya de Tamanrasset, l'armée algérienne a saisi un lot d'armes près de la frontière.",
     "Algeria", "Tamanrasset"),
])
def test_a_neighbours_unit_named_in_french_or_english_places_the_event(lang, text, country, admin1):
    loc = _where(text, lang)
    assert (loc.country, loc.admin1) == (country, admin1)


@pytest.mark.parametrize("name, country, admin1", [
    ("Hodh Oriental", "Mauritania", "Hodh Ech Chargui"),
    ("Hodh el Chargui", "Mauritania", "Hodh Ech Chargui"),
    ("Hodh Occidental", "Mauritania", "Hodh El Gharbi"),
    ("Guidimakha", "Mauritania", "Guidimaka"),
    ("Savanes District", "Côte d'Ivoire", "Savanes"),
    ("Denguele", "Côte d'Ivoire", "Denguélé"),
    ("In Guezzam", "Algeria", "In Guezzam"),
    ("N'Zérékoré", "Guinea", "Nzérékoré"),
])
def test_each_neighbours_admin1_answers_to_its_spellings(gaz, name, country, admin1):
    best = gaz.lookup(name, country=country, kind="admin1", fuzzy=False).best
    assert (best.kind, best.admin1) == ("admin1", admin1)
    assert best.latitude is not None  # the seat's coordinates


def test_cote_divoire_places_coded_by_a_region_of_before_2011_take_the_district_that_replaced_it():
    units = [{"iso3": "CIV", "kind": "admin1", "name": "Woroba", "geonames_admin1_code": "97|75|91"},
             {"iso3": "CIV", "kind": "admin1", "name": "Zanzan", "geonames_admin1_code": "92"}]
    rows = [{"iso3": "CIV", "admin1_code": c, "admin1": "", "latitude": lat, "longitude": lon}
            for c, lat, lon in (("91", "8.0", "-6.6"), ("92", "8.0", "-2.8"), ("00", "8.1", "-2.9"))]
    out = admin1_by_code(rows, units)
    assert [r["admin1"] for r in out] == ["Woroba", "Zanzan", "Zanzan"]
    assert [r["admin1_code"] for r in out] == ["91", "92", "nearest"]  # the vote is marked
    assert rows[2]["admin1"] == ""  # the input rows are left as they were


def test_the_nearest_named_places_vote_and_the_nearest_breaks_a_tie():
    points = [(10.0, 0.0), (10.1, 0.0), (10.0, 0.1), (12.0, 0.0), (12.1, 0.0)]
    labels = ["A", "A", "A", "B", "B"]
    assert nearest_admin1(points, labels, [(11.9, 0.0), (10.05, 0.05)], k=3) == ["B", "A"]
    assert nearest_admin1(points, labels, [(11.9, 0.0)], k=2) == ["B"]
    assert nearest_admin1(points[3:] + points[:1], ["B", "C", "A"], [(12.0, 0.0)], k=3) == ["B"]  # 1-1-1: nearest
    assert nearest_admin1([], [], [(1.0, 1.0)]) == [None]


def test_every_shipped_place_of_the_listed_neighbours_has_an_admin1_of_the_units_table(gaz):
    units = {(p.iso3, p.name) for p in gaz.places if p.kind == "admin1"}
    for iso3 in ("CIV", "MRT", "GIN", "SEN"):
        places = [p for p in gaz.places if p.iso3 == iso3 and p.origin == "geonames"]
        assert places, iso3
        assert all((iso3, p.admin1) in units for p in places), iso3


@pytest.mark.parametrize("text, name, admin1", [
    ("The Dioura army camp in central Mali came under fire before dawn, the military said.", "Dioura", "Mopti"),
    ("The Boulkessi military base was overrun by gunmen on Friday, according to local sources.", "Boulkessi", "Mopti"),
])
def test_a_place_named_after_a_sentences_first_article_is_read(text, name, admin1):
    loc = _where(text, "en")
    assert (loc.name, loc.admin1) == (name, admin1)


@pytest.mark.parametrize("lang, text, admin1", [
    # Koulponsgo is known only in the Centre-Nord: the text places it in the Centre-Est
    ("en", "Gunmen killed nine traders in Koulponsgo in central-eastern Burkina on Monday, a source said.", "Centre-Est"),
    ("fr", "Des hommes armés ont abattu cinq vendeurs à Koulponsgo, dans le centre-est du Burkina Faso.", "Centre-Est"),
    # a village no list has, placed by the text in its region
    ("fr", "Quatre volontaires ont été tués à Sawenga, dans le centre-est du pays, a-t-on appris.", "Centre-Est"),
])
def test_a_burkina_village_takes_the_region_the_text_states_beside_it(lang, text, admin1):
    loc = _where(text, lang)
    assert (loc.country, loc.admin1) == ("Burkina Faso", admin1)


def test_a_stated_region_far_from_the_place_or_of_another_kind_leaves_the_reading_alone():
    loc = _where("Des hommes armés ont attaqué Kaya mardi. Plus tard, dans un tout autre registre, le gouvernement "
                 "a annoncé des investissements agricoles importants pour le centre-est du pays.", "fr")
    assert loc.admin1 == "Centre-Nord"
    loc = _where("Des hommes armés ont attaqué Djibo, dans le nord du Burkina.", "fr")
    assert loc.admin1 == "Sahel"


def test_a_bare_compound_region_moves_a_burkina_village_but_places_no_unknown_one():
    loc = _where("Au Burkina Faso, des assaillants ont tué sept civils à Koulponsgo, dans le centre-est, mardi.", "fr")
    assert loc.admin1 == "Centre-Est"
    loc = _where("Au Niger, des assaillants ont tué sept civils à Sawenga, dans le centre-est, mardi.", "fr")
    assert loc.admin1 != "Centre-Est"


@pytest.mark.parametrize("lang, text, country, admin1", [
    ("en", "In Senegal, robbers shot a gold trader at Saraya, not far from the Malian border.", "Senegal", "Kédougou"),
    ("fr", "Au Sénégal, des coupeurs de route ont dépouillé des orpailleurs à Saraya, près de la frontière avec le Mali.",
     "Senegal", "Kédougou"),
])
def test_a_country_named_only_as_a_border_is_not_where_the_event_is(lang, text, country, admin1):
    loc = _where(text, lang)
    assert (loc.country, loc.admin1) == (country, admin1)



def test_the_shipped_places_carry_their_named_and_voted_admin1_so_loading_redoes_nothing():
    rows = _read_csv(GEONAMES_FILE)
    again = admin1_by_code(rows, _read_csv(UNITS_FILE))
    # the build's vote is in the file (where no shipped polygon holds a row that GeoNames gives no named admin1)
    assert sum(r["admin1_code"] == "nearest" for r in rows) > 0
    assert [(r["admin1"], r["admin1_code"]) for r in again] == [(r["admin1"], r["admin1_code"]) for r in rows]
