"""Counts in figures and words, and the fatalities a sentence reports.

Vague counts follow one conservative rule (the reported figure is a floor, never
inflated), giving ``(low, best, high)``:

==========================================  ======================
expression                                  low, best, high
==========================================  ======================
"12", "douze", "twelve"                     12, 12, 12
"au moins 12", "at least 12"                12, 12, None
"plus de 30", "more than 30", "over 30"     31, 31, None
"près de 80", "environ 80", "about 80"      None, 80, 80 ("nearly" caps)
"une dizaine" (…vingtaine, centaine)        10, 10, None
"des dizaines", "plusieurs dizaines"        20, 20, None  (two units: 2 x 10)
"dozens"                                    24, 24, None  (2 x 12)
"des centaines", "hundreds", "des milliers",  floor, None, None (no exact count: a magnitude
"thousands", "millions"                       is a range, "hundreds" = 200 or more)
"plusieurs", "several", "des", "many"       2, 2, None    (a plural is at least 2)
"entre 20 et 50", "20 to 50"                20, 20, 50
"an estimated 100", "estimé à 100"          None, 100, None (an estimate is a best guess)
"quatre ou cinq", "four or five"            4, 4, 5
==========================================  ======================

Fatalities of a sentence: numbers are attached to death, injury and other predicates
("ont été tués", "tuant", "killing", "N morts", "les corps de N", "portant le bilan à N
morts"). Coordinated counts add up within a sentence ("killing five soldiers and two
attackers" is 7; "Trois gendarmes et deux commerçants ont été tués" is 5); counts introduced by
"dont"/"including" are parts of a total and are not added. A passive death verb with no
number counts 1 when singular ("a été tué", "was killed") and 2 (floor) when plural; a plural whose subject
is a pronoun ("they were killed") points back to dead counted elsewhere and adds nothing to a figure.
Across the sentences of one event (see ``pipeline``) an explicit toll ("bilan", "death toll")
wins; else the main sentence's exact figure (plus later deaths given as more: "deux autres ont
succombé"); else the first exact figure of the others (a larger one further on is most often a
cumulative toll or another attack's). A rough figure ("une dizaine", "près de vingt") gives way to
the first precise count of the same side within its range (so does a bare plural). A total followed by its breakdown
("onze personnes dont neuf soldats") is the count. A
magnitude ("des milliers", "thousands") has no best count: it never beats an exact figure.
A vague plural ("plusieurs terroristes") gives way to the first figure of its side that says a number; a floor ("at
least 20") to the first exact count above it and within twice its figure, when that figure's sentence tells the
event's toll again (names the event back: "the raid", "l'attaque"; tells it as an attack: "in a raid on ..."; or a
toll) and is no cumulative one ("in total", "au total", "since January", "depuis", "so far", "cette année"), and
unless an attacker claims it.

Also dead: what an act leaves ("which left three soldiers dead", "laissant quatre villageois sans vie"), the object
of a French present ("Une attaque tue douze civils"; never a day: folded, "Un gendarme tué mardi 3 juin" reads
"tue", and the participle keeps its reading when the present finds no object), the fatally wounded ("mortellement
atteints", "fatally shot"), what a riposte allowed ("a permis de neutraliser"), bodies the enemy abandoned, the
"eliminated"/"éliminés" of the armed side or of a state force ("30 terrorists eliminated", "l'armée a éliminé douze
individus"; never a race's or a list's candidates). Not counted here: the dead of a clause of another month ("où
onze gardes avaient péri en avril", "after seven guards were murdered in October"; "ou", the conjunction, opens
none: "deux ou trois civils ont été tués en mai"), of a recalled attack
("remonte au", "dates back to"), another source's figure for the same side ("..., but a fighter said 30 were
killed"), the figure of a report's sources ("two local sources said"). A toll of one side followed by the other
side's dead ("bilan de 9 soldats tués ... et de 14 assaillants tués") is the toll of both. A toll revised further on in
its sentence ("29 dead, but sources have since reported a heavier toll: 60 dead") replaces the first figure. The life an
attack cost a named victim ("a coûté la vie au maire") counts one. More dead told at another time ("four gendarmes were
also killed last week") are another event's. The state's volunteers ("combattants volontaires", "volunteer fighters")
are not the armed side. A toll is revised only by its own noun ("le bilan est passé à", "the toll rose to"; never "le
groupe est passé à l'attaque"); "au moins" or "au total" between a life cost and its figure ("a coûté la vie au moins
à douze soldats") keeps the figure. An article before a noun that names no person ("six morts, un bilan provisoire",
"a abattu un drone", "killed six herders, an attack ...") counts no one. An age ("un berger d'une trentaine d'années") and a
span of years ("(1970-1975)") count no one; a toll of the wounded ("un bilan faisant état de cinq blessés graves") is
no death toll; a passive with no figure takes the side of its subject ("des jihadistes ont péri" is the armed side's).
A negation stops at its clause's comma ("visant une foule sans arme, tuant trois villageois" kills three); a side's
heading ("côté « des terroristes, 9 cadavres laissés ... et une vingtaine abattus »") covers the figures coordinated
after it; a death verb after a killing verb's object ("the raid that killed two gunmen also killed ...") tells no more
dead of that object, nor does one of a pair ("l'une a succombé, l'autre est blessée"); a later sentence set before
the event ("Avant l'attaque, ...", "Auparavant,", "Previously,") counts an earlier event's dead, and so does the clause
an event's time is counted from ("depuis qu'un raid a fait une centaine de morts", "since gunmen killed 40 soldiers",
"depuis l'attaque qui a fait 90 morts"); a cause set before its sentence's main clause ("En représailles à ..., ils ont
exécuté 15 hommes") ends at its comma. A toll released on a day of its own ("selon un bilan officiel publié mercredi",
"according to a toll released on Wednesday") is the event's newer toll.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..folding import fold_aligned as fold
from .dates import MONTHS_RE, _month_re
from .prefilter import GuardSet, guard
from .resources import cue, words_re

_FR_UNITS = {
    "zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40,
    "cinquante": 50, "soixante": 60, "cent": 100, "cents": 100, "mille": 1000,
}
_EN_UNITS = {
    "zero": 0, "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "thousand": 1000,
}
_FR_APPROX = {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
              "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1000}
_FR_PLURAL_APPROX = {"dizaines": 20, "centaines": 200, "milliers": 2000, "millions": 2_000_000}
_EN_PLURAL_APPROX = {"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "millions": 2_000_000}
# plural magnitudes from a hundred up are ranges, never an exact count: low = the floor, best = None
_MAGNITUDE = 200


def _words_value(words: list[str], lang: str) -> int | None:
    units = _FR_UNITS if lang == "fr" else _EN_UNITS
    total, cur = 0, 0
    for w in words:
        if w in ("et", "and", ""):
            continue
        if w not in units:
            return None
        v = units[w]
        if v == 100:
            cur = max(cur, 1) * 100
        elif v == 1000:
            total += max(cur, 1) * 1000
            cur = 0
        elif lang == "fr" and w in ("vingt", "vingts") and cur == 4:
            cur = 80
        elif lang == "fr" and cur in (60, 80) and 10 <= v <= 19:
            cur += v
        else:
            cur += v
    return total + cur


def _num_word_re(lang: str) -> str:
    units = _FR_UNITS if lang == "fr" else _EN_UNITS
    alts = "|".join(sorted((u for u in units if u not in ("a", "an")), key=len, reverse=True))
    w = rf"(?:{alts})"
    # "more than a hundred", "a thousand": the article is the figure one before a hundred or a thousand
    head = rf"(?:an? (?=hundred\b|thousand\b))?{w}" if lang == "en" else w
    return rf"\b{head}(?:(?:-et-|-| et | and |-and-| ){w})*\b"


@dataclass(frozen=True, slots=True)
class NumberMention:
    start: int
    end: int
    low: int | None
    best: int | None  # None: a magnitude ("thousands"), no exact count
    high: int | None
    exact: bool
    word: str  # the head text, for debugging and evidence


_RE_CACHE: dict[str, re.Pattern] = {}


def _number_re(lang: str) -> re.Pattern:
    if lang in _RE_CACHE:
        return _RE_CACHE[lang]
    words = _num_word_re(lang)
    # thousands: "1.000", "1 000" (French), "1,000" (English only: a French comma is a decimal one)
    digits = r"\b\d{1,3}(?:[.\u202f\u00a0 ]\d{3})+\b|\b\d+\b" if lang == "fr" else \
        r"\b\d{1,3}(?:[,.\u202f\u00a0 ]\d{3})+\b|\b\d+\b"
    if lang == "fr":
        mod = r"(?P<mod>au moins|au minimum|un minimum de|pas moins de|plus d'une?|plus de|pres d'une?|pres de|environ|quelque|jusqu'a|au total|un total de|(?:un nombre )?estime a)\s+"
        # (a quote mark may open after the article: 'une « vingtaine d'assaillants »', 'a "dozen gunmen"')
        approx = r"(?P<approx>(?:une |d'une |(?<=plus d'une ))(?:\"\s*)?(?:" + "|".join(_FR_APPROX) + r"))"
        papprox = r"(?P<papprox>(?:des |plusieurs |quelques )(?:" + "|".join(_FR_PLURAL_APPROX) + r"))"
        several = r"(?P<several>\bplusieurs\b|\bde nombreux\b|\bde nombreuses\b|\bquelques\b)"
        rng = rf"(?:\s+(?:a|ou|et)\s+(?P<hi>{digits}|{words}))?"
        pat = rf"(?:\bentre\s+)?(?:{mod})?(?:{approx}|{papprox}|(?P<num>{digits}|{words}){rng}|{several})"
    else:
        mod = r"(?P<mod>at least|a minimum of|no fewer than|not less than|more than|greater than|in excess of|upwards of|over|nearly|almost|about|around|some estimated|some|roughly|approximately|up to|a total of|as many as|an estimated|estimated)\s+"
        approx = r"(?P<approx>(?:half a|a|one|two|three|four|five|six|seven|eight|nine|ten) (?:\"\s*)?dozen|a couple of|a handful of)"
        papprox = r"(?P<papprox>(?:several |tens of |hundreds of )?(?:" + "|".join(_EN_PLURAL_APPROX) + r")|(?:several|a few) dozen\b)"
        several = r"(?P<several>\bseveral\b|\bmany\b|\bnumerous\b|\ba number of\b)"
        rng = rf"(?:\s*(?:to|or|and|-)\s*(?P<hi>{digits}|{words}))?"
        pat = rf"(?:\bbetween\s+)?(?:{mod})?(?:{approx}|{papprox}|(?P<num>{digits}|{words}){rng}|{several})"
    _RE_CACHE[lang] = re.compile(pat)
    return _RE_CACHE[lang]


_NOT_DIGIT = re.compile(r"\D")
_WORD_SEP = re.compile(r"[- ]+")


def _to_int(s: str, lang: str) -> int | None:
    s = s.strip()
    if s[:1].isdigit():
        return int(_NOT_DIGIT.sub("", s))
    return _words_value(_WORD_SEP.split(s), lang)


def find_numbers(folded: str, lang: str) -> list[NumberMention]:
    """Count expressions in folded text (see the module table for vague counts)."""
    lang = lang if lang in ("fr", "en") else "fr"
    out = []
    for m in _number_re(lang).finditer(folded):
        if m.group(0).strip() == "":
            continue
        mod = m.group("mod")
        low = best = high = None
        exact = False
        if m.group("approx"):
            key = m.group("approx").split()[-1].lstrip('"')
            v = _FR_APPROX.get(key, 12)
            if lang == "en":  # "two dozen" is 24, "half a dozen" 6, "a couple of" 2, "a handful of" 3 (a floor)
                head = m.group("approx").split()[0]
                v = {"half": 6, "a": 12, "one": 12}.get(head, 12 * (_EN_UNITS.get(head) or 1)) if key == "dozen" else \
                    2 if key == "of" and "couple" in m.group("approx") else 3
            low, best, high = v, v, None
        elif m.group("papprox"):
            key = m.group("papprox").split()[-1]
            key = "dozens" if key == "dozen" else key  # "several dozen", "a few dozen": dozens
            v = (_FR_PLURAL_APPROX if lang == "fr" else _EN_PLURAL_APPROX)[key]
            low, best, high = v, (v if v < _MAGNITUDE else None), None
        elif m.group("several"):
            low, best, high = 2, 2, None
        else:
            v = _to_int(m.group("num"), lang)
            if v is None:
                continue
            hi = _to_int(m.group("hi"), lang) if m.group("hi") else None
            if hi is not None and hi > v and _REVISION_BEFORE.search(folded, max(0, m.start() - 40), m.start()):
                # "le bilan a grimpé de quatre à six morts", "the toll jumped from 20 to 26": a toll revised, the
                # second figure the count, the first its floor
                low, best, high = v, hi, hi
                exact = True
            elif hi is not None and hi > v:
                low, best, high = v, v, hi
            elif hi is not None:  # "dix ou cinq": not a range; keep the first figure
                low, best, high = v, v, v
                exact = True
            else:
                low, best, high = v, v, v
                exact = True
        if mod:
            mod = mod.strip()
            if mod in ("au moins", "au minimum", "un minimum de", "pas moins de", "at least", "a minimum of", "no fewer than",
                       "not less than", "au total",
                       "un total de", "a total of", "as many as"):
                high = None
            elif mod.startswith("plus d") or mod in ("more than", "greater than", "in excess of", "upwards of", "over"):
                # "plus de 30" is 31, "plus d'une centaine" 101, "more than a dozen" 13: a floor just above the figure
                low = (low or best or 0) + (1 if m.group("num") or m.group("approx") else 0)
                best = None if best is None else low
                high = None
            elif mod in ("pres de", "pres d'un", "pres d'une", "nearly", "almost", "jusqu'a", "up to"):
                low, high = None, best
            else:  # environ, quelque, about, around, some ...
                low, high = None, None
            exact = False
        out.append(NumberMention(m.start(), m.end(), low, best, high, exact, m.group(0)))
    # "huit (08) soldats", "onze 11 morts": a figure in digits restating the word before it is one figure, the
    # word's reading over both
    for i in range(len(out) - 1, 0, -1):
        n, w = out[i], out[i - 1]
        if n.word[:1].isdigit() and not w.word[:1].isdigit() and n.best is not None and n.best == w.best:
            gap = _RESTATED.match(folded, w.end, n.start)
            if gap is not None and gap.end() == n.start:
                close = _CLOSING.match(folded, n.end) if "(" in gap.group(0) else None
                out[i - 1 : i + 1] = [replace(w, end=close.end() if close else n.end)]
    return out


_RESTATED = re.compile(r"\s*\(?\s*")
# a toll the text replaces: "up from its former toll of 20", "the previous toll", "le bilan précédent de quatre" (never
# "le premier bilan", "the first toll", "le bilan initial": a first toll is most often the only one)
_SUPERSEDED = re.compile(r"\b(?:earlier|previous|old|former)\s+(?:death\s+)?toll\b|"
                         r"\bbilan\s+(?:precedent|anterieur)\b|\b(?:precedent|ancien)\s+bilan\b")
# the verbs of a toll's rise, in either language: before "de"/"from" a range revised (:data:`_REVISION_BEFORE`), before
# "à"/"to" a toll told again higher (:data:`_REVISED`)
_RISE_VERBS = (r"(?:pass\w*|grimp\w*|monte|alourdi\w*|augment\w*|rose|ris(?:e|en|es|ing)|climb\w*|jump\w*|increas\w*|"
               r"rais(?:ed|ing)|went up)")
# a figure revised ("grimpant de quatre à six", "jumped from 20 to 26"): the verb of a change and "de"/"from" before
# the range
_REVISION_BEFORE = re.compile(rf"\b(?:{_RISE_VERBS}|revised (?:up|upwards))\s+(?:\S+\s+){{0,2}}?(?:de|d'|from)\s*$")
_CLOSING = re.compile(r"\s*\)")
# a sentence told as a new toll's content: "Selon un nouveau bilan, 20 personnes ont été tuées", "According to an
# updated toll released on Wednesday, 20 people were killed" (a plain "selon un bilan de l'armée" only sources its
# figure, which may be another event's)
_EARLY_TOLL = r"(?:initial|provisoire|premier|preliminaire|partiel|first|provisional|preliminary|early|earlier|partial)\b"
_TOLL_SOURCE = re.compile(r"[\s\"']*(?:selon|d'apres) (?:un|le) (?:nouveau|dernier|nouvel) bilan\b|"
                          r"[\s\"']*(?:selon|d'apres) (?:un|le) bilan (?:actualise|revise|revu|mis a jour)\b|"
                          r"[\s\"']*according to (?:an?|the) (?:new|latest|updated|revised) (?:death )?(?:toll|tally)\b|"
                          # a toll released on a day of its own ("selon un bilan officiel publié mercredi", "according to
                          # an official toll released on Wednesday"): a toll given after the first news, the newer one
                          # (a toll only sourced, "selon un bilan des autorités", names no day; an early one,
                          # "selon un bilan initial publié lundi", "according to a provisional toll released on Monday",
                          # is the older toll)
                          r"[\s\"']*(?:selon|d'apres) (?:un|le) bilan (?:(?!" + _EARLY_TOLL + r")[a-z]+ )?"
                          r"(?:publie|communique|rendu public|diffuse|donne|annonce)(?: (?:par|de)(?: [^\s,]+){1,3}?)? (?:ce |le )?(?:lundi|mardi|mercredi|jeudi|"
                          r"vendredi|samedi|dimanche|hier|lendemain|soir|matin|(?:1er|\d{1,2}) (?:janvier|fevrier|mars|"
                          r"avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre))\b|"
                          r"[\s\"']*according to (?:an?|the) (?:(?!" + _EARLY_TOLL + r")[a-z]+ )?(?:death )?"
                          r"(?:toll|tally) (?:released|published|issued|given|announced)(?: by(?: [^\s,]+){1,3}?)? (?:(?:late |early )?on |late |early )?(?:monday|tuesday|"
                          r"wednesday|thursday|friday|saturday|sunday|yesterday|the next day|the following day|"
                          r"(?:january|february|march|april|may|june|july|august|september|october|november|december) "
                          r"\d{1,2}\b)\b")
# a tally the sentence tells over a period, a wider area or of another cause is no new toll of the event, however its
# source is named: "selon le dernier bilan de l'ONU, 1 500 civils ont été tués dans la région cette année", "according
# to the latest toll, 300 people have died of cholera since January"
_WIDER_TALLY = re.compile(
    r"\b(?:cette annee|l'annee (?:derniere|passee|en cours)|depuis (?:le debut|janvier|fevrier|mars|avril|mai|juin|juillet|"
    r"aout|septembre|octobre|novembre|decembre|(?:19|20)\d\d)|(?:au|le|du) (?:premier|second|deuxieme) (?:semestre|trimestre)|"
    r"(?:en|depuis) (?:19|20)\d\d|ces (?:derniers|dernieres) (?:mois|annees|semaines)|"
    r"dans (?:toute |l'ensemble de )?la region(?! d)|dans (?:tout |l'ensemble du )?(?:le )?pays|a travers le pays|"
    r"this year|last year|since (?:the (?:start|beginning)|january|february|march|april|may|june|july|august|"
    r"september|october|november|december|(?:19|20)\d\d)|in the (?:first|second) (?:half|quarter)|in (?:19|20)\d\d|"
    r"(?:past|last) (?:few )?(?:months|years|weeks)|in the (?:region|country)(?! of)|across the (?:region|country)|nationwide|"
    r"cholera|malaria|measles|meningitis|disease|epidemic|outbreak|floods?|flooding|starvation|hunger|"
    r"paludisme|rougeole|meningite|maladie|epidemie|inondations?|de faim|famine)\b")


# --------------------------------------------------------------------------- predicates
_DEATH_PP_FR = (r"(?:mortellement (?:atteinte?s?|touchee?s?|blessee?s?|fauchee?s?)|fauchee?s? par (?:des |les |une |un )?(?:balles?|tirs?|rafales?)|eliminee?s?|tue|tues|tuee|tuees|abattue?s?|executee?s?|assassinee?s?|massacree?s?|fusillee?s?|egorgee?s?|decapitee?s?|neutralisee?s?|battue?s? a mort|"
                r"lynchee?s?(?: a mort)?|lapidee?s?|brulee?s? vi(?:f|fs|ve|ves)|retrouvee?s? (?:morte?s?|sans vie|tuee?s?|executee?s?|egorgee?s?))")
_INJ_PP_FR = r"(?:blessee?s?)"
# the adverb of how badly the wounded are hurt ("grièvement blessés", "seriously injured")
_WOUNDED_ADVERB_FR = r"(?:(?:grievement|legerement|gravement|serieusement|severement)\s+)?"
_WOUNDED_ADVERB_EN = r"(?:(?:seriously|severely|slightly|lightly|critically|badly|gravely)\s+)?"
_OTHER_PP_FR = r"(?:enlevee?s?|arretee?s?|interpellee?s?|kidnappee?s?|detenue?s?|capturee?s?|portee?s? disparue?s?|disparue?s?|torturee?s?|maltraitee?s?|retrouvee?s?|decouverte?s?)"
_DEATH_PP_EN = (r"(?:fatally (?:shot|wounded|injured|hit|stabbed)|eliminated|killed|shot dead|executed|assassinated|massacred|slain|beheaded|murdered|gunned down|neutrali[sz]ed|beaten to death|"
                r"lynched(?: to death)?|stoned to death|burn(?:ed|t) (?:alive|to death)|found (?:dead|murdered|killed|executed|beheaded)|hacked to death|"
                r"(?:stabbed|strangled|clubbed|bludgeoned|tortured|crushed|shot|macheted) to death)")
_INJ_PP_EN = r"(?:wounded|injured|hurt)"
_OTHER_PP_EN = r"(?:abducted|kidnapped|arrested|detained|captured|missing|tortured|found)"

# the French present of a killing verb; folded, "tue" is also the participle "tué"
_FR_PRESENT = r"(?:tue|tuent|abat|abattent|executent|massacrent)"
_FR_PRESENT_START = re.compile(rf"{_FR_PRESENT}\b")

_SKIP = (r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday|hier|yesterday|"
         # days told as a week or a weekend ("a tué la semaine dernière 40 terroristes", "killed last week 40 militants")
         r"la semaine (?:derniere|passee)|(?:le|ce) week-?end(?: (?:dernier|passe))?|la veille|dernier|last week|this week|"
         # a night told by its two days ("a tué dans la nuit du 9 au 10 juin huit civils")
         rf"(?:dans |au cours de )?la nuit (?:du|de) (?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) )?\d{{1,2}}(?:er)? "
         rf"(?:au|a) (?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) )?\d{{1,2}}(?:er)?(?: (?:{MONTHS_RE}))?(?: (?:19|20)\d\d)?|"
         r"over the weekend|(?:last|this) weekend|last|egalement|aussi|deja|also|tous|toutes|all|reportedly|respectivement|soir|matin|night|morning|evening|ce|cette|later|subsequently|ensuite|finalement|plus tard|de nouveau|encore|une fois de plus|once again|again|malheureusement|unfortunately|ainsi|thus|"
         # a French adverb between the verb and its object ("neutralisant simultanément cinq", "a froidement abattu
         # deux"), never "notamment", which opens a part of a toll
         r"(?!notamment\b)[a-z]{3,}ement)\s+"
         # a quote mark around the verb or before its object ('avoir " neutralise " au moins'), and a day set off by
         # commas ("a tue, ce lundi 3 mai 2021, au moins", "killed, on Monday May 3, at least")
         rf"|\"\s*|,\s*(?:(?:le|ce|on)\s+)?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|"
         rf"thursday|friday|saturday|sunday)\s+)?(?:\d{{1,2}}(?:er|st|nd|rd|th)?\s+(?:{MONTHS_RE})|(?:{MONTHS_RE})\s+\d{{1,2}})"
         rf"(?:,?\s+(?:19|20)\d\d)?\s*,\s*)*")

# a place told between a French killing verb and its object ("ont tué mardi à Kobou huit personnes", "a abattu dans le
# village de Kobou au moins six civils"): skipped up to the figure. A figure of the place itself ("la zone des trois
# frontières") follows an article or a preposition, never the place's last word, and is never the object
_PLACE_SKIP_FR = (r"\b(?:a|au|aux|dans|pres d(?:[e']|u|es)|non loin d(?:[e']|u|es))(?:\s+|(?<='))(?!moins\b)(?:[^\s.;,\d\"]+\s+){1,5}?"
                  r"(?<!\bdes )(?<!\bdu )(?<!\bde )(?<!\bles )(?<!\bla )(?<!\ble )(?<!\bau )(?<!\baux )(?=(?:au moins|plus d|pres d|environ|"
                  r"une? (?:dizaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|centaine)|des dizaines|quelque|"
                  r"\d+ |(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|"
                  r"quarante|cinquante|soixante|cent)\b))")

# the people a force loses or neutralises: "la perte de trois gendarmes", "the loss of two policemen", "la neutralisation
# de deux terroristes" (never "la perte de deux véhicules", "la neutralisation d'engins explosifs")
_PERSONS_FR = (r"(?:hommes|soldats|militaires|combattants|elements|gendarmes|policiers|civils|personnes|villageois|vdp|"
               r"terroristes|assaillants|(?:d)?jihadistes|individus|insurges|bandits|ennemis|hostiles)")
_PERSONS_EN = (r"(?:men|soldiers|troops|servicemen|fighters|gendarmes|policemen|police officers|civilians|people|villagers|"
               r"terrorists|attackers|assailants|militants|jihadists|insurgents|bandits|gunmen)")

# victims a toll's verb counts who are not its dead: victims of a harm that does not kill ("douze victimes de violences
# sexuelles", "victims of the beatings")
_NOT_DEAD_VICTIMS = {
    "fr": r"(?!\s+(?:de |d')(?:\S+\s+){0,2}?(?:violences? sexuelles?|viols?|coups|blessures|tortures?|sevices|abus|agressions?|"
          r"mauvais traitements|enlevements?|rapts?|extorsions?|deplacements?)\b)",
    "en": r"(?!\s+of (?:\S+\s+){0,2}?(?:sexual (?:violence|abuse|assault)|rapes?|beatings?|injur(?:y|ies)|wounds|torture|abuses?|"
          r"assaults?|ill-treatment|abductions?|kidnappings?|extortion|displacement)\b)",
}
# ... nor victims the clause then tells mostly wounded ("twenty victims, most of them wounded", "la plupart blessées"),
# read before the sentence's parts ("most of them ...") are blanked
_VICTIMS_MOSTLY_WOUNDED = re.compile(r"(?:[^\s.;,]+\s+){1,5}?victim(?:es?|s)\b[^.;]{0,60}?\b(?:most|many|all|the majority|"
                                     r"la plupart|la majorite|beaucoup)(?: of them| d'entre (?:eux|elles))?\s+"
                                     r"(?:[^\s.;,]+\s+){0,2}?(?:wounded|injured|hurt|blessee?s?)\b")

# who "sont tombés" alone makes dead: people (a noun of persons or a pronoun), never shells or rain
_FALLEN_PERSONS = re.compile(rf"\b(?:{_PERSONS_FR}|ils|elles|notres)\b")

_PRED_CACHE: dict[str, list[tuple[str, str, re.Pattern]]] = {}


def _predicates(lang: str):
    if lang in _PRED_CACHE:
        return _PRED_CACHE[lang]
    if lang == "fr":
        p = [
            ("death", "toll", r"\b(?:bilan|nombre (?:de|des) (?:morts|victimes|tues|deces))\b(?:\s+\S+){0,5}?\s+(?:a|de|s'eleve a|est de|passe a|porte a|atteint|"
                             r"(?:fait|faisait|faisant|fera) etat(?: de(?=\s)|(?= d')))\s+(?=\S)"
                             # "un bilan faisant état de cinq blessés graves", "de trois personnes grièvement
                             # blessées": a toll of the wounded counts no dead; the dead told after them ("de deux
                             # soldats blessés et d'un civil tué") are the toll's
                             rf"(?:(?:[^\s.;,]+\s+){{1,2}}?{_WOUNDED_ADVERB_FR}blessee?s\s+et\s+(?:de\s+|d')?)?"
                             rf"(?!(?:[^\s.;,]+\s+){{1,2}}?{_WOUNDED_ADVERB_FR}blessee?s\b)"),
            # "le bilan, initialement de 12 morts, a été revu à la hausse à 20": the toll's revised figure
            ("death", "toll", r"\b(?:bilan|nombre (?:de|des) (?:morts|victimes|tues|deces))\b[^.;]{0,60}?\b(?:revue?|revisee?|"
                              r"reevaluee?|corrigee?|relevee?)\s+(?:a la hausse\s+)?(?:a|de)\s+(?=\S)"),
            ("death", "bound", r"(?=[\s\"']+(?:autres\s+)?(?:de\s+)?(?:morts?|mortes?|tues|tuees|decedee?s|victimes? mortelles?|personnes tuees|deces|martyrs|corps|cadavres|depouilles)\b(?! d'armee| expeditionnaire))"),
            ("death", "corps", r"\b(?:corps|cadavres|depouilles) (?:sans vie )?(?:de|d')\s*(?=\S)"),
            # "l'attaque a fait plus de 130 victimes", "faisant douze victimes civiles": victims of a toll are its dead
            ("death", "active", r"\b(?:(?:a|ont|avait|avaient|aurait|auraient|ayant) (?:fait|cause)|faisant|causant|"
                                # a count of victims told or announced: "le rapport fait état de 14 victimes", "la
                                # mairie annonce neuf victimes", "on a recensé sept victimes", "il y aurait eu six victimes"
                                r"(?:fait|faisant|font|faisait) etat de|annonc(?:e|ent|ait|ant)|recens\w*|"
                                r"denombr\w*|il y (?:a|aurait) eu)\s+"
                                rf"(?=(?:[^\s.;,]+\s+){{1,4}}?(?:civiles?\s+)?victimes\b(?!\s+(?:blessee|civiles blessee)){_NOT_DEAD_VICTIMS['fr']})"),
            # "laissant quatre villageois sans vie", "qui a laissé trois soldats morts": the people an act leaves dead
            # (or wounded) are its dead (or wounded), the state word a few words on
            ("death", "active", rf"\b(?:laissant|(?:a|ont|avait|avaient|aurait|auraient|ayant) laisse|laisse)\s+{_SKIP}"
                                rf"(?=(?:(?!{_INJ_PP_FR}\b)[^\s.;,]+\s+){{1,6}}?(?:morte?s?|sans vie|pour morte?s?)\b)"),
            ("injury", "active", rf"\b(?:laissant|(?:a|ont|avait|avaient|aurait|auraient|ayant) laisse|laisse)\s+{_SKIP}"
                                 rf"(?=(?:(?!(?:morte?s?|sans)\b)[^\s.;,]+\s+){{1,6}}?{_INJ_PP_FR}\b)"),
            # "nous avons perdu six hommes", "les assaillants ont perdu au moins 15 combattants": a force's losses are its dead
            ("death", "active", rf"\b(?:a|ont|avons|avait|avaient|aurait|auraient|avoir)\s+{_SKIP}perdu\s+"
                                r"(?=(?:[^\s.;,]+\s+){1,4}?(?:hommes|soldats|militaires|combattants|elements|gendarmes|policiers)\b)"),
            # "l'armée pleure la perte de trois gendarmes", "leur perte de deux de leurs combattants": a force's loss
            # of its people is their death
            ("death", "active", rf"\b(?:la|leur|sa) perte (?:de\s*|(?=d'))(?=(?:[^\s.;,]+\s+){{1,4}}?{_PERSONS_FR}\b)"),
            # "ont attaqué le poste et tué neuf soldats", "a perdu deux hommes mais tué vingt assaillants"
            ("death", "active", rf"\b(?:et|mais|puis)\s+(?:{_SKIP})?(?:tue|abattu|execute|massacre|neutralise)\s+(?=\S)"),
            ("death", "active", rf"\b(?:a|ont|avait|avaient|aurait|auraient|avoir)\s+{_SKIP}(?:tue|abattu|execute|assassine|massacre|fusille|egorge|neutralise|elimine|lynche|lapide|brule vif)\b\s*{_SKIP}(?:{_PLACE_SKIP_FR})?|\b(?:tuant|neutralisant|abattant|eliminant|massacrant)\s+{_SKIP}|\bexecutant\s+{_SKIP}|\blynchant\s+{_SKIP}|\b(?:l'assassinat|le meurtre|l'execution|le massacre|le lynchage) (?:de\s*|(?=d')|du\s*)(?=\S)|\b(?:l'elimination|la neutralisation) (?:de\s*|(?=d'))(?=(?:[^\s.;,]+\s+){{1,4}}?{_PERSONS_FR}\b)|\bcout(?:e|ant) la vie (?:(?P<floor>au moins\s+)|au total\s+)?(?:aux\s+|a\s+|(?=au\s(?!moins\b|total\b)))|\b(?:la|leur) mort (?:de\s*|(?=d'))|\b(?:le|du) deces (?:de\s*|(?=d'))"),
            # "la riposte a permis de neutraliser une vingtaine d'assaillants", "permettant d'intercepter et d'abattre six
            # d'entre eux": what a riposte allowed is done
            ("death", "active", rf"\b(?:(?:permis|permettant|permet|permettent) (?:de |d')|(?:(?:a|ont|avait|avaient|avoir|aurait|auraient) {_SKIP}(?:pu|reussi a)|"
                                rf"(?:est|sont|etait|etaient|etre) {_SKIP}parvenue?s? a) )(?:\S+ et (?:de |d'))?(?:neutraliser|tuer|abattre|eliminer)\s+{_SKIP}"),
            # the present of a headline or a wire lead ("Un engin explosif tue quatre soldats", "des jihadistes tuent 15
            # villageois"): the figure after the verb is its object, never a count of days or hours, nor the day of a
            # date ("Un gendarme tué mardi 3 juin": folded, the participle reads as the present)
            ("death", "active", rf"\b{_FR_PRESENT}\s+{_SKIP}(?=(?:au moins |plus d'?e? ?|"
                                rf"pres d'?e? ?|environ |une? (?:{'|'.join(_FR_APPROX)})\b|des dizaines\b|plusieurs\b|\d+\s|"
                                rf"{_num_word_re('fr')}\s)(?!(?:\S+\s+){{0,2}}?(?:jours?|heures?|semaines?|mois|ans|minutes?)\b)"
                                rf"(?!(?:er\s+)?(?:{_month_re('fr')})(?![a-z])))"),
            ("death", "passive", rf"(?<!\bse )(?<!\bs')\b(?P<aux>a|ont|avait|avaient|aurait|auraient|est|sont|etait|etaient|fut|furent|ayant|etant)\s+{_SKIP}(?:ete\s+{_SKIP})?(?:{_DEATH_PP_FR}|{words_re('died', 'fr')}|perirent|morte?s?|decedee?s?|tombee?s? (?:au combat|sous les balles|au front|(?:au|sur le) champ d'honneur|les armes a la main)|"
                                 # "sont tombés" with nothing after it but a pause or the event ("tombés lors de
                                 # l'attaque"), never "tombés dans une embuscade", "tombés en panne"
                                 rf"(?P<fell>tombee?s?)(?=\s*[,.;]|\s*$|\s+(?:lors|pendant|durant|au cours)\b))\b"),
            ("injury", "active", rf"\b(?:a|ont|avait|avaient|avoir)\s+{_SKIP}blesse\b\s*{_SKIP}|\bblessant\s+{_SKIP}"),
            ("injury", "passive", rf"\b(?P<aux>a|ont|avait|avaient|est|sont|etait|etaient)\s+{_SKIP}(?:ete\s+{_SKIP})?{_INJ_PP_FR}\b"),
            ("other", "passive", rf"\b(?P<aux>a|ont|avait|avaient|est|sont|etait|etaient)\s+{_SKIP}(?:ete\s+{_SKIP})?{_OTHER_PP_FR}\b"),
            ("other", "active", rf"\b(?:a|ont|avait|avaient)\s+{_SKIP}(?:enleve|arrete|interpelle|kidnappe|capture|libere)\b\s*{_SKIP}"),
            ("death", "adjectival", rf"(?<!ete )\b{_DEATH_PP_FR}\b"),
            ("injury", "adjectival", rf"(?<!ete )\b{_INJ_PP_FR}\b"),
            ("other", "adjectival", rf"(?<!ete )\b{_OTHER_PP_FR}\b"),
        ]
    else:
        p = [
            ("death", "toll", r"\b(?:death toll|toll|number of (?:dead|deaths|victims|people killed|fatalities)|bringing the (?:number of )?(?:dead|deaths)(?: toll)?)\b(?:\s+\S+){0,5}?\s+(?:to|at|of|is"
                              # "the death toll rose from 12 to 20": the range revised is read as one figure
                              rf"|{_RISE_VERBS} from)\s+(?=\S)"
                              # "the toll stands at three seriously wounded": a toll of the wounded counts no dead;
                              # the dead told after them ("at two soldiers wounded and one civilian killed") are the toll's
                              rf"(?:(?:[^\s.;,]+\s+){{1,2}}?{_WOUNDED_ADVERB_EN}(?:wounded|injured)\s+and\s+)?"
                              rf"(?!(?:[^\s.;,]+\s+){{1,2}}?{_WOUNDED_ADVERB_EN}(?:wounded|injured)\b)"),
            # "the toll, initially 12, was revised up to 20", "a new toll put the number of dead at 20"
            ("death", "toll", r"\btoll\b[^.;]{0,60}?\b(?:revised(?= up to\b)|revised (?:upwards? |down |downwards? )?to|raised to|put "
                              r"(?:the number of (?:dead|deaths|victims) )?at)\s+(?=\S)"),
            # "28 lifeless bodies", "six charred corpses": a body's state between the figure and the noun
            ("death", "bound", r"(?=[\s\"']+(?:(?:more|other)\s+)?(?:dead|deaths|fatalities|people dead|killed|martyrs|(?:(?:lifeless|charred|dead|"
                               r"mutilated|decomposed|decomposing|bullet-riddled|burned|burnt)\s+)?(?:bodies|corpses))\b)"),
            ("death", "corps", r"\b(?:bodies|corpses|remains|body|corpse) of\s+(?=\S)"),
            ("death", "active", rf"\b(?:(?:has|have|had)\s+{_SKIP})?lost\s+(?!(?:contact|track|sight|touch)\b)(?=(?:[^\s.;,]+\s+){{1,4}}?(?:men|soldiers|troops|fighters|"
                                r"gendarmes|policemen|police officers)\b)"),
            # "the police announced the loss of two policemen": a force's loss of its people is their death
            ("death", "active", rf"\bthe loss of\s+(?=(?:[^\s.;,]+\s+){{1,4}}?{_PERSONS_EN}\b)"),
            # "which left three soldiers dead", "leaving a trader dead and two wounded": the people an act leaves dead
            # (or wounded) are its dead (or wounded), the state word a few words on
            ("death", "active", rf"\b(?:leaving|left|leaves|leave)\s+{_SKIP}"
                                rf"(?=(?:(?!{_INJ_PP_EN}\b)[^\s.;,]+\s+){{1,6}}?(?:dead|lifeless)\b)"),
            ("injury", "active", rf"\b(?:leaving|left|leaves|leave)\s+{_SKIP}(?=(?:(?!dead\b)[^\s.;,]+\s+){{1,6}}?{_INJ_PP_EN}\b)"),
            # "the bombing claimed nine lives", "cost at least 20 lives"
            ("death", "active", r"\b(?:claim(?:ed|ing|s)?|cost(?:ing|s)?|took|taking|takes)\s+(?=(?:[^\s.;,]+\s+){1,3}?lives\b)"),
            ("death", "active", r"\b(?:resulting in|leaving|left|causing|claiming|claimed|reported|reporting|counted|"
                                r"there (?:were|have been|had been))\s+"
                                rf"(?=(?:[^\s.;,]+\s+){{1,4}}?(?:civilian\s+)?victims\b(?!\s+(?:wounded|injured)){_NOT_DEAD_VICTIMS['en']})"),
            ("death", "active", rf"(?<!was )(?<!were )(?<!been )(?<!being )(?<!are )(?<!is )\b(?:killed|killing|kills|kill|eliminated|eliminating|executed|executing|shot dead|massacred|murdered|gunned down|neutrali[sz]ed|neutrali[sz]ing|lynched|lynching|beat(?:ing)? to death|stoned to death|burn(?:ed|t|ing) alive|hacked to death|assassinated|assassinating)\s+(?!(?:of|and|or|in|on|by|near|during|when|while|after|before|since|from|with|outside|inside)\b|at\b(?! least)|as\b(?! many)){_SKIP}(?=\S)|\b(?:the )?(?:killings?|murders?|execution|massacre|lynching|assassination|deaths?) of\s+(?=\S)|\b(?:claim(?:ed|ing|s)?|cost|costing|took|taking)\s+the\s+li(?:ves|fe)\s+of\s+"),
            # "they managed to neutralise forty fighters", "succeeded in killing": what a riposte achieved is done
            ("death", "active", rf"\b(?:managed|(?:was|were) able|succeeded) (?:to|in) (?:neutrali[sz]e|kill|eliminate|"
                                rf"neutrali[sz]ing|killing|eliminating)\s+{_SKIP}"),
            ("death", "passive", rf"\b(?P<aux>was|were|been|being|are|is)\s+{_SKIP}(?:(?:confirmed|reported) )?(?:{_DEATH_PP_EN}|dead(?! (?:set|end|heat|serious)\b))\b|\b(?P<aux2>{words_re('died', 'en')}|lost their lives|lost his life|lost her life|succumbed(?: to (?:his|her|their) (?:[a-z-]+ )?(?:wounds|injuries)|(?= to (?:[a-z-]+ )?(?:wounds|injuries)\b)|(?! to\b))|had (?:his|her|their) throats? (?:slit|cut)|fell (?:in (?:combat|action|battle)|on the battlefield|(?:with )?(?:the )?(?:weapons?|arms) in (?:the )?hands?))\b"),
            ("injury", "active", rf"\b(?:wounding|injuring|wounded|injured)\s+{_SKIP}(?=\S)"),
            ("injury", "passive", rf"\b(?P<aux>was|were|been|being|are|is)\s+{_SKIP}{_INJ_PP_EN}\b"),
            ("other", "passive", rf"\b(?P<aux>was|were|been|being|are|is)\s+{_SKIP}{_OTHER_PP_EN}\b"),
            ("other", "active", rf"\b(?:abducted|kidnapped|arrested|detained|captured|abducting|kidnapping|arresting|freed|released)\s+{_SKIP}"
                                r"(?!(?:near|in|on|at|by|from|during|last|earlier|outside|while|after|before|and|or|when|as|since|between)\b)(?=\S)"),
            ("death", "adjectival", rf"\b{_DEATH_PP_EN}\b"),
            ("injury", "adjectival", rf"\b{_INJ_PP_EN}\b"),
            ("other", "adjectival", rf"\b{_OTHER_PP_EN}\b"),
        ]
    # each guarded by the literals its matches hold: a sentence without them is not searched
    _PRED_CACHE[lang] = [(a, b, guard(c)) for a, b, c in p]
    return _PRED_CACHE[lang]


@lru_cache(maxsize=4)
def _predicate_guards(lang: str) -> GuardSet:
    """The predicates' guards, tested in one pass over a sentence."""
    return GuardSet(rx for _, _, rx in _predicates(lang))


