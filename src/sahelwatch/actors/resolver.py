"""From any actor string a source writes to canonical registry ids.

The resolver tries, in order, and reports which step answered (``method``):

``exact``       the string is an actor's id or one of its names;
``alias``       the string is a registered alias (ACLED, UCDP, French media ...);
``normalised``  a name or alias matches once case, accents, quotes and articles are ignored;
``source-id``   the source's own stable actor id is registered for an actor (UCDP side ids);
``pattern``     an ACLED/UCDP naming pattern: "Military Forces of Mali (2013-2020) Gendarmerie",
                "Civilians (Burkina Faso)", "Fulani Ethnic Militia (Mali)", "Government of Syria" ...;
``composite``   several actors in one string: "A and/or B" (ambiguous) or UCDP's "A, B";
``acronym``     ACLED's "ACRONYM: Full Name" when the whole string is not registered: the full
                name (with its own patterns) first, then the acronym alone;
``source-id``   (fallback) a name outside the Sahel registry keeps the source's id, e.g. ``ucdp:4456``;
``fuzzy``       a near spelling of a registered name (low confidence);
``unknown``     nothing matched: ``ids`` is empty.

With an event ``date`` (and ``country``), ids are made date-aware: "Military Forces of
France" in 2013 is ``serval`` and in 2016 ``barkhane``; an ISGS name after March 2022 is
``is_sahel``. Without a date the plain id is kept.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, replace
from typing import Iterable, Sequence

from .normalise import normalise
from .registry import Registry, load_registry

__all__ = [
    "Resolution",
    "Resolver",
    "actor_ids_for_filter",
    "default_resolver",
    "resolve",
    "resolve_many",
    "split_actor_cell",
]

# confidence of each method (a floor the tests rely on; tune with care)
_CONF = {
    "exact": 1.0,
    "alias": 0.98,
    "source-id": 0.97,
    "normalised": 0.95,
    "pattern": 0.9,
    "pattern-generic": 0.85,
    "composite-list": 0.9,
    "composite-ambiguous": 0.5,
    "source-id-fallback": 0.6,
    "fuzzy": 0.6,
    "ambiguous-alias": 0.5,
    "acronym": 0.85,
}

_PERIOD = re.compile(r"^(\d{4})\s*-\s*(\d{4})?$")
_STATE_NAME = re.compile(
    r"^(?P<kind>Military Forces|Police Forces|Government) of (?P<country>.+?)"
    r"(?: \((?P<period>\d{4}\s*-\s*(?:\d{4})?)\)(?: (?P<unit>.+))?)?$"
)
_PAREN = re.compile(r"^(?P<base>.+?)\s*\((?P<paren>[^()]+)\)$")
_MUTINY = re.compile(r"^Mutiny of (?P<inner>.+)$")
_SUFFIX_KINDS = (
    (re.compile(r"^(?P<q>.+?) Ethnic Militia$"), "ethnic_militia"),
    (re.compile(r"^(?P<q>.+?) Ethnic Group$"), "ethnic_group"),
    (re.compile(r"^(?P<q>.+?) Communal Militia$"), "communal_militia"),
    (re.compile(r"^(?P<q>.+?) Communal Group$"), "communal_group"),
    (re.compile(r"^(?P<q>.+?) Muslim Militia$"), "religious_militia"),
    (re.compile(r"^(?P<q>.+?) Christian Group$"), "christian_group"),
)
_MILITIA_OF = re.compile(r"^Militia \((?P<q>[^()]+)\)$")
_AND_OR = re.compile(r"\s+and/or\s+")
_ACRONYM = re.compile(r"^(?P<acr>[A-Z0-9][^:\s]{0,15}(?: [A-Z0-9][^:\s]{0,15})?):\s+(?P<full>\S.*)$")
_UNIT_BRANCH = {
    "gendarmerie": "gendarmerie",
    "national guard": "national_guard",
    "garde nationale": "national_guard",
    "police": "police",
}
_KIND_BRANCH = {"Military Forces": "military", "Police Forces": "police", "Government": "government"}
_KIND_GENERIC = {"military": "military_forces", "police": "police_forces", "government": "government"}


@dataclass(frozen=True, slots=True)
class Resolution:
    """What an actor string means.

    ``ids`` are registry ids (or ``<source>:<id>`` for actors outside the registry);
    ``period`` is ACLED's regime period when the name carries one; ``country`` is the
    country (or nationality) the name states or the context supplied; ``qualifier``
    keeps the part of the name a generic id leaves out ("Fulani", "Prison Guards").
    """

    name: str
    ids: tuple[str, ...]
    method: str
    confidence: float
    period: tuple[int, int | None] | None = None
    country: str | None = None
    qualifier: str | None = None
    ambiguous: bool = False

    @property
    def resolved(self) -> bool:
        return bool(self.ids)

    def to_dict(self) -> dict:
        return {
            "name": self.name,
            "ids": list(self.ids),
            "method": self.method,
            "confidence": round(self.confidence, 3),
            "period": list(self.period) if self.period else None,
            "country": self.country,
            "qualifier": self.qualifier,
            "ambiguous": self.ambiguous,
        }


def split_actor_cell(cell: object) -> tuple[str, ...]:
    """The names in one actor cell: ACLED's associated-actor cells hold several, "; "-separated."""
    if cell is None:
        return ()
    if isinstance(cell, float) and cell != cell:  # NaN
        return ()
    text = str(cell).strip()
    if not text or text.lower() in ("nan", "none"):
        return ()
    return tuple(p.strip() for p in text.split(";") if p.strip())


