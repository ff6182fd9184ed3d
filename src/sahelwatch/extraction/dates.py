"""Event dates, resolved against the text's anchor: its publication date, else its dateline.

The anchor (:func:`structure.anchor`) is the publication date when the record gives one (or the dateline when the
story was filed up to a week before it), else the date of a dateline in the text ("BAMAKO, 14 mars 2023 (AFP) -"),
else none. The machine's clock is never an anchor, nor a date written in the story. With no anchor, explicit dates
("le 14 mars 2023") still stand; a relative date ("mardi", "yesterday") and a day and month with no year have date ``None`` and precision ``unknown``.

Rules (stated, tested):
- A full date beside a weekday is one mention and the full date wins ("mardi 14 mars 2023",
  "Tuesday, March 14, 2023").
- A weekday ("mardi", "on Tuesday", "last Tuesday", "mardi soir") is the most recent such
  day on or before the anchor. "Last <weekday>" ("mardi dernier", "dimanche passé") said on that very weekday
  means seven days earlier.
- French months may be abbreviated ("janv.", "févr.", "déc."); "sept" is the month only before its dot or a year.
- "dans la nuit de samedi à dimanche" / "overnight Saturday to Sunday" is the first night's
  day (Saturday), as ACLED codes night events to the day they began; with the morning's date written after it
  ("dans la nuit de dimanche à lundi 10 mars 2031") it is the day before that date.
- A wire's dateline run into the text ("Foo, June 5 (AFP)") is a report's day, as is "a statement released
  Tuesday"; "la veille de" a named day ("la veille du Nouvel An") is not the day before the anchor, nor is the
  watch, a noun ("faisant de la veille", "la veille sécuritaire").
- A relative day the text cannot resolve ("tués hier" with no anchor) takes the full date the event's later
  sentences give ("le samedi 8 mars 2031 vers 15h, ...").
- "hier"/"yesterday", "overnight", "last night"/"cette nuit" are publication - 1, "avant-hier" - 2, "aujourd'hui"/"ce jour"/"today"
  the publication date; "la veille" in a foreground sentence is publication - 1, and after a statement's day in its
  sentence ("a indiqué mardi que ... la veille", "said on Tuesday that ... the previous day") that day - 1.
- "le 3 courant", "ce 3", "on the 3rd" are a day of the anchor's month, never after the anchor; "dans la nuit du 30 au
  1er juillet" (one month written for two days) began in the month before it. English "on the 3rd" after a day and
  month the text wrote ("on May 2. On the 3rd, ...") is a day of that month (of the month after it when the day is
  earlier), as long as it is not after the anchor.
- A day and month without a year ("le 11 septembre", "on September 11") is the most recent
  such date not after the anchor; with no anchor its year is unknown, unless its weekday is written
  beside it ("samedi 14 septembre") and the calendar leaves one year: the one, within a year of a year the
  text names as its own time (a full date, "en 2023"; not "depuis 2012"), on which that day falls on that
  weekday (kind "calendar", day precision, lower confidence). Two candidates, none, or a full date of the
  text nearby that gives it another weekday: the year stays unknown. An anchor always decides first.
- "ce week-end"/"le week-end"/"au cours du week-end"/"this weekend"/"at the weekend" is the Saturday on or before the anchor,
  precision week ("last weekend"/"le week-end dernier": the Saturday before the anchor's day); "earlier this
  week"/"earlier in the week"/"en début de semaine" is the anchor minus three days, "en fin de semaine" the Friday on or before the
  anchor, "en fin (début) de semaine dernière" the Friday (Monday) of the week before the anchor's, precision week.
- A vague week ("earlier this week", "la semaine dernière", "ce week-end") gives way to the day its own sentence or a
  later sentence of the event gives within three days of it ("the attack on Monday"); "the weekend market", "le
  marché du week-end" and "the day before the attack" are no date.
- A date restated in brackets after a report's date is the report's ("told AFP on Sunday (January 15)").
- A claim's or a statement's day written between the subject and its verb ("The group on Friday claimed the attack",
  "Officials on Monday said") is the report's; "revendiqué jeudi" too. "claimed" reports only with an object of
  responsibility ("claimed responsibility", "claimed the attack", "claimed that"), never a toll ("claimed at least 12
  lives") nor the participle ("the attack claimed by ..."); "revendiqué" only with the day right after it or after the
  claim's channel, never a day that dates the act it claims ("a revendiqué l'attaque du 12 mars"). A relative day
  restated by its weekday, in brackets or after a comma ("avant-hier, vendredi"), is that weekday.
- A day and month with no year that the text also writes whole ("mardi 26 avril 2022" ... "le 26 avril") takes that
  year.
- A day told as the day after the event ("Dimanche 15 mars, au lendemain de l'attaque", "On Sunday, the day after the
  raid") puts the event on the day before it.
- A date that opens its sentence, alone or after the statement that carries it ("Dans un communiqué publié lundi, ..."),
  and is followed by its subject's reporting verb with no clause between ("Lundi, le gouverneur a indiqué que ...",
  "On Monday, the army said ...") is the report's day too.
- "il y a 48 heures" / "24 hours ago" is whole days before the anchor (a part of a day: the anchor, precision week);
  "il y a deux ans" / "three months ago" is the middle of that month, kind "month" at month precision (the text
  names no day).
- Day-month-year dates read with slashes, dots or dashes ("17-09-2024"), the same separator twice.
- With no date in the text, the event gets the anchor at precision "week" (reports are
  written within days of the event) and a low confidence; with no anchor, no date
  (precision ``unknown``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import re
from dataclasses import dataclass

from ..folding import fold_aligned as fold
from .prefilter import GuardSet, guard
from .resources import words_re

WEEKDAYS = {
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "en": ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
}
MONTHS = {
    "fr": ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre",
           "octobre", "novembre", "decembre"],
    "en": ["january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december"],
}
#: the month names of both languages, folded, as one regular expression
MONTHS_RE = "(?:" + "|".join(MONTHS["fr"] + MONTHS["en"]) + ")"
# months or years counted back beyond this are history, not the date of an event told as news
_MAX_MONTHS_BACK = 30 * 12
# a vague few ("il y a quelques jours", "a few days ago"): three, at precision week (of weeks: month)
_FEW = {"quelques": 3, "plusieurs": 3, "a few": 3, "several": 3}
_SMALL = {"un": 1, "une": 1, "a": 1, "one": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "dix": 10, "two": 2, "three": 3,
          "four": 4, "five": 5, "seven": 7, "eight": 8, "ten": 10}
#: English abbreviations: each month's first three letters ("Jan.", "Aug"), taken from its name
_EN_MONTH_ABBR = [m[:3] for m in MONTHS["en"]]
# French abbreviations, folded ("janv.", "févr.", "déc."); "sept" is also the number seven, so it abbreviates the month
# only before its dot or a year ("le 7 sept. 2023", "7 sept 2023", never "7 sept soldats")
_FR_MONTH_ABBR = [r"janv\.?", r"fevr?\.?", r"avr\.?", r"juil\.?", r"sept(?=\.| (?:19|20)\d\d)\.?", r"oct\.?",
                  r"nov\.?", r"dec\.?"]


@dataclass(frozen=True, slots=True)
class DateMention:
    date: dt.date | None  # None: the text does not give it (precision "unknown")
    precision: str  # day | week | month | unknown
    start: int
    end: int
    kind: str  # absolute | weekday | relative | default | calendar | report | month
    confidence: float
    # a day and month written with its weekday but no year ("samedi 14 septembre"): (day, month, weekday 0-6), from
    # which the calendar may give the year (:func:`calendar_year`); None otherwise
    calendar: tuple[int, int, int] | None = None


def _wd_re(lang):
    return "|".join(WEEKDAYS[lang])


def _month_re(lang):
    names = list(MONTHS[lang])
    if lang == "en":
        names += [a + r"\.?" for a in _EN_MONTH_ABBR + ["sept"] if a != "may"]
    else:
        names += _FR_MONTH_ABBR
    return "|".join(sorted(names, key=len, reverse=True))


_PATTERNS: dict[str, list[tuple[str, re.Pattern]]] = {}


def _patterns(lang: str):
    if lang in _PATTERNS:
        return _PATTERNS[lang]
    wd, mo = _wd_re(lang), _month_re(lang)
    if lang == "fr":
        pats = [
            ("nightdm", rf"\bnuit (?:de |du )?(?:(?:{wd}) )?(?P<d>\d{{1,2}}|1er)(?: (?P<m1>{mo}))? (?:a|au) (?:(?:{wd}) )?(?P<d_end>\d{{1,2}}|1er) (?P<m>{mo})(?: (?P<y>\d{{4}}))?\b"),
            # "dans la nuit du mardi au mercredi 6 août 2031": the night began the day before the date written
            ("nightwd", rf"\bnuit (?:de |du )(?:{wd}) (?:a|au) (?:{wd}),? (?:le )?(?P<d>\d{{1,2}}|1er) (?P<m>{mo})(?: (?P<y>\d{{4}}))?\b"),
            ("night", rf"\bnuit (?:de|du) (?P<wd>{wd}) (?:a|au) (?:{wd})\b|\bnuit (?:d')?entre (?:le )?(?P<wd2>{wd}) et (?:le )?(?:{wd})\b"),
            # "dans la nuit du 4 au 5" with no month: the anchor's month (nightdm above takes those with a month)
            ("nightd", r"\bnuit du (?P<d>\d{1,2}|1er) au \d{1,2}\b(?! ?[/.-]?\d)"),
            ("ago", r"\bil y a (?P<n>quelques|plusieurs|une?|deux|trois|quatre|cinq|six|sept|huit|dix|\d{1,3}) "
                    r"(?P<unit>jours|semaines?|heures|mois|ans|annees)\b"),
            ("dm", rf"\b(?:(?P<wd>{wd}),? (?:le )?)?(?P<d>\d{{1,2}}|1er|premier)(?:(?: (?:et|au) (?:le )?|-)\d{{1,2}})? (?P<m>{mo})(?: (?P<y>\d{{4}}))?\b"),
            ("monthpart", rf"\b(?:(?:a|vers) la |au |en |dans la )?(?P<part>mi|debut|fin|milieu|courant|premiere quinzaine|seconde quinzaine|deuxieme quinzaine)[- ](?:(?:du )?mois )?(?:d(?:e |'))?(?P<m>{mo})(?: (?P<y>\d{{4}})| (?P<last>dernier))?\b"),
            ("month", rf"\b(?:en|au mois d(?:e |')|durant le mois de|pendant le mois de|le mois de) (?P<m>{mo})(?: (?P<y>\d{{4}})| (?P<last>dernier))?\b"),
            ("wdday", rf"\b(?P<wd>{wd}) (?P<d>\d{{1,2}}|1er)\b"),
            ("weekday", rf"\b(?:ce |le |dans la nuit de )?(?P<wd>{wd})(?: (?:soir|matin|apres-midi|nuit))?(?: (?P<last>dernier|passe))?\b"),
            ("rel", r"\b(?P<rel>avant-hier|hier soir|hier|aujourd'hui|ce jour|(?<!\bde )(?<!\bd'une )la veille(?! d(?:e|u|es|')\b| (?:securitaire|sanitaire|strategique|informationnelle|mediatique|citoyenne)s?\b)|(?:ce|le|(?<!marche )(?<!foire )du) week-?end(?: (?:dernier|passe))?(?! prochain)|"
                    r"en (?:debut|fin) de semaine(?: (?:derniere|passee))?|cette semaine|la semaine derniere|la semaine passee|"
                    r"la nuit derniere|cette nuit|le mois dernier|le mois passe)\b"),
            # "le 12 courant", "ce 12", "ce 1er, ...": a day of the anchor's month ("ce 12" before a unit is a count)
            ("courant", r"\b(?:le|ce) (?P<d>\d{1,2}|1er) (?:courant|de ce mois|du mois(?: en cours)?)\b"
                        r"|\bce (?P<d2>\d{1,2}|1er)(?=\s*[,;.)]|\s+(?:a|au|aux|dans|vers|en|pres|lors|matin|soir|apres-midi)\b)"),
        ]
    else:
        pats = [
            ("nightdm", rf"\bnight of (?:(?:{wd}),? )?(?:(?P<m>{mo}) (?P<d>\d{{1,2}})(?:st|nd|rd|th)?|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?: (?P<m2>{mo}))?)\s*(?:to|-|into)\s*(?:(?:{wd}),? )?(?:(?:{mo}) )?\d{{1,2}}(?:st|nd|rd|th)?(?: (?P<m3>{mo}))?(?:,? (?P<y>\d{{4}}))?\b"),
            # "the night of Sunday, March 28": the weekday with its day and month is read by "md" below (so the
            # calendar can still give the year), not as a bare weekday
            # "overnight Sunday to Monday, March 13, 2023": the night began the day before the date written
            ("nightwd", rf"\b(?:overnight|night (?:of|from|between)) (?:{wd}) (?:to|into|and) (?:{wd}),? (?:the )?"
                        rf"(?:(?P<m>{mo}) (?P<d>\d{{1,2}})(?:st|nd|rd|th)?|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?(?P<m2>{mo}))"
                        rf"(?:,? (?P<y>\d{{4}}))?\b"),
            ("night", rf"\b(?:overnight|night (?:of|from|between)) (?P<wd>{wd})(?!,? (?:the )?(?:(?:{mo}) \d|\d{{1,2}}(?:st|nd|rd|th)? (?:of )?(?:{mo})))(?: (?:to|into|and) (?:{wd}))?\b"),
            ("ago", r"\b(?P<n>a few|several|a|one|two|three|four|five|six|seven|eight|ten|\d{1,3}) "
                    r"(?P<unit>days|weeks?|hours|months?|years?) ago\b"),
            ("md", rf"\b(?:(?P<wd>{wd}),? )?(?P<m>{mo}) (?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,? (?P<y>\d{{4}}))?\b"),
            ("dm", rf"\b(?:(?P<wd>{wd}),? (?:the )?)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:(?:-| to | and )\d{{1,2}}(?:st|nd|rd|th)?)? (?:of )?(?P<m>{mo})(?:,? (?P<y>\d{{4}}))?\b"),
            ("monthpart", rf"\b(?P<part>mid|early|late|the middle of|the end of|the beginning of|the start of|the first half of|the second half of)[- ](?P<m>{mo})(?:,? (?P<y>\d{{4}}))?\b"),
            ("month", rf"\b(?:in|during|throughout|(?P<last>last)) (?P<m>{mo})(?:,? (?P<y>\d{{4}}))?\b(?! \d)"),
            ("wdday", rf"\b(?P<wd>{wd}),? (?:the )?(?P<d>\d{{1,2}})(?:st|nd|rd|th)\b"),
            ("weekday", rf"\b(?P<last>last |on |this |late |early )?(?P<wd>{wd})(?: (?:night|morning|evening|afternoon))?\b"),
            # "at the weekend market" (a noun's epithet) and "the day before the attack" (the eve of another moment the
            # text names) are no day
            ("rel", r"\b(?P<rel>the day before yesterday|yesterday|today|this weekend|(?:over|at|during) the weekend(?! (?:markets?|fairs?|sessions?|prayers?|shifts?|editions?)\b)|last weekend|earlier (?:this|in the) week|this week|last week|the previous day|the day before(?! (?:the|a|an|his|her|its|their|this|that)\b)|overnight|last night|last month)\b"),
            # "on the 3rd", "early on the 21st": a day of the anchor's month, alone before a clause's end or a time or
            # place ("on the 3rd floor", "on the 2nd day" are ordinals)
            ("courant", r"\bon the (?P<d2>\d{1,2})(?:st|nd|rd|th)(?=\s*[,;.)]|\s*$|\s+(?:at|in|near|around|when|as|"
                        r"after|before|morning|evening|night|afternoon|and|killing|leaving)\b)"),
        ]
    _PATTERNS[lang] = [(k, guard(p)) for k, p in pats]  # a sentence without a pattern's words is not scanned
    return _PATTERNS[lang]


@functools.lru_cache(maxsize=4)
def _pattern_guards(lang: str) -> GuardSet:
    """The guards of :func:`_patterns`, tested in one pass over a sentence (not one test per pattern)."""
    return GuardSet(p for _, p in _patterns(lang))


def _month_index(name: str, lang: str) -> int:
    """The number of a month's name or abbreviation ("juin", "févr.", "Sept."), folded."""
    name = name.rstrip(".")
    if name in MONTHS[lang]:
        return MONTHS[lang].index(name) + 1
    return next(i for i, full in enumerate(MONTHS[lang], 1) if full.startswith(name))


