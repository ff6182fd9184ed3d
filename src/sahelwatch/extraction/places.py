"""Event location: place mentions, their administrative context, and the resolved place.

Place names are looked up in a gazetteer: ``sahelwatch.geo.gazetteer.Gazetteer`` when it is
installed, then the extraction's fallback list (``data/places.yaml``). Context phrases
resolve names the gazetteer lacks and disambiguate the others:

- "dans le cercle de Douentza", "province du Soum", "in Koro circle/district" -> admin2
- "dans la région de Mopti", "in the Mopti region" -> admin1
- "dans la commune de Diafarabé" -> the admin2 of that commune's chef-lieu
- "près de Boni", "au sud d'Ansongo", "entre Dia et Diafarabé", "near Boni" -> precision near

When only a region is known, the event is placed at the region's capital with precision
``admin1`` (ACLED's convention for geo-precision 3), so admin2 is the capital's cercle.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Protocol

from ..folding import fold_aligned as fold
from ..folding import words as fold_key
from ..memo import BoundedMemo
from .dates import MONTHS, WEEKDAYS
from .prefilter import guard, literal_hits
from .resources import PlaceEntry, Provenance, countries, place_entries
from .sentences import split_sentences
from .structure import agencies_re

#: distinct lookups a gazetteer that never changes keeps answered (all dropped when full)
LOOKUPS_KEPT = 50_000

NAME = r"[A-ZÀ-ÖØ-Þ][\w'’\-]*(?:[ \-](?:[A-ZÀ-ÖØ-Þ][\w'’\-]*|du Sahel|N'[A-Z][\w\-]*))*"
_NAME_RE = re.compile(NAME)
#: a capitalised article that opens a run of capitalised words at a sentence's start ("The Dioura army camp")
_LEADING_ARTICLE = re.compile(r"(?:The|THE|Le|LE|La|LA|Les|LES) (?=[A-ZÀ-ÖØ-Þ])")
#: the direction words a capitalised article may open ("Le Nord", "The South-West"): a part of a country, no place
_DIRECTION_WORDS = frozenset(fold_key(x) for x in (
    "North", "South", "East", "West", "Centre", "Center", "North-East", "North-West", "South-East", "South-West",
    "Nord-Est", "Nord-Ouest", "Sud-Est", "Centre-Sud", "Midwest", "Northeast", "Northwest", "Southeast", "Southwest",
))


def _starts_sentence(text: str, s: int) -> bool:
    """Whether offset ``s`` opens the text, a line or a sentence ("... hier. Le ...")."""
    before = text[max(0, s - 3):s]
    return s == 0 or "\n" in before or bool(re.search(r"[.!?:;»\"]\s+$", before))


_SENTENCES_LAST: tuple = (None, ())


def _sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The sentences of ``text`` as the pipeline cuts them (:func:`sentences.split_sentences`, the one splitter;
    the folded text has the same offsets), kept for the text last read."""
    global _SENTENCES_LAST
    last = _SENTENCES_LAST  # one read: another thread may replace it
    if last[0] is not text:
        last = _SENTENCES_LAST = (text, tuple(split_sentences(text)))
    return last[1]


def _sentence_at(text: str, pos: int) -> tuple[int, int]:
    """The bounds of the sentence of ``text`` that holds offset ``pos`` (between two sentences: the gap)."""
    start, stop = 0, len(text)
    for a, b in _sentence_spans(text):
        if b <= pos:
            start = b
        elif a <= pos:
            return a, b
        else:
            stop = a
            break
    return start, stop


