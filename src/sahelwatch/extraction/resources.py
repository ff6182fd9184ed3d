"""Curated reference data for extraction, loaded from the versioned YAML files in
``extraction/data`` into immutable objects. Each entry keeps its provenance.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources as _res
from types import MappingProxyType
from typing import Callable, Mapping

from ..errors import SahelwatchError
from ..yamlio import load_yaml
from .prefilter import GuardSet, holds_one, literal_hits, required_literals

_DATA = "sahelwatch.extraction.data"


class ResourceError(SahelwatchError):
    """A curated data file is missing or malformed."""


def _load(name: str) -> dict:
    try:
        text = _res.files(_DATA).joinpath(name).read_text(encoding="utf-8")
    except FileNotFoundError as e:  # pragma: no cover - packaging error
        raise ResourceError(f"extraction data file missing: {name}") from e
    data = load_yaml(text)
    if not isinstance(data, dict) or "groups" not in data:
        raise ResourceError(f"{name}: expected a mapping with 'groups'")
    for g in data["groups"]:
        if not g.get("source") or not g.get("date"):
            raise ResourceError(f"{name}: every group needs a source and a date (provenance)")
    return data


@dataclass(frozen=True, slots=True)
class Provenance:
    source: str
    date: str


#: from this many patterns on, a cue tests their literals in one pass
_ONE_PASS_FROM = 6


@dataclass(frozen=True, slots=True)
class CueSet:
    """The compiled patterns of one cue (e.g. ``suicide``) for one language."""

    name: str
    lang: str
    patterns: tuple[re.Pattern, ...]
    provenance: Provenance
    #: per pattern, the strings one of which every match of it holds (:func:`.prefilter.required_literals`;
    #: empty when none is known): a text without them is not searched, which costs a few substring tests
    #: instead of a regular-expression pass
    literals: tuple[tuple[str, ...], ...] = ()
    #: per pattern, the test of whether a text holds one of its literals (:func:`.prefilter.holds_one`),
    #: built from ``literals``
    holds: tuple = field(default=(), init=False, repr=False, compare=False)
    #: a cue of many patterns: their literals tested in one pass over the text (:class:`.prefilter.GuardSet`),
    #: instead of one test per pattern; None for a cue of a few patterns
    guards: GuardSet | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self):
        lits = self.literals or ((),) * len(self.patterns)
        object.__setattr__(self, "holds", tuple(holds_one(x or None) for x in lits))
        if len(self.patterns) >= _ONE_PASS_FROM:
            object.__setattr__(self, "guards", GuardSet(self.patterns, [x or None for x in lits]))

    def _holding(self, folded: str):
        """The patterns that may match ``folded`` (it holds one of their literals), in order."""
        if self.guards is None:
            return [p for p, holds in zip(self.patterns, self.holds) if holds(folded)]
        patterns = self.patterns
        return [patterns[i] for i in sorted(self.guards.possible(folded))]  # in order, the few that may match

    def _guarded(self):
        return zip(self.patterns, self.literals or ((),) * len(self.patterns))

    def search(self, folded: str) -> re.Match | None:
        best = None
        for p in self._holding(folded):
            if (m := p.search(folded)) and (best is None or m.start() < best.start()):
                best = m
        return best

    def finditer(self, folded: str):
        for p in self._holding(folded):
            yield from p.finditer(folded)


def _literals_of(pattern: re.Pattern) -> tuple[str, ...]:
    lits = required_literals(pattern)
    return tuple(sorted(lits, key=len)) if lits else ()


@lru_cache(maxsize=1)
def _cue_file() -> dict:
    """cues.yaml, read once for its cues and its word lists."""
    return _load("cues.yaml")


@lru_cache(maxsize=1)
def cues() -> Mapping[tuple[str, str], CueSet]:
    """All cues, keyed by (cue name, language)."""
    data = _cue_file()
    out: dict[tuple[str, str], CueSet] = {}
    for g in data["groups"]:
        prov = Provenance(str(g["source"]), str(g["date"]))
        for name, by_lang in g["cues"].items():
            for lang, pats in by_lang.items():
                try:
                    compiled = tuple(re.compile(p) for p in pats)
                except re.error as e:
                    raise ResourceError(f"cues.yaml: bad pattern in {name}/{lang}: {e}") from e
                out[(name, lang)] = CueSet(name, lang, compiled, prov, tuple(_literals_of(p) for p in compiled))
    return MappingProxyType(out)


def cue(name: str, lang: str) -> CueSet:
    # rules ask for their cues once per sentence or clause: a plain dict answers the (name, language) seen before
    try:
        return _CUE_SEEN[name, lang]
    except KeyError:
        got = _CUE_SEEN[name, lang] = cues()[(name, lang if lang in ("fr", "en") else "fr")]
        return got


#: the cues :func:`cue` has answered, by the (name, language) it was asked with
_CUE_SEEN: dict[tuple[str, str], CueSet] = {}


@lru_cache(maxsize=1)
def word_lists() -> Mapping[tuple[str, str], tuple[str, ...]]:
    """The word lists of cues.yaml (``words``), keyed by (list name, language): the words several
    rules build their patterns from, kept in one place."""
    out: dict[tuple[str, str], tuple[str, ...]] = {}
    for g in _cue_file().get("words", ()):
        if not g.get("source") or not g.get("date"):
            raise ResourceError("cues.yaml: every group of words needs a source and a date (provenance)")
        for name, by_lang in g["lists"].items():
            for lang, words in by_lang.items():
                if not words or not all(isinstance(w, str) and w.strip() for w in words):
                    raise ResourceError(f"cues.yaml: words {name}/{lang} must be a list of non-empty words")
                out[(name, lang)] = tuple(words)
    return MappingProxyType(out)


def word_list(name: str, lang: str) -> tuple[str, ...]:
    """The words of the list ``name`` in ``lang`` (see :func:`word_lists`)."""
    lang = lang if lang in ("fr", "en") else "fr"
    try:
        return word_lists()[(name, lang)]
    except KeyError:
        raise ResourceError(f"cues.yaml: no word list {name!r} for {lang!r}") from None


def words_re(name: str, lang: str, suffix: str = "") -> str:
    """The words of a list as a regular-expression alternation (each word escaped, ``suffix`` added
    to each): ``words_re("died", "en") == "died|perished"``."""
    return "|".join(re.escape(w) + suffix for w in word_list(name, lang))


@dataclass(frozen=True, slots=True)
class CueScan:
    """Several cues of one language read in one pass over a text: one Aho-Corasick pass finds which of
    their patterns' required literals the text holds, and only the patterns that can match are searched.

    ``first(folded)`` gives what ``cue(name, lang).search(folded)`` gives for each name (the
    earliest match of the cue's patterns, the first pattern on a tie), for the names that match, in
    the order of ``names``."""

    names: tuple[str, ...]
    #: the distinct required literals, and per literal (by its index) the patterns (by their index in
    #: ``patterns``) whose matches may hold it
    literals: tuple[str, ...]
    by_literal: tuple[tuple[int, ...], ...]
    #: the patterns with no required literal: always searched
    always: tuple[int, ...]
    #: :func:`.prefilter.literal_hits` of ``literals``
    matcher: Callable | None
    #: every pattern of the cues as (cue index, pattern), in the order of ``names`` and of each cue's
    #: patterns: the patterns to search are gathered as indexes (a set of patterns would hash each one,
    #: which reads its whole compiled code)
    patterns: tuple[tuple[int, re.Pattern], ...] = ()

    def first(self, folded: str) -> dict[str, re.Match]:
        todo = set(self.always)
        if self.matcher is not None:
            by_literal = self.by_literal
            for i in {hit[0] for hit in self.matcher(folded.encode(), overlapping=True)}:
                todo.update(by_literal[i])
        best: dict[int, re.Match] = {}
        patterns = self.patterns
        for k in sorted(todo):
            ci, p = patterns[k]
            m = p.search(folded)
            if m is not None and (ci not in best or m.start() < best[ci].start()):
                best[ci] = m
        return {self.names[ci]: best[ci] for ci in sorted(best)}


@lru_cache(maxsize=16)
def cue_scan(names: tuple[str, ...], lang: str) -> CueScan:
    """The :class:`CueScan` of the cues ``names`` in ``lang`` (built once)."""
    lang = lang if lang in ("fr", "en") else "fr"
    by_literal: dict[str, list[int]] = {}
    always: list[int] = []
    patterns: list[tuple[int, re.Pattern]] = []
    for ci, name in enumerate(names):
        cs = cues()[(name, lang)]
        for p, lits in cs._guarded():
            k = len(patterns)  # in the order of the cues, then of each cue's patterns
            patterns.append((ci, p))
            for lit in lits:
                by_literal.setdefault(lit, []).append(k)
            if not lits:
                always.append(k)
    literals = tuple(by_literal)
    matcher = literal_hits(literals) if literals else None
    return CueScan(names, literals, tuple(tuple(by_literal[lit]) for lit in literals), tuple(always), matcher,
                   tuple(patterns))


@dataclass(frozen=True, slots=True)
class ActorEntry:
    id: str
    name: str
    kind: str
    aliases: tuple[str, ...]
    provenance: Provenance


@lru_cache(maxsize=1)
def actor_entries() -> tuple[ActorEntry, ...]:
    data = _load("actors.yaml")
    out = []
    for g in data["groups"]:
        prov = Provenance(str(g["source"]), str(g["date"]))
        for a in g["actors"]:
            out.append(ActorEntry(a["id"], a["name"], a["kind"], tuple(a.get("aliases", ())), prov))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class PlaceEntry:
    name: str
    level: str  # admin1 | admin2 | locality
    country: str
    admin1: str | None
    admin2: str | None
    latitude: float | None
    longitude: float | None
    aliases: tuple[str, ...]
    capital: str | None
    provenance: Provenance


@dataclass(frozen=True, slots=True)
class CountryEntry:
    name: str
    iso3: str
    aliases: tuple[str, ...]
    #: names of the country's own forces and armed groups (read only when a text names no country)
    cues: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def place_entries() -> tuple[PlaceEntry, ...]:
    data = _load("places.yaml")
    out: list[PlaceEntry] = []
    for g in data["groups"]:
        prov = Provenance(str(g["source"]), str(g["date"]))
        gcountry = g.get("country", "Mali")
        for a in g.get("admin1", ()):
            out.append(PlaceEntry(a["name"], "admin1", a.get("country", gcountry), a["name"], None,
                                  None, None, tuple(a.get("aliases", ())), a.get("capital"), prov))
        for a in g.get("admin2", ()):
            out.append(PlaceEntry(a["name"], "admin2", a.get("country", gcountry), a["admin1"], a["name"],
                                  a.get("lat"), a.get("lon"), tuple(a.get("aliases", ())), None, prov))
        for a in g.get("localities", ()):
            out.append(PlaceEntry(a["name"], "locality", a.get("country", gcountry), a["admin1"], a["admin2"],
                                  a.get("lat"), a.get("lon"), tuple(a.get("aliases", ())), None, prov))
    return tuple(out)


@lru_cache(maxsize=1)
def countries() -> tuple[CountryEntry, ...]:
    data = load_yaml(_res.files(_DATA).joinpath("places.yaml").read_text(encoding="utf-8"))
    return tuple(CountryEntry(c["name"], c["iso3"], tuple(c.get("aliases", ())), tuple(c.get("cues", ())))
                 for c in data["countries"])
