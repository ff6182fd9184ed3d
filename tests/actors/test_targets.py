"""Targets, roles and attribution, checked on real ACLED rows whose notes were read by hand."""

from __future__ import annotations

import pandas as pd
import pytest

from sahelwatch.actors import TARGET_COLUMNS, derive_actor_columns, derive_targets
from sahelwatch.model import Attribution, TargetCategory

# event_id_cnty: (perpetrator side, target category, attribution, perpetrator id that must be named)
# Each expectation was worked out by reading the row's notes (the gist, in our words, on the right).
HAND_CHECKED = {
    "MLI2554": ("actor1", "security_forces", "suspected", "katiba_macina"),  # presumed Macina fighters ambush guards
    "MLI2553": ("actor1", "armed_group", "suspected", "isgs"),  # presumed ISGS fighters clash with a militia
    "MLI1875": ("actor1", "security_forces", "claimed", "jnim"),  # IED on soldiers, JNIM claims it
    "MLI892": ("actor2", "peacekeepers", "unknown", "unidentified_armed_group"),  # UN camp shelled, actor1 is the UN
    "MLI581": ("actor2", "security_forces", "attributed", "ansar_dine"),  # army foils a suicide attack (army is actor1)
    "MLI1254": ("actor2", "armed_group", "attributed", "fama"),  # army retakes a town held by a group
    "MLI2215": ("actor1", "government_officials", "suspected", "katiba_serma"),  # an official killed, group presumed
    "MLI2007": ("actor1", "government_officials", "unknown", "unidentified_armed_group"),  # mayors abducted
    "MLI1664": ("actor1", "humanitarian", "suspected", "unidentified_armed_group"),  # aid convoy robbed
    "MLI817": ("actor1", "humanitarian", "unknown", "unidentified_armed_group"),  # aid workers hurt by a mine
    "MLI383": ("actor1", "government_officials", "claimed", "mujao"),  # a diplomat's killing announced by MUJAO
    "MLI842": ("actor1", "civilians", "claimed", "mujao"),  # MUJAO says it killed a hostage
    "MLI1372": ("actor1", "civilians", "attributed", "dozo"),  # herders killed by hunters' militia
    "MLI2245": ("actor1", "property", "attributed", "dozo"),  # a village looted by a militia
    "MLI1350": ("actor1", "property", "unknown", "unidentified_armed_group"),  # company trucks burned
    "MLI320": ("actor1", "none", "attributed", "protesters"),  # a peaceful sit-in
    "MLI424": ("actor2", "civilians", "attributed", "mali_police"),  # police fire on protesters
    "MLI908": ("actor1", "peacekeepers", "unknown", "unidentified_armed_group"),  # UN vehicle hits a mine
    "MLI2501": ("actor1", "civilians", "suspected", "isgs"),  # camps attacked, presumed ISGS
    "MLI946": ("actor1", "civilians", "suspected", "mnla"),  # a raid on a town alleged by a rival group
    "MLI1382": ("actor1", "peacekeepers", "unknown", "unidentified_armed_group"),  # UN camp shelled, unclaimed
    "MLI1304": ("actor1", "armed_group", "suspected", "ansar_dine"),  # IED on a militia vehicle, group suspected
    "MLI2263": ("actor1", "peacekeepers", "attributed", "cmfpr"),  # a group forces its way into a joint camp
    "MLI1452": ("actor2", "security_forces", "suspected", "islamist_militia"),  # convoy attacked (army is actor1)
    "MLI1932": ("actor2", "peacekeepers", "suspected", "jnim"),  # UN patrol attacked (UN is actor1)
}


@pytest.fixture(scope="module")
def derived(acled_dyadic):
    rows = acled_dyadic[acled_dyadic["event_id_cnty"].isin(HAND_CHECKED)]
    assert len(rows) == len(HAND_CHECKED)
    return rows.join(derive_targets(rows)).set_index("event_id_cnty")


@pytest.mark.parametrize("event_id", sorted(HAND_CHECKED))
def test_hand_checked_rows(derived, event_id):
    side, category, attribution, perpetrator = HAND_CHECKED[event_id]
    row = derived.loc[event_id]
    assert row["perpetrator_side"] == side
    assert row["target_category"] == category
    assert row["attribution"] == attribution
    assert perpetrator in row["perpetrator_ids"]


