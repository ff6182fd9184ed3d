"""Event dates, resolved against the text's anchor: its publication date, else its dateline.

The anchor is the publication date when the record gives one, else the date of a dateline in
the text ("BAMAKO, 14 mars 2023 (AFP) -"). The machine's clock is never an anchor. With no
anchor, explicit dates ("le 14 mars 2023") still stand; a relative date ("mardi",
"yesterday") and a day and month with no year have date ``None`` and precision ``unknown``.

Rules (stated, tested):
- A full date beside a weekday is one mention and the full date wins ("mardi 14 mars 2023",
  "Tuesday, March 14, 2023").
- A weekday ("mardi", "on Tuesday", "last Tuesday", "mardi soir") is the most recent such
  day on or before the anchor. "Last <weekday>" said on that very weekday means
  seven days earlier.
- "dans la nuit de samedi à dimanche" / "overnight Saturday to Sunday" is the first night's
  day (Saturday), as ACLED codes night events to the day they began.
- "hier"/"yesterday", "overnight", "last night"/"cette nuit" are publication - 1, "avant-hier" - 2, "aujourd'hui"/"ce jour"/"today"
  the publication date; "la veille" in a foreground sentence is publication - 1.
- A day and month without a year ("le 11 septembre", "on September 11") is the most recent
  such date not after the anchor; with no anchor its year is unknown.
- "ce week-end"/"this weekend" is the Saturday, precision week ("last weekend"/"le week-end
  dernier": the Saturday before the anchor's day); "earlier this week"/"en début de semaine" is
  the anchor minus three days, precision week.
- With no date in the text, the event gets the anchor at precision "week" (reports are
  written within days of the event) and a low confidence; with no anchor, no date
  (precision ``unknown``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..folding import fold_aligned as fold

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
_EN_MONTH_ABBR = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


@dataclass(frozen=True, slots=True)
class DateMention:
    date: dt.date | None  # None: the text does not give it (precision "unknown")
    precision: str  # day | week | month | unknown
    start: int
    end: int
    kind: str  # absolute | weekday | relative | default
    confidence: float


def _wd_re(lang):
    return "|".join(WEEKDAYS[lang])


def _month_re(lang):
    names = list(MONTHS[lang])
    if lang == "en":
        names += [a + r"\.?" for a in _EN_MONTH_ABBR if a != "may"]
    return "|".join(sorted(names, key=len, reverse=True))


_PATTERNS: dict[str, list[tuple[str, re.Pattern]]] = {}


def _patterns(lang: str):
    if lang in _PATTERNS:
        return _PATTERNS[lang]
    wd, mo = _wd_re(lang), _month_re(lang)
    if lang == "fr":
        pats = [
            ("night", rf"\bnuit (?:de|du) (?P<wd>{wd}) (?:a|au) (?:{wd})\b"),
            ("dm", rf"\b(?:(?:{wd}),? (?:le )?)?(?P<d>\d{{1,2}}|1er|premier)(?: (?:et|au) \d{{1,2}})? (?P<m>{mo})(?: (?P<y>\d{{4}}))?\b"),
            ("weekday", rf"\b(?:ce |le |dans la nuit de )?(?P<wd>{wd})(?: (?:soir|matin|apres-midi|nuit|dernier))?\b"),
            ("rel", r"\b(?P<rel>avant-hier|hier soir|hier|aujourd'hui|ce jour|la veille|ce week-end|ce weekend|le week-end dernier|le weekend dernier|en debut de semaine|cette semaine|la semaine derniere|la nuit derniere|cette nuit)\b"),
        ]
    else:
        pats = [
            ("night", rf"\b(?:overnight|night of|the night of) (?P<wd>{wd})(?: (?:to|into) (?:{wd}))?\b"),
            ("md", rf"\b(?:(?:{wd}),? )?(?P<m>{mo}) (?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,? (?P<y>\d{{4}}))?\b"),
            ("dm", rf"\b(?:(?:{wd}),? (?:the )?)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?(?P<m>{mo})(?:,? (?P<y>\d{{4}}))?\b"),
            ("weekday", rf"\b(?P<last>last |on |this |late |early )?(?P<wd>{wd})(?: (?:night|morning|evening|afternoon))?\b"),
            ("rel", r"\b(?P<rel>the day before yesterday|yesterday|today|this weekend|over the weekend|last weekend|earlier this week|this week|last week|the previous day|the day before|overnight|last night)\b"),
        ]
    _PATTERNS[lang] = [(k, re.compile(p)) for k, p in pats]
    return _PATTERNS[lang]


def _month_index(name: str, lang: str) -> int:
    name = name.rstrip(".")
    if name in MONTHS[lang]:
        return MONTHS[lang].index(name) + 1
    return _EN_MONTH_ABBR.index(name[:3]) + 1


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


_NUMERIC = re.compile(r"\b(?:(?P<iy>(?:19|20)\d{2})-(?P<im>\d{1,2})-(?P<id>\d{1,2})|(?P<d>\d{1,2})[/.](?P<m>\d{1,2})[/.](?P<y>(?:19|20)\d{2}))\b")


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


def find_dates(text: str, anchor: dt.date | None, lang: str, offset: int = 0) -> list[DateMention]:
    """Every date expression in ``text``, resolved against ``anchor`` (the publication date or
    the dateline; None when the text has neither); offsets are shifted by ``offset``.

    Explicit dates resolve without an anchor; the others then have date ``None`` and precision
    ``unknown``.
    """
    lang = lang if lang in ("fr", "en") else "fr"
    f = fold(text)
    out: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for m in _NUMERIC.finditer(f):
        d = _numeric_date(m, lang)
        if d is not None:
            taken.append(m.span())
            out.append(DateMention(d, "day", m.start() + offset, m.end() + offset, "absolute", 0.95))
    for kind, pat in _patterns(lang):
        for m in pat.finditer(f):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            d = None
            prec, conf, k = "day", 0.9, "absolute"
            if kind in ("dm", "md"):
                day = m.group("d")
                day = 1 if day in ("1er", "premier") else int(day)
                y = int(m.group("y")) if m.group("y") else None
                d = _day_month(day, _month_index(m.group("m"), lang), y, anchor)
                conf = 0.95
                if d is None and anchor is not None:
                    continue  # not a date (31 February)
            elif kind in ("weekday", "night"):
                k, conf = "weekday", 0.85
                if anchor is not None:
                    wd = WEEKDAYS[lang].index(m.group("wd"))
                    last = (m.groupdict().get("last") or "").strip() == "last"
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
                elif r in ("ce week-end", "ce weekend", "this weekend", "over the weekend", "last weekend",
                           "le week-end dernier", "le weekend dernier"):
                    d = weekday_on_or_before(anchor, 5, strictly_before="last" in r or "dernier" in r)
                    prec, conf = "week", 0.6
                else:  # this week / last week
                    d = anchor - dt.timedelta(days=3 if "this" in r or "cette" in r else 7)
                    prec, conf = "week", 0.5
            if d is None:
                prec, conf = "unknown", 0.3
            taken.append((s, e))
            out.append(DateMention(d, prec, s + offset, e + offset, k, conf))
    out.sort(key=lambda x: x.start)
    return out


def default_date(anchor: dt.date | None) -> DateMention:
    """The date of an event whose text gives none: the anchor's week, or unknown."""
    if anchor is None:
        return DateMention(None, "unknown", -1, -1, "default", 0.2)
    return DateMention(anchor, "week", -1, -1, "default", 0.3)