def _sentences_within(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences of the spans ``spans``, in their order, each cut to its span."""
    return [(max(a, s), min(b, e)) for s, e in spans for a, b in _sentence_spans(text) if a < e and b > s]


_STOP_NAMES = frozenset(fold_key(x) for x in (
    "le", "la", "les", "un", "une", "des", "selon", "the", "a", "an", "in", "on", "at", "l'armee", "mali",
    "this", "that", "according", "il", "elle", "ils", "elles", "ce", "cette", *WEEKDAYS["fr"], *WEEKDAYS["en"],
    *MONTHS["en"], *MONTHS["fr"], "oct", "nov", "dec", "sept", "jan", "feb",
    # where a statement was posted, and regions wider than any country: never an event's place
    "twitter", "facebook", "telegram", "whatsapp", "youtube", "tiktok", "west africa", "africa", "afrique",
    "sahara", "maghreb",
))


class PlaceResolver(Protocol):
    """What the extraction asks of a gazetteer: every resolver takes all five keywords (a resolver that
    lacks one fails loudly with a TypeError, never read as "no such place")."""

    def lookup(self, name: str, admin1: str | None = None, admin2: str | None = None, level: str | None = None,
               country: str | None = None) -> PlaceEntry | None: ...


class FallbackGazetteer:
    """The extraction's own list of admin units and localities (see data/places.yaml)."""

    def __init__(self, entries: tuple[PlaceEntry, ...] | None = None):
        self._by_key: dict[str, list[PlaceEntry]] = {}
        for e in entries or place_entries():
            for n in (e.name, *e.aliases):
                self._by_key.setdefault(fold_key(n), []).append(e)
        self.admin2_by_key = {k: [e for e in v if e.level == "admin2"] for k, v in self._by_key.items()}
        self.admin1_by_key = {k: [e for e in v if e.level == "admin1"] for k, v in self._by_key.items()}
        self._admin2 = {(e.country, fold_key(e.name)): e for e in (entries or place_entries()) if e.level == "admin2"}
        # the list never changes once built: each distinct lookup is answered once (a bounded memo)
        self._memo = BoundedMemo(lambda key: self._lookup(*key), LOOKUPS_KEPT)

    def lookup(self, name: str, admin1: str | None = None, admin2: str | None = None,
               level: str | None = None, country: str | None = None) -> PlaceEntry | None:
        return self._memo[(name, admin1, admin2, level, country)]

    def _lookup(self, name: str, admin1: str | None, admin2: str | None, level: str | None,
                country: str | None) -> PlaceEntry | None:
        cands = self._by_key.get(fold_key(name), [])
        if level:
            cands = [c for c in cands if c.level == level]
        if country:
            cands = [c for c in cands if c.country == country]
        if admin1:
            c1 = [c for c in cands if c.admin1 and fold_key(c.admin1) == fold_key(admin1)]
            cands = c1 or cands
        if admin2:
            c2 = [c for c in cands if c.admin2 and fold_key(c.admin2) == fold_key(admin2)]
            cands = c2 or cands
        if not cands:
            return None
        rank = {"locality": 0, "admin2": 1, "admin1": 2}
        return sorted(cands, key=lambda c: rank[c.level])[0]

    def admin2_entry(self, country: str, admin2: str) -> PlaceEntry | None:
        return self._admin2.get((country, fold_key(admin2)))

    def capital_of(self, admin1: PlaceEntry) -> PlaceEntry | None:
        if not admin1.capital:
            return None
        return self.lookup(admin1.capital, admin1=admin1.admin1)


#: the spellings an English report gives a name first written in French ("Culpelogo", "Tilabari", "Jibo"): one key
#: for both, read only where a unit word frames the name
_SOUNDS = ((re.compile(r"ou"), "u"), (re.compile(r"dj"), "j"), (re.compile(r"ch"), "sh"), (re.compile(r"[cq]"), "k"),
           (re.compile(r"y"), "i"), (re.compile(r"w"), "u"), (re.compile(r"e"), "a"), (re.compile(r"(\w)\1+"), r"\1"),
           (re.compile(r"h"), ""))


def _sound_key(name: str) -> str:
    key = fold_key(name).replace(" ", "").replace("-", "").replace("'", "")
    for rx, to in _SOUNDS:
        key = rx.sub(to, key)
    return key


#: how far (km) from the seat of its admin2 unit a neighbour's town is read in that unit (see
#: GeoGazetteerAdapter._nearest_seat)
SEAT_KM = 100


class GeoGazetteerAdapter:
    """Wraps ``sahelwatch.geo.gazetteer.Gazetteer`` into a :class:`PlaceResolver`.

    ``frozen``: the gazetteer never changes after it is wrapped (the shipped one), so each distinct
    lookup is answered once and kept (a bounded cache); a gazetteer that may still learn places is
    asked every time."""

    def __init__(self, gazetteer, frozen: bool = False):
        self._g = gazetteer
        self._neighbours: dict[str, tuple[tuple[str, re.Pattern], ...]] | None = None
        self._neighbour_names: _Present | None = None
        self._neighbour_index: dict[str, tuple[tuple[str, re.Pattern], ...]] = {}
        self._names: dict[str, str] | None = None
        self._sounds: dict[str, dict[str, set[tuple[str, str]]]] | None = None
        self._seats: dict[tuple[str, str], list[tuple[float, float, str]]] | None = None
        self._admin2_known: set[tuple[str | None, str]] | None = None
        self._formerly: dict[tuple[str | None, str], str] | None = None
        self._memo = BoundedMemo(lambda key: self._lookup(*key), LOOKUPS_KEPT) if frozen else None
        #: the last text :meth:`neighbours_named` read and its answer (a text's reading asks about the very same
        #: string several times; kept by identity, never looked up by content)
        self._named_last: tuple = (None, frozenset())

    FOCUS = {"MLI": "Mali", "BFA": "Burkina Faso", "NER": "Niger"}

    def neighbours_named(self, folded: str) -> set[str]:
        """The gazetteer's other countries (Togo, Benin, ...) that a folded text names, by a name or a
        demonym ("au Togo", "soldats béninois")."""
        if self._neighbours is None:
            self._neighbours = {c.name: tuple((f, re.compile(rf"(?<!\w){re.escape(f)}(?!\w)"))
                                              for f in (fold(n) for n in {c.name, *c.names}))
                                for c in self._g.places if getattr(c, "kind", None) == "country" and c.iso3 not in self.FOCUS}
            self._neighbour_names = _Present(f for rxs in self._neighbours.values() for f, _ in rxs)
            self._neighbour_index = _by_folded_name(self._neighbours.items())
        # a name that is not in the text at all needs no word-boundary search (the look-behind makes the
        # pattern try every offset): one pass finds the names the text holds, and only theirs are searched
        last = self._named_last  # one read: another thread may replace it
        if folded is last[0]:
            return set(last[1])
        present = self._neighbour_names(folded)
        index = self._neighbour_index
        got = {name for f in present for name, rx in index.get(f, ()) if _holds_word(folded, f, rx)}
        self._named_last = (folded, frozenset(got))
        return got

    def neighbour_mentions(self, folded: str) -> dict[str, list[tuple[int, int]]]:
        """Where a folded text names each of the gazetteer's other countries (by a name or a demonym): the
        (start, end) of each mention."""
        if not self.neighbours_named(folded):
            return {}
        return _mention_spans(folded, self._neighbour_names(folded), self._neighbour_index)

    def countries_with_place(self, name: str) -> tuple[str, ...]:
        """The countries of the three (Mali, Burkina Faso, Niger) that have a populated place of that exact name, in
        the gazetteer's order."""
        found = (self.FOCUS.get(c.iso3) for c in self._g.lookup(name, fuzzy=False) or ()
                 if getattr(c, "kind", None) == "place")
        return tuple(dict.fromkeys(c for c in found if c is not None))

    def lookup(self, name: str, admin1: str | None = None, admin2: str | None = None, level=None,
               country: str | None = None) -> PlaceEntry | None:
        if self._memo is None:
            return self._lookup(name, admin1, admin2, level, country)
        return self._memo[(name, admin1, admin2, level, country)]

    def _lookup(self, name: str, admin1: str | None, admin2: str | None, level, country: str | None) -> PlaceEntry | None:
        if level is None and self._g.is_stopword(name):
            return None  # "Some", "Islam", "Keïta": a word first, a village only when a unit word frames it
        r = self._g.lookup(name, admin1=admin1, admin2=admin2, country=country, fuzzy=False)
        if level is None and any(getattr(c, "kind", None) == "country" for c in (r or ())):
            return None  # "au Togo", "in Benin": a country's name, never a village of that name
        exact = [c for c in (r or ()) if getattr(c, "admin1", None) and getattr(c, "method", "exact") != "fuzzy"
                 and getattr(c, "kind", None) != "country" and (level is None or getattr(c, "kind", None) == level)]
        if admin1 or admin2:
            # a unit asked for: the places in it first, wherever they are ("Kérou" in the Atacora is Benin's, not a
            # village of Mali's of that name)
            inside = [c for c in exact if (not admin1 or fold_key(c.admin1 or "") == fold_key(admin1))
                      and (not admin2 or fold_key(getattr(c, "admin2", None) or "") == fold_key(admin2))]
            exact = inside or exact
        cands = [c for c in exact if getattr(c, "iso3", None) in self.FOCUS
                 and (country is None or self.FOCUS[c.iso3] == country)]
        if not cands:
            # a town or unit of a neighbouring country (Dapaong, Malanville, "la région des Savanes"), when no
            # place of the three has that name; the text's reading keeps it only when the text names that
            # country (see _by_country_of_text)
            names = self._country_names()
            cands = [c for c in exact if c.iso3 in names and c.iso3 not in self.FOCUS
                     and (country is None or names[c.iso3] == country)]
        if not cands:
            return None
        c = cands[0]
        lvl = {"admin1": "admin1", "admin2": "admin2"}.get(getattr(c, "kind", ""), "locality")
        admin2 = c.admin2 or (self._nearest_seat(c) if lvl == "locality" and c.iso3 not in self.FOCUS else None)
        return PlaceEntry(c.name or name, lvl, self._country_names()[c.iso3], _unit_spelling(c.admin1, "admin1"),
                          _unit_spelling(admin2, "admin2"), c.latitude, c.longitude,
                          (), None, Provenance("sahelwatch.geo.gazetteer", ""))

    def _nearest_seat(self, c) -> str | None:
        """A neighbour's town that the gazetteer gives no admin2 (no admin2 polygons of Togo, Benin or Côte d'Ivoire
        are shipped): the admin2 unit of its admin1 whose seat is nearest, within ``SEAT_KM`` (an approximation:
        near a unit's edge the seat of the next one may be nearer)."""
        if c.latitude is None or c.longitude is None or not c.admin1:
            return None
        if self._seats is None:
            seats: dict[tuple[str, str], list[tuple[float, float, str]]] = {}
            for u in self._g.places:
                if getattr(u, "kind", None) == "admin2" and u.iso3 not in self.FOCUS and u.latitude is not None \
                        and u.admin1 and u.admin2:
                    seats.setdefault((u.iso3, fold_key(u.admin1)), []).append((u.latitude, u.longitude, u.admin2))
            self._seats = seats
        lat, lon = c.latitude, c.longitude
        best = min(((math.hypot(lat - a, (lon - b) * math.cos(math.radians(lat))) * 111.2, n)
                    for a, b, n in self._seats.get((c.iso3, fold_key(c.admin1)), ())), default=None)
        return best[1] if best is not None and best[0] <= SEAT_KM else None


    def country_names(self) -> tuple[str, ...]:
        """The names of the gazetteer's countries."""
        return tuple(self._country_names().values())

    def formerly(self, country: str, admin1: str) -> str | None:
        """The first-level unit that ``admin1`` of ``country`` was carved from (Ménaka: Gao), if any."""
        if self._formerly is None:
            names = self._country_names()
            self._formerly = {(names.get(u.iso3), fold_key(u.name)): u.formerly for u in self._g.places
                              if getattr(u, "kind", None) == "admin1" and getattr(u, "formerly", None)}
        return self._formerly.get((country, fold_key(admin1)))

    def admin2_units_known(self, country: str, admin1: str) -> bool:
        """Whether the gazetteer holds the second-level units of that first-level unit (it holds none of Nigeria's
        local government areas, for one)."""
        if self._admin2_known is None:
            names = self._country_names()
            self._admin2_known = {(names.get(u.iso3), fold_key(u.admin1)) for u in self._g.places
                                  if getattr(u, "kind", None) == "admin2" and u.admin1}
        return (country, fold_key(admin1)) in self._admin2_known

    def misspelt_unit(self, name: str, level: str) -> PlaceEntry | None:
        """The one admin unit of ``level`` whose name is a near spelling of ``name`` (a unit word frames it, so a
        typo is no other word: "la région de Tombouctu" is Tombouctou's), or None when none or several are."""
        r = self._g.lookup(name, kind=level, fuzzy=True)
        units = [c for c in (r or ()) if getattr(c, "kind", None) == level and c.admin1]
        if not units or any(c.method != "fuzzy" for c in units) or len({(c.iso3, c.name) for c in units}) != 1:
            # an English transliteration of the French spelling ("Culpelogo" for Koulpélogo, "Tilabari" for
            # Tillabéri): the one unit of that level whose sound key is the name's
            found = self._units_by_sound(level).get(_sound_key(name), ())
            if len(found) != 1:
                return None
            iso3, unit = next(iter(found))
            return self.lookup(unit, level=level, country=self._country_names().get(iso3))
        return self.lookup(units[0].name, level=level, country=self._country_names().get(units[0].iso3))

    def _units_by_sound(self, level: str) -> dict[str, set[tuple[str, str]]]:
        """The gazetteer's units of ``level`` by the sound key of each of their names."""
        if self._sounds is None:
            self._sounds = {}
        if level not in self._sounds:
            index: dict[str, set[tuple[str, str]]] = {}
            for c in self._g.places:
                if getattr(c, "kind", None) == level and c.name:
                    for n in {c.name, *getattr(c, "names", ())}:
                        index.setdefault(_sound_key(n), set()).add((c.iso3, c.name))
            self._sounds[level] = index
        return self._sounds[level]

    def _country_names(self) -> dict[str, str]:
        """Each country's name by its ISO code: the three, then the gazetteer's other countries."""
        if self._names is None:
            self._names = {**{c.iso3: c.name for c in self._g.places if getattr(c, "kind", None) == "country"},
                           **self.FOCUS}
        return self._names


@lru_cache(maxsize=1)
def _unit_spellings() -> dict[tuple[str, str], str]:
    return {(e.level, fold_key(n)): e.name for e in place_entries() if e.level in ("admin1", "admin2")
            for n in (e.name, *e.aliases)}


def _unit_spelling(name: str | None, level: str) -> str | None:
    """A unit as the extraction's own list spells it ("Djenne" for the gazetteer's "Djenné"), so
    one unit has one spelling in the output whichever list found it."""
    if not name:
        return name
    return _unit_spellings().get((level, fold_key(name)), name)


def learned_gazetteers(events) -> tuple:
    """The fallback list, then the geo gazetteer after it learned the places of ``events``
    (a DataFrame with the store's event columns: location, latitude, longitude, admin1, ...).

    Stored events name thousands of villages the shipped lists lack; with them, a report
    that names such a village gets its units and coordinates."""
    from ..geo.gazetteer import Gazetteer

    g = Gazetteer.default()
    g.learn(events)
    return (FallbackGazetteer(), GeoGazetteerAdapter(g))


@lru_cache(maxsize=1)
def default_gazetteers() -> tuple:
    """The extraction's own list, then the shipped gazetteer of the geo package.

    Both ship with sahelwatch: a gazetteer that cannot be read is an error, never a silent
    fall-back on the short list."""
    from ..geo.gazetteer import Gazetteer

    return (FallbackGazetteer(), GeoGazetteerAdapter(Gazetteer.default(), frozen=True))


@dataclass(frozen=True, slots=True)
class ResolvedLocation:
    name: str | None
    country: str | None
    admin1: str | None
    admin2: str | None
    latitude: float | None
    longitude: float | None
    precision: str | None
    confidence: float
    evidence: tuple[tuple[int, int], ...] = field(default=())

    def as_json(self) -> dict:
        return {"name": self.name, "country": self.country, "admin1": self.admin1, "admin2": self.admin2,
                "latitude": self.latitude, "longitude": self.longitude, "precision": self.precision}


EMPTY = ResolvedLocation(None, None, None, None, None, None, None, 0.0)

#: a road's point ("sur la route de X, à hauteur de Y", "sur l'axe X-Y au niveau du village de Z"): the place after it
#: is where on the road the event happened
_ROAD_POINT = (r"\b(?:route|axe|troncon|piste|voie)\b[^.;]{0,50}?,?\s+(?:a\s+(?:la\s+)?hauteur|au\s+niveau)\s+"
               r"(?:de\s+l'|de\s+|d'|du\s+)")
_CTX = {
    "fr": [
        ("admin2", r"\b(?:cercle|prefecture|departement|province)s?\s+(?:de\s+l'|de\s+|d'|du\s+|des\s+)"),
        ("admin1", r"\b(?:regions?|wilayas?)\s+(?:de\s+l'|de\s+|d'|du\s+|des\s+)"),  # a wilaya: Mauritania's, Algeria's
        ("commune", r"\bcommunes?\s+(?:rurales?\s+)?(?:de\s+|d'|du\s+)"),
        ("near", r"\b(?:pres|non loin|a proximite|aux environs|a (?:\d+|une? \w+|quelques) (?:km|kilometres?)|au (?:nord|sud|est|ouest)(?:-(?:est|ouest))?)\s+(?:de\s+|d')"),
        ("near", r"\b(?:dans la |la )?(?:zone|secteur|foret(?: classee)?|vallee|region naturelle|localite|axe|route)\s+(?:de\s+|d'|du\s+)?"),
        ("near", r"\bentre\s+"),
        ("named", r"\b(?:dans le |le |du )?(?:village|hameau|campement|quartier|ville|marche|poste|camp|base)\s+(?:peul\s+|dogon\s+)?(?:\(\w+\)\s+)?(?:de\s+|d')"),
        ("exact", r"\b(?:a|au|dans|sur)\s+"),
        # the point of a road ("sur la route de Kaya, à hauteur de X"); "au niveau de" alone is no place
        # ("au niveau de Bamako, le ministre ...": the level an authority speaks at)
        ("exact", _ROAD_POINT),
    ],
    "en": [
        ("admin2", r"\b(?:circle|cercle|district|department|province|prefecture)s?\s+of\s+"),
        ("admin1", r"\b(?:regions?|wilayas?)\s+of\s+"),
        ("commune", r"\bcommunes?\s+of\s+"),
        ("near", r"\b(?:near|outside|close to|around|\d+ ?km (?:north|south|east|west)\w* of|(?:north|south|east|west)\w* of)\s+"),
        ("near", r"\bbetween\s+"),
        ("near", r"\b(?:area|zone|road|axis|forest)\s+of\s+"),
        ("named", r"\b(?:village|town|hamlet|camp|market)\s+of\s+"),
        ("exact", r"\b(?:in|at|on)\s+(?:the\s+(?:village|town|hamlet|locality)\s+of\s+)?"),
    ],
}
_POST = {
    "fr": [],
    "en": [("admin2", r"^\s+(?:(?:circle|cercle|district|department|province|prefecture)s?\b|"
                      r"local\s+government(?:\s+(?:areas?|councils?))?\b|lgas?\b)"),
           ("admin1", r"^\s+regions?\b"), ("commune", r"^\s+communes?\b"), ("near", r"^\s+area\b")],
}
#: a unit's name that holds its unit word ("Kebbi State", "Savanes Region")
_NAMED_WITH_UNIT = re.compile(r" (?:state|region|province|prefecture|department|district)$")
#: "Zamfara State", "Sokoto state": Nigeria's first-level units, read only for a name the gazetteer knows as one
_STATE_AFTER = re.compile(r"\s+states?\b")
#: ... and a name that holds the word ("Kwara State")
_STATE_END = re.compile(r" State$")
#: "l'État de Zamfara", "l'Etat du Borno", "l'État nigérian de Kano", "les États de Kebbi et de Sokoto": French
#: names a state by the word before it; read only for the first-level unit of a country whose units are states
#: ("l'État du Mali" is the country's state, "l'État de droit" no place)
_STATE_BEFORE = re.compile(r"\betats?\s+(?:federes?\s+|nigerians?\s+)?(?:de\s+l'|de\s+la\s+|de\s+|d'|du\s+)$")
_STATE_COUNTRIES = frozenset(("Nigeria",))
_HEAD_OF_STATE_BEFORE = re.compile(r"\b(?:chefs?|presidente?s?|sommet|tete|coup|affaires|secretaires?|ministres?)\s+"
                                   r"(?:de\s+|d')?(?:l'|les\s+)?$")
#: "Tahoua and Tillaberi regions", "Kpendjal and Oti prefectures": the name before "and" takes the plural
#: unit word after the second name too
_PLURAL_UNIT_AFTER = {
    "fr": None,
    "en": re.compile(r"^\s+(?:circles|cercles|districts|departments|provinces|prefectures|regions|communes|"
                     r"local\s+government\s+(?:areas|councils)|lgas)\b"),
}
_AND = re.compile(r"\s*(?:,|\s(?:and|et))\s+")
# each guarded by the literals every match holds: a text without them is not scanned
_CTX_RE = {lang: [(k, guard(p)) for k, p in v] for lang, v in _CTX.items()}
_POST_RE = {lang: [(k, re.compile(p)) for k, p in v] for lang, v in _POST.items()}


@dataclass(frozen=True, slots=True)
class PlaceMention:
    start: int
    end: int
    surface: str
    role: str  # admin2 | admin1 | commune | near | exact | bare | named | dateline | agency | route | elsewhere | rulers | source
    entry: PlaceEntry | None


_POSSESSIVE = re.compile(r"['’]s\s+")
_POSSESSIVE_END = re.compile(r"['’]s$")


def _split_possessive(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """"Burkina Faso's Est", "Mali's Mopti": the owner and the place it owns are two names."""
    m = _POSSESSIVE.search(text, s, e)
    if not m:
        return [(s, e)]
    return [(s, m.start())] + _split_possessive(text, m.end(), e)


def _whole(text: str, s: int, e: int) -> list[tuple[int, int]]:
    return [(s, e)]


def _possessive_splitter(text: str):
    """:func:`_split_possessive`, or for a text with no "'s" (most French texts) the name as it is."""
    return _split_possessive if "'s" in text or "’s" in text else _whole


#: capitalised words that may follow a place's name in one run of capitals without being part of it: a weekday
#: or month ("attacked Timbuktu Saturday night"), a facility or feature of the place ("Menaka Airport", "the
#: Bamba Checkpoint", "Kidal Military Camp"). A run not known as a whole is read without them.
_TRAILING_WORDS = frozenset(fold_key(x) for x in (
    *WEEKDAYS["en"], *WEEKDAYS["fr"],
    # the months of both languages but "may", "mars" and "mai", which this list has never held
    *(m for m in MONTHS["en"] + MONTHS["fr"] if m not in ("may", "mars", "mai")),
    "airport", "aeroport", "airfield", "camp", "prison", "jail", "checkpoint", "market", "mosque", "hospital",
    "university", "stadium", "bridge", "road", "axis", "highway", "military", "army", "base", "garrison",
    "memorial", "town", "city", "village", "hall", "station", "police", "gendarmerie", "mountains", "forest",
    "district", "neighbourhood", "neighborhood",
    # "Kowa Local Government Area", "Rimi LGA": Nigeria's second-level unit word after the name
    "local", "government", "area", "areas", "lga", "lgas", "council",
))
_LAST_WORD = re.compile(r"[ \-]([^ \-]+)$")
#: an office or a force named after its place, inside a run of capitalised words: the place is the words before it
#: ("Kebbi State Police Command", "Malanville Mayor Jane Doe", "Sokoto State Governor")
_OFFICE_IN_NAME = re.compile(r" (?:Police|Command|Governor|Government|Mayor|Prefect|Commissioner|Chairman|Council|"
                             r"Emir|Assembly|Gendarmerie|Préfet|Maire|Gouverneur|Gouvernorat)\b")


def _without_trailing_words(text: str, s: int, e: int) -> int:
    """The end of the name ``text[s:e]`` without the trailing words (weekdays, facilities) of its run."""
    while (m := _LAST_WORD.search(text, s, e)) is not None and fold_key(m.group(1)) in _TRAILING_WORDS:
        e = m.start()
    return e


def _names_after(text: str, pos: int, split=_split_possessive) -> list[tuple[int, int]]:
    m = _NAME_RE.match(text, pos)
    if not m:
        return []
    return split(text, *m.span())[:1]


_AND_NEXT = re.compile(r"\s+(?:et|and)\s+")
#: what lies between a place and the place a distance situates it by: ", 100 km north of", ", à 30 km au sud de",
#: " (about 60 miles from"
_APPOSED_DISTANCE = re.compile(
    r"\s*[,(]\s*(?:(?:about|some|around|nearly|roughly|a|an|environ|quelque|une|un|situee?s?|located|lying)\s+)*"
    r"\d+(?:[.,]\d+)?\s*(?:km|kilometres?|kilometers?|miles?)\b[^,.;()]{0,40}$")
#: what comes before a place that a direction or a distance is measured from: "far north of the capital X",
#: "200 km north of the nation's economic capital, X", "50 km from X", "à 400 km au nord-est de la capitale, X",
#: "à l'ouest de la ville de X", "au sud du chef-lieu de la région, X": a reference point, which need not lie where
#: the event is
_REFERENCE_POINT_BEFORE = re.compile(
    r"(?:\b(?:north|south)(?:[- ]?(?:east|west))?\s+of|\b(?:east|west)\s+of"
    r"|\b\d+(?:[.,]\d+)?\s*(?:km|kilomet(?:re|er)s?|miles?)\s+(?:away\s+)?from"
    r"|\b(?:au\s+(?:nord|sud)(?:[- ](?:est|ouest))?|au\s+(?:est|ouest)|a\s+l'(?:est|ouest))\s+(?:de\s+|d'|du\s+)"
    r"|\ba\s+(?:\d+(?:[.,]\d+)?|une?\s+\w+|quelques)\s*(?:km|kilometres?)\s+(?:de\s+|d'))"
    r"\s*(?:the\s+|la\s+|le\s+|l'|[a-z]+['’]s\s+){0,2}"
    r"(?:(?:[a-z-]+\s+){0,2}(?:capital|city|town|capitale|ville|chef-lieu)(?:\s+[a-z'-]+){0,3}\s*(?:,\s*|de\s+|d')?)?$")


def _is_reference_point(folded: str, sentence: tuple[int, int], p: PlaceMention) -> bool:
    """Whether a direction or a distance is measured from ``p`` in its sentence (up to 80 characters before it)."""
    return _REFERENCE_POINT_BEFORE.search(folded, max(sentence[0], p.start - 80), p.start) is not None


#: a unit word in the plural, and what joins the names it heads: "des provinces du Soum, du Loroum et de l'Oudalan"
_PLURAL_UNIT = re.compile(r"\w+s\b")
#: a count before a plural unit word ("deux départements de", "three districts of"): the units are counted, and the
#: name after them is the unit that holds them
_COUNT_BEFORE = re.compile(r"\b(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs|two|three|four|five|"
                           r"seven|eight|nine|ten|several|\d+)\s+$")
_AND_UNIT_NEXT = re.compile(r"(?:\s*,\s*|\s+(?:et|and)\s+)(?:de\s+l'|de\s+la\s+|de\s+|du\s+|d'|des\s+|the\s+)?")

# A paragraph that opens with a place and a colon or a dash, or with a name in brackets, opens with its
# dateline or its agency ("NIAMEY (AFP) -", "GAO, Mali (AP) —", "(Reuters)"), or with the place of a
# roundup's item ("Gao : deux soldats tués ...", "Ménaka - ..."). Neither is read as the event's place
# beside the places of its sentences; see _opener_kind for which may stand in when nothing else places it.
_OPENER = re.compile(rf"(?m)^[ \t]*(?:(?:[^\W\d][\w.]*\s*[-–—]\s*)?\((?P<agency>{NAME})\)|(?P<place>{NAME})(?:\s*,\s*{NAME})?(?:\s*,\s*(?:le\s+)?\d{{1,2}}\s+\w+(?:\s+\d{{4}})?)?"
                     r"(?:\s*\([^)\n]{1,40}\)\s*[:\-–—]|\s*:|\s+[-–—]|[–—]))")
# The ends of a journey ("un convoi en provenance de Kayes et en direction de Bamako", "trucks bound for
# Gao"): the road between them is the event's place, never the town a convoy left or was heading to.
_ROUTE = {
    "fr": re.compile(r"\b(?:en provenance|en direction|a destination|en partance|en route)\s+(?:de\s+l'|de\s+|d'|du\s+)$"
                     r"|\b(?:en partance|en route)\s+pour\s+$"
                     # where the travellers were going ("ils partaient à X", "qui se rendaient au marché de X")
                     r"|\b(?:partai(?:en)?t|se\s+rendai(?:en)?t|allai(?:en)?t|rentrai(?:en)?t|retournai(?:en)?t|voyageai(?:en)?t)"
                     r"\s+(?:(?:a|au)\s+(?:marche|foire)\s+(?:de\s+|d')|a\s+|au\s+|pour\s+|vers\s+|en\s+)$"
                     # the far end of a road or a bus line ("un car reliant X à Y", "l'axe qui relie X à Y")
                     r"|\b(?:reliant|relie|relier)\s+(?:[\w'-]+\s+){1,3}(?:a|au|et)\s+$"),
    "en": re.compile(r"\b(?:heading|headed|bound|travell?ing|en route|on (?:its|their|the) way)\s+(?:to|for|towards|from)\s+$"
                     r"|\b(?:going|returning|travell?ed|headed\s+back)\s+(?:back\s+)?to\s+$"
                     r"|\b(?:linking|connecting|links|connects)\s+(?:[\w'-]+\s+){1,3}(?:to|and|with)\s+$"),
}


#: the troops' base named as the place they were struck ("ont attaqué les soldats basés à X", "attacked troops
#: stationed in X"): the event's place, not one the story is told from
_BASE_ATTACKED = {
    "fr": re.compile(r"\b(?:attaqu\w*|cibl\w*|vis\w*|assaill\w*|frapp\w*|harcel\w*|pilonn\w*|contre|embuscade aux|"
                     r"attaques? (?:de|du|des|d'))\s+(?:(?:les|des|un|une|le|la|l'|nos|leurs?)\s*)?(?:[a-z'-]+\s+){1,3}"
                     r"(?:basee?s|stationnee?s?|cantonnee?s?) (?:a|au|aux|dans)\s+$"),
    "en": re.compile(r"\b(?:attacked|attacking|targeted|targeting|struck|hit|ambushed|raided|stormed|shelled|against|"
                     r"(?:attacks?|assaults?|raids?) on)\s+(?:(?:the|an?|their)\s+)?(?:[a-z'-]+\s+){1,3}"
                     r"(?:based|stationed|garrisoned|headquartered) (?:in|at)\s+$"),
}


# Where people fled to, where the wounded or the dead were taken and where a statement was made ("des habitants ont
# fui vers Djibo", "fled to Niamey", "les blessés ont été évacués vers l'hôpital de Kaya", "rushed to hospital in
# Dori", "a déclaré à Bamako", "told reporters in Ouagadougou"): a place of the story, never the event's.
_ELSEWHERE = {
    "fr": guard(r"\b(?:(?:ont |a |avaient |sont )?fui (?:vers|a|au|aux|en|jusqu'a)|(?:se sont |s'est |s'etaient )?refugie(?:e?s)? (?:a|au|aux|en|vers|dans)|"
                     r"(?:trouve|cherche) refuge (?:a|au|aux|en|vers|dans)|deplace(?:e?s)? vers|declare (?:a|depuis)|"
                     r"(?:se |s'etre |s'est |s'etaient )?(?:repli(?:e|es|ees|er|ant)|retire(?:e?s|r)?) (?:vers|au|aux|en)|"
                     r"a (?:annonce|affirme|indique|precise) (?:a|depuis)|(?:une )?conference de presse (?:a|au)|"
                     # where an official speaks from ("qui s'exprimait depuis Niamey", "s'exprimant par téléphone depuis")
                     r"s'exprim(?:ait|aient|ant|e) (?:(?:par|au) telephone )?(?:a|depuis)|"
                     # a paper's correspondent, the displaced arriving, the troops' own base ("de notre correspondant
                     # a Kaya", "des deplaces arrives a Djibo", "des soldats bases a Sevare")
                     r"correspondante?s? (?:a|au|en|depuis)|"
                     r"(?:deplace|refugie|rescape|survivant)e?s(?: [\w'-]+){0,3}? (?:arrive|parvenu)e?s (?:a|au|aux|jusqu'a)|"
                     r"(?:basee?s|stationnee?s?|cantonnee?s?) (?:a|au|aux|dans)|"
                     r"(?:dans )?un communique (?:publie|diffuse|lu) (?:a|depuis)|"
                     r"(?:evacue|transporte|achemine|conduit|admis|hospitalise|transfere|soigne|pris en charge)e?s?"
                     r"(?: d'urgence)? (?:vers|a|au|aux|sur|dans)(?: (?:l'|le |la |un |une )?(?:hopital|centre|chr|chu|csps|"
                     r"cscom|csref|dispensaire|clinique|infirmerie)(?: [\w'-]+){0,3}? (?:de|du))?)\s+$"),
    "en": guard(r"\b(?:fled (?:back )?(?:to|towards|into)|crossed (?:over |back )?into|"
                     r"(?:withdr(?:ew|awing|awn)|retreat(?:ed|ing)|pull(?:ed|ing) back)(?: across the border)? (?:to|towards|into)|(?:took|sought|taken|seeking|find|found) (?:refuge|shelter|asylum) (?:in|at)|"
                     r"displaced (?:to|into)|(?:told|briefed) (?:reporters|journalists|a press conference|the press) in|"
                     # the troops' own base, a paper's correspondent ("troops based in Sevare", "our correspondent in
                     # Kaya")
                     r"(?:based|stationed|garrisoned|headquartered) (?:in|at)|correspondents? (?:in|at|based in)|"
                     r"(?:said|declared|announced|speaking)(?: by (?:tele)?phone| over the (?:tele)?phone)? (?:in|from)|"
                     r"(?:a )?(?:press|news) conference in|statement (?:issued|released) in|"
                     r"(?:evacuated|airlifted|flown|rushed|taken|transported|transferred|admitted|treated|hospitali[sz]ed)"
                     r" (?:to|in|at|into)(?: (?:a |the )?(?:[\w-]+ )?(?:hospital|clinic|health (?:centre|center|facility)|"
                     r"medical facility) (?:in|at|of))?)"
                     r"\s+$"),
}


# The town an official titled by another place visits, apposed to him as he tells the event ("le gouverneur de
# Tillabéri, en visite à Dosso, a annoncé que ...", "the governor of Tillaberi, on a visit to Dosso, said ..."): where
# he tells from, as a press conference's town is; the visit stays the event's place when he is struck on it ("le
# convoi du gouverneur ..., en visite à Dosso, a été attaqué") or when no title place is told
_VISIT_OF_TITLED_OFFICIAL = {
    "fr": guard(r"\b(?:gouverneure?|(?:sous-)?prefete?|haute?-commissaire|maire|administrateur|administratrice)\s+"
                r"(?:de\s+la\s+(?:region|province)\s+(?:de\s+l'|de\s+la\s+|de\s+|d'|du\s+)?|de\s+l'|de\s+la\s+|de\s+|d'|du\s+)"
                r"[\w'-]+(?:\s+[\w'-]+)?\s*,\s+(?:alors\s+)?en\s+(?:visite|tournee|deplacement|mission)"
                r"(?:\s+officielle|\s+de\s+travail)?\s+(?:a|au|aux|dans|en)\s+$"),
    "en": guard(r"(?:\b(?:governor|(?:sub-)?prefect|high\s+commissioner|mayor|administrator)\s+of\s+(?:the\s+)?"
                r"[\w'-]+(?:\s+region|\s+province)?|\b[\w'-]+\s+(?:region\s+)?(?:governor|prefect|mayor))\s*,\s+"
                r"(?:who\s+(?:was|is)\s+)?(?:on\s+an?\s+(?:official\s+|working\s+)?(?:visit|tour|trip)\s+(?:to|of|in)|visiting)\s+$"),
}
_TELLS_AFTER_VISIT = {
    "fr": re.compile(r"\s*,\s+(?:a|avait)\s+(?:annonce|indique|declare|affirme|precise|dit|confirme|fait\s+savoir|"
                     r"assure|explique|rapporte)\b"),
    "en": re.compile(r"\s*,\s+(?:said|says|announced|told|declared|confirmed|stated|explained|reported)\b"),
}


# A capital that stands for the state it governs ("les autorités de Niamey", "le pouvoir de Bamako", "the Niamey
# authorities", "Ouagadougou's junta"): who tells or acts, never the event's place.
_RULERS = r"(?:autorites|gouvernement|junte|pouvoir|regime|dirigeants|authorities|government|junta|regime|rulers|leaders)"
_RULERS_BEFORE = guard(rf"\b{_RULERS}\s+(?:militaires?\s+|de\s+transition\s+|de\s+la\s+transition\s+)?(?:de|d')\s*$")
_RULERS_AFTER = re.compile(rf"(?:['’]s)?\s+(?:(?:military|militaires?|transitional|de\s+transition)\s+)?{_RULERS}\b")
_CAPITAL_KEYS = frozenset(fold_key(x) for x in ("Bamako", "Ouagadougou", "Niamey"))
# Where a source or an official speaks from, when it is the capital ("une source sécuritaire à Bamako", "joint par
# téléphone à Niamey", "a security source in Ouagadougou", "diplomats in Bamako"): where the news was told, not the
# event's place while anything else places it (a town of the provinces named so is often the event's own, and is
# kept; witnesses and local elected officials are where the event is, unless reached there)
_SOURCE_AT = {
    "fr": guard(r"(?:\b(?:sources?|responsables?|officiels?|diplomates?|observateurs?|analystes?)"
                r"(?:\s+[\w'-]+){0,3}?\s+(?:basee?s?\s+)?(?:a|depuis)"
                r"|\b(?:joint|contacte|interroge)e?s?(?:\s+(?:par\s+(?:telephone|[\w'-]+)|hier|ce\s+\w+))?\s+(?:a|depuis))\s+$"),
    "en": guard(r"(?:\b(?:sources?|officials?|diplomats?|analysts?|observers?|lawmakers?)(?:\s+[\w'-]+){0,2}?"
                r"\s+(?:based\s+)?(?:in|from)"
                r"|\b(?:reached|contacted|interviewed)(?:\s+by\s+(?:phone|telephone|[\w'-]+))?\s+(?:in|from))\s+$"),
}


# ... unless the people who had fled there earlier are the event's victims ("des déplacés qui avaient fui vers
# Djibo", "families who had fled to Barsalogho"): they live there now, and the place is the event's own
_SETTLED_THERE = {
    "fr": guard(r"\bqui\s+(?:avaient|s'etaient|etaient)\s+(?:fui|refugie(?:e?s)?|(?:trouve|cherche) refuge|"
                     r"deplace(?:e?s)?)\s+(?:vers|a|au|dans|jusqu'a)\s+$"),
    "en": guard(r"\b(?:who|that)\s+(?:had|have)\s+(?:fled|(?:taken|sought|found) (?:refuge|shelter)|been displaced)"
                     r"\s+(?:to|towards|into|in|at)\s+$"),
}


# A dateline run into the text before it (a page that lost its line breaks: "... a headline Parakou, March 3
# (AFP) Four ...", "Dori (AFP) Armed men ..."): a place, maybe a date, and a news agency in brackets; where the
# story was filed.
_RUN_IN_DATELINE = re.compile(
    rf"(?P<place>{NAME})(?:\s*,\s*(?:(?:le\s+)?\d{{1,2}}(?:er)?\s+[^\W\d]+\.?|[A-Z][a-z]+\.?\s+\d{{1,2}})(?:\s*,?\s*\d{{4}})?)?"
    rf"\s*\({agencies_re()}\)")


def _opener_kind(m: re.Match) -> str:
    """The role of a place opening a line: "dateline" when it is written as an agency's dateline (the town
    in capitals, or followed by its country, a date or an agency in brackets: "NIAMEY (AFP) -",
    "GAO, Mali -", "Bamako, 12 mars -"), where the story was filed; else "opener", a "Place :" or
    "Place -" heading a roundup's item or a local report, which usually tells where it happened."""
    place = m.group("place")
    rest = m.group(0)[m.end("place") - m.start(0):]
    if place.isupper() or "," in rest or "(" in rest:
        return "dateline"
    return "opener"


def place_mentions(text: str, folded: str, lang: str, gazetteers=None, exclude: list[tuple[int, int]] = ()) -> list[PlaceMention]:
    """Every place name in ``text``, with the role its context gives it."""
    lang = lang if lang in ("fr", "en") else "fr"
    gazetteers = gazetteers or default_gazetteers()
    found: dict[tuple[int, int], PlaceMention] = {}
    looked: dict[tuple[str, str | None], PlaceEntry | None] = {}  # a name is often looked up more than once
    covered: set[int] = set()  # the offsets inside a name found

    def look(name: str, level: str | None = None):
        key = (name, level)
        if key not in looked:
            looked[key] = _look(name, level)
        return looked[key]

    def _look(name: str, level: str | None):
        for g in gazetteers:
            e = g.lookup(name, level=level)
            if e is not None:
                return e
        if "-" in name and fold_key(name) not in _DIRECTION_WORDS:
            # "Aguelhok-Tessalit", "Ténenkou-Dia": a road between two places ("le Nord-Ouest" is no Nord)
            first = name.split("-")[0]
            if len(first) >= 3:
                return look(first, level)
        return None

    def add(s: int, e: int, role: str):
        if any(xs < e and s < xe for xs, xe in exclude):
            return
        if " " in text[s:e] or "-" in text[s:e]:
            cut = _without_trailing_words(text, s, e)
            unit = dict(_POST_RE[lang]).get("admin2")
            if cut < e and cut > s and (look(text[s:e]) is None or (
                    unit is not None and unit.match(folded[cut:]) and look(text[s:cut], "admin2") is None)):
                # "Menaka Airport", "Timbuktu Saturday": the place without the word after it; "Kowa LGA": a unit
                # the gazetteer lacks, read by its unit word, never a village of the name elsewhere
                e = cut
        # "in Burkina Faso's Sahel region": the owner's name, without its possessive ending
        surface = _POSSESSIVE_END.sub("", text[s:e]).rstrip("'’-")
        e = s + len(surface)
        key = fold_key(surface)
        if not key or key in _STOP_NAMES:
            return
        if key in _DIRECTION_WORDS or (key in _GENERIC_UNIT_NAMES and _OF_A_COUNTRY.match(folded, e)) \
                or _direction_of_country(key):
            # "dans le Nord-Ouest", "le Nord du pays", "the East of Burkina Faso": a part of a country, no unit
            # (the direction rules read it; "la région du Nord", "the Nord region" name the unit)
            if role not in ("admin1", "admin2") and not _POST_UNIT.match(folded, e):
                return
        if lang == "en" and role not in ("admin1", "admin2") and _STATE_END.search(surface) \
                and look(surface, "admin1") is not None:
            role = "admin1"  # "a Kwara State village", "of Sokoto State": a state by its own unit word, wherever it stands
        if lang == "fr" and role not in ("admin1", "admin2") and _STATE_BEFORE.search(folded, max(0, s - 30), s) \
                and (state := look(surface, "admin1")) is not None and state.country in _STATE_COUNTRIES \
                and not _is_country(surface):
            role = "admin1"  # "l'État de Katsina": a state by the unit word before it
        level = {"admin2": "admin2", "admin1": "admin1"}.get(role)
        # a name framed by a second-level unit word that no second-level unit bears is the first-level unit of that
        # name before any village ("le département du Borgou": Benin's first-level unit, not a hamlet of Togo)
        entry = look(surface, level) or (look(surface, "admin1") if level == "admin2" else None) \
            or (look(surface) if level else None)
        if entry is None and level:
            entry = next((u for g in gazetteers if isinstance(g, GeoGazetteerAdapter)
                          and (u := g.misspelt_unit(surface, level)) is not None), None)
        elif entry is None and _AREA_AFTER.match(folded, e):
            # "the Tilabari area": a name the gazetteer does not know, before "area", is a unit's near spelling
            entry = next((u for g in gazetteers if isinstance(g, GeoGazetteerAdapter) for lv in ("admin1", "admin2")
                          if (u := g.misspelt_unit(surface, lv)) is not None), None)
        if level == "admin2" and entry is not None and entry.level == "admin1" and look(surface, "admin2") is None:
            role = "admin1"  # "le département de l'Alibori": Benin's departments are its first-level units
        if entry is None and "-" in surface and role not in ("admin1", "admin2", "commune"):
            first = surface.split("-")[0]
            if len(first) >= 3 and look(first) is not None:  # "Ti-n-Dersan" is no village "Ti"
                surface, e = first, s + len(first)
                entry = look(first)
        prev = found.get((s, e))
        if prev is None or (prev.role in ("exact", "bare", "named") and role not in ("exact", "bare", "named")):
            found[(s, e)] = PlaceMention(s, e, surface, role, entry)
            covered.update(range(s, e))

    split = _possessive_splitter(text)
    plural = _PLURAL_UNIT_AFTER[lang]
    for role, rx in _CTX_RE[lang]:
        for m in rx.finditer(folded):
            names = _names_after(text, m.end(), split)
            if role == "admin2" and len(names) == 1 and _PLURAL_UNIT.match(folded, m.start()) \
                    and _COUNT_BEFORE.search(folded, max(0, m.start() - 20), m.start()) \
                    and not ((rest := _AND_UNIT_NEXT.match(folded, names[0][1]))
                             and _names_after(text, rest.end(), split)):
                # "deux départements de Tillabéri", "three districts of Tahoua": a count of units and ONE name after
                # them: the unit that holds them (a first-level unit), never one of them ("les deux départements de
                # Téra et de Gothèye" lists the units themselves, each read below)
                if look(text[slice(*names[0])], "admin1") is not None:
                    add(*names[0], "admin1")
                continue
            for s, e in names:
                add(s, e, role)
                if role == "near" and folded[m.start():m.end()].startswith(("entre", "between")):
                    rest = _AND_NEXT.match(folded[e:])
                    if rest:
                        for s2, e2 in _names_after(text, e + rest.end(), split):
                            add(s2, e2, "near")
                elif role in ("admin1", "admin2", "commune") and _PLURAL_UNIT.match(folded, m.start()):
                    # "les préfectures de Kpendjal et de Tône", "the regions of Tahoua and Tillaberi": each name
                    while (rest := _AND_UNIT_NEXT.match(folded, e)) and (after := _names_after(text, rest.end(), split)):
                        for s, e in after:
                            add(s, e, role)
    # names written without a preposition that the gazetteer knows (e.g. "Tombouctou, ...")
    for s, e in (span for m in _NAME_RE.finditer(text) for span in split(text, *m.span())):
        if (s, e) in found or s in covered:
            continue
        lead = _LEADING_ARTICLE.match(text, s, e)
        if lead and look(text[s:e]) is None and _starts_sentence(text, s) \
                and fold_key(text[lead.end():e]) not in _GENERIC_UNIT_NAMES | _DIRECTION_WORDS:
            # "The Dioura army camp", "Le Kayes d'hier": the name after a sentence's first article; never a
            # direction or a generic unit ("Le Nord du Burkina a connu ...", "Le Sud-Ouest ...")
            s = lead.end()
        if (" " in text[s:e] or "-" in text[s:e]) and look(text[s:e]) is None:
            e = max(_without_trailing_words(text, s, e), s + 1)
        if " " in text[s:e] and look(text[s:e]) is None and (office := _OFFICE_IN_NAME.search(text, s, e)) is not None \
                and look(text[s:office.start()]) is not None:
            e = office.start()  # "Kebbi State Police Command", "Malanville Mayor X": the place the office is of
        if lang == "fr" and _is_country(text[s:e]) and (unit_word := _STATE_BEFORE.search(folded, max(0, s - 30), s)) \
                and (state := look(text[s:e], "admin1")) is not None and state.country in _STATE_COUNTRIES \
                and fold_key(state.country) in fold_key(text) \
                and not _HEAD_OF_STATE_BEFORE.search(folded, max(0, unit_word.start() - 30), unit_word.start()):
            # "dans l'État du Niger, dans le centre du Nigeria": a state bearing a country's name, in a text that names
            # the state's country; never after the head of state's title ("le chef de l'État du Niger")
            add(s, e, "admin1")
        elif look(text[s:e]) is not None or (lang == "en" and _STATE_END.search(text, s, e)
                                             and look(text[s:e], "admin1") is not None):  # "Niger State" is no country
            role = "bare"
            for r, rx in _POST_RE[lang]:
                if rx.match(folded[e:]):
                    role = r
            if lang == "en" and _STATE_AFTER.match(folded, e) and look(text[s:e], "admin1") is not None:
                role = "admin1"  # "Kebbi State": a state of Nigeria ("the Islamic State" is no unit)
            add(s, e, role)
        else:
            after = folded[e:]
            if plural is not None and (link := _AND.match(folded, e)) and (nxt := _NAME_RE.match(text, link.end())):
                # "the Kowa and Rimi Local Government Areas": the unit word in the plural after the second name
                # heads the first too
                cut = _without_trailing_words(text, *nxt.span())
                if plural.match(folded[cut:]):
                    after = folded[cut:]
            for r, rx in _POST_RE[lang]:
                if rx.match(after):
                    add(s, e, r)
    openers = {m.start(g): _opener_kind(m) if g == "place" else "agency"
               for m in _OPENER.finditer(text) for g in ("agency", "place") if m.group(g)}
    openers.update((m.start("place"), "dateline") for m in _RUN_IN_DATELINE.finditer(text))
    # post-positioned roles also apply to names first found by a preposition ("in Koro district")
    out = []
    by_start = {p.start: p for p in found.values()}
    for p in found.values():
        role = p.role
        nxt = p
        while plural is not None and (link := _AND.match(folded, nxt.end)) and link.end() in by_start:
            nxt = by_start[link.end()]  # "Tahoua and Tillaberi regions": read the unit word after the last name
        for r, rx in _POST_RE[lang]:
            if rx.match(folded[p.end:]) or (nxt is not p and plural.match(folded[nxt.end:]) and rx.match(folded[nxt.end:])):
                role = r
        if lang == "en" and _STATE_AFTER.match(folded, p.end) and look(p.surface, "admin1") is not None:
            role = "admin1"
        if role == "admin1" and p.entry is not None and p.entry.level == "admin2" and look(p.surface, "admin1") is None:
            role = "admin2"  # "Kpendjal region": a prefecture, which English reports often call a region
        if role == "admin2" and p.entry is not None and p.entry.level == "admin1" and look(p.surface, "admin2") is None:
            role = "admin1"  # "the Borgou department": Benin's departments are its first-level units
        if p.start in openers:
            role = openers[p.start]
        elif role in ("exact", "bare", "named") and _ROUTE[lang].search(folded, max(0, p.start - 40), p.start):
            role = "route"
        elif role in ("exact", "bare", "named") and fold_key(p.surface) in _CAPITAL_KEYS \
                and _SOURCE_AT[lang].search(folded, max(0, p.start - 60), p.start):
            role = "source"
        elif role in ("exact", "bare", "named", "near") and _ELSEWHERE[lang].search(folded, max(0, p.start - 70), p.start) \
                and not _SETTLED_THERE[lang].search(folded, max(0, p.start - 60), p.start) \
                and not _BASE_ATTACKED[lang].search(folded, max(0, p.start - 90), p.start):
            role = "elsewhere"
        elif role in ("exact", "bare", "named") and _VISIT_OF_TITLED_OFFICIAL[lang].search(folded, max(0, p.start - 110), p.start) \
                and _TELLS_AFTER_VISIT[lang].match(folded, p.end):
            role = "elsewhere"  # "le gouverneur de Tillabéri, en visite à Dosso, a annoncé que ...": where he tells from
        elif role in ("exact", "bare", "named") and fold_key(p.surface) in _CAPITAL_KEYS and (
                _RULERS_BEFORE.search(folded, max(0, p.start - 40), p.start) or _RULERS_AFTER.match(folded, p.end)):
            role = "rulers"  # "les autorités de Niamey", "the Bamako junta": the state that tells, never a place
        if role != p.role:
            level = {"admin2": "admin2", "admin1": "admin1"}.get(role)
            p = PlaceMention(p.start, p.end, p.surface, role, look(p.surface, level) or p.entry)
        out.append(p)
    return sorted(out, key=lambda p: p.start)


#: the compass words a part of a country is named by, written before the country's name with no "du" ("le Nord
#: Togo", "au Sud-Est Nigeria", "Northern Ghana"): the direction words, and those that are also Burkina Faso's regions
_COMPASS = _DIRECTION_WORDS | frozenset(fold_key(x) for x in (
    "Nord", "Sud", "Est", "Ouest", "Sud-Ouest", "Extreme-Nord", "Grand-Nord", "Far-North", "Northern", "Southern",
    "Eastern", "Western", "Central", "Northeastern", "Northwestern", "Southeastern", "Southwestern"))


def _direction_of_country(key: str) -> bool:
    """Whether a folded name is a compass word followed by a country's name ("nord est benin", "northern ghana"): a
    part of that country, never a place of that name ("South Sudan" is a country's own name)."""
    words = key.split()
    return not _is_country(key) and any(" ".join(words[:i]) in _COMPASS and _is_country(" ".join(words[i:]))
                                        for i in range(1, len(words)))


#: Region names that are also plain geographic words ("the Sahel region", "l'Est"): a unit of
#: that name counts only when the text is about the unit's country.
#: what makes a direction word a part of a country, not a unit named after it: "le Nord du pays", "l'Est du
#: Burkina", "the North of the country", "the South of Togo"
_OF_A_COUNTRY = re.compile(
    r"\s+(?:du|de la|de l'|of(?: the)?)\s*(?:pays|country|burkina|mali|niger\b|nigeria|togo|benin|ghana|"
    r"cote d'ivoire|ivory coast|guinee|guinea|senegal|mauritanie|mauritania|algerie|algeria|tchad|chad)")
#: "area" after a name ("the X area"), where an English report often puts a unit's name
_AREA_AFTER = re.compile(r"\s+area\b")
#: a unit word after the name ("the Nord region", "Est province")
_POST_UNIT = re.compile(r"\s+(?:region|province|department|prefecture)\b")
_GENERIC_UNIT_NAMES = frozenset(fold_key(x) for x in (
    "Sahel", "Est", "Nord", "Centre", "Centre-Nord", "Centre-Est", "Centre-Ouest", "Centre-Sud", "Sud-Ouest",
    "Sud", "Ouest", "Cascades", "Plateau-Central", "Hauts-Bassins", "Boucle du Mouhoun",
))
#: the generic unit names no other country of the gazetteer's (nor Cameroon's) first-level units has
_BURKINA_ONLY_UNIT_NAMES = frozenset(fold_key(x) for x in (
    "Centre-Nord", "Centre-Est", "Centre-Ouest", "Centre-Sud", "Plateau-Central", "Hauts-Bassins", "Boucle du Mouhoun",
))
# the words that make "the Sahel (region)" the wider Sahel, not Burkina Faso's region: "West Africa's Sahel
# region", "the restive Sahel region", "the poor, fragile Sahel region", "le Sahel central"
_WIDER_SAHEL_BEFORE = re.compile(
    r"(?:\bafrica's|\bafrique|\brestive|\bwider|\bvast|\bvolatile|\btroubled|\bsemi-arid|\barid|\bsprawling|"
    r"\bbroader|\bwhole|\bentire|\bcentral|\bwestern|\bwar-torn|\bconflict-\w+|\bjihadist-\w+|\binsurgency-\w+|"
    r"\bpoor|\bfragile|\bturbulent|\bunstable)\W+(?:\w+\W+){0,2}$")
_WIDER_SAHEL_AFTER = re.compile(r"^\W*(?:central|occidental|ouest-africain|region of (?:west )?africa)\b")
# ... unless the same clause makes Burkina Faso its owner or its complement: then it is Burkina Faso's
# region, whatever its epithet ("in Burkina Faso's restive Sahel region", "the volatile Sahel region of
# northern Burkina Faso", "la région du Sahel au Burkina", "le Sahel burkinabè")
_BURKINA_OWNS_BEFORE = re.compile(r"(?:\bburkina(?:[ -]faso)?['’]s|\bburkinab\w*)(?:[ -]+[\w-]+){0,3}[ -]+$")
_BURKINA_OWNS_AFTER = re.compile(
    r"^(?:[ -]+(?:region|province|area|zone|border\s+region))?[ -]*(?:burkinab\w*|(?:of|in|du|au|de)\s+(?:the\s+)?"
    r"(?:(?:far\s+)?(?:north|northern|northeast|north-east|northeastern|north-eastern|east|eastern|nord|nord-est|est)"
    r"(?:\s+(?:of|du))?\s+)?burkina\b)")
# ... and a region of that name whose official of the state speaks ("le gouverneur de la région du Sahel", "the
# governor of the Sahel region", "the Sahel region governor"): the wider Sahel has no governor, Burkina Faso's region
# has; a director is no such official (an aid group or an agency has a director of its Sahel region)
_SAHEL_OFFICIAL_BEFORE = re.compile(
    r"\b(?:gouverneure?|haute?-commissaire|prefete?|governor|high\s+commissioner|prefect)"
    r"(?:\s+(?:adjointe?|regionale?|deputy|regional))?\s+(?:de\s+la\s+region\s+du|of\s+the)\s+$")
_SAHEL_OFFICIAL_AFTER = re.compile(r"^\s+region\s+(?:deputy\s+)?(?:governor|high\s+commissioner)\b")
# "the Fada district of Agadez", "the Koro circle of Mopti", "the Etambar neighbourhood of Kidal": the second
# name contains the first
_UNIT_OF = re.compile(r"^\s+(?:district|region|province|department|prefecture|circle|cercle|commune|neighbou?rhood|quarter|"
                      r"suburb|valley|area)\s+of\s+(?:the\s+)?$",
                      re.IGNORECASE)


_FOCUS_NAMES = frozenset(GeoGazetteerAdapter.FOCUS.values())
#: the unit a place is framed in: "dans le département de l'Alibori", "in the Kara region" is not read here
_UNIT_FRAME = guard(r"\b(?:departement|region|province|prefecture)\s+(?:de\s+l'|de\s+la\s+|du\s+|des\s+|de\s+|of\s+)"
                    r"([a-z][a-z'-]+(?:\s+[a-z][a-z'-]+)?)")

# the river, its bend, its delta, the Office du Niger and Nigeria's Niger State are no country
_RIVER_NIGER = guard(r"\b(?:fleuve|boucle du|delta(?: interieur)? du|office du|bords? du|rives? du|the)\s+niger\b"
                          r"|\bniger\s+states?\b"  # Nigeria's Niger State
                          r"|\bniger\s+(?:river|delta|inland delta|bend)\b")


def _holds_word(folded: str, f: str, rx: re.Pattern) -> bool:
    """``rx.search(folded)`` for a name's pattern ``rx``, ``(?<!\\w)f(?!\\w)``: tried only where ``f`` occurs (a
    search of the whole text tries every offset, since the pattern opens with a look-behind)."""
    i = folded.find(f)
    while i >= 0:
        if rx.match(folded, i):
            return True
        i = folded.find(f, i + 1)
    return False


class _Present:
    """Which of a fixed set of strings a text holds (``f in text`` for each), in one Aho-Corasick pass."""

    def __init__(self, strings):
        strings = list(strings)
        self._strings = tuple(dict.fromkeys(x for x in strings if x))
        self._empty = frozenset({""}) if "" in strings else frozenset()
        self._find = literal_hits(self._strings) if self._strings else None

    def __call__(self, text: str) -> set[str]:
        if self._find is None:
            return set(self._empty)
        # every occurrence (overlapping): a name inside a longer one ("burkina" in "burkinabe") is found too
        return {self._strings[i] for i, _, _ in self._find(text.encode(), overlapping=True)} | self._empty


@lru_cache(maxsize=1)
def _country_names_present() -> _Present:
    return _Present(f for _, names in _country_patterns() for f, _ in names)


@lru_cache(maxsize=1)
def _country_patterns() -> tuple[tuple[str, tuple[tuple[str, re.Pattern], ...]], ...]:
    """Each country's name, and each of its names and demonyms, folded, with its word-bounded
    pattern (compiled once)."""
    return tuple((c.name, tuple((f, re.compile(rf"(?<!\w){re.escape(f)}(?!\w)"))
                                for f in (fold(a) for a in (c.name, *c.aliases))))
                 for c in countries())


#: the last text :func:`_countries_named` and :func:`_countries_of_text` read and their answers: a text's reading
#: asks them several times about the very same string (kept by identity, never looked up by content; each pair is
#: read and replaced whole, so threads never see a text with another's answer)
_NAMED_LAST: tuple = (None, frozenset())
_OF_TEXT_LAST: tuple = (None, frozenset())


def _countries_named(folded: str) -> set[str]:
    """The countries a text names, by name or demonym ("Mali's army", "soldats burkinabè")."""
    global _NAMED_LAST
    last = _NAMED_LAST
    if folded is last[0]:
        return set(last[1])
    whole = folded
    folded = _RIVER_NIGER.sub(" ", folded)
    # a name that is not in the text at all needs no word-boundary search
    present = _country_names_present()(folded)
    index = _country_index()
    got = {name for f in present for name, rx in index.get(f, ()) if _holds_word(folded, f, rx)}
    _NAMED_LAST = (whole, frozenset(got))
    return got


def _by_folded_name(named) -> dict[str, tuple[tuple[str, re.Pattern], ...]]:
    """``(name, ((folded, pattern), ...))`` pairs indexed by each folded name: the names and patterns it stands in."""
    out: dict[str, list[tuple[str, re.Pattern]]] = {}
    for name, rxs in named:
        for f, rx in rxs:
            out.setdefault(f, []).append((name, rx))
    return {f: tuple(v) for f, v in out.items()}


@lru_cache(maxsize=1)
def _country_index() -> dict[str, tuple[tuple[str, re.Pattern], ...]]:
    return _by_folded_name(_country_patterns())


@lru_cache(maxsize=1)
def _country_cues() -> tuple[tuple[str, frozenset[str], re.Pattern], ...]:
    """Each country with its cues (its own forces and armed groups), folded, and one word-bounded pattern of them."""
    return tuple((c.name, frozenset(fold(a) for a in c.cues),
                  re.compile(r"(?<!\w)(?:" + "|".join(re.escape(fold(a)) for a in c.cues) + r")(?!\w)"))
                 for c in countries() if c.cues)


@lru_cache(maxsize=1)
def _country_cues_present() -> _Present:
    return _Present(f for _, cues, _ in _country_cues() for f in cues)


def _countries_of_text(folded: str) -> set[str]:
    """The countries a text is about: those it names; when it names none, those whose own forces or armed
    groups it names (an event note that says "a FAMa patrol" and no country is about Mali), when they
    point to one country only."""
    global _OF_TEXT_LAST
    last = _OF_TEXT_LAST
    if folded is last[0]:
        return set(last[1])
    got = _countries_of(folded)
    _OF_TEXT_LAST = (folded, frozenset(got))
    return got


def _countries_of(folded: str) -> set[str]:
    named = _countries_named(folded)
    if named:
        return named
    if default_gazetteers()[1].neighbours_named(folded):
        return set()  # "near Kara in northern Togo": a text naming a neighbour reads no cue either
    # only the countries one of whose cues the text holds are searched (one pass finds the cues it holds)
    present = _country_cues_present()(folded)
    cued = {name for name, cues, rx in _country_cues() if not present.isdisjoint(cues) and rx.search(folded)}
    return cued if len(cued) == 1 else set()


#: a border and the country (countries) it is named by: "frontière avec le Mali", "frontière burkinabè", "frontière
#: entre le Mali et la Mauritanie", "the Malian border", "the Burkina-Mali border", "border with Mali"
# (guarded by its words, "frontiere" and "border": its last branch is tried at every word of a text without them)
_BORDER_PHRASE = guard(
    r"\bfrontieres?\s+(?:(?:avec|entre)\s+(?:le\s+|la\s+|l'|les\s+)?|du\s+|de\s+la\s+|de\s+l'|des\s+)?"
    r"[\w'-]+(?:\s+(?:faso|coast))?(?:\s+et\s+(?:le\s+|la\s+|l')?[\w-]+(?:\s+faso)?)?"
    r"|\bfrontalier(?:e|s|es)?\s+(?:du\s+|de\s+la\s+|de\s+l'|des\s+|avec\s+(?:le\s+|la\s+|l'|les\s+)?)[\w'-]+(?:\s+faso)?"
    r"|\bbordering\s+(?:the\s+)?[\w-]+(?:\s+(?:faso|coast))?"
    r"|\bborders?\s+(?:with|between)\s+(?:the\s+)?[\w-]+(?:\s+(?:faso|coast))?(?:\s+and\s+[\w-]+(?:\s+faso)?)?"
    r"|\b(?:[\w'-]+\s+){0,2}borders?\b(?:\s+(?:with|between)\s+(?:the\s+)?[\w-]+(?:\s+(?:faso|coast))?"
    r"(?:\s+and\s+[\w-]+(?:\s+faso)?)?)?")


def _again_abroad(m: PlaceMention, abroad: set[str], look) -> PlaceEntry | None:
    """A mention read in a neighbour the text does not name, read again in the neighbours it names (None if
    none of them has the name)."""
    level = m.entry.level if m.entry.level in ("admin1", "admin2") else None
    return next((x for c in sorted(abroad) if c not in _FOCUS_NAMES
                 and (x := look(m.surface, level, c)) is not None and x.country == c), None)


def _by_country_of_text(text: str, folded: str, mentions: list[PlaceMention], gazetteers) -> list[PlaceMention]:
    """Drop readings that contradict the country the text is about, and apply containing units.

    * "X district of Y" (and region, province, ... of Y): Y contains X. X keeps its reading only
      when it lies in Y; Y becomes the container (admin1, else admin2).
    * The text is about the countries it names and those of its other places. A name read in
      another country is read again in the countries the text is about (a village "Boni" of
      Burkina Faso in a report on Mali is Mali's Boni); failing that, a unit is dropped and a
      village known only abroad keeps its reading (cross-border events happen). A unit with a
      generic name ("Sahel", "Est") counts only when the text is about its country.
    """
    def look(name: str, level: str | None, country: str | None = None):
        for g in gazetteers:
            e = g.lookup(name, level=level, country=country)
            if e is not None:
                return e
        return None

    out = list(mentions)
    for i, q in enumerate(out):
        for j, c in enumerate(out):
            # (a unit word follows the name after a space: no other pair is sliced and matched)
            if c.start <= q.end or not text[q.end : q.end + 1].isspace() or not _UNIT_OF.match(text[q.end:c.start]) \
                    or _is_country(c.surface):  # "the Tahoua area of Niger": the country, not a unit called Niger
                continue
            outer = look(c.surface, "admin1")
            role = "admin1"
            if outer is None:
                outer, role = look(c.surface, "admin2"), "admin2"
            if outer is None:
                continue
            out[j] = PlaceMention(c.start, c.end, c.surface, role, outer)
            inner = q.entry
            inside = inner is not None and inner.country == outer.country and (
                fold_key(inner.admin1 or "") == fold_key(outer.admin1 or "") if role == "admin1"
                else fold_key(inner.admin2 or "") == fold_key(outer.admin2 or outer.name))
            if not inside:  # "the Fada district of Agadez" is no Fada N'Gourma
                out[i] = PlaceMention(q.start, q.end, q.surface, "named", None)
    # a country named only as a border ("près de la frontière burkinabè", "near the Malian border") is where the
    # event is not: the text is about the countries it names elsewhere (when it names none there, as before)
    geo = next((g for g in gazetteers if isinstance(g, GeoGazetteerAdapter)), None)
    _inland, names_inland, named = _countries_about(folded, geo)
    told = bool(_countries_named(folded))  # else the country comes from cues (a force's or group's name)
    abroad = geo.neighbours_named(folded) if geo is not None else set()  # Togo, Benin, ... named by the text
    # a neighbour's unit framing the place just before it ("Karimama, dans le département de l'Alibori") names
    # its country too; a unit named alone ("dans la région des Savanes") does not
    def look_abroad(name: str, level: str | None, countries) -> PlaceEntry | None:
        # the unit or town of that name in a neighbour the text names ("la région des Savanes" of a text on Togo
        # is Togo's, not Côte d'Ivoire's), else wherever the gazetteer reads it
        return next((x for c in sorted(countries) if (x := look(name, level, c)) is not None), None) \
            or look(name, level)

    told_abroad = set(abroad)
    abroad = set(abroad) | {u.country for f in _UNIT_FRAME.finditer(folded)
                            if any(0 <= f.start() - m.end <= 60 for m in out)
                            and (u := look_abroad(f.group(1), "admin1", told_abroad)
                                 or look_abroad(f.group(1).split()[0], "admin1", told_abroad)) is not None
                            and u.country not in _FOCUS_NAMES}
    # so does a neighbour's commune, prefecture or department framed by its unit word ("la commune de Kandi", "Oti
    # prefecture") when none of the three countries has a place of that name
    # (not when a country the text names has a unit of that name too: "the Savanes region" of a text on Togo names
    # no Côte d'Ivoire)
    said = _countries_named(folded) | told_abroad
    abroad |= {m.entry.country for m in out if m.entry is not None and m.entry.country not in _FOCUS_NAMES
               and (m.role in ("commune", "admin2", "admin1") or _NAMED_WITH_UNIT.search(fold_key(m.surface)))
               and (u := look(m.surface, "admin2") or look(m.surface, "admin1")) is not None and u.country == m.entry.country
               and not _homonym_units(m, said - {m.entry.country}, look)}
    # a town of a neighbouring country counts only when the text names that country (no "PAM" in Senegal); a
    # name read in a neighbour the text does not name is read again in those it names
    out = [(PlaceMention(m.start, m.end, m.surface, m.role, _again_abroad(m, abroad, look))) if m.entry is not None
           and m.entry.country not in _FOCUS_NAMES and m.entry.country not in abroad else m for m in out]
    keys = [fold_key(m.surface) for m in out]
    main = _country_in(folded, cues=False) if told_abroad else None
    # the (name, country) of each place that may vouch for another's country: not generic, read somewhere
    vouch = [(k, o.entry.country) for o, k in zip(out, keys)
             if k not in _GENERIC_UNIT_NAMES and o.entry is not None and o.entry.country in _FOCUS_NAMES
             and o.role != "agency"]
    kept = []
    text_country: list[str | None] = []  # the text's country, read once when a generic unit needs it
    for m, key in zip(out, keys):
        e = m.entry
        generic = key in _GENERIC_UNIT_NAMES
        if key == "sahel" and e is not None and (_WIDER_SAHEL_BEFORE.search(folded, max(0, m.start - 45), m.start)
                                                  or _WIDER_SAHEL_AFTER.match(folded[m.end : m.end + 40])) \
                and not _BURKINA_OWNS_BEFORE.search(folded, max(0, m.start - 60), m.start) \
                and not _BURKINA_OWNS_AFTER.match(folded[m.end : m.end + 60]):
            kept.append(PlaceMention(m.start, m.end, m.surface, "bare", None))  # a region, no place
            continue
        if generic and e is not None and e.country in _FOCUS_NAMES and not _BURKINA_OWNS_BEFORE.search(
                folded, max(0, m.start - 60), m.start) and not _BURKINA_OWNS_AFTER.match(folded[m.end : m.end + 60]):
            # "un groupe actif dans la région du Sahel" in a text on Niger that names Burkina Faso only among the
            # three countries of the border area: a unit with a generic name is the country's the text is about
            text_country = text_country or [_country_in(folded, spans=())]
            if text_country[0] is not None and text_country[0] != e.country:
                kept.append(PlaceMention(m.start, m.end, m.surface, m.role, None))
                continue
        # the countries the text names, and those of its other (not generic) places: another mention of
        # the same name has the same reading, so it cannot vouch for it ("Moura ... Moura" read in Niger)
        about = named | {c for k, c in vouch if k != key}
        if e is not None and main in told_abroad and e.country != main and not generic:
            # the neighbour the text names most (it is about Benin and names Mali once, among the countries where
            # the insurgency comes from): its place of the name wins over a homonym elsewhere
            level = e.level if e.level in ("admin1", "admin2") else None
            there = look(m.surface, level, main)
            if there is not None:
                kept.append(PlaceMention(m.start, m.end, m.surface, m.role, there))
                continue
        if e is not None and e.country in _FOCUS_NAMES and len(abroad) == 1 and not about:
            # the text names one neighbour and nothing of the three countries: that neighbour's place of the
            # name wins over a homonym of Mali, Burkina or Niger ("à Kérou …, au Bénin")
            level = e.level if e.level in ("admin1", "admin2") else None
            there = look(m.surface, level, next(iter(abroad)))
            if there is not None:
                kept.append(PlaceMention(m.start, m.end, m.surface, m.role, there))
                continue
        if e is not None and not generic and e.country in _FOCUS_NAMES and len(named & _FOCUS_NAMES) > 1:
            # a name of places in two of the countries the text names ("Koutougou" of Burkina Faso and of Niger, in
            # a report on Niger that names Burkina Faso in its background): the place of the text's own country
            text_country = text_country or [_country_in(folded, spans=())]
            if text_country[0] in _FOCUS_NAMES and text_country[0] != e.country:
                level = e.level if e.level in ("admin1", "admin2") else None
                there = look(m.surface, level, text_country[0])
                if there is not None and there.country == text_country[0]:
                    kept.append(PlaceMention(m.start, m.end, m.surface, m.role, there))
                    continue
        # "dans la région du Centre-Nord" in a text that names no country: a name of units only Burkina Faso has,
        # made a unit by its unit word, needs no country named
        own_name = generic and not about and not abroad and m.role == "admin1" and (
            key in _BURKINA_ONLY_UNIT_NAMES or key == "sahel" and (
                _SAHEL_OFFICIAL_BEFORE.search(folded, max(0, m.start - 60), m.start) is not None
                or _SAHEL_OFFICIAL_AFTER.match(folded[m.end : m.end + 40]) is not None))
        if e is not None and e.country not in about and (about or (generic and not own_name)) and e.country not in abroad:
            # read in another country: the same name in a country the text is about, else unknown
            level = e.level if e.level in ("admin1", "admin2") else None
            again = next((x for c in sorted(about) if (x := look(m.surface, level, c)) is not None), None)
            if again is None and e.country in _FOCUS_NAMES:
                # a name of Mali's the text never places in Mali, and also of a neighbour the text names, is the
                # neighbour's ("la commune de Kérou", in a text on Benin that also names Burkina Faso)
                again = next((x for c in sorted(abroad - about) if (x := look(m.surface, level, c)) is not None), None)
            if again is None and not generic and e.country in _FOCUS_NAMES and (
                    level is None or not (told or any(k != key for k, _c in vouch))):
                # a village known only abroad keeps that reading (cross-border events happen); a force's or
                # group's name only chooses between places of the same name, never moves a town or unit known
                # only in another country ("a CMA convoy near Tillabéri")
                again = e
            m = PlaceMention(m.start, m.end, m.surface, m.role, again)
        kept.append(m)
    if not names_inland and (bordering := _countries_named(folded) & _FOCUS_NAMES):
        # "à Dioga, près de la frontière avec le Burkina Faso", "des assaillants venus du Mali" in a text that names
        # no country but as a border, an origin or a refuge: the place is not in that country; a name that one of the
        # other countries also has is that one's
        units = [u for u in kept if u.entry is not None and u.role in ("admin1", "admin2") and not _is_country(u.surface)]
        kept = [_off_the_border(m, bordering, geo, look, units) for m in kept]
    return [_among_named(text, folded, m, said, look) for m in kept]


def _countries_about(folded: str, geo) -> tuple[str, set[str], set[str]]:
    """The text with its countries named only as a border, an origin or a refuge blanked; the countries that text
    still names; and the countries the text is about (its names and cues, read in that text when the text names a
    country at all)."""
    # a country named only as a border ("près de la frontière burkinabè", "near the Malian border") is where the
    # event is not: the text is about the countries it names elsewhere (when it names none there, as before)
    inland = _BORDER_PHRASE.sub(lambda m: " " * len(m.group()), folded)
    # ... nor one named only as where the attackers came from or withdrew to ("des assaillants venus du Mali", "before
    # withdrawing into Niger"): blanked too
    for at, end in sorted(sp for v in _country_mentions(inland).values() for sp in v):
        if _country_aside(folded, at, end):
            inland = inland[:at] + " " * (end - at) + inland[end:]
    names_inland = _countries_named(inland) or (geo is not None and geo.neighbours_named(inland)) or set()
    # (a text whose only country is a border's, "à Gorom-Gorom, près de la frontière avec le Mali": the places' own
    # countries decide)
    return inland, names_inland, _countries_of_text(inland if names_inland or _countries_named(folded) else folded)


def _off_the_border(m: PlaceMention, bordering: set[str], geo, look, units: list[PlaceMention]) -> PlaceMention:
    """``m`` read again out of the countries ``bordering`` (named only as the border near the place, or as where the
    attackers came from or went): its namesake in a unit the text names (``units``) wins ("venus du Mali ... à X, dans
    la province du Soum"); else the one other of the three countries that has the name. When two others have it
    and no unit decides, the gazetteer's order does not choose: the place is left unplaced. A unit, or a place no
    other of the three has, keeps its reading."""
    e = m.entry
    if e is None or geo is None or e.country not in bordering or e.level != "locality" or _is_country(m.surface) \
            or m.role not in ("exact", "near", "bare", "named"):
        return m
    there = {c: x for c in geo.countries_with_place(m.surface) if c not in bordering
             and (x := look(m.surface, None, c)) is not None and x.country == c}
    inside = [x for x in (e, *there.values()) if any(_lies_in(x, u) for u in units)]
    if inside:
        return m if inside[0] is e else PlaceMention(m.start, m.end, m.surface, m.role, inside[0])
    if not there:
        return m
    return PlaceMention(m.start, m.end, m.surface, m.role, next(iter(there.values())) if len(there) == 1 else None)


def _homonym_units(m: PlaceMention, countries: set[str], look) -> dict[str, PlaceEntry]:
    """The unit of ``m``'s name (at its level) in each of ``countries`` that has one."""
    level = m.entry.level if m.entry is not None and m.entry.level in ("admin1", "admin2") else None
    if level is None:
        return {}
    return {c: x for c in sorted(countries) if (x := look(m.surface, level, c)) is not None and x.country == c}


def _among_named(text: str, folded: str, m: PlaceMention, said: set[str], look) -> PlaceMention:
    """A unit whose name several countries share ("the Savanes region": Togo's and Côte d'Ivoire's) is read in a
    country the text names, never in one it does not name when one of the named has a unit of that name: the one
    named in the unit's own sentence (by its name, a possessive, "Togo's army", or a demonym, "Togolese"), else the
    one named most often, then first. A country named only as a border ("near the border with Togo") or as another
    place of the story (where people fled, are hosted or a statement was made) does not count."""
    if m.entry is None:
        return m
    there = _homonym_units(m, said, look)
    if not there or (m.entry.country in there and len(there) == 1):
        return m
    geo = default_gazetteers()[1]
    inland = _BORDER_PHRASE.sub(lambda b: " " * len(b.group()), folded)
    spans = {**_country_mentions(inland), **geo.neighbour_mentions(inland)}
    spans = {c: kept for c, v in spans.items() if c in there
             and (kept := [(s, e) for s, e in v if not _country_aside(folded, s, e)])}
    start, stop = _sentence_at(text, m.start)[0], _sentence_at(text, m.end - 1)[1]
    rank = lambda c: (not any(start <= s < stop for s, _e in spans.get(c, ())),  # noqa: E731
                      -len(spans.get(c, ())), min(spans.get(c, ()), default=(len(folded),)), c)
    best = min(there, key=rank)
    if best == m.entry.country:
        return m
    return PlaceMention(m.start, m.end, m.surface, m.role, there[best])


#: what joins a place to the place that situates it: "Kaka, Sofara", "Waaka (Goua)", "Saye in Mopti", "X, near Y",
#: "X, près de Y", "X, dans le Y"
_SITUATED_BY = re.compile(r"\s*(?:,\s*|\(\s*|\s(?:in|near|pres de|dans|a cote de)\s+|,\s*(?:near|pres de|dans|in)\s+)"
                          r"(?:(?:the|le|la|l')\s*)?$")
#: ... or its unit named with its unit word ("Kaka, dans la région de Mopti", "Kaka (cercle de Djenné)"): the text
#: says where the village lies
_SITUATED_BY_UNIT = re.compile(r"\s*(?:(?:,\s*|\(\s*)(?:situee?\s+)?(?:(?:dans|en)\s+(?:la\s+|le\s+|l')?)?"
                               # ... or says what the place is ("X est un village de la commune de Y", "X is a
                               # village in the district of Y")
                               r"|\s(?:est|etait|is|was)\s+(?:un|une|a|an)\s+(?:petite?\s+|small\s+)?"
                               r"(?:village|localite|hameau|bourgade|town|hamlet|locality)\s+(?:situee?\s+)?"
                               r"(?:de\s+la\s+|de\s+l'|du\s+|de\s+|dans\s+(?:la\s+|le\s+|l')?|in\s+the\s+|of\s+the\s+|in\s+|of\s+))"
                               r"(?:regions?|provinces?|cercles?|prefectures?|departements?|communes?|wilayas?|circle|district|"
                               r"department)\s+(?:de\s+la\s+|de\s+l'|de\s+|du\s+|d'|des\s+|of\s+)$")
#: the roles of a place where the story was told or passed through, never one that situates another
_TOLD_ROLES = frozenset(("agency", "dateline", "route", "elsewhere", "source"))


def _by_situating_place(text: str, folded: str, mentions: list[PlaceMention], gazetteers) -> list[PlaceMention]:
    """A village read far from the known place that situates it ("Kaka, Sofara", "Imboraghane (Bourem)",
    "Dah, near Sokoura") is read again where that place lies: its homonym in the same cercle, else in the
    same region, when the gazetteer has one. Else a village read in another country than that place is
    unknown (and placed by its neighbour), and one read in the same country keeps its reading (a list of
    distant towns, "Gao, Kidal and Tombouctou", is no place and its situation). The text may also say what the village
    is ("Kaka est un village de la commune de X"); every other mention of the village's name takes the reading."""
    out = list(mentions)
    about = None
    reread: dict[tuple[str, PlaceEntry], PlaceEntry | None] = {}
    for i in range(len(out) - 1):
        q, c = out[i], out[i + 1]
        if q.entry is None or c.entry is None or q.entry.level != "locality" or _is_country(c.surface) \
                or c.role in _TOLD_ROLES or q.role in _TOLD_ROLES:
            continue
        unit = c.role in ("admin1", "admin2", "commune") and c.start - q.end <= 40 \
            and _SITUATED_BY_UNIT.fullmatch(folded, q.end, c.start) is not None
        if not unit and (c.start - q.end > 12 or not _SITUATED_BY.fullmatch(folded, q.end, c.start)):
            continue
        u = c.entry
        if about is None:
            # (a country named only as a border, an origin or a refuge, "des assaillants venus du Mali", is not one the
            # text is about: it does not make a unit of another country the text names "abroad")
            about = _countries_about(folded, next((g for g in gazetteers if isinstance(g, GeoGazetteerAdapter)), None))[2]
        if about and u.country not in about:
            continue  # the situating place is itself read abroad: it cannot move the village
        if q.entry.country == u.country and fold_key(q.entry.admin1 or "") == fold_key(u.admin1 or "") and (
                not q.entry.admin2 or not u.admin2 or fold_key(q.entry.admin2) == fold_key(u.admin2)):
            continue  # already read beside it
        again = None
        for admin2 in ((u.admin2, None) if u.admin2 else (None,)):
            for g in gazetteers:
                x = g.lookup(q.surface, admin1=u.admin1, admin2=admin2, country=u.country)
                if x is not None and x.country == u.country and fold_key(x.admin1 or "") == fold_key(u.admin1 or ""):
                    again = x
                    break
            if again is not None:
                break
        if again is not None or q.entry.country != u.country or unit:
            # with no homonym there, a reading in another country than the place that situates it is dropped:
            # the village is unknown, and placed by its neighbour (by the unit the text says it lies in, whatever
            # its country)
            out[i] = PlaceMention(q.start, q.end, q.surface, q.role, again)
            reread[(fold_key(q.surface), q.entry)] = again
    # one village per name in a text: its other mentions (a headline's, a later sentence's) are read where the text
    # situated it
    return [PlaceMention(p.start, p.end, p.surface, p.role, reread[(fold_key(p.surface), p.entry)])
            if (fold_key(p.surface), p.entry) in reread else p for p in out]


def _is_country(surface: str) -> bool:
    """ "au Niger", "in Burkina Faso", "in Nigeria": a country named in the text is never the event's place."""
    key = fold_key(surface)
    return key in _country_keys() or key in _other_country_keys()


@lru_cache(maxsize=1)
def _other_country_keys() -> frozenset[str]:
    """The names of the gazetteer's other countries (Nigeria, Benin, ...), not their demonyms."""
    geo = next((g for g in default_gazetteers() if isinstance(g, GeoGazetteerAdapter)), None)
    return frozenset(fold_key(n) for n in geo.country_names()) if geo is not None else frozenset()


@lru_cache(maxsize=1)
def _country_keys() -> frozenset[str]:
    """The words of every country's name and aliases."""
    return frozenset(fold_key(a) for c in countries() for a in (c.name, *c.aliases))


def _country_in(folded: str, cues: bool = True, spans: list[tuple[int, int]] = ()) -> str | None:
    """The country a text names: the one the event's own sentences ``spans`` place it in ("in Foo, a village in
    Burkina Faso", "dans le nord du Bénin", "Niger's Tillabéri region"), however often the rest of the text names
    another; else another than Mali when it names one (Mali is named in reports about its neighbours too), else
    Mali when the text names it; of several others, the one the text names most often, then first (a text naming
    Togo and the Togolese three times and Burkina Faso once, as where the armed groups come from, is about Togo).
    A country named as another place of the story (where people fled or are hosted, where a group is based, where
    a statement was made) is not counted. ``cues``: failing a name, the country whose own forces or armed groups
    the text names."""
    # (a country named only as a border, an origin or a refuge, "des assaillants venus du Mali", is not one: see
    # _countries_about)
    inland, _names, named = _countries_about(folded, default_gazetteers()[1])
    named = named if cues else _countries_named(inland)
    others = [c.name for c in countries() if c.name in named and c.name != "Mali"]
    # (a country named only as a border, "near the Mauritanian border", "near the border with Burkina Faso", is
    # not what the text is about)
    inland = _BORDER_PHRASE.sub(lambda m: " " * len(m.group()), folded)
    said = _country_mentions(inland) if others or "Mali" in named else {}
    said.update(default_gazetteers()[1].neighbour_mentions(inland))
    said = {c: kept for c, v in said.items() if (kept := [(s, e) for s, e in v if not _country_aside(folded, s, e)])}
    rank = lambda c: (-len(said.get(c, ())), min(said.get(c, ()), default=(len(folded),)))  # noqa: E731
    # a country the event's own sentences place it in wins over any tally: a story of refugees or of a spill-over
    # names the neighbour that hosts them more often than the country of the attack
    placed = [c for c, v in said.items()
              if any(a <= s < b and _places_the_event(folded, s, e) for s, e in v for a, b in spans)]
    if placed:
        return min(placed, key=lambda c: (c == "Mali", *rank(c)))
    others.sort(key=rank)
    # a neighbour the text names more often than any of the three it names is the text's country
    neighbours = sorted((c for c in said if c not in _FOCUS_NAMES), key=rank)
    if neighbours and all(len(said[neighbours[0]]) > len(said.get(c, ())) for c in [*others, "Mali"]):
        return neighbours[0]
    return others[0] if others else ("Mali" if "Mali" in named else None)


def _country_mentions(folded: str) -> dict[str, list[tuple[int, int]]]:
    """Where the text names each country, by name or demonym (the river Niger left out): the (start, end) of
    each mention."""
    folded = _RIVER_NIGER.sub(lambda m: " " * len(m.group(0)), folded)
    return _mention_spans(folded, _country_names_present()(folded), _country_index())


def _mention_spans(folded: str, present: set[str], index) -> dict[str, list[tuple[int, int]]]:
    """The (start, end) of each mention of each name of ``index`` whose folded form the text holds (``present``);
    of the names found at one start, the longest ("Burkina Faso", not "Burkina" too)."""
    out: dict[str, dict[int, int]] = {}
    for f in present:
        for name, rx in index.get(f, ()):
            at = out.setdefault(name, {})
            for m in rx.finditer(folded):
                at[m.start()] = max(at.get(m.start(), 0), m.end())
    return {name: sorted(v.items()) for name, v in out.items() if v}


#: the words that say which part of a country: "northern", "far", "south-eastern", "east-central"
_DIRECTION_ADJ = (r"(?:far|extreme|remote|rural|central|northern|southern|eastern|western|(?:north|south)-?(?:east|west)ern|"
                  r"(?:east|west|north|south)-central|central-(?:east|west|north|south)ern)")
#: the article and the words for a part of a country just before its name ("vers le Ghana", "into neighbouring Togo",
#: "in northern Mali")
_BEFORE_A_COUNTRY = re.compile(rf"(?:\b(?:the|le|la|l'|neighbou?ring|voisine?|{_DIRECTION_ADJ})\s*)+$")
#: a country named as another place of the story than the event's, besides where people fled or a statement was
#: made (``_ELSEWHERE``): where refugees are, where a group is based or comes from ("refugee camps in Togo", "groups
#: based in Mali", "réfugiés au Togo", "venus du Mali", "from Mali")
_COUNTRY_ASIDE_BEFORE = guard(
    r"(?:\b(?:refugees?|refugiee?s?|displaced|deplacee?s?|exiled?|exilee?s?|based|headquartered|stationed|active|"
    r"operating|basee?s?|implantee?s?|actifs?|actives?|venue?s?|venant|provenance|originaires?)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:in|into|from|au|aux|en|dans|du|de|d')|\bfrom)\s*$")
#: ... and the country that hosts them, by the words after it ("Ghana is struggling to host them", "le Togo
#: accueille déjà des milliers de réfugiés")
_COUNTRY_HOSTS_AFTER = guard(
    r"(?:'s?)?\s+(?:[\w'-]+\s+){0,4}?(?:hosts?|hosting|hosted|shelters|accueille|accueillent|accueilli|abrite|abritent)\b")


def _country_aside(folded: str, s: int, e: int) -> bool:
    """Is the country named at ``folded[s:e]`` another place of the story than the event's?"""
    head = folded[max(0, s - 60):s]
    m = _BEFORE_A_COUNTRY.search(head)
    head = head[:m.start()] if m is not None else head
    return bool(_COUNTRY_ASIDE_BEFORE.search(head) or _COUNTRY_HOSTS_AFTER.match(folded, e) or any(
        rx.search(head) and not _SETTLED_THERE[lang].search(head) for lang, rx in _ELSEWHERE.items()))


#: the words before a country that place an event in it: "in Burkina Faso", "in northern Togo", "au Niger", "en Côte
#: d'Ivoire", "dans le nord du Bénin", "the east of Niger", "a village of Burkina", and a place it follows ("in
#: Foo, Burkina Faso,", "à Foo (Burkina)")
_COUNTRY_PLACES_BEFORE = guard(
    rf"(?:\b(?:in|inside|within|au|aux|en)\s+(?:the\s+)?(?:{_DIRECTION_ADJ}\s+){{0,2}}"
    r"|\b(?:north|south|east|west|centre|center|nord|sud|est|ouest|nord-est|nord-ouest|sud-est|sud-ouest|"
    r"centre-(?:est|nord|ouest|sud)|extreme[- ]nord|interior|interieur|part|partie|region|province|area|zone|"
    r"village|town|ville|localite|commune)s?\s+(?:of|du|de\s+la|de\s+l'|de|des)\s*(?:the\s+)?"
    r"|\b(?:in|near|at|outside|of|a|pres\s+de|dans)\s+[\w'-]+(?:\s+[\w'-]+)?\s*(?P<apposed>,|\()\s*)$")
#: ... and the words after it: a unit or a part of the country ("Niger's Tillabéri region", "Burkina Faso's north")
_COUNTRY_PLACES_AFTER = guard(
    r"'s?\s+(?:[\w'-]+\s+){0,2}?(?:regions?|provinces?|villages?|towns?|districts?|departments?|communes?|"
    r"prefectures?|areas?|north|south|east|west|(?:north|south)-?(?:east|west)|border\s+towns?|interior|hinterland)\b")
_APPOSED_ENDS = re.compile(r"\s*(?:[,.;:)]|$)")


def _places_the_event(folded: str, s: int, e: int) -> bool:
    """Does the phrase around the country named at ``folded[s:e]`` place the event in it?"""
    m = _COUNTRY_PLACES_BEFORE.search(folded, max(0, s - 60), s)
    if m is not None and (m.group("apposed") is None or _APPOSED_ENDS.match(folded, e)):
        return True
    return bool(_COUNTRY_PLACES_AFTER.match(folded, e))


def text_places(text: str, folded: str, lang: str, exclude: list[tuple[int, int]] = (),
                gazetteers=None, headline: list[tuple[int, int, str, str]] = ()) -> list[PlaceMention]:
    """Every place name of a whole text, read in the countries the text is about: the same for
    every event of the text, so a caller with several events reads it once and passes it to
    :func:`resolve_location`.

    ``headline``: (start, end, page text, folded page text) of each headline span that ``text`` has
    blanked out; its places are read as well, and :func:`resolve_location` uses them only for an
    event whose own sentences name no place."""
    gazetteers = gazetteers or default_gazetteers()
    for s, e, raw, raw_folded in headline:
        text, folded = text[:s] + raw[s:e] + text[e:], folded[:s] + raw_folded[s:e] + folded[e:]
    # a village beside the place that situates it is read there before it may vouch for the text's country,
    # and again after the text's country has moved that place
    mentions = _by_situating_place(text, folded, place_mentions(text, folded, lang, gazetteers, exclude), gazetteers)
    mentions = _by_situating_place(text, folded, _by_country_of_text(text, folded, mentions, gazetteers), gazetteers)
    mentions = _by_stated_region(text, folded, mentions, gazetteers)
    mentions = _units_the_gazetteer_lacks(text, folded, mentions, gazetteers)
    if headline:
        # a headline's place that speaks or reacts ("Bamako : le gouvernement dénonce…", "Niamey condemns…")
        # is where the news was told, not where the event happened
        mentions = [m for m in mentions
                    if not any(s <= m.start < e and _REACTS_AFTER.match(folded, m.end, e) for s, e, _r, _f in headline)]
    return _in_protected_areas(text, folded, mentions, gazetteers, exclude)


#: what lies between a second-level unit and the first-level unit named after it that holds it: "Kowa Local
#: Government Area of Sokoto State", "Rimi Local Government, Kwara State", "the Kowa and Rimi LGAs of Niger State"
_HELD_BY = re.compile(r"(?:,|\bof|\bin)\s+(?:the\s+)?$")
#: how far (characters) after a second-level unit the first-level unit holding it may be named
HELD_BY_SPAN = 80


def _units_the_gazetteer_lacks(text: str, folded: str, mentions: list[PlaceMention], gazetteers) -> list[PlaceMention]:
    """A second-level unit framed by its unit word that the gazetteer does not know, in a first-level unit whose
    second-level units the gazetteer lacks (Nigeria's local government areas): that unit, under the name the text
    gives it. Its first-level unit is the one named just after it in its sentence ("Kowa Local Government Area of
    Sokoto State"), else the text's one such unit ("the Kebbi State police ... in Rimi Local Government Area of the
    state")."""
    geo = next((g for g in gazetteers if isinstance(g, GeoGazetteerAdapter)), None)
    unread = lambda m: m.role == "admin2" and (m.entry is None or m.entry.level != "admin2")  # noqa: E731
    if geo is None or not any(unread(m) for m in mentions):
        return mentions
    lacking = [m for m in mentions if m.role == "admin1" and m.entry is not None and m.entry.admin1
               and m.entry.country not in _FOCUS_NAMES and not geo.admin2_units_known(m.entry.country, m.entry.admin1)]
    regions = {(m.entry.country, fold_key(m.entry.admin1)) for m in lacking}
    # (a text that also names a unit of the three countries leaves an unknown unit alone)
    focus_units = any(m.role in ("admin1", "admin2") and m.entry is not None and m.entry.country in _FOCUS_NAMES
                      and m.entry.level in ("admin1", "admin2") for m in mentions)
    out = []
    for m in mentions:
        if unread(m):
            # (a village of the name elsewhere is no reading of a unit: "Kowa Local Government Area" is no village
            # Kowa of Niger)
            end = _sentence_at(text, m.start)[1]
            held = next((u for u in lacking if m.end <= u.start < min(end, m.end + HELD_BY_SPAN)
                         and _HELD_BY.search(folded, m.end, u.start)), None)
            if held is None and len(regions) == 1 and not focus_units:
                held = lacking[0]
            if held is not None:
                region = held.entry
                town = geo.lookup(m.surface, admin1=region.admin1, country=region.country)
                at = town if town is not None and fold_key(town.admin1 or "") == fold_key(region.admin1) else region
                m = PlaceMention(m.start, m.end, m.surface, "admin2", PlaceEntry(
                    m.surface, "admin2", region.country, region.admin1, m.surface, at.latitude, at.longitude, (), None,
                    Provenance("the text's own unit phrase", "")))
        out.append(m)
    return out


#: Burkina Faso's compound regions as a text places an event in the country ("dans le centre-est du Burkina",
#: "in central-eastern Burkina", "le Centre-Nord du pays"): each phrase names one region.
_STATED_REGION = {
    "Centre-Est": r"centre[- ]est|centre[- ]east|center[- ]east|central[- ]eastern|east[- ]central",
    "Centre-Nord": r"centre[- ]nord|centre[- ]north|center[- ]north|central[- ]northern|north[- ]central",
    "Centre-Ouest": r"centre[- ]ouest|centre[- ]west|center[- ]west|central[- ]western|west[- ]central",
    "Centre-Sud": r"centre[- ]sud|centre[- ]south|center[- ]south|central[- ]southern|south[- ]central",
    "Sud-Ouest": r"sud[- ]ouest|south[- ]?west|south[- ]?western",
}
_STATED_REGION_RE = guard(
    r"\b(?:(?P<unit>region\s+(?:du\s+)?)|(?:dans\s+le|du|le|in|the|of)\s+)(?:"
    + "|".join(f"(?P<r{i}>{rx})" for i, rx in enumerate(_STATED_REGION.values()))
    + r")\b(?:(?=\s*(?:region\s+)?(?:(?:du|of|de)\s+(?:the\s+)?)?(?P<country>burkina|pays|country)\b)|(?=\s*[,.;:)\"»]))")
_STATED_REGION_NAMES = tuple(_STATED_REGION)
#: how far (characters) from a place its region may be stated, in the same sentence
STATED_REGION_SPAN = 120


def _by_stated_region(text: str, folded: str, mentions: list[PlaceMention], gazetteers) -> list[PlaceMention]:
    """A village of Burkina Faso read in another region than the one the text states beside it ("à Koulpélogo,
    dans le centre-est du Burkina"; "in X in central-eastern Burkina") is read in the stated region: the
    homonym there when the gazetteer has one, else the village with that region and no finer unit. A village
    the gazetteer lacks takes the stated region too when the phrase names Burkina ("du Burkina"), or says "du
    pays" or names the unit ("la région du Centre-Est") in a text about Burkina Faso alone; a bare "dans le
    centre-est," counts only for a Burkina village."""
    # (start, end, region, whether the phrase names the country: "le centre-est du Burkina", or "du pays" and "la
    # région du Centre-Est" in a text about Burkina Faso alone; not a bare "le centre-est,"). "Le sud-ouest du pays"
    # of a text on Niger, Mali or Chad is none of Burkina's regions.
    found = list(_STATED_REGION_RE.finditer(folded))
    if not found:
        return mentions
    about = _countries_of_text(folded) if any(m.group("unit") or (m.group("country") or "") != "burkina"
                                              for m in found) else set()
    stated = []
    for m in found:
        region = _STATED_REGION_NAMES[int(next(k for k, v in m.groupdict().items() if v and k.startswith("r"))[1:])]
        # a text about no known country: the compound "centre-est", "centre-nord" ... are Burkina's regions' names,
        # but a south-west is any country's
        ours = about == {"Burkina Faso"} or (not about and region != "Sud-Ouest")
        stated.append((m.start(), m.end(), region,
                       m.group("country") == "burkina" or (ours and bool(m.group("country") or m.group("unit")))))
    out = []
    for m in mentions:
        e = m.entry
        near = [(r, told) for s, t, r, told in stated
                if (0 <= s - m.end <= STATED_REGION_SPAN or 0 <= m.start - t <= STATED_REGION_SPAN)
                and _sentence_at(text, m.start) == _sentence_at(text, s)]  # in the place's sentence
        told = [r for r, t in near if t]
        near = [r for r, _t in near]
        if e is None and told and m.role in ("exact", "near", "named"):
            # a village the gazetteer lacks, placed by the text in its region ("à Sawenga, dans le centre-est du
            # Burkina"): the region, no finer unit and no coordinates
            out.append(PlaceMention(m.start, m.end, m.surface, m.role, PlaceEntry(
                m.surface, "locality", "Burkina Faso", told[0], None, None, None, (), None,
                Provenance("sahelwatch.extraction.places", "region stated by the text"))))
            continue
        if e is None or e.country != "Burkina Faso" or e.level != "locality" or not near \
                or fold_key(e.admin1 or "") == fold_key(near[0]):
            out.append(m)
            continue
        there = next((x for g in gazetteers if (x := g.lookup(m.surface, admin1=near[0], country="Burkina Faso"))
                      is not None and fold_key(x.admin1 or "") == fold_key(near[0])), None)
        there = there or replace(e, admin1=near[0], admin2=None, latitude=None, longitude=None)
        out.append(PlaceMention(m.start, m.end, m.surface, m.role, there))
    return out


@lru_cache(maxsize=1)
def _protected_area_patterns() -> tuple[tuple[re.Pattern, tuple[dict, ...], tuple[str, ...]], ...]:
    """Each cross-border park or reserve (the gazetteer's table): one pattern of its folded names, longest
    first, its country parts, and the folded names."""
    from ..geo.gazetteer_data import load_protected_areas

    parts: dict[str, list[dict]] = {}
    for row in load_protected_areas():
        parts.setdefault(row["area"], []).append(row)
    out = []
    for rows in parts.values():
        names = sorted({a for r in rows for a in r["aliases"]}, key=len, reverse=True)
        out.append((re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(fold(n)) for n in names) + r")(?![\w-])"),
                    tuple(rows), tuple(fold(n) for n in names)))
    return tuple(out)