def test_legacy_layout_rows(acled_legacy):
    out = acled_legacy.join(derive_targets(acled_legacy)).set_index("event_id_cnty")
    # "Gunmen abducted a Swiss woman ... AQIM later claimed responsibility."
    assert tuple(out.loc["137RTA", ["target_category", "attribution"]]) == ("civilians", "claimed")
    # actor1 is the gendarmerie, but "Three gendarmes killed in an ambush by Islamist militants."
    assert out.loc["787RTA", "perpetrator_side"] == "actor2"
    assert out.loc["787RTA", "target_category"] == "security_forces"
    # "AQIM attacked a UN military camp."
    assert out.loc["1504RTA", "target_category"] == "peacekeepers"


def test_every_row_gets_valid_values(acled_dyadic):
    out = derive_targets(acled_dyadic)
    assert list(out.columns) == list(TARGET_COLUMNS)
    assert out.index.equals(acled_dyadic.index)
    assert set(out["target_category"]) <= {c.value for c in TargetCategory}
    assert set(out["attribution"]) <= {a.value for a in Attribution}
    vac = acled_dyadic["event_type"] == "Violence against civilians"
    assert (out.loc[vac, "perpetrator_side"] == "actor1").all()
    # floors, not exact counts: most violence against civilians targets civilians (or officials, aid)
    civ_like = out.loc[vac, "target_category"].isin(["civilians", "government_officials", "humanitarian"])
    assert civ_like.mean() >= 0.95
    battles = acled_dyadic["event_type"] == "Battles"
    assert (out.loc[battles, "target_category"] != "none").mean() >= 0.95
    assert (out["attribution"] == "claimed").sum() >= 50


def test_french_notes_cues():
    rows = pd.DataFrame(
        {
            "actor1": ["JNIM", "Unidentified Armed Group (Mali)", "Islamic State (Greater Sahara)"],
            "actor2": ["Military Forces of Mali (2013-2020)", "Civilians (Mali)", "Civilians (Niger)"],
            "inter1": [2, 3, 2],
            "inter2": [1, 7, 7],
            "event_type": ["Battles", "Violence against civilians", "Violence against civilians"],
            "sub_event_type": ["Armed clash", "Attack", "Attack"],
            "notes": [
                "Le GSIM a revendiqué l'attaque contre un poste des FAMa.",
                "Des hommes armés non identifiés ont tué le maire de la commune. L'attaque n'a pas été revendiquée.",
                "Des éléments présumés de l'EIGS ont attaqué un village et tué douze civils.",
            ],
        }
    )
    out = derive_targets(rows)
    assert list(out["attribution"]) == ["claimed", "unknown", "suspected"]
    assert list(out["target_category"]) == ["security_forces", "government_officials", "civilians"]


def test_missing_columns_and_empty_frames_are_handled():
    out = derive_targets(pd.DataFrame({"actor1": ["JNIM"], "event_type": ["Battles"]}))
    assert out.iloc[0]["target_category"] == "none" and out.iloc[0]["perpetrator_ids"] == ("jnim",)
    empty = derive_targets(pd.DataFrame(columns=["actor1", "actor2"]))
    assert list(empty.columns) == list(TARGET_COLUMNS) and len(empty) == 0


def test_derived_actor_columns_for_the_store(acled_dyadic, ucdp_sample):
    out = derive_actor_columns(acled_dyadic.head(200))
    assert out["actor1_ids"].map(len).gt(0).mean() >= 0.98
    assert out["perpetrator_family"].notna().mean() >= 0.9
    ucdp = ucdp_sample.rename(columns={"side_a": "actor1", "side_b": "actor2", "side_a_new_id": "actor1_source_id",
                                       "side_b_new_id": "actor2_source_id", "date_start": "event_date"})
    ucdp = ucdp.assign(source="ucdp-ged")
    got = ucdp.join(derive_actor_columns(ucdp))
    mali = got[(got["country"] == "Mali") & (got["actor2"] == "JNIM")]
    assert len(mali) and all(ids == ["jnim"] for ids in mali["actor2_ids"])
    assert (got["actor1_ids"].map(len) > 0).all()
