"""Actor mentions: registry aliases first, then generic descriptions, then NER.

The matcher is pluggable: :class:`AliasMatcher` is built from any list of
``(alias, canonical_id, name, kind)`` rows. :func:`default_matcher` feeds it from the
actor registry (``sahelwatch.actors``) when that package is installed, completed by the
extraction's own fallback lexicon (``data/actors.yaml``), which also holds the generic
descriptions ("hommes armés", "gunmen") that no registry lists.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Protocol

from ..folding import fold_aligned as fold
from .resources import actor_entries, cue

UNIDENTIFIED = "Unidentified armed group"


@dataclass(frozen=True, slots=True)
class AliasRow:
    alias: str
    canonical_id: str | None
    name: str
    kind: str


@dataclass(frozen=True, slots=True)
class ActorMention:
    start: int
    end: int
    text: str
    name: str
    canonical_id: str | None
    kind: str
    method: str  # alias | generic | ner


class ActorMatcher(Protocol):
    def find(self, text: str, folded: str | None = None) -> list[ActorMention]: ...


def _trie_pattern(words: Iterable[str]) -> str:
    """A regular expression matching exactly ``words``, as a trie; at each branch the longer
    words are tried first (greedy), so the longest word that lets the rest match is taken."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        kids = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not kids:
            return ""
        body = kids[0] if len(kids) == 1 else "(?:" + "|".join(kids) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


class AliasMatcher:
    """Longest-match, word-bounded, accent- and case-insensitive alias matching."""

    def __init__(self, rows: Iterable[AliasRow]):
        self._by_alias: dict[str, AliasRow] = {}
        for r in rows:
            key = re.sub(r"^(?:l'|la |le |les |the )", "", fold(r.alias).strip())
            if len(key) < 2:
                continue
            self._by_alias.setdefault(key, r)
        # a name may end a compound adjective ("al Qaeda-linked"), never another word ("Ansar-Dine-x").
        # One branch per shared prefix (a trie): the engine follows one path instead of trying every
        # alias at every position; the longest alias that ends on a word boundary wins, as in a
        # longest-first alternation
        self._rx = re.compile(r"(?<![\w-])(?:" + _trie_pattern(self._by_alias) + r")(?!\w|-(?!(?:linked|affiliated|aligned|allied|backed|inspired|led|related|loyal)\b))") \
            if self._by_alias else None
        self.ids = frozenset(r.canonical_id for r in self._by_alias.values() if r.canonical_id)

    def find(self, text: str, folded: str | None = None) -> list[ActorMention]:
        if self._rx is None:
            return []
        folded = folded if folded is not None else fold(text)
        out = []
        for m in self._rx.finditer(folded):
            row = self._by_alias[m.group(0)]
            surface = text[m.start() : m.end()]
            # short upper-case acronyms must be written in capitals in the text (CMA, MSA, FLM)
            if len(row.alias) <= 5 and row.alias[:1].isupper() and not surface[:1].isupper():
                continue
            out.append(ActorMention(m.start(), m.end(), surface, row.name, row.canonical_id, row.kind, "alias"))
        return out

    def lookup(self, name: str) -> AliasRow | None:
        return self._by_alias.get(fold(name).strip())


def _fallback_rows() -> list[AliasRow]:
    rows = []
    for a in actor_entries():
        cid = None if a.kind == "protesters" else a.id
        if a.name != STATE_POLICE:  # the unnamed police is no name a text writes ("Kebbi State Police Command")
            rows.append(AliasRow(a.name, cid, a.name, a.kind))
        rows.extend(AliasRow(al, cid, a.name, a.kind) for al in a.aliases)
    return rows


_INTER_KIND = {1: "state", 2: "rebel", 3: "militia", 4: "militia", 5: "protesters", 6: "protesters", 7: "civilians",
               8: "foreign_forces"}


def _registry():
    """The actor registry (``sahelwatch.actors``)."""
    from ..actors.registry import load_registry

    return load_registry()


def _registry_kind(a) -> str:
    if "jihad" in (a.family or "") or a.affiliation in ("al_qaeda", "islamic_state"):
        return "jihadist"
    if a.id == "minusma" or "peacekeep" in (a.branch or "") or "peacekeep" in (a.family or ""):
        return "peacekeepers"
    if int(a.inter_code) == 1 and a.state and a.state not in ("MLI", "BFA", "NER"):
        return "foreign_forces"
    return _INTER_KIND.get(int(a.inter_code), "unknown")