def weekday_on_or_before(anchor: dt.date, weekday: int, strictly_before: bool = False) -> dt.date:
    delta = (anchor.weekday() - weekday) % 7
    if delta == 0 and strictly_before:
        delta = 7
    return anchor - dt.timedelta(days=delta)


def _day_month(d: int, m: int, y: int | None, anchor: dt.date | None) -> dt.date | None:
    """A day and month: with its year as written, else the most recent one not after ``anchor``."""
    if y is None and anchor is None:
        return None
    try:
        cand = dt.date(y or anchor.year, m, d)
    except ValueError:
        return None
    if y is None and cand > anchor:
        try:
            cand = dt.date(anchor.year - 1, m, d)
        except ValueError:
            return None
    return cand


_NUMERIC = guard(r"\b(?:(?P<iy>(?:19|20)\d{2})-(?P<im>\d{1,2})-(?P<id>\d{1,2})|(?P<d>\d{1,2})(?P<sep>[/.-])(?P<m>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d{2}))\b")


# the day a part of a month stands for (ACLED codes a known week or month to its middle), and its precision
_MONTH_PART = {"mi": (15, "week"), "milieu": (15, "week"), "mid": (15, "week"), "the middle of": (15, "week"),
               "debut": (5, "week"), "early": (5, "week"), "the beginning of": (5, "week"), "the start of": (5, "week"),
               "fin": (25, "week"), "late": (25, "week"), "the end of": (25, "week"),
               "premiere quinzaine": (8, "week"), "the first half of": (8, "week"),
               "seconde quinzaine": (23, "week"), "deuxieme quinzaine": (23, "week"), "the second half of": (23, "week"),
               "courant": (15, "month"), None: (15, "month")}