# a negation of the predicate within its clause: never across a comma ("ils ont visé une foule sans arme, tuant
# trois villageois": the "sans" is of another phrase)
_NEG_FR = re.compile(r"(?:\bn'|\bne\s|personne\s|aucune?\s|\bsans\s)(?:[^\s,;:]+\s+){0,3}$")
_NEG_EN = re.compile(r"(?:\bnot\s|\bno one\s|\bnobody\s|\bnone\s|\bno\s)(?:[^\s,;:]+\s+){0,2}$")
_SUBCOUNT_FR = guard(r",\s*(?:dont|parmi lesquel\w*|soit)\b[^,;]*(?:,|(?=;)|$)")
_SUBCOUNT_EN = guard(r",\s*(?:including|among them|of whom|among whom|[a-z]+(?:-[a-z]+)? of (?:them|whom))\b[^,;]*(?:,|(?=;)|$)")
# "N of whom died" / "ten of them were killed": the clause carries its own death; when the rest of the sentence tells
# none ("some 60 fighters attacked, twenty of whom died") its figure is the toll, not a part of another figure
_OF_WHOM_EN = re.compile(r",\s*([a-z]+(?:-[a-z]+)?|\d+) of (?:them|whom)\b")
# a definite singular victim after a killing verb or noun ("a abattu le maire", "l'assassinat du chef")
_FR_DEFINITE_VICTIM = re.compile(r"(?:(?<=du )|au |le |la |l')(?!plupart\b|totalite\b|moitie\b|nombre\b|bilan\b|feu\b|controle\b|"
                                 r"moins\b|total\b|cours\b|sein\b|"
                                 r"camp\b|village\b|poste\b|convoi\b|vehicule\b|ville\b|localite\b|base\b)([a-z-]+)")