_ARMED_KINDS = frozenset({"jihadist", "rebel", "militia"})


def _registry_rows() -> list[AliasRow]:
    """Proper-name aliases of the registry's organisations (categories are left to the
    fallback lexicon, whose generic descriptions are tuned for role detection)."""
    reg = _registry()
    rows = []
    for a in reg:
        kind = _registry_kind(a)
        # an armed group the registry still has under review (only its own sources' naming cited) is named in
        # the news all the same; parties and movements under review are left out
        if a.generic or (a.needs_review and kind not in _ARMED_KINDS):
            continue
        for n in (*a.names, *a.aliases):
            # only names written as proper names: lower-case aliases ("l'armée") are too loose for text
            single_word = " " not in n.strip() and "-" not in n
            if single_word and not n.isupper() and n not in a.names:
                continue  # "Fulani", "Dogon": names of peoples, not of armed groups, in running text
            if n and any(c.isupper() for c in n) and len(n) >= 3 and ":" not in n:
                rows.append(AliasRow(n, a.id, a.name_en.split(":")[0] if ":" in a.name_en else a.name_en, kind))
    return rows


def _registry_id(entry_names: tuple[str, ...]) -> str | None:
    from ..actors.resolver import resolve

    for n in entry_names:
        r = resolve(n)
        if r.ids and len(r.ids) == 1:
            return r.ids[0]
    return None


# the ways one Arabic name is written in Latin letters: the article ("al-", "ul-", "el-"), "and the" ("wal-",
# "wa al-", "wa-l-"), "the group of" ("Jama'at", "Jama'a", "Jamaat"); and a French name's "du"/"de" before a place
_SPELLINGS = (
    (re.compile(r"\b(?:al|ul|el)-"), ("al-", "ul-", "el-")),
    (re.compile(r"\bwal[- ]|\bwa al-|\bwa-l-"), ("wal-", "wal ", "wa al-", "wa-l-")),
    (re.compile(r"\bjama'?at?\b"), ("jama'at", "jama'a", "jamaat", "jamaa")),
    (re.compile(r"^(katiba|front de liberation|force de liberation) (?:du|de) "), (r"\1 du ", r"\1 de ")),
)


def spelling_variants(alias: str) -> set[str]:
    """``alias`` folded, and the other spellings of its Arabic particles and French prepositions (see ``_SPELLINGS``)."""
    out = {fold(alias).strip()}
    for rx, forms in _SPELLINGS:
        out |= {rx.sub(lambda m, f=f: m.expand(f), v) for v in out if rx.search(v) for f in forms}
    return out


#: a leader's name standing for the armed group he leads, as the press tells its men ("les hommes d'Iyad Ag Ghaly",
#: "fighters loyal to Amadou Koufa"): the leaders of the groups active now, not of groups merged or gone
_LEADERS = {"Iyad Ag Ghaly": "jnim", "Iyad Ag Ghali": "jnim", "Amadou Koufa": "katiba_macina",
            "Jafar Dicko": "ansaroul_islam"}
_LEADERS_MEN_FR = ("hommes", "combattants", "éléments", "partisans", "fidèles", "jihadistes", "djihadistes")
_LEADERS_MEN_EN = ("fighters", "men", "militants", "followers", "loyalists", "jihadists")


def _leader_rows(rows: list[AliasRow]) -> list[AliasRow]:
    """The phrases naming a leader's men, each a row of the group he leads (its first row's name and kind)."""
    first = {}
    for r in rows:
        first.setdefault(r.canonical_id, r)
    out = []
    for leader, gid in _LEADERS.items():
        if gid not in first:
            continue
        of = ("d'" if leader[0].lower() in "aeiouy" else "de ") + leader
        phrases = [f"{n} {of}" for n in _LEADERS_MEN_FR] + [f"{n} fidèles à {leader}" for n in _LEADERS_MEN_FR[:2]]
        phrases += [f"{n} {p} {leader}" for n in _LEADERS_MEN_EN for p in ("of", "loyal to")]
        phrases += [f"{leader}'s {n}" for n in _LEADERS_MEN_EN]
        out += [AliasRow(p, gid, first[gid].name, first[gid].kind) for p in phrases]
    return out