def _month_date(m: int, y: int | None, part: str | None, last: bool, anchor: dt.date | None) -> tuple[dt.date | None, str]:
    """A month, or a part of one ("mi-juin", "late May"): its middle day, precision week (a part) or
    month; with no year, the most recent such month not after the anchor ("mars dernier" said in March
    is a year back); never after the anchor; with no year and no anchor, unknown."""
    day, prec = _MONTH_PART.get(part, (15, "month"))
    if y is None:
        if anchor is None:
            return None, "unknown"
        y = anchor.year if (m < anchor.month or (m == anchor.month and not last)) else anchor.year - 1
    d = dt.date(y, m, day)
    if anchor is not None and d > anchor and (anchor.year, anchor.month) == (y, m):
        d = anchor  # "mi-juin" published on 12 June: not a day after publication
    return d, prec


def _day_of_recent_month(day: int, anchor: dt.date) -> dt.date | None:
    """Day ``day`` of the anchor's month, else of the month before when that would fall after the anchor ("dans la
    nuit du 28 au 29" said on the 2nd); None when neither month has that day."""
    with contextlib.suppress(ValueError):
        d = anchor.replace(day=day)
        if d <= anchor:
            return d
    prev = anchor.replace(day=1) - dt.timedelta(days=1)
    with contextlib.suppress(ValueError):
        return prev.replace(day=day)
    return None


def _weekday_and_day(wd: int, day: int, anchor: dt.date | None) -> dt.date | None:
    """'mardi 14' / 'Tuesday the 14th': the most recent day ``day`` on or before the anchor, preferring the
    month in which it falls on that weekday."""
    if anchor is None:
        return None
    cands = []
    y, m = anchor.year, anchor.month
    for _ in range(3):
        try:
            c = dt.date(y, m, day)
        except ValueError:
            c = None
        if c is not None and c <= anchor:
            cands.append(c)
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    if not cands:
        return None
    return next((c for c in cands if c.weekday() == wd), cands[0])