# the same in English: "the" and a person's title up to "of", a comma or a clause word (its last word is the head)
_EN_DEFINITE = re.compile(r"(?:the|his|her|their)\s+((?:[a-z-]+ ?){1,4})")
_EN_DETERMINER = re.compile(r"(?:the|his|her|their)\s+")
_EN_STOP = frozenset("of and or in at near outside who whom which from on during with while when after before as by to for "
                     "was were is are had has".split())
_EN_NOT_VICTIM = frozenset("attack attacks attackers assailants militants convoy village villages town camp base vehicle area region "
                           "market bus truck car post checkpoint position road city locality mine ied explosive device building "
                           "house compound office station school mosque church bridge group army forces force police military "
                           "same previous next day night week weekend morning evening".split())


def _en_definite_victim(folded: str, pos: int) -> str | None:
    """The head word of "the deputy mayor", "the head of ...", after an English killing verb, or None."""
    m = _EN_DEFINITE.match(folded, pos)
    if m is None:
        return None
    words = []
    for w in m.group(1).split():
        if w in _EN_STOP or (words and w.endswith("ing")):  # "the three soldiers guarding the post"
            break
        words.append(w)
    if not words or words[-1] in _EN_NOT_VICTIM:  # the head decides: "the village chief" is a victim
        return None
    return words[-1]


_EN_KILL_VERB_END = re.compile(r"\b(?:killed|killing|shot dead|assassinat\w*|execut\w*|gunned down|murder\w*|beheaded|"
                               r"lynch\w*|killings? of|murders? of|assassination of|execution of)\s*$")
_FR_KILL_VERB_END = re.compile(r"(?:abattu|assassine|execute|tue|egorge|lynche)\s*$")
_CAUSE_CLAUSE = guard(r"\b(?:(?:in |as an? )?(?:revenge|retaliation|reprisal|response|protest)\w*(?: \w+){0,2} (?:for|against|over|to)|"
                           r"(?:en )?(?:represailles|vengeance|protestation|reaction)(?: \w+){0,2} (?:a|au|aux|contre|de|du|apres)|"
                           r"pour (?:venger|protester contre)|(?:to avenge|avenging))\b[^.;]*")
# the event an event's time is counted from, up to its comma: a clause ("depuis qu'un raid a fait 90 morts", "since a
# raid on the village left 90 dead", "since gunmen killed 40 soldiers") or an attack's noun ("depuis l'attaque qui a
# fait 90 morts", "since the massacre that killed 90"). Its dead are that earlier event's. Never "has since", "ever
# since", nor a time after "since" ("since January", "since 2019", "since the start of the year": a tally's period)
_SINCE_CLAUSE = guard(r"\bdepuis (?:qu(?:e\b|')|(?:l'|le |la |les )(?:[a-z-]+ )?(?:attaques?|raids?|massacres?|embuscades?|"
                      r"assauts?|attentats?|tueries?|incursions?|frappes?)\b)[^,.;:]*|"
                      r"(?<!\bhas )(?<!\bhave )(?<!\bhad )(?<!\bever )\bsince\b(?! (?:then|(?:19|20)\d\d|\d|the (?:start|beginning|"
                      r"end|outbreak|onset|weekend|morning|afternoon|evening|night|past|previous)|dawn|daybreak|nightfall|"
                      r"midnight|noon|early|late|mid-?|last|this|january|february|march|april|may|june|july|august|"
                      r"september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
                      r"yesterday)\b)"
                      r"(?=[^,.;:]*?\b(?:kill\w*|left|dead|died|deaths?|attack\w*|raids?|massacre\w*|ambush\w*|claimed|"
                      r"stormed|struck)\b)[^,.;:]*")


def _blank_cause(folded: str, m: re.Match) -> str:
    """Blanks for the cause an event avenges or protests (:data:`_CAUSE_CLAUSE`). Set before the sentence's main
    clause ("En représailles au soutien des habitants aux VDP, ils ont exécuté 15 hommes", "In retaliation for the
    killing of two traders, gunmen killed five soldiers"), the cause ends at its comma: what follows is the event's."""
    span = m.group(0)
    comma = span.find(",")
    # the cause's own relative clause (", which killed 12 soldiers,", ", qui a tué 12 soldats,") is the cause's
    while comma > 0 and _CAUSE_RELATIVE.match(span, comma + 1):
        comma = span.find(",", comma + 1)
    if comma > 0 and not folded[: m.start()].strip(" \"'-(\u00ab"):
        return " " * comma + span[comma:]
    return " " * len(span)


_CAUSE_RELATIVE = re.compile(r"\s*(?:which|who|that|qui|dont|lequel|laquelle)\b")


# what an event comes after is an earlier one ("the kidnappings come days after six traders were killed", "l'enlèvement
# intervient après l'assassinat de deux élus", "less than a week after gunmen killed 40 villagers", "trois jours après
# la mort de cinq soldats"), up to the next comma
_EARLIER_CLAUSE = guard(r"\b(?:(?:comes?|came|coming) (?:\w+ ){0,2}?after|follows? (?:the )?(?:killings?|deaths?|murders?|massacre)|"
                        r"(?:intervien|survien)\w* (?:\w+ ){0,2}?apres|(?:fait|font) suite a|"
                        # "..., after the massacre of 80 people", "après le massacre d'au moins 80 villageois": a killing
                        # the event followed, named by its noun
                        r"(?P<noun>(?:after|following|apres|suite a)\s+(?:the |le |la |l')(?:[a-z-]+ )?(?:massacres?|killings?|"
                        r"murders?|deaths?|assassinats?|meurtres?|tueries?|morts?)\s*(?=of\b|de\b|d'|du\b|des\b))|"
                        r"(?:(?<=\bdays )|(?<=\bday )|(?<=\bweeks )|(?<=\bweek )|(?<=\bmonths )|(?<=\bmonth )|(?<=\bjours )|"
                        r"(?<=\bsemaines )|(?<=\bsemaine )|(?<=\bmois ))(?:after|apres))\b[^,.;]*")
# in a relative clause of the subject ("fighting that came after a dawn raid killed ten soldiers", "l'embuscade, qui
# est survenue après un raid, a tué six gendarmes") the earlier event is only the phrase before the main verb
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|qui)\s+(?:(?:has|had|have|est|etait|a|avait)\s+)?$")
_MAIN_VERB_AFTER = re.compile(r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbeing )\b(?:killed|killing|left|leaving|claimed|"
                              r"cost|wounded|injured)\b|\b(?:a|ont|avait|avaient|aurait|auraient)\s+(?!ete\b)(?:\S+\s+){0,2}?"
                              r"(?:tue|fait|coute|cause|abattu|blesse|massacre|execute)\b|\b(?:tuant|faisant|coutant|causant)\b")


# a violent act or death the rest of a sentence tells of its own ("the army launched an operation ... after the massacre
# of", "des hommes armés ont tué ... après la mort de"); a curfew, a protest or a statement tells none
_OWN_ACT = re.compile(r"\b(?:kill\w*|shot|died|dead|deaths?|attack\w*|ambush\w*|raids?|strikes?|struck|clash\w*|fighting|"
                      r"assault\w*|operations?|offensive|massacr\w*|explos\w*|bomb\w*|toll|neutrali[sz]\w*|"
                      r"tue(?:e|s|es|r|nt|rie|ries)?|abattu\w*|attaqu\w*|embuscades?|frappes?|accrochages?|combats?|"
                      r"affrontements?|assauts?|morte?s?|peri(?:rent|ssent|t|s)?|decede\w*|bilan)\b")


# the dead the rest of a sentence counts of its own, beside a "since"/"depuis que" clause: a figure with its death
# verb ("Gunmen killed five villagers ...", "12 soldiers were killed", "douze soldats ont péri")
@lru_cache(maxsize=1)
def _own_dead() -> re.Pattern:
    """The figure of a death the rest of the sentence tells (:func:`_dead_figure`, or a figure before 'died')."""
    num = rf"(?:\d[\d,.]*|{_num_word_re('en')}|{_num_word_re('fr')})"
    return re.compile(rf"{_dead_figure().pattern}|\b{num}\s+(?:[a-z']+\s+){{0,3}}?(?:died|perished|"
                      rf"(?:ont|sont) (?:peri|morts?|decedes?))\b")


# the comparison the clause closes ("the deadliest attack since ...", "la pire attaque depuis que ...", "the first
# such raid since"): the clause names the earlier event measured against
_MEASURED_SINCE = re.compile(r"\b(?:deadliest|bloodiest|worst|heaviest|largest|biggest|most \w+|first|pire|premier\w*|"
                             r"plus (?:meurtri\w*|grave|lourd\w*|sanglant\w*|importante?))\b[^,.;:]{0,40}$")