@lru_cache(maxsize=1)
def _protected_area_names_present() -> _Present:
    return _Present(f for _, _, names in _protected_area_patterns() for f in names)


#: a sentence's or clause's bounds, where a park's country is looked for first
_CLAUSE_END = re.compile(r"[.;!?\n]")


def _in_protected_areas(text: str, folded: str, mentions: list[PlaceMention], gazetteers,
                        exclude: list[tuple[int, int]] = ()) -> list[PlaceMention]:
    """A park or reserve that straddles borders ("le parc W", "la Pendjari", "la réserve de Pama") is read as
    the part in the country its clause names, else in the one country among the park's that the text is
    about (named, or the country of its other places), else a park of one country is that country's; with
    several and no clue, it places nothing. The part
    is a 'near' place of level "area" (resolved with less confidence than a village), in the part's admin1
    and, when the part lies in one, its admin2."""
    geo = next((g for g in gazetteers if isinstance(g, GeoGazetteerAdapter)), None)
    if geo is None:
        return mentions
    # a park none of whose names the text holds needs no search (the look-behind makes its pattern try every
    # offset): one pass finds the names the text holds
    present = _protected_area_names_present()(folded)
    found = [(m, rows) for rx, rows, park_names in _protected_area_patterns() if not present.isdisjoint(park_names)
             for m in rx.finditer(folded) if not any(xs < m.end() and m.start() < xe for xs, xe in exclude)]
    if not found:
        return mentions
    names = geo._country_names()
    text_countries = _countries_named(folded) | geo.neighbours_named(folded) | {
        p.entry.country for p in mentions if p.entry is not None and p.role not in ("agency", "dateline")}
    out = list(mentions)
    for m, rows in found:
        s, e = m.span()
        start = max((x.end() for x in _CLAUSE_END.finditer(folded, 0, s)), default=0)
        stop = _CLAUSE_END.search(folded, e)
        clause = folded[start:stop.start() if stop else len(folded)]
        # a country named as a border of the park is not the park's part ("on Benin's side, close to the border
        # with Niger"); of several, the one the text names most
        inland = _BORDER_PHRASE.sub(lambda x: " " * len(x.group()), clause)
        in_clause = (_countries_named(inland) | geo.neighbours_named(inland)) or \
            (_countries_named(clause) | geo.neighbours_named(clause))
        main = _country_in(folded, cues=False) if len(in_clause) > 1 else None
        part = next((r for r in rows if names.get(r["iso3"]) == main and main in in_clause), None) or \
            next((r for r in rows if names.get(r["iso3"]) in in_clause), None)
        if part is None:
            about = [r for r in rows if names.get(r["iso3"]) in text_countries]
            part = about[0] if len(about) == 1 else rows[0] if len(rows) == 1 else None  # one country's own park
        entry = None if part is None else PlaceEntry(
            rows[0]["area"], "area", names[part["iso3"]], _unit_spelling(part["admin1"], "admin1") or part["admin1"],
            _unit_spelling(part["admin2"], "admin2") or part["admin2"], None, None, (), None,
            Provenance("sahelwatch.geo protected areas", part["source_date"]))
        out = [p for p in out if not (p.start < e and s < p.end)]  # the park's name, not a village inside it
        out.append(PlaceMention(s, e, text[s:e], "near", entry))
    return sorted(out, key=lambda p: p.start)