class Resolver:
    """Resolves actor strings against one registry. Thread-safe; results are cached."""

    def __init__(self, registry: Registry | None = None, *, cache_size: int = 65536):
        self.registry = registry or load_registry()
        self._exact: dict[str, tuple[str, str]] = {}  # string -> (id, "exact"|"alias")
        self._norm: dict[str, str] = {}
        for a in self.registry:
            self._exact[a.id] = (a.id, "exact")
            for n in a.names:
                self._exact.setdefault(n, (a.id, "exact"))
            for al in a.aliases:
                self._exact.setdefault(al, (a.id, "alias"))
            for n in (a.id, *a.names, *a.aliases):
                k = normalise(n)
                if k:
                    self._norm.setdefault(k, a.id)
        self._ambiguous = {k: v for k, v in self.registry.ambiguous_aliases.items()}
        self._ambiguous_norm = {normalise(k): v for k, v in self._ambiguous.items()}
        self._ucdp = {uid: a.id for a in self.registry for uid in a.ucdp_ids}
        self._state_index = {
            (a.state, a.branch): a.id for a in self.registry if a.state and a.branch and not a.generic
        }
        self._fuzzy_keys = [k for k in self._norm if len(k) >= 8]
        self._date_sensitive = frozenset(
            a.id
            for a in self.registry
            if a.specialisations
            or any(l.relation == "became" for l in a.successors)
            or any(l.relation == "became" for l in a.predecessors)
        )
        self._base = functools.lru_cache(maxsize=cache_size)(self._resolve_base)

    # ------------------------------------------------------------------ public
    def resolve(
        self,
        name: str | None,
        *,
        source: str | None = None,
        source_actor_id: object = None,
        country: str | None = None,
        date: dt.date | str | None = None,
    ) -> Resolution:
        """Resolve one actor string (see the module docstring for the steps)."""
        text = "" if name is None else str(name).strip()
        sid = _clean_source_id(source_actor_id)
        res = self._base(text, _source_prefix(source), sid)
        if country and not res.country:
            res = replace(res, country=country)
        when = _as_date(date)
        if when is not None and self._date_sensitive.intersection(res.ids):
            res = self._at_date(res, when, country)
        return res

    def resolve_many(
        self,
        names: Iterable[str | None],
        *,
        source: str | None = None,
        source_actor_ids: Sequence[object] | None = None,
        country: str | None = None,
        date: dt.date | str | None = None,
    ) -> list[Resolution]:
        """Resolve many strings with one context; repeated strings cost a cache lookup."""
        names = list(names)
        if source_actor_ids is not None and len(source_actor_ids) != len(names):
            raise ValueError("source_actor_ids must be as long as names")
        ids = source_actor_ids if source_actor_ids is not None else [None] * len(names)
        return [
            self.resolve(n, source=source, source_actor_id=i, country=country, date=date)
            for n, i in zip(names, ids)
        ]

    # ------------------------------------------------------------------ steps
    def _resolve_base(self, text: str, prefix: str | None, sid: str | None) -> Resolution:
        if not text:
            return Resolution(text, (), "unknown", 0.0)
        hit = self._lookup(text)
        if hit is not None:
            return hit
        if prefix == "ucdp" and sid is not None and sid.isdigit() and int(sid) in self._ucdp:
            return Resolution(text, (self._ucdp[int(sid)],), "source-id", _CONF["source-id"])
        comp = self._composite(text)
        if comp is not None:
            return comp
        pat = self._pattern(text)
        if pat is not None:
            return pat
        acr = self._acronym(text)
        if acr is not None:
            return acr
        if sid is not None:
            return Resolution(
                text, (f"{prefix or 'source'}:{sid}",), "source-id", _CONF["source-id-fallback"]
            )
        fz = self._fuzzy(text)
        if fz is not None:
            return fz
        return Resolution(text, (), "unknown", 0.0)

    def _lookup(self, text: str) -> Resolution | None:
        """exact / alias / normalised, and declared ambiguous aliases."""
        hit = self._exact.get(text)
        if hit:
            return Resolution(text, (hit[0],), hit[1], _CONF[hit[1]])
        if text in self._ambiguous:
            return Resolution(text, self._ambiguous[text], "alias", _CONF["ambiguous-alias"], ambiguous=True)
        key = normalise(text)
        if key in self._norm:
            return Resolution(text, (self._norm[key],), "normalised", _CONF["normalised"])
        if key in self._ambiguous_norm:
            return Resolution(
                text, self._ambiguous_norm[key], "normalised", _CONF["ambiguous-alias"], ambiguous=True
            )
        return None

    def _pattern(self, text: str) -> Resolution | None:
        m = _MUTINY.match(text)
        if m:
            inner = self._base(m.group("inner"), None, None)
            return Resolution(
                text,
                ("mutineers",),
                "pattern",
                _CONF["pattern-generic"],
                period=inner.period,
                country=inner.country,
                qualifier=m.group("inner"),
            )
        m = _STATE_NAME.match(text)
        if m and "," not in text:
            return self._state_pattern(text, m)
        m = _PAREN.match(text)
        if m:
            base, paren = m.group("base").strip(), m.group("paren").strip()
            pm = _PERIOD.match(paren)
            if pm:
                inner = self._lookup(base) or self._pattern(base)
                if inner is not None:
                    period = (int(pm.group(1)), int(pm.group(2)) if pm.group(2) else None)
                    return replace(
                        inner, name=text, method="pattern", confidence=min(inner.confidence, _CONF["pattern"]),
                        period=period,
                    )
                return None
            mm = _MILITIA_OF.match(text)
            if mm:
                return Resolution(text, ("political_militia",), "pattern", _CONF["pattern-generic"], qualifier=paren)
            inner = self._lookup(base) or self._suffix_kind(base)
            if inner is not None:
                return replace(
                    inner, name=text, method="pattern",
                    confidence=min(inner.confidence, _CONF["pattern"]), country=paren,
                )
            return None
        return self._suffix_kind(text)

    def _suffix_kind(self, base: str) -> Resolution | None:
        for rx, generic in _SUFFIX_KINDS:
            m = rx.match(base)
            if m:
                named = self._lookup(base)
                if named is not None:
                    return named
                return Resolution(base, (generic,), "pattern", _CONF["pattern-generic"], qualifier=m.group("q"))
        return None

    def _state_pattern(self, text: str, m: re.Match) -> Resolution:
        kind = m.group("kind")
        country = m.group("country").strip()
        if country.lower().startswith("the "):
            country = country[4:]
        period = None
        if m.group("period"):
            pm = _PERIOD.match(m.group("period").replace(" ", ""))
            if pm:
                period = (int(pm.group(1)), int(pm.group(2)) if pm.group(2) else None)
        unit = (m.group("unit") or "").strip() or None
        iso3 = self.registry.iso3(country)
        if iso3 is None:  # "Russia (Soviet Union)" and the like
            pm2 = _PAREN.match(country)
            if pm2:
                iso3 = self.registry.iso3(pm2.group("base"))
        branch = _KIND_BRANCH[kind]
        qualifier = None
        if unit:
            named = self._lookup(unit)
            if named is not None and not self.registry.get(named.ids[0]).generic:
                return Resolution(text, named.ids, "pattern", _CONF["pattern"], period=period, country=country)
            ub = _UNIT_BRANCH.get(unit.lower())
            if ub:
                branch = ub
            else:
                qualifier = unit
        aid = self._state_index.get((iso3, branch)) if iso3 else None
        if aid is None and branch != _KIND_BRANCH[kind] and iso3:
            aid = self._state_index.get((iso3, _KIND_BRANCH[kind]))
            qualifier = unit
        if aid is not None:
            return Resolution(text, (aid,), "pattern", _CONF["pattern"], period=period, country=country,
                              qualifier=qualifier)
        generic = _KIND_GENERIC[_KIND_BRANCH[kind]]
        return Resolution(text, (generic,), "pattern", _CONF["pattern-generic"], period=period, country=country,
                          qualifier=unit)

    def _acronym(self, text: str) -> Resolution | None:
        """ACLED's "MSA-D: Movement for the Salvation of Azawad (Daoussak)": the full name, else the acronym."""
        m = _ACRONYM.match(text)
        if m is None:
            return None
        full = m.group("full").strip()
        inner = self._lookup(full) or self._pattern(full) or self._lookup(m.group("acr"))
        if inner is None or not inner.ids:
            return None
        return replace(inner, name=text, method="acronym", confidence=min(inner.confidence, _CONF["acronym"]))

    def _composite(self, text: str) -> Resolution | None:
        if _AND_OR.search(text):
            parts = [p for p in _AND_OR.split(text) if p.strip()]
            ambiguous = True
        elif ", " in text:
            parts = [p for p in text.split(",") if p.strip()]
            ambiguous = False
        else:
            return None
        if len(parts) < 2:
            return None
        subs = [self._base(p.strip(), None, None) for p in parts]
        if not all(s.ids for s in subs):
            return None
        ids = tuple(dict.fromkeys(i for s in subs for i in s.ids))
        conf = _CONF["composite-ambiguous"] if ambiguous else min(
            _CONF["composite-list"], min(s.confidence for s in subs)
        )
        countries = {s.country for s in subs if s.country}
        return Resolution(
            text, ids, "composite", conf,
            country=countries.pop() if len(countries) == 1 else None,
            ambiguous=ambiguous or any(s.ambiguous for s in subs),
        )

    def _fuzzy(self, text: str) -> Resolution | None:
        key = normalise(text)
        if len(key) < 8 or not self._fuzzy_keys:
            return None
        from rapidfuzz import fuzz, process

        best = process.extractOne(key, self._fuzzy_keys, scorer=fuzz.ratio, score_cutoff=90)
        if best is None:
            return None
        match, score, _ = best
        return Resolution(text, (self._norm[match],), "fuzzy", _CONF["fuzzy"] * score / 100.0)

    # ------------------------------------------------------------------ dates
    def _at_date(self, res: Resolution, when: dt.date, event_country: str | None) -> Resolution:
        # the event's country decides (a French force's name says "France", the event is in Mali)
        iso3 = self.registry.iso3(event_country)
        out: list[str] = []
        ambiguous = res.ambiguous
        for aid in res.ids:
            actor = self.registry.actors.get(aid)
            if actor is None:
                out.append(aid)
                continue
            chosen: tuple[str, ...] = (aid,)
            for sp in actor.specialisations:
                if sp.applies(when, iso3):
                    chosen = sp.ids
                    ambiguous = ambiguous or len(sp.ids) > 1
                    break
            out.extend(self._became_at(c, when) for c in chosen)
        ids = tuple(dict.fromkeys(out))
        if ids == res.ids and ambiguous == res.ambiguous:
            return res
        return replace(res, ids=ids, ambiguous=ambiguous)

    def _became_at(self, aid: str, when: dt.date) -> str:
        """Follow ``became`` links forward (date on or after the link) or back (before)."""
        seen = {aid}
        current = aid
        while True:
            actor = self.registry.actors[current]
            nxt = None
            for link in actor.successors:
                if link.relation == "became" and link.date and when >= link.date.value:
                    nxt = link.successor
            if nxt is None:
                for link in actor.predecessors:
                    if link.relation == "became" and link.date and when < link.date.value:
                        nxt = link.predecessor
            if nxt is None or nxt in seen:
                return current
            seen.add(nxt)
            current = nxt