def _blank_since(folded: str, m: re.Match) -> str:
    """Blanks for the earlier event an event's time is counted from (:data:`_SINCE_CLAUSE`) when the rest of the
    sentence counts dead of its own (a figure with its death verb: "ont tué cinq villageois ..., un secteur déserté
    depuis que ...") or the clause closes a comparison ("the deadliest attack since ..."); else the clause tells the
    sentence's dead, however the rest speaks of attacks ("Residents fear a new attack since gunmen killed 14", "in
    the deadliest attack this year", "since" as because): kept, its dead the event's when the sentence is the
    event's, an earlier event's in a later sentence (:func:`_told_since`)."""
    rest = folded[: m.start()] + " , " + folded[m.end() :]
    if _own_dead().search(rest) or _MEASURED_SINCE.search(folded, 0, m.start()):
        return " " * len(m.group(0))
    return m.group(0)


def _blank_earlier(folded: str, m: re.Match) -> str:
    """Blanks for the earlier event an event comes after; in a relative clause, up to the main verb only. A killing
    named by its noun after "after"/"après" is an earlier event only when the rest of the sentence tells an act of its
    own (:data:`_OWN_ACT`); else it is the event the sentence tells ("a curfew was imposed after the killing of")."""
    span = m.group(0)
    if m.group("noun") and not _OWN_ACT.search(folded[: m.start()] + " " + folded[m.end() :]):
        return span
    if _RELATIVE_BEFORE.search(folded[max(0, m.start() - 30) : m.start()]):
        verb = _MAIN_VERB_AFTER.search(span)
        if verb is not None:
            return " " * verb.start() + span[verb.start() :]
    return " " * len(span)


#: what makes a killing verb a threat, a demand or a plan rather than a deed: the infinitive after it
THREAT_FRAME = {
    "fr": re.compile(r"(?:\b(?:menac\w*|promi\w*|jur\w*|exig\w*|risqu\w*|tent\w*|cherch\w*|projet\w*|sous peine)\s+"
                     r"(?:\S+\s+){0,2}?(?:de\s+|d')|\b(?:veul\w*|voul\w*|pourr\w*|menacant)\s+(?:\S+\s+)?)"
                     r"(?:(?:les|le|la|l'|en|nous|vous|leur|lui)\s*)?$"),
    "en": re.compile(r"(?:\b(?:threat\w*|vow\w*|promis\w*|swore|swear\w*|demand\w*|warn\w*|risk\w*|tr(?:y|ied|ying)|"
                     r"attempt\w*|plan\w*|intend\w*|want\w*)\s+(?:\S+\s+){0,2}?to|\b(?:would|will|could|might))"
                     r"\s+(?:be\s+)?$"),
}
# "corps" and "bodies" after a figure are the dead only in a body sense (found, recovered, buried, lifeless), never
# bodies of the state ("les deux corps, armée et gendarmerie", "the two bodies, the army and the police")
_AMBIGUOUS_BODY = re.compile(r"[\s\"']+(?:de\s+)?(?:corps|bodies)\b")
_BODY_SENSE = re.compile(r"\b(?:retrouv\w*|decouv\w*|sans vie|inhum\w*|enterr\w*|ramass\w*|gis\w*|recuper\w*|morgue|"
                         r"calcin\w*|mutil\w*|jonch\w*|denombr\w*|exhum\w*|charnier|found|recover\w*|discover\w*|"
                         r"buried|burial|lying|lifeless|charred|mutilated|littered|retriev\w*|exhumed|dumped|"
                         r"bullet-riddled|decompos\w*|mass grave|dead|morts?|tues|abandonn\w*|left behind)\b")
_PREP_BEFORE = re.compile(r"\b(?:in|at|from|across|into|dans|sur|vers)\s+$")
# the subject of a gerund passive after a preposition ("resulting in dozens being killed", "in 14 people being shot
# dead"): a figure after "in" is a count when "being" follows it within a noun
_GERUND_SUBJECT = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?being\b")


def _gerund_subject(folded: str, n: NumberMention, pred_start: int) -> bool:
    """Whether the figure ``n`` is the subject of the gerund passive starting at ``pred_start`` ("in dozens being")."""
    g = _GERUND_SUBJECT.match(folded, n.end)
    return g is not None and g.end() - len("being") == pred_start
_COMPANION = re.compile(r"\b(?:et|and|ainsi que|as well as)\s+(?:son|sa|his|her)\s+(?!propre\b|own\b)\w+")
# (a single owner only: "the soldiers and their two guides", "les assaillants et leurs deux complices" tell a plural
# owner, counted with no figure)
_ONE_AND_HIS = re.compile(r"\b(?:un|une|le|la|a|an|the)\s+(?:[a-z-]+\s+){1,3}?(?:et|and)\s+(?:ses|his|her)\s+")
# a plural owner before the companions counted ("les assaillants et leurs deux complices", "the soldiers and their two
# guides"): two or more, as a bare plural counts
_SOME_AND_THEIR = re.compile(r"\b(?:les|the)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+s\s+(?:et|and)\s+(?:leurs|their)\s+")
# coordinated counts: never across a parenthesis ("(coded at geoprecision 2), three soldiers")
_COORD_FR = re.compile(r"^\s*[^,;.()]{0,45}?,?\s*(?:\bet\b|\bainsi que\b)\s*$")
_COORD_EN = re.compile(r"^\s*[^;.()]{0,45}?(?:\band\b|,)\s*$")
_OBJ_COORD = re.compile(r"^\s*[^;.()]{0,40}?(?:\bet\b|\band\b|,|\bainsi que\b|\bainsi qu')\s*(?:de\s+|d'|a\s+)?(?:(?:his|her|their|ses|leurs)\s+)?$")
# a figure with a finite verb of its own a few words on, no relative pronoun between ("... et une centaine de familles
# ont fui", "and some 200 families fled"): the subject of that verb, never one more object of the killing before it
_OWN_VERB = {
    "fr": re.compile(r"(?:\s+(?!qui\b|que\b|dont\b)[^\s,;.()]+){0,3}?\s+(?:ont|sont|avaient|etaient|se sont|s'etaient|s'en sont|"
                     r"fuient|fuyaient|fuirent)\b"),
    "en": re.compile(r"(?:\s+(?!who\b|which\b|that\b)[^\s,;.()]+){0,3}?\s+(?:were|was|are|is|have|has|had|fled|escaped|ran|went|"
                     r"remain(?:ed|s)?|returned|stayed)\b"),
}
# "quarante personnes dont trente civils et dix soldats ont été tuées": a count followed by its breakdown is the total
_TOTAL_HEAD = re.compile(r"^\s*(?:[^\s,;.()]+\s+){0,3}?(?:dont|parmi lesquel\w*|including|among them|among whom)\b")


# the breakdown told after a total's predicate ("cinq personnes sont décédées dont un gendarme et quatre civils")
_BREAKDOWN_AFTER = re.compile(r"[\s\"']*(?:dont|parmi lesquel\w*|including|among them|among whom)\b([^;.]*)")


def _restates_its_breakdown(total: NumberMention, folded: str, end: int, numbers: list, told: list) -> bool:
    """Is ``total`` (its predicate ending at ``end``) the sum of a breakdown told after it that repeats one already
    counted in the sentence ("un gendarme et quatre civils ont été tués ... cinq personnes sont décédées dont un
    gendarme et quatre civils")?"""
    m = _BREAKDOWN_AFTER.match(folded, end)
    if m is None or total.best is None:
        return False
    parts = [n for n in numbers if m.start(1) <= n.start and n.end <= m.end(1)]
    words = tuple(folded[n.start : n.end].strip(" \"'") for n in parts)
    return len(parts) >= 2 and words in told and sum(n.best or 0 for n in parts) == total.best


# an abduction that ends in killings ("enlevés puis exécutés", "kidnapped ... later found dead", "avant de les
# exécuter"): the abductees are the dead, counted once
_ABDUCTION = re.compile(r"\b(?:enlev|kidnapp|sequestr|rapt|pris en otage|abduct|kidnap|seized|taken hostage|captur)")
_LATER_KILLED = {
    "fr": re.compile(r"^[^.;]{0,110}?\b(?:puis|avant (?:d'etre|de les|de l'|de le|de la)|ensuite|plus tard|(?:les|l') ont|"
                     r"(?:ont|a|avaient|avait) ete(?: \S+){0,2}? retrouvee?s?|retrouvee?s?|et (?:ont|a) ete)\s*(?:\S+\s+){0,3}?"
                     r"(?:execut\w*|tue\w*|abattu\w*|egorge\w*|assassin\w*|morte?s?|sans vie|decapit\w*)\b"),
    "en": re.compile(r"^[^.;]{0,110}?\b(?:and|then|before|later|subsequently|were|was|had been)\s+(?:\S+\s+){0,3}?"
                     r"(?:killed|executed|killing|executing|found dead|found murdered|beheaded|murdered|shot dead|found (?:\S+ ){0,2}dead)\b"),
}


_PLUPERFECT_CLAUSE = guard(r"\b(?:qui (?:avait|avaient)|(?:that|which|who) had)\b[^,.;]*")
# a clause of another time: a place "où"/"where" something happened, or what an event came "après"/"after", dated by a
# month or a year of its own ("un secteur où onze gardes avaient péri en avril", "after the killing of 17 troops in
# March 2023"): an earlier event's dead, not this one's. The clause's date is within a few words of its opening word
# (the gaps are bounded). Folded, the conjunction "ou" is "où": "ou" written without its accent opens a clause only
# before a finite verb of its own and never after a figure ("trois ou quatre civils ont été tués en mai" is none)
_DATED_CLAUSE = guard(rf"\b(?P<opener>ou|where|apres|after|following|suite a)\b[^,.;]{{0,120}}?\b(?:en|in|au mois d(?:e |')|durant|"
                      # a part of a month ("fin juillet", "début mars", "in late May", "mid-June") dates it as well
                      rf"during|(?:en |in )?(?:fin|debut|mi|courant|late|early|mid)(?:\s+|-))\s*(?:{MONTHS_RE}|(?:19|20)\d\d)\b[^,.;]*|\b(?P<opener2>ou|where|apres|after|following|suite a)\b"
                      rf"[^,.;]{{0,120}}?\b(?:l'an(?:nee)? (?:dernier|derniere|passee?)|last (?:year|month)|le mois (?:dernier|passe))\b[^,.;]*")
# a recalled attack ("le raid précédent remontait à avril, quand ...", "the last one dates back to March, when ..."):
# the rest of its sentence tells that earlier event
_RECALLED = guard(r"\b(?:remont(?:e|ent|ait|aient) (?:a|au|aux)|dates? back to)\b[^.;]*")


# a second verb of the same subject after a list of objects ("ont abattu trois gardes, deux bergers et blessé un enfant",
# "killed three guards, two herders and wounded a child"): the participle has an object of its own, so it is no state of
# the figure before it ("tué cinq assaillants et deux blessés" keeps its reading)
_AND_BEFORE_VERB = re.compile(r"[^,;.]*\b(?:et|and)\s+$")
_OBJECT_AFTER = re.compile(r"\s*(?:a|an|the|his|her|their|un|une|le|la|les|l'|des|son|sa|ses|leurs?)\b")


def _second_verb(folded: str, n: NumberMention, pred: tuple, numbers: list) -> bool:
    """Is ``pred``, after the figure ``n``, a verb coordinated with the one before the figure ("..., deux bergers et
    blessé un enfant"): "et"/"and" right before it and an object of its own (a figure, an article) right after it?"""
    return _AND_BEFORE_VERB.match(folded, n.end, pred[0]) is not None and \
        (any(pred[1] <= m.start <= pred[1] + 3 for m in numbers) or _OBJECT_AFTER.match(folded, pred[1]) is not None)


_FIGURE_BEFORE = re.compile(rf"(?:\d+|{_num_word_re('fr')})\s+$")
# "both" as the subject of a death ("both succumbed in hospital", "both wounded soldiers died", "both of them were
# killed"): two dead
_BOTH_SUBJECT = re.compile(r"(?:^|[^\w'-])both(?: of them| (?:[a-z-]+ ){0,2}?(?:men|women|soldiers|civilians|victims|"
                           r"traders|villagers|guards|policemen|officers|brothers|children|wounded|injured))?\s+"
                           r"(?:(?:later|also|then|eventually|subsequently)\s+)?$")
# a place or a defence as the subject of a bare "succumbed" ("the garrison succumbed", "the town's defences in Gao
# finally succumbed"): it fell, no one died; its noun phrase ends right before the verb
_FALLEN_PLACE = re.compile(r"(?:^|,)\s*(?:after [^,]*,\s*)?(?:the|its|their|an?)\s+(?:[\w'-]+\s+){0,2}?(?:garrison|town|city|"
                           r"village|camp|base|post|outpost|position|defen[cs]es?|resistance|fort|stronghold|barracks|"
                           r"siege|capital|lines?)(?:\s+(?:in|of|at|near)\s+[\w'-]+(?:\s+[\w'-]+)?)?\s+(?:\w+ly\s+)?$")
# the wounded as the subject of their own death ("two wounded men died", "three injured soldiers later succumbed"): the
# figure before "wounded" counts the dead ("two wounded soldiers were flown to Gao and one died" keeps its one)
_EN_FIGURE_BEFORE = re.compile(rf"\b(?:\d+|{_num_word_re('en')})\s+{_WOUNDED_ADVERB_EN}$")
_WOUNDED_WHO_DIED = re.compile(r"(?:wounded|injured)\s+(?:[a-z-]+\s+){1,3}?(?:(?:later|also|then|subsequently|(?:have |has )?since)"
                               r"\s+)?(?:died|succumbed|perished|(?:were|have been|had been) killed|(?:have|had) died)\b")
# (folded, "à" is "a": the auxiliary "a" only before "été")
_FINITE_AFTER = re.compile(r"\s+(?:[^\s,.;]+\s+){0,4}?(?:ont|a ete|avaient|avait|sont|est|etaient|etait|furent|fut|"
                           r"auraient|aurait)\b")


def _blank_dated_clauses(folded: str, text: str) -> str:
    """``folded`` with its clauses of another time (:data:`_DATED_CLAUSE`) blanked; ``text`` is the unfolded sentence."""
    pos, out = 0, folded
    while (m := _DATED_CLAUSE.search(folded, pos)) is not None:
        opener = "opener" if m.group("opener") else "opener2"
        if m.group(opener) == "ou" and text[m.start(opener) : m.end(opener)].casefold() != "où" and (
                _FIGURE_BEFORE.search(folded, max(0, m.start() - 30), m.start())
                or not _FINITE_AFTER.match(folded, m.end(opener))):
            pos = m.start() + 1  # "deux ou trois", "tués ou blessés": the conjunction
            continue
        out = out[: m.start()] + " " * (m.end() - m.start()) + out[m.end() :]
        pos = m.end()
    return out


# a figure followed by a unit counts no people ("12 km", "trois jours", "deux véhicules")
# ("un berger d'une trentaine d'années": an age)
_UNIT_AFTER = re.compile(r"^\s*(?:km|kilometres?|kilometers?|heures?|h\b|hours?|ans\b|d'annees|years?|%|pour ?cent|percent|jours?|days?|"
                         r"mois|months?|semaines?|weeks?|metres?|vehicules?|vehicles?|motos?|roquettes?|obus|rockets?|shells?|"
                         # animals: "killing three cattle", "tuant douze têtes de bétail"
                         r"(?:head of )?cattle|oxen|cows?|goats?|sheep|camels?|donkeys?|livestock|animals?|"
                         r"tetes? de betail|boeufs?|vaches?|chevres?|moutons?|chameaux|anes?|animaux|betail)\b")


# a figure right after "aged" ("three children aged 8 to 12", "âgés de 8 à 12 ans") is an age
_AGE_BEFORE = re.compile(r"\b(?:aged|agee?s? de|age de)\s+(?:between\s+|entre\s+)?$")


# a figure of the sources a report cites ("..., killing four herders, two local sources said", "selon deux sources
# sécuritaires") counts no victims
_SOURCES_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)?sources?\b")


@lru_cache(maxsize=4)
def _month_patterns(lang: str) -> tuple[re.Pattern, re.Pattern]:
    """A month name after a figure ("19 juin") and before one ("June 19"; with a comma when the date closes after the
    figure: "(Feb, 25)", "June, 25, 2024"; "In March, 12 soldiers" is a count): the figure is a day."""
    return re.compile(rf"^\s*(?:er\s+)?(?:{_month_re(lang)})\b"), \
        re.compile(rf"(?:{_month_re(lang)})(,)?\s*$")


#: a date closing after its day ("(Feb, 25)", "June, 25, 2024")
_DATE_CLOSES = re.compile(r"\s*(?:\)|,\s*(?:19|20)\d\d\b)")


@lru_cache(maxsize=4)
def _year_before(lang: str) -> re.Pattern:
    """What comes before a figure that is a year: a month, with or without its day and commas ("June, 9, 2027",
    "9 juin 2027", "juin, 2027"), or a word of time ("in 2027", "depuis 2019", "l'année 2027")."""
    return re.compile(rf"(?:\b(?:{_month_re(lang)})[\s,]*(?:\d{{1,2}}(?:er|st|nd|rd|th)?[\s,]+)?|"
                      r"\b(?:in|since|during|until|till|year|en|depuis|durant|pendant|jusqu'en|l'an|l'annee|annee))\s*$")


_YEAR = re.compile(r"(?:19|20)\d\d")


#: the first year of a span before its last ("(1970-1975)", "from 1970 to 1975", "de 1970 a 1975"): the last is a year
_YEAR_SPAN_BEFORE = re.compile(r"\b((?:19|20)\d\d)\s*(?:[-/]|\bto\b|\ba\b|\bau\b)\s*$")
_YEAR_SPAN_AFTER = re.compile(r"\s*(?:[-/]|\bto\b|\ba\b|\bau\b)\s*((?:19|20)\d\d)\b")


#: what follows a span of years rather than a range of people: a comma or a closing bracket, no noun
_AFTER_YEARS = re.compile(r"\s*[,)]")