@lru_cache(maxsize=1)
def default_matcher() -> AliasMatcher:
    """Fallback lexicon rows first (their kinds drive roles), with ids mapped onto the
    registry's canonical ids when it is installed; then the registry's own aliases."""
    rows = []
    ids = {}
    for a in actor_entries():
        ids[a.id] = _registry_id((a.name, *a.aliases)) or (None if a.kind == "protesters" else a.id)
    for r in _fallback_rows():
        key = next((a.id for a in actor_entries() if a.name == r.name), None)
        rows.append(AliasRow(r.alias, ids.get(key, r.canonical_id), r.name, r.kind))
    rows += _registry_rows()
    rows += _leader_rows(rows)
    # every spelling of a multi-word name, after the names as written (a name's own row is kept first)
    rows += [AliasRow(v, r.canonical_id, r.name, r.kind) for r in rows if " " in r.alias.strip()
             for v in sorted(spelling_variants(r.alias))]
    return AliasMatcher(rows)


def resolve_ids(name: str) -> tuple[str, ...]:
    """Canonical ids for a name: the registry's resolver, else the extraction lexicon."""
    from ..actors.resolver import resolve

    r = resolve(name)
    if r.ids:
        return tuple(r.ids)
    row = default_matcher().lookup(name)
    return (row.canonical_id,) if row and row.canonical_id else ()


# the Lake Chad basin's first-level units, where the Islamic State is its West Africa Province (ISWAP); elsewhere
# in Niger (Tillabéri, Tahoua, Dosso) it is the Sahel Province (ISGS before March 2022), whose area ISWAP does not hold
_LAKE_CHAD_ADMIN1 = frozenset({"diffa", "lac", "borno", "yobe", "adamawa", "extreme-nord", "far north"})
_ISWAP = "iswap"


def event_actor_id(name: str, canonical_id: str | None, day: str | None, country: str | None,
                   admin1: str | None = None, published: str | None = None) -> str | None:
    """The id an event's actor goes by: :func:`dated_id` on the event's date, else on the report's publication
    date (an undated event is told in the days before it: the branch of that day), else :func:`undated_id` (a
    state's operation is that state's forces whatever the date).
    Where the registry leaves the Islamic State's branch open in a country (Niger: the Sahel Province or ISWAP),
    the event's first-level unit picks it: ISWAP in the Lake Chad basin, the other branch elsewhere."""
    when = day or published
    got = dated_id(name, canonical_id, when, country) if when else _forces_of_operation(undated_id(canonical_id, country))
    if admin1 and got == canonical_id and canonical_id is not None:
        ids = _branches(canonical_id, country, when)
        if _ISWAP in ids and len(ids) == 2:
            lake = fold(admin1).lower().strip() in _LAKE_CHAD_ADMIN1
            got = _ISWAP if lake else next(i for i in ids if i != _ISWAP)
    return got


@lru_cache(maxsize=1024)
def _branches(canonical_id: str, country: str | None, when: str | None) -> tuple[str, ...]:
    """The ids the registry's specialisations give a parent organisation in ``country`` (on ``when`` if given)."""
    reg = _registry()
    a = reg.actors.get(canonical_id)
    iso3 = reg.iso3(country)
    if a is None or iso3 is None:
        return ()
    on = dt.date.fromisoformat(when[:10]) if when else None
    ids = [i if on is not None else group_at(reg, i, None) for sp in a.specialisations
           if iso3 in sp.countries and (on is None or sp.applies(on, iso3)) for i in sp.ids]
    return tuple(dict.fromkeys(ids))


@lru_cache(maxsize=4096)
def dated_id(name: str, canonical_id: str | None, date: str | None, country: str | None) -> str | None:
    """The id an actor had on the event's date in the event's country: ACLED renames and local
    branches ("ISGS" after March 2022 is ``is_sahel``; "the Islamic State" in Mali is its Sahel
    branch), a state's operation as that state's forces. The mention's own id when the registry
    gives no single dated id."""
    if not date or canonical_id is None:
        return _forces_of_operation(canonical_id)
    from ..actors.resolver import resolve

    ids = resolve(name, date=date, country=country).ids
    if len(ids) != 1:
        ids = resolve(canonical_id, date=date, country=country).ids
    return _forces_of_operation(ids[0] if len(ids) == 1 else canonical_id)


