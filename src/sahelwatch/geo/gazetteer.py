"""The gazetteer: place names of Mali, Burkina Faso, Niger and their neighbours.

Three layers, all in :class:`Place` entries with their provenance (``origin``,
``sources``):

* populated places from GeoNames (CC BY 4.0), and those of OpenStreetMap (ODbL 1.0) that
  GeoNames lacks or spells otherwise, built by ``scripts/build_gazetteer.py`` into
  ``geo/gazetteer_data/gazetteer_geonames.csv.gz`` (see its ``.provenance.json``);
* countries and the admin1/admin2 units of Mali, Burkina Faso and Niger
  (regions, cercles, provinces, departments), hand-written with sources in
  ``geo/gazetteer_data/gazetteer_admin_units.csv``; a unit takes the coordinates of its seat;
* places learned from stored events (:meth:`Gazetteer.learn`), merged into the
  GeoNames place of the same name within :data:`MERGE_KM`.

Names are compared on a *key*: accents, case, apostrophes, hyphens and spaces
folded away, so ``Ségou = SEGOU``, ``N'Tillit = Ntillit`` and
``In-Délimane = Indelimane``. :meth:`Gazetteer.lookup` returns every candidate,
ranked by the context given (country, admin1, admin2, a point nearby) and by
priors (event counts, population), and says whether the name stays ambiguous.
:meth:`Gazetteer.find_in_text` finds gazetteer names in a text, longest match
first, over folded tokens.
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from typing import Iterable

import pandas as pd

from ..errors import UsageError
from .distance import haversine_km
from .gazetteer_names import (
    fold,
    name_key,
    place_name,
    split_unit,
)
from .gazetteer_text import TextIndex

__all__ = ["Candidate", "Gazetteer", "LearnReport", "Matches", "Mention", "Place", "fold",
           "name_key", "split_unit"]

#: Two names of the same key closer than this are the same place (learning merges them).
MERGE_KM = 10.0
#: Two candidates further apart than this are different places (for ambiguity).
DISTINCT_KM = 25.0
#: Candidates whose scores differ by less than this cannot be told apart.
AMBIGUITY_GAP = 0.05
#: Countries the project watches; their places win ties against the neighbours'.
FOCUS_ISO3 = frozenset({"MLI", "BFA", "NER"})
KINDS = ("place", "admin2", "admin1", "country")

#: Common-scale precisions whose coordinates stand for a unit, not the named place.
IMPRECISE = frozenset({"admin2", "admin1", "region", "country", "other"})

#: A name written in capitals of at most this many letters is read as an acronym ("APA", "BIR", "FAMA", "GUMI"):
#: it matches a place only as :func:`fits_short_capitals` says.
SHORT_CAPITALS = 4
#: A populated place of at least this many people is a town a story may be filed from, and datelines write
#: their town in capitals ("NARA :", "DORI (AFP) -"): a short name in capitals may still be such a town.
DATELINE_TOWN_POPULATION = 20_000


def short_capitals(name: str) -> bool:
    """Whether ``name`` is written in capitals and has at most :data:`SHORT_CAPITALS` letters ("APA", "BIR")."""
    letters = [ch for ch in name if ch.isalpha()]
    return 0 < len(letters) <= SHORT_CAPITALS and name.isupper()


def fits_short_capitals(p: "Place", key: str) -> bool:
    """Whether a name in short capitals (:func:`short_capitals`) of key ``key`` may be the entry ``p``: when one
    of its own spellings of that key is in capitals too (a place known by its acronym), or it is a country, an
    administrative unit or a town of :data:`DATELINE_TOWN_POPULATION` people; never a mixed-case village
    ("APA", the news agency, is no hamlet "Apa"; "BIR", an army unit, no village "Bir")."""
    if p.kind != "place" or p.population >= DATELINE_TOWN_POPULATION:
        return True
    return any(n.isupper() and name_key(n) == key for n in p.names)


#: rapidfuzz ``fuzz.ratio`` a misspelt name must reach: names of 7 characters or more, shorter ones
FUZZY_CUTOFF_LONG, FUZZY_CUTOFF = 85, 88
#: how many near spellings a misspelt name takes
FUZZY_LIMIT = 8


# --------------------------------------------------------------------------- near spellings
def length_window(n: int, cutoff: int) -> tuple[int, int]:
    """The lengths ``m`` a name must have for ``fuzz.ratio`` against a name of ``n`` characters to reach ``cutoff``.

    ``fuzz.ratio(a, b)`` is 100 * (1 - D / (n + m)), D the Indel distance (insertions and deletions) of the
    two names, n and m their lengths; D = n + m - 2 * LCS, and the longest common subsequence is no longer
    than the shorter name, so D >= |n - m| and the ratio is at most 100 * (1 - |n - m| / (n + m))
    = 200 * min(n, m) / (n + m). A name can reach the cutoff c only if 200 * min(n, m) >= c * (n + m):
    for m >= n, m <= n * (200 - c) / c; for m < n, m >= n * c / (200 - c). Outside the window the bound falls
    short of c by at least 1 / (n + m) (c, n and m are integers), far beyond any rounding of the score."""
    if not 0 < cutoff < 100:
        raise ValueError(f"a cutoff between 0 and 100 (exclusive) is needed, not {cutoff}")
    return -(-n * cutoff // (200 - cutoff)), n * (200 - cutoff) // cutoff


class KeysByLength:
    """Name keys sorted by length, each length's keys in their first order, to score a length window only."""

    __slots__ = ("keys", "order", "_lengths")

    def __init__(self, keys: Iterable[str]):
        keys = list(keys)
        lengths = list(map(len, keys))
        self.order = sorted(range(len(keys)), key=lengths.__getitem__)  # stable: first order within a length
        self.keys = list(map(keys.__getitem__, self.order))
        self._lengths = sorted(lengths)

    def span(self, shortest: int, longest: int) -> tuple[int, int]:
        """Where the keys of ``shortest`` to ``longest`` characters lie in :attr:`keys`."""
        return bisect_left(self._lengths, shortest), bisect_right(self._lengths, longest)


