"""Curated reference data for extraction, loaded from the versioned YAML files in
``extraction/data`` into immutable objects. Each entry keeps its provenance.
"""

from __future__ import annotations

import re
import re._constants as _sre_constants
import re._parser as _sre_parser
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources as _res
from types import MappingProxyType
from typing import Mapping

from ..errors import SahelwatchError
from ..yamlio import load_yaml

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


@dataclass(frozen=True, slots=True)
class CueSet:
    """The compiled patterns of one cue (e.g. ``suicide``) for one language."""

    name: str
    lang: str
    patterns: tuple[re.Pattern, ...]
    provenance: Provenance
    #: per pattern, the text every match of it starts with ("" when none): a text without it is not
    #: searched, which costs a substring test instead of a regular-expression pass
    literals: tuple[str, ...] = ()

    def search(self, folded: str) -> re.Match | None:
        best = None
        for p, lit in zip(self.patterns, self.literals or ("",) * len(self.patterns)):
            if lit in folded and (m := p.search(folded)) and (best is None or m.start() < best.start()):
                best = m
        return best

    def finditer(self, folded: str):
        for p, lit in zip(self.patterns, self.literals or ("",) * len(self.patterns)):
            if lit in folded:
                yield from p.finditer(folded)


_ZERO_WIDTH = (_sre_constants.AT, _sre_constants.ASSERT, _sre_constants.ASSERT_NOT)


def literal_prefix(pattern: re.Pattern) -> str:
    """The literal text every match of ``pattern`` starts with, zero-width assertions (``\\b``,
    look-arounds) aside: ``"\\bmorts?\\b" -> "mort"``; ``""`` when it has none (or ignores case)."""
    if pattern.flags & re.IGNORECASE:
        return ""
    out = []
    for op, av in _sre_parser.parse(pattern.pattern, pattern.flags):
        if op in _ZERO_WIDTH:
            continue
        if op is not _sre_constants.LITERAL:
            break
        out.append(chr(av))
    return "".join(out)


@lru_cache(maxsize=1)
def cues() -> Mapping[tuple[str, str], CueSet]:
    """All cues, keyed by (cue name, language)."""
    data = _load("cues.yaml")
    out: dict[tuple[str, str], CueSet] = {}
    for g in data["groups"]:
        prov = Provenance(str(g["source"]), str(g["date"]))
        for name, by_lang in g["cues"].items():
            for lang, pats in by_lang.items():
                try:
                    compiled = tuple(re.compile(p) for p in pats)
                except re.error as e:
                    raise ResourceError(f"cues.yaml: bad pattern in {name}/{lang}: {e}") from e
                out[(name, lang)] = CueSet(name, lang, compiled, prov, tuple(literal_prefix(p) for p in compiled))
    return MappingProxyType(out)


def cue(name: str, lang: str) -> CueSet:
    lang = lang if lang in ("fr", "en") else "fr"
    return cues()[(name, lang)]


@dataclass(frozen=True, slots=True)
class CueScan:
    """Several cues of one language read in one pass over a text: each distinct literal prefix of
    their patterns is tested once, and only the patterns whose prefix the text holds are searched.

    ``first(folded)`` gives what ``cue(name, lang).search(folded)`` gives for each name (the
    earliest match of the cue's patterns, the first pattern on a tie), for the names that match, in
    the order of ``names``."""

    names: tuple[str, ...]
    #: the distinct non-empty literal prefixes, and per prefix the (cue index, pattern index, pattern)
    #: that start with it
    literals: tuple[str, ...]
    by_literal: Mapping[str, tuple[tuple[int, int, re.Pattern], ...]]
    #: the patterns with no literal prefix: always searched
    always: tuple[tuple[int, int, re.Pattern], ...]

    def first(self, folded: str) -> dict[str, re.Match]:
        todo = list(self.always)
        for lit in [lit for lit in self.literals if lit in folded]:
            todo.extend(self.by_literal[lit])
        todo.sort(key=_cue_order)
        best: dict[int, re.Match] = {}
        for ci, _, p in todo:
            m = p.search(folded)
            if m is not None and (ci not in best or m.start() < best[ci].start()):
                best[ci] = m
        return {self.names[ci]: best[ci] for ci in sorted(best)}


def _cue_order(item: tuple[int, int, re.Pattern]) -> tuple[int, int]:
    return item[0], item[1]


@lru_cache(maxsize=16)
def cue_scan(names: tuple[str, ...], lang: str) -> CueScan:
    """The :class:`CueScan` of the cues ``names`` in ``lang`` (built once)."""
    lang = lang if lang in ("fr", "en") else "fr"
    by_literal: dict[str, list[tuple[int, int, re.Pattern]]] = {}
    always: list[tuple[int, int, re.Pattern]] = []
    for ci, name in enumerate(names):
        cs = cues()[(name, lang)]
        for pi, (p, lit) in enumerate(zip(cs.patterns, cs.literals or ("",) * len(cs.patterns))):
            (by_literal.setdefault(lit, []) if lit else always).append((ci, pi, p))
    return CueScan(names, tuple(by_literal), MappingProxyType({k: tuple(v) for k, v in by_literal.items()}),
                   tuple(always))


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
    return tuple(CountryEntry(c["name"], c["iso3"], tuple(c.get("aliases", ()))) for c in data["countries"])
