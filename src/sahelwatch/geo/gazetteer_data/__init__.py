"""The gazetteer's shipped data, and the reader that turns it into :class:`~sahelwatch.geo.gazetteer.Place` entries.

Files (each documents its own provenance):

* ``gazetteer_geonames.csv.gz``: GeoNames populated places of Mali, Burkina Faso, Niger
  and their neighbours (CC BY 4.0: every one for the countries with a GeoNames dump, those of 500 people
  or more elsewhere), and the OpenStreetMap place nodes that GeoNames lacks of Mali, Burkina Faso, Niger,
  Togo, Benin, Nigeria, Ghana and Chad (ODbL 1.0, (c) OpenStreetMap contributors: rows with an ``osm_id``,
  and spellings added to GeoNames rows whose ``sources`` list ``osm``), built by
  ``scripts/build_gazetteer.py``; how, from which files (repository, commit, path and SHA-256 of each
  dump and extract), packages and versions, and the SHA-256 of the file itself (``file_sha256``), is in
  ``gazetteer_geonames.provenance.json``. Algeria has its towns of 500 people or more only.
* ``gazetteer_admin_units.csv``: countries, and the admin1/admin2 units of Mali, Burkina
  Faso, Niger and their neighbours, hand-written, with aliases, seat, GeoNames admin1 code(s), source
  and date per entry. A GeoNames place of a country whose admin1 units are listed takes its admin1
  name from this table, by its GeoNames admin1 code (:func:`admin1_by_code`, run by
  ``scripts/build_gazetteer.py``: the shipped rows carry the result, so loading does not redo it).
* ``gazetteer_aliases.csv`` (optional): extra spellings of GeoNames places
  (iso3, name, alias, source, source_date).
* ``gazetteer_protected_areas.csv``: the parks and reserves that straddle the region's borders, one row per
  country part (area, its folded aliases separated by ``|``, iso3, admin1, admin2 or empty when the part
  spans several, source, source_date), hand-written with the public listing each row comes from.
* ``gazetteer_stoplist.csv``: names that :meth:`Gazetteer.find_in_text` does not report
  on their own (word, reason, source, source_date).
"""

from __future__ import annotations

import csv
import functools
import gzip
import io
from collections import defaultdict
from dataclasses import replace
from pathlib import Path
from typing import Sequence

import numpy as np

from ..distance import haversine_km
from ..gazetteer import Place
from ..gazetteer_names import name_key, split_unit

DATA_DIR = Path(__file__).resolve().parent
GEONAMES_FILE = "gazetteer_geonames.csv.gz"
PROVENANCE_FILE = "gazetteer_geonames.provenance.json"
UNITS_FILE = "gazetteer_admin_units.csv"
ALIASES_FILE = "gazetteer_aliases.csv"
STOPLIST_FILE = "gazetteer_stoplist.csv"
PROTECTED_AREAS_FILE = "gazetteer_protected_areas.csv"


def _read_csv(name: str, *, required: bool = True) -> list[dict]:
    path = DATA_DIR / name
    if not path.exists():
        if required:
            raise FileNotFoundError(
                f"gazetteer data file missing: {path.name} (rebuild with scripts/build_gazetteer.py)")
        return []
    raw = gzip.decompress(path.read_bytes()) if name.endswith(".gz") else path.read_bytes()
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8"))))


@functools.lru_cache(maxsize=1)
def load_protected_areas() -> tuple[dict, ...]:
    """The country parts of the cross-border parks and reserves: one dict per row, its ``aliases`` a tuple.

    A row without an area, an alias, a country, an admin1 or a source is an error naming the line."""
    return protected_area_rows(_read_csv(PROTECTED_AREAS_FILE))


def protected_area_rows(raw: Sequence[dict]) -> tuple[dict, ...]:
    """:func:`load_protected_areas`' reading of the table's rows (as :class:`csv.DictReader` gives them)."""
    rows = []
    for line, r in enumerate(raw, start=2):
        missing = [k for k in ("area", "aliases", "iso3", "admin1", "source") if not (r.get(k) or "").strip()]
        if missing:
            raise ValueError(f"{PROTECTED_AREAS_FILE}, line {line}: missing {', '.join(missing)}")
        rows.append({**r, "aliases": tuple(a.strip() for a in r["aliases"].split("|") if a.strip()),
                     "admin2": (r.get("admin2") or "").strip() or None})
    return tuple(rows)


