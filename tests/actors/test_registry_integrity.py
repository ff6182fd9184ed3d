"""The registry data files keep their contract: ids, aliases, lineage, sources."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
from collections import defaultdict
from pathlib import Path

import pytest

from sahelwatch.actors import RegistryError, expand_lineage, lineage, load_registry
from sahelwatch.actors.normalise import normalise
from sahelwatch.actors.registry import ACTOR_TYPES, RELATIONS, default_data_dir
from sahelwatch.errors import NotFoundError
from sahelwatch.model import InterCode

#: ids other engineers already write into data (the reference chronology): they must exist
REQUIRED_IDS = """
aqim jnim ansar_dine katiba_macina al_mourabitoun mujao ansaroul_islam isgs is_sahel al_mulathamun
katiba_serma iswap boko_haram fama mali_gendarmerie mali_national_guard mali_police mali_government
bf_army bf_gendarmerie bf_police vdp bf_government niger_army niger_gendarmerie niger_national_guard
niger_police niger_government serval barkhane takuba minusma afisma eutm g5_sahel wagner africa_corps
us_forces cma mnla hcua maa gatia msa platform fla dan_na_ambassagou dozo koglweogo ganda_koy ganda_izo
fulani_militia dogon_militia bambara_militia tuareg_militia arab_militia songhai_militia civilians
protesters rioters unidentified_armed_group private_security unidentified_communal_militia
""".split()


@pytest.fixture(scope="module")
def reg():
    return load_registry()


def test_registry_holds_the_actors_that_matter(reg):
    assert len(reg) >= 60
    missing = [i for i in REQUIRED_IDS if i not in reg]
    assert not missing, f"missing ids: {missing}"


def test_every_actor_has_names_type_family_and_a_dated_source(reg):
    for a in reg:
        assert a.name_en, a.id
        if not a.needs_review:
            assert a.name_fr and a.name_ar, f"{a.id}: French and Arabic names are required"
        assert a.actor_type in ACTOR_TYPES and a.inter_code == ACTOR_TYPES[a.actor_type]
        assert InterCode.STATE_FORCES <= a.inter_code <= InterCode.EXTERNAL_OTHER_FORCES
        assert a.family in reg.families, a.id
        assert a.sources, f"{a.id} cites no source"
        for s in a.sources:
            assert s.url.startswith(("http://", "https://")) and s.publisher and s.title
            assert isinstance(s.date, dt.date), f"{a.id}: source {s.key} has no date"


def test_ids_are_unique_lowercase_and_aliases_map_to_one_id(reg):
    owners: dict[str, set[str]] = defaultdict(set)
    for a in reg:
        assert a.id == a.id.lower() and " " not in a.id
        for n in (a.id, *a.names, *a.aliases):
            owners[normalise(n)].add(a.id)
    clashes = {k: v for k, v in owners.items() if k and len(v) > 1}
    assert not clashes, f"aliases shared by several actors without being declared ambiguous: {clashes}"
    for alias, ids in reg.ambiguous_aliases.items():
        assert len(ids) >= 2 and all(i in reg for i in ids), alias


def test_lineage_refers_to_existing_ids_with_dates(reg):
    assert reg.links
    for link in reg.links:
        assert link.predecessor in reg and link.successor in reg
        assert link.relation in RELATIONS
        assert link.date is not None
    for a in reg:
        if a.parent:
            assert a.parent in reg, a.id


def test_merger_dates_are_recorded(reg):
    into_jnim = {l.predecessor: l for l in reg.get("jnim").predecessors if l.relation == "merged_into"}
    for pred in ("ansar_dine", "katiba_macina", "al_mourabitoun"):
        assert str(into_jnim[pred].date) == "2017-03-02"
    into_mourabitoun = {l.predecessor for l in reg.get("al_mourabitoun").predecessors}
    assert {"mujao", "al_mulathamun"} <= into_mourabitoun
    assert all(l.date.value.year == 2013 for l in reg.get("al_mourabitoun").predecessors)
    (to_sahel,) = [l for l in reg.get("isgs").successors if l.successor == "is_sahel"]
    assert to_sahel.relation == "became" and to_sahel.date.value.year == 2022


def test_successors_are_linked_not_renamed_over_predecessors(reg):
    # both ids exist, with their own names and periods
    assert reg.get("ansar_dine").active_to.value == dt.date(2017, 3, 2)
    assert reg.get("jnim").active_from.value == dt.date(2017, 3, 2)
    assert reg.get("isgs").name_en != reg.get("is_sahel").name_en


def test_expand_lineage_rolls_history_into_jnim():
    ids = expand_lineage(["jnim"])
    assert {"jnim", "ansar_dine", "katiba_macina", "al_mourabitoun", "mujao", "al_mulathamun"} <= ids
    assert "isgs" not in ids  # a faction that split away is not JNIM's history
    assert "aqim" not in ids  # AQIM continues; JNIM is its branch, not its successor
    assert expand_lineage(["jnim"], until=dt.date(2016, 12, 31)) == {"jnim"}
    assert "gspc" in expand_lineage(["aqim"])


def test_lineage_lists_the_chain_both_ways():
    back = lineage("is_sahel", "predecessors")
    assert [l.predecessor for l in back][:1] == ["isgs"]
    assert "al_mourabitoun" in {l.predecessor for l in back}
    forward = lineage("mujao", "successors")
    assert {"al_mourabitoun", "jnim", "isgs"} <= {l.successor for l in forward}
    assert lineage("jnim", "successors") == ()
    with pytest.raises(NotFoundError):
        lineage("no_such_actor")
    with pytest.raises(ValueError):
        lineage("jnim", "sideways")


def test_rollup_follows_mergers_and_renamings(reg):
    assert reg.rollup("ansar_dine") == "jnim"
    assert reg.rollup("isgs") == "is_sahel"
    assert reg.rollup("isgs", at=dt.date(2020, 1, 1)) == "isgs"
    assert reg.rollup("mujao", at=dt.date(2014, 1, 1)) == "al_mourabitoun"


def test_linkage_relatives_join_a_states_forces_and_a_groups_lineage(reg):
    from sahelwatch.actors import linkage_relatives

    assert "mali_government" in linkage_relatives("fama")
    assert "fama" in linkage_relatives("mali_government")
    assert "niger_army" not in linkage_relatives("fama")
    assert {"is_sahel", "islamic_state"} <= linkage_relatives("isgs")
    assert linkage_relatives("ucdp:4456") == frozenset()


# --------------------------------------------------------------------------- broken data fails loudly
def _copy_data(tmp_path: Path) -> Path:
    dst = tmp_path / "data"
    shutil.copytree(default_data_dir(), dst)
    return dst


def _append(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def test_a_duplicated_alias_is_rejected(tmp_path):
    d = _copy_data(tmp_path)
    _append(d / "actors_generic.yaml", "  - {id: not_jnim, names: {en: X, fr: X, ar: X}, aliases: [GSIM], type: rebel_group, "
            "family: other, affiliation: none, active: [null, null], countries: [], sources: [acled_codebook_2021]}\n")
    with pytest.raises(RegistryError, match="GSIM"):
        load_registry(d)


def test_a_duplicated_id_is_rejected(tmp_path):
    d = _copy_data(tmp_path)
    _append(d / "actors_generic.yaml", "  - {id: jnim, names: {en: Y, fr: Y, ar: Y}, aliases: [], type: rebel_group, "
            "family: other, affiliation: none, active: [null, null], countries: [], sources: [acled_codebook_2021]}\n")
    with pytest.raises(RegistryError, match="duplicate actor id 'jnim'"):
        load_registry(d)


def test_an_unknown_successor_or_source_is_rejected(tmp_path):
    d = _copy_data(tmp_path)
    _append(d / "actors_generic.yaml", "  - {id: ghost, names: {en: G, fr: G, ar: G}, aliases: [], type: rebel_group, "
            "family: other, affiliation: none, active: [null, null], countries: [], sources: [acled_codebook_2021], "
            "successors: [{id: nowhere, date: 2020-01-01, relation: merged_into}]}\n")
    with pytest.raises(RegistryError, match="nowhere"):
        load_registry(d)
    d2 = _copy_data(tmp_path / "b")
    _append(d2 / "actors_generic.yaml", "  - {id: ghost2, names: {en: G, fr: G, ar: G}, aliases: [], type: rebel_group, "
            "family: other, affiliation: none, active: [null, null], countries: [], sources: [no_such_source]}\n")
    with pytest.raises(RegistryError, match="no_such_source"):
        load_registry(d2)


def test_an_actor_without_sources_is_rejected(tmp_path):
    d = _copy_data(tmp_path)
    _append(d / "actors_generic.yaml", "  - {id: unsourced, names: {en: U, fr: U, ar: U}, aliases: [], type: rebel_group, "
            "family: other, affiliation: none, active: [null, null], countries: []}\n")
    with pytest.raises(RegistryError, match="cites no source"):
        load_registry(d)


def test_registry_objects_are_frozen(reg):
    a = reg.get("jnim")
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.family = "other"  # type: ignore[misc]
    with pytest.raises(TypeError):
        reg.actors["x"] = a  # type: ignore[index]
