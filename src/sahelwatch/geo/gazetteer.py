"""The gazetteer: place names of Mali, Burkina Faso, Niger and their neighbours.

Three layers, all in :class:`Place` entries with their provenance (``origin``,
``sources``):

* populated places from GeoNames (CC BY 4.0), built by ``scripts/build_gazetteer.py``
  into ``geo/data/gazetteer_geonames.csv.gz`` (see its ``.provenance.json``);
* countries and the admin1/admin2 units of Mali, Burkina Faso and Niger
  (regions, cercles, provinces, departments), hand-written with sources in
  ``geo/data/gazetteer_admin_units.csv``; a unit takes the coordinates of its seat;
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

import csv
import functools
import gzip
import io
import math
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable, Sequence

import pandas as pd

DATA_DIR = Path(__file__).resolve().parent / "data"
GEONAMES_FILE = "gazetteer_geonames.csv.gz"
UNITS_FILE = "gazetteer_admin_units.csv"
ALIASES_FILE = "gazetteer_aliases.csv"
STOPLIST_FILE = "gazetteer_stoplist.txt"

#: Two names of the same key closer than this are the same place (learning merges them).
MERGE_KM = 10.0
#: Two candidates further apart than this are different places (for ambiguity).
DISTINCT_KM = 25.0
#: Candidates whose scores differ by less than this cannot be told apart.
AMBIGUITY_GAP = 0.05
#: Countries the project watches; their places win ties against the neighbours'.
FOCUS_ISO3 = frozenset({"MLI", "BFA", "NER"})
KINDS = ("place", "admin2", "admin1", "country")

# --------------------------------------------------------------------------- folding
_EXTRA = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o",
                        "đ": "d", "Đ": "d", "ł": "l", "Ł": "l", "ß": "ss", "ı": "i"})
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_TOKEN = re.compile(r"[^\W_]+")


@functools.lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Lower-case, accent-free words separated by single spaces: ``"N'Tillit" -> "n tillit"``."""
    s = unicodedata.normalize("NFKD", text.translate(_EXTRA))
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).casefold()
    return _NON_ALNUM.sub(" ", s).strip()


def name_key(text: str) -> str:
    """The matching key of a name: folded, without separators (``"In-Délimane" -> "indelimane"``)."""
    return fold(text).replace(" ", "")


# Unit words that frame a name: "cercle de Douentza", "Tillabéri region", "province du Soum".
_UNIT_WORDS = {
    "region": "admin1", "regions": "admin1",
    "cercle": "admin2", "cercles": "admin2", "province": "admin2", "provinces": "admin2",
    "departement": "admin2", "departements": "admin2", "department": "admin2",
    "prefecture": "admin2", "district": "admin2",
}
_LINKS = frozenset({"de", "du", "des", "d", "l", "la", "le", "of", "the"})


def split_unit(name: str) -> tuple[str, str | None]:
    """``"cercle de Douentza" -> ("Douentza", "admin2")``; a bare name gives ``(name, None)``."""
    words = fold(name).split()
    if len(words) >= 2 and words[0] in _UNIT_WORDS:
        rest = words[1:]
        while len(rest) > 1 and rest[0] in _LINKS:
            rest = rest[1:]
        return " ".join(rest), _UNIT_WORDS[words[0]]
    if len(words) >= 2 and words[-1] in _UNIT_WORDS:
        return " ".join(words[:-1]), _UNIT_WORDS[words[-1]]
    return name, None


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