def _numeric_date(m: re.Match, lang: str) -> dt.date | None:
    """ISO dates, and day-first dd/mm/yyyy in French (English dd/mm only when the day is over 12)."""
    try:
        if m.group("iy"):
            return dt.date(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
        a, b, y = int(m.group("d")), int(m.group("m")), int(m.group("y"))
        if lang == "en" and a <= 12 and b <= 12 and a != b:
            return None  # 03/04/2023 is ambiguous in English
        if lang == "en" and b > 12:
            a, b = b, a
        return dt.date(y, b, a)
    except ValueError:
        return None


def find_dates(text: str, anchor: dt.date | None, lang: str, offset: int = 0,
               folded: str | None = None) -> list[DateMention]:
    """Every date expression in ``text``, resolved against ``anchor`` (the publication date or
    the dateline; None when the text has neither); offsets are shifted by ``offset``; ``folded``:
    ``fold(text)``, when the caller has it.

    Explicit dates resolve without an anchor; the others then have date ``None`` and precision
    ``unknown``.
    """
    lang = lang if lang in ("fr", "en") else "fr"
    # a line break inside a sentence is a hard wrap: a space, as between a month and its year ("25 novembre\n2022")
    f = (fold(text) if folded is None else folded).replace("\n", " ")
    out: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for m in _NUMERIC.finditer(f):
        d = _numeric_date(m, lang)
        if d is not None:
            taken.append(m.span())
            out.append(DateMention(d, "day", m.start() + offset, m.end() + offset, "absolute", 0.95))
    guards = _pattern_guards(lang)
    maybe = guards.possible(f)
    for i, (kind, _) in enumerate(_patterns(lang)):
        for m in guards.patterns[i].finditer(f) if i in maybe else ():
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            if kind in ("weekday", "rel") and _SINCE.search(f, max(0, s - 12), s) and _opens_period(f, s):
                # "the fourth attack since Sunday", "displaced since Friday": the start of a count or of a flight,
                # never the day of the event told (as the development labels code it); "des combats opposent depuis
                # dimanche", "killed four civilians since last night" keep the day the fighting or killing began
                taken.append((s, e))
                continue
            d, cal = None, None
            prec, conf, k = "day", 0.9, "absolute"
            if kind in ("dm", "md"):
                day = m.group("d")
                day = 1 if day in ("1er", "premier") else int(day)
                y = int(m.group("y")) if m.group("y") else None
                mon = _month_index(m.group("m"), lang)
                d = _day_month(day, mon, y, anchor)
                conf = 0.95
                if d is None and anchor is not None:
                    continue  # not a date (31 February)
                if d is None and y is None and m.group("wd"):
                    cal = (day, mon, WEEKDAYS[lang].index(m.group("wd")))
            elif kind == "nightdm":
                # "dans la nuit du 9 au 10 juin", "on the night of June 9 to 10": the first night's day
                g = m.groupdict()
                day = g.get("d") or g.get("d2")
                mon = g.get("m1") or g.get("m") if lang == "fr" else g.get("m") or g.get("m2") or g.get("m3")
                y = int(g["y"]) if g.get("y") else None
                if y is not None and g.get("m1") and _month_index(g["m1"], lang) > _month_index(g["m"], lang):
                    y -= 1  # "dans la nuit du 31 décembre au 1er janvier 2024"
                mi, first = _month_index(mon, lang), 1 if day == "1er" else int(day)
                if lang == "fr" and not g.get("m1") and first > int(g["d_end"].replace("1er", "1")):
                    # "dans la nuit du 30 au 1er juillet": the night began in the month before the one written
                    mi, y = (mi - 1, y) if mi > 1 else (12, y - 1 if y is not None else None)
                d = _day_month(first, mi, y, anchor)
                conf = 0.9
                if d is None and anchor is not None:
                    continue
            elif kind == "nightwd":
                # "dans la nuit de vendredi à samedi 4 octobre", "overnight Friday to Saturday, October 4": the date
                # written is the morning's, the event the night's first day (ACLED's convention)
                g = m.groupdict()
                y = int(g["y"]) if g.get("y") else None
                d = _day_month(int((g.get("d") or g.get("d2") or "1").replace("1er", "1")),
                               _month_index(g.get("m") or g.get("m2"), lang), y, anchor)
                if d is None and anchor is not None:
                    continue
                d = d - dt.timedelta(days=1) if d is not None else None
                conf = 0.9
            elif kind == "ago":
                k, conf = "relative", 0.7
                n = m.group("n")
                few = n in _FEW
                n = int(n) if n.isdigit() else _FEW.get(n) or _SMALL[n]
                unit = m.group("unit")
                if unit.startswith(("mois", "month", "an", "year")):
                    # "il y a deux ans", "three months ago": the middle of that month, at month precision (the text
                    # names no day); kind "month", so it dates an event only from its main sentence. Past
                    # _MAX_MONTHS_BACK it is history ("a century ago"), no event's date
                    back = n * (1 if unit.startswith(("mois", "month")) else 12)
                    if back > _MAX_MONTHS_BACK:
                        taken.append((s, e))
                        continue
                    k, conf, prec = "month", 0.3, "month"
                    if anchor is not None:
                        y, mo = divmod(anchor.year * 12 + anchor.month - 1 - back, 12)
                        d = dt.date(y, mo + 1, 15)
                elif unit.startswith(("heure", "hour")):
                    # "il y a 48 heures", "24 hours ago": whole days back; a part of a day is the anchor's week
                    if anchor is not None:
                        d = anchor - dt.timedelta(days=n // 24)
                        prec = "day" if n % 24 == 0 else "week"
                elif anchor is not None:
                    if unit.startswith(("jour", "day")):
                        d = anchor - dt.timedelta(days=n)
                        prec = "week" if few else prec
                    else:
                        d, prec = anchor - dt.timedelta(days=7 * n), "month" if few else "week"
            elif kind == "nightd":
                k, conf = "relative", 0.8
                day = m.group("d")
                if anchor is not None:
                    d = _day_of_recent_month(1 if day == "1er" else int(day), anchor)
            elif kind == "courant":
                k, conf = "relative", 0.85
                day = m.groupdict().get("d") or m.group("d2")
                if anchor is not None and m.group("d2"):  # "ce 12": the text's own days, never after the anchor
                    d = _day_of_recent_month(1 if day == "1er" else int(day), anchor)
                elif anchor is not None:
                    d = _day_month(1 if day == "1er" else int(day), anchor.month, anchor.year, anchor)
            elif kind in ("monthpart", "month"):
                part = m.groupdict().get("part")
                y = int(m.group("y")) if m.group("y") else None
                d, prec = _month_date(_month_index(m.group("m"), lang), y, part, bool(m.groupdict().get("last")), anchor)
                k, conf = "month", (0.7 if prec == "week" else 0.5)
            elif kind == "wdday":
                day = m.group("d")
                d = _weekday_and_day(WEEKDAYS[lang].index(m.group("wd")), 1 if day == "1er" else int(day), anchor)
                k, conf = "weekday", 0.85
            elif kind in ("weekday", "night"):
                k, conf = "weekday", 0.85
                if anchor is not None:
                    wd = WEEKDAYS[lang].index(m.group("wd") or m.groupdict().get("wd2"))
                    last = (m.groupdict().get("last") or "").strip() in ("last", "dernier", "passe")
                    d = weekday_on_or_before(anchor, wd, strictly_before=last)
            elif kind == "rel":
                r = m.group("rel")
                k, conf = "relative", 0.85
                if anchor is None:
                    pass
                elif r in ("hier", "hier soir", "yesterday", "la veille", "the previous day", "the day before",
                           "overnight", "last night", "la nuit derniere", "cette nuit"):
                    # a night reported on the morning after is coded to the day it began
                    d = anchor - dt.timedelta(days=1)
                elif r in ("avant-hier", "the day before yesterday"):
                    d = anchor - dt.timedelta(days=2)
                elif r in ("aujourd'hui", "ce jour", "today"):
                    d = anchor
                elif "weekend" in r or "week-end" in r:
                    # the Saturday of the weekend on or before the anchor ("le week-end", "this weekend"), of the one
                    # before when the anchor is that Saturday and the phrase says "last" ("le week-end dernier")
                    d = weekday_on_or_before(anchor, 5, strictly_before=r.endswith(("dernier", "passe")) or "last" in r)
                    prec, conf = "week", 0.6
                elif r.startswith("en fin de semaine"):
                    # the Friday on or before the anchor; of the week before the anchor's ("... derniere")
                    monday = anchor - dt.timedelta(days=anchor.weekday())
                    d = monday - dt.timedelta(days=3) if r.endswith(("derniere", "passee")) else \
                        weekday_on_or_before(anchor, 4)
                    prec, conf = "week", 0.5
                elif r.startswith("en debut de semaine") and r.endswith(("derniere", "passee")):
                    d = anchor - dt.timedelta(days=anchor.weekday() + 7)  # the Monday of the week before the anchor's
                    prec, conf = "week", 0.5
                elif r in ("le mois dernier", "le mois passe", "last month"):
                    prev = anchor.replace(day=1) - dt.timedelta(days=1)
                    d, prec, conf, k = prev.replace(day=15), "month", 0.5, "month"
                else:  # this week, early this week (three days back) / last week (seven)
                    d = anchor - dt.timedelta(days=3 if "this" in r or "cette" in r or "debut" in r or "in the" in r else 7)
                    prec, conf = "week", 0.5
            if d is None:
                prec, conf = "unknown", 0.3
            taken.append((s, e))
            out.append(DateMention(d, prec, s + offset, e + offset, k, conf, cal))
    out.sort(key=lambda x: x.start)
    return _restated(out, f, offset)


_SINCE = re.compile(r"\b(?:depuis|since)(?: (?:le|ce|last|this))? $")
# before "since" in its clause: a count or an ordinal of incidents ("the fourth attack since", "trois attaques depuis",
# "le deuxième raid ... depuis") or people displaced or arriving ("have fled since", "arrivés depuis")
_PERIOD_OPENER = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th|e|eme|ieme)|premiere?|"
    r"\w+ieme|(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs|two|three|four|five|seven|eight|nine|ten|"
    r"several|multiple|numerous|a series of|a string of|une serie d') (?:\w+ )?(?:attaques|attacks|incidents|raids|"
    r"assauts|embuscades|ambushes|explosions|enlevements|kidnappings|abductions)|deplace\w*|displaced|displacement|"
    r"fled|flee(?:ing)?|fui\w*|fuy\w*|quitt\w*|refugie\w*|refugees?|arrive\w*|arrivals?)\b")


def _opens_period(f: str, at: int) -> bool:
    """Whether "since" / "depuis" before ``at`` of folded ``f`` opens a period that counts incidents or people who
    fled (:data:`_PERIOD_OPENER` in the clause before it), not the start of the event the clause tells."""
    start = max(0, at - 100)
    clause = f[start:at]
    cut = max(clause.rfind(". "), clause.rfind(";"), clause.rfind(":"), clause.rfind("\n"))
    return _PERIOD_OPENER.search(clause[cut + 1 :].lower()) is not None
_RESTATING = re.compile(r"\s*[(,]\s*(?:(?:le|on)\s+)?$")


def _restated(found: list[DateMention], f: str, offset: int) -> list[DateMention]:
    """``found`` without a relative day that the next mention restates in brackets or after a comma ("hier (samedi)",
    "yesterday (Saturday)", "avant-hier (1er mai)", "avant-hier, vendredi", "yesterday, Monday"): the day named is the
    day, while "hier" may count from a day other than the anchor (a quote of the day before, a report of the day
    before its publication)."""
    out = []
    for i, d in enumerate(found):
        nxt = found[i + 1] if i + 1 < len(found) else None
        if d.kind == "relative" and d.precision == "day" and nxt is not None and nxt.kind in ("weekday", "absolute") \
                and _RESTATING.fullmatch(f[d.end - offset : nxt.start - offset]):
            continue
        out.append(d)
    return out