def resolve_location(text: str, folded: str, lang: str, spans: list[tuple[int, int]],
                     exclude: list[tuple[int, int]] = (), gazetteers=None,
                     places: list[PlaceMention] | None = None,
                     others: list[tuple[int, int]] = ()) -> ResolvedLocation:
    """Resolve the event's place from the sentences ``spans`` (most important first), in the units of the
    extraction's own list (see :func:`_in_reported_units`).

    ``places``: the text's :func:`text_places` (with the same ``exclude`` and gazetteers), when
    the caller has already read them. ``others``: the sentences of the text's other events, whose places are theirs."""
    gazetteers = gazetteers or default_gazetteers()
    places = places if places is not None else text_places(text, folded, lang, exclude, gazetteers)
    loc = _resolve_location(text, folded, lang, spans, exclude, gazetteers, places)
    return _in_reported_units(_finer_in_region(text, folded, places, spans, loc, others), gazetteers)


#: the roles of a place that may tell where in its region an event known by its region alone happened
_FINER_ROLES = frozenset(("exact", "near", "named", "bare", "admin2", "commune", "opener"))


def _finer_in_region(text: str, folded: str, mentions: list[PlaceMention], spans: list[tuple[int, int]],
                     loc: ResolvedLocation, others: list[tuple[int, int]] = ()) -> ResolvedLocation:
    """An event placed by its region alone (precision admin1, at the region's capital) whose text names places of that
    region elsewhere ("une attaque dans la région de X", then "... dans la zone de Y, située dans le département de
    Z"; "in the X region", then "the village of Y in Z"): in the admin2 unit of the first such place of the event's own
    sentences, else of the one unit all the text's other places of the region lie in. Places of several units, of a
    sentence about another time or of another event (``others``: its sentences), or the units that gave the region
    itself, refine nothing."""
    if loc.precision != "admin1" or not loc.admin1 or not loc.country:
        return loc
    region = fold_key(loc.admin1)
    unit_of = lambda e: e.admin2 or (e.name if e.level == "admin2" else None)  # noqa: E731
    found = [p for p in _outside_other_times(text, folded, mentions)
             if p.role in _FINER_ROLES and p.entry is not None and p.entry.level != "admin1" and unit_of(p.entry)
             and p.entry.country == loc.country and fold_key(p.entry.admin1 or "") == region
             and not _is_country(p.surface) and (p.start, p.end) not in loc.evidence  # not what gave the region
             and (not any(a <= p.start < b for a, b in others) or any(a <= p.start < b for a, b in spans))]
    own = [p for sp in spans for p in found if sp[0] <= p.start < sp[1]]
    if own:
        p = own[0]
    elif found and len({fold_key(unit_of(q.entry)) for q in found}) == 1:
        p = found[0]
    else:
        return loc
    e = p.entry
    return replace(loc, admin2=unit_of(e), latitude=e.latitude, longitude=e.longitude,
                   precision="admin2" if e.level == "admin2" else "near", evidence=loc.evidence + ((p.start, p.end),))