def _is_year(folded: str, n: NumberMention, lang: str) -> bool:
    """Whether the figure ``n`` is the year of a date ("June, 9, 2027", "since 2019") or a span of years set off by a
    comma ("Between 2020 and 2023, 300 villagers were killed"): a year counts no dead. A range of people keeps its
    noun after it ("between 2000 and 3000 people")."""
    if _YEAR.fullmatch(n.word) is not None:
        if _year_before(lang).search(folded, max(0, n.start - 25), n.start) is not None:
            return True
        # a span of years ("(1970-1975)", "from 1970 to 1975"; never "2000 to 3000 people": a span of years is short)
        before = _YEAR_SPAN_BEFORE.search(folded, max(0, n.start - 12), n.start)
        after = _YEAR_SPAN_AFTER.match(folded, n.end)
        return any(m is not None and 0 < abs(int(m.group(1)) - int(n.word)) <= 50 for m in (before, after))
    return (n.low is not None and n.high is not None and _YEAR.fullmatch(str(n.low)) is not None
            and _YEAR.fullmatch(str(n.high)) is not None and 0 < n.high - n.low <= 50
            and _AFTER_YEARS.match(folded, n.end) is not None)


def _day_after_month(month_before: re.Pattern, folded: str, n: NumberMention) -> bool:
    """Whether the figure ``n`` is the day of a date whose month comes first ("June 19", "(Feb, 25)")."""
    m = month_before.search(folded, max(0, n.start - 12), n.start)
    return m is not None and (m.group(1) is None or _DATE_CLOSES.match(folded, n.end) is not None)


@dataclass(frozen=True, slots=True)
class CountReading:
    low: int | None
    best: int | None  # None: only a magnitude was given ("thousands"): no exact count
    high: int | None
    spans: tuple[tuple[int, int], ...]
    toll: bool
    confidence: float
    side: str = "other"  # whose dead: "armed" (attackers, militants), "other", or "mixed" (both in one reading)
    #: the span of the sentence it was read from (the caller's sentence, :mod:`.sentences`), in the text's offsets
    sentence: tuple[int, int] | None = None


def _add(a: CountReading | None, n: NumberMention | tuple, span) -> CountReading:
    if isinstance(n, NumberMention):
        low, best, high = n.low, n.best, n.high
    else:
        low, best, high = n
    if a is None:
        return CountReading(low, best, high, (span,), False, 0.8)
    return CountReading(
        None if a.low is None or low is None else a.low + low,
        None if a.best is None or best is None else a.best + best,
        None if a.high is None or high is None else a.high + high,
        a.spans + (span,),
        False,
        0.8,
    )


def _unit_article(folded: str, n: NumberMention, clause_start: int) -> bool:
    """'un'/'une'/'one' counts only at a clause start, after a coordination, or when bound."""
    if n.word.strip() not in ("un", "une", "one"):
        return True
    before = folded[clause_start:n.start].strip()
    # "..., while one assailant was killed", "tandis qu'un soldat a été tué": a subordinating conjunction opens a clause
    return before == "" or before.endswith((" et", " and", ",", "seul", "seule", "only", " while", " whereas",
                                            " tandis qu'", " alors qu'")) or before in ("et", "and", "while", "whereas")


# a noun that names no person: a report's word, an aircraft or a vehicle, a place, an act. The article before it ("six
# morts, un bilan encore provisoire", "a abattu un drone", "killed six herders, an attack the army blamed on ...") is
# no count of one, as object, coordinated object or subject; an adjective may stand before the noun ("un lourd bilan").
# In English the noun must close its phrase ("a village chief" is a person)
_NO_PERSON_NOUN = (r"(?:bilan|chiffre|nombre|total|toll|figure|count|number|rapport|communique|report|statement|"
                   r"drones?|avions?|aeronefs?|helicopteres?|appareils?|aircraft|planes?|helicopters?|vehicules?|vehicles?|"
                   r"camions?|trucks?|motos?|camp|village|poste|convoi|ville|localite|base|post|town|convoy|"
                   r"secteur|zone|region|hameau|commune|quartier|area|district|hamlet|sector|"
                   r"drame|incident|tragedy|riposte|embuscade|operation|attaque|raid|frappe|assaut|offensive|incursion|"
                   r"ratissage|ambush|attack|strike|assault)")
_NO_PERSON_AFTER = {
    "fr": re.compile(rf"\s*(?:[a-z-]+\s+)?{_NO_PERSON_NOUN}\b"),
    "en": re.compile(rf"\s*(?:[a-z-]+\s+)?{_NO_PERSON_NOUN}(?=\s*(?:[,.;:()]|$)|\s+(?:of|that|which|who|in|on|at|near|by|"
                     r"for|from|the|was|were|is|has|had|and|or|with|to|claimed|blamed|could|may|might|would|will|said)\b)"),
}
_UNIT_WORDS = frozenset(("un", "une", "one", "a", "an"))


_SUBJECT_ARTICLE = re.compile(r"^\W*(?:(?:un|une|le|la|a|an|the)\s|l')")


def _thing_subject(clause: str, lang: str) -> bool:
    """Whether ``clause`` (a clause's words before its passive verb) opens with an article and a noun that names no
    person ("un drone de l'armée", "l'avion")."""
    art = _SUBJECT_ARTICLE.match(clause)
    return art is not None and _NO_PERSON_AFTER[lang].match(clause, art.end()) is not None


# a device a figure counts: "neutralisé un engin explosif", "neutralised two mines", "deux EEI ont été neutralisés" (the
# device made safe, no one dead). In English the noun must close its phrase, as :data:`_NO_PERSON_AFTER` asks: "one mine
# employee", "two bomb disposal experts" are people
_DEVICE_AFTER = {
    "fr": re.compile(r"\s*(?:[a-z-]+\s+)?(?:engins?|explosifs?|mines?|bombes?|eei|ied|obus|roquettes?|grenades?)\b"),
    "en": re.compile(r"\s*(?:[a-z-]+\s+){0,2}?(?:mines?|landmines?|bombs?|explosives?|devices?|ieds?|shells?|rockets?|grenades?)"
                     r"(?=\s*(?:[,.;:()]|$)|\s+(?:of|that|which|in|on|at|near|by|along|planted|laid|left|hidden|buried|"
                     r"from|and|or|with|to|were|was|had|found)\b)"),
}


def _article_of_no_person(folded: str, n: NumberMention, lang: str) -> bool:
    """Whether ``n`` is an article ("un", "une", "one", "a") before a noun that names no person (:data:`_NO_PERSON_NOUN`),
    or any figure of a device (:data:`_DEVICE_AFTER`)."""
    return (n.word.strip() in _UNIT_WORDS and _NO_PERSON_AFTER[lang].match(folded, n.end) is not None) or \
        _DEVICE_AFTER[lang].match(folded, n.end) is not None


_AND_ARTICLE = re.compile(r"^\s*(?:\w+\s+){0,2}?(?:and|et)\s+(?P<art>a|an|his|her)\s+(?!few\b|number\b|dozen\b|two\b|three\b|four\b|"
                          r"five\b|six\b|seven\b|eight\b|nine\b|ten\b|\d)\w+")
_COMMA = re.compile(r"[,;]")
_EN_ONE_VICTIM = re.compile(r"(?:an?\s+(?!few\b|number\b|dozen\b|total\b)\w+|(?:him|her)\b)")
# the confidence of a death predicate read with no figure ("were killed": 2 or more, "was killed": 1)
_BARE = 0.6
# a bare plural whose subject is a pronoun: it adds nothing to a figure of its sentence
_ANAPHORIC = 0.5
_PRONOUN_SUBJECT = re.compile(r"(?:^|\b)(?:they|ils|elles|these|those|ceux-ci|celles-ci)\s+(?:\w+\s+)?$")
_PLURAL_END = re.compile(r"(?:es|s)\b")
_WITH_OTHERS = re.compile(r"^[^;.]{0,60}?,?\s\b(?:avec|with|along with|together with)\s+")
_OTHERS_AFTER = re.compile(r"\s+(?:autres|others|other)\b")
_AS_WELL_AS = re.compile(r"^[^;.]{0,25}?\b(?:ainsi que|de meme que|as well as|along with)\s+")


def _tells_death(folded: str, lang: str) -> bool:
    guards = _predicate_guards(lang)
    maybe = guards.possible(folded)
    return any(kind == "death" and guards.patterns[i].search(folded)
               for i, (kind, _, _) in enumerate(_predicates(lang)) if i in maybe)


def _own_death_subset(whole: str, blanked: str, lang: str) -> str | None:
    """The sentence reduced to its "N of whom died" clause (its antecedent words blanked, offsets kept) when that
    clause tells a death and the rest of the sentence tells none, so that N is read as the toll; else None."""
    for m in _OF_WHOM_EN.finditer(whole):
        sub = _SUBCOUNT_EN.match(whole, m.start())
        if sub is None:
            continue
        # the clause with "of whom"/"of them" blanked: "twenty died in the fighting"
        clause = whole[sub.start() : m.end(1)] + " " * (m.end() - m.end(1)) + whole[m.end() : sub.end()]
        if _tells_death(clause, lang) and not _tells_death(blanked, lang):
            return " " * sub.start() + clause + " " * (len(whole) - sub.end())
    return None


# "eliminated", "éliminés": a killing of the armed side ("20 terroristes éliminés"), or done by a state force (the
# word of its communiqués: "the armed forces eliminated 22 people"), never a race's or a list's candidates
_ELIMINATED = re.compile(r"\belimin")
_BY_AGENT = re.compile(r"\s*(?:by|par)\s+")
# what a state force says, between its name and the verb ("the army said 14 candidates were eliminated")
_SAID = re.compile(r"[.;]|\b(?:said|says|told|stated|announced|reported|according|selon|indiqu\w*|annonc\w*|declar\w*|"
                   r"affirm\w*|rapport\w*)\b")


def _eliminated_armed(m: re.Match, folded: str, spans: list[tuple[int, int]], start: int, end: int, lang: str) -> bool:
    """False when the predicate ``m`` is "eliminated"/"éliminé", the dead it counts (the figures at ``spans``; with
    none, the words of ``folded[start:end]`` before it) are not of the armed side and no state force eliminates them
    (its name before the verb, or after "by"/"par"); else True."""
    if not _ELIMINATED.search(m.group(0)):
        return True
    if spans and (_side(folded, spans, lang) == "armed" or all(_ARMED_AFTER_FIGURE[lang].match(folded, b) for _, b in spans)):
        return True
    if not spans and _ARMED_WORD[lang].search(folded, start, end):
        return True
    state = cue("state_generic", lang)
    by = _BY_AGENT.match(folded, m.end())
    if by and (agent := state.search(folded[by.end() : by.end() + 60])) is not None and agent.start() == 0:
        return True
    before = folded[max(0, m.start() - 100) : m.start()]
    ends = [a.end() for a in state.finditer(before)]
    return bool(ends) and not _SAID.search(before, max(ends))


# a second source's figure for the same dead: a contrast, then another source's word ("..., but a resident said 30
# were killed", "..., mais des sources locales évoquent 30 morts", "alors que selon les habitants ...")
_ALTERNATIVE = {
    "fr": re.compile(r"\b(?:mais|tandis que|alors que|cependant|toutefois|en revanche)\b[^.;]*?\b(?:selon|d'apres|"
                     r"(?:indiqu|affirm|declar|estim|assur|rapport|avanc)\w*|evoqu\w*|parl\w*|fai\w* etat)\b"),
    "en": re.compile(r"\b(?:but|while|whereas|however)\b[^.;]*?\b(?:according to|said|says|stated|told|reported|"
                     r"claimed|estimated|put the (?:toll|number))\b"),
}


# a toll revised further on in the sentence ("29 dead, but sources have since reported a much heavier toll: 60 dead",
# "neuf morts, un bilan revu à la hausse à quinze morts"): the later figure replaces the first, never adds to it
_REVISED = re.compile(r"\b(?:(?:much |far |an? )?(?:heavier|higher|larger|greater|new) (?:death )?(?:toll|figure|count)|"
                      rf"revised (?:up|upward|to)|(?:toll|number|figure|count|tally)(?: \S+){{0,4}}? (?:has |had )?{_RISE_VERBS} to|"
                      r"(?:revu|revise|rehausse)e? a la hausse|nouveau bilan|"
                      # the toll's own noun before the verbs that alone tell no revision ("est passé à l'attaque")
                      rf"(?:bilan|nombre de (?:morts|victimes|tues))(?: \S+){{0,3}}? (?:(?:est |a |s'est )?{_RISE_VERBS} a|"
                      r"(?:s'est |est )?(?:encore )?alourdi|(?:bien |encore |beaucoup )?plus lourd))\b")


# the hours and minutes of a time of day ("vers 5:00", "à 17h30", "at 4.30 am"): no count
# (a colon only with no space: "Mali G5 : 14 soldats" is a count)
_CLOCK_BEFORE = re.compile(r"\d(?::| ?h ?)$")
_CLOCK_AFTER = re.compile(r"(?::\d\d| ?h ?\d\d| ?(?:\.\d\d ?)?(?:am|pm|a\.m|p\.m)(?![a-z]))")


def sentence_fatalities(text: str, lang: str, offset: int = 0, folded: str | None = None) -> CountReading | None:
    """The deaths one sentence reports, or None when it reports none (``folded``: ``fold(text)``, when
    the caller has it); the reading keeps the sentence's span (``offset`` to its end)."""
    r = _sentence_fatalities(text, lang, offset, folded)
    return None if r is None else replace(r, sentence=(offset, offset + len(text)))