# --------------------------------------------------------------------------- a year from the calendar
# The years a text names as its own time: those of its full dates ("le 14 mars 2023", "March 2023", "14/03/2023")
# and a year it is "in" ("en 2023", "in 2023"). A year that opens or closes a period ("depuis 2012", "since March
# 2012", "between 2019 and 2021", "until 2020") is mostly history and does not count.
_YEAR_IN = re.compile(r"\b(?:en|in|durant|during|courant) (?:l'an(?:nee)? )?(?P<y>(?:19|20)\d{2})\b")
# ("dès" folds to "des", the article: it opens a period only right before the date, "dès le 3 mars 2012", "dès 2012")
_PERIOD_BEFORE = re.compile(r"\b(?:since|depuis|from|until|till|jusqu'(?:en|au|a)|between|entre|before|avant|after|"
                            r"apres)\s+(?:\S+\s+){0,2}$|\bdes\s+(?:le\s+|l'an\s+)?$")


def _full_dates(text: str) -> list[DateMention]:
    """The dates ``text`` writes with their year (a day, a month), in either language."""
    return [d for lang in ("fr", "en") for d in find_dates(text, None, lang) if d.date is not None]


def text_years(text: str, full: list[DateMention] | None = None) -> set[int]:
    """The years ``text`` names as its own time (see above); ``full``: its :func:`_full_dates`, when read already."""
    f = fold(text)
    found = {(d.start, d.date.year) for d in (_full_dates(text) if full is None else full)}
    found |= {(m.start("y"), int(m.group("y"))) for m in _YEAR_IN.finditer(f)}
    return {y for s, y in found if not _PERIOD_BEFORE.search(f[max(0, s - 30) : s])}


@functools.lru_cache(maxsize=8)
def _calendar_context(text: str) -> tuple[tuple[DateMention, ...], frozenset[int]]:
    """The full dates and named years of ``text``, read once per text (an event's date is asked once per sentence
    while the text's events are grouped)."""
    full = _full_dates(text)
    return tuple(full), frozenset(text_years(text, full))


def _contradicts(calendar: tuple[int, int, int], full: tuple[DateMention, ...]) -> bool:
    """Whether a full day date of the text fixes the year of ``calendar``'s day and month (they lie within a month
    of each other: "samedi 8 octobre" beside "le 9 octobre 2023") and that year puts it on another weekday."""
    day, month, weekday = calendar
    for d in full:
        if d.precision != "day":
            continue
        for y in (d.date.year - 1, d.date.year, d.date.year + 1):
            with contextlib.suppress(ValueError):  # 29 February
                c = dt.date(y, month, day)
                if abs((c - d.date).days) <= 31 and c.weekday() != weekday:
                    return True
    return False


def calendar_year(calendar: tuple[int, int, int], years: set[int] | frozenset[int]) -> int | None:
    """The one year, within a year of one of ``years``, in which the day and month of ``calendar`` (day, month,
    weekday) fall on its weekday; None when no year or more than one does. Two years in a row never put a day
    on the same weekday, so a single named year leaves at most one candidate; several named years may leave two."""
    day, month, weekday = calendar
    found = set()
    for y in years:
        for cand in (y - 1, y, y + 1):
            with contextlib.suppress(ValueError):  # 29 February
                if dt.date(cand, month, day).weekday() == weekday:
                    found.add(cand)
    return found.pop() if len(found) == 1 else None


def _by_calendar(d: DateMention, text: str) -> DateMention:
    """``d`` with the year the calendar gives (:func:`calendar_year` over :func:`text_years`) when it is a day and
    month written with its weekday and no year ("samedi 14 septembre") and the text names one fitting year, and no
    full date of the text near it gives it another weekday; else ``d``.
    The date keeps day precision, with kind "calendar" and a lower confidence."""
    if d.date is not None or d.calendar is None:
        return d
    full, years = _calendar_context(text)
    y = calendar_year(d.calendar, years)
    if y is None or _contradicts(d.calendar, full):
        return d
    day, month, _ = d.calendar
    return DateMention(dt.date(y, month, day), "day", d.start, d.end, "calendar", 0.75, d.calendar)


def _written_whole(d: DateMention, text: str) -> DateMention | None:
    """The full date of ``text`` that ``d``, a day and month with no year ("le 26 avril"), tells again: the one full
    day date of the text on that day and month ("mardi 26 avril 2022" ... "dans la matinée du 26 avril"); None when
    there is none or several years would do."""
    if d.kind != "absolute" or d.date is not None:
        return None
    full, _ = _calendar_context(text)
    same = {f.date for f in full if f.precision == "day" and f.start != d.start
            and (again := _resolve_against(d, f.date, text)) is not None and again.date == f.date}
    if len(same) != 1:
        return None
    return DateMention(same.pop(), "day", d.start, d.end, "absolute", 0.8)


def default_date(anchor: dt.date | None) -> DateMention:
    """The date of an event whose text gives none: the anchor's week, or unknown."""
    if anchor is None:
        return DateMention(None, "unknown", -1, -1, "default", 0.2)
    return DateMention(anchor, "week", -1, -1, "default", 0.3)


# --------------------------------------------------------------------------- report dates
# A date that a reporting verb governs is the day of the report, not of the event: "a annoncé lundi",
# "dans un communiqué publié ce samedi", "a indiqué l'armée dans la nuit de mardi à mercredi", "officials said on
# Saturday", "told reporters on Friday", "confirming the toll on Tuesday". Between the verb and the date only the
# words of a source or a channel may stand (a statement, the army, social media), never a clause of its own.
_SOURCE_WORDS = {
    "fr": r"(?:dans|par|sur|via|a|au|aux|la|le|les|l'\S*|un|une|son|sa|ses|leur|leurs|du|de|des|d'\S*|communique|bilan|provisoire|"
          r"officiel|officielle|armee|malienne|nigerienne|burkinabe|autorites|gouvernement|reseaux|sociaux|television|radio|"
          r"nationale|publique|presse|agence|afp|reuters|source|sources|securitaire|securitaires|locale|locales|"
          r"etat-major|forces|armees|ministere|defense|porte-parole|message|declaration|video|transmise?|envoyee?|adressee?|"
          r"parvenue?)",
    "en": r"(?:in|via|through|on|to|a|an|the|its|their|his|her|statement|communique|release|press|interview|message|briefing|report|"
          r"social|media|television|radio|broadcast|state|national|news|agency|afp|reuters|ap|reporters|journalists|"
          r"video|post|posted|online|sent|issued|released|emailed|shared)",
}
_REPORT_VERBS = {
    # (a speaker's appeal, demand or condemnation is a statement too: "RSF a appelé lundi à libérer ...", "Amnesty a
    # condamné mardi les exécutions": its day is the statement's, not the act's)
    "fr": rf"(?<!\bete )\b(?:{words_re('report_verbs', 'fr')}|inform|publi|diffus|signal|assur|soulign|appel|exig|condamn|"
          rf"denonc)(?:e|ee|es|ees|ait|aient)\b"
          r"|\brendue?s? publi(?:c|cs|que|ques)\b|\bfait savoir\b|\bcommunique (?:du|en date du|date du)\b",
    # "claimed" reports only with an object of responsibility ("claimed responsibility", "claimed the attack",
    # "claimed that"): never a toll ("claimed at least 12 lives"), nor the participle ("the attack claimed by JNIM")
    "en": rf"(?<!\bwas )(?<!\bwere )(?<!\bbeen )\b(?:{words_re('report_verbs', 'en')}|published|posted|issued|released|"
          r"called (?:on|for)|urged|demanded|condemned|denounced|appealed|"
          r"claimed(?= (?:responsibility|credit|that)\b| (?:the |an? |its |\S+'s )?(?:\S+ )?(?:attacks?|ambush(?:es)?|"
          r"raids?|killings?|assaults?|bombings?|strikes?|operations?|abductions?|kidnappings?)\b)|confirming the "
          r"(?:\S+ )?(?:toll|attack|deaths?|killings?))\b",
}
# A claim's verb reports its own day only with the day right after it ("a revendiqué jeudi l'attaque", "revendiquée ce
# samedi") or after the channel of the claim ("dans un communiqué"), never a day that dates the act it claims
# ("a revendiqué l'attaque du 12 mars", "l'embuscade de samedi"): its object is the act
_CLAIM_BEFORE_FR = re.compile(r"\brevendiqu(?:e|ee|es|ees|ait|aient)\s+(?:(?:dans|via|par|sur)\s+(?:(?!(?:attaques?|assauts?|"
                              r"embuscades?|raids?|attentats?|operations?|enlevements?|incursions?)\b)[^\s,;.]+\s+){1,6}?)?"
                              r"(?:ce |le |cette |dans la (?:nuit|soiree|matinee|journee) (?:de |du )?)?$")