# --------------------------------------------------------------------------- value objects
@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry: a populated place, an admin unit or a country."""

    id: str  # geonames:<id> | unit:<iso3>:<kind>:<key> | learned:<iso3>:<key>:<n>
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
    origin: str = "geonames"  # geonames | units | learned


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
    if a.kind != "place" or b.kind != "place":
        # a unit and a place of the same name: the same thing unless the place is far from the seat
        if a.kind == b.kind:
            return a.place_id == b.place_id
    if None in (a.latitude, b.latitude):
        return a.iso3 == b.iso3 and a.admin1 == b.admin1 and a.admin2 == b.admin2 and a.kind != b.kind
    return haversine_km(a.latitude, a.longitude, b.latitude, b.longitude) <= DISTINCT_KM


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


@dataclass(frozen=True, slots=True)
class LearnReport:
    events: int  # rows with a location name and coordinates
    locations: int  # distinct (name, country, admin1, admin2)
    merged: int  # of those, merged into an existing entry
    added: int  # of those, added as new places


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
        self._max_tokens = 1
        for p in places:
            self._add(p)
        self._fuzzy_keys: list[str] | None = None

    # ----------------------------------------------------------------- building
    @classmethod
    def default(cls) -> "Gazetteer":
        """The shipped gazetteer: GeoNames places, admin units and aliases (a fresh copy)."""
        places, stop = _load_default()
        return cls(places, stop)

    def _add(self, p: Place) -> int:
        i = len(self._places)
        self._places.append(p)
        for n in p.names:
            k = name_key(n)
            if k and i not in self._index[k]:
                self._index[k].append(i)
                self._max_tokens = max(self._max_tokens, len(fold(n).split()))
        if p.kind in ("admin1", "admin2", "country") and p.iso3:
            for n in p.names:
                self._units.setdefault((p.iso3, p.kind, name_key(n)), i)
        if p.kind == "country" and p.iso3:
            for n in (*p.names, p.iso3):
                self._country_keys[name_key(n)] = p.iso3
        self._fuzzy_keys = None
        return i

    def _replace(self, i: int, p: Place) -> None:
        old = self._places[i]
        self._places[i] = p
        for n in set(p.names) - set(old.names):
            k = name_key(n)
            if k and i not in self._index[k]:
                self._index[k].append(i)
                self._max_tokens = max(self._max_tokens, len(fold(n).split()))
        self._fuzzy_keys = None

    def __len__(self) -> int:
        return len(self._places)

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
            return None if v is None or (isinstance(v, float) and math.isnan(v)) or v == "" else str(v)

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
        return cls(places, _load_stoplist() if stoplist is None else stoplist)

    # ----------------------------------------------------------------- context helpers
    def country_iso3(self, country: str | None) -> str | None:
        """ISO3 of a country given as ISO3, ISO2-free name, French or English (``"Mali"`` -> ``"MLI"``)."""
        if not country:
            return None
        k = name_key(country)
        return self._country_keys.get(k) or (country.upper() if len(country) == 3 else None)

    def unit_name(self, name: str | None, kind: str, iso3: str | None = None) -> str | None:
        """Canonical name of an admin1/admin2 unit given any of its spellings, or ``None``."""
        if not name:
            return None
        k = name_key(split_unit(name)[0])
        for c in ([iso3] if iso3 else sorted(FOCUS_ISO3)):
            i = self._units.get((c, kind, k))
            if i is not None:
                return self._places[i].name
        return None

    def _admin_keys(self, name: str | None, kind: str, iso3: str | None) -> frozenset[str]:
        """Keys an admin name stands for: its canonical unit, and the unit it was carved from."""
        if not name:
            return frozenset()
        canon = self.unit_name(name, kind, iso3) or name
        keys = {name_key(canon), name_key(name)}
        if kind == "admin1":
            for c in ([iso3] if iso3 else sorted(FOCUS_ISO3)):
                i = self._units.get((c, "admin1", name_key(canon)))
                if i is not None and self._places[i].formerly:
                    keys.add(name_key(self._places[i].formerly))
        return frozenset(keys)

    # ----------------------------------------------------------------- lookup
    def lookup(self, name: str, *, country: str | None = None, admin1: str | None = None,
               admin2: str | None = None, near: tuple[float, float] | None = None,
               kind: str | None = None, fuzzy: bool = True, limit: int = 10) -> Matches:
        """Every entry called ``name``, best first, ranked by the context given.

        ``name`` may carry a unit word (``"cercle de Douentza"``, ``"Tillabéri region"``),
        which favours units of that level. Without an exact match, names within a small
        edit distance are returned with a lower score (``method="fuzzy"``).
        """
        base, hint = split_unit(name)
        kind = kind or hint
        key = name_key(base)
        if not key:
            return Matches()
        ctx = _Context(self, country, admin1, admin2, near, kind)
        hits = [(i, 1.0, "exact") for i in self._index.get(key, ())]
        if not hits and fuzzy and len(key) >= 4:
            hits = self._fuzzy(key)
        return Matches(self._rank(hits, key, ctx)[:limit])

    def _fuzzy(self, key: str) -> list[tuple[int, float, str]]:
        from rapidfuzz import fuzz, process

        if self._fuzzy_keys is None:
            self._fuzzy_keys = [k for k in self._index if len(k) >= 4]
        cutoff = 85 if len(key) >= 7 else 80
        out = []
        for k, sim, _ in process.extract(key, self._fuzzy_keys, scorer=fuzz.ratio,
                                         score_cutoff=cutoff, limit=8):
            out.extend((i, sim / 100.0, "fuzzy") for i in self._index[k])
        return out

    def _rank(self, hits, key: str, ctx: "_Context") -> list[Candidate]:
        best: dict[int, tuple[float, str]] = {}
        for i, quality, method in hits:
            p = self._places[i]
            if method == "exact" and name_key(p.name) != key:
                method, quality = "alias", 0.97
            if i not in best or quality > best[i][0]:
                best[i] = (quality, method)
        cands = []
        for i, (quality, method) in best.items():
            p = self._places[i]
            matched = next((n for n in p.names if name_key(n) == key), p.name)
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
        :data:`MERGE_KM` of an entry of the same key and country is merged into it
        (its event count, sources and, when missing, admin2); any other is a new place.
        """
        need = {"location", "latitude", "longitude"}
        if need - set(events.columns):
            raise ValueError(f"events lack columns {sorted(need - set(events.columns))}")
        df = events.loc[events["location"].notna() & events["latitude"].notna() & events["longitude"].notna()]
        cols = {c: (df[c] if c in df.columns else pd.Series(None, index=df.index, dtype=object))
                for c in ("iso3", "country", "admin1", "admin2", "source")}
        iso_cache: dict = {}

        def iso_of(iso, country):
            k = (iso, country)
            if k not in iso_cache:
                iso_cache[k] = (iso.upper() if isinstance(iso, str) and len(iso) == 3 else None) \
                    or self.country_iso3(country if isinstance(country, str) else None)
            return iso_cache[k]

        groups: dict[tuple, dict] = {}
        for loc, lat, lon, iso, country, a1, a2, src in zip(
                df["location"], df["latitude"], df["longitude"], cols["iso3"], cols["country"],
                cols["admin1"], cols["admin2"], cols["source"]):
            loc = str(loc).strip()
            k = name_key(loc)
            if not k:
                continue
            iso3 = iso_of(iso, country)
            a1 = a1 if isinstance(a1, str) and a1 else None
            a2 = a2 if isinstance(a2, str) and a2 else None
            a1c = self.unit_name(a1, "admin1", iso3) or a1
            a2c = self.unit_name(a2, "admin2", iso3) or a2
            g = groups.setdefault((k, iso3, a1c, a2c), {"names": Counter(), "lat": [], "lon": [], "src": set()})
            g["names"][loc] += 1
            g["lat"].append(float(lat))
            g["lon"].append(float(lon))
            if isinstance(src, str) and src:
                g["src"].add(src)
        merged = added = 0
        for (k, iso3, a1, a2), g in sorted(groups.items(), key=lambda kv: str(kv[0])):
            lat = float(pd.Series(g["lat"]).median())
            lon = float(pd.Series(g["lon"]).median())
            n = sum(g["names"].values())
            spellings = tuple(s for s, _ in g["names"].most_common())
            sources = tuple(sorted(g["src"])) or ("events",)
            target = self._merge_target(k, iso3, lat, lon)
            if target is not None:
                p = self._places[target]
                self._replace(target, replace(
                    p, names=p.names + tuple(s for s in spellings if s not in p.names),
                    admin1=p.admin1 or a1, admin2=p.admin2 or a2, event_count=p.event_count + n,
                    sources=p.sources + tuple(s for s in sources if s not in p.sources)))
                merged += 1
            else:
                self._add(Place(
                    id=f"learned:{iso3 or 'UNK'}:{k}:{len(self._places)}", name=spellings[0],
                    names=spellings, latitude=round(lat, 5), longitude=round(lon, 5), iso3=iso3,
                    admin1=a1, admin2=a2, kind="place", event_count=n, sources=sources, origin="learned"))
                added += 1
        return LearnReport(events=int(len(df)), locations=len(groups), merged=merged, added=added)

    def _merge_target(self, key: str, iso3: str | None, lat: float, lon: float) -> int | None:
        best, best_d = None, MERGE_KM
        for i in self._index.get(key, ()):
            p = self._places[i]
            if p.kind != "place" or p.latitude is None or (iso3 and p.iso3 and p.iso3 != iso3):
                continue
            d = haversine_km(lat, lon, p.latitude, p.longitude)
            if d <= best_d:
                best, best_d = i, d
        return best

    # ----------------------------------------------------------------- text
    def find_in_text(self, text: str, *, country: str | None = None, admin1: str | None = None,
                     near: tuple[float, float] | None = None) -> list[Mention]:
        """Gazetteer names in ``text``, longest first, each with its ranked candidates.

        A name must start with a capital letter in the text. Stoplisted names
        (common words) are reported only when a unit word frames them.
        """
        toks = [(m.start(), m.end(), fold(m.group())) for m in _TOKEN.finditer(text)]
        n = len(toks)
        out: list[Mention] = []
        index, maxn = self._index, self._max_tokens
        i = 0
        while i < n:
            start = toks[i][0]
            if not text[start].isupper():
                i += 1
                continue
            found, acc = None, ""
            for j in range(i, min(n, i + maxn)):
                if j > i and toks[j][0] - toks[j - 1][1] > 1:  # names do not span ", " or " - "
                    break
                acc += toks[j][2].replace(" ", "")
                if acc in index:
                    found = (j, acc)
            if found is None:
                i += 1
                continue
            j, key = found
            hint = _unit_hint(toks, i, j)
            if (key in self._stop or len(key) < 3) and hint is None:
                i += 1
                continue
            ctx = _Context(self, country, admin1, None, near, hint)
            cands = self._rank([(x, 1.0, "exact") for x in index[key]], key, ctx)
            end = toks[j][1]
            out.append(Mention(start, end, text[start:end], tuple(cands), hint))
            i = j + 1
        return out


