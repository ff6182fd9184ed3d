"""A name in short capitals is an acronym before it is a village, and a word for people (a people, a title, a
man's name) is no village that OpenStreetMap alone knows: news agencies ("APA"), army units ("BIR") and
"the Fulani" or "Alhaji" named in a story never send it to a hamlet of Ghana, Chad or Nigeria."""

from __future__ import annotations

import csv
import gzip
import importlib.util
import io
from pathlib import Path

import pytest

from sahelwatch.folding import compact
from sahelwatch.geo.gazetteer import Gazetteer, Place
from sahelwatch.geo.gazetteer_data import DATA_DIR, GEONAMES_FILE

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    raw = gzip.decompress((DATA_DIR / GEONAMES_FILE).read_bytes()).decode("utf-8")
    return list(csv.DictReader(io.StringIO(raw)))


@pytest.fixture(scope="module")
def build():
    spec = importlib.util.spec_from_file_location("build_gazetteer", ROOT / "scripts" / "build_gazetteer.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _village(name: str, *names: str, population: int = 0, admin1: str = "Mopti") -> Place:
    return Place(id=f"test:{compact(name)}:{population}", name=name, names=(name, *names), latitude=14.0,
                 longitude=-3.0, iso3="MLI", admin1=admin1, admin2=None, kind="place", population=population)


# ----------------------------------------------------------------------------------------- short capitals
@pytest.mark.parametrize("text,acronym", [
    ("Selon l'agence APA, des hommes armés ont tué trois bergers près de Djibo.", "APA"),
    ("Les soldats du BIR ont repoussé l'assaut contre leur base lundi soir, près de Djibo.", "BIR"),
    ("A statement carried by ANI said gunmen had raided a market outside Djibo.", "ANI"),
])
def test_an_acronym_in_short_capitals_is_no_village(gaz, text, acronym):
    found = [m.surface for m in gaz.find_in_text(text)]
    assert acronym not in found and "Djibo" in found
    assert not gaz.lookup(acronym, fuzzy=False)


def test_the_same_name_written_as_a_name_still_finds_its_village(gaz):
    # the rule reads how the text writes it: "Apa" in lower case after its capital is a name
    best = gaz.lookup("Apa", fuzzy=False).best
    assert best is not None and best.kind == "place"


@pytest.mark.parametrize("dateline,iso3,admin1", [
    ("DORI (AFP) - Des hommes armés ont attaqué un convoi.", "BFA", "Sahel"),
    ("KAYA, 3 mars - Un engin explosif a visé une patrouille.", "BFA", "Centre-Nord"),
    ("GAO : deux soldats ont été blessés.", "MLI", "Gao"),
])
def test_a_town_or_unit_in_capitals_heading_a_story_is_still_found(gaz, dateline, iso3, admin1):
    """A dateline writes its town in capitals: a town of DATELINE_TOWN_POPULATION people or a unit is no
    acronym's victim."""
    m = gaz.find_in_text(dateline)[0]
    assert m.start == 0 and m.best is not None and (m.best.iso3, m.best.admin1) == (iso3, admin1)


def test_short_capitals_match_a_place_whose_own_name_is_in_capitals_only():
    g = Gazetteer([_village("Tiko"), _village("TIKO", admin1="Ségou"), _village("Tiko", population=25_000,
                                                                               admin1="Kayes")])
    got = {(c.name, c.admin1) for c in g.lookup("TIKO", fuzzy=False)}
    assert got == {("TIKO", "Ségou"), ("Tiko", "Kayes")}  # the acronym village and the town, never the hamlet
    assert {c.admin1 for c in g.lookup("Tiko", fuzzy=False)} == {"Mopti", "Ségou", "Kayes"}
    only_hamlet = Gazetteer([_village("Tiko")])
    assert not only_hamlet.lookup("TIKO", fuzzy=False)
    assert only_hamlet.find_in_text("Le TIKO a publié un communiqué.") == []
    assert [m.surface for m in only_hamlet.find_in_text("Des tirs ont visé Tiko.")] == ["Tiko"]


def test_five_capitals_or_more_are_read_as_a_name(gaz):
    best = gaz.lookup("MOPTI", fuzzy=False).best
    assert best is not None and best.admin1 == "Mopti"


# ----------------------------------------------------------------------------------------- names of people
@pytest.mark.parametrize("name", ["Fulani", "Hausa", "Alhaji", "Sarki", "Mallam", "Garba", "Musa"])
def test_a_people_a_title_or_a_mans_name_is_no_village_of_openstreetmap(gaz, name):
    """Hamlets of the region are named after their head or his people; in the news the bare word is the people,
    the title or the man."""
    assert all(c.place_id.split(":")[0] != "osm" for c in gaz.lookup(name, fuzzy=False))


def test_no_openstreetmap_row_is_named_as_people(build, rows):
    people = build.not_place_names()
    # the registry's peoples, the stoplist's names and the build's own lists all come in
    assert {"fulani", "dogon", "peul", "keita", "hausa", "alhaji", "garba"} <= set(people)
    assert not [r["name"] for r in rows if r["osm_id"] and compact(r["name"]) in people]


def test_a_village_named_otherwise_stays(build, rows):
    """Only a bare name of people is left out: a village whose name holds one ("Ungwan Fulani") is a place."""
    people = build.not_place_names()
    kept = [r["name"] for r in rows if r["osm_id"] and r["iso3"] == "NGA"
            and any(compact(w) in people for w in r["name"].split()) and compact(r["name"]) not in people]
    assert len(kept) > 50


# ----------------------------------------------------------------------------------------- where the neighbours' villages are kept
def test_nigerias_and_ghanas_villages_are_kept_near_the_watched_countries_only(build, rows):
    for cc, iso3 in (("NG", "NGA"), ("GH", "GHA")):
        units = set(build.OSM_REGIONS[cc])
        osm = [r for r in rows if r["iso3"] == iso3 and r["osm_id"]]
        assert osm and {r["admin1"] for r in osm} <= units, iso3
    # their GeoNames towns stay everywhere
    assert any(r["iso3"] == "NGA" and r["admin1"] == "Lagos" and not r["osm_id"] for r in rows)