def _sentence_fatalities(text: str, lang: str, offset: int, folded: str | None) -> CountReading | None:
    lang = lang if lang in ("fr", "en") else "fr"
    folded = fold(text) if folded is None else folded
    # blank out "dont cinq femmes" / "including five women" (parts of a total), keeping offsets
    subcount = _SUBCOUNT_FR if lang == "fr" else _SUBCOUNT_EN
    whole = folded
    folded = subcount.sub(lambda m: "," + " " * (len(m.group(0)) - 2) + ("," if m.group(0).endswith(",") else " "), folded)
    if lang == "en" and (own := _own_death_subset(whole, folded, lang)) is not None:
        folded = own
    # a relative clause in the pluperfect ("la mine qui avait tué ...", "the raid that had left ...") tells an earlier
    # event
    folded = _PLUPERFECT_CLAUSE.sub(lambda m: " " * len(m.group(0)), folded)
    folded = _blank_dated_clauses(folded, text)
    folded = _RECALLED.sub(lambda m: " " * len(m.group(0)), folded)
    # the killing an event avenges or protests ("in revenge for the killing of two traders", "en représailles à
    # l'assassinat de") is an earlier one
    folded = _CAUSE_CLAUSE.sub(lambda m: _blank_cause(folded, m), folded)
    # the event an event's time is counted from ("depuis qu'un raid a fait 90 morts") is an earlier one
    folded = _SINCE_CLAUSE.sub(lambda m: _blank_since(folded, m), folded)
    folded = _EARLIER_CLAUSE.sub(lambda m: _blank_earlier(folded, m), folded)
    preds = []
    guards = _predicate_guards(lang)
    maybe = guards.possible(folded)
    for i, (kind, form, _) in enumerate(_predicates(lang)):
        for m in guards.patterns[i].finditer(folded) if i in maybe else ():
            if kind == "death" and form == "active" and _VICTIMS_MOSTLY_WOUNDED.match(whole, m.end()):
                continue
            if kind == "injury" and form == "active" and lang == "en" and _WOUNDED_WHO_DIED.match(folded, m.start()) \
                    and _EN_FIGURE_BEFORE.search(folded, max(0, m.start() - 40), m.start()):
                continue  # "two wounded men died": right after a figure, "wounded" qualifies its noun, no verb
            preds.append((m.start(), m.end(), kind, form, m))
    # only a death predicate, or an abduction that may end in killings, counts dead: without one the
    # sentence reports none, whatever its figures
    if not any(p[2] == "death" or (p[2] == "other" and _ABDUCTION.search(p[4].group(0))) for p in preds):
        return None
    numbers = find_numbers(folded, lang)
    # drop day numbers of dates ("le 19 juin", "on June 19")
    month, month_before = _month_patterns(lang)
    numbers = [n for n in numbers if not month.match(folded[n.end : n.end + 15])
               and not (lang == "en" and _day_after_month(month_before, folded, n))
               and not _UNIT_AFTER.match(folded[n.end : n.end + 20]) and not _SOURCES_AFTER.match(folded, n.end)
               and not _AGE_BEFORE.search(folded, max(0, n.start - 20), n.start)
               and not _CLOCK_BEFORE.search(folded, max(0, n.start - 4), n.start) and not _CLOCK_AFTER.match(folded, n.end)
               and not _is_year(folded, n, lang)]
    used: set[int] = set()
    preds.sort(key=lambda p: (p[0], -p[1]))
    # remove predicates overlapping an earlier, longer one of a stronger form
    order = {"toll": 0, "bound": 1, "corps": 2, "active": 3, "passive": 4, "adjectival": 5}
    chosen = []
    # folded, the participle "tué" is the present "tue": read as the participle ("Un soldat tué ...") when the
    # present finds no object
    participles: dict[int, tuple] = {}
    for p in sorted(preds, key=lambda p: (order[p[3]], p[0])):
        if p[3] in ("adjectival",) and any(q[0] <= p[0] < q[1] for q in chosen):
            if lang == "fr" and p[2] == "death" and all(q[0] == p[0] and q[3] == "active" and _FR_PRESENT_START.match(q[4].group(0))
                                                        for q in chosen if q[0] <= p[0] < q[1]):
                participles[p[0]] = p
            continue
        if p[3] in ("adjectival", "passive") and p[2] == "death" and \
                any(q[3] == "bound" and q[0] <= p[0] and folded[q[0] : p[0]].strip() == "" and
                    any(n.end == q[0] for n in numbers) for q in chosen):
            continue  # "one killed": the figure bound to the participle is read once, never with a figure before it
        if p[3] == "passive" and any(q[3] in ("passive", "active") and q[0] <= p[0] < q[1] for q in chosen):
            continue
        if p[3] == "active" and any(q[3] == "active" and q[0] <= p[0] < q[1] for q in chosen):
            continue
        chosen.append(p)
    chosen.sort(key=lambda p: p[0])
    finite = [p for p in chosen if p[3] in ("active", "passive")]
    finite_ends = sorted(p[1] for p in finite)
    neg = _NEG_FR if lang == "fr" else _NEG_EN
    coord = _COORD_FR if lang == "fr" else _COORD_EN
    total: CountReading | None = None
    toll: CountReading | None = None
    superseded: CountReading | None = None

    def after(pos: int, window: int = 6):
        cands = [n for n in numbers if n.start >= pos and id(n) not in used and n.start - pos <= window
                 and folded[pos : n.start].strip(" \"'") in ("", "d")]  # "la mort d'au moins 31", "d'une dizaine"
        return cands[0] if cands else None

    def take_objects(first: NumberMention) -> list:
        got = [first]
        used.add(id(first))
        while True:
            # "killing two soldiers and a civilian": an indefinite article counts one
            art = _AND_ARTICLE.match(folded[got[-1].end :])
            if lang == "en" and art and not [n for n in numbers if got[-1].end <= n.start < got[-1].end + art.end()] \
                    and not _NO_PERSON_AFTER["en"].match(folded, got[-1].end + art.end("art")):
                a0 = got[-1].end + art.end()
                got.append(NumberMention(a0 - 1, a0, 1, 1, 1, True, "a"))
                break
            nxt = [n for n in numbers if n.start >= got[-1].end and id(n) not in used]
            # a predicate between the two figures closes the first ("plusieurs soldats tués et deux faits prisonniers")
            if not nxt or not _OBJ_COORD.match(folded[got[-1].end : nxt[0].start]) or \
               any(p[0] >= got[-1].end and p[0] < nxt[0].start and (p[2] != "death" or p[3] == "adjectival") for p in chosen):
                break
            # "killing five militants and one wounded", "killing four herders, three others were abducted": the
            # next figure is the subject of its own injury or abduction
            own = next((p for p in chosen if p[0] >= nxt[0].end), None)
            if own is not None and own[2] != "death" and not _COMMA.search(folded[nxt[0].end : own[0]]) and \
                    not _second_verb(folded, nxt[0], own, numbers):
                break
            if _article_of_no_person(folded, nxt[0], lang):
                break  # "tué six civils, un bilan encore provisoire": the article names no one
            if _OWN_VERB[lang].match(folded, nxt[0].end):
                break  # "killed four herders and some 200 families fled": the figure is the subject of its own verb
            # an object list, a comma, then a figure with its own finite verb ("... abattu des assaillants, quatre
            # gardes ont péri"): the figure is that verb's subject, not one more object
            if own is not None and own[3] == "passive" and (own[4].groupdict().get("aux") or own[4].groupdict().get("aux2")) and \
                    not _COMMA.search(folded[nxt[0].end : own[0]]) and \
                    not any(nxt[0].end <= n.start < own[0] for n in numbers):
                break
            got.append(nxt[0])
            used.add(id(nxt[0]))
        return got

    told: list[tuple[str, ...]] = []

    def restated(reading: CountReading) -> bool:
        """Does the reading repeat the figures of one already counted in the sentence ("two gendarmes, six herders
        killed in ambush ... Gunmen killed two gendarmes and six herders", a headline run into its lead)? Only a
        breakdown or a vague plural, never one bare figure ("two soldiers were killed ... two civilians died")."""
        words = tuple(folded[a - offset : b - offset].strip(" \"'") for a, b in reading.spans)
        if len(words) < 2 and not (words and _VAGUE.match(words[0])):
            return False
        if words in told:
            return True
        told.append(words)
        return False

    def alternative(reading: CountReading) -> bool:
        """Is the reading another source's figure for the dead already counted ("an official said 45 were killed, but
        a militia's fighter said 30")? Never the other side's dead."""
        if total is None or total.confidence == _ANAPHORIC or \
                not _ALTERNATIVE[lang].search(folded, total.spans[-1][1] - offset, reading.spans[0][0] - offset):
            return False
        return _side(folded, [(a - offset, b - offset) for a, b in total.spans], lang) == \
            _side(folded, [(a - offset, b - offset) for a, b in reading.spans], lang)

    def vague_side(reading: CountReading) -> bool:
        return all(_VAGUE.match(folded, a - offset) for a, _ in reading.spans)

    def side_of(reading: CountReading) -> str:
        return _side(folded, [(a - offset, b - offset) for a, b in reading.spans], lang)

    def revised(reading: CountReading, of: CountReading | None) -> bool:
        """Do ``reading`` and ``of`` (read in either order) count the same dead, the later one revising the earlier
        (:data:`_REVISED` between them)? Never the other side's dead."""
        if of is None or of.confidence == _ANAPHORIC:
            return False
        first, last = sorted((of, reading), key=lambda r: r.spans[0][0])
        if not _REVISED.search(folded, first.spans[-1][1] - offset, max(first.spans[-1][1], last.spans[0][0]) - offset):
            return False
        return _side(folded, [(a - offset, b - offset) for a, b in of.spans], lang) == \
            _side(folded, [(a - offset, b - offset) for a, b in reading.spans], lang)

    absorbed: list[tuple[int, int]] = []
    objectless: set[int] = set()  # where a present found no object
    for s, e, kind, form, m in sorted(chosen + list(participles.values()), key=lambda p: (order[p[3]], p[0])):
        if form == "adjectival" and s in participles and participles[s][4] is m and s not in objectless:
            continue
        if kind == "death" and any(a <= s < b for a, b in absorbed):
            continue  # the killing of abductees already counted with their abduction
        if kind == "death" and form == "active" and THREAT_FRAME[lang].search(folded[max(0, s - 60) : s]):
            continue  # "threatened to kill three of them": a killing threatened, not done
        if kind == "other" and _ABDUCTION.search(m.group(0)):
            later = _LATER_KILLED[lang].search(folded[e:])
            if later:
                kind = "death"
                absorbed.append((e, e + later.end()))
        if form in ("toll", "bound", "corps", "active"):
            if form == "bound":
                cands = [n for n in numbers if n.end == s and id(n) not in used]
                n = cands[0] if cands else None
                if n is None or (_AMBIGUOUS_BODY.match(folded, s) and not _BODY_SENSE.search(folded)):
                    continue
                used.add(id(n))
                got = [n]
            else:
                n = after(e, 8 if form == "toll" else 6)
                if n is not None and m.groupdict().get("floor"):
                    n = replace(n, high=None)  # "a coûté la vie au moins à douze soldats": a floor
                if n is not None and _article_of_no_person(folded, n, lang):
                    used.add(id(n))
                    n = None  # "a abattu un drone": the article's noun is no victim
                if n is None and form == "active" and lang == "fr":
                    # "a abattu le maire", "l'assassinat du chef de village": a definite singular victim counts one
                    art = _FR_DEFINITE_VICTIM.match(folded, e)
                    if art and (m.group(0).rstrip().endswith(("du", "de", "d'", "la vie", "la vie a"))
                                or _FR_KILL_VERB_END.search(m.group(0))):
                        n = NumberMention(e, art.end(), 1, 1, 1, True, art.group(0))
                        numbers.append(n)
                if n is None and form == "active" and lang == "en":
                    # "executed a mechanic", "killed an elder": an indefinite article counts one
                    art = _EN_ONE_VICTIM.match(folded[e:])
                    if art and not _NO_PERSON_AFTER["en"].match(folded, e + len(art.group(0).split()[0])) and \
                            not _DEVICE_AFTER["en"].match(folded, e + len(art.group(0).split()[0])):
                        w = art.group(0).split()[0]
                        n = NumberMention(e, e + len(w), 1, 1, 1, True, w)
                        numbers.append(n)
                    elif _EN_KILL_VERB_END.search(m.group(0)) and (lead := _EN_DETERMINER.match(folded, e)) and (
                            n := after(lead.end(), 0)) is not None:
                        pass  # "killed the three soldiers": the figure after the determiner
                    elif _EN_KILL_VERB_END.search(m.group(0)) and (head := _en_definite_victim(folded, e)):
                        # "shot dead the deputy mayor", "the killing of the village chief": one victim; "the
                        # chiefs of ...": two or more, how many not said
                        plural = head.endswith("s") and not head.endswith("ss")
                        n = NumberMention(e, e + 3, 2 if plural else 1, None if plural else 1, None if plural else 1,
                                          not plural, "the")
                        numbers.append(n)
                if n is None:
                    objectless.add(s)
                    continue
                got = take_objects(n) if form in ("active", "toll") else [n]
                for g in got:
                    used.add(id(g))
            if kind != "death":
                continue
            if neg.search(folded[max(0, s - 40) : s]):
                continue
            if not _eliminated_armed(m, folded, [(g.start, g.end) for g in got], 0, 0, lang):
                continue
            reading = None
            for g in got:
                reading = _add(reading, g, (g.start + offset, g.end + offset))
            if form == "toll" and _SUPERSEDED.search(folded, max(0, s - 25), e):
                # "up from its former toll of 20", "le bilan précédent de quatre morts": a toll replaced, the
                # sentence's count only when it tells no other, and never a toll that outweighs the event's count
                superseded = superseded or reading
                continue
            if form == "toll":
                toll = CountReading(reading.low, reading.best, reading.high, reading.spans, True, 0.9)
            elif restated(reading):
                pass
            elif revised(reading, total):
                total = max(total, reading, key=lambda r: r.spans[0][0])
            elif not alternative(reading):
                total = reading if total is None or total.confidence == _ANAPHORIC else _add(total, (reading.low, reading.best, reading.high), reading.spans[0])
            continue
        # passive / adjectival: the subject is the nearest count on the left, with its coordination
        i = bisect.bisect_right(finite_ends, s)
        clause_start = max(finite_ends[i - 1] if i else 0, folded.rfind(";", 0, s) + 1)
        left = [n for n in numbers if clause_start <= n.start and n.end <= s and id(n) not in used
                and _unit_article(folded, n, clause_start) and not _article_of_no_person(folded, n, lang) and (not _PREP_BEFORE.search(folded[max(0, n.start - 8) : n.start])
                                                                or _gerund_subject(folded, n, s))]
        if form == "adjectival":
            left = [n for n in left if len(folded[n.end : s].split()) <= 4]
        if neg.search(folded[max(0, s - 40) : s]):
            for n in left[-1:]:
                used.add(id(n))
            continue
        subj: list[NumberMention] = []
        if left:
            subj = [left[-1]]
            i = len(left) - 2
            while i >= 0 and coord.match(folded[left[i].end : subj[0].start]):
                subj.insert(0, left[i])
                i -= 1
        if subj and any(id(n) in used and clause_start <= n.start < subj[0].start and _TOTAL_HEAD.match(folded[n.end : subj[0].start])
                        for n in numbers):
            # "douze morts dont trois soldats tués par balle": the breakdown of a total already counted adds none
            used.update(id(n) for n in subj)
            continue
        head = next((n for n in left if subj and n.start < subj[0].start and _TOTAL_HEAD.match(folded[n.end : s])), None)
        if head is not None:
            subj = [head]
            for n in left:
                if n.start > head.start:
                    used.add(id(n))
        for n in subj:
            used.add(id(n))
        if len(subj) >= 3 and subj[0].best is not None and subj[0].best == sum(n.best or 0 for n in subj[1:]) and \
                folded[subj[0].end : subj[1].start].strip().endswith(",") and "," in folded[subj[-1].end : s]:
            # "six people, five civilians and one soldier, were killed": the parts restate the total
            subj = subj[:1]
        if kind != "death" or not _eliminated_armed(m, folded, [(n.start, n.end) for n in subj], clause_start, s, lang):
            continue
        if m.groupdict().get("fell") and not _FALLEN_PERSONS.search(folded, subj[-1].end if subj else clause_start, s):
            continue  # "deux obus sont tombés": only people who fell are dead
        if m.groupdict().get("aux2") == "succumbed" and _FALLEN_PLACE.search(folded[clause_start:s]):
            continue  # "the garrison in Tin-Akoff succumbed": a place or a defence fell, no one died
        if subj:
            reading = None
            # "un homme et ses deux fils", "a man and his two sons": the one before the companions counted is one more
            if (one := _ONE_AND_HIS.search(folded, clause_start, subj[0].start)) and one.end() == subj[0].start:
                reading = _add(reading, (1, 1, 1), (one.start() + offset, one.end() + offset))
            elif (some := _SOME_AND_THEIR.search(folded, clause_start, subj[0].start)) and some.end() == subj[0].start:
                reading = _add(reading, (2, 2, None), (some.start() + offset, some.end() + offset))
            for n in subj:
                reading = _add(reading, n, (n.start + offset, n.end + offset))
            # "un sous-préfet et son chauffeur", "the mayor and his driver": a possessive companion is one more
            for c in _COMPANION.finditer(folded, subj[-1].end, s):
                reading = _add(reading, (1, 1, 1), (c.start() + offset, c.end() + offset))
        elif form == "passive" and _thing_subject(folded[clause_start:s], lang):
            continue  # "un drone de l'armée a été abattu": a thing brought down, no one dead
        elif form == "passive":
            aux = (m.groupdict().get("aux") or m.groupdict().get("aux2") or "")
            plural = aux in ("ont", "sont", "avaient", "etaient", "furent", "auraient", "were", "are") or \
                bool(_PLURAL_END.search(m.group(0)[-3:]))
            if aux in ("died", "perished") or not aux:
                plural = False
            elif aux.startswith(("succumbed ", "had ")):  # "succumbed to his wounds": the possessive tells the number
                plural = " their " in aux
            v = (2, 2, None) if plural else (1, 1, 1)
            if lang == "en" and _BOTH_SUBJECT.search(folded[max(0, s - 45) : s]):
                v, plural = (2, 2, 2), False  # "both succumbed", "both wounded soldiers died": two dead
            # "they were killed", "ils ont été tués": a pronoun points back to people counted elsewhere
            back = plural and _PRONOUN_SUBJECT.search(folded[clause_start:s])
            reading = CountReading(v[0], v[1], v[2], ((s + offset, e + offset),), False, _ANAPHORIC if back else _BARE)
        else:
            continue
        # "ainsi que dix civils" / "as well as ten civilians" after the predicate
        tail = _AS_WELL_AS.match(folded[e:])
        if tail:
            n = after(e + tail.end(), 2)
            # "ainsi que plusieurs dizaines d'assaillants": a vague plural is a claim, never added to a count
            if n is not None and not (n.low is not None and n.high is None and _VAGUE.match(folded, n.start)
                                      and reading.confidence > _BARE):
                used.add(id(n))
                reading = _add(reading, n, (n.start + offset, n.end + offset))
        # "a été tué avec trois autres membres", "was killed with two others": companions given as others
        tail = _WITH_OTHERS.match(folded[e:])
        if tail:
            n = after(e + tail.end(), 2)
            if n is not None and _OTHERS_AFTER.match(folded, n.end):
                used.add(id(n))
                reading = _add(reading, n, (n.start + offset, n.end + offset))
        if total is not None and reading.confidence == _ANAPHORIC:
            continue
        if restated(reading) or (len(subj) == 1 and _restates_its_breakdown(subj[0], folded, e, numbers, told)):
            continue
        if total is None or total.confidence == _ANAPHORIC:
            total = reading
        elif revised(reading, total):
            total = max(total, reading, key=lambda r: r.spans[0][0])
        elif alternative(reading):
            continue
        elif vague_side(reading) != vague_side(total) and {side_of(reading), side_of(total)} == {"armed", "other"}:
            # "neuf soldats tués ; plusieurs dizaines d'assaillants neutralisés", "nine soldiers killed and dozens of
            # attackers neutralised": a side given only as a vague plural is a claim, not added to the side counted
            if vague_side(total):
                total = reading
        else:
            total = _add(total, (reading.low, reading.best, reading.high), reading.spans[0])
    out = toll if toll is not None else total if total is not None else superseded
    if out is not None and toll is None and _TOLL_SOURCE.match(folded) and not _WIDER_TALLY.search(folded):
        out = replace(out, toll=True, confidence=0.9)  # "Selon un nouveau bilan, 20 personnes ont été tuées"
    if toll is not None and total is not None and total.spans[0][0] > toll.spans[-1][1] and revised(total, toll):
        out = replace(total, toll=True, confidence=0.9)  # "the toll first put at 14 dead, ... a heavier toll: 37 dead"
    if out is not None:
        out = replace(out, side=_side(folded, [(a - offset, b - offset) for a, b in out.spans], lang))
    if toll is not None and total is not None and total.spans[0][0] > toll.spans[-1][1]:
        # "un bilan de 15 soldats tués ... et de 21 terroristes tués": a toll of one side followed by the dead of the
        # other side is the toll of both (ACLED counts every death of an event); the same side's later figure is a
        # part or an update of the toll, never added to it
        other = _side(folded, [(a - offset, b - offset) for a, b in total.spans], lang)
        if {out.side, other} == {"armed", "other"}:
            out = replace(_add(out, (total.low, total.best, total.high), total.spans[0]), spans=out.spans + total.spans,
                          toll=True, confidence=0.9, side="mixed")
    return out


# --------------------------------------------------------------------------- whose dead
# the armed side of an attack or a clash: its dead are counted with the others (ACLED's fatalities are every
# death of the event), and a toll of one side never restates a toll of the other
# the armed side's nouns
_ARMED_NOUNS = {
    # (the state's volunteers are no armed side: "combattants volontaires pour la défense de la patrie", "volunteer
    # fighters")
    "fr": r"(?:terroristes?|assaillants?|d?jihadistes?|islamistes?|insurges?|rebelles?|bandits?|combattants?(?! volontaires| vdp)|"
          r"hommes armes|ennemis?|"
          r"elements? (?:terroristes|ennemis|armes)|membres? (?:du groupe|des groupes) (?:arme|terroriste|jihadiste)s?)",
    "en": r"(?:militants?|attackers?|assailants?|jihadists?|terrorists?|insurgents?|gunmen|(?<!volunteer )fighters?|rebels?|bandits?|"
          r"extremists?|islamists?|enemy combatants?)",
}
_ARMED_NOUN = {
    "fr": re.compile(rf"^[\s\"']*(?:de |d')?(?:[a-z-]+\s+)?{_ARMED_NOUNS['fr']}\b"),
    "en": re.compile(rf"^[\s\"']*(?:of )?(?:(?:the|these|those) )?(?:[a-z-]+\s+)?{_ARMED_NOUNS['en']}\b"),
}
_ARMED_WORD = {lang: re.compile(rf"\b{nouns}\b") for lang, nouns in _ARMED_NOUNS.items()}
# an armed noun a few words after a figure ("20 Boko Haram fighters", "douze éléments terroristes")
_ARMED_AFTER_FIGURE = {lang: re.compile(rf"[\s\"']*(?:de\s+|d'|of\s+)?(?:[^\s.,;]+\s+){{0,3}}?{nouns}\b")
                       for lang, nouns in _ARMED_NOUNS.items()}