def _in_reported_units(loc: ResolvedLocation, gazetteers) -> ResolvedLocation:
    """A place in a region created after the units the extraction reports (Mali's 2012-2018 scheme: Ménaka, then
    Taoudénit) is reported in the region it was carved from, and in the old unit of the new region's name when
    there is one (the Ménaka region was the Ménaka cercle of Gao: a place in its Inékar cercle is Gao, Ménaka)."""
    if loc.country is None or loc.admin1 is None:
        return loc
    fb: FallbackGazetteer = next(g for g in gazetteers if isinstance(g, FallbackGazetteer))
    if fb.lookup(loc.admin1, level="admin1", country=loc.country) is not None:
        return loc
    geo = next((g for g in gazetteers if isinstance(g, GeoGazetteerAdapter)), None)
    carved_from = geo.formerly(loc.country, loc.admin1) if geo is not None else None
    old = fb.lookup(carved_from, level="admin1") if carved_from else None
    if old is None:
        return loc
    unit = fb.lookup(loc.admin1, admin1=old.admin1, level="admin2")
    if unit is None and loc.admin2:
        unit = fb.lookup(loc.admin2, admin1=old.admin1, level="admin2")
    return replace(loc, admin1=old.admin1, admin2=unit.admin2 if unit is not None and unit.admin1 == old.admin1 else None)


