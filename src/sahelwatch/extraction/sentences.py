"""Sentence splitting (rule-based, both languages) and foreground/background tagging.

Rule-based splitting is used for both French and English: it is exact on wire-style
text, keeps character offsets, and costs nothing next to a parser. It does not split on
abbreviations (M., Mme., Dr., Gen., Lt., etc.), initials, decimals ("67,17"), or numbers
written with a dot ("1.000").

Background: news reports close with context ("En mars, deux bergers avaient été enlevés
près de la frontière..."). A sentence is *background* when its main verb is in the
plus-que-parfait / past perfect (not inside reported speech such as "affirmant qu'il
avait tué"), or when it opens with a backward-looking adverbial ("La veille", "Quelques
jours plus tôt", "Depuis ...", "Days earlier", "Since ..."), or when its main clause tells
the past or the long run rather than the news, unless the words before the cue tell an act on a stated day (the ``background_context`` cue: "depuis 2012",
"since 2015", "l'an dernier", "last year", "the country has been battling", "attacks have
increased", cumulative tolls "thousands have been killed"). Background sentences never
create events and never give the event its counts, place or date. The same cue in a
trailing clause of a news sentence (", en proie aux violences depuis 2012", ", where thousands
have been killed since 2015") makes that clause *context*: it is blanked out, and the rest of
the sentence stays news. "La plus meurtrière depuis 2019", "the deadliest since 2019" is not
context.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..folding import fold_aligned as fold
from .classify import grievance_context
from .dates import MONTHS_RE
from .prefilter import guard
from .resources import cue

_ABBREV = frozenset(
    "m mm mme mmes mlle dr pr st ste gen gal col cdt lt sgt capt cpt maj adj mr mrs ms prof jr sr "
    "no nos art etc cf env vol p pp fig av bd rte ca approx dept gov sen rep inc ltd co corp vs u.s u.n".split()
)
# months, abbreviated only before a day or a year ("Jun. 10", "le 3 janv. 2024"); before a word the stop ends the
# sentence ("... in early Jun. Soldiers ..."); not "sept", also the number seven, which may end a French sentence
_MONTH_ABBREV = frozenset("jan feb mar apr jun jul aug sep oct nov dec janv fevr févr avr juil déc".split())
_DAY_OR_YEAR_AFTER = re.compile(r"[\"»”')\]]*\s+\d")
MAX_SENTENCE = 600
#: the marks that end a sentence, and the closing quotes or brackets that may follow them
_STOP, _CLOSERS = r"[.!?…]+", r"[\"»”')\]]*"
# a stop run into the next sentence with no space ("sans dommages.Le bilan", a page's lost line break) ends a
# sentence too, between a lower-case word and a capitalised one (never an initial, "U.S.", a figure or an address)
_BOUNDARY = re.compile(rf"({_STOP}|;)({_CLOSERS})(\s+(?=[\"«“'(\[]?[A-ZÀ-ÖØ-Þ0-9«\"“])"
                       r"|(?<=[a-zß-öø-ÿ]{3}[.!?])(?=[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]))")
_FINAL_STOP = re.compile(rf"({_STOP})({_CLOSERS})\s*$")


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    background: bool = False
    background_reason: str | None = None
    context: tuple[tuple[int, int], ...] = ()  # spans (in the text) of context clauses to blank out


# a line break before a capital, a figure, a quote or a bullet ends a paragraph, and so a sentence, even
# when the line does not end with a full stop (a title, a subhead, a wrapped caption)
_PARAGRAPH = guard(r"(?<=\S)([ \t]*)(\n)(\s*)(?=[\"«“'(\[•*–—-]?\s*[A-ZÀ-ÖØ-Þ0-9«\"“])")


# a month's name ending a line (read folded)
_MONTH_END = re.compile(rf"\b{MONTHS_RE}\s*$")
_YEAR_START = re.compile(r"(?:19|20)\d\d\b(?![.,]?\d)")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of ``text`` (whitespace trimmed)."""
    out: list[tuple[int, int]] = []
    start = 0
    for m in _PARAGRAPH.finditer(text):
        w = max(0, m.start() - 13)  # the line's last 12 characters, and one before them for the word boundary
        if _MONTH_END.search(fold(text[w : m.start()]), 1 if w else 0) and _YEAR_START.match(text, m.end()):
            continue  # a hard-wrapped line between a date's month and its year ("le 25 novembre\n2022 sur l'axe")
        out.extend((s + start, e + start) for s, e in _split_paragraph(text[start : m.start(2)]))
        start = m.end()
    out.extend((s + start, e + start) for s, e in _split_paragraph(text[start:]))
    return out