def _unit_hint(toks, i: int, j: int) -> str | None:
    """admin1/admin2 when a unit word stands before (``cercle de X``) or after (``X region``) a name."""
    k = i - 1
    while k >= 0 and toks[k][2] in _LINKS and i - k <= 3:
        k -= 1
    if k >= 0 and toks[k][2] in _UNIT_WORDS:
        return _UNIT_WORDS[toks[k][2]]
    if j + 1 < len(toks) and toks[j + 1][2] in _UNIT_WORDS:
        return _UNIT_WORDS[toks[j + 1][2]]
    return None


# --------------------------------------------------------------------------- scoring
# Weights of the score's parts; a score is their weighted sum over the total weight.
W_MATCH, W_COUNTRY, W_ADMIN1, W_ADMIN2, W_NEAR, W_KIND = 0.50, 0.15, 0.10, 0.15, 0.15, 0.10
W_FOCUS, W_EVENTS, W_POP = 0.03, 0.07, 0.04
_TOTAL = W_MATCH + W_COUNTRY + W_ADMIN1 + W_ADMIN2 + W_NEAR + W_KIND + W_FOCUS + W_EVENTS + W_POP


class _Context:
    """The caller's hints, normalised once per lookup."""

    __slots__ = ("iso3", "admin1", "admin2", "near", "kind")

    def __init__(self, gaz: Gazetteer, country, admin1, admin2, near, kind):
        self.iso3 = gaz.country_iso3(country)
        self.admin1 = gaz._admin_keys(admin1, "admin1", self.iso3)
        self.admin2 = gaz._admin_keys(admin2, "admin2", self.iso3)
        self.near = near
        self.kind = kind

    def score(self, p: Place, quality: float) -> float:
        s = W_MATCH * quality
        if self.iso3:
            s += W_COUNTRY if p.iso3 == self.iso3 else -2 * W_COUNTRY
        if self.admin1:
            own = {name_key(p.admin1)} if p.admin1 else set()
            if p.formerly:
                own.add(name_key(p.formerly))
            if p.kind == "admin1":
                own.add(name_key(p.name))
            if own:
                s += W_ADMIN1 if own & self.admin1 else -W_ADMIN1
        if self.admin2:
            own2 = name_key(p.name) if p.kind == "admin2" else (name_key(p.admin2) if p.admin2 else None)
            if own2:
                s += W_ADMIN2 if own2 in self.admin2 else -W_ADMIN2
        if self.near and p.latitude is not None:
            d = haversine_km(self.near[0], self.near[1], p.latitude, p.longitude)
            s += W_NEAR * math.exp(-d / 50.0)
        if self.kind:
            s += W_KIND if p.kind == self.kind else (-W_KIND / 2 if p.kind == "place" else 0.0)
        elif p.kind == "country":
            s += W_KIND / 2  # a bare country name means the country
        if p.iso3 in FOCUS_ISO3:
            s += W_FOCUS
        s += W_EVENTS * min(1.0, math.log10(1 + p.event_count) / 2.5)
        s += W_POP * min(1.0, math.log10(1 + p.population) / 6.0)
        return max(0.0, min(1.0, s / _TOTAL))