#: the point of a road named before it ("sur la route de Kaya, à hauteur de X", "sur l'axe A-B, au niveau du
#: village de X"): the road's point is the event's place, not the town the road is named by
_ON_THE_ROAD_AT = guard(_ROAD_POINT + r"(?:(?:village|localite|hameau|pont)\s+(?:de\s+|d'))?$")


#: ... and not for a unit people fled or were taken to ("les rescapés ont fui vers la région de Ségou", "survivors fled
#: to the Segou region"): a place of the story, as where they fled to is (_ELSEWHERE)
_FLED_TO_UNIT = guard(r"\b(?:fui|fuy\w*|fuient|refugi\w*|refuge|deplace\w*|evacue\w*|fled|flee\w*|displaced|shelter\w*|"
                      r"evacuated)\b[^.,;:]{0,30}$")


def _resolve_location(text: str, folded: str, lang: str, spans: list[tuple[int, int]],
                      exclude: list[tuple[int, int]] = (), gazetteers=None,
                      places: list[PlaceMention] | None = None) -> ResolvedLocation:
    """Resolve the event's place from the sentences ``spans`` (most important first), in the gazetteer's units.

    ``places``: the text's :func:`text_places` (with the same ``exclude`` and gazetteers), when
    the caller has already read them."""
    gazetteers = gazetteers or default_gazetteers()
    fb: FallbackGazetteer = next(g for g in gazetteers if isinstance(g, FallbackGazetteer))
    mentions = places if places is not None else text_places(text, folded, lang, exclude, gazetteers)
    in_span = lambda p, sp: sp[0] <= p.start < sp[1]  # noqa: E731
    unplaced: ResolvedLocation | None = None  # an unknown place with no context, while later sentences are read
    for sp in spans:
        ms = [p for p in mentions if in_span(p, sp)]
        if not ms:
            continue
        own = [p for p in ms if p.role in ("admin2", "admin1", "commune")]
        places = [p for p in ms if p.role in ("exact", "near", "bare", "named") and not _is_country(p.surface)]
        if any(u.entry is not None for u in own):
            # "in the commune of Banikoara, far north of the capital Cotonou": a place a direction or a distance is
            # measured from, which lies in none of the sentence's own units, is a reference point, not the event's
            # place (nor its name): the units place the event
            places = [p for p in places if p.entry is None or any(u.entry is not None and _lies_in(p.entry, u) for u in own)
                      or not _is_reference_point(folded, sp, p)]
        # the event place: the first known or prepositional place that is not a container
        prio = {"exact": 0, "near": 0, "named": 1, "bare": 2}
        # "sur la route de Kaya, à hauteur de X", "sur l'axe A-B, au niveau de X": the point of the road is the place
        # "le gouverneur de Tillabéri a condamné l'attaque de Téra": the place an official is titled by comes after
        # every other place of the sentence (it places the event only when no other is told)
        ranked = sorted((p for p in places if not (p.role == "bare" and p.entry is None)),
                        key=lambda p: (prio[p.role] - 2 * (_ON_THE_ROAD_AT.search(folded, max(sp[0], p.start - 80), p.start)
                                                           is not None) + 3 * _officials_place(folded, lang, p), p.start))
        chosen = ranked[0] if ranked else None
        if chosen is not None and chosen.role == "near":
            # "the town of Kaya, 100 km north of Ouagadougou", "à Kaya, à 100 km au nord de Ouagadougou": the
            # distance situates the place named just before it, which is the event's
            chosen = next((q for q in places if q.end <= chosen.start and q.entry is not None
                           and _APPOSED_DISTANCE.match(folded, q.end, chosen.start)), chosen)
        if chosen is None and not own:
            continue  # neither a place nor a unit in this sentence: the next sentence may name the place
        speakers = []
        if chosen is not None and chosen.entry is not None:
            # an official's unit or an armed group's area that holds no place of the chosen name is not the event's
            speakers = [u for u in own if u.entry is not None and _unit_of_speaker(folded, lang, u) and not any(
                (e := g.lookup(chosen.surface, admin1=u.entry.admin1 if u.role == "admin1" else None,
                               admin2=u.entry.name if u.role == "admin2" else None)) is not None and _lies_in(e, u)
                for g in gazetteers)]
            own = [u for u in own if u not in speakers]
            # a unit that another place of the sentence, named after the event's and just before the unit, lies in
            # and the event's place does not, is that place's ("sur la route de Kaya, en escortant un convoi vers
            # Djibo, dans la province du Soum"): it does not contain the event's place
            own = [u for u in own if u.entry is None or _lies_in(chosen.entry, u) or not any(
                q is not chosen and q.entry is not None and chosen.end <= q.start and q.end <= u.start
                and _lies_in(q.entry, u) for q in ms)]
        elif chosen is None and own:
            # "des bandits venus de l'État de Sokoto ont tué dix villageois dans la région de Tahoua", "le gouverneur
            # de la région de Mopti a dit que ... dans la région de Ségou": with no place told, the attackers' origin
            # or an official's unit stands aside for another unit of the sentence (and places the event alone)
            speakers = [u for u in own if u.entry is not None and _unit_of_speaker(folded, lang, u)]
            if any(u.entry is not None and u not in speakers
                   and not _FLED_TO_UNIT.search(folded, max(sp[0], u.start - 50), u.start) for u in own):
                own = [u for u in own if u not in speakers]
            else:
                speakers = []
        # later foreground sentences may give the containers too; a unit named in another sentence, or a
        # region with a generic name ("the Sahel region"), never overrides a known place of this sentence
        others = [p for p in mentions if p.role in ("admin2", "admin1", "commune") and p not in own
                  and p not in speakers and any(in_span(p, s2) for s2 in spans)]
        containers = [p for p in own + others
                      if (p in own and fold_key(p.surface) not in _GENERIC_UNIT_NAMES) or _fits(chosen, p, gazetteers)]
        # a unit of another sentence never overrides this sentence's own region ("une attaque dans la région
        # de Tahoua" is not placed in a commune of Tillabéri that a later sentence names)
        own_regions = {(p.entry.country, fold_key(p.entry.admin1 or "")) for p in containers
                       if p in own and p.entry is not None}
        if own_regions:
            containers = [p for p in containers if p in own or p.entry is None
                          or (p.entry.country, fold_key(p.entry.admin1 or "")) in own_regions]
        a2 = next((p for p in containers if p.role == "admin2" and p.entry is not None), None)
        a1 = next((p for p in containers if p.role == "admin1"), None)
        commune = next((p for p in containers if p.role == "commune" and p.entry is not None), None)
        if a1 is not None and a2 is None and fb.lookup(a1.surface, level="admin1") is None and \
                fb.lookup(a1.surface, level="admin2") is not None:
            a1 = PlaceMention(a1.start, a1.end, a1.surface, "admin2", fb.lookup(a1.surface, level="admin2"))
            a2 = a1  # "région de Ménaka": a region today, a cercle of Gao in the 2012-2018 scheme
            a1 = None
        ctx_admin2 = a2.entry if a2 else (_admin2_unit(commune.entry, gazetteers) if commune and commune.entry.admin2 else None)
        ctx_admin1 = ctx_admin2.admin1 if ctx_admin2 else (a1.entry.admin1 if a1 and a1.entry else None)
        # the region's entry: the extraction's own list, else the gazetteer's (a neighbour's region)
        region = (fb.lookup(ctx_admin1, level="admin1") or (a1.entry if a1 is not None else None)) if ctx_admin1 else None
        evidence = [(p.start, p.end) for p in (a2, a1, commune) if p is not None]
        # an unknown place next to a known one ("In-Khalil, près de Tessalit"): use the known one's units
        ref = None
        if chosen is not None and chosen.entry is None:
            ref = next((p for p in ranked if p is not chosen and p.entry is not None and p.entry.level != "admin1"), None)
        if chosen is None and not (ctx_admin2 or ctx_admin1):
            continue
        if chosen is not None:
            entry = chosen.entry
            if entry is not None and (ctx_admin2 or ctx_admin1):
                better = None
                for g in gazetteers:
                    better = g.lookup(chosen.surface, admin1=ctx_admin1, admin2=ctx_admin2.name if ctx_admin2 else None)
                    if better is not None:
                        break
                entry = better or entry
                if ctx_admin2 and not entry.admin2 and entry.level == "locality" and entry.country == ctx_admin2.country \
                        and fold_key(entry.admin1 or "") == fold_key(ctx_admin2.admin1 or ""):
                    entry = replace(entry, admin2=ctx_admin2.admin2 or ctx_admin2.name)  # GeoNames gives no admin2
                if ctx_admin2 and (not entry.admin2 or fold_key(entry.admin2) != fold_key(ctx_admin2.name)):
                    entry = None  # the gazetteer's place of that name lies elsewhere: trust the context
            if entry is not None and ctx_admin1 and fold_key(entry.admin1 or "") != fold_key(ctx_admin1):
                entry = None
            # a reference point stays the place only as the point the event is near ("far north of the capital X")
            precision = "near" if chosen.role == "near" or _is_reference_point(folded, sp, chosen) else "exact"
            conf = (0.7 if entry.level == "area" else 0.85) if entry is not None else 0.6
            if entry is not None and entry.level == "locality" and not entry.admin2:
                # "In-Khalil, près de Tessalit": a village GeoNames knows without its cercle takes
                # the cercle of a known place named beside it in the same region
                near_ref = next((p.entry for p in ranked if p is not chosen and p.entry is not None
                                 and p.entry.level != "admin1" and p.entry.admin2 and p.entry.country == entry.country
                                 and fold_key(p.entry.admin1 or "") == fold_key(entry.admin1 or "")), None)
                if near_ref is not None:
                    entry = replace(entry, admin2=near_ref.admin2)
            if entry is not None:
                if entry.level == "admin1":
                    return _at_capital(fb, entry, chosen.surface, entry.country, entry.admin1, 0.6,
                                       tuple([(chosen.start, chosen.end)] + evidence))
                return ResolvedLocation(chosen.surface, entry.country, entry.admin1, entry.admin2, entry.latitude,
                                        entry.longitude, precision, conf, tuple([(chosen.start, chosen.end)] + evidence))
            if ctx_admin2 is None and ref is not None:
                r = ref.entry
                return ResolvedLocation(chosen.surface, r.country, r.admin1, r.admin2, r.latitude, r.longitude,
                                        "near", 0.65, ((chosen.start, chosen.end), (ref.start, ref.end), *evidence))
            if ctx_admin2 is not None:
                e2 = ctx_admin2 if commune is None or a2 is not None else commune.entry
                return ResolvedLocation(chosen.surface, ctx_admin2.country, ctx_admin2.admin1, ctx_admin2.admin2,
                                        e2.latitude, e2.longitude, "near" if e2 is not ctx_admin2 else "admin2", 0.7,
                                        tuple([(chosen.start, chosen.end)] + evidence))
            if ctx_admin1 is not None:
                ent1 = region
                return _at_capital(fb, ent1, chosen.surface, ent1.country if ent1 else None, ctx_admin1, 0.5,
                                   tuple([(chosen.start, chosen.end)] + evidence))
            # an unknown place with no context: keep its name, unless a later sentence places the event
            if unplaced is None:
                # no coordinates and no units: never "exact"; a name the gazetteer knows abroad (a neighbour's town
                # the text does not name that country for) takes its country from named countries only, no cue
                abroad = any(g.lookup(chosen.surface) is not None for g in gazetteers if isinstance(g, GeoGazetteerAdapter))
                country = _country_in(folded, cues=not abroad, spans=spans)
                unplaced = ResolvedLocation(chosen.surface, country, None, None, None, None,
                                            "country" if country else None, 0.3, ((chosen.start, chosen.end),))
            continue
        if ctx_admin2 is not None:
            e2 = ctx_admin2
            return ResolvedLocation(e2.name, e2.country, e2.admin1, e2.admin2, e2.latitude, e2.longitude, "admin2",
                                    0.6, tuple(evidence))
        ent1 = region
        return _at_capital(fb, ent1, ent1.name if ent1 else ctx_admin1, ent1.country if ent1 else None, ctx_admin1,
                           0.5, tuple(evidence))
    if unplaced is not None:
        # a village the gazetteer does not know, in the one region the text's units or the event's direction of
        # the country name ("à Kobo dans le canton de ..." after "la préfecture de X, dans la région des Savanes")
        region = _region_of_text(mentions, spans, fb, finer=(text, folded)) \
            or _region_by_direction(text, folded, spans, unplaced.country, fb)
        if region is not None and unplaced.country in (None, region.country):
            return replace(region, name=unplaced.name, evidence=unplaced.evidence + region.evidence)
        return unplaced
    town = _the_town_named_back(folded, mentions, spans, fb)
    if town is not None:
        return town
    opened = _opener_place(folded, mentions, spans, fb)
    if opened is not None:
        return opened
    told = _place_told_elsewhere(text, folded, lang, mentions, spans, fb)
    if told is not None:
        return told
    # where people fled to or a statement was made, in the event's own sentences: near the event more often
    # than not (the refuge is the nearest town), read only when nothing else places it
    aside = next((p for sp in spans for p in mentions if p.role == "elsewhere" and p.entry is not None
                  and sp[0] <= p.start < sp[1] and not _is_country(p.surface)), None)
    if aside is not None:
        return _located(fb, aside, 0.35)
    seat = _at_seat_of_power(folded, spans, fb)
    if seat is not None:
        return seat
    country = _country_in(folded, spans=spans)
    region = _region_of_text(mentions, spans, fb) or _region_by_direction(text, folded, spans, country, fb) \
        or _region_of_places(text, folded, mentions, spans, country, fb)
    if region is not None:
        return region
    # the capital a source of the event's own sentences speaks from ("police fired on protesters, officials in
    # Bamako said"), when nothing else places the event: where the news was told is then the likeliest place, not
    # when those sentences put the event in a part of the country or the capital in another country than the text's
    told_from = next((p for sp in spans for p in mentions if p.role == "source" and p.entry is not None
                      and sp[0] <= p.start < sp[1]), None)
    if told_from is not None and country in (None, told_from.entry.country) \
            and not any(_PART_OF_COUNTRY.search(folded, a, b) for a, b in spans):
        return _located(fb, told_from, 0.35)
    if country:
        return ResolvedLocation(None, country, None, None, None, None, "country", 0.3, ())
    return EMPTY