_ARMED_CONTEXT = {
    # a quotation mark may open after "côté" ("côté « des terroristes, 9 cadavres »")
    "fr": re.compile(r"(?:cote (?:\"\s*)?(?:ennemi|de l'ennemi|des assaillants|des terroristes|des (?:d)?jihadistes)|"
                     r"dans les rangs (?:de l'ennemi|des assaillants|des terroristes|des (?:d)?jihadistes|des rebelles)|"
                     r"parmi les assaillants|pertes ennemies)[^.;]{0,40}$"
                     # the losses of the armed side told with its own name: "les terroristes ont perdu 12 hommes", "les
                     # GAT (groupes armés terroristes) ont perdu"
                     rf"|\b(?:{_ARMED_NOUNS['fr']}|gat|groupes? armes?(?: terroristes?)?)\b[^.;,]{{0,30}}\b(?:ont|a|avaient|avait|"
                     r"auraient|aurait) (?:\S+ )?perdu\s+(?:\S+\s+){0,2}$"),
    "en": re.compile(r"(?:among the (?:attackers|assailants|militants|jihadists|insurgents)|on the (?:enemy|militant|attackers'|"
                     r"terrorists?'?|jihadists?'?) side|enemy (?:side|losses))[^.;]{0,40}$"
                     rf"|\b{_ARMED_NOUNS['en']}\b[^.;,]{{0,30}}\b(?:have|has|had) (?:\S+ )?lost\s+(?:\S+\s+){{0,2}}$"
                     r"|\b(?:militants|attackers|assailants|jihadists|insurgents|gunmen|rebels) lost\s+(?:\S+\s+){0,2}$"),
}
# the armed noun right before a passive with no figure ("des jihadistes ont péri", "several militants were killed"):
# its subject, when it opens its clause; the agent of a participle before ("des otages détenus par des jihadistes ont
# été tués", "villagers held by militants were killed") is not the subject
_ARMED_SUBJECT = {lang: re.compile(rf"(?:^|[.;:,]\s*|\b(?:et|mais|and|but)\s+)[\s\"']*(?:{det}\s+)?(?:[a-z-]+\s+)?"
                                   rf"{_ARMED_NOUNS[lang]}\s*$")
                  for lang, det in (("fr", r"(?:des|les|ces|plusieurs|quelques|de nombreux|nombre de|une? dizaine de|"
                                           r"des dizaines de|certains)"),
                                    ("en", r"(?:the|these|those|several|many|some|a few|dozens of|scores of)"))}
# a figure right after "neutraliser" ("en avoir neutralisé six", "neutralised at least ten"): the armed side's dead
_NEUTRALISED_BEFORE = re.compile(r"\bneutrali[sz]\w*\s+(?:(?:au moins|at least|plus de|more than|pres de|nearly|some)\s+)?$")
# "six terroristes neutralisés": the participle belongs to its own figure, never to a figure before the next one
# ("N soldats morts et un assaillant neutralisé": only the assailant)
_NEUTRALISED = re.compile(r"^(?:(?!\bet\b|\band\b|\bun\b|\bune\b|\bone\b|\d)[^.;,]){0,40}?\bneutrali[sz]")
# the armed side named after the dead (the dead, then "dans les rangs des/parmi les <armed noun>" or "côté ennemi";
# "five dead among the attackers")
_ARMED_AFTER = {
    "fr": re.compile(r"^[\s\"']*(?:de\s+)?(?:morts?|tues|victimes)\s+(?:\S+\s+){0,2}?(?:(?:dans|parmi) (?:le|les) rangs? "
                     r"(?:de l'ennemi|des (?:assaillants|terroristes|(?:d)?jihadistes|rebelles|insurges))|parmi les (?:assaillants|"
                     r"terroristes|(?:d)?jihadistes)|cotes? (?:ennemis?|de l'ennemi|(?:des )?assaillants|(?:des )?terroristes|(?:des )?(?:d)?jihadistes))"),
    "en": re.compile(r"^[\s\"']*(?:dead|killed|deaths|people|persons|individuals)\s+(?:\S+\s+){0,2}?(?:among the (?:attackers|"
                     r"assailants|militants|jihadists|insurgents|terrorists)|on the (?:enemy|militant|attackers'|terrorists?'?|"
                     r"jihadists?'?) side|in the (?:enemy|militants') ranks)"),
}


def _side(folded: str, spans: list[tuple[int, int]], lang: str) -> str:
    """Whose dead the figures at ``spans`` of ``folded`` (a sentence) are: "armed", "other" or "mixed"."""
    sides = set()
    heading = False  # the first figure under a side's heading ("côté ennemi", "among the attackers")
    for a, b in spans:
        after, before = folded[b : b + 60], folded[max(0, a - 80) : a]
        if heading and not any(cue(name, x).search(after[:40]) for name in _VICTIM_CUES.values() for x in ("fr", "en")):
            # the figures coordinated after it stay under the heading ("côté ennemi, 9 cadavres laissés ... et les hommes
            # de deux pick-up, une vingtaine, abattus") unless their own words name soldiers or civilians
            sides.add("armed")
            continue
        if not sides and _ARMED_CONTEXT[lang].search(before):
            heading = True
        armed = bool(_ARMED_NOUN[lang].match(after) or _ARMED_CONTEXT[lang].search(before) or _NEUTRALISED.match(after)
                     or _ARMED_AFTER[lang].match(after) or _NEUTRALISED_BEFORE.search(before)
                     # the clause's start may lie before the window: the sentence up to the figure
                     or _ARMED_SUBJECT[lang].search(folded[:a], max(0, a - 80)))
        sides.add("armed" if armed else "other")
    return "mixed" if len(sides) > 1 else sides.pop() if sides else "other"


# --------------------------------------------------------------------------- the toll of an event
# later deaths given as more: "deux autres ont succombé", "two more died later", "a civilian also died"; the cue
# belongs to the figure itself (its own words), never to a neighbouring figure ("blessant six autres")
_MORE_DEATHS = re.compile(r"^\S+(?:\s+\S+)?\s+(?:other|more|additional|further|autres?|supplementaires?|de plus)\b"
                          r"|^[^,;.]{0,40}?\b(?P<verb>later (?:died|succumbed)|succomb\w*|also (?:died|been killed|killed)|"
                          r"(?:were|was) also (?:killed|shot dead)|egalement (?:ete )?(?:decede|mort|tue|peri|abattu|execute)\w*)")
# the object of a killing verb ("the raid that killed two gunmen also killed ..."): a death verb after it is the
# clause's own second verb, with another object, never more dead of the figure's
_KILLING_OBJECT = re.compile(r"\b(?:killed|killing|kills|kill|tue|tuant|tuent|a abattu|ont abattu|abattant)\s+"
                             r"(?:at least |au moins |only |seulement )?$")


# one of a pair, then the other ("l'une a succombé, l'autre est blessée", "one died and the other was wounded"): the
# sentence tells which of two people hit died, not more dead
_ONE_OF_A_PAIR = re.compile(r"(?:^|[.;:,\"]\s*|\b(?:et|and)\s+)(?:l'une?|one)(?: (?:d'(?:entre )?(?:eux|elles)|of them))?\s+$")
_THE_OTHER = re.compile(r"\b(?:l'autre|the other)\b")


def _more_deaths(r: CountReading, folded: str) -> bool:
    """Whether the figures of ``r`` are told as more dead (:data:`_MORE_DEATHS`)."""
    a = r.spans[0][0]
    m = _MORE_DEATHS.search(folded[a : r.spans[-1][1] + 60])
    if m is None:
        return False
    if m.group("verb") and _ONE_OF_A_PAIR.search(folded, max(0, a - 30), a) and \
            _THE_OTHER.search(folded, r.spans[-1][1], r.sentence[1] if r.sentence is not None else r.spans[-1][1] + 80):
        return False  # "l'une a succombé, l'autre est blessée": which of a pair died, the dead told already
    return not (m.group("verb") and _KILLING_OBJECT.search(folded, max(0, a - 30), a))


# a sentence that gives part of a toll already given ("Parmi eux, cinq enfants", "Among the dead were two soldiers")
_PART_OF_TOLL = re.compile(r"(?:\bparmi (?:eux|elles|les (?:morts|victimes|tues|personnes tuees))|\bamong (?:them|the dead|those killed|"
                           r"the victims))[^.;]{0,40}$")


# "killed in two attacks", "tués lors de plusieurs attaques", "lors d'une riposte ... et d'une opération", "in an ambush
# ... and a raid": a figure that sums several events
_ONE_ACT = (r"(?:riposte|embuscade|operation|attaque|raid|frappe|assaut|offensive|incursion|ratissage|ambush|attack|strike|"
            r"operation|assault|counter-?attack|sweep)")


@lru_cache(maxsize=1)
def _over_attacks() -> re.Pattern:
    """After a figure, a preposition and several attacks (the several_attacks cue of both languages: a toll has no
    language of its own here), or two acts joined by "and"/"et"."""
    several = "|".join(p.pattern for lang in ("fr", "en") for p in cue("several_attacks", lang).patterns)
    return re.compile(
        r"[^.;]{0,100}?\b(?:in|during|across|over|dans|lors d(?:e|es|')|au cours d(?:e|es|'))\s*"
        rf"(?:(?P<several>{several})"
        rf"|(?:une?|an?)\s+(?:[\w-]+\s+)?{_ONE_ACT}\b[^.;]{{0,80}}?\s(?:et|and)\s+(?:d'une?\s+|d'un\s+|une?\s+|an?\s+)"
        rf"(?:[\w-]+\s+)?{_ONE_ACT}\b)")


# attacks told simultaneous or coordinated ("lors d'attaques simultanées", "in coordinated raids") are one operation:
# a figure over them is its toll
_ONE_OPERATION = re.compile(r"\b(?:simultane|coordonne|simultaneous|coordinated)")


# a span of days after a figure ("a abattu 40 insurgés du 3 au 6 mai", "entre le 2 et le 4 mars", "between April 3
# and 5"): the sum of what several days' operations did
# A span of days names a month ("from May 3 to 6", "du 3 au 6 mai") or its days by the article ("entre le 2 et le 4");
# hours of the clock ("between 2 and 3 a.m.", "entre 2 et 3 heures") and ranges of people ("entre 20 et 30 blessés")
# are no span of days
_OVER_DAYS = re.compile(rf"[^.;]{{0,100}}?\b(?:du|from|between|entre)\s+(?:le\s+)?(?P<m1>(?:{MONTHS_RE})\s+)?\d{{1,2}}(?:er)?"
                        rf"(?P<m2>\s+(?:{MONTHS_RE}))?(?:\s+(?:19|20)\d\d)?\s+(?:au|to|and|et)\s+(?P<le>le\s+)?"
                        rf"(?P<m3>(?:{MONTHS_RE})\s+)?\d{{1,2}}(?:er)?\b(?P<m4>\s+(?:{MONTHS_RE})\b)?"
                        r"(?(m1)|(?(m2)|(?(m3)|(?(m4)|(?(le)|(?!))))))"
                        r"(?!\s*(?:h\b|h\d|heures?\b|hours?\b|a\.?m\b|p\.?m\b|o'clock))")


def _over_several(folded: str, pos: int) -> bool:
    """Whether the figure ending at ``pos`` is told over several attacks (:func:`_over_attacks`) or over a span of
    days (:data:`_OVER_DAYS`)."""
    if _OVER_DAYS.match(folded, pos):
        return True
    m = _over_attacks().match(folded, pos)
    return m is not None and not (m.group("several") and _ONE_OPERATION.search(m.group("several")))


_CLAIMED_BEFORE = re.compile(r"\b(?:claim\w*|revendiqu\w*|affirm\w*|said it|says it|dit avoir|assure avoir)\b[^.;]*$")


# a count of the dead and the wounded together ("des dizaines de morts et de blessés", "dozens of dead and wounded")
_WITH_WOUNDED = re.compile(r"\s+(?:de |d')?(?:morts?|tues|victimes|people |persons )?(?:dead|killed)?\s*(?:et|ou|and|or)\s+(?:de |d')?"
                           r"(?:blesses|wounded|injured)\b")


# a figure of dead in a sentence ("left at least 132 dead", "a fait 40 morts", "at least ninety people dead",
# "une centaine de morts"), or a killing verb before its figure ("a raid killed at least 90 people", "a tue 40 civils")
@lru_cache(maxsize=1)
def _dead_figure() -> re.Pattern:
    """The pattern above, built once on first use (the number words' pattern is built on demand)."""
    num = (rf"(?:\d[\d,.]*|(?!(?:un|une|one)\b){_num_word_re('en')}|(?!(?:un|une|one)\b){_num_word_re('fr')}|"
           r"une (?:dizaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine|centaine)|"
           r"(?:des |plusieurs )?(?:dizaines|centaines)|dozens|scores|hundreds)")
    return re.compile(rf"\b{num}\s+(?:de |d')?(?:[a-z]+\s+){{0,2}}(?:dead|killed|deaths|morts|tues|deces)\b|"
                      rf"\b(?:killed|killing|(?:a|ont|avait|avaient) tue|tuant)\s+(?:at least |more than |some |about |"
                      rf"au moins |plus de |pres de |environ )?(?:de |d')?{num}\b")


# a toll told as a revision of the event's own ("now put the toll at", "has risen to", "s'est depuis alourdi a", "est
# desormais de"), or after a sentence set at another time than the event ("In 2022, a similar raid left 40 dead",
# "une attaque semblable avait fait 40 morts"): the event's toll, not that of the sentence before
_REVISED_TOLL = re.compile(r"\b(?:now|has (?:since )?(?:risen|climbed|increased|grown|jumped)|(?:rose|climbed|increased) to|"
                           r"revised|updated|(?:s'est|se sont) (?:depuis )?(?:alourdi|aggrave)e?s?|depuis|desormais|"
                           r"(?:est|a ete) (?:revu|porte|passe)e?|passe (?:a|de))\b")
_SET_AT_ANOTHER_TIME = re.compile(r"\b(?:(?:19|20)\d\d|similar|semblable|similaire|pareil(?:le)?|"
                                  r"avai(?:t|ent) (?:fait|tue|cause))\b")

# a toll told at the time of the sentence before ("The government then gave a toll of 100", "at the time", "avait
# alors annoncé", "à l'époque"): that time's toll, however the sentence before is set
_TOLD_AT_THAT_TIME = re.compile(r"\b(?:then|at the time|back then|alors|a l'epoque|a ce moment-la)\b|"
                                r"\b(?:had|avait|avaient) (?:\w+ )?(?:given|put|set|announced|reported|donne|annonce|"
                                r"fait etat|avance|publie)\b")


def _toll_of_the_sentence_before(r: CountReading, readings: list[CountReading], folded: str, main_end: int) -> bool:
    """Whether a toll ("Sources later gave a toll of 160") follows a sentence that tells dead no reading of the
    event (on any side) counts ("after the raid on Foo left at least 132 dead"): a toll told again of the event
    told just before it, another event, unless its sentence names the event back ("the attack", "l'attaque"), or tells
    a revision ("now", "has risen to", "s'est alourdi"), or the sentence before is set at another time ("In 2022, a
    similar raid ...") while the event's main sentence has its own dead."""
    if r.sentence is None:
        return False
    a = r.sentence[0]
    start = max(folded.rfind(". ", 0, max(0, a - 2)), folded.rfind("\n", 0, max(0, a - 2))) + 1
    if any(start <= x < a for q in readings for x, _ in q.spans):
        return False
    said = folded[a : r.sentence[1]]
    if any(cue("event_back", lang).search(said) for lang in ("fr", "en")):
        return False
    if _REVISED_TOLL.search(said):
        return False
    if (_SET_AT_ANOTHER_TIME.search(folded, start, a) or _OTHER_TIME.search(folded, start, a)) \
            and any(q.spans[0][0] < main_end for q in readings) and not _TOLD_AT_THAT_TIME.search(said):
        return False
    return _dead_figure().search(folded, start, a) is not None