@functools.lru_cache(maxsize=1)
def load_stoplist() -> frozenset[str]:
    """The folded names that text matching skips unless a unit word frames them."""
    return frozenset(r["word"] for r in _read_csv(STOPLIST_FILE) if r["word"].strip())


def _split_names(*parts: str) -> tuple[str, ...]:
    out: list[str] = []
    for part in parts:
        for n in (part or "").split("|"):
            n = n.strip()
            if n and n not in out:
                out.append(n)
    return tuple(out)


@functools.lru_cache(maxsize=1)
def load_places() -> tuple[Place, ...]:
    """GeoNames places, then admin units (with their seat's coordinates) and countries."""
    units = _read_csv(UNITS_FILE)
    admin2_names = {(r["iso3"], name_key(n)): r["name"] for r in units if r["kind"] == "admin2"
                    for n in _split_names(r["name"], r["aliases"])}
    places: list[Place] = []
    by_key: dict[tuple[str, str], list[int]] = defaultdict(list)  # (iso3, key) -> geonames places
    for r in _read_csv(GEONAMES_FILE):  # admin1 named, and voted for the neighbours, at build time
        a2 = r.get("admin2") or None
        if a2:  # GeoNames writes "Douentza Cercle", "Département de Say": use the unit's own name
            a2 = admin2_names.get((r["iso3"], name_key(split_unit(a2)[0])), a2)
        gid = r["geonameid"]
        p = Place(
            id=f"geonames:{gid}" if gid else f"osm:{r['osm_id']}", name=r["name"],
            names=_split_names(r["name"], r["asciiname"], r["alternatenames"]),
            latitude=float(r["latitude"]), longitude=float(r["longitude"]), iso3=r["iso3"],
            admin1=r["admin1"] or None, admin2=a2, kind="place", population=int(r["population"] or 0),
            sources=tuple((r.get("sources") or "geonames").split("|")), feature_class=r["feature_class"] or None,
            admin1_code=r["admin1_code"] or None, origin="geonames" if gid else "osm")
        for n in p.names:
            by_key[(p.iso3, name_key(n))].append(len(places))
        places.append(p)
    for r in _read_csv(ALIASES_FILE, required=False):
        for i in by_key.get((r["iso3"], name_key(r["name"])), ()):
            p = places[i]
            places[i] = replace(p, names=_split_names("|".join(p.names), r["alias"]))
    for r in units:
        seat_i = _seat(places, by_key, r)
        seat = places[seat_i] if seat_i is not None else None
        kind = r["kind"]
        if seat is not None and kind == "admin2" and seat.admin2 is None:
            places[seat_i] = replace(seat, admin2=r["name"])  # a cercle's seat lies in the cercle
        places.append(Place(
            id=f"unit:{r['iso3']}:{kind}:{name_key(r['name'])}", name=r["name"],
            names=_split_names(r["name"], r["aliases"]),
            latitude=seat.latitude if seat else None, longitude=seat.longitude if seat else None,
            iso3=r["iso3"], admin1=r["admin1"] or None, admin2=r["name"] if kind == "admin2" else None,
            kind=kind, sources=("sahelwatch-admin-units",),
            admin1_code=r["geonames_admin1_code"] or None, formerly=r["formerly"] or None, origin="units"))
    return tuple(_admin2_from_seats(places))


def unit_codes(units: Sequence[dict]) -> dict[tuple[str, str], str]:
    """(iso3, GeoNames admin1 code) -> the admin1's name in the units table. A unit row may list several
    codes separated by ``|``: Côte d'Ivoire's districts (2011) also take the codes of the regions of before
    2011 whose territory they took ("96|80|83": Sassandra-Marahoué, Haut-Sassandra, Marahoué)."""
    return {(r["iso3"], code.strip()): r["name"] for r in units if r["kind"] == "admin1"
            for code in (r.get("geonames_admin1_code") or "").split("|") if code.strip()}


#: How many labelled neighbours vote on the admin1 of a place GeoNames gives no named admin1.
ADMIN1_VOTERS = 5
#: Countries whose places never take a voted admin1: Mali's, Burkina Faso's and Niger's unnamed rows are
#: mostly wells and sites (OpenStreetMap and the dumps' localities) that the text reading has always
#: left out; the vote is for the neighbours, whose GeoNames codes are partly those of old units.
NO_VOTE = frozenset({"MLI", "BFA", "NER"})