# A unit named as an official's ("le gouverneur de la région de Mopti", "le haut-commissaire de la province du Soum",
# "the governor of the Gao region", "the Mopti region governor") or as the area an armed group is active in ("le
# groupe, actif dans la région de Mopti", "jihadists who operate in the Gao region"): who speaks or who acts, which
# need not hold the event's place. It stands aside for a place of the sentence the gazetteer knows in no such unit.
_UNIT_OF_SPEAKER_BEFORE = {
    "fr": guard(r"\b(?:(?:gouverneure?|prefete?|haut-commissaire|haute?s?-commissaires?|administrateur|directeur|"
                r"directrice|president|presidente)(?:\s+(?:adjointe?|regionale?|provinciale?))?"
                r"|(?:actif|active|actifs|actives|opere|operent|operant|sevit|sevissent|sevissant|implantee?s?|present|"
                r"presente?s?)(?:\s+(?:surtout|notamment|principalement|aussi|egalement))?\s+(?:dans|en)"
                # where the attackers came from ("des assaillants venus de la région de Mopti")
                r"|(?:venue?s?|arrivee?s?|en\s+provenance|infiltree?s?)(?:\s+depuis)?"
                # a state's police ("la police de l'État de Borno", "le commissaire de police de l'État de Kano")
                r"|police)"
                r"\s+(?:de\s+la\s+|du\s+|de\s+l'|des\s+|la\s+|le\s+|l')"
                r"(?:region|province|cercle|departement|prefecture|etat)s?\s+(?:de\s+la\s+|de\s+l'|de\s+|d'|du\s+|des\s+)?"
                r"(?:boucle\s+du\s+)?$"),
    "en": guard(r"\b(?:(?:governor|prefect|high\s+commissioner|administrator)\s+of|"
                r"(?:active|operat(?:e|es|ing)|present|entrenched)(?:\s+(?:mainly|mostly|largely|also|chiefly))?\s+in|"
                # where the attackers came from ("bandits who fled from Katsina State")
                r"(?:fled|came|coming|crossed(?:\s+over)?|infiltrated|arrived|arriving)\s+from(?:\s+neighbou?ring)?)"
                r"\s+(?:the\s+)?(?:(?:region|province|circle|cercle|department|district)\s+of\s+)?(?:boucle\s+du\s+)?$"),
}
_UNIT_OF_SPEAKER_AFTER = re.compile(r"(?:['’]s)?\s+(?:(?:region|province|department|district|circle|cercle|state)(?:al)?\s+)?"
                                    r"(?:governor|prefect|(?:high\s+)?commissioner|administrator|government|"
                                    r"police\s+(?:command|commissioner|spokes(?:man|woman|person)|chief|public\s+relations))\b")


#: ... unless the official is the one the event struck ("le convoi du gouverneur de la région de X", "the convoy of the
#: governor of X", "the X governor's convoy"): the official's unit is then the event's
_OFFICIAL_STRUCK_BEFORE = re.compile(r"\b(?:convoi|escorte|cortege|vehicule|delegation|residence|domicile|gardes?|"
                                     r"convoy|escort|motorcade|vehicle|residence|home|bodyguards?|guards?)\s+"
                                     r"(?:du\s+|de\s+la\s+|de\s+l'|of\s+(?:the\s+)?)$")
_OFFICIAL_STRUCK_AFTER = re.compile(r"['’]s\s+(?:convoy|escort|motorcade|vehicle|residence|home|bodyguards?|guards?)\b")


def _titled_by(folded: str, lang: str, p: PlaceMention, before: dict, window: int) -> bool:
    """Whether ``p`` is named by a title read in the ``window`` characters before it (``before``, per language) or,
    in English, by a title after it ("the Tahoua governor"), and the titled one is not the one the event struck."""
    lang = lang if lang in before else "fr"
    m = before[lang].search(folded, max(0, p.start - window), p.start)
    if m is not None:
        return _OFFICIAL_STRUCK_BEFORE.search(folded, max(0, m.start() - 40), m.start()) is None
    after = _UNIT_OF_SPEAKER_AFTER.match(folded, p.end) if lang == "en" else None
    return after is not None and _OFFICIAL_STRUCK_AFTER.match(folded, after.end()) is None


def _unit_of_speaker(folded: str, lang: str, p: PlaceMention) -> bool:
    """Whether the unit ``p`` is named as an official's or as an armed group's area (see above)."""
    return _titled_by(folded, lang, p, _UNIT_OF_SPEAKER_BEFORE, 90)


#: the place an official is titled by, with no unit word ("le gouverneur de Tillabéri", "le maire de Djibo", "the
#: governor of Tahoua", "the Tahoua governor")
_OFFICIALS_PLACE_BEFORE = {
    "fr": guard(r"\b(?:gouverneure?|(?:sous-)?prefete?|haute?-commissaire|maire|administrateur|administratrice)s?"
                r"\s+(?:de\s+l'|de\s+la\s+|de\s+|d'|du\s+)$"),
    "en": guard(r"\b(?:governor|(?:sub-)?prefect|high\s+commissioner|mayor|administrator)s?\s+of\s+(?:the\s+)?$"),
}


def _officials_place(folded: str, lang: str, p: PlaceMention) -> bool:
    """Whether the place ``p`` is named only as the place an official is titled by (not the official the event struck)."""
    return _titled_by(folded, lang, p, _OFFICIALS_PLACE_BEFORE, 40)


def _lies_in(place: PlaceEntry, unit: PlaceMention) -> bool:
    """Does ``place`` lie in the admin unit ``unit`` names (by the unit's admin1, or admin2 for an admin2)?"""
    u = unit.entry
    if place.country != u.country:
        return False
    if unit.role == "admin1" or u.level == "admin1":
        return fold_key(place.admin1 or "") == fold_key(u.admin1 or "")
    return fold_key(place.admin2 or "") == fold_key(u.admin2 or u.name)