def group_at(reg, actor_id: str, at: dt.date | None) -> str:
    """The id ``actor_id``'s organisation goes by: the registry's roll-up at ``at`` (absorptions and
    renames dated on or before it; none without a date), then its later renames; unknown ids stay."""
    current, seen = actor_id, set()
    while current in reg.actors and current not in seen:
        seen.add(current)
        if at is not None:
            current = reg.rollup(current, at)
        renames = [link for link in reg.actors[current].successors if link.relation == "became"]
        if len(renames) != 1:
            break
        current = renames[0].successor
    return current


@lru_cache(maxsize=1024)
def undated_id(canonical_id: str | None, country: str | None) -> str | None:
    """The local branch a parent organisation stands for in the event's country when the event has no date:
    the branch its dated specialisations name there, when every one of them is the same group under its
    successive names ("the Islamic State" in Mali is ISGS, renamed the Sahel Province: one group whatever the
    date); the mention's own id when they name groups that are not one (in Niger the Islamic State is the Sahel
    Province or ISWAP; al-Qaeda in Mali is AQIM or JNIM by date)."""
    reg = _registry()
    a = reg.actors.get(canonical_id) if canonical_id else None
    iso3 = reg.iso3(country)
    if a is None or not a.specialisations or iso3 is None:
        return canonical_id
    specs = [sp for sp in a.specialisations if iso3 in sp.countries]
    ids = {i for sp in specs for i in sp.ids}

    groups = {group_at(reg, i, None) for i in ids}
    return groups.pop() if len(groups) == 1 else canonical_id


def _forces_of_operation(actor_id: str | None) -> str | None:
    """A state's military operation is coded as that state's forces (ACLED names the actor "Military
    Forces of France" whether a report says Serval, Barkhane or French troops): the registry's parent
    when it belongs to the same state."""
    reg = _registry()
    a = reg.actors.get(actor_id) if actor_id else None
    parent = reg.actors.get(a.parent) if a is not None and a.parent else None
    if parent is not None and a.state and parent.state == a.state:
        return parent.id
    return actor_id


@lru_cache(maxsize=1)
def unidentified_id() -> str | None:
    return _registry_id((UNIDENTIFIED,))


def generic_mentions(text: str, folded: str, lang: str) -> list[ActorMention]:
    """Unnamed armed actors ("des hommes armés", "gunmen", "jihadistes")."""
    out = []
    cid = unidentified_id()
    for m in cue("group_generic", lang).finditer(folded):
        out.append(ActorMention(m.start(), m.end(), text[m.start() : m.end()], UNIDENTIFIED, cid, "unidentified", "generic"))
    # unnamed state forces ("the army", "soldiers", "l'armée"): the forces of the event's country, named once
    # the place is known (see :func:`state_forces_of`)
    # ("la police", "the police": the country's police, never its army)
    # a unit of the forces named by its men or its force ("une patrouille de soldats", "an army patrol", "a patrol of
    # soldiers"): the forces, the unit's noun no facility of the victims
    units = [m.span() for m in _FORCE_UNIT.get(lang, _FORCE_UNIT["fr"]).finditer(folded)]
    for a, b in units:
        who = STATE_POLICE if "polic" in folded[a:b] else STATE_FORCES
        out.append(ActorMention(a, b, text[a:b], who, None, "state", "generic_state"))
    for m in cue("state_generic", lang).finditer(folded):
        if any(a < m.end() and m.start() < b for a, b in units):
            continue
        who = STATE_POLICE if "polic" in m.group(0) else STATE_FORCES
        out.append(ActorMention(m.start(), m.end(), text[m.start() : m.end()], who, None, "state", "generic_state"))
    return sorted(out, key=lambda m: m.start)


