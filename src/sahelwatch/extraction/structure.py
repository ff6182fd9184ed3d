"""The parts of a news page: headline, dateline, lead, body, captions and related links.

A page pasted or scraped whole carries furniture around the story: a headline (often with
the same toll as the lead), a dateline ("BAMAKO, 14 mars 2023 (AFP) -", "Publié le
14/03/2023"), photo captions and credits ("(Photo: ...)", "© AFP"), and links to other
stories ("Lire aussi", "Read also"). Events are taken from the lead and the body only; the
other parts are blanked out (same length, so every offset still points into the page), and
the dateline's date anchors relative dates when the record has no publication date or the story was filed a few days
before it (:func:`anchor`).

Rules, line by line (a line is a paragraph of the page):

- related: a line that opens with "Lire aussi", "À lire", "Voir aussi", "Sur le même sujet",
  "Read also", "Read more", "See also", "Related", or the rest of a line from such a cue; after the
  story has begun, a list of links: two or more bulleted lines in a row ("- ", "• "), each short and
  none ending as a sentence does (the titles of other stories);
- caption: a short line (under 300 characters) with a photo credit ("Photo :", "©",
  "Crédit", "AFP PHOTO", "Getty Images", "REUTERS/", "File photo", "Photo d'archives", "Photo by"), and any "(Photo ...)" or "(© ...)"
  parenthesis inside a line;
- headline: the first line, when the page has more lines after it, the line is short (at
  most 200 characters) and does not end as a sentence does; a short unpunctuated line between
  it and the lead (a subhead, a byline) is headline matter too;
- dateline: a short line that opens with "Publié le", "Mis à jour le", "Published",
  "Updated", "Publish date", or the opening of a paragraph before a dash: a place in capitals or a
  place and a date, optionally the country and the agency ("NIAMEY (Reuters) -", "Ouagadougou, le 3 février 2022 -",
  "GAO, Mali, May 14, 2029 (AP) —"), the date after the agency ("Tillabéri (ANP) 14 mai 2029 -"),
  or a place and a bracket that holds a date ("Dosso, (Site / Agency - 2nd Feb, 2024) :"); the agencies are
  :data:`NEWS_AGENCIES`, the one list the places (a run-in dateline's place) and the dates (its day) read too;
- the page's publication stamp (its date furniture), in the head or a line of its own among the page's
  first six lines, or further down when it is the page's one line that is a full date alone: a line that is a full date and few other words (at most six in the head after its
  first line, else four; a time, reading counts and a reading time are not counted), not ending as a
  sentence does ("9 November 2024", "samedi 14 septembre 2024 • 1 083 vues • 2 commentaires", "Jane Roe
  May 27, 2024 · 4 min read", "27 mai 2024 | Temps de lecture : 4 min"); in a line of the head, a
  "Publié le"/"Published" cue and its date, or a numeric date (slashes, dots or dashes) with its time or
  set off by separators ("Agence • 17/09/2024 à 09:41", "03-11-2024 21:07 - Title", "Site | 2024-11-03
  9h07"), or a numeric date ending the line before a source's name ("... 21.01.2024, Agence");
- comments: once the story has begun, a line that is only the heading of readers' comments ("Commentaires (3)",
  "12 réactions", "Réagissez", "Leave a reply") and every line after it (their dates are the days readers wrote);
- standfirst: a line over 150 characters after the headline is the lead, not headline matter;
- lead: the first remaining paragraph; body: the others.
- the headline's day ("... tués dimanche près de Boni"; not a report's day, not a month) dates the first event when
  its lead and body date nothing (:func:`headline_date`), as the headline's toll stands for a toll they do not give.

A text with no line breaks (an ACLED note, a wire brief) is all lead, unless it opens with a
dateline.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..folding import fold_aligned as fold
from .dates import DateMention, find_dates, report_dates
from .prefilter import guard
from .sentences import ends_sentence, trim

STORY = ("lead", "body")

_RELATED = guard(
    r"(?:^|(?<=[\s.!?]))(?:[-•*>]\s*)?(?:a lire (?:aussi|egalement)|lire (?:aussi|egalement|la suite)|a lire|voir aussi|"
    r"sur le meme sujet|nos articles|read also|also read|read more|see also|related(?: stories| articles| content)?|"
    r"more on this)\s*[:>\-–—]"
)
_RELATED_LINE = re.compile(
    r"^\s*(?:[-•*>]\s*)?(?:a lire (?:aussi|egalement)|lire (?:aussi|egalement)|a lire\b|voir aussi|sur le meme sujet|"
    r"read also|also read|read more|see also|related\b)"
)
_CREDIT = guard(
    r"(?:\(\s*photo\b|^\s*photo\s*:|\bphoto\s*:|©|\bcredit(?: photo)?\s*:|\bcredits?\s+photo|\bafp photo\b|"
    r"\bphoto d'illustration\b|\bimage caption\b|\bcaption\s*:|\bgetty images\b|\breuters/|/\s*afp\b|\bafp via\b|"
    r"\bfile (?:photo|picture|image)\b|\bphotos? d'archives?\b|\b(?:ap|epa|xinhua|anadolu|aa) photo\b|\bphoto by\b)"
)
_CREDIT_PAREN = re.compile(r"\(\s*(?:photo|©|credit|image)[^()\n]{0,200}\)")
_PUBLISHED = r"(?:publie|mis a jour|mise a jour|derniere mise a jour|date de publication|published|updated|posted|publish date)"
# (after a source's name set off by a bar or a bullet: "Agence | Updated: 15-07-2031 03:15 | Created: ...")
_PUBLISHED_LINE = re.compile(rf"^\s*(?:[^\n|•·]{{1,40}}[|•·]\s*)?(?:{_PUBLISHED}|date)\b[^\n]{{0,120}}$")
# a page's publication stamp inside a line of the head: "... Publié le samedi 5 août 2023 | site",
# "Agence • 17/09/2024 à 09:41", "03-11-2024 21:07 - Title", "... selon une... 21.01.2024, Agence"
_PUBLISHED_IN = re.compile(rf"\b{_PUBLISHED}\s*(?:le|on|:)?\s*")
_NUMERIC_DATE = r"(?:\d{1,2}([/.-])\d{1,2}\1(?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})"
_TIME = r"(?:\d{1,2}\s*[:h]\s*\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)"
_STAMP = re.compile(
    rf"\b{_NUMERIC_DATE}(?:\s*(?:à|a|at|,|-)?\s*{_TIME}\b)?(?=\s*(?:[-–—|•:]|$))"  # a numeric date set off
    rf"|\b{_NUMERIC_DATE}\s*(?:à|a|at|,|-)?\s*{_TIME}\b",  # a numeric date with its time
    re.IGNORECASE,
)
# a numeric date ending a line before a source's name: an aggregator's stamp ("... selon une... 21.01.2024, Agence")
_TRAILING_STAMP = re.compile(rf"\b{_NUMERIC_DATE},?(?:\s+[A-ZÀ-Ý][\w'’.-]*){{1,3}}\s*$")
_LINE_TIME = re.compile(_TIME, re.IGNORECASE)
# a stamp line's counters and reading time, in either language ("1 083 vues", "2 commentaires", "4 min read",
# "Temps de lecture : 3 min", "Reading time: 5 minutes", "1,204 views"): not words of a sentence
_COUNTERS = re.compile(
    r"\b(?:temps de lecture|dur[ée]e de lecture|reading time|read time|lecture)\s*:?"
    r"|\b\d[\d\s.,\u202f]*\s*(?:lectures?|vues?|views?|reads?|commentaires?|comments?|partages?|shares?|likes?|"
    r"r[ée]actions?|min(?:ute)?s?\.?(?:\s+(?:de\s+lecture|read|reading))?|mn(?:\s+de\s+lecture)?)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]{2,}")
# the heading of a page's comments, alone on its line ("Commentaires (3)", "12 réactions", "Leave a reply"): what
# follows it is readers' talk, its dates the days they wrote
_COMMENTS = re.compile(
    r"^\s*(?:(?:\d+\s+)?(?:commentaires?|comments?)|\d+\s+(?:reactions?|responses?|replies)|vos commentaires|"
    r"(?:laisser|laissez|ajouter|postez|poster) un commentaire|reagissez|reagir a cet article|leave a (?:comment|reply)|"
    r"add a comment|join the conversation)\s*(?:\(\d+\))?\s*:?\s*$"
)
#: the news agencies and wire services, as they sign a story: their name in brackets after a place (and a date) marks
#: a dateline ("NIAMEY (AFP) -", "Foo, June 5 (Reuters)"), where and when the story was filed (the places and the
#: dates read the same list)
NEWS_AGENCIES = ("AFP", "AP", "Reuters", "Xinhua", "Anadolu", "AA", "APA", "APS", "ANP", "AIB", "ATOP", "ABP", "AMAP",
                 "ANI", "MAP", "ACP", "UPI", "dpa", "EFE", "ATS", "RFI", "Sputnik")


def agencies_re(folded: bool = False) -> str:
    """:data:`NEWS_AGENCIES` as one alternation, each name as it is written (``folded``: in lower case, for folded
    text)."""
    return "(?:" + "|".join(name.lower() if folded else name for name in NEWS_AGENCIES) + ")"


_AGENCY = r"\((?i:" + agencies_re() + r"|reuters/[^)]{0,30})\)"
_DATELINE_HEAD = re.compile(
    r"\s*(?P<place>[A-ZÀ-Ý][A-ZÀ-Ý'’ .-]{2,40}|[A-ZÀ-Ý][\w'’ .-]{2,40}?)"
    r"(?:\s*\([^)\n\d]{1,40}\))?"  # (Mali); a bracket with a date is the byline below
    r"(?:\s*,\s*[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,2}(?=\s*,[^\n()]{3,40}?(?:19|20)\d{2}))?"  # ", Mali" before a date
    r"(?P<date>\s*,\s*(?:le\s+)?[^\n,()]{3,40}?(?:,\s*(?:19|20)\d{2})?)?"  # ", March 12, 2023"
    r"(?P<agency>\s*" + _AGENCY + r")?"
    r"(?P<after>\s*,?\s+(?:le\s+)?\d{1,2}(?:er)?\s+[^\W\d]{3,9}\.?\s+(?:19|20)\d{2})?"  # "Niamey (ANP) 11 mars 2024 -"
    r"(?P<byline>\s*,?\s*\([^()\n]{3,80}\))?"  # "Dosso, (Site / Agency - 2nd Feb, 2024) :"
    r"(?:\s*[-–—:]\s+|\s*:(?=\S)|\s*$)"
)


@dataclass(frozen=True, slots=True)
class Block:
    kind: str  # headline | dateline | lead | body | caption | related | comments
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Layout:
    blocks: tuple[Block, ...]
    dateline: DateMention | None  # the dateline's date, when it gives one

    def furniture(self) -> list[tuple[int, int]]:
        """The spans of everything but the lead and body."""
        return [(b.start, b.end) for b in self.blocks if b.kind not in STORY]

    def story(self, text: str) -> str:
        """``text`` (or its folded form) with everything but the lead and body blanked, offsets kept."""
        return blank(text, self.furniture())

    def kinds(self, text: str) -> dict[str, list[str]]:
        """The text of each part, by kind (for inspection and tests)."""
        out: dict[str, list[str]] = {}
        for b in self.blocks:
            out.setdefault(b.kind, []).append(text[b.start : b.end].strip())
        return out


# a dateline this many days before the publication date is the day the story was written (a wire story filed one day,
# put online the next): its relative dates ("hier", "on Sunday") count from the dateline
DATELINE_LEAD_DAYS = 7


def anchor(page: Layout, published: dt.date | None) -> dt.date | None:
    """The date that relative dates of the page's text resolve against, or None (then they stay unknown; never the clock):

    - the page's dateline when it is a day up to :data:`DATELINE_LEAD_DAYS` days before the publication date
      (the story was filed then), else the publication date;
    - with no publication date, the dateline;
    - with neither, None (the interface rule): a date the story writes in its lead ("ce 22 mars 2012", "said on 12
      January 2022") may be history, a future meeting or a report's day, never the day the story was written.
    """
    line = page.dateline if page.dateline is not None and page.dateline.precision == "day" else None
    if published is not None:
        if line is not None and 0 < (published - line.date).days <= DATELINE_LEAD_DAYS:
            return line.date
        return published
    if page.dateline is not None:
        return page.dateline.date
    return None


# a headline told around another moment than the violence: funerals, burials, mourning, a visit, a meeting, a trial
# ("les habitants enterrent dimanche leurs morts", "Funerals held on Sunday"); its day is that moment's
_OTHER_MOMENT = guard(r"\b(?:enterr\w*|inhum\w*|obseques|funerailles|deuil|recueill\w*|hommage|commemor\w*|"
                      r"reunion\w*|sommet|proces|scrutin|funerals?|buri(?:ed|al|als)|mourn\w*|"
                      r"vigils?|memorial|tribute|ceremon\w*|visit\w*|meeting\w*|summit|trial|elections?|vote)\b")
# a day the headline counts from or after ("une semaine après l'attaque de lundi", "two days after Sunday's raid",
# "since Sunday"): the event was before or after it, not on it
_COUNTED_FROM = re.compile(r"\b(?:apres|after|since|depuis|suite a|following)\b[^,;:.!?]*$")


def headline_date(page: Layout, text: str, at: dt.date | None, lang: str) -> DateMention | None:
    """The day the page's headline gives its story ("Mali : dix soldats tués dimanche près de Boni", "Sunday ambush
    kills ten"), resolved against the anchor ``at``, or None. The headline is furniture (no event is read from it):
    its day stands only for a first event whose lead and body date nothing. A report's day ("l'armée annonce mardi
    ...") and a month are no event's day, nor the day of funerals, a visit or a meeting (:data:`_OTHER_MOMENT`), nor
    a day counted from ("une semaine après l'attaque de lundi"); it keeps the confidence of a date read outside the story."""
    for b in page.blocks:
        if b.kind != "headline":
            continue
        line = text[b.start : b.end]
        folded = fold(line).lower()
        if _OTHER_MOMENT.search(folded):
            return None
        for d in report_dates(find_dates(line, at, lang, b.start), line, lang, b.start):
            if _COUNTED_FROM.search(folded[: d.start - b.start]):
                continue
            if d.date is not None and d.kind not in ("report", "month") and d.precision == "day":
                return DateMention(d.date, d.precision, d.start, d.end, d.kind, min(d.confidence, 0.6), d.calendar)
        return None  # the first headline line only: a subhead or a byline is no title
    return None


def blank(text: str, spans) -> str:
    """``text`` with ``spans`` replaced by spaces, line breaks kept (same length: offsets stay valid)."""
    if not spans:
        return text
    out = list(text)
    for a, b in spans:
        for i in range(a, b):
            if out[i] not in "\n\r":
                out[i] = " "
    return "".join(out)


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        s, e = trim(text, pos, pos + len(line))
        pos += len(line) + 1
        if e > s:
            out.append((s, e))
    return out


def _dateline_head(text: str, folded: str, s: int, e: int) -> tuple[int, int] | None:
    """The dateline at the opening of a paragraph, as a span, or None."""
    m = _DATELINE_HEAD.match(text, s, e)
    if not m:
        return None
    place = m.group("place").strip()
    caps = place.upper() == place and len(place) >= 3
    has_date = any(m.group(g) and (find_dates(m.group(g), None, "fr") or find_dates(m.group(g), None, "en"))
                   for g in ("date", "after"))
    if m.group("byline"):
        # a bracket after the place is a dateline only when it holds a full date (the page's byline and date)
        if not any(d.date is not None for lang in ("fr", "en") for d in find_dates(m.group("byline"), None, lang)):
            return None
        has_date = True
    if not (m.group("agency") or (caps and (has_date or text[m.end() - 2 : m.end()].strip() in "-–—"))
            or has_date):
        return None
    if not caps and not m.group("agency") and len(place.split()) > 3:
        return None
    return (m.start("place"), m.end())


def _stamp(text: str, folded: str, s: int, e: int, lang: str, bare_only: bool = False,
           words: int = 6) -> tuple[int, int] | None:
    """The span of a page's publication stamp in the line ``s:e``, or None: a line that is a full date and little
    else, its time, reading counts and reading time aside ("9 November 2024", "samedi 14 septembre 2024 • 1 083
    vues", "Jane Roe May 27, 2024 · 4 min read"), a "Publié le"/"Published" cue with its date, or a numeric date set
    off by separators, with its time, or ending the line before a name ("Agence • 17/09/2024 à 09:41",
    "03-11-2024 21:07 - ...", "21.01.2024, Agence")."""
    line = text[s:e]
    full = [d for d in find_dates(line, None, lang) if d.date is not None and d.kind == "absolute"]
    if full:
        rest = line
        for d in reversed(full):
            rest = rest[: d.start] + " " + rest[d.end :]
        rest = _LINE_TIME.sub(" ", _COUNTERS.sub(" ", rest))
        if e - s <= 100 and len(_WORD.findall(rest)) <= words and not ends_sentence(line, question=False):
            return s, e
    if bare_only:
        return None
    p = _PUBLISHED_IN.search(folded, s, e)
    if p is not None and any(d.start >= p.end() - s for d in full):
        return p.start(), e
    m = _STAMP.search(text, s, e) or _TRAILING_STAMP.search(text, s, e)
    if m is not None:
        return m.start(), e if e - m.end() <= 40 else m.end()
    return None


def _standfirst(text: str, s: int, e: int, blocks: list[Block]) -> bool:
    """Whether the line ``s:e`` after a headline is the standfirst, the lead of the story: a headline is short, and a
    long line after it ("Six soldiers were killed on Friday in ..., according to a...") tells the story."""
    return e - s > 150 and any(b.kind == "headline" for b in blocks)


_BULLET = re.compile(r"\s*[-•*>–—]\s+\S")


def _link_list(text: str, lines: list[tuple[int, int]]) -> set[int]:
    """The indexes of the lines in a list of links: two or more bulleted lines in a row, each short and
    none ending as a sentence does (the titles of other stories, "- Soldiers killed in ambush")."""
    out: set[int] = set()
    run: list[int] = []
    for i, (s, e) in enumerate(lines + [(0, 0)]):
        if e > s and e - s <= 160 and _BULLET.match(text, s) and not ends_sentence(text[s:e], question=False):
            run.append(i)
            continue
        if len(run) >= 2:
            out.update(run)
        run = []
    return out


def layout(text: str, lang: str, published: dt.date | None = None, folded: str | None = None) -> Layout:
    """The parts of a page (see the module doc); ``folded`` is ``fold(text)`` when the caller has it."""
    folded = fold(text) if folded is None else folded
    lines = _lines(text)
    blocks: list[Block] = []
    story_lines: list[tuple[int, int]] = []
    head_done = False
    listed = _link_list(text, lines)
    comments = False
    heads: dict[tuple[int, int], tuple[int, int] | None] = {}
    # a page with one line that is a full date and nothing else is stamped by it, wherever it stands (after a
    # caption, a repeated headline); a page with several (a chronology's days) is not
    bare = [i for i, (s, e) in enumerate(lines) if e - s <= 40 and _stamp(text, folded, s, e, lang, True, 0) is not None]
    stamp_line = bare[0] if len(bare) == 1 else None

    def dateline_head(s: int, e: int) -> tuple[int, int] | None:
        # a line of the head is asked about up to three times (dateline, headline, the story's opening)
        if (s, e) not in heads:
            heads[s, e] = _dateline_head(text, folded, s, e)
        return heads[s, e]

    for i, (s, e) in enumerate(lines):
        fl = folded[s:e]
        comments = comments or bool(story_lines and _COMMENTS.match(fl))
        if comments:
            blocks.append(Block("comments", s, e))
            continue
        if _RELATED_LINE.match(fl) or (i in listed and story_lines):
            blocks.append(Block("related", s, e))
            continue
        if len(lines) > 1 and e - s < 300 and _CREDIT.search(fl):
            blocks.append(Block("caption", s, e))
            continue
        if _PUBLISHED_LINE.match(fl) and find_dates(text[s:e], None, lang):
            blocks.append(Block("dateline", s, e))
            continue
        if not story_lines and e - s <= 120 and (d := dateline_head(s, e)) is not None and d[1] >= e:
            blocks.append(Block("dateline", s, e))
            continue
        if lines[i + 1 :] and (not story_lines or i < 6 or i == stamp_line) and (st := _stamp(
                text, folded, s, e, lang, bool(story_lines), 4 if story_lines or i == 0 else 6)) is not None:
            # the page's publication stamp: in a line of the head, or a line of its own at the top of the page
            blocks.append(Block("dateline", *st))
            if st[1] < e:
                blocks.append(Block("headline", st[1], e))
            if st[0] > s and not story_lines and _standfirst(text, s, st[0], blocks):
                head_done = True
                story_lines.append(trim(text, s, st[0]))
            elif st[0] > s:
                blocks.append(Block("headline", s, st[0]))
            continue
        if not head_done and not story_lines:
            if lines[i + 1 :] and e - s <= 200 and not _standfirst(text, s, e, blocks) \
                    and not ends_sentence(text[s:e], question=False) and not dateline_head(s, e):
                blocks.append(Block("headline", s, e))
                continue
        head_done = True
        story_lines.append((s, e))
    # inside the story: a dateline at the opening, credits in parentheses, trailing "Lire aussi" links
    first = True
    for s, e in story_lines:
        kind = "lead" if first else "body"
        if first:
            d = dateline_head(s, e)
            if d is not None:
                blocks.append(Block("dateline", d[0], d[1]))
                s = d[1]
        r = _RELATED.search(folded, s, e)
        if r is not None:
            blocks.append(Block("related", r.start(), e))
            e = r.start()
        if first and (st := _TRAILING_STAMP.search(text, s, e)) is not None:
            blocks.append(Block("dateline", st.start(), e))  # a standfirst's trailing stamp
            e = st.start()
        for c in _CREDIT_PAREN.finditer(folded, s, e):
            blocks.append(Block("caption", c.start(), c.end()))
        if folded[s:e].strip():
            blocks.append(Block(kind, s, e))
            first = False
    blocks.sort(key=lambda b: (b.start, b.end))
    dateline = None
    # the first dated dateline, a stamp that says it is the publication's ("Published: 27 Feb 2031") before a bare
    # date of the page's head (a site's header of the day it was read: "Tuesday April 16, 2031")
    datelines = [b for b in blocks if b.kind == "dateline"]
    for b in sorted(datelines, key=lambda b: _PUBLISHED_IN.search(folded, b.start, b.end) is None):
        found = [d for d in find_dates(text[b.start : b.end], published, lang, b.start) if d.date is not None]
        if found:
            dateline = found[0]
            break
    return Layout(tuple(blocks), dateline)