# --------------------------------------------------------------------------- shipped data
def _read_csv(name: str) -> list[dict]:
    path = DATA_DIR / name
    if not path.exists():
        return []
    raw = gzip.decompress(path.read_bytes()) if name.endswith(".gz") else path.read_bytes()
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8"))))


def _load_stoplist() -> frozenset[str]:
    path = DATA_DIR / STOPLIST_FILE
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            words.add(line)
    return frozenset(words)


def _split_names(*parts: str) -> tuple[str, ...]:
    out: list[str] = []
    for part in parts:
        for n in (part or "").split("|"):
            n = n.strip()
            if n and n not in out:
                out.append(n)
    return tuple(out)


@functools.lru_cache(maxsize=1)
def _load_default() -> tuple[tuple[Place, ...], frozenset[str]]:
    places: list[Place] = []
    by_key: dict[tuple[str, str], list[int]] = defaultdict(list)  # (iso3, key) -> geonames places
    for r in _read_csv(GEONAMES_FILE):
        p = Place(
            id=f"geonames:{r['geonameid']}", name=r["name"],
            names=_split_names(r["name"], r["asciiname"], r["alternatenames"]),
            latitude=float(r["latitude"]), longitude=float(r["longitude"]), iso3=r["iso3"],
            admin1=r["admin1"] or None, admin2=None, kind="place", population=int(r["population"] or 0),
            sources=("geonames",), feature_class=r["feature_class"] or None,
            admin1_code=r["admin1_code"] or None)
        for n in p.names:
            by_key[(p.iso3, name_key(n))].append(len(places))
        places.append(p)
    for r in _read_csv(ALIASES_FILE):
        for i in by_key.get((r["iso3"], name_key(r["name"])), ()):
            p = places[i]
            places[i] = replace(p, names=_split_names("|".join(p.names), r["alias"]))
    for r in _read_csv(UNITS_FILE):
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
    return tuple(places), _load_stoplist()


def _seat(places: Sequence[Place], by_key, row: dict) -> int | None:
    """The GeoNames place that is a unit's seat: same country, same admin1 when known, most populous."""
    if row["kind"] == "country" or not row["seat"]:
        return None
    found = by_key.get((row["iso3"], name_key(row["seat"])), [])
    if not found:
        return None
    same = [i for i in found if places[i].admin1 and name_key(places[i].admin1) == name_key(row["admin1"])]
    return max(same or found, key=lambda i: places[i].population)
