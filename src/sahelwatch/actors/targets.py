"""Who did it, to whom, and how sure the source is: targets and attribution for every event.

:func:`derive_targets` takes event rows (columns of :data:`sahelwatch.model.EVENT_COLUMNS`)
and returns, per row, the ``target_category`` (:class:`~sahelwatch.model.TargetCategory`),
the ``attribution`` (:class:`~sahelwatch.model.Attribution`), and the ``perpetrator_ids``
and ``target_ids`` (registry ids of each side, associated actors included).

Roles follow ACLED's conventions, corrected by the notes:

* Violence against civilians: actor1 is the perpetrator, always.
* Battles and Explosions/Remote violence: actor1 is usually the initiator. The notes can
  say otherwise ("FAMa repelled an attack by ...", "MINUSMA forces were the target of a
  rocket attack", "... was killed when his vehicle hit a mine"); the first such cue in the
  notes decides. "Government regains territory" is initiated by the state side and
  "Non-state actor overtakes territory" by the non-state side.
* Protests: the protesters act; "Protest with intervention" and "Excessive force against
  protesters" make the intervening force the perpetrator and the protesters the target.
* Riots, Strategic developments: actor1 acts; looting and property destruction target property.

Attribution: ``claimed`` when the notes report a claim of responsibility (and do not deny
one); ``suspected`` when a cue of doubt ("presumed", "suspected", "allegedly", "présumés")
sits next to the perpetrator, or when the source names it as "X and/or Y" (both ids are
kept); ``attributed`` when the source names an identified
perpetrator; ``unknown`` otherwise (unidentified armed groups, no perpetrator).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Sequence

import pandas as pd

from ..model import Attribution, InterCode, TargetCategory
from .registry import Actor, Registry
from .resolver import Resolver, _as_date, default_resolver, split_actor_cell

__all__ = ["derive_targets", "TARGET_COLUMNS"]

TARGET_COLUMNS: tuple[str, ...] = (
    "target_category",
    "attribution",
    "perpetrator_ids",
    "target_ids",
    "perpetrator_side",
    "roles_from_notes",
)

#: ids whose presence as perpetrator means nobody was identified
_UNIDENTIFIED = frozenset({"unidentified_armed_group", "islamist_militia", "unidentified_communal_militia"})

# --------------------------------------------------------------------------- notes cues
_CLAIM = re.compile(
    r"claim(?:s|ed)?\s+(?:the\s+)?responsibility|responsibility\s+(?:was|has been)\s+claimed"
    r"|claim(?:s|ed)?\s+(?:the|this|an|its|their)\s+(?:attack|ambush|abduction|kidnapping|killing|"
    r"assassination|bombing|operation|execution|raid)"
    r"|claim(?:s|ed)?\s+to\s+have\s+(?:killed|taken|attacked|captured|seized|carried out|executed|shot|downed)"
    r"|claimed\s+by|took\s+responsibility|announced\s+the\s+(?:execution|killing|kidnapping|abduction)"
    r"|revendiqu",
    re.IGNORECASE,
)
_NO_CLAIM = re.compile(
    r"\b(?:no|not|yet\s+to|never|without|none)\b[^.]{0,40}\bclaim|unclaimed"
    r"|aucune\s+revendication|non\s+revendiqu|pas\s+(?:encore\s+)?(?:été\s+)?revendiqu|n'a\s+pas\s+(?:été\s+)?revendiqu",
    re.IGNORECASE,
)
_DOUBT = re.compile(
    r"\b(?:presum\w*|suspect\w*|alleged\w*|reportedly|believed|thought\s+to\s+be|likely|probabl\w*|"
    r"possibl\w*|supposed\w*|purported\w*|présum\w*|presume\w*|suppos\w*|soupçonn\w*|soupconn\w*|"
    r"vraisemblablement|accused|blamed)\b",
    re.IGNORECASE,
)
_HUMANITARIAN = re.compile(
    r"\b(?:aid|humanitarian|ngo|relief)\s+(?:worker|staff|convoy|vehicle|agent|employee|organi[sz]ation|agency)s?\b"
    r"|\b(?:ONG|NGOs?|ICRC|CICR|Red\s+Cross|Croix[- ]Rouge|MSF|Médecins\s+Sans\s+Frontières|WFP|UNICEF|UNHCR|"
    r"humanitaires?)\b",
    re.IGNORECASE,
)
_OFFICIAL = re.compile(
    r"\b(?:mayor|deputy\s+mayor|maire|prefect|sub-?prefect|subprefect|préfet|sous-préfet|governor|gouverneur|"
    r"(?:government|local|elected|election|state|public)\s+officials?|civil\s+servants?|fonctionnaires?|judge|juge|"
    r"magistrat\w*|diplomat\w*|ambassador|ambassadeur|consul|councill?or|conseiller|"
    r"member\s+of\s+parliament|député|minister|ministre|administrator|administrateur)\b",
    re.IGNORECASE,
)
_PROPERTY = re.compile(
    r"\b(?:burn(?:ed|t)|torch(?:ed)?|set\s+(?:ablaze|on\s+fire|fire)|destroy(?:ed)?|looted|loot(?:ing)?|pillag\w*|"
    r"vandali[sz]\w*|sabotag\w*|incendi\w*|détrui\w*|pill[ée]\w*|saccag\w*)\b",
    re.IGNORECASE,
)
# role cues (the first one in the notes decides); each names the verb whose *subject* is
#   "init" the initiator, "def" the defender, "vict" the victim; "by" then names the agent.
_ROLE_CUES = re.compile(
    r"(?P<passive>\b(?:was|were|been|being|is|are)\s+(?:\w+\s+)?(?:attacked|ambushed|raided|assaulted|targeted|"
    r"the\s+targets?\s+of|shelled|hit|struck|killed\s+by|wounded\s+by|injured\s+by|shot\s+by|fired\s+(?:on|at))"
    r"|\b(?:killed|wounded|injured)\s+(?:in|during)\s+an?\s+(?:\w+\s+)?(?:ambush|attack|raid)\s+by)"
    r"|(?P<vict>\b(?:was|were)\s+(?:\w+\s+)?(?:killed|wounded|injured)\s+(?:when|after|as)\b|\bcame\s+under\s+"
    r"(?:attack|fire)|\b(?:hit|struck|ran\s+over|stepped\s+on|drove\s+over)\s+(?:a|an)\s+(?:\w+\s+)?"
    r"(?:mine|landmine|IED|explosive|bomb|device)s?\b|\bont\s+été\s+(?:attaqu|pris\s+pour\s+cible|visés)\w*)"
    r"|(?P<defend>\b(?:repelled|repulsed|foiled|thwarted|fended\s+off|pushed\s+back|fought\s+off|"
    r"(?:a|ont)\s+repoussé|repoussé|déjoué)\b)"
    r"|(?P<init>\b(?:attacked|ambushed|raided|assaulted|stormed|shelled|launched\s+an?\s+"
    r"(?:attack|assault|offensive)|opened\s+fire|fired\s+(?:on|at|upon)|a\s+attaqué|ont\s+attaqué|"
    r"ont\s+tendu\s+une\s+embuscade|a\s+tendu\s+une\s+embuscade|"
    r"(?:struck|hit|targeted)(?=\s+(?:a|an|the|two|three|several|\d+)\b))\b)",
    re.IGNORECASE,
)
_BY = re.compile(r"^\s*(?:\w+\s+)?by\b(?P<agent>[^.;,()]{0,80})", re.IGNORECASE)
# passive forms without a "by": "army post attacked around midnight", "assailants repelled, no casualties"
_AUX_BEFORE = re.compile(r"\b(?:was|were|been|being|got|is|are)\s+$", re.IGNORECASE)
_PLACE_BEFORE = re.compile(
    r"\b(?:checkpoints?|checkposts?|posts?|camps?|bases?|convoys?|patrols?|vehicles?|positions?|stations?|outposts?|"
    r"trucks?|barracks|headquarters|units?)\b",
    re.IGNORECASE,
)
_NO_OBJECT = re.compile(r"^\s*(?:[,.;)]|$|(?:in|at|near|on|after|and|with|without|during|while)\b)", re.IGNORECASE)

# words that point to a side, by family / branch (used with the actors' own names)
_FAMILY_WORDS = {
    "state_forces": r"army|armée|soldiers?|troops|military|militaires|soldats|security\s+forces|forces\s+de\s+sécurité"
    r"|FAMa|FDS|defen[cs]e\s+(?:and|et)\s+security",
    "foreign_forces": r"troops|soldiers?|foreign\s+forces",
    "un_peacekeepers": r"peacekeep\w*|blue\s+helmets|casques\s+bleus|UN\s+(?:forces|troops|camp|base)",
    "jihadist_al_qaeda": r"militants?|jihadists?|djihadistes?|islamists?|islamistes?|terroristes?|terrorists?",
    "jihadist_islamic_state": r"militants?|jihadists?|djihadistes?|islamists?|islamistes?|terroristes?|terrorists?",
    "jihadist_other": r"militants?|jihadists?|djihadistes?|islamists?|islamistes?|terroristes?|terrorists?",
    "signatory_armed_groups": r"combatants|rebels?|rebelles|ex-rebels|former\s+rebels",
    "militias": r"militia\w*|milicien\w*|hunters|chasseurs|self-defen[cs]e",
    "unidentified": r"gunmen|armed\s+(?:men|individuals|assailants)|assailants?|attackers|unknown|unidentified"
    r"|hommes\s+armés|individus\s+armés|bandits",
    "civilians": r"civilians?|villagers?|residents?|herders?|civils|villageois|habitants",
    "demonstrators": r"protesters?|rioters?|demonstrators?|manifestants|youths?",
}
_BRANCH_WORDS = {
    "gendarmerie": r"gendarm\w*",
    "police": r"police\w*|policiers?",
    "national_guard": r"national\s+guard\w*|garde\s+nationale|gardes\s+nationaux",
    "government": r"government|gouvernement|authorities|autorités|officials?",
    "military": r"army|armée|soldiers?|troops|military|militaires|soldats",
}


@dataclass(frozen=True, slots=True)
class _Side:
    ids: tuple[str, ...]
    primary: tuple[str, ...]  # ids of actorN itself (not its associates)
    inter: int | None


def derive_targets(df: pd.DataFrame, *, resolver: Resolver | None = None) -> pd.DataFrame:
    """Target category, attribution and the ids of both sides, for every row of ``df``.

    ``df`` has (some of) the columns actor1, assoc_actor_1, inter1, actor2, assoc_actor_2,
    inter2, event_type, sub_event_type, notes, source, and optionally event_date, country
    (or iso3) and actor1_source_id/actor2_source_id (used to make ids date-aware and to
    keep UCDP's own ids). Missing columns count as empty. The result has the same index as
    ``df`` and the columns :data:`TARGET_COLUMNS`.
    """
    return _derive(df, resolver or default_resolver())[0]


def _derive(df: pd.DataFrame, r: Resolver) -> tuple[pd.DataFrame, dict[str, list[tuple[str, ...]]]]:
    n = len(df)
    idx = df.index

    def col(*names: str) -> pd.Series:
        for name in names:
            if name in df.columns:
                return df[name]
        return pd.Series([None] * n, index=idx, dtype=object)

    notes = col("notes").fillna("").astype(str)
    # vectorised cue detection over all notes
    claimed = (notes.str.contains(_CLAIM) & ~notes.str.contains(_NO_CLAIM)).to_numpy()
    doubt_any = notes.str.contains(_DOUBT).to_numpy()
    humanitarian_cue = notes.str.contains(_HUMANITARIAN).to_numpy()
    official_cue = notes.str.contains(_OFFICIAL).to_numpy()
    property_cue = notes.str.contains(_PROPERTY).to_numpy()

    kw = _Keywords(r.registry)
    cell_cache: dict[tuple, tuple[str, ...]] = {}
    uncertain_ids: set[tuple[str, ...]] = set()  # cells naming "X and/or Y": the source is unsure who

    def side_ids(cell, source, when, country, sid=None) -> tuple[str, ...]:
        key = (cell if isinstance(cell, str) else None, source, when, country, sid)
        hit = cell_cache.get(key)
        if hit is None:
            names = split_actor_cell(cell)
            out: list[str] = []
            unsure = False
            for name in names:
                res = r.resolve(name, source=source, date=when, country=country,
                                source_actor_id=sid if len(names) == 1 else None)
                out.extend(res.ids)
                unsure = unsure or (res.ambiguous and res.method == "composite")
            hit = tuple(dict.fromkeys(out))
            cell_cache[key] = hit
            if unsure:
                uncertain_ids.add(hit)
        return hit

    cols = {c: col(c).tolist() for c in (
        "actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "inter1", "inter2", "event_type", "sub_event_type")}
    src_l = col("source").tolist()
    date_l = col("event_date").tolist()
    ctry_l = col("country", "iso3").tolist()
    sid1_l = col("actor1_source_id").tolist()
    sid2_l = col("actor2_source_id").tolist()
    notes_l = notes.tolist()

    ids_out: dict[str, list[tuple[str, ...]]] = {
        "actor1_ids": [], "assoc_actor_1_ids": [], "actor2_ids": [], "assoc_actor_2_ids": []}
    out_cat, out_att, out_perp, out_tgt, out_side, out_notes = [], [], [], [], [], []
    for i in range(n):
        source = _str_or_none(src_l[i])
        when = _as_date(date_l[i])
        country = _str_or_none(ctry_l[i])
        a1 = side_ids(cols["actor1"][i], source, when, country, _str_or_none(sid1_l[i]))
        a2 = side_ids(cols["actor2"][i], source, when, country, _str_or_none(sid2_l[i]))
        as1 = side_ids(cols["assoc_actor_1"][i], source, when, country)
        as2 = side_ids(cols["assoc_actor_2"][i], source, when, country)
        ids_out["actor1_ids"].append(a1)
        ids_out["actor2_ids"].append(a2)
        ids_out["assoc_actor_1_ids"].append(as1)
        ids_out["assoc_actor_2_ids"].append(as2)
        s1 = _Side(a1 + tuple(x for x in as1 if x not in a1), a1, _int_or_none(cols["inter1"][i]))
        s2 = _Side(a2 + tuple(x for x in as2 if x not in a2), a2, _int_or_none(cols["inter2"][i]))
        etype = _event_family(_str_or_none(cols["event_type"][i]), s1, s2)
        sub = (_str_or_none(cols["sub_event_type"][i]) or "").strip()
        text = notes_l[i]

        perp, tgt, side, from_notes = _roles(etype, sub, s1, s2, text, kw)
        category = _target_category(etype, sub, tgt, r.registry, bool(humanitarian_cue[i]),
                                    bool(official_cue[i]), bool(property_cue[i]))
        attribution = _attribution(perp, text, bool(claimed[i]), bool(doubt_any[i]), kw)
        if attribution is Attribution.ATTRIBUTED and perp is not None and perp.primary in uncertain_ids:
            attribution = Attribution.SUSPECTED  # "X and/or Y": both ids, the attribution uncertain
        out_cat.append(category.value)
        out_att.append(attribution.value)
        out_perp.append(perp.ids if perp else ())
        out_tgt.append(tgt.ids if tgt else ())
        out_side.append(side)
        out_notes.append(from_notes)
    frame = pd.DataFrame(
        {
            "target_category": out_cat,
            "attribution": out_att,
            "perpetrator_ids": out_perp,
            "target_ids": out_tgt,
            "perpetrator_side": out_side,
            "roles_from_notes": out_notes,
        },
        index=idx,
    )
    return frame, ids_out


# --------------------------------------------------------------------------- roles
def _event_family(etype: str | None, s1: _Side, s2: _Side) -> str:
    """ACLED event type, with the legacy (pre-2019) names mapped onto the current ones."""
    if not etype:
        return "unknown"
    e = etype.strip().lower()
    if e.startswith("battle"):
        return "battles"
    if e.startswith("explosions") or e.startswith("remote violence"):
        return "explosions"
    if e.startswith("violence against civilians"):
        return "vac"
    if e == "protests":
        return "protests"
    if e == "riots":
        return "riots"
    if e.startswith("riots/protests"):
        return "riots" if s1.inter == InterCode.RIOTERS else "protests"
    if e.startswith("strategic") or e.startswith("non-violent") or e.startswith("headquarters"):
        return "strategic"
    return "unknown"


def _roles(etype: str, sub: str, s1: _Side, s2: _Side, text: str, kw: "_Keywords"):
    """(perpetrator side, target side, 'actor1'|'actor2'|None, decided by the notes?)."""
    has2 = bool(s2.ids)
    if etype == "vac":
        return s1, s2, "actor1", False
    if etype == "protests":
        if sub in ("Protest with intervention", "Excessive force against protesters") and has2:
            return s2, s1, "actor2", False
        return s1, None, "actor1", False
    if etype in ("riots", "strategic", "unknown"):
        return s1, (s2 if has2 else None), "actor1", False
    # battles and explosions
    if has2 and sub == "Government regains territory":
        if s2.inter == InterCode.STATE_FORCES and s1.inter != InterCode.STATE_FORCES:
            return s2, s1, "actor2", False
        return s1, s2, "actor1", False
    if has2 and sub == "Non-state actor overtakes territory":
        if s1.inter == InterCode.STATE_FORCES and s2.inter != InterCode.STATE_FORCES:
            return s2, s1, "actor2", False
        return s1, s2, "actor1", False
    if has2:
        initiator = _initiator_from_notes(text, s1, s2, kw)
        if initiator == 2:
            return s2, s1, "actor2", True
        return s1, s2, "actor1", initiator == 1
    return s1, None, "actor1", False


_BY_NEAR = re.compile(
    r"^(?:(?!\b\w+ed\b)[^.;]){0,60}?\bby\b(?P<agent>(?:\s*(?!(?:that|which|who|when|while|in|near|on|at)\b)"
    r"[^\s.;,()]+){1,6})",
    re.IGNORECASE,
)
_AGENT = re.compile(r"^(?P<agent>(?:\s*(?!(?:that|which|who|when|while|in|near|on|at)\b)[^\s.;,()]+){1,6})", re.IGNORECASE)
_ACTIVE_ONLY = re.compile(r"opened\s+fire|fired\s+(?:on|at|upon)|launched|ont\s+|a\s+", re.IGNORECASE)
_OBJECT_AFTER = re.compile(
    r"^\s+(?!(?:a\s+)?(?:few\s+)?(?:\d+\s*)?(?:kilomet\w*|km|miles?|met(?:er|re)s|hours?|days?)\b)"
    r"(?:(?:a|an|the|two|three|four|five|several|\d+|their|his|its|some|local|un|une|les|des|le|la)\b|l'|[A-Z])",
)
_PRONOUN = re.compile(r"\b(?:their|his|its|they|he|it|leur|leurs|son|sa|ils)\b", re.IGNORECASE)


def _near(subject: str, words: int = 5) -> str:
    """The last few words of the clause before a verb: where its grammatical subject sits."""
    clause = subject[subject.rfind(", ") + 2:] if ", " in subject else subject
    return " ".join(clause.split()[-words:])


def _initiator_from_notes(text: str, s1: _Side, s2: _Side, kw: "_Keywords") -> int | None:
    """1 or 2 when the first decisive role cue in the notes names the initiator; None otherwise."""
    if not text:
        return None
    rx1, rx2 = kw.side_regex(s1.ids, s1.primary), kw.side_regex(s2.ids, s2.primary)
    if rx1 is None or rx2 is None:
        return None
    for m in _ROLE_CUES.finditer(text):
        sent_start = max(text.rfind(". ", 0, m.start()) + 1, text.rfind("; ", 0, m.start()) + 1, 0)
        subject = text[sent_start:m.start()]
        near = _near(subject)
        if _PRONOUN.search(near) and not (rx1.search(near) or rx2.search(near)):
            near = " ".join(subject.split()[:6])  # "their vehicle hit a mine": the sentence's subject
        after = text[m.end():]
        who = _which(near, rx1, rx2)
        kind = m.lastgroup
        if m.group().lower().endswith(" by"):  # "was killed by X"
            bym = _AGENT.match(after)
        elif kind == "vict" or (kind == "init" and _ACTIVE_ONLY.match(m.group())):
            bym = None
        else:
            bym = _BY_NEAR.match(after)
        agent = _which(bym.group("agent"), rx1, rx2) if bym else None
        if kind == "init":
            if agent:  # "attacked around 20h by X": X initiated
                return agent
            headline = not _OBJECT_AFTER.match(after) and _PLACE_BEFORE.search(near + " ")
            if _AUX_BEFORE.search(subject) or headline:  # "army post (was) attacked ..."
                if who:
                    return 3 - who
                continue
            if who:
                return who
            continue
        if kind == "defend":
            if agent:  # "repelled by X": X defended
                return 3 - agent
            if " and " in near or re.search(r"\battacks?\b", near, re.IGNORECASE):
                continue
            if _AUX_BEFORE.search(subject) or _NO_OBJECT.match(after):  # "assailants (were) repelled"
                if who:
                    return who
                continue
            if who:
                return 3 - who
            continue
        # passive and victim cues: the subject is the victim; "by X" names the initiator
        if agent:
            return agent
        if who:
            return 3 - who
    return None


def _which(fragment: str, rx1: re.Pattern, rx2: re.Pattern) -> int | None:
    f1, f2 = bool(rx1.search(fragment)), bool(rx2.search(fragment))
    if f1 and not f2:
        return 1
    if f2 and not f1:
        return 2
    return None


# --------------------------------------------------------------------------- categories
def _target_category(
    etype: str,
    sub: str,
    tgt: _Side | None,
    registry: Registry,
    humanitarian_cue: bool,
    official_cue: bool,
    property_cue: bool,
) -> TargetCategory:
    if etype == "protests":
        if tgt is not None:
            return TargetCategory.CIVILIANS
        return TargetCategory.NONE
    if etype == "strategic":
        if sub == "Looting/property destruction":
            if tgt is not None and (humanitarian_cue or any(
                "humanitarian" in registry.actors[i].tags for i in tgt.ids if i in registry.actors
            )):
                return TargetCategory.HUMANITARIAN  # an aid convoy looted is an attack on aid
            return TargetCategory.PROPERTY
        if sub == "Arrests" and tgt is not None:
            return _category_of_side(tgt, registry, humanitarian_cue, official_cue)
        return TargetCategory.NONE
    if tgt is None or not tgt.ids:
        if etype in ("riots", "explosions", "battles") and property_cue:
            return TargetCategory.PROPERTY
        return TargetCategory.NONE
    return _category_of_side(tgt, registry, humanitarian_cue, official_cue)


def _category_of_side(tgt: _Side, registry: Registry, humanitarian_cue: bool, official_cue: bool) -> TargetCategory:
    primary = [registry.actors[i] for i in tgt.primary if i in registry.actors]
    assoc = [registry.actors[i] for i in tgt.ids if i in registry.actors and i not in tgt.primary]
    if primary:
        cat = _category_of_actor(primary[0])
    else:
        cat = _category_of_inter(tgt.inter)
    if cat in (TargetCategory.CIVILIANS, TargetCategory.NONE):
        # associated actors and notes refine who the civilians were
        if any("humanitarian" in a.tags for a in primary + assoc) or humanitarian_cue:
            return TargetCategory.HUMANITARIAN
        if any("officials" in a.tags for a in assoc) or official_cue:
            return TargetCategory.GOVERNMENT_OFFICIALS
        if any("peacekeepers" in a.tags for a in assoc):
            return TargetCategory.PEACEKEEPERS
    return cat


def _category_of_actor(a: Actor) -> TargetCategory:
    if "humanitarian" in a.tags:
        return TargetCategory.HUMANITARIAN
    if "peacekeepers" in a.tags or a.family == "un_peacekeepers":
        return TargetCategory.PEACEKEEPERS
    if "officials" in a.tags:
        return TargetCategory.GOVERNMENT_OFFICIALS
    if a.id == "private_security":
        return TargetCategory.CIVILIANS
    if a.actor_type == "state_forces" or (a.actor_type == "external_forces" and a.family == "foreign_forces"):
        return TargetCategory.SECURITY_FORCES
    if a.actor_type in ("rebel_group", "political_militia", "identity_militia"):
        return TargetCategory.ARMED_GROUP
    if a.actor_type in ("civilians", "protesters", "rioters"):
        return TargetCategory.CIVILIANS
    return TargetCategory.NONE


def _category_of_inter(inter: int | None) -> TargetCategory:
    if inter in (InterCode.STATE_FORCES, InterCode.EXTERNAL_OTHER_FORCES):
        return TargetCategory.SECURITY_FORCES
    if inter in (InterCode.REBEL_GROUP, InterCode.POLITICAL_MILITIA, InterCode.IDENTITY_MILITIA):
        return TargetCategory.ARMED_GROUP
    if inter in (InterCode.RIOTERS, InterCode.PROTESTERS, InterCode.CIVILIANS):
        return TargetCategory.CIVILIANS
    return TargetCategory.NONE


# --------------------------------------------------------------------------- attribution
def _attribution(perp: _Side | None, text: str, claimed: bool, doubt_any: bool, kw: "_Keywords") -> Attribution:
    if perp is None or not perp.ids:
        return Attribution.UNKNOWN
    if claimed:
        return Attribution.CLAIMED
    if doubt_any:  # the perpetrator's name pattern is built only when the text voices doubt
        rx = kw.side_regex(perp.ids, perp.primary)
        if rx is not None and _doubt_near(text, rx):
            return Attribution.SUSPECTED
    if all(i in _UNIDENTIFIED for i in perp.primary or perp.ids):
        return Attribution.UNKNOWN
    return Attribution.ATTRIBUTED


_DOUBT_AFTER = re.compile(
    r"^\W*(?:[\w'-]+\W+){0,3}?(?:is|are|was|were|being)\s+(?:\w+\s+)?"
    r"(?:suspected|believed|presumed|thought|alleged|accused|blamed|présumés?|soupçonnés?)\b",
    re.IGNORECASE,
)
_DOUBT_PRONOUN = re.compile(
    r"\b(?:they|he|she|ils|il|elles)\s+(?:\w+\s+)?(?:allegedly|reportedly|presumably|supposedly|auraient|aurait)\b",
    re.IGNORECASE,
)


def _doubt_near(text: str, rx: re.Pattern, window: int = 60) -> bool:
    """Doubt about the perpetrator: "presumed X", "X are suspected", "they allegedly ..."."""
    mentions = [m.span() for m in rx.finditer(text)]
    if not mentions:
        return False
    for d in _DOUBT.finditer(text):
        for s, _ in mentions:
            if 0 <= s - d.end() <= window:
                return True
    for _, e in mentions:
        if _DOUBT_AFTER.match(text[e:e + 80]):
            return True
    return bool(_DOUBT_PRONOUN.search(text))


# --------------------------------------------------------------------------- keywords
class _Keywords:
    """Regexes that find mentions of a side (its actors' names, acronyms and generic words)."""

    def __init__(self, registry: Registry):
        self.registry = registry
        self._cache: dict[tuple[str, ...], re.Pattern | None] = {}

    def side_regex(self, ids: Sequence[str], primary: Sequence[str] = ()) -> re.Pattern | None:
        """Mentions of the actors ``ids``; generic words (soldiers, militants ...) only for ``primary``."""
        primary = tuple(primary) or tuple(ids)
        key = (tuple(sorted(ids)), tuple(sorted(primary)))
        if key in self._cache:
            return self._cache[key]
        ci: set[str] = set()  # case-insensitive alternatives (regex source)
        cs: set[str] = set()  # case-sensitive acronyms
        for aid in ids:
            a = self.registry.actors.get(aid)
            if a is None:
                continue
            for name in (*a.names, *a.aliases):
                for part in _name_parts(name):
                    if len(part) <= 5 and part.isupper():
                        cs.add(re.escape(part))
                    elif len(part) >= 4:
                        ci.add(re.escape(part))
            if aid not in primary:
                continue
            fam = _FAMILY_WORDS.get(a.family)
            if fam:
                ci.add(fam)
            br = _BRANCH_WORDS.get(a.branch or "")
            if br and a.actor_type == "state_forces":
                ci.add(br)
            if a.id in ("serval", "barkhane", "takuba", "french_forces"):
                ci.add(r"French|français\w*|France")
        parts = []
        if ci:
            parts.append(r"(?i:\b(?:" + "|".join(sorted(ci, key=len, reverse=True)) + r")\b)")
        if cs:
            parts.append(r"\b(?:" + "|".join(sorted(cs, key=len, reverse=True)) + r")\b")
        rx = re.compile("|".join(parts)) if parts else None
        self._cache[key] = rx
        return rx


def _name_parts(name: str) -> Iterable[str]:
    """'JNIM: Group for Support of Islam and Muslims' -> 'JNIM', 'Group for ...'."""
    name = re.sub(r"\s*\([^)]*\)\s*$", "", name).strip()
    if ": " in name:
        head, tail = name.split(": ", 1)
        return (head.strip(), tail.strip())
    return (name,)


# --------------------------------------------------------------------------- small helpers
def _str_or_none(v) -> str | None:
    if v is None:
        return None
    if isinstance(v, float) and v != v:
        return None
    s = str(v).strip()
    return s or None


def _int_or_none(v) -> int | None:
    try:
        if v is None or (isinstance(v, float) and v != v):
            return None
        return int(v)
    except (TypeError, ValueError):
        return None
