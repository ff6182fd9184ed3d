"""Event dates, resolved against the publication date.

Rules (stated, tested):
- A weekday ("mardi", "on Tuesday", "last Tuesday", "mardi soir") is the most recent such
  day on or before the publication date. "Last <weekday>" said on that very weekday means
  seven days earlier.
- "dans la nuit de samedi à dimanche" / "overnight Saturday to Sunday" is the first night's
  day (Saturday), as ACLED codes night events to the day they began.
- "hier"/"yesterday" is publication - 1, "avant-hier" - 2, "aujourd'hui"/"ce jour"/"today"
  the publication date; "la veille" in a foreground sentence is publication - 1.
- A day and month without a year ("le 11 septembre", "on September 11") is in the
  publication year, or the year before when that would fall after publication.
- "ce week-end"/"this weekend" is the Saturday, precision week.
- With no date in the text, the event gets the publication date at precision "week"
  (reports are written within days of the event) and a low confidence.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ._text import fold

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
    date: dt.date
    precision: str  # day | week | month
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
            ("dm", rf"\b(?P<d>\d{{1,2}}|1er|premier)(?: (?:et|au) \d{{1,2}})? (?P<m>{mo})(?: (?P<y>\d{{4}}))?\b"),
            ("weekday", rf"\b(?:ce |le |dans la nuit de )?(?P<wd>{wd})(?: (?:soir|matin|apres-midi|nuit|dernier))?\b"),
            ("rel", r"\b(?P<rel>avant-hier|hier|aujourd'hui|ce jour|la veille|ce week-end|ce weekend|cette semaine|la semaine derniere)\b"),
        ]
    else:
        pats = [
            ("night", rf"\b(?:overnight|night of|the night of) (?P<wd>{wd})(?: (?:to|into) (?:{wd}))?\b"),
            ("md", rf"\b(?P<m>{mo}) (?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,? (?P<y>\d{{4}}))?\b"),
            ("dm", rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?(?P<m>{mo})(?:,? (?P<y>\d{{4}}))?\b"),
            ("weekday", rf"\b(?P<last>last |on |this |late |early )?(?P<wd>{wd})(?: (?:night|morning|evening|afternoon))?\b"),
            ("rel", r"\b(?P<rel>the day before yesterday|yesterday|today|this weekend|over the weekend|this week|last week|the previous day|the day before)\b"),
        ]
    _PATTERNS[lang] = [(k, re.compile(p)) for k, p in pats]
    return _PATTERNS[lang]


def _month_index(name: str, lang: str) -> int:
    name = name.rstrip(".")
    if name in MONTHS[lang]:
        return MONTHS[lang].index(name) + 1
    return _EN_MONTH_ABBR.index(name[:3]) + 1


def weekday_on_or_before(published: dt.date, weekday: int, strictly_before: bool = False) -> dt.date:
    delta = (published.weekday() - weekday) % 7
    if delta == 0 and strictly_before:
        delta = 7
    return published - dt.timedelta(days=delta)


def _day_month(d: int, m: int, y: int | None, published: dt.date) -> dt.date | None:
    year = y or published.year
    try:
        cand = dt.date(year, m, d)
    except ValueError:
        return None
    if y is None and cand > published + dt.timedelta(days=1):
        try:
            cand = dt.date(year - 1, m, d)
        except ValueError:
            return None
    return cand


def find_dates(text: str, published: dt.date, lang: str, offset: int = 0) -> list[DateMention]:
    """Every date expression in ``text``, resolved; offsets are shifted by ``offset``."""
    lang = lang if lang in ("fr", "en") else "fr"
    f = fold(text)
    out: list[DateMention] = []
    taken: list[tuple[int, int]] = []
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
                d = _day_month(day, _month_index(m.group("m"), lang), y, published)
                conf = 0.95
            elif kind in ("weekday", "night"):
                wd = WEEKDAYS[lang].index(m.group("wd"))
                last = (m.groupdict().get("last") or "").strip() == "last"
                d = weekday_on_or_before(published, wd, strictly_before=last)
                k, conf = "weekday", 0.85
            elif kind == "rel":
                r = m.group("rel")
                k, conf = "relative", 0.85
                if r in ("hier", "yesterday", "la veille", "the previous day", "the day before"):
                    d = published - dt.timedelta(days=1)
                elif r in ("avant-hier", "the day before yesterday"):
                    d = published - dt.timedelta(days=2)
                elif r in ("aujourd'hui", "ce jour", "today"):
                    d = published
                elif r in ("ce week-end", "ce weekend", "this weekend", "over the weekend"):
                    d = weekday_on_or_before(published, 5)
                    prec, conf = "week", 0.6
                else:  # this week / last week
                    d = published - dt.timedelta(days=3 if "this" in r or "cette" in r else 7)
                    prec, conf = "week", 0.5
            if d is None:
                continue
            taken.append((s, e))
            out.append(DateMention(d, prec, s + offset, e + offset, k, conf))
    out.sort(key=lambda x: x.start)
    return out


def default_date(published: dt.date) -> DateMention:
    return DateMention(published, "week", -1, -1, "default", 0.3)