def _admin2_unit(place: PlaceEntry, gazetteers) -> PlaceEntry | None:
    """The admin2 unit a place lies in: the extraction's own list's, else the gazetteer's (a neighbour's commune
    or prefecture: Benin's "commune de Kérou" is the commune of Kérou, Atacora)."""
    fb = next(g for g in gazetteers if isinstance(g, FallbackGazetteer))
    return fb.admin2_entry(place.country, place.admin2) or next(
        (u for g in gazetteers if not isinstance(g, FallbackGazetteer)
         and (u := g.lookup(place.admin2, level="admin2", country=place.country)) is not None
         and fold_key(u.admin1 or "") == fold_key(place.admin1 or "")), None)


def _region_of_text(mentions: list[PlaceMention], spans: list[tuple[int, int]],
                    fb: FallbackGazetteer, finer: tuple[str, str] | None = None) -> ResolvedLocation | None:
    """When no sentence of the event names a place, the one region that the text's units framed by a unit
    word lie in ("cette région du Centre-Nord", "la province du Soum" further down): at the region's capital,
    with little confidence. Units of several regions place nothing. ``finer`` (the text, folded text), for a village the
    gazetteer does not know: the one admin2 unit among them too (the text's units frame where that village is),
    and no unit of a sentence about another time."""
    units = [p for p in mentions if p.role in ("admin1", "admin2") and p.entry is not None and p.entry.admin1]
    if finer is not None:
        units = _outside_other_times(*finer, units)
    regions = {(p.entry.country, fold_key(p.entry.admin1)) for p in units}
    if len(regions) != 1 or not spans:
        return None
    p = units[0]
    e = p.entry
    evidence = tuple((u.start, u.end) for u in units)
    admin2 = [u.entry for u in units if u.role == "admin2" and u.entry.level == "admin2"] if finer else []
    if len({fold_key(u.admin2 or u.name) for u in admin2}) == 1:  # "la préfecture de X, dans la région de Y": X
        u = admin2[0]
        return ResolvedLocation(u.name, u.country, u.admin1, u.admin2 or u.name, u.latitude, u.longitude, "admin2",
                                0.35, evidence)
    region = fb.lookup(e.admin1, level="admin1", country=e.country) or (e if e.level == "admin1" else None)
    return _at_capital(fb, region, e.admin1, e.country, e.admin1, 0.35, evidence)


#: a sentence about another time than the event's: a year alone ("In 2019, a raid near ...", "depuis 2015"; not a
#: date's year, "le 15 juillet 2022"), last year, an earlier attack
_OTHER_TIME_SENTENCE = re.compile(r"\b(?:in|en|since|depuis|until|jusqu'en|by|from)\s+(?:19|20)\d\d\b"
                                  r"|\blast (?:year|month|week)\b|\bl'an(?:nee)? (?:dernier|derniere|passee?)\b"
                                  r"|\b(?:previous|earlier|precedente?s?|anterieure?s?)\b")


def _outside_other_times(text: str, folded: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """The mentions that are not in a sentence about another time than the event's."""
    if not mentions:
        return mentions
    background = [(s, e) for s, e in _sentence_spans(text) if _OTHER_TIME_SENTENCE.search(folded, s, e)]
    return [p for p in mentions if not any(s <= p.start < e for s, e in background)]


def _region_of_places(text: str, folded: str, mentions: list[PlaceMention], spans: list[tuple[int, int]], country: str | None,
                      fb: FallbackGazetteer) -> ResolvedLocation | None:
    """When neither the event's sentences nor a unit word places the event: the one region that the text's
    places introduced by a preposition lie in (a lead that says "a village in northern Togo", a later sentence
    "struck near Mandouri"), in the text's country, with little confidence: at that place when the text
    names one only, else at the region's capital. Places in several regions, or none, place nothing; a place
    named bare, where people fled to or a statement was made, or a dateline, never counts."""
    placed = [p for p in mentions if p.role in ("exact", "near", "named") and p.entry is not None and p.entry.admin1
              and not _is_country(p.surface) and fold_key(p.surface) not in _GENERIC_UNIT_NAMES
              and (country is None or p.entry.country == country)]
    placed = _outside_other_times(text, folded, placed)
    if not placed or not spans or len({(p.entry.country, fold_key(p.entry.admin1)) for p in placed}) != 1:
        return None
    if len({fold_key(p.entry.name) for p in placed}) == 1:
        return _located(fb, placed[0], 0.3)
    e = placed[0].entry
    region = fb.lookup(e.admin1, level="admin1", country=e.country) or (e if e.level == "admin1" else None)
    return _at_capital(fb, region, e.admin1, e.country, e.admin1, 0.3, tuple((p.start, p.end) for p in placed))


#: Regions named after a direction of their country: Burkina Faso's "east of the country" ("l'est du pays",
#: "eastern Burkina Faso") is its Est region. North, south, west and centre are left out: several regions
#: lie there (the north of Burkina is the Nord and the Sahel). Togo's Savanes region runs along the whole
#: northern border, so the far north and both northern corners of Togo are in it; the Kara lies south of it,
#: away from the borders with Burkina Faso, and the north of Togo where armed groups strike from across those
#: borders is the Savanes ("le nord du Togo", "northern Togo", "Togo's far northwest"). Benin's north-west is
#: the Atacora department, its far north and north-east the Alibori.
_FAR_NORTH = r"extreme[- ]nord|far[- ]north|(?:extreme )?nord[- ]est|north[- ]?east(?:ern)?"
_DIRECTION_REGIONS = {
    "Burkina Faso": (r"burkina(?: faso)?", (
        ("Centre-Nord", r"centre[- ]nord|north[- ]central|(?:centre|center|central)[- ]north(?:ern)?"),
        ("Centre-Est", r"centre[- ]est|east[- ]central|(?:centre|center|central)[- ]east(?:ern)?"),
        ("Centre-Ouest", r"centre[- ]ouest|west[- ]central|(?:centre|center|central)[- ]west(?:ern)?"),
        ("Sud-Ouest", r"sud[- ]ouest|south[- ]?west(?:ern)?"),
        ("Est", r"est|east(?:ern)?"),
    )),
    "Togo": (r"togo", (("Savanes", rf"{_FAR_NORTH}|(?:(?:extreme|far)[- ])?(?:nord(?:[- ]ouest)?|north(?:[- ]?west)?(?:ern)?)"),)),
    "Benin": (r"benin", (("Atacora", r"(?:extreme )?nord[- ]ouest|north[- ]?west(?:ern)?"), ("Alibori", _FAR_NORTH))),
}
_DIRECTION_OF = {c: [(name, re.compile(
    # ("the central-eastern part of Burkina Faso", "l'est de Burkina Faso")
    rf"\b(?:(?:l'|le |the |in the |dans l'|dans le )(?:{rx})(?:\s+(?:part|region|area|zone))?\s+"
    rf"(?:du pays|of the country|(?:du|de|of) {own})"
    rf"|(?:{rx})\s+{own}|{own}['’]s\s+(?:{rx})"
    # a direction alone in a text about the country ("in the northwest near the border", "dans l'est"), not one
    # of another country or place ("the east of Mali", "au nord de Dori")
    rf"|(?:in the |dans l'|dans le )(?:{rx})(?![\w-])(?!\s+(?:of|du|de|d')\b))\b"))
    for name, rx in rows] for c, (own, rows) in _DIRECTION_REGIONS.items()}


#: a direction read as where something happened: after "in", "dans", "au", "near", or written "in the ..."
_WHERE_BEFORE = re.compile(r"\b(?:in|dans|au|en|near|pres de)\s+(?:the\s+|le\s+|la\s+|l')?$")


def _region_by_direction(text: str, folded: str, spans: list[tuple[int, int]], country: str | None,
                         fb: FallbackGazetteer) -> ResolvedLocation | None:
    """An event its sentences place only by a direction of the country ("dans l'est du pays", "in eastern
    Burkina Faso"), where that direction names one region: that region, at its capital, with little
    confidence."""
    if country not in _DIRECTION_OF or not spans:
        return None
    # only the event's own sentences, and within each only a clause of the event, not one after "après",
    # "depuis", "since" ...; a sentence after the event's first gives a direction only as where something
    # happened ("... in northern Togo", "dans le nord du pays"), never as a remark ("l'est du pays est le plus
    # touché")
    for i, (s, e) in enumerate(_sentences_within(text, spans)):
        for name, rx in _DIRECTION_OF[country]:
            m = rx.search(folded, s, e)
            if m is not None and (i == 0 or m.group().startswith(("in ", "dans "))
                                  or _WHERE_BEFORE.search(folded, max(s, m.start() - 14), m.start())):
                clause = max(folded.rfind(c, s, m.start()) for c in ",;:(") + 1 or s
                if not _ANOTHER_TIME.search(folded, clause, m.start()):
                    region = fb.lookup(name, level="admin1", country=country)
                    return _at_capital(fb, region, name, country, name, 0.3, ((m.start(), m.end()),))
    return None


#: a clause about another time or a usual state of things than the event's: an earlier attack, a background
_ANOTHER_TIME = re.compile(r"\b(?:apres|depuis|comme|avant|after|since|as|like|before|following)\b")


#: what follows a headline's place that is the speaker or the scene of a reaction, not of the event: "X :" or
#: "X -" and a statement, or a statement verb ("Bamako dénonce", "Niamey condemns", "Ouagadougou says")
_STATEMENT_VERB = (r"(?:denonce|condamne|annonce|affirme|declare|dement|accuse|appelle|reagit|salue|promet|"
                   r"condemns?|says?|said|announces?|denounces?|denies|accuses?|vows?|reacts?|pledges?|calls?)\b")
_REACTS_AFTER = re.compile(
    r"\s*(?:[:\u2013\u2014-]\s*(?:(?:le|la|les|l'|the)\s*)?(?:gouvernement|government|autorites|authorities|"
    r"president|ministre|minister|ministere|ministry|junte|junta)\b|(?:[:\u2013\u2014-]\s*)?"
    + _STATEMENT_VERB + r")")
#: the lead's own direction within the country ("dans le nord-est du pays", "in the west of the country"): the
#: event lies there, not in the capital a headline names
_DIRECTION_OF_COUNTRY = re.compile(
    r"\b(?:(?:nord|sud)(?:-(?:est|ouest))?|est|ouest|centre)\s+du\s+pays\b"
    r"|\b(?:(?:north|south)(?:[- ]?(?:east|west))?|east|west|centre|center)(?:ern)?\s+(?:part\s+)?of\s+the\s+country\b")

#: how far into the text the event's sentence may start for the headline to be about it (the lead's
#: event, not one told further down)
_LEAD_WITHIN = 700
#: a later sentence that points back at the event ("cette attaque à Ber", "this attack near Boni")
_BACK_TO_EVENT = {
    "fr": re.compile(r"\b(?:cette|cet|ladite)\s+(?:attaque|embuscade|assaut|incursion|explosion|frappe|tuerie|"
                     r"massacre|offensive|operation)\b"),
    "en": re.compile(r"\b(?:this|that|the same)\s+(?:attack|ambush|assault|raid|strike|explosion|massacre|"
                     r"killing|offensive|operation)s?\b"),
}


def _place_told_elsewhere(text: str, folded: str, lang: str, mentions: list[PlaceMention],
                          spans: list[tuple[int, int]], fb: FallbackGazetteer) -> ResolvedLocation | None:
    """When the event's sentences name no place: the known place of the headline ("31 soldats tués à
    Tessit", then a lead that says only "dans le nord-est"), when the event is the lead's; else of the
    first later sentence that points back at the event ("le bilan de cette attaque à Ber"). Read as
    "near" and with less confidence than a place of the event's own sentence."""
    if not spans:
        return None
    usable = [p for p in mentions if p.entry is not None and p.role in ("exact", "near", "named", "bare")
              and not _is_country(p.surface)]
    if not usable:
        return None
    if spans[0][0] <= _LEAD_WITHIN:
        # a place of the headline: text_places read it where ``text`` itself is blank (page furniture)
        p = next((p for p in usable if p.end <= spans[0][0] and not text[p.start : p.end].strip()), None)
        if p is not None and not (p.entry.name in _CAPITALS.values()
                                  and any(_DIRECTION_OF_COUNTRY.search(folded, a, b) for a, b in spans)):
            # (a capital is no part of "the north-east of the country" the lead places the event in)
            return _located(fb, p, 0.45)
    rx = _BACK_TO_EVENT.get(lang)
    if rx is None:
        return None
    for s, e in _sentence_spans(text):
        if s < spans[0][0] or any(a <= s < b for a, b in spans):
            continue
        cue = rx.search(folded, s, e)
        if cue is None:
            continue
        p = next((p for p in usable if cue.end() <= p.start < min(e, cue.end() + 40) and p.role != "bare"), None)
        if p is not None:
            return _located(fb, p, 0.5)
    return None


#: a building of the capital that an event's own sentence names as where it happens: an embassy (not one of
#: the three countries' own, which lie abroad), the presidential palace
_SEAT_OF_POWER = guard(
    r"\b(?:ambassades?|embassy|embassies|chancellerie|palais presidentiel|palais de koulouba|palais de kosyam|"
    r"presidential palace|presidency building)\b(?!\s+(?:du |de |of )(?:the )?(?:mali|burkina|niger)\b)")
_CAPITALS = {"Mali": "Bamako", "Burkina Faso": "Ouagadougou", "Niger": "Niamey"}


def _at_seat_of_power(folded: str, spans: list[tuple[int, int]], fb: FallbackGazetteer) -> ResolvedLocation | None:
    """An event whose own sentences name no place but a building of the capital where it happens ("des
    manifestants ont incendié une partie de l'ambassade", "gunmen fired on the presidential palace"): the
    capital of the country the text is about, with less confidence than a named place. An act with no such
    building (an arrest by the security services, a decree) is not placed in the capital."""
    for s, e in spans:
        m = _SEAT_OF_POWER.search(folded, s, e)
        if m is None:
            continue
        country = _country_in(folded, spans=spans)
        cap = fb.lookup(_CAPITALS[country]) if country in _CAPITALS else None
        if cap is None:
            return None
        return ResolvedLocation(cap.name, cap.country, cap.admin1, cap.admin2, cap.latitude, cap.longitude, "near",
                                0.45, ((m.start(), m.end()),))
    return None


#: the town an earlier sentence named, pointed back at ("enlevées dans la ville", "in the town", "dans la même ville")
_TOWN_NAMED_BACK = guard(r"\b(?:(?:dans|a)\s+la\s+(?:meme\s+)?ville|in\s+the\s+(?:same\s+)?(?:city|town))\b")


def _the_town_named_back(folded: str, mentions: list[PlaceMention], spans: list[tuple[int, int]],
                         fb: FallbackGazetteer) -> ResolvedLocation | None:
    """An event whose own sentences name no place but "the town" ("trois commerçants enlevés dans la ville"):
    the last town named before it (a known place that is no unit, region or country), as "near"."""
    for s, e in spans:
        m = _TOWN_NAMED_BACK.search(folded, s, e)
        if m is None:
            continue
        before = [p for p in mentions if p.end <= m.start() and p.entry is not None and p.entry.level != "admin1"
                  and p.role in ("exact", "near", "named", "bare") and not _is_country(p.surface)]
        return _located(fb, before[-1], 0.5) if before else None
    return None


def _located(fb: FallbackGazetteer, p: PlaceMention, confidence: float) -> ResolvedLocation:
    """A known place named outside the event's sentences, as the event's place ("near")."""
    e = p.entry
    if e.level == "admin1":
        return _at_capital(fb, e, p.surface, e.country, e.admin1, confidence, ((p.start, p.end),))
    return ResolvedLocation(p.surface, e.country, e.admin1, e.admin2, e.latitude, e.longitude, "near", confidence,
                            ((p.start, p.end),))


def _at_capital(fb: FallbackGazetteer, region: PlaceEntry | None, name: str | None, country: str | None,
                admin1: str | None, confidence: float, evidence: tuple) -> ResolvedLocation:
    """An event known only by its region, placed at the region's capital (precision ``admin1``)."""
    cap = fb.capital_of(region) if region is not None else None
    return ResolvedLocation(name, country, admin1, cap.admin2 if cap else None, cap.latitude if cap else None,
                            cap.longitude if cap else None, "admin1", confidence, evidence)


#: a part of a country the event's sentence places it in: "the north of the country", "in northern Burkina Faso",
#: "dans le nord du Mali", "au nord-est du Niger", "l'est du pays"
_PART_OF_COUNTRY = re.compile(
    _DIRECTION_OF_COUNTRY.pattern
    + r"|\b(?:far[- ])?(?:northern|southern|eastern|western|central|(?:north|south)-?(?:east|west)ern)\s+"
      r"(?:burkina|mali\b|niger\b)"
    + r"|\b(?:nord|sud|est|ouest|centre)(?:-(?:est|ouest|nord))?\s+(?:du\s+|de\s+la\s+|de\s+l'|d')\s*"
      r"(?:burkina|mali\b|niger\b)")


def _opener_place(folded: str, mentions: list[PlaceMention], spans: list[tuple[int, int]],
                  fb: FallbackGazetteer) -> ResolvedLocation | None:
    """When no sentence places the event, the known place opening its line ("Gao : deux soldats ...",
    a roundup's "Ménaka - ..."), else the last one opening a line before it: read with less confidence
    and as "near", since the line tells where, not exactly where. An agency's dateline never stands in
    (the town where the story was filed, often a capital far from the event)."""
    known = [p for p in mentions if p.role == "opener" and p.entry is not None and not _is_country(p.surface)]
    if not known or not spans:
        return None
    p = next((p for sp in spans for p in known if sp[0] <= p.start < sp[1]), None)
    if p is None:
        p = next((p for p in reversed(known) if p.start < spans[0][0]), None)
    if p is None:
        return None
    if p.entry.name in _CAPITALS.values() and any(_PART_OF_COUNTRY.search(folded, a, b) for a, b in spans):
        # "Ouagadougou - ... killed in northern Burkina Faso": the capital heads the story; the event's own
        # sentence puts it in a part of the country
        return None
    return _located(fb, p, 0.4 if p.entry.level == "admin1" else 0.5)


def _fits(chosen: PlaceMention | None, unit: PlaceMention, gazetteers) -> bool:
    """Whether ``unit`` (a container) may place ``chosen``: always when the place is unknown, a region
    itself, or only a name written without a preposition; else when the place lies in the unit, or a place
    of that name does."""
    if chosen is None or chosen.entry is None or chosen.entry.level == "admin1" or unit.entry is None \
            or chosen.role == "bare":
        return True

    def inside(e: PlaceEntry) -> bool:
        u = unit.entry
        if e.country != u.country:
            return False
        if unit.role == "admin1" or u.level == "admin1":
            return fold_key(e.admin1 or "") == fold_key(u.admin1 or u.name)
        unit_admin2 = u.admin2 or u.name
        return fold_key(e.admin2 or "") == fold_key(unit_admin2) if e.admin2 else \
            fold_key(e.admin1 or "") == fold_key(u.admin1 or "")

    if inside(chosen.entry):
        return True
    admin1 = unit.entry.admin1 if unit.role == "admin1" or unit.entry.level == "admin1" else None
    admin2 = None if admin1 else unit.entry.admin2 or unit.entry.name
    for g in gazetteers:
        e = g.lookup(chosen.surface, admin1=admin1, admin2=admin2)
        if e is not None and inside(e):
            return True
    return False