_UNITS_FR = r"(?:patrouilles?|unites?|escouades?|detachements?|colonnes?|pelotons?|equipes?)"
_UNITS_EN = r"(?:patrols?|units?|squads?|detachments?|columns?|platoons?|teams?)"
_FORCE_UNIT = {
    "fr": re.compile(r"\b(?:une?|la|le|les|des|cette|ces) " + _UNITS_FR + r" (?:de (?:soldats|militaires|gendarmes|policiers)|"
                     r"militaires?|de (?:la )?gendarmerie|de (?:la )?police)\b"),
    "en": re.compile(r"\b(?:an?|the) (?:(?:army|military|gendarmerie|police) " + _UNITS_EN + r"|"
                     + _UNITS_EN + r" of (?:soldiers|troops|gendarmes|policemen|police officers))\b"),
}


STATE_FORCES = "State forces"
STATE_POLICE = "State police"
_ARMY_OF = {"Mali": "Military Forces of Mali", "Burkina Faso": "Military Forces of Burkina Faso",
            "Niger": "Military Forces of Niger", "Mauritania": "Military Forces of Mauritania",
            "Chad": "Military Forces of Chad", "Nigeria": "Military Forces of Nigeria"}


def state_forces_of(country: str | None) -> tuple[str, str | None] | None:
    """The name and id of a country's military forces (ACLED's naming), for unnamed state forces; a country of
    the registry with no army of its own there (Togo, Benin, Côte d'Ivoire) by ACLED's name all the same."""
    name = _ARMY_OF.get(country or "")
    if name is None:
        if not country or _registry().iso3(country) is None:
            return None
        name = f"Military Forces of {country}"
    ids = resolve_ids(name)
    return name, ids[0] if len(ids) == 1 else None


def state_police_of(country: str | None) -> tuple[str, str] | None:
    """The name and id of a country's national police (the registry's force of that state whose branch is
    the police), for unnamed police and gendarmes ("la police", "les gendarmes", "policiers")."""
    reg = _registry()
    iso3 = reg.iso3(country) if country else None
    if iso3 is None:
        return None
    police = sorted(a.id for a in reg.actors.values() if a.state == iso3 and a.branch == "police" and not a.generic)
    if len(police) != 1:
        return None
    return reg.actors[police[0]].name_en, police[0]


_EN_GROUP = re.compile(
    r"\b((?:[A-Z][\w'-]+\s+){0,4}(?:Front|Movement|Brigade|Group|Katiba|Battalion|Militia|Coalition|Council|Alliance|Army)(?:\s+(?:of|for|de|du)\s+(?:the\s+)?(?:[A-Z][\w'-]+\s*){1,4})?)"
)


# acronyms of explosive devices, which the French NER reads as organisations ("un EEI", "IEDs"): weapons, never actors
_DEVICE_ACRONYM = re.compile(r"(?:(?:SV|PB|RC|VB|V)-?)?(?:IED|EEI(?:-?V)?)[sS]?")


def _written_in_capitals(surface: str) -> bool:
    letters = [c for c in surface if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def may_name_an_actor(surface: str, is_place=None) -> bool:
    """Whether an organisation found by NER may name an actor: not an acronym of an explosive device, nor a name
    written in capitals that ``is_place`` (a gazetteer's look-up, when given) knows as a place ("DIOURA")."""
    surface = surface.strip()
    if _DEVICE_ACRONYM.fullmatch(surface):
        return False
    return not (is_place is not None and _written_in_capitals(surface) and is_place(surface))


def ner_mentions(text: str, doc=None, known: list[ActorMention] = (), is_place=None) -> list[ActorMention]:
    """Organisation names the registry does not know: spaCy ORG entities (French), or
    capitalised names built on a group noun (English). Not an acronym of an explosive device, nor a name written
    in capitals that ``is_place`` (a gazetteer's look-up, when given) knows as a place ("DIOURA" in a headline)."""
    spans = []
    if doc is not None:
        spans = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "ORG"]
    else:
        spans = [m.span(1) for m in _EN_GROUP.finditer(text)]
    out = []
    for s, e in spans:
        if any(k.start < e and s < k.end for k in known):
            continue
        surface = text[s:e].strip()
        if len(surface) < 3 or not may_name_an_actor(surface, is_place) or restates_actor_before(text, s, e, known):
            continue
        out.append(ActorMention(s, e, surface, surface, None, "unknown", "ner"))
    return out


