"""The actor registry: curated data files with provenance, loaded into frozen objects.

The data live in ``actors/data/*.yaml`` (one file per kind of actor, plus the
bibliography ``sources.yaml``, the chart ``families.yaml`` and ``countries.yaml``).
Every actor cites at least one source; lineage is written once, on the predecessor,
and the loader derives the inverse links. :func:`load_registry` validates the files
and fails loudly, naming the file and the entry, when a contract is broken.

Nothing here is mutable: the registry is built once per data directory and cached.
The value objects live in :mod:`sahelwatch.actors.records`.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Iterable, Iterator, Mapping

import yaml

from ..errors import NotFoundError
from ..yamlio import load_yaml
from .records import (
    ACTOR_TYPES,
    RELATIONS,
    ROLLUP_RELATIONS,
    TAGS,
    Actor,
    Family,
    FuzzyDate,
    LineageLink,
    RegistryError,
    Source,
    Specialisation,
)
from .records import (
    ID_PATTERN as _ID,
)
from .records import (
    ISO3_PATTERN as _ISO3,
)

__all__ = [
    "ACTOR_TYPES",
    "RELATIONS",
    "ROLLUP_RELATIONS",
    "Actor",
    "Family",
    "FuzzyDate",
    "LineageLink",
    "Registry",
    "RegistryError",
    "Source",
    "Specialisation",
    "default_data_dir",
    "expand_lineage",
    "get_actor",
    "lineage",
    "linkage_relatives",
    "load_registry",
]

_DATA_FILES = ("actors_*.yaml",)


# --------------------------------------------------------------------------- the registry
@dataclass(frozen=True)
class Registry:
    actors: Mapping[str, Actor]
    families: Mapping[str, Family]
    sources: Mapping[str, Source]
    #: alias (as written) -> the ids it may mean, for aliases declared ambiguous
    ambiguous_aliases: Mapping[str, tuple[str, ...]]
    #: country name (as written) -> ISO3
    country_codes: Mapping[str, str]
    links: tuple[LineageLink, ...] = field(default=())

    @functools.cached_property
    def _iso3_codes(self) -> frozenset[str]:
        return frozenset(self.country_codes.values())

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self.actors

    def __iter__(self) -> Iterator[Actor]:
        return iter(self.actors.values())

    def __len__(self) -> int:
        return len(self.actors)

    def get(self, actor_id: str) -> Actor:
        try:
            return self.actors[actor_id]
        except KeyError:
            raise NotFoundError(f"no actor with id {actor_id!r} in the registry") from None

    def iso3(self, country: str | None) -> str | None:
        """ISO3 code of a country given by name or code; None when unknown."""
        if not country:
            return None
        c = country.strip()
        if _ISO3.match(c) and c in self._iso3_codes:
            return c
        return self.country_codes.get(c) or self.country_codes.get(c.casefold())

    # ------------------------------------------------------------------ lineage
    def lineage(self, actor_id: str, direction: str = "both") -> tuple[LineageLink, ...]:
        """The chain of links reachable from ``actor_id``, nearest first.

        ``direction`` is ``"predecessors"``, ``"successors"`` or ``"both"``. Every
        relation is followed (a split or a replacement is part of the story), each link
        once; within one step links come in date order.
        """
        if direction not in ("both", "predecessors", "successors"):
            raise ValueError(f"direction must be both, predecessors or successors, not {direction!r}")
        self.get(actor_id)
        out: list[LineageLink] = []
        seen: set[tuple[str, str, str]] = set()
        for forward in (False, True):
            if (forward and direction == "predecessors") or (not forward and direction == "successors"):
                continue
            frontier = [actor_id]
            while frontier:
                nxt: list[str] = []
                for aid in frontier:
                    actor = self.actors[aid]
                    links = actor.successors if forward else actor.predecessors
                    for link in sorted(links, key=_link_order):
                        key = (link.predecessor, link.successor, link.relation)
                        if key in seen:
                            continue
                        seen.add(key)
                        out.append(link)
                        nxt.append(link.successor if forward else link.predecessor)
                frontier = nxt
        return tuple(out)

    def expand_lineage(
        self,
        ids: Iterable[str],
        until: dt.date | None = None,
        relations: Iterable[str] = ROLLUP_RELATIONS,
    ) -> frozenset[str]:
        """``ids`` plus every predecessor whose history rolls into them.

        Used to build a series for JNIM that includes Ansar Dine, Katiba Macina,
        al-Mourabitoun (and through it MUJAO and al-Mulathamun) before March 2017.
        Only ``relations`` are followed (by default ``merged_into`` and ``became``: a
        faction that split away, or a group that merely joined, is not rolled in). With
        ``until``, only links dated on or before it count.
        """
        wanted = frozenset(relations)
        unknown = wanted - set(RELATIONS)
        if unknown:
            raise ValueError(f"unknown lineage relations: {sorted(unknown)}")
        out: set[str] = set()
        frontier = list(ids)
        for aid in frontier:
            self.get(aid)
        while frontier:
            aid = frontier.pop()
            if aid in out:
                continue
            out.add(aid)
            for link in self.actors[aid].predecessors:
                if link.relation not in wanted:
                    continue
                if until is not None and link.date is not None and link.date.value > until:
                    continue
                frontier.append(link.predecessor)
        return frozenset(out)

    def rollup(self, actor_id: str, at: dt.date | None = None) -> str:
        """The organisation ``actor_id``'s history rolls into (following ``became`` and
        ``merged_into``), as of ``at`` (or today). Stays put at a fork."""
        current = self.get(actor_id).id
        seen = {current}
        while True:
            links = [
                link
                for link in self.actors[current].successors
                if link.relation in ROLLUP_RELATIONS
                and (at is None or link.date is None or link.date.value <= at)
            ]
            if len(links) != 1 or links[0].successor in seen:
                return current
            current = links[0].successor
            seen.add(current)

    def relatives(self, actor_id: str) -> frozenset[str]:
        """Ids that may stand for the same actor in another source's record.

        Lineage neighbours (any relation, transitively), parent and children, the ids a
        generic actor specialises to (and back), and, for a state's own forces, every
        other force and the government of that state (ACLED's "Military Forces of Mali"
        is UCDP's "Government of Mali"). Used by record linkage; ``actor_id`` excluded.
        """
        return _relatives(self, actor_id)

    def by_family(self, family: str) -> tuple[Actor, ...]:
        if family not in self.families:
            raise NotFoundError(f"no actor family {family!r}; known: {', '.join(self.families)}")
        return tuple(a for a in self.actors.values() if a.family == family)


def _relatives(reg: "Registry", actor_id: str) -> frozenset[str]:
    cache = _RELATIVES_CACHE.setdefault(id(reg), {})
    hit = cache.get(actor_id)
    if hit is not None:
        return hit
    a = reg.get(actor_id)
    out: set[str] = {link.predecessor for link in reg.lineage(actor_id, "predecessors")}
    out |= {link.successor for link in reg.lineage(actor_id, "successors")}
    if a.parent:
        out.add(a.parent)
    out |= {b.id for b in reg.actors.values() if b.parent == actor_id}
    for sp in a.specialisations:
        out.update(sp.ids)
    out |= {b.id for b in reg.actors.values() if any(actor_id in sp.ids for sp in b.specialisations)}
    if a.state and a.family == "state_forces" and not a.generic:
        out |= {
            b.id
            for b in reg.actors.values()
            if b.state == a.state and b.family == "state_forces" and not b.generic
        }
    out.discard(actor_id)
    result = frozenset(out)
    cache[actor_id] = result
    return result


_RELATIVES_CACHE: dict[int, dict[str, frozenset[str]]] = {}


def _link_order(link: LineageLink) -> tuple:
    return (link.date.value if link.date else dt.date.max, link.successor, link.predecessor)


# --------------------------------------------------------------------------- loading
def default_data_dir() -> Path:
    return Path(str(resources.files("sahelwatch.actors") / "data"))


@functools.lru_cache(maxsize=4)
def load_registry(data_dir: str | Path | None = None) -> Registry:
    """Load and validate the registry (cached per data directory)."""
    base = Path(data_dir) if data_dir is not None else default_data_dir()
    if not base.is_dir():
        raise RegistryError(f"actor registry directory not found: {base}")
    sources = _load_sources(base / "sources.yaml")
    families = _load_families(base / "families.yaml")
    country_codes = _load_countries(base / "countries.yaml")
    raw_entries: list[tuple[str, dict]] = []
    ambiguous: dict[str, tuple[str, ...]] = {}
    files = sorted(p for pattern in _DATA_FILES for p in base.glob(pattern))
    if not files:
        raise RegistryError(f"no actors_*.yaml files in {base}")
    for path in files:
        doc = _read_yaml(path)
        for i, entry in enumerate(doc.get("actors") or []):
            if not isinstance(entry, dict):
                raise RegistryError(f"{path.name}: actor #{i + 1} is not a mapping")
            raw_entries.append((path.name, entry))
        for entry in doc.get("ambiguous_aliases") or []:
            alias = entry.get("alias")
            ids = tuple(entry.get("ids") or ())
            if not alias or len(ids) < 2:
                raise RegistryError(f"{path.name}: an ambiguous alias needs 'alias' and at least two 'ids'")
            if alias in ambiguous:
                raise RegistryError(f"{path.name}: ambiguous alias {alias!r} declared twice")
            ambiguous[alias] = ids

    actors: dict[str, Actor] = {}
    pending_links: list[LineageLink] = []
    for fname, entry in raw_entries:
        actor, links = _build_actor(fname, entry, sources, families, country_codes)
        if actor.id in actors:
            raise RegistryError(f"{fname}: duplicate actor id {actor.id!r} (also in {actors[actor.id].file})")
        actors[actor.id] = actor
        pending_links.extend(links)

    # cross-references
    for link in pending_links:
        if link.successor not in actors:
            raise RegistryError(
                f"{actors[link.predecessor].file}: {link.predecessor} lists unknown successor {link.successor!r}"
            )
    for a in actors.values():
        if a.parent and a.parent not in actors:
            raise RegistryError(f"{a.file}: {a.id} has unknown parent {a.parent!r}")
        for sp in a.specialisations:
            for sid in sp.ids:
                if sid not in actors:
                    raise RegistryError(f"{a.file}: {a.id} specialises to unknown id {sid!r}")
    for alias, ids in ambiguous.items():
        for aid in ids:
            if aid not in actors:
                raise RegistryError(f"ambiguous alias {alias!r} names unknown id {aid!r}")

    preds: dict[str, list[LineageLink]] = {}
    for link in pending_links:
        preds.setdefault(link.successor, []).append(link)
    final: dict[str, Actor] = {}
    for aid, a in actors.items():
        final[aid] = _replace(a, predecessors=tuple(sorted(preds.get(aid, ()), key=_link_order)))
    _check_lineage_acyclic(final)
    _check_alias_collisions(final, ambiguous)
    return Registry(
        actors=MappingProxyType(final),
        families=MappingProxyType(families),
        sources=MappingProxyType(sources),
        ambiguous_aliases=MappingProxyType(ambiguous),
        country_codes=MappingProxyType(country_codes),
        links=tuple(sorted(pending_links, key=_link_order)),
    )


def _replace(actor: Actor, **changes) -> Actor:
    return replace(actor, **changes)


def _read_yaml(path: Path) -> dict:
    if not path.is_file():
        raise RegistryError(f"registry file missing: {path}")
    try:
        doc = load_yaml(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as e:
        raise RegistryError(f"{path.name}: not valid YAML: {e}") from e
    if not isinstance(doc, dict) or doc.get("schema") != 1:
        raise RegistryError(f"{path.name}: expected a mapping with 'schema: 1'")
    return doc


def _as_date(raw: object, where: str) -> dt.date | None:
    fd = FuzzyDate.parse(raw, where)
    if fd is not None and fd.precision != "day":
        raise RegistryError(f"{where}: give a full YYYY-MM-DD date, not {raw!r}")
    return fd.value if fd else None


def _load_sources(path: Path) -> dict[str, Source]:
    doc = _read_yaml(path)
    out: dict[str, Source] = {}
    for key, s in (doc.get("sources") or {}).items():
        where = f"{path.name}: source {key}"
        for req in ("url", "publisher", "title", "accessed"):
            if not s.get(req):
                raise RegistryError(f"{where}: missing {req!r}")
        if not str(s["url"]).startswith(("http://", "https://")):
            raise RegistryError(f"{where}: url must be http(s)")
        out[key] = Source(
            key=key,
            url=str(s["url"]),
            publisher=str(s["publisher"]),
            title=str(s["title"]),
            published=_as_date(s.get("published"), where),
            accessed=_as_date(s["accessed"], where),
        )
    return out


def _load_families(path: Path) -> dict[str, Family]:
    doc = _read_yaml(path)
    out = {}
    for fid, f in (doc.get("families") or {}).items():
        out[fid] = Family(fid, f["label_en"], f["label_fr"], f["colour"])
    if not out:
        raise RegistryError(f"{path.name}: no families")
    return out


def _load_countries(path: Path) -> dict[str, str]:
    doc = _read_yaml(path)
    out: dict[str, str] = {}
    for iso3, names in (doc.get("countries") or {}).items():
        if not _ISO3.match(iso3):
            raise RegistryError(f"{path.name}: {iso3!r} is not an ISO3 code")
        for n in names:
            for key in (n, n.casefold()):
                if out.get(key, iso3) != iso3:
                    raise RegistryError(f"{path.name}: country name {n!r} given for {out[key]} and {iso3}")
                out[key] = iso3
    return out


def _build_actor(
    fname: str,
    e: dict,
    sources: Mapping[str, Source],
    families: Mapping[str, Family],
    country_codes: Mapping[str, str],
) -> tuple[Actor, list[LineageLink]]:
    aid = e.get("id")
    where = f"{fname}: actor {aid!r}"
    if not isinstance(aid, str) or not _ID.match(aid):
        raise RegistryError(f"{where}: id must be lowercase letters, digits and underscores")
    names = e.get("names") or {}
    if not names.get("en"):
        raise RegistryError(f"{where}: missing English name")
    for lang in ("fr", "ar"):
        # a name is left out only for entries awaiting review, never invented
        if not names.get(lang) and not e.get("needs_review"):
            raise RegistryError(f"{where}: missing name in {lang!r} (allowed only with needs_review)")
    atype = e.get("type")
    if atype not in ACTOR_TYPES:
        raise RegistryError(f"{where}: type {atype!r} is not one of {', '.join(ACTOR_TYPES)}")
    family = e.get("family")
    if family not in families:
        raise RegistryError(f"{where}: family {family!r} is not in families.yaml")
    if not e.get("affiliation"):
        raise RegistryError(f"{where}: missing affiliation")
    src_keys = e.get("sources") or []
    if not src_keys:
        raise RegistryError(f"{where}: cites no source")
    missing = [k for k in src_keys if k not in sources]
    if missing:
        raise RegistryError(f"{where}: unknown source keys {missing}")
    active = e.get("active") or [None, None]
    if not isinstance(active, list) or len(active) != 2:
        raise RegistryError(f"{where}: active must be [from, to]")
    a_from = FuzzyDate.parse(active[0], where)
    a_to = FuzzyDate.parse(active[1], where)
    if a_from and a_to and a_from.value > a_to.last_day:
        raise RegistryError(f"{where}: active period ends before it starts")
    countries = tuple(e.get("countries") or ())
    for c in countries:
        if not _ISO3.match(str(c)):
            raise RegistryError(f"{where}: country {c!r} is not an ISO3 code")
    tags = frozenset(e.get("tags") or ())
    if tags - TAGS:
        raise RegistryError(f"{where}: unknown tags {sorted(tags - TAGS)}")
    aliases = tuple(str(a) for a in (e.get("aliases") or ()))
    links = []
    for s in e.get("successors") or ():
        rel = s.get("relation")
        if rel not in RELATIONS:
            raise RegistryError(f"{where}: relation {rel!r} is not one of {', '.join(RELATIONS)}")
        date = FuzzyDate.parse(s.get("date"), where)
        if date is None:
            raise RegistryError(f"{where}: lineage link to {s.get('id')!r} has no date")
        links.append(LineageLink(aid, str(s.get("id")), rel, date, s.get("note")))
    specs = []
    for s in e.get("specialisations") or ():
        ids = tuple(s.get("ids") or ())
        if not ids:
            raise RegistryError(f"{where}: a specialisation needs ids")
        start = FuzzyDate.parse(s.get("from"), where)
        end = FuzzyDate.parse(s.get("to"), where)
        specs.append(
            Specialisation(
                ids=ids,
                countries=frozenset(s.get("countries") or ()),
                start=start.value if start else None,
                end=end.last_day if end else None,
                require_country=bool(s.get("require_country", False)),
            )
        )
    state = e.get("state")
    if state is not None and not _ISO3.match(str(state)):
        raise RegistryError(f"{where}: state {state!r} is not an ISO3 code")
    actor = Actor(
        id=aid,
        name_en=str(names["en"]),
        name_fr=str(names.get("fr") or ""),
        name_ar=str(names.get("ar") or ""),
        aliases=aliases,
        actor_type=atype,
        inter_code=ACTOR_TYPES[atype],
        family=family,
        affiliation=str(e["affiliation"]),
        active_from=a_from,
        active_to=a_to,
        countries=countries,
        sources=tuple(sources[k] for k in src_keys),
        file=fname,
        parent=e.get("parent"),
        state=state,
        branch=e.get("branch"),
        generic=bool(e.get("generic", False)),
        tags=tags,
        ucdp_ids=tuple(int(x) for x in (e.get("ucdp_ids") or ())),
        specialisations=tuple(specs),
        successors=tuple(sorted(links, key=_link_order)),
        needs_review=bool(e.get("needs_review", False)),
        note=e.get("note"),
    )
    return actor, links


def _check_lineage_acyclic(actors: Mapping[str, Actor]) -> None:
    state: dict[str, int] = {}

    def visit(aid: str, path: list[str]) -> None:
        if state.get(aid) == 2:
            return
        if state.get(aid) == 1:
            raise RegistryError(f"lineage cycle: {' -> '.join(path + [aid])}")
        state[aid] = 1
        for link in actors[aid].successors:
            visit(link.successor, path + [aid])
        state[aid] = 2

    for aid in actors:
        visit(aid, [])


def _check_alias_collisions(actors: Mapping[str, Actor], ambiguous: Mapping[str, tuple[str, ...]]) -> None:
    """Every name or alias maps to one id, unless declared ambiguous."""
    from .normalise import normalise

    seen: dict[str, str] = {}
    seen_norm: dict[str, tuple[str, str]] = {}
    for a in actors.values():
        for name in (*a.names, *a.aliases, a.id):
            if name in ambiguous:
                raise RegistryError(f"{a.file}: {name!r} is declared ambiguous and also an alias of {a.id}")
            other = seen.get(name)
            if other and other != a.id:
                raise RegistryError(f"{a.file}: alias {name!r} of {a.id} is already an alias of {other}")
            seen[name] = a.id
            key = normalise(name)
            if not key:
                continue
            prev = seen_norm.get(key)
            if prev and prev[0] != a.id:
                raise RegistryError(
                    f"{a.file}: alias {name!r} of {a.id} reads the same as {prev[1]!r} of {prev[0]} "
                    f"(normalised {key!r}); declare it ambiguous or drop one"
                )
            seen_norm[key] = (a.id, name)


# --------------------------------------------------------------------------- module shortcuts
def lineage(actor_id: str, direction: str = "both") -> tuple[LineageLink, ...]:
    """Predecessor/successor chain of ``actor_id`` in the default registry."""
    return load_registry().lineage(actor_id, direction)


def expand_lineage(ids: Iterable[str], until: dt.date | None = None) -> frozenset[str]:
    """``ids`` and the predecessors whose history rolls into them (default registry)."""
    return load_registry().expand_lineage(ids, until=until)


def get_actor(actor_id: str) -> Actor:
    return load_registry().get(actor_id)


def linkage_relatives(actor_id: str) -> frozenset[str]:
    """Ids that may stand for ``actor_id`` in another source (see :meth:`Registry.relatives`).

    Unknown ids (for instance ``ucdp:4456``) have no relatives.
    """
    reg = load_registry()
    if actor_id not in reg.actors:
        return frozenset()
    return reg.relatives(actor_id)