_REPORT_CACHE: dict[str, re.Pattern] = {}


def _report_before(lang: str) -> re.Pattern:
    if lang not in _REPORT_CACHE:
        tail = r"(?:ce |le |cette |dans la (?:nuit|soiree|matinee|journee) (?:de |du )?)?" if lang == "fr" else r"(?:on |late |early )?"
        _REPORT_CACHE[lang] = re.compile(rf"(?:{_REPORT_VERBS[lang]})(?:\s+{_SOURCE_WORDS[lang]}){{0,8}}\s+{tail}$")
    return _REPORT_CACHE[lang]


# A date that opens a sentence (alone, or after the statement that carries it: "Dans un communiqué publié lundi, ...",
# "In a statement on Monday, ...") and is followed by the reporting verb of its subject, with no clause between them
# ("Lundi, le gouverneur a indiqué que ...", "On Monday, the army said ...") is the day of the report too. A date
# followed by a clause of its own before the verb ("Samedi, des hommes armés ont tué six villageois, a indiqué ...")
# dates that clause: a comma, a semicolon or a stop ends the subject.
_OPENING = {
    "fr": re.compile(r"^\W*(?:(?:dans|par|via|selon)\s+(?:[^\s,;.]+\s+){0,5})?(?:ce\s+|le\s+|en date du\s+)?$"),
    "en": re.compile(r"^\W*(?:(?:in|through|via)\s+(?:[^\s,;.]+\s+){0,5})?(?:on\s+|late\s+|early\s+)?$"),
}
_AFTER_CACHE: dict[str, re.Pattern] = {}


def _report_after(lang: str) -> re.Pattern:
    if lang not in _AFTER_CACHE:
        # the subject's words hold no verb of their own: an auxiliary stands only right before the reporting verb
        # (nor, in English, a past tense of violence: "On Monday gunmen killed six villagers the army said")
        aux = r"(?:a|ont|est|sont|avait|avaient|has|have|had|was|were|is|are)"
        stop = rf"(?:{aux}|killed|attacked|stormed|raided|ambushed|abducted|kidnapped|shot|burned|burnt|bombed|struck|hit|" \
               r"seized|fired|opened|clashed|looted)"
        stop = stop[:-1] + "|marched|protested|demonstrated|rallied)"
        _AFTER_CACHE[lang] = re.compile(rf"^\s*,?\s*(?:(?!{stop}\s)[^\s,;.:]+\s+){{1,7}}?(?P<aux>{aux}\s+)?"
                                        rf"(?P<verb>{_REPORT_VERBS[lang]})")
    return _AFTER_CACHE[lang]


# a protest's statement is its own event ("marched and stated their demands", "les manifestants ont déclaré")
_PROTESTERS = re.compile(r"\b(?:manifestant\w*|marcheurs?|protestataires?|protesters?|demonstrators?|marchers?|"
                         r"manifestation\w*|protests?|demonstrations?|sit-in)\b")
# in French, a finite verb with its auxiliary after a participle of the subject ("des hommes armés signalés depuis
# lundi ont tué", "confirmés par des témoins ont incendié"): the participle was no reporting verb
# (a plural auxiliary with any verb; "a" is also the folded "à": only with a participle of violence)
_FINITE_AFTER = re.compile(r"^[^,;.:]*?\b(?:(?:ont|avaient|sont|etaient)\s+(?!(?:ete|de|du|des|la|le|les|un|une|l)\b)\w+|"
                           r"(?:a|avait|est)\s+(?:tue|abattu|attaque|incendie|enleve|kidnappe|pille|tire|frappe|assassine|"
                           r"execute|blesse|detruit|pris|occupe|cible|vise|saccage|brule|fait|tendu|ouvert|egorge|massacre)\b)")
_CLAUSE_END = re.compile(r"\bque\b|\bqu'|[,;.:]")


def _opens_report(f: str, s: int, e: int, lang: str) -> bool:
    """Whether the date at ``s:e`` of the folded sentence ``f`` opens it and its subject's reporting verb follows:
    the verb is the subject's own (a French participle in the subject, "signalés par des témoins", or an English one,
    "reported by", is not; nor a verb after "and", whose subject did something else first) and no protest's."""
    if _OPENING[lang].match(f[:s]) is None:
        return False
    m = _report_after(lang).match(f[e:])
    if m is None or _PROTESTERS.search(f[e : e + m.end()]):
        return False
    rest = f[e + m.end() :]
    if lang == "en":
        return not rest.startswith(" by ") and not f[e : e + m.start("verb")].endswith(" and ")
    if m.group("aux"):
        return True
    if m.group("verb").endswith(("es", "ee", "ees")):
        return False  # "confirmés", "signalée": a participle of the subject
    end = _CLAUSE_END.search(rest)
    return not _FINITE_AFTER.match(rest[: end.start()] if end else rest)


# A day told as the day after the event ("Dimanche 15 mars, au lendemain de l'attaque, ...", "On Sunday, the day after
# the raid, ..."): the event is the day before it
_DAY_AFTER = re.compile(r"\s*[,(]?\s*(?:soit\s+|i\.e\.\s+)?(?:au lendemain|le lendemain|the day after|a day after)\s+"
                        r"(?:du|de la|de l'|des|d'une?|de|the|of the)\s*(?:\S+\s+)?(?:drame|attaques?|embuscade|massacre|"
                        r"tuerie|assaut|raid|incursion|attacks?|ambush|massacre|killings?|assault|tragedy)\b")


# In English the day may stand between the subject and its reporting verb ("The group on Friday claimed the attack",
# "Officials on Monday said ..."): the day is the verb's, the report's
_VERB_AFTER_EN = re.compile(rf"\s+(?:(?:has|have|had)\s+)?(?:{_REPORT_VERBS['en']})")


def report_dates(mentions: list[DateMention], text: str, lang: str, offset: int = 0,
                 folded: str | None = None) -> list[DateMention]:
    """``mentions`` (found in ``text``, offsets shifted by ``offset``) with the dates of a report marked kind "report"
    (``folded``: ``fold(text)``, when the caller has it)."""
    lang = lang if lang in ("fr", "en") else "fr"
    f = fold(text) if folded is None else folded
    rx = _report_before(lang)
    agency_after, agency_before = _agency_res()
    out: list[DateMention] = []
    for d in mentions:
        s = d.start - offset
        if d.kind != "default" and s >= 0 and (rx.search(f[max(0, s - 90) : s]) or _restates_report(out, f, s, offset)
                                              or (lang == "fr" and _CLAIM_BEFORE_FR.search(f, max(0, s - 90), s))
                                              or _opens_report(f, s, d.end - offset, lang)
                                              or (lang == "en" and _VERB_AFTER_EN.match(f, d.end - offset))
                                              or agency_after.match(f, d.end - offset) or agency_before.search(f, 0, s)):
            d = DateMention(d.date, d.precision, d.start, d.end, "report", d.confidence, d.calendar)
        elif d.date is not None and d.precision == "day" and s >= 0 and _DAY_AFTER.match(f, d.end - offset):
            d = DateMention(d.date - dt.timedelta(days=1), "day", d.start, d.end, d.kind, d.confidence, None)
        elif (d.kind == "relative" and out and (said := out[-1]).kind == "report" and said.date is not None
              and said.precision == "day" and _EVE.fullmatch(f[s : d.end - offset])):
            # "Le gouverneur a indiqué mardi que ... la veille", "officials said on Tuesday that ... the previous day":
            # the day before the statement's day, not before the publication's
            d = DateMention(said.date - dt.timedelta(days=1), "day", d.start, d.end, d.kind, d.confidence, None)
        out.append(d)
    return out


