"""Source strings resolve to the right canonical ids, with method, period and country."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from sahelwatch.actors import (
    Resolver,
    actor_ids_for_filter,
    load_registry,
    resolve,
    resolve_many,
)

NAMES = [
    # jihadist groups: ACLED, UCDP, English, French, Arabic transliteration and script
    ("AQIM: Al Qaeda in the Islamic Maghreb", "aqim"),
    ("AQMI", "aqim"),
    ("Al-Qaïda au Maghreb islamique", "aqim"),
    ("JNIM: Group for Support of Islam and Muslims", "jnim"),
    ("JNIM", "jnim"),
    ("GSIM", "jnim"),
    ("Nusrat al-Islam wal-Muslimin", "jnim"),
    ("Jama'at Nusrat al-Islam wal-Muslimin", "jnim"),
    ("Groupe de soutien à l'islam et aux musulmans", "jnim"),
    ("جماعة نصرة الإسلام والمسلمين", "jnim"),
    ("Ansar Dine", "ansar_dine"),
    ("Ansar Eddine", "ansar_dine"),
    ("Katiba Macina", "katiba_macina"),
    ("la katiba Macina", "katiba_macina"),
    ("Macina Liberation Front", "katiba_macina"),
    ("Al Mourabitoune Battalion", "al_mourabitoun"),
    ("Al-Murabitun", "al_mourabitoun"),
    ("MUJAO: Movement for Unity and Jihad in West Africa", "mujao"),
    ("Mouvement pour l'unicité et le jihad en Afrique de l'Ouest", "mujao"),
    ("Those Who Signed in Blood", "al_mulathamun"),
    ("Al-Mulathameen", "al_mulathamun"),
    ("Ansaroul Islam", "ansaroul_islam"),
    ("Ansarul Islam", "ansaroul_islam"),
    ("Islamic State (Greater Sahara)", "isgs"),
    ("EIGS", "isgs"),
    ("Etat islamique au Grand Sahara", "isgs"),
    ("État islamique au Grand Sahara", "isgs"),
    ("Islamic State Sahel Province", "is_sahel"),
    ("ISWAP", "iswap"),
    ("Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai wal-Jihad", "boko_haram"),
    ("Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", "boko_haram"),
    ("Katiba Serma", "katiba_serma"),
    # state forces
    ("FAMa", "fama"),
    ("les FAMa", "fama"),
    ("l'armée malienne", "fama"),
    ("Forces armées maliennes", "fama"),
    ("Government of Mali", "mali_government"),
    ("Garde nationale du Mali", "mali_national_guard"),
    ("VDP", "vdp"),
    ("Volontaires pour la défense de la patrie", "vdp"),
    ("Forces armées nigériennes", "niger_army"),
    ("armée burkinabè", "bf_army"),
    # foreign and international forces
    ("Barkhane", "barkhane"),
    ("opération Serval", "serval"),
    ("Takuba", "takuba"),
    ("MINUSMA", "minusma"),
    ("MISMA: International Support Mission for Mali (2012-)", "afisma"),
    ("EUTM Mali: European Union Training Mission Mali", "eutm"),
    ("G5 Sahel Joint Force", "g5_sahel"),
    ("Wagner Group", "wagner"),
    ("Africa Corps", "africa_corps"),
    # signatory and compliant armed groups, militias
    ("CMA: Coordination of Movements of the Azawad", "cma"),
    ("MNLA: National Movement for the Liberation of Azawad", "mnla"),
    ("HCUA: High Council for the Unity of Azawad", "hcua"),
    ("MAA: Arab Movement of the Azawad (Platform)", "maa"),
    ("GATIA: Imghad Tuareg and Allies Self-Defense Group", "gatia"),
    ("MSA: Movement for Azawad Salvation", "msa"),
    ("Platform of June 14th 2014 movements", "platform"),
    ("Front de libération de l'Azawad", "fla"),
    ("Dan Na Ambassagou", "dan_na_ambassagou"),
    ("Dozo Militia", "dozo"),
    ("Koglweogo", "koglweogo"),
    ("Ganda Izo", "ganda_izo"),
    ("Gandakoy Ethnic Militia (Mali)", "ganda_koy"),
]


@pytest.mark.parametrize("name,expected", NAMES)
def test_names_resolve_to_their_id(name, expected):
    r = resolve(name)
    assert r.ids == (expected,), (name, r)
    assert r.confidence >= 0.85


@pytest.mark.parametrize(
    "name,expected,period,country",
    [
        ("Military Forces of Mali (2020-2021)", "fama", (2020, 2021), "Mali"),
        ("Military Forces of Mali (2013-)", "fama", (2013, None), "Mali"),
        ("Police Forces of Burkina Faso (2015-2022)", "bf_police", (2015, 2022), "Burkina Faso"),
        ("Police Forces of Mali (2013-2020) Gendarmerie", "mali_gendarmerie", (2013, 2020), "Mali"),
        ("Military Forces of Niger (2011-2021)", "niger_army", (2011, 2021), "Niger"),
        ("Military Forces of Burkina Faso (2015-)", "bf_army", (2015, None), "Burkina Faso"),
        ("Government of Mali (2013-2020)", "mali_government", (2013, 2020), "Mali"),
        ("Military Forces of Mali (2013-2020) Operational Coordination Mechanism", "moc", (2013, 2020), "Mali"),
        ("Military Forces of Chad (1990-)", "chad_army", (1990, None), "Chad"),
        ("Military Forces of the United States (2009-2017)", "us_forces", (2009, 2017), "United States"),
    ],
)
def test_acled_regime_suffixes_keep_the_id_and_give_the_period(name, expected, period, country):
    r = resolve(name)
    assert r.ids == (expected,)
    assert r.period == period
    assert r.country == country
    assert r.method == "pattern"


def test_unit_suffixes_outside_the_registry_are_kept_as_qualifier():
    r = resolve("Police Forces of Mali (2013-2020) Prison Guards")
    assert r.ids == ("mali_police",) and r.qualifier == "Prison Guards"


@pytest.mark.parametrize(
    "name,expected,country,qualifier",
    [
        ("Unidentified Armed Group (Mali)", "unidentified_armed_group", "Mali", None),
        ("Civilians (Burkina Faso)", "civilians", "Burkina Faso", None),
        ("Protesters (Mali)", "protesters", "Mali", None),
        ("Rioters (Mali)", "rioters", "Mali", None),
        ("Private Security Forces (Mali)", "private_security", "Mali", None),
        ("Unidentified Communal Militia (Mali)", "unidentified_communal_militia", "Mali", None),
        ("Fulani Ethnic Militia (Mali)", "fulani_militia", "Mali", None),
        ("Dogon Ethnic Militia (Mali)", "dogon_militia", "Mali", None),
        ("Bambara Ethnic Militia (Mali)", "bambara_militia", "Mali", None),
        ("Fulani Ethnic Group (Niger)", "fulani_community", "Niger", None),
        ("Kounta Ethnic Militia (Mali)", "ethnic_militia", "Mali", "Kounta"),
        ("Karatou Communal Militia (Mali)", "communal_militia", "Mali", "Karatou"),
        ("Aid Workers (International)", "aid_workers", "International", None),
    ],
)
def test_generic_categories_carry_the_country_not_a_new_id(name, expected, country, qualifier):
    r = resolve(name)
    assert r.ids == (expected,)
    assert r.country == country
    assert r.qualifier == qualifier


def test_and_or_composites_keep_the_ambiguity():
    r = resolve("JNIM: Group for Support of Islam and Muslims and/or Islamic State (Greater Sahara)")
    assert r.ids == ("jnim", "isgs")
    assert r.method == "composite" and r.ambiguous
    assert r.confidence <= 0.6


def test_ucdp_comma_lists_name_every_actor():
    r = resolve("Government of Mali, Wagner", source="ucdp-ged")
    assert r.ids == ("mali_government", "wagner")
    assert r.method == "composite" and not r.ambiguous


def test_ucdp_names_and_ids():
    assert resolve("JNIM", source="ucdp-ged", source_actor_id=6716).ids == ("jnim",)
    assert resolve("Government of Mali", source="ucdp-ged", source_actor_id=72).ids == ("mali_government",)
    assert resolve("Civilians", source="ucdp-ged", source_actor_id=1).ids == ("civilians",)
    gov = resolve("Government of Syria", source="ucdp-ged", source_actor_id=118)
    assert gov.ids == ("government",) and gov.country == "Syria"
    soviet = resolve("Government of Russia (Soviet Union)", source="ucdp-ged")
    assert soviet.ids == ("government",)
    other = resolve("Syrian insurgents", source="ucdp-ged", source_actor_id=4456)
    assert other.ids == ("ucdp:4456",) and other.method == "source-id"
    # a non-Sahel actor listed with others keeps UCDP's own id for the whole list
    lst = resolve("Ahrar al-Sham, Jabhat Fateh al-Sham, Southern Front", source="ucdp-ged", source_actor_id=6532)
    assert lst.ids == ("ucdp:6532",)
    # a registered UCDP id answers even for a spelling the registry lacks
    assert resolve("JNIM (Mali)", source="ucdp-ged", source_actor_id=6716).ids == ("jnim",)


def test_date_awareness_picks_the_operation_of_the_day():
    assert resolve("Military Forces of France").ids == ("french_forces",)
    assert resolve("Military Forces of France", date="2013-02-01").ids == ("serval",)
    assert resolve("Military Forces of France", date=dt.date(2016, 5, 1), country="Mali").ids == ("barkhane",)
    assert resolve("Military Forces of France", date="2023-05-01", country="Niger").ids == ("french_forces",)
    assert resolve("Military Forces of France (2012-2017)", date="2014-06-01").ids == ("serval",)


def test_date_awareness_follows_renamings_both_ways():
    assert resolve("Islamic State (Greater Sahara)").ids == ("isgs",)
    assert resolve("Islamic State (Greater Sahara)", date="2023-01-10").ids == ("is_sahel",)
    assert resolve("EIGS", date="2019-06-01").ids == ("isgs",)
    assert resolve("Islamic State Sahel Province", date="2019-06-01").ids == ("isgs",)
    assert resolve("MISMA", date="2013-03-01").ids == ("afisma",)


def test_ucdp_islamic_state_becomes_the_sahel_branch_by_country_and_date():
    assert resolve("IS", source="ucdp-ged", country="Mali", date="2019-05-01").ids == ("isgs",)
    assert resolve("IS", source="ucdp-ged", country="Burkina Faso", date="2023-05-01").ids == ("is_sahel",)
    niger = resolve("IS", source="ucdp-ged", country="Niger", date="2019-05-01")
    assert set(niger.ids) == {"isgs", "iswap"} and niger.ambiguous
    assert resolve("IS", source="ucdp-ged", country="Syria", date="2019-05-01").ids == ("islamic_state",)
    assert resolve("IS", source="ucdp-ged").ids == ("islamic_state",)


def test_declared_ambiguous_alias_returns_all_its_ids():
    r = resolve("Boko Haram")
    assert set(r.ids) == {"boko_haram", "iswap"} and r.ambiguous


def test_methods_and_confidence_order():
    exact = resolve("jnim")
    assert exact.method == "exact" and exact.confidence == 1.0
    assert resolve("GSIM").method == "alias"
    norm = resolve("groupe de soutien a l'islam et aux musulmans")
    assert norm.ids == ("jnim",) and norm.method == "normalised"
    fz = resolve("Katiba Massina")
    assert fz.ids == ("katiba_macina",) and fz.method == "fuzzy" and fz.confidence < 0.7
    unknown = resolve("Soldiers of Nowhere in Particular")
    assert unknown.ids == () and unknown.method == "unknown" and unknown.confidence == 0.0
    assert resolve("").method == "unknown" and resolve(None).ids == ()


def test_resolve_many_keeps_order_and_context():
    names = ["GSIM", "Civilians (Mali)", "nothing known", "GSIM", "Military Forces of France"]
    out = resolve_many(names, date="2013-02-01")
    assert [r.name for r in out] == names
    assert [r.ids for r in out] == [("jnim",), ("civilians",), (), ("jnim",), ("serval",)]
    with pytest.raises(ValueError):
        resolve_many(["a", "b"], source_actor_ids=[1])


def test_resolver_caches_distinct_strings():
    r = Resolver(load_registry())
    for _ in range(3):
        r.resolve_many(["Civilians (Mali)", "JNIM", "Military Forces of Mali (2013-2020)"])
    info = r._base.cache_info()
    assert info.misses == 3 and info.hits == 6


def test_filter_ids_cover_what_date_aware_resolution_stores():
    assert set(actor_ids_for_filter("Military Forces of France")) == {"french_forces", "serval", "barkhane"}
    assert set(actor_ids_for_filter("isgs")) == {"isgs", "is_sahel"}
    assert actor_ids_for_filter("GSIM") == ["jnim"]
    assert actor_ids_for_filter("no such group at all") == []


def test_resolution_is_frozen_and_serialisable():
    r = resolve("Military Forces of Mali (2013-2020)")
    with pytest.raises(dataclasses.FrozenInstanceError):
        r.ids = ()  # type: ignore[misc]
    d = r.to_dict()
    assert d["ids"] == ["fama"] and d["period"] == [2013, 2020] and set(d) >= {"name", "ids", "method", "confidence"}