def _source_prefix(source: str | None) -> str | None:
    if not source:
        return None
    s = source.strip().lower()
    if s.startswith("ucdp"):
        return "ucdp"
    if s.startswith("acled"):
        return "acled"
    return re.sub(r"[^a-z0-9_-]+", "-", s) or None


def _clean_source_id(v: object) -> str | None:
    if v is None:
        return None
    if isinstance(v, float):
        if v != v:
            return None
        if v.is_integer():
            return str(int(v))
    text = str(v).strip()
    if not text or text.lower() in ("nan", "none", "<na>"):
        return None
    if text.endswith(".0") and text[:-2].isdigit():
        text = text[:-2]
    return text


def _as_date(v: dt.date | str | None) -> dt.date | None:
    if v is None:
        return None
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, dt.date):
        return v
    if hasattr(v, "to_pydatetime"):  # pandas Timestamp
        try:
            return v.to_pydatetime().date()
        except ValueError:
            return None
    text = str(v).strip()
    if not text or text.lower() in ("nan", "nat", "none"):
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


@functools.lru_cache(maxsize=1)
def default_resolver() -> Resolver:
    """The resolver over the packaged registry (built once)."""
    return Resolver(load_registry())


def resolve(
    name: str | None,
    *,
    source: str | None = None,
    source_actor_id: object = None,
    country: str | None = None,
    date: dt.date | str | None = None,
) -> Resolution:
    """Resolve one actor string with the default resolver."""
    return default_resolver().resolve(
        name, source=source, source_actor_id=source_actor_id, country=country, date=date
    )