def _split_paragraph(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        punct = m.group(1)
        if punct == ";":
            continue  # a semicolon joins clauses of one sentence
        if punct == "." and _abbreviation(text[start : m.start()], text, m.end(1)):
            continue
        end = m.end(2)
        if text[start:end].strip():
            spans.append((start, end))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    out = []
    for s, e in spans:
        # a run-on "sentence" (no punctuation) is cut into pieces of at most MAX_SENTENCE characters,
        # at a comma or a space, so that per-sentence work stays bounded
        while e - s > MAX_SENTENCE:
            cut = max(text.rfind(", ", s, s + MAX_SENTENCE), text.rfind(" ", s, s + MAX_SENTENCE))
            cut = cut + 1 if cut > s else s + MAX_SENTENCE
            out.append((s, cut))
            s = cut
        out.append((s, e))
    return [t for s, e in out if (t := trim(text, s, e))[1] > t[0]]


def _abbreviation(before: str, after: str = "", at: int = 0) -> bool:
    """Whether the word that ends ``before`` is an abbreviation or an initial (its full stop ends no sentence); a
    month's (:data:`_MONTH_ABBREV`) only when ``after`` goes on with a day or a year from ``at``, the end of the stop."""
    # the word before the stop: looked for in the tail first (the look-behind makes both answers one)
    last = _LAST_WORD.search(before, max(0, len(before) - 40)) or _LAST_WORD.search(before)
    tok = last.group(1).lower() if last else ""
    return tok in _ABBREV or (len(tok) == 1 and tok.isalpha()) or (
        tok in _MONTH_ABBREV and _DAY_OR_YEAR_AFTER.match(after, at) is not None)


def ends_sentence(text: str, question: bool = True) -> bool:
    """Whether ``text`` (a line, a paragraph) ends as a sentence does: with the marks that end a sentence in
    :func:`split_sentences` (a full stop after no abbreviation, "!", "?", "…"), a closing quote or bracket after
    them allowed. A title, a subhead or a byline does not. ``question=False``: a question mark alone is no end (a
    page's title is often a question: "Qui a attaqué le poste de Foo ?")."""
    m = _FINAL_STOP.search(text)
    return m is not None and (question or m.group(1) != "?") and not (m.group(1) == "." and _abbreviation(text[: m.start()]))


def trim(text: str, s: int, e: int) -> tuple[int, int]:
    """The span ``s:e`` of ``text`` without its leading and trailing white space."""
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


_REPORTING_FR = re.compile(r"(affirmant|declarant|assurant|indiquant|precisant|selon lequel|selon laquelle|disant)\b[^.]*$")
_REPORTING_EN = re.compile(r"\b(saying|said|claiming|stating)\b[^.]*$")
_SUBORDINATE = re.compile(r"\b(?:who|that|which|where|when|after|since|because|as|whom|whose|qui|ou|lorsqu\w*|apres que|"
                          r"parce qu\w*)\s+(?:\S+\s+){0,2}$")
#: the end of the act, fronted before the main clause's comma ("avant la fin de l'attaque,", "à l'issue des combats,",
#: "avant que l'assaut ne prenne fin,", "by the end of the attack,", "before the fighting was over,")
_ACT_NOUNS_FR = (r"(?:attaques?|assauts?|embuscades?|raids?|combats|affrontements|accrochages?|operations?|offensives?|"
                 r"incursions?|fusillades?)")
_ACT_NOUNS_EN = r"(?:attacks?|assaults?|ambush(?:es)?|raids?|fighting|clash(?:es)?|operations?|offensive|shootout)"
_WITHIN_ACT = {
    "fr": re.compile(r"(?:(?:avant|jusqu'a|a) (?:la fin|le terme|l'issue) d(?:e la |e l'|u |es )(?:\S+ )?" + _ACT_NOUNS_FR
                     + r"\b|avant qu(?:e |')(?:l'|la |le |les )(?:\S+ )?" + _ACT_NOUNS_FR
                     + r"\b[^,]*\b(?:fin|s'achev\w*|se termin\w*|cess\w*)\b)[^,]*,"),
    "en": re.compile(r"(?:(?:by|before|at|until) the end of the (?:\S+ )?" + _ACT_NOUNS_EN + r"\b|(?:before|by the time) "
                     r"the (?:\S+ )?" + _ACT_NOUNS_EN + r"\b[^,]*\b(?:over|ended|finished|stopped)\b)[^,]*,"),
}
_EARLIER_VERB_EN = re.compile(r"\b(?:was|were|has|have)\b|\b\w{3,}ed\b")
_PASSE_COMPOSE = re.compile(
    r"\b(a|ont|est|sont)\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|d[ée]j[àa]|aussi|[ée]galement)\s+)?"
    r"(été\s+)?\w+(é|és|ée|ées|i|is|u|us|t|ts)\b")
_LAST_WORD = re.compile(r"(?<![\w.])([\w.]+)$")  # the look-behind: one try per word, not per letter


def background_reason(sentence_text: str, lang: str, folded: str | None = None) -> str | None:
    """Why a sentence is background (see module doc), or None when it is foreground."""
    f = (fold(sentence_text) if folded is None else folded).lstrip(" \"'(")
    if cue("background_lead", lang).search(f):
        return "backward-looking lead"
    m = cue("pluperfect", lang).search(f)
    if m:
        # Only when the pluperfect is the main verb: not after a reporting clause.
        head = f[: m.start()]
        head_orig = sentence_text.lstrip(" \"'(«")[: m.start()].lower()
        if lang == "fr" and _REPORTING_FR.search(head):
            return None
        if lang == "en" and _REPORTING_EN.search(head):
            return None
        # a pluperfect inside a subordinate clause ("where they had sought refuge") is not the main verb
        if _SUBORDINATE.search(head):
            return None
        if lang == "en" and _EARLIER_VERB_EN.search(head):
            return None
        # a fronted phrase set at a moment inside the act ("Avant la fin de l'attaque, les assaillants avaient tué
        # ...", "By the end of the assault, the gunmen had killed ..."): the pluperfect tells what was done before that
        # moment, the news itself, not an earlier event ("Avant l'attaque, l'armée avait ..." stays earlier)
        within = _WITHIN_ACT.get(lang)
        if within is not None and within.match(head):
            return None
        # A sentence whose earlier clause is in the present perfect (passé composé) is foreground.
        if lang == "fr" and _PASSE_COMPOSE.search(head_orig):
            return None
        return "pluperfect main verb"
    return None


_SUPERLATIVE = re.compile(
    r"(?:\bplus (?:meurtri\w*|grave\w*|lourd\w*|sanglant\w*|important\w*|violent\w*)|\bpire\b|\bpremi\w+ (?:fois|attaque)|"
    r"\bdeadliest|\bworst|\bbloodiest|\bbiggest|\blargest|\bheaviest|\bmost \w+|\bfirst\b|"
    # an ordinal counts the news among the period's acts ("the third attack in 2024", "la troisieme attaque en 2024")
    r"\b(?:second|third|fourth|fifth|sixth|\d+(?:nd|rd|th)|deuxieme|troisieme|quatrieme|cinquieme|sixieme|\d+e(?:me)?)\b)"
    r"[^.;]{0,40}$"
)
_CLAUSE_START = re.compile(
    r"(?:[,;(\u2013\u2014]|\s-\s|\b(?:ou|qui|dont|alors que|tandis que|where|which|who|whose|amid|as|while|after|in a country)\b)"
)
_CLAUSE_END = re.compile(r"[,;)\u2013\u2014]|\s-\s")
#: a participle of another past than the act's, right before a cue of years back ("cinq deplaces revenus il y a deux
#: ans", "herders displaced two years ago"): the years date it (a reduced relative clause), not the clause's act
_OTHER_PAST = re.compile(
    r"\b(?:fled|returned|arrived|settled|moved|born|elected|appointed|freed|released|relocated|"
    r"(?:revenu|rentre|retourne|arrive|installe|refugie|venu|parti|ne|elu|nomme|libere|relache|reinstalle)"
    r"(?:e|s|es)?|fui)\s+(?:\S+\s+){0,3}$")
_YEARS_BACK = re.compile(r"\bago\b|\bil y a\b|^(?!since|depuis).*\b(?:19|20)\d\d\b")
#: years counted back, and what may stand between a comma and them when they still date the main clause's act (a
#: place phrase: "Raiders shot two farmers near Keke, in the Djenne district, three years ago")
_YEARS_AGO = re.compile(r"\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|many|some|a few|\d+) years ago\b|"
                        r"\bil y a (?:\S+ ){0,2}(?:ans|un an)\b")
_PLACE_PHRASE = {"en": re.compile(r"\s*(?:(?:in|near|at|outside|inside) [^,;]*,\s*)?$"),
                 "fr": re.compile(r"\s*(?:(?:dans|pres d\S*|aux?|a|en|sur) [^,;]*,\s*)?$")}


@lru_cache(maxsize=2)
def _context_re(lang: str):
    """The ``background_context`` cue as one pattern (one pass over a sentence), guarded by its literals."""
    return guard("|".join(f"(?:{p.pattern})" for p in cue("background_context", lang).patterns), max_literals=256)


def _dated_act(head: str, lang: str) -> bool:
    """Whether the folded words before a context cue tell an act of violence on a stated day (a cue of an act
    and an ``event_day`` word: "tué neuf soldats dimanche", "killed nine soldiers on Sunday")."""
    lang = lang if lang in ("fr", "en") else "fr"
    return cue("event_day", lang).search(head) is not None \
        and any(cue(k, lang).search(head) for k in _ACT_CUES)


#: the cues of an act of violence a context cue may follow in the same clause
_ACT_CUES = ("death", "injury", "abduction", "attack", "clash", "air", "shelling", "ied", "suicide", "sexual", "looting")


#: where a running total's breakdown begins: ", including", ", dont", ", parmi lesquels"
_INCLUDING = re.compile(r",\s*(?:including|among them|of whom|dont|parmi (?:eux|elles|lesquels|lesquelles))\b")


def context_clauses(sentence_text: str, lang: str, folded: str | None = None) -> tuple[str | None, tuple[tuple[int, int], ...]]:
    """Past or long-run context in a sentence (see the module doc).

    Returns ``(reason, spans)``: a reason when the main clause is context (the sentence is
    background), else the spans (relative to the sentence) of trailing context clauses.
    """
    f = fold(sentence_text) if folded is None else folded
    spans: list[tuple[int, int]] = []
    for m in _context_re(lang if lang in ("fr", "en") else "fr").finditer(f):
        if _SUPERLATIVE.search(f[max(0, m.start() - 60) : m.start()]):
            continue
        if any(a <= m.start() < b for a, b in spans):
            continue
        head = f[: m.start()]
        cuts = list(_CLAUSE_START.finditer(head))
        cut = cuts[-1] if cuts else None
        end = _CLAUSE_END.search(f, m.end())
        # (up to a colon too: a clause after a strong break is read by _news_after_break)
        rest = _STRONG_BREAK.split(f[m.end() : end.start() if end else len(f)], maxsplit=1)[0]
        if cue("event_day", lang if lang in ("fr", "en") else "fr").search(rest) and _dated_act(f"{head} {rest}", lang):
            # a stated day of the news after the cue in its clause ("Gunmen who killed the mayor in 2021 struck again
            # on Sunday"): the cue's words are context, the act around them is news
            spans.append((cut.start() if cut is not None and len(head[: cut.start()].split()) >= 3 else m.start(), m.end()))
            continue
        other = _OTHER_PAST.search(head) if _YEARS_BACK.search(m.group(0)) else None
        if other is not None and any(cue(k, lang if lang in ("fr", "en") else "fr").search(head[: other.start()])
                                     for k in _ACT_CUES):
            # years back that date another past than the act's ("ont tue cinq deplaces revenus il y a deux ans"):
            # that participle's clause is context, the act is news
            spans.append((other.start(), end.start() if end else len(f)))
            continue
        ago = _YEARS_AGO.search(f, cut.end()) if cut is not None and cut.group(0) == "," else None
        if ago is not None and ago.start() <= m.end() \
                and _PLACE_PHRASE["en" if lang == "en" else "fr"].match(f, cut.end(), ago.start()):
            # years back after a comma that date the main clause's own act (", three years ago"): no trailing clause
            cut = None
        if cut is None or len(head[: cut.start()].split()) < 3:
            if _dated_act(head, lang):
                # inside a main clause that tells a dated act ("Gunmen killed nine soldiers on Sunday ... in the
                # third attack over the past year"): the cue's own words are context, the act is news
                end = _CLAUSE_END.search(f, m.end())
                spans.append((m.start(), end.start() if end else len(f)))
                continue
            inc = _INCLUDING.search(f, m.end())
            if inc is not None and cue("event_day", lang if lang in ("fr", "en") else "fr").search(f[inc.end() :]) \
                    and any(cue(k, lang if lang in ("fr", "en") else "fr").search(f[inc.end() :]) for k in _ACT_CUES):
                # a running total whose breakdown tells a dated act ("has lost 30 soldiers this month, including 12
                # killed in an ambush on Tuesday"): the total is context, the breakdown's act is news
                spans.append((0, inc.start()))
                continue
            return "past or long-run context", ()
        end = _CLAUSE_END.search(f, m.end())
        spans.append((cut.start(), end.start() if end else len(f)))
    return None, tuple(sorted(spans))


#: a strong break between two clauses of one sentence: a semicolon or a colon (a dash opens as often an apposition)
_STRONG_BREAK = re.compile(r";|:(?!\d)")
#: a finite verb in a clause (folded): the passé composé, an English past or perfect
_FINITE_VERB = {"fr": re.compile(r"\b(?:a|ont|est|sont|avait|avaient)\s+(?:\S+\s+){0,2}?\w+(?:e|es|ee|ees|i|is|u|us|t|ts)\b"),
                "en": re.compile(r"\b(?:\w{3,}ed|was|were|has|have|had)\b")}


#: a recap's head after a break: the worst of the history told before it ("the deadliest attack", "la pire")
_RECAP = re.compile(r"\bplus (?:meurtri|grave|lourd|sanglant|violent)\w*|\bpire\b|\bdeadliest\b|\bworst\b|"
                    r"\bbloodiest\b|\bnotamment\b|\bincluding\b")
#: a marker of past time or of a long run ("last year", "since 2015", "l'an dernier", "il y a deux ans")
_PAST_TIME = re.compile(r"\b(?:19|20)\d\d\b|\blast (?:year|month|decade)\b|\b(?:years?|months|decades?) ago\b|"
                        r"\bsince\b|\bover the (?:years|past)\b|\bdepuis\b|\b(?:l'an|l'annee) (?:dernier|derniere|passe|passee)\b|"
                        r"\bil y a (?:\S+ )?(?:ans?|mois|annees)\b|\bau fil des\b|\bces dernieres annees\b")


def _news_after_break(t: str, f: str, lang: str) -> int | None:
    """Where the news starts in a background sentence whose background is one clause: the offset after the first
    strong break (";", ":") past which a clause with a finite verb tells an act and is neither background nor context
    ("Les attaques ont augmenté cette année ; mardi, dix civils ont été tués"), else None.

    The clause is news only when it carries a recent day of its own (and no year), or when nothing in the sentence
    marks past time; a recap of the history before the break ("the deadliest attack ...", "la pire") is none."""
    lang_ = lang if lang in ("fr", "en") else "fr"
    for m in _STRONG_BREAK.finditer(f):
        rest_t, rest_f = t[m.end() :], f[m.end() :]
        if not any(cue(k, lang_).search(rest_f) for k in _ACT_CUES) or not _FINITE_VERB[lang_].search(rest_f):
            return None
        if _RECAP.search(rest_f):
            return None
        own_day = cue("event_day", lang_).search(rest_f) is not None and not re.search(r"\b(?:19|20)\d\d\b", rest_f)
        if not own_day and _PAST_TIME.search(f):
            return None
        if background_reason(rest_t, lang, rest_f) is None and context_clauses(rest_t, lang, rest_f)[0] is None:
            return m.end()
    return None


def sentences(text: str, lang: str, folded: str | None = None) -> list[Sentence]:
    """The sentences of ``text``; ``folded``: the text already folded (``fold_aligned``), when the caller has it.

    A background cue blanks its own clause: when the clause after a strong break tells an act as news, the
    clauses before it are context and the sentence stays foreground."""
    out = []
    for i, (s, e) in enumerate(split_sentences(text)):
        t = text[s:e]
        f = fold(t) if folded is None else folded[s:e]
        reason = background_reason(t, lang, f)
        ctx: tuple[tuple[int, int], ...] = ()
        if reason is None:
            reason, rel = context_clauses(t, lang, f)
            ctx = tuple((s + a, s + b) for a, b in rel)
        if reason is not None and (cut := _news_after_break(t, f, lang)) is not None:
            _, rel = context_clauses(t[cut:], lang, f[cut:])
            reason, ctx = None, ((s, s + cut), *((s + cut + a, s + cut + b) for a, b in rel))
        if reason is None and (grief := grievance_context(f, lang if lang in ("fr", "en") else "fr")):
            # the dead of a protest's grievance are not the protest's
            ctx = tuple(sorted({*ctx, *((s + a, s + b) for a, b in grief)}))
        out.append(Sentence(i, s, e, t, reason is not None, reason, ctx))
    return out