def _one_side(readings: list[CountReading], main_end: int, folded: str,
              every: list[CountReading] | None = None) -> CountReading | None:
    """The deaths of one side of an event, from the readings of its sentences (see the module doc); ``every`` holds
    the readings of all sides."""
    # a toll told of the event of the sentence before it is another event's
    every = readings if every is None else every
    readings = [r for r in readings if not (r.toll and _toll_of_the_sentence_before(r, every, folded, main_end))]
    tolls = [r for r in readings if r.toll]
    if tolls:
        return tolls[-1]
    if not readings:
        return None
    # the main sentence's exact figure; else the first exact figure of the others; a bare magnitude
    # ("des milliers") only when nothing is exact. No figure wins for being the largest
    # (a larger one further on is most often a cumulative toll or an earlier attack's).
    exact = [r for r in readings if r.best is not None]
    own = [r for r in exact if r.spans[0][0] < main_end]
    f = own[0] if own else exact[0] if exact else max(readings, key=lambda r: r.low or 0)
    if exact and _vague(f, folded):
        # a vague plural in one sentence ("des assaillants abattus"), a figure of the same side in another ("une
        # trentaine d'assaillants ont péri"): the plural that says no number gives way to the first figure of the same
        # side that says one, even a rough one; below the plural's reading only when the plural counts the dead and the
        # wounded together ("plusieurs dizaines de morts et de blessés" ... "sept civils tués": the seven are the dead)
        with_wounded = _WITH_WOUNDED.match(folded, f.spans[-1][1]) is not None
        said = [r for r in exact if r is not f and not _vague(r, folded) and (with_wounded or r.best >= (f.low or 0))]
        if said:
            f = said[0]
    if exact and _rough(f, folded):
        # "plusieurs soldats ont été tués" ... "nous avons perdu six hommes": the first precise count of the same side
        # within the rough one's range replaces it: at least its floor (never a part of it), at most its cap ("près de
        # vingt" is no more than 20); an approximation with neither ("environ 80") is within a quarter of its figure.
        # A larger figure further on is another toll (a cumulative one, an earlier attack's)
        # an approximating noun ("une quarantaine", "a dozen") says about so many, as "environ" does: its floor is
        # three quarters of it ("une quarantaine de bandits" ... "33 bandits tués": the 33 are its precise count),
        # never a part of it (:func:`_a_part`)
        about = f.best is not None and all(_APPROX_NOUN.match(folded, a) for a, _ in f.spans)
        floor = (f.best or 0) * 3 // 4 if about or f.low is None else f.low
        cap = f.high if f.high is not None else None if f.low is not None else (f.best or 0) * 5 // 4
        precise = [r for r in exact if r is not f and not _rough(r, folded) and r.best >= floor
                   and (cap is None or r.best <= cap) and not _a_part(r, folded)]
        if precise:
            return precise[0]
    if exact and f.high is None and f.best is not None and f.low == f.best and not _vague(f, folded):
        # a floor ("at least 20", "plus de 30") gives way to the first exact count of its side above it and within
        # twice its figure (the toll told precisely, further on); a larger figure is another toll, and a figure an
        # attacker claims ("it claimed it had killed 70") is a claim, not the toll told
        above = [r for r in exact if r is not f and r.low == r.best == r.high and f.best < r.best <= 2 * f.best
                 and not _CLAIMED_BEFORE.search(folded, max(0, r.spans[0][0] - 60), r.spans[0][0])
                 and _tells_the_toll_again(folded, r)]
        if above:
            f = above[0]
    # later figures that add up to the toll told first (a toll of 15, then nine herders shot, "four other people"
    # killed leaving, two burned) are its breakdown: "others" among them are no more dead
    later = [r for r in exact if r is not f and r.spans[0][0] >= f.spans[-1][1]]
    if len(later) >= 2 and f.best is not None and sum(r.best for r in later) in (f.best, f.high):
        return f
    if exact:
        for r in exact:
            if r is not f and ((_more_deaths(r, folded) and not _at_another_time(r, folded))
                               or _other_victims_added(f, r, folded)):
                f = _sum(f, r)
    return f


# a figure that tells a part of the dead: a partitive ("nine of the attackers", "sept d'entre eux", "six des
# assaillants", "among them") or one phase of the event ("in the first assault", "lors du premier assaut")
_PARTITIVE = re.compile(r"\s*(?:of (?:the|them|those|these|whom)\b|d'entre (?:eux|elles)\b|des\s|parmi\b|among\b)")
_ONE_PHASE = re.compile(r"[^.;]{0,60}?\b(?:in|during|lors d[eu']|au cours d[eu']|dans|pendant)\s*(?:the |la |le |l')?"
                        r"(?:first|second|initial|opening|premiere?|deuxieme|seconde?)\b")


def _a_part(r: CountReading, folded: str) -> bool:
    """Does the figure tell a part of the dead, never the whole (:data:`_PARTITIVE`, :data:`_ONE_PHASE`)?"""
    end = r.spans[-1][1]
    stop = r.sentence[1] if r.sentence is not None else len(folded)
    return bool(_PARTITIVE.match(folded, end) or _ONE_PHASE.match(folded[end:stop]))


# a sentence that adds the dead of another group of victims of the same event: it names their side ("Côté militaire,
# ...", "On the military side"), or it adds ("En outre", "In addition") and ties them to the event ("également",
# "in the attack") at no other time. "Par ailleurs", "moreover", "furthermore" open another story
_SIDE_OPENER = re.compile(r"\W*(?:(?:du )?cote (?:militaire|civil|de l'armee|des (?:forces|militaires|civils|fds|soldats)|fds|"
                          r"des populations)|on the (?:military|army|civilian) side)\b")
_ADDING_OPENER = re.compile(r"\W*(?:en outre|de plus|in addition|additionally)\b")
# what ties an adding sentence to the event: "également", "also", or the losses of a side ("les pertes de l'armée",
# "military casualties")
_ALSO = re.compile(r"\b(?:egalement|aussi|also|as well|pertes (?:de l'armee|militaires|civiles|des (?:forces|fds|soldats|"
                   r"militaires|civils))|(?:military|army|civilian) (?:losses|casualties)|(?:losses|casualties) (?:of|among) "
                   r"the (?:army|military|troops|civilians))\b")
# another time than the event's ("la semaine dernière", "last month", "a year ago")
_OTHER_TIME = re.compile(r"\b(?:(?:la semaine|le mois|l'an(?:nee)?) (?:derniere?|passee?)|last (?:week|month|year)|"
                         r"an? (?:week|month|year) ago|il y a (?:une semaine|un mois|un an))\b")
# who the dead are: soldiers (and the forces' auxiliaries) or civilians, by the victims' cues (cues.yaml) of either
# language (a figure's words are read whatever the text's language)
_VICTIM_CUES = {"forces": "victims_forces", "civilians": "victims_civilian"}


_CLAUSE_STOP = re.compile(r"[.,;:]")


def _at_another_time(r: CountReading, folded: str) -> bool:
    """Whether the clause of ``r``'s figures tells another time than the event's ("four gendarmes were also killed
    last week", "deux autres soldats ont également péri le mois dernier"): more dead, of another event."""
    a = r.spans[0][0]
    stop = _CLAUSE_STOP.search(folded, r.spans[-1][1], r.spans[-1][1] + 80)
    return _OTHER_TIME.search(folded, a, stop.start() if stop else r.spans[-1][1] + 80) is not None


def _victims(r: CountReading, folded: str) -> str | None:
    """Whose dead the figures of a reading are, "forces" or "civilians", from the words after its first figure."""
    a = r.spans[0][1]
    stop = _CLAUSE_STOP.search(folded, a, a + 40)
    words = folded[a : stop.start() if stop else a + 40]
    found = [k for k, name in _VICTIM_CUES.items() if any(cue(name, lang).search(words) for lang in ("fr", "en"))]
    return found[0] if len(found) == 1 else None


def _other_victims_added(f: CountReading, r: CountReading, folded: str) -> bool:
    """Whether ``r``, in a later sentence that opens by adding ("Côté militaire", "En outre", "In addition"), counts
    another group of victims than ``f`` (soldiers after civilians, or civilians after soldiers): dead to add."""
    if r.sentence is None or r.spans[0][0] <= f.spans[-1][1] or (f.sentence is not None and r.sentence == f.sentence):
        return False
    if not _SIDE_OPENER.match(folded, r.sentence[0], r.spans[0][0]):
        said = folded[r.sentence[0] : r.sentence[1]]
        back = _ALSO.search(said) or any(cue("event_back", lang).search(said) for lang in ("fr", "en"))
        apart = _OTHER_TIME.search(said) or any(cue("told_apart", lang).search(said) for lang in ("fr", "en"))
        if not _ADDING_OPENER.match(folded, r.sentence[0], r.spans[0][0]) or not back or apart:
            return False
    mine, theirs = _victims(r, folded), _victims(f, folded)
    return mine is not None and theirs is not None and mine != theirs


# a cumulative figure ("In total, 32 civilians have been killed in the area since January", "depuis le début de
# l'année", "so far this year"): the dead of many events
_CUMULATIVE = re.compile(r"\b(?:in total|au total|en tout|since|depuis|so far|to date|a ce jour|jusqu'ici|this year|"
                         r"cette annee|cumul\w*)\b")
# a sentence that restates a toll ("the number of dead rose to", "le nombre de victimes est passé à") or tells the
# event again as an attack of its own ("... nine herders died in a raid on their camp")
_TOLL_NOUN = re.compile(r"\b(?:toll|bilan|number of (?:dead|deaths|victims|people killed)|nombre de (?:morts|victimes|tues))\b"
                        # a count of the dead made on the spot ("we counted 19 dead", "on a dénombré 19 corps")
                        r"|\b(?:counted|tallied|denombre\w*|recense\w*|(?:a|ont|avons|avoir) compte)\b"
                        r"|\b(?:in|during|lors d'|dans|au cours d')\s*(?:an?|une?)\s+(?:[a-z-]+\s+)?(?:attack|raid|ambush|"
                        r"assault|attaque|embuscade|incursion|assaut)\b")


def _tells_the_toll_again(folded: str, r: CountReading) -> bool:
    """Does the sentence of ``r`` (its figures' sentence in ``folded``) tell the event's toll again: name the event
    back ("the raid", "l'attaque"), tell it as an attack ("in an attack on ...") or restate a toll, with no cumulative
    marker ("au total", "since January")?"""
    a, b = r.sentence if r.sentence is not None else (r.spans[0][0], r.spans[-1][1])
    sentence = folded[a:b]
    if _CUMULATIVE.search(sentence):
        return False
    return bool(_TOLL_NOUN.search(sentence) or cue("event_back", "fr").search(sentence)
                or cue("event_back", "en").search(sentence))


def _sum(a: CountReading | None, b: CountReading | None) -> CountReading | None:
    if a is None or b is None:
        return a or b
    best = a.best + b.best if a.best is not None and b.best is not None else (a.best if a.best is not None else b.best)
    return CountReading(None if a.low is None or b.low is None else a.low + b.low, best,
                        None if a.high is None or b.high is None else a.high + b.high, a.spans + b.spans, False,
                        min(a.confidence, b.confidence), "mixed" if a.side != b.side else a.side, a.sentence)


_VAGUE = re.compile(r"(?:des|plusieurs|quelques|de nombreux|de nombreuses|dozens|scores|hundreds|thousands|several|many|"
                    r"numerous|a number of|tens of)\b")


# an article makes a figure rough only before an approximating noun ("une dizaine", "a dozen"; never "une femme");
# an approximating word makes any figure rough ("about 20", "environ trente")
_APPROX_NOUN = re.compile(r"(?:(?:une|d'une|a|an) (?:\"\s*)?(?:dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|"
                          r"cinquantaine|soixantaine|centaine|dozen)\b)")
_ROUGH = re.compile(r"(?:(?:(?:au moins|at least|some) )?(?:une|d'une|a|an) (?:\"\s*)?(?:dizaine|douzaine|quinzaine|vingtaine|trentaine|"
                    r"quarantaine|cinquantaine|soixantaine|centaine|dozen)s?\b|(?:about|around|some|environ|pres de|quelque|nearly|almost|roughly|"
                    r"approximately) \S+\b)")


def _rough(r: CountReading, folded: str) -> bool:
    """Is every figure of the reading rough: a vague plural, "une dizaine", "about 20", "a dozen"?"""
    if r.confidence <= _BARE and r.high is None:
        return True  # "they were killed", "ont été tués" with no figure: two or more, how many not said
    return all(_VAGUE.match(folded, a) or _ROUGH.match(folded, a) for a, _ in r.spans)


def _vague(r: CountReading, folded: str) -> bool:
    """Is every figure of the reading a vague plural ("des dizaines", "dozens", "several")?"""
    return all(_VAGUE.match(folded, a) for a, _ in r.spans)


# a later sentence set before the event ("Avant l'attaque de Foo, l'armée avait neutralisé 13 terroristes", "Before the
# raid, troops had killed ...", "Auparavant, ...", "Previously, ..."): its dead are an earlier event's
# The phrase opens the sentence (after at most one lead phrase closed by a comma: "Dans la semaine, avant cette
# attaque,") and a comma closes it: not after a time span ("deux heures avant l'embuscade", "two hours before the
# ambush"), in a relative clause, or with a verb after it ("Before the attack ended at dawn, ...")
_BEFORE_THE_EVENT = re.compile(r"(?:[^,.;]{0,40},\s*)?(?:(?:avant|before|prior to|ahead of) (?:l'|the |cette |this |that |ce |cet )"
                               rf"(?:[\w-]+ )?{_ONE_ACT}s?(?: (?:de|d'|du|des|on|in|at|of) [^,.;]{{1,40}})?\s*,|"
                               r"(?:auparavant|previously|prior to that)\s*,)")


# a later sentence that tells what caused the event ("the kidnapping was triggered by an army sweep in which many
# bandits were killed", "en représailles à une opération qui a tué cinq des leurs"): the dead after the cause's words
# are the cause's, another event's
_CAUSE = re.compile(r"\b(?:(?:ignited|triggered|sparked|provoked|prompted|angered|enraged|incensed) by|in (?:retaliation|reprisal|revenge) for|"
                    r"en (?:represailles?|vengeance) (?:a|aux?|de|d'|contre)|(?:declenche|provoque)e?s? par)")


# the cause's own killing clause: a relative after the cause's noun ("an army raid that killed", "un ratissage au
# cours duquel cinq bandits ont été tués"); without it the figure after the cause's words ("the attack, triggered by
# dozens of fighters, left 12 dead", "l'incendie provoqué par les assaillants a fait 3 morts", "angered by ..., the
# fighters executed 15 men") is the event's own
_CAUSE_CLAUSE_OWN = re.compile(r"\b(?:that|which|who|in which|during which|when|qui|dont|(?:au cours|lors) (?:duquel|de laquelle|desquel(?:le)?s)|"
                               r"pendant (?:lequel|laquelle)|(?:a l'issue|a la suite) (?:duquel|de laquelle))\b")

# or a cause that is itself a killing ("angered by the killing of two of their men", "en représailles au meurtre de")
_CAUSE_KILLING = re.compile(r"\s*(?:the |an? |l'|la |le |les |des |du |une? )?(?:[\w-]+ )?(?:killings?|deaths?|murders?|massacres?|"
                            r"executions?|assassinats?|meurtres?|morts?)\b")


def _told_as_a_cause(r: CountReading, folded: str) -> bool:
    """Whether every figure of ``r`` follows, in its sentence, the words that tell the event's cause (:data:`_CAUSE`)
    and a clause of the cause's own that tells its dead (:data:`_CAUSE_CLAUSE_OWN`)."""
    a = r.sentence[0] if r.sentence is not None else max(0, r.spans[0][0] - 120)
    m = _CAUSE.search(folded, a, r.spans[0][0])
    if m is not None and not folded[a : m.start()].strip(" \"'-(\u00ab") and "," in folded[m.end() : r.spans[0][0]]:
        return False  # a cause set before the main clause ends at its comma: "En représailles à ..., ils ont tué"
    return m is not None and (_CAUSE_KILLING.match(folded, m.end()) is not None
                              or _CAUSE_CLAUSE_OWN.search(folded, m.end(), r.spans[0][0]) is not None)


# a clause whose killers are named back ("depuis que les assaillants ont tué", "since the attackers killed") tells the
# event told before it
_KILLERS_BACK = re.compile(r"(?:depuis qu(?:e |')|since )(?:les|the) (?:assaillants|attaquants|hommes armes|attackers|"
                           r"assailants|gunmen|raiders)\b")


def _told_since(r: CountReading, folded: str) -> bool:
    """Whether every figure of ``r`` lies in a clause of the event its sentence's time is counted from
    (:data:`_SINCE_CLAUSE`: "Les habitants fuient depuis qu'un raid a fait une centaine de morts"), unless the clause
    names the killers back (:data:`_KILLERS_BACK`)."""
    a, b = r.sentence if r.sentence is not None else (max(0, r.spans[0][0] - 120), r.spans[-1][1])
    clauses = [(m.start(), m.end()) for m in _SINCE_CLAUSE.finditer(folded, a, b) if not _KILLERS_BACK.match(m.group(0))]
    return bool(clauses) and all(any(s <= x < e for s, e in clauses) for x, _ in r.spans)


def _told_before_the_event(r: CountReading, folded: str) -> bool:
    """Whether the sentence of ``r`` sets its figures before the event (:data:`_BEFORE_THE_EVENT`), in the words that
    lead to its first figure."""
    a = r.sentence[0] if r.sentence is not None else max(0, r.spans[0][0] - 120)
    return _BEFORE_THE_EVENT.match(folded[a : r.spans[0][0]].lstrip(" \"'-")) is not None


def event_fatalities(readings: list[CountReading], main_end: int, folded: str) -> CountReading | None:
    """The deaths of an event from the readings of its sentences (in text order; ``main_end`` ends its
    main sentence; ``folded`` is the folded text the spans point into).

    ACLED counts every death of an event, on all sides: the dead of the armed side ("côté ennemi, 7 morts",
    "six attackers were killed") add to the others, each side's figure chosen as one toll (an explicit toll
    wins, else the main sentence's figure, else the first of the others); a figure repeated in later sentences counts once.
    A reading with both sides (one sentence: "killing five soldiers and two attackers") stands for both unless
    the two sides' figures add up to more. A side given only as a vague plural ("des dizaines de terroristes",
    "dozens of fighters") is not added to a side with a count. A sentence giving part of a toll ("parmi eux",
    "among the dead") adds nothing, nor does a total over several attacks when a figure counts one of them.
    """
    readings = [r for r in readings if not _PART_OF_TOLL.search(folded[max(0, r.spans[0][0] - 60) : r.spans[0][0]])
                and (r.spans[0][0] < main_end or not (_told_before_the_event(r, folded) or _told_as_a_cause(r, folded)
                                                     or _told_since(r, folded)))]
    # a total over several attacks ("nine people were killed in two attacks") is no one event's toll when another
    # figure counts one of them
    own = [r for r in readings if not _over_several(folded, r.spans[-1][1])]
    if any(r.best is not None for r in own):
        readings = own
    picks = {side: _one_side([r for r in readings if r.side == side], main_end, folded, readings)
             for side in ("other", "armed", "mixed")}
    other, armed = picks["other"], picks["armed"]
    if other is not None and armed is not None:
        # a side given only as a vague plural ("plusieurs dizaines de terroristes", "dozens of fighters") is a claim,
        # not a count: it is not added to a side counted
        if _vague(armed, folded) and not _vague(other, folded):
            armed = None
        elif _vague(other, folded) and not _vague(armed, folded):
            other = None
    both = _sum(other, armed)
    mixed = picks["mixed"]
    if mixed is not None and (both is None or (mixed.best or mixed.low or 0) >= (both.best or both.low or 0)):
        return mixed
    return both