def admin1_by_code(rows: list[dict], units: Sequence[dict]) -> list[dict]:
    """The GeoNames rows with each admin1 named as the units table names it, for the countries whose admin1
    units the table lists: by the row's GeoNames admin1 code ("Hodh ech Chargui" -> "Hodh Ech Chargui";
    Côte d'Ivoire's code 91, the Worodougou region of before 2011 -> "Woroba").

    A row whose code names no unit and that has no admin1 of its own (GeoNames' "00", Mauritania's "NKC" of
    before the 2014 split) takes the
    admin1 most of its ADMIN1_VOTERS nearest named places of the same country have, and ``admin1_code``
    ``"nearest"`` says so (see docs/gazetteer.md for how often that vote is right)."""
    names = unit_codes(units)
    countries = {iso3 for iso3, _ in names}
    out = list(rows)  # the rows are shared (read once): a row that changes is copied
    named: dict[str, list[int]] = defaultdict(list)
    pending: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(out):
        iso3 = r["iso3"]
        if iso3 not in countries:
            continue
        name = names.get((iso3, r["admin1_code"]))
        if name and name != r["admin1"]:
            r = out[i] = {**r, "admin1": name}
        if r["admin1"] and r["admin1_code"] != "nearest":
            named[iso3].append(i)
        elif not r["admin1"] and iso3 not in NO_VOTE:
            pending[iso3].append(i)

    def where(ix):
        return [(float(out[i]["latitude"]), float(out[i]["longitude"])) for i in ix]

    for iso3, todo in pending.items():
        votes = nearest_admin1(where(named[iso3]), [out[i]["admin1"] for i in named[iso3]], where(todo))
        for i, name in zip(todo, votes):
            if name:
                out[i] = {**out[i], "admin1": name, "admin1_code": "nearest"}
    return out


def nearest_admin1(points: Sequence[tuple[float, float]], labels: Sequence[str],
                   queries: Sequence[tuple[float, float]], k: int = ADMIN1_VOTERS) -> list[str | None]:
    """For each query (lat, lon), the label most of the ``k`` nearest ``points`` carry (the nearest one's on a
    tie); ``None`` for every query when there are no points."""
    if not points or not queries:
        return [None] * len(queries)
    from scipy.spatial import cKDTree

    def xyz(pts):
        lat, lon = np.radians(np.asarray(pts, dtype=float)).T
        return np.column_stack([np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)])

    k = min(k, len(points))
    _, idx = cKDTree(xyz(points)).query(xyz(queries), k=k)
    idx = np.asarray(idx).reshape(len(queries), k)
    out: list[str | None] = []
    for row in idx:
        near = [labels[j] for j in row]
        counts = {n: near.count(n) for n in near}
        best = max(counts.values())
        out.append(next(n for n in near if counts[n] == best))
    return out


#: A GeoNames place without an admin2 takes that of the nearest seat of its admin1 within this
#: distance. Measured on ACLED Mali's precise rows (1997-2018): the nearest cercle seat of the
#: row's region within 30 km is the row's own cercle 944 times of 946 (within 60 km, 1,132 of 1,168).
SEAT_ADMIN2_KM = 30.0


def _admin2_from_seats(places: list[Place]) -> list[Place]:
    """GeoNames gives few dump places an admin2 (1,644 of Mali's 15,452): fill it from the nearest seat."""
    seats: dict[tuple[str, str], list[Place]] = defaultdict(list)
    for p in places:
        if p.kind == "admin2" and p.latitude is not None and p.admin1:
            seats[(p.iso3, name_key(p.admin1))].append(p)
    if not seats:
        return places
    grouped = {k: (np.array([s.latitude for s in v]), np.array([s.longitude for s in v]), v)
               for k, v in seats.items()}
    out = []
    for p in places:
        group = grouped.get((p.iso3, name_key(p.admin1 or ""))) if p.kind == "place" and not p.admin2 else None
        if group is not None and p.latitude is not None:
            slat, slon, units = group
            km = haversine_km(p.latitude, p.longitude, slat, slon)
            k = int(np.argmin(km))
            if km[k] <= SEAT_ADMIN2_KM:
                p = replace(p, admin2=units[k].name)
        out.append(p)
    return out


def _seat(places: Sequence[Place], by_key, row: dict) -> int | None:
    """The GeoNames place that is a unit's seat: same country, same admin1 when known, most populous."""
    if row["kind"] == "country" or not row["seat"]:
        return None
    found = by_key.get((row["iso3"], name_key(row["seat"])), [])
    if not found:
        return None
    same = [i for i in found if places[i].admin1 and name_key(places[i].admin1) == name_key(row["admin1"])]
    return max(same or found, key=lambda i: places[i].population)