# the day before the moment a sentence tells from (read after a statement's day, :func:`report_dates`)
_EVE = re.compile(r"la veille|the previous day|the day before")


@functools.cache
def _agency_res() -> tuple[re.Pattern, re.Pattern]:
    """A news agency's name in brackets right after a date and right before one: a wire's dateline run into the text
    (a place, a day, the agency, maybe the wire's own date string, then the story): the date before the agency's name,
    or right after it, is the day the story was filed. The names are :data:`structure.NEWS_AGENCIES` (structure reads
    this module: the list is read when first needed)."""
    from .structure import agencies_re

    names = agencies_re(folded=True)
    return re.compile(rf"\s*\(\s*{names}\s*\)"), re.compile(rf"\(\s*{names}\s*\)\s*[-\u2013\u2014:]?\s*$")


def _restates_report(before: list[DateMention], f: str, s: int, offset: int) -> bool:
    """Whether the date at ``s`` of ``f`` restates, in parentheses, the report date just before it ("told AFP on
    Sunday (January 15)", "a annoncé lundi (14 mars)")."""
    prev = before[-1] if before else None
    return prev is not None and prev.kind == "report" and 0 <= s - (prev.end - offset) <= 3 \
        and f[prev.end - offset : s].strip() == "("


# --------------------------------------------------------------------------- the date of an event
_RELATIVE = re.compile(r"\b(?:which|that|who|qui|dont|earlier|previous|precedente?s?|after|apres|before|avant|since|depuis|"
                       r"revenge|represailles|released|liberee?s?)\b[^,;]*$|\bback\s+$")
# a clause the sentence's event does not govern, opened after a comma by a noun phrase in apposition or a relative
# word (", a town besieged two years ago", ", une localité attaquée en mars", ", where ... in 2019"): a month or a
# count of months or years back read there dates that background, never the event
_BACKGROUND = re.compile(r"[,;(\u2013\u2014]\s*(?:(?:a|an|the|un|une|le|la|les|ce|cette|cet|which|where|whose|who|when|"
                         r"qui|ou|où|dont|lorsque|quand)\s+|l['’]|\w{3,}(?:ed|é|ée|és|ées)\s)[^,;(\u2013\u2014]*$")
_APPOSITION = re.compile(r",\s*(?:\w{3,}(?:é|és|ée|ées)|\w{3,}ed)\s+(?:\S+\s+){0,2}$")
# an inserted breakdown ("the 64 villagers, among them nine herders, executed on 3 May"): the participle after it
# goes on with the noun the breakdown interrupted, it is no apposition
_BREAKDOWN = re.compile(r",\s*(?:including|among them|among whom|dont|notamment|parmi (?:eux|elles|lesquels|lesquelles)|"
                        r"y compris)\b[^,;.]*$")


def _in_apposition(text: str, s: int, at: int) -> bool:
    """Whether the date at ``at`` of the sentence starting at ``s`` of ``text`` stands in a participle apposition
    (", enlevés le 25 août,", ", kidnapped on 3 May,"): it dates something else than the sentence's event."""
    head = text[max(s, at - 30) : at].lower()
    m = _APPOSITION.search(head)
    if m is None:
        return False
    comma = max(s, at - 30) + m.start()
    return not _BREAKDOWN.search(text[max(s, comma - 120) : comma].lower())


_WEEKDAY_NAMES = re.compile(r"\b(" + "|".join(WEEKDAYS["fr"] + WEEKDAYS["en"]) + r")\b")


def _named_weekday(mention: str) -> int | None:
    """The weekday (0 Monday to 6 Sunday) a date mention names ("samedi dernier", "on Saturday"), or None."""
    m = _WEEKDAY_NAMES.search(fold(mention).lower())
    return None if m is None else (WEEKDAYS["fr"] + WEEKDAYS["en"]).index(m.group(1)) % 7


def _resolve_against(d: DateMention, anchor: dt.date, text: str) -> DateMention | None:
    """Mention ``d`` of ``text`` read again with ``anchor``, or None when it still gives no date."""
    for lang in ("fr", "en"):
        found = [m for m in find_dates(text[d.start : d.end], anchor, lang, d.start) if m.date is not None]
        if found:
            m = found[0]
            return DateMention(m.date, m.precision, d.start, d.end, m.kind, min(m.confidence, 0.7))
    return None


def _day_in_week(week: DateMention, later: list[list[DateMention]]) -> DateMention | None:
    """The first day a later sentence of the event gives within the week a vague relative date stands for ("killed
    ... earlier this week" ... "the attack on Monday"; "la semaine dernière" ... "mardi"), or None."""
    for found in later:
        for d in found:
            if d.kind not in ("report", "month", "default") and d.precision == "day" and d.date is not None \
                    and abs((d.date - week.date).days) <= 3:
                return d
    return None


# a full date in a later sentence of an event this long before the anchor, when no sentence before it dates the event
# and a word of that sentence marks another event, is the day of an earlier event the story recalls ("the first
# attack, on 10 June 2020, ...", "déjà en mars dernier", "a similar raid"), not this event's; without such a word the
# later sentence points back at the event ("the killings took place on ...", "l'attaque, survenue le ...") and a late
# report (an NGO's, a weekly's) keeps its date
_EARLIER_EVENT = dt.timedelta(days=30)
# a sentence in the pluperfect tells what happened before the event ("a similar attack had hit", "avait frappé")
_PLUPERFECT = re.compile(r"\b(?:had|avait|avaient)\b")
_RECALL = re.compile(
    r"\b(?:deja|auparavant|precedent\w*|une autre|un autre|d'autres|semblable\w*|similaire\w*|l'an (?:dernier|passe)|"
    r"l'annee (?:derniere|passee)|(?:le|la|les) premi(?:er|ere|ers|eres)\b|" + MONTHS_RE + r" (?:dernier|passe)|"
    r"already|earlier|previous(?:ly)?|prior|another|other attacks?|similar|last year|(?:the|a) first|last " + MONTHS_RE
    + r")\b")


# the participle or relative clause of an event the sentence only recalls, before its day ("les auteurs de l'attaque
# survenue le 17 mars ont été arrêtés le 2 mai", "the men who carried out the raid on 3 May were held on 9 June"); the
# event's own verbs ("which left 12 dead on Sunday", "who killed three") are no recall
_RECALLED_DAY = re.compile(r"\b(?:survenue?s?|perpetree?s?|commise?s?|ayant (?:\S+ )?(?:perpetre|commis|mene|organise)|"
                          r"(?:qui|that|which|who) (?:a|ont|avait|avaient|had|has|have)? ?(?:\S+ )?(?:perpetre|commis|"
                          r"mene|organise|carried out|perpetrated|committed|staged)|carried out|"
                          r"perpetrated|committed|staged)\b[^;.]*$")
# the follow-up act a sentence may tell after recalling an event, just before its own day (an arrest, a charge, a
# trial, a sentence), and the words that make that day a claim's, a statement's or a report's instead
_FOLLOW_UP_ACT = re.compile(r"\b(?:arret\w*|interpell\w*|apprehend\w*|captur\w*|inculp\w*|condamn\w*|juge\w*|proces|"
                            r"ecroue\w*|detenu\w*|arrested|detained|held|captured|apprehended|charged|tried|trial|"
                            r"sentenced|convicted|jailed)\b")