def fuzzy_names(key: str, names: KeysByLength, cutoff: int, limit: int = FUZZY_LIMIT) -> list[tuple[str, float]]:
    """The names and scores of ``rapidfuzz.process.extract(key, <the names in their first order>,
    scorer=fuzz.ratio, score_cutoff=cutoff, limit=limit)``, scoring only the names of :func:`length_window`'s
    lengths: the same names, scores and order (best first, ties in the names' first order)."""
    from rapidfuzz import fuzz, process

    a, b = names.span(*length_window(len(key), cutoff))
    hits = process.extract(key, names.keys[a:b], scorer=fuzz.ratio, score_cutoff=cutoff, limit=None)
    if not hits:
        return []
    # the full scan breaks ties of score by the names' first order: rescore the few names found in that order
    found = [k for k, _, _ in sorted(hits, key=lambda h: names.order[a + h[2]])]
    return [(k, sim) for k, sim, _ in process.extract(key, found, scorer=fuzz.ratio, score_cutoff=cutoff, limit=limit)]


# --------------------------------------------------------------------------- value objects
@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry: a populated place, an admin unit or a country."""

    id: str  # geonames:<id> | osm:<node id> | unit:<iso3>:<kind>:<key> | learned:<iso3>:<key>:<n>
    name: str
    names: tuple[str, ...]  # every spelling it answers to, ``name`` first
    latitude: float | None
    longitude: float | None
    iso3: str | None
    admin1: str | None
    admin2: str | None
    kind: str  # place | admin2 | admin1 | country
    population: int = 0
    event_count: int = 0
    sources: tuple[str, ...] = ()  # geonames, sahelwatch-admin-units, acled, ucdp-ged, ...
    feature_class: str | None = None  # GeoNames feature class (P = populated place)
    admin1_code: str | None = None  # GeoNames admin1 code
    formerly: str | None = None  # the admin1 a unit was carved out of (Ménaka: Gao)
    origin: str = "geonames"  # geonames | osm | units | learned


@dataclass(frozen=True, slots=True)
class Candidate:
    """One answer to a lookup, with its score (0..1, comparable within one lookup)."""

    name: str
    latitude: float | None
    longitude: float | None
    iso3: str | None
    admin1: str | None
    admin2: str | None
    kind: str
    population: int
    event_count: int
    score: float
    sources: tuple[str, ...]
    place_id: str = ""
    matched: str = ""  # the spelling that matched
    method: str = "exact"  # exact | alias | fuzzy


class Matches(list):
    """The ranked candidates of a lookup (a list), and how ambiguous they are."""

    @property
    def best(self) -> Candidate | None:
        return self[0] if self else None

    @property
    def gap(self) -> float:
        """Score of the best minus that of the best *distinct* other place (1.0 when none)."""
        rival = self._rival()
        return 1.0 if rival is None else round(self[0].score - rival.score, 4)

    @property
    def is_ambiguous(self) -> bool:
        """Two distinct places (not a town and its own unit) score within :data:`AMBIGUITY_GAP`."""
        return self._rival() is not None and self.gap < AMBIGUITY_GAP

    def _rival(self) -> Candidate | None:
        if not self:
            return None
        b = self[0]
        for c in self[1:]:
            if not _same_place(b, c):
                return c
        return None


def _same_place(a: Candidate, b: Candidate) -> bool:
    """Whether two candidates are one place for ambiguity: a town and its own cercle are."""
    if a.place_id == b.place_id:
        return True
    if a.kind == b.kind != "place":
        return False  # two units of one level are two units
    if a.latitude is not None and b.latitude is not None:
        return haversine_km(a.latitude, a.longitude, b.latitude, b.longitude) <= DISTINCT_KM
    unit, other = (a, b) if a.kind != "place" else (b, a)
    if unit.kind == "place":
        return False
    return unit.iso3 == other.iso3 and unit.name in (other.name, other.admin1, other.admin2)


@dataclass(frozen=True, slots=True)
class Mention:
    """A gazetteer name found in a text: ``text[start:end] == surface``."""

    start: int
    end: int
    surface: str
    candidates: tuple[Candidate, ...]
    kind_hint: str | None = None  # admin1/admin2 when a unit word frames it

    @property
    def best(self) -> Candidate | None:
        return self.candidates[0] if self.candidates else None


def _mention_maker():
    """A faster :class:`Mention` constructor for text matching, which makes the same object as
    ``Mention(...)``: the frozen dataclass's ``__init__`` sets each field through
    ``object.__setattr__``, a large part of what a found name costs; this sets its slots."""
    if tuple(Mention.__slots__) != ("start", "end", "surface", "candidates", "kind_hint"):
        raise TypeError("Mention's fields changed: update _mention_maker")
    new = object.__new__
    set_start, set_end, set_surface, set_candidates, set_hint = (getattr(Mention, f).__set__ for f in Mention.__slots__)

    def mention(start: int, end: int, surface: str, candidates: tuple, kind_hint: str | None) -> Mention:
        m = new(Mention)
        set_start(m, start)
        set_end(m, end)
        set_surface(m, surface)
        set_candidates(m, candidates)
        set_hint(m, kind_hint)
        return m

    return mention


_mention = _mention_maker()


@dataclass(frozen=True, slots=True)
class LearnReport:
    events: int  # rows with a location name and coordinates
    locations: int  # distinct (name, country, admin1, admin2, precise)
    merged: int  # of those, merged into an existing entry
    added: int  # of those, added as new places
    skipped_units: int = 0  # rows whose location names a unit ("Mopti region")
    skipped_imprecise: int = 0  # rows of unit precision naming no known place


# --------------------------------------------------------------------------- the gazetteer
_TABLE_COLUMNS = ("id", "name", "names", "latitude", "longitude", "iso3", "admin1", "admin2", "kind",
                  "population", "event_count", "sources", "feature_class", "admin1_code", "formerly",
                  "origin")


class Gazetteer:
    """Names to places. Build with :meth:`default` (shipped data) or :meth:`from_table`."""

    def __init__(self, places: Iterable[Place], stoplist: Iterable[str] = ()):
        self._places: list[Place] = []
        self._index: dict[str, list[int]] = defaultdict(list)
        self._stop = frozenset(name_key(s) for s in stoplist)
        self._units: dict[tuple[str, str, str], int] = {}  # (iso3, kind, key) -> index
        self._country_keys: dict[str, str] = {}  # key of a country name or code -> iso3
        self._iso3s: set[str] = set()
        self._admin_cache: dict[tuple, frozenset[str]] = {}
        # ranked candidates of a name found in text, per (key, unit hint, country, admin1); emptied
        # whenever an entry is added or changed
        self._ranked: dict[tuple, tuple[Candidate, ...]] = {}
        self._text = TextIndex(self._stop)  # the keys as find_in_text reads them
        for p in places:
            self._add(p)
        self._fuzzy_keys: KeysByLength | None = None

    # ----------------------------------------------------------------- building
    @classmethod
    def default(cls) -> "Gazetteer":
        """The shipped gazetteer: GeoNames places, admin units and aliases (a fresh copy)."""
        from .gazetteer_data import load_places, load_stoplist

        return cls(load_places(), load_stoplist())

    def _add(self, p: Place) -> int:
        i = len(self._places)
        self._places.append(p)
        if p.iso3:
            self._iso3s.add(p.iso3)
        for n in p.names:
            self._index_name(i, n)
        if p.kind in ("admin1", "admin2", "country") and p.iso3:
            for n in p.names:
                self._units.setdefault((p.iso3, p.kind, name_key(n)), i)
        if p.kind == "country" and p.iso3:
            for n in (*p.names, p.iso3):
                self._country_keys[name_key(n)] = p.iso3
        self._fuzzy_keys = None
        self._ranked.clear()
        return i

    def _replace(self, i: int, p: Place) -> None:
        old = self._places[i]
        self._places[i] = p
        for n in set(p.names) - set(old.names):
            self._index_name(i, n)
        self._fuzzy_keys = None
        self._ranked.clear()

    def _index_name(self, i: int, name: str) -> None:
        k = name_key(name)
        if k and i not in self._index[k]:
            self._index[k].append(i)
            self._text.add(k, len(fold(name).split()))

    def __len__(self) -> int:
        return len(self._places)

    def is_stopword(self, name: str) -> bool:
        """Whether text matching skips ``name`` unless a unit word frames it ("Sahel", "Some", "Keïta")."""
        return name_key(name) in self._stop

    @property
    def places(self) -> tuple[Place, ...]:
        return tuple(self._places)

    # ----------------------------------------------------------------- persistence
    def to_table(self) -> pd.DataFrame:
        """One row per entry (lists joined with ``|``), for the store to save."""
        rows = []
        for p in self._places:
            rows.append({
                "id": p.id, "name": p.name, "names": "|".join(p.names), "latitude": p.latitude,
                "longitude": p.longitude, "iso3": p.iso3, "admin1": p.admin1, "admin2": p.admin2,
                "kind": p.kind, "population": p.population, "event_count": p.event_count,
                "sources": "|".join(p.sources), "feature_class": p.feature_class,
                "admin1_code": p.admin1_code, "formerly": p.formerly, "origin": p.origin,
            })
        df = pd.DataFrame(rows, columns=list(_TABLE_COLUMNS))
        return df.astype({"population": "int64", "event_count": "int64"})

    @classmethod
    def from_table(cls, df: pd.DataFrame, stoplist: Iterable[str] | None = None) -> "Gazetteer":
        """Rebuild a gazetteer saved with :meth:`to_table` (the shipped stoplist by default)."""
        missing = set(_TABLE_COLUMNS) - set(df.columns)
        if missing:
            raise ValueError(f"gazetteer table lacks columns {sorted(missing)}")

        def s(v):
            return None if v is None or pd.isna(v) or v == "" else str(v)

        def f(v):
            return None if v is None or pd.isna(v) else float(v)

        places = [
            Place(id=r["id"], name=r["name"], names=tuple(str(r["names"]).split("|")),
                  latitude=f(r["latitude"]), longitude=f(r["longitude"]), iso3=s(r["iso3"]),
                  admin1=s(r["admin1"]), admin2=s(r["admin2"]), kind=r["kind"],
                  population=int(r["population"] or 0), event_count=int(r["event_count"] or 0),
                  sources=tuple(x for x in str(r["sources"] or "").split("|") if x),
                  feature_class=s(r["feature_class"]), admin1_code=s(r["admin1_code"]),
                  formerly=s(r["formerly"]), origin=r["origin"])
            for r in df.to_dict("records")
        ]
        if stoplist is None:
            from .gazetteer_data import load_stoplist

            stoplist = load_stoplist()
        return cls(places, stoplist)

    # ----------------------------------------------------------------- context helpers
    def country_iso3(self, country: str | None) -> str | None:
        """ISO3 of a gazetteer country given by ISO3 code or French or English name (``"Mali"`` -> ``"MLI"``)."""
        if not country:
            return None
        iso3 = self._country_keys.get(name_key(country))
        if iso3 is None and country.upper() in self._iso3s:  # a country known only from learned events
            iso3 = country.upper()
        return iso3

    def unit_name(self, name: str | None, kind: str, iso3: str | None = None) -> str | None:
        """Canonical name of an admin1/admin2 unit given any of its spellings, or ``None``."""
        if not name:
            return None
        for k in dict.fromkeys((name_key(name), name_key(split_unit(name)[0]))):  # "Ville de Niamey" as is
            for c in ([iso3] if iso3 else sorted(FOCUS_ISO3)):
                i = self._units.get((c, kind, k))
                if i is not None:
                    return self._places[i].name
        return None

    def parent_of(self, admin2: str, iso3: str | None = None) -> str | None:
        """The admin1 of an admin2 unit given any of its spellings, when only one unit has that name."""
        k = name_key(split_unit(admin2)[0])
        parents = {self._places[i].admin1 for c in ([iso3] if iso3 else sorted(FOCUS_ISO3))
                   if (i := self._units.get((c, "admin2", k))) is not None}
        return parents.pop() if len(parents) == 1 else None

    def _admin_keys(self, name: str | None, kind: str, iso3: str | None, *,
                    former: bool = False) -> frozenset[str]:
        """Keys an admin name stands for: its own and its canonical unit's; with ``former``, also
        the region it was carved out of (a place of Ménaka region answers to an admin1 of Gao)."""
        if not name:
            return frozenset()
        ck = (name, kind, iso3, former)
        keys = self._admin_cache.get(ck)
        if keys is None:
            canon = self.unit_name(name, kind, iso3) or name
            found = {name_key(canon), name_key(name)}
            if former and kind == "admin1":
                for c in ([iso3] if iso3 else sorted(FOCUS_ISO3)):
                    i = self._units.get((c, "admin1", name_key(canon)))
                    if i is not None and self._places[i].formerly:
                        found.add(name_key(self._places[i].formerly))
            keys = self._admin_cache[ck] = frozenset(found)
        return keys

    # ----------------------------------------------------------------- lookup
    def lookup(self, name: str, *, country: str | None = None, admin1: str | None = None,
               admin2: str | None = None, near: tuple[float, float] | None = None,
               kind: str | None = None, fuzzy: bool = True, limit: int = 10) -> Matches:
        """Every entry called ``name``, best first, ranked by the context given.

        ``name`` may carry a unit word (``"cercle de Douentza"``, ``"Tillabéri region"``),
        which favours units of that level. Without an exact match, names within a small
        edit distance are returned with a lower score (``method="fuzzy"``), except those
        outside the country, admin1 or admin2 given. A name in short capitals ("APA", "BIR")
        matches only the entries :func:`fits_short_capitals` allows.
        """
        base, hint = split_unit(name)
        kind = kind or hint
        key, full = name_key(base), name_key(name)
        if not key:
            return Matches()
        ctx = _Context(self, country, admin1, admin2, near, kind)
        framed = self._index.get(full, ()) if full != key else ()  # a name that holds a unit word: "Ville de Niamey"
        # a unit whose own name holds the phrase's unit word ("région des Savanes": Togo's region) ranks before
        # a unit of that base name that has another unit word (Côte d'Ivoire's district des Savanes)
        hits = [(i, 0.99 if framed else 1.0, "exact") for i in self._index.get(key, ())]
        hits += [(i, 1.0, "exact") for i in framed]
        if short_capitals(base):
            hits = [h for h in hits if fits_short_capitals(self._places[h[0]], key)]
        if not hits and fuzzy and len(key) >= 5:
            hits = self._fuzzy(key)
        return Matches(self._rank(hits, key, ctx, also=full)[:limit])

    def _fuzzy(self, key: str) -> list[tuple[int, float, str]]:
        if self._fuzzy_keys is None:
            self._fuzzy_keys = KeysByLength(k for k in self._index if len(k) >= 4)
        out = []
        for k, sim in fuzzy_names(key, self._fuzzy_keys, FUZZY_CUTOFF_LONG if len(key) >= 7 else FUZZY_CUTOFF):
            out.extend((i, 0.8 * sim / 100.0, "fuzzy") for i in self._index[k])
        return out

    def _rank(self, hits, key: str, ctx: "_Context", also: str | None = None) -> list[Candidate]:
        best: dict[int, tuple[float, str]] = {}
        for i, quality, method in hits:
            p = self._places[i]
            if method == "exact" and name_key(p.name) not in (key, also):
                method, quality = "alias", 0.97
            if i not in best or quality > best[i][0]:
                best[i] = (quality, method)
        cands = []
        for i, (quality, method) in best.items():
            p = self._places[i]
            if method == "fuzzy" and ctx.contradicts(p):
                continue  # a near-spelling is no evidence against the country or unit given
            matched = next((n for n in p.names if name_key(n) in (key, also)), p.name)
            cands.append(Candidate(
                name=p.name, latitude=p.latitude, longitude=p.longitude, iso3=p.iso3,
                admin1=p.admin1, admin2=p.admin2, kind=p.kind, population=p.population,
                event_count=p.event_count, score=round(ctx.score(p, quality), 4),
                sources=p.sources, place_id=p.id, matched=matched, method=method))
        cands.sort(key=lambda c: (-c.score, -c.event_count, -c.population, c.place_id))
        return cands

    # ----------------------------------------------------------------- learning
    def learn(self, events: pd.DataFrame) -> LearnReport:
        """Add the places named by stored events (``EVENT_COLUMNS``: location, latitude, ...).

        Events are grouped by (name key, country, admin1, admin2); a group within
        :data:`MERGE_KM` of a place of the same key and country is merged into it (its
        event count, sources, spelling and, when missing, admin1/admin2); any other group
        becomes a new place at the median of its points. Rows whose ``geo_precision`` is
        a unit's (:data:`IMPRECISE`) only add to the count of a place already known: their
        coordinates stand for the unit. Locations that name a unit ("Mopti region") are
        left to the units; UCDP's place words are dropped ("Nara town" is Nara).
        """
        need = {"location", "latitude", "longitude"}
        if need - set(events.columns):
            raise ValueError(f"events lack columns {sorted(need - set(events.columns))}")
        df = events.loc[events["location"].notna() & events["latitude"].notna() & events["longitude"].notna()]
        cols = {c: (df[c] if c in df.columns else pd.Series(None, index=df.index, dtype=object))
                for c in ("iso3", "country", "admin1", "admin2", "source", "geo_precision")}
        cache: dict = {}

        def memo(fn, *args):
            k = (fn, *args)
            if k not in cache:
                cache[k] = fn(*args)
            return cache[k]

        def iso_of(iso, country):
            return (iso.upper() if isinstance(iso, str) and len(iso) == 3 else None) \
                or self.country_iso3(country if isinstance(country, str) else None)

        def unit(name, kind, iso3):
            return self.unit_name(name, kind, iso3) or name

        groups: dict[tuple, dict] = {}
        units = 0
        for loc, lat, lon, iso, country, a1, a2, src, prec in zip(
                df["location"], df["latitude"], df["longitude"], cols["iso3"], cols["country"],
                cols["admin1"], cols["admin2"], cols["source"], cols["geo_precision"]):
            loc, kind = memo(place_name, str(loc))
            k = name_key(loc)
            if not k or kind in ("admin1", "admin2"):
                units += 1
                continue
            iso3 = memo(iso_of, iso, country)
            a1 = memo(unit, a1, "admin1", iso3) if isinstance(a1, str) and a1 else None
            a2 = memo(unit, a2, "admin2", iso3) if isinstance(a2, str) and a2 else None
            precise = prec not in IMPRECISE
            g = groups.setdefault((k, iso3, a1, a2, precise),
                                  {"names": Counter(), "lat": [], "lon": [], "src": set()})
            g["names"][loc] += 1
            g["lat"].append(float(lat))
            g["lon"].append(float(lon))
            if isinstance(src, str) and src:
                g["src"].add(src)
        merged = added = imprecise = 0
        # precise groups first, so that imprecise ones can count towards the places they add
        for (k, iso3, a1, a2, precise), g in sorted(groups.items(), key=lambda kv: (not kv[0][4], str(kv[0]))):
            lat = float(pd.Series(g["lat"]).median())
            lon = float(pd.Series(g["lon"]).median())
            n = sum(g["names"].values())
            spellings = tuple(s for s, _ in g["names"].most_common())
            sources = tuple(sorted(g["src"])) or ("events",)
            target = self._merge_target(k, iso3, lat, lon, a1 if not precise else None)
            if target is not None:
                p = self._places[target]
                self._replace(target, replace(
                    p, names=p.names + tuple(s for s in spellings if s not in p.names),
                    admin1=p.admin1 or a1, admin2=p.admin2 or (a2 if precise else None),
                    event_count=p.event_count + n,
                    sources=p.sources + tuple(s for s in sources if s not in p.sources)))
                merged += 1
            elif precise:
                self._add(Place(
                    id=f"learned:{iso3 or 'UNK'}:{k}:{len(self._places)}", name=spellings[0],
                    names=spellings, latitude=round(lat, 5), longitude=round(lon, 5), iso3=iso3,
                    admin1=a1, admin2=a2, kind="place", event_count=n, sources=sources, origin="learned"))
                added += 1
            else:
                imprecise += n
        return LearnReport(events=int(len(df)), locations=len(groups), merged=merged, added=added,
                           skipped_units=units, skipped_imprecise=imprecise)

    def _merge_target(self, key: str, iso3: str | None, lat: float, lon: float,
                      admin1: str | None = None) -> int | None:
        """The place of this key and country within :data:`MERGE_KM`; for an imprecise group
        (``admin1`` given), the one place of this key in that admin1, wherever its point."""
        best, best_d = None, MERGE_KM
        in_admin1 = []
        for i in self._index.get(key, ()):
            p = self._places[i]
            if p.kind != "place" or p.latitude is None or (iso3 and p.iso3 and p.iso3 != iso3):
                continue
            d = haversine_km(lat, lon, p.latitude, p.longitude)
            if d <= best_d:
                best, best_d = i, d
            if admin1 and p.admin1 and name_key(p.admin1) == name_key(admin1):
                in_admin1.append(i)
        if best is None and len(in_admin1) == 1:
            best = in_admin1[0]
        return best

    # ----------------------------------------------------------------- text
    def find_in_text(self, text: str, *, country: str | None = None, admin1: str | None = None,
                     near: tuple[float, float] | None = None) -> list[Mention]:
        """Gazetteer names in ``text``, longest first, each with its ranked candidates.

        A name must start with a capital letter in the text. Stoplisted names
        (common words) are reported only when a unit word frames them; a name in short capitals
        matches only the entries :func:`fits_short_capitals` allows, and is left out when none does.
        """
        # The names are found by a TextIndex (gazetteer_text); a name's ranked candidates are
        # ranked once per gazetteer and context.
        found = self._text.find(text)
        if not found:
            return []
        ranked = self._ranked if near is None else {}
        out = []
        for start, end, key, hint in found:
            cands = ranked.get((key, hint, country, admin1)) or self._ranked_for(key, hint, country, admin1, near)
            if short_capitals(surface := text[start:end]):
                fit = {self._places[i].id for i in self._index[key] if fits_short_capitals(self._places[i], key)}
                cands = tuple(c for c in cands if c.place_id in fit)
                if not cands:
                    continue  # an acronym ("APA", "BIR"), no place
            out.append(_mention(start, end, surface, cands, hint))
        return out

    def _ranked_for(self, key: str, hint: str | None, country, admin1, near) -> tuple[Candidate, ...]:
        """The ranked candidates of a name found in text (a context with a point is not kept)."""
        ck = (key, hint, country, admin1)
        got = self._ranked.get(ck) if near is None else None
        if got is None:
            ctx = _Context(self, country, admin1, None, near, hint)
            got = tuple(self._rank([(x, 1.0, "exact") for x in self._index[key]], key, ctx))
            if near is None:
                if len(self._ranked) >= _RANKED_MAX:
                    self._ranked.clear()
                self._ranked[ck] = got
        return got


#: Contexts whose ranked candidates a gazetteer keeps for text matching.
_RANKED_MAX = 100_000


# --------------------------------------------------------------------------- scoring
# Weights of the score's parts; a score is their sum over the weights that apply.
W_MATCH, W_COUNTRY, W_ADMIN1, W_ADMIN2, W_NEAR, W_KIND = 0.50, 0.15, 0.10, 0.15, 0.15, 0.10
W_FOCUS, W_EVENTS, W_POP = 0.03, 0.07, 0.04


class _Context:
    """The caller's hints, normalised once per lookup."""

    __slots__ = ("gaz", "iso3", "admin1", "admin2", "near", "kind", "total")

    def __init__(self, gaz: Gazetteer, country, admin1, admin2, near, kind):
        self.iso3 = gaz.country_iso3(country)
        if country and self.iso3 is None:
            raise UsageError(f"unknown country {country!r}: give an ISO3 code or a country name")
        if kind is not None and kind not in KINDS:
            raise UsageError(f"unknown kind {kind!r}: choose one of {', '.join(KINDS)}")
        if not admin1 and admin2:  # the cercle names its region: "Guidan Roumdji" is in Maradi
            admin1 = gaz.parent_of(admin2, self.iso3)
        self.admin1 = gaz._admin_keys(admin1, "admin1", self.iso3)
        self.admin2 = gaz._admin_keys(admin2, "admin2", self.iso3)
        self.gaz = gaz
        self.near = near
        self.kind = kind
        # the score is out of the weights that apply: an exact, uncontested answer to a
        # bare name scores as high as one that also fits every hint given
        self.total = W_MATCH + W_FOCUS + W_EVENTS + W_POP + sum(
            w for w, given in ((W_COUNTRY, self.iso3), (W_ADMIN1, self.admin1), (W_ADMIN2, self.admin2),
                               (W_NEAR, near), (W_KIND, kind)) if given)

    def _own_admin1(self, p: Place) -> frozenset[str]:
        return self.gaz._admin_keys(p.name if p.kind == "admin1" else p.admin1, "admin1", p.iso3, former=True)

    @staticmethod
    def _own_admin2(p: Place) -> str | None:
        return name_key(p.name) if p.kind == "admin2" else (name_key(p.admin2) if p.admin2 else None)

    def contradicts(self, p: Place) -> bool:
        """The place lies outside the country, admin1 or admin2 the caller gave."""
        if self.iso3 and p.iso3 != self.iso3:
            return True
        own1 = self._own_admin1(p) if self.admin1 else None
        if own1 and not own1 & self.admin1:
            return True
        own2 = self._own_admin2(p) if self.admin2 else None
        return bool(own2 and own2 not in self.admin2)

    def score(self, p: Place, quality: float) -> float:
        s = W_MATCH * quality
        if self.iso3:
            s += W_COUNTRY if p.iso3 == self.iso3 else -2 * W_COUNTRY
        if self.admin1:
            own = self._own_admin1(p)
            if own:
                s += W_ADMIN1 if own & self.admin1 else -W_ADMIN1
        if self.admin2:
            own2 = self._own_admin2(p)
            if own2:
                s += W_ADMIN2 if own2 in self.admin2 else -W_ADMIN2
        if self.near and p.latitude is not None:
            d = haversine_km(self.near[0], self.near[1], p.latitude, p.longitude)
            s += W_NEAR * math.exp(-d / 50.0)
        if self.kind:
            s += W_KIND if p.kind == self.kind else (-W_KIND / 2 if p.kind == "place" else 0.0)
        elif p.kind == "country":
            s += W_FOCUS  # a bare country name means the country
        if p.iso3 in FOCUS_ISO3:
            s += W_FOCUS
        s += W_EVENTS * min(1.0, math.log10(1 + p.event_count) / 2.5)
        s += W_POP * min(1.0, math.log10(1 + p.population) / 6.0)
        return max(0.0, min(1.0, s / self.total))