def restates_actor_before(text: str, s: int, e: int, known) -> bool:
    """Whether ``text[s:e]`` stands alone in brackets right after an actor already found: the short form the text
    gives that actor ("des groupes armés terroristes (GAT)", "hommes armés non identifiés (HANI)"), no other one."""
    opening = text.rfind("(", 0, s)
    return opening >= 0 and not text[opening + 1:s].strip() and text[e:].lstrip().startswith(")") \
        and any(k.end <= opening and not text[k.end:opening].strip() for k in known)


#: the men of the group the previous sentence names, opening the next one ("Ses combattants ont tué ...", "Its fighters
#: killed ...", "The group's men ..."): the possessive stands for that group
_ITS_MEN = {"fr": re.compile(r"(?:^|(?<=[.!?]\s)|(?<=[.!?]\s\s))(?:ses|leurs) (?:combattants|hommes|elements|militants|"
                             r"jihadistes|djihadistes|membres)\b|(?:^|(?<=[.!?]\s))les (?:combattants|hommes|elements|"
                             r"militants|membres) (?:du|de ce) (?:groupe|mouvement)\b"),
            "en": re.compile(r"(?:^|(?<=[.!?]\s)|(?<=[.!?]\s\s))(?:its|their|the (?:group|movement)'s) (?:fighters|men|militants|"
                             r"jihadists|members)\b")}
_SENTENCE_END = re.compile(r"[.!?]\s")
# a denial told in the sentence before ("le JNIM a démenti toute implication", "the group denied any role") or the men's
# own sentence negated ("Ses combattants n'ont tué aucun civil", "Its fighters did not kill"): no deed to give them
_DENIED = re.compile(r"\b(?:dement\w*|nie|nient|nier|ni(?:e|ant)|rejet\w+|deni\w*|denies|deny|denying|rejects?|rejected|"
                     r"rejecting|n'(?:a|ont|avait|avaient|aurait|auraient)\b|ne \S+ (?:pas|aucun\w*|jamais|rien)|"
                     r"(?:did|does|do|had|has|have|were|was) not|(?:didn|doesn|don|hadn|hasn|haven|weren|wasn)'t|never)\b")
_FORCE_KINDS = frozenset({"state", "foreign_forces"})


def _its_men(text: str, folded: str, lang: str, named: list[ActorMention]) -> list[ActorMention]:
    """The possessive men of :data:`_ITS_MEN`, each a mention of the one armed group or force the sentence before names
    (none when that sentence names none or several)."""
    out = []
    for m in _ITS_MEN.get(lang, _ITS_MEN["fr"]).finditer(folded.replace("\u2019", "'")):
        ends = [e.end() for e in _SENTENCE_END.finditer(folded, 0, m.start())]
        if not ends:
            continue
        start = ends[-2] if len(ends) > 1 else 0
        after = _SENTENCE_END.search(folded, m.end())
        if _DENIED.search(folded.replace("\u2019", "'"), start, after.start() if after else len(folded)):
            continue
        before = [n for n in named if start <= n.start < m.start() and n.method == "alias"]
        groups = {n.canonical_id for n in before if n.kind in _ARMED_KINDS | _FORCE_KINDS}
        if len(groups) != 1:
            continue
        g = next(n for n in before if n.kind in _ARMED_KINDS | _FORCE_KINDS)
        out.append(ActorMention(m.start(), m.end(), text[m.start() : m.end()], g.name, g.canonical_id, g.kind, "alias"))
    return out


def find_actors(text: str, folded: str, lang: str, doc=None, matcher: ActorMatcher | None = None,
                is_place=None) -> list[ActorMention]:
    """``is_place``: a gazetteer's look-up of a name, to keep place names written in capitals out of NER's organisations."""
    matcher = matcher or default_matcher()
    named = matcher.find(text, folded)
    named = sorted(named + [a for a in _its_men(text, folded, lang, named)
                            if not any(n.start < a.end and a.start < n.end for n in named)], key=lambda m: m.start)
    generic = [g for g in generic_mentions(text, folded, lang) if not any(n.start < g.end and g.start < n.end for n in named)]
    ner = ner_mentions(text, doc, named + generic, is_place) if (doc is not None or lang == "en") else []
    ner = [m for m in ner if m.text.lower() not in ("the", "un", "le", "la")]
    return sorted(named + generic + ner, key=lambda m: m.start)