_CLAIM_OR_STATEMENT = re.compile(r"\b(?:revendiqu\w*|communique|declar\w*|annonc\w*|affirm\w*|indiqu\w*|rapport\w*|"
                                 r"selon|claim\w*|said|says|stated|statement|announc\w*|report\w*|according)\b")


def _follow_up_day(text: str, after: int, day: DateMention) -> bool:
    """Whether ``day`` is the day of a follow-up act (an arrest, a trial, a sentence) told after the position
    ``after``, and not the day of a claim, a statement or a report."""
    head = fold(text[max(after, day.start - 80) : day.start]).lower()
    return _FOLLOW_UP_ACT.search(head) is not None and _CLAIM_OR_STATEMENT.search(head) is None


def _without_recalled(known: list[DateMention], text: str, s: int) -> list[DateMention]:
    """The days of a sentence's event among its ``known`` dates: a day told in the clause of an earlier event the
    sentence recalls (:data:`_RECALLED_DAY`) is left out when the sentence's own act is a follow-up act told with a
    later day (:func:`_follow_up_day`); never in favour of a claim's, a statement's or a report's day."""
    keep = [d for d in known if not (d.kind != "month" and _RECALLED_DAY.search(fold(text[max(s, d.start - 100) : d.start]).lower())
                                     and any(o.date > d.date and _follow_up_day(text, d.end, o)
                                             for o in known if o is not d))]
    return keep or known


# English "on the 3rd": a day of the month the text is telling (:func:`_of_month_told`)
_ORDINAL_DAY_EN = re.compile(r"on the (\d{1,2})(?:st|nd|rd|th)")


def _of_month_told(d: DateMention, anchor: dt.date | None, text: str) -> DateMention:
    """``d`` on the month of the last day and month the text writes before it when ``d`` is an English "on the
    3rd" ("... on May 2. On the 3rd, the army ...": 3 May); unlike French "le 3 courant", which names the anchor's
    month, it is the anchor's month only when no month was named before. Never after the anchor: then ``d``."""
    if anchor is None or d.kind != "relative" or d.date is None \
            or not (m := _ORDINAL_DAY_EN.fullmatch(fold(text[d.start : d.end]).lower())):
        return d
    told = [t for t in find_dates(text[: d.start], anchor, "en") if t.kind == "absolute" and t.precision == "day"
            and t.date is not None]
    if not told:
        return d
    last = told[-1].date
    month = last.replace(day=1)
    if int(m.group(1)) < last.day:  # "On May 28 ... on the 3rd": the month after
        month = (month + dt.timedelta(days=31)).replace(day=1)
    with contextlib.suppress(ValueError):
        day = month.replace(day=int(m.group(1)))
        if day <= anchor:
            return DateMention(day, "day", d.start, d.end, d.kind, d.confidence, None)
    return d


def event_date(spans: list[tuple[int, int]], mentions: list[list[DateMention]], anchor: dt.date | None,
               text: str) -> DateMention:
    """The date of an event told by the sentences at ``spans`` of ``text`` (its main sentence first), from the
    date mentions of each sentence.

    - the day of a report ("a annoncé lundi", "officials said on Saturday") never dates the event;
    - a month ("en mars", "in mid-February") dates the event only from its main sentence, not from a relative
      clause there ("which left 19 dead in March 2016"), and a day given there wins over it;
    - a date inside an apposition (", enlevés le 25 août,") dates something else;
    - a full date or a report's day in a later sentence over :data:`_EARLIER_EVENT` before the anchor, in a
      sentence a recall or contrast word marks as another event's (:data:`_RECALL`: "the first attack, on 10 June
      2020, ...", "déjà", "a similar raid"), dates nothing; without one ("the killings took place on 5 March") it does;
    - a mention the text cannot resolve ("lundi", "jeudi 9 octobre" with no anchor) takes the first full date
      of the event's later sentences when that date is its day ("ce lundi 3 mars 2025", "le 9 octobre 2025");
      otherwise it stays unknown;
    - an unresolved day and month written with its weekday takes its year from the calendar when the text narrows
      it to one (:func:`_by_calendar`), before a report's day stands in;
    - with no other date, the day of the report stands in (the event is on or before it), at low confidence;
      else an unresolved mention (date unknown); else the anchor's week (:func:`default_date`).
    """
    unresolved = report = None
    recalled = False
    for i, ((s, _), found) in enumerate(zip(spans, mentions)):
        found = [_of_month_told(d, anchor, text) for d in found]
        # a recall word marks its sentence and the ones after it ("The first, on ... left 13 dead. The authorities
        # announced on June 22 ...") as another event's
        recalled = recalled or (i > 0 and _RECALL.search(fold(text[s:spans[i][1]]).lower()) is not None)
        if recalled and anchor is not None:
            found = [d for d in found if d.date is None or d.kind not in ("absolute", "report")
                     or d.date >= anchor - _EARLIER_EVENT]
        report = report or next((d for d in found if d.kind == "report" and d.date is not None), None)
        ds = [d for d in found if d.kind != "report" and (d.kind != "month" or (
            i == 0 and not _RELATIVE.search(head := text[max(s, d.start - 80) : d.start].lower())
            and not _BACKGROUND.search(head)))]
        main = [d for d in ds if not _in_apposition(text, s, d.start)]
        if i > 0 and not main:
            main = ds
        known = [d for d in main if d.date is not None]
        if i == 0 and len(known) > 1:
            known = _without_recalled(known, text, s)
        if known:
            best = next((d for d in known if d.kind != "month"), known[0])
            if unresolved is not None:
                # the text's own full date gives the year of the main sentence's yearless day ("jeudi 9
                # octobre" ... "le 9 octobre 2025") or is its weekday ("lundi" ... "ce lundi 3 mars 2025"); a
                # weekday that would only resolve against another day stays unknown (the interface rule: relative
                # dates resolve against the publication date or a dateline, never against another date of the text)
                again = _resolve_against(unresolved, best.date, text) if best.kind == "absolute" else None
                if again is not None and (unresolved.kind == "absolute" or again.date == best.date):
                    return again
                if unresolved.kind == "weekday" and best.kind == "absolute" and best.precision == "day" \
                        and _named_weekday(text[unresolved.start : unresolved.end]) == best.date.weekday() \
                        and not recalled and not _PLUPERFECT.search(fold(text[s : spans[i][1]]).lower()):
                    # "Samedi dernier, ..." with no anchor, then "le samedi 12 juin 2021, ...": the event's own full date
                    # is the day the weekday names (a guess: the weekday matches one day in seven), unless its sentence
                    # tells another attack ("a similar attack had hit ...")
                    return DateMention(best.date, "day", best.start, best.end, "absolute", min(best.confidence, 0.5))
                if unresolved.kind == "relative" and best.kind == "absolute" and best.precision == "day":
                    # "tués hier" with no anchor, then "le dimanche 7 mars 2021 vers 16h, ...": the event's own sentences
                    # give the day whole, and no anchor gives "hier" another
                    return DateMention(best.date, "day", best.start, best.end, "absolute", min(best.confidence, 0.7))
                return _by_calendar(unresolved, text)
            if best.kind == "relative" and best.precision == "week":
                # a day of its own sentence ("At the weekend, the minister visited Foo, where gunmen had killed four on
                # Thursday") or of a later one
                return _day_in_week(best, [[d for d in known if d.start > best.start]] + mentions[i + 1 :]) or best
            return best
        if main and unresolved is None:
            unresolved = main[0]
    if unresolved is not None and (by_cal := _by_calendar(unresolved, text)).date is not None:
        return by_cal
    if unresolved is not None and (whole := _written_whole(unresolved, text)) is not None:
        return whole
    if report is not None:
        # the event is on or before the day it was reported: that day stands in, as the anchor would, and at the
        # anchor's precision (the report's day is a bound, not the event's day)
        prec = "week" if report.precision == "day" else report.precision
        return DateMention(report.date, prec, report.start, report.end, "report", min(report.confidence, 0.5))
    if unresolved is not None:
        return unresolved
    return default_date(anchor)