def resolve_many(
    names: Iterable[str | None],
    *,
    source: str | None = None,
    source_actor_ids: Sequence[object] | None = None,
    country: str | None = None,
    date: dt.date | str | None = None,
) -> list[Resolution]:
    """Resolve many strings (cached; thousands of distinct strings take milliseconds)."""
    return default_resolver().resolve_many(
        names, source=source, source_actor_ids=source_actor_ids, country=country, date=date
    )


def actor_ids_for_filter(name: str) -> list[str]:
    """The stored ids an ``--actor`` filter on ``name`` (an id or any alias) must match.

    The name's ids, plus what date-aware resolution may have stored for them: the ids a
    generic actor specialises to ("Military Forces of France" -> serval, barkhane) and the
    same organisation under its other names (``isgs`` <-> ``is_sahel``). Empty when the
    name is unknown.
    """
    r = default_resolver()
    reg = r.registry
    text = (name or "").strip()
    ids = [text] if text in reg.actors else list(r.resolve(text).ids)
    out: list[str] = []
    for aid in ids:
        out.append(aid)
        actor = reg.actors.get(aid)
        if actor is None:
            continue
        for sp in actor.specialisations:
            out.extend(sp.ids)
        frontier = [aid]
        seen = {aid}
        while frontier:
            cur = reg.actors[frontier.pop()]
            for link in (*cur.successors, *cur.predecessors):
                if link.relation != "became":
                    continue
                for other in (link.predecessor, link.successor):
                    if other not in seen:
                        seen.add(other)
                        frontier.append(other)
                        out.append(other)
    return list(dict.fromkeys(out))
