"""What every program reader gives: one :class:`ProgramRow` per source row, and what is shared
between the readers (dates, status words, the contact columns that are never read)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ..folding import words
from ..sources.reader import Reject

#: the dates a program may have; outside them a date is a typing error (1905, year 0201)
EARLIEST_YEAR, LATEST_YEAR = 1960, 2060

#: words that mark a column of personal contact details: it is dropped before any value is read
_CONTACT_WORDS = ("contact", "e mail", "email", "courriel", "mail", "telephone", "phone", "tel", "personne",
                  "focal", "responsable", "gsm", "whatsapp")


def is_contact_column(header: object, tag: object = None) -> bool:
    """A column of names, e-mails or phones, by its HXL tag (``#contact...``) or its header words."""
    if isinstance(tag, str) and tag.replace(" ", "").lower().startswith("#contact"):
        return True
    w = f" {words(header)} " if isinstance(header, str) else ""
    return any(f" {c} " in w for c in _CONTACT_WORDS)


@dataclass
class ProgramRow:
    """One row of a program file, before its area is matched and the row is checked."""

    line: int
    raw: str  # the row as written, contact columns left out (for the quarantine)
    program_key: tuple  # rows with the same key belong to one program
    program_id: str | None = None  # when the file names the program
    title: str | None = None
    organisation: str | None = None
    org_roles: list = field(default_factory=list)  # [(name, role)]
    sector: str | None = None
    activity: str | None = None
    dac_code: str | None = None
    program_type: str | None = None
    status: str | None = None
    start: object = None
    end: object = None
    budget_value: float | None = None
    budget_currency: str | None = None
    budget_usd: float | None = None
    beneficiaries: float | None = None
    iso3: str | None = None
    admin1: str | None = None
    admin1_pcode: str | None = None
    admin2: str | None = None
    admin2_pcode: str | None = None
    admin3_pcode: str | None = None
    lat: float | None = None
    lon: float | None = None
    source_url: str | None = None
    error: str | None = None  # a reader's reason to reject the row


@dataclass
class ReadResult:
    format: str
    rows: list[ProgramRow]
    rejects: list[Reject] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    #: folded admin2 name -> P-code, from a list the file carries (a hidden sheet)
    lookup: dict = field(default_factory=dict)


_STATUS = (
    ("pipeline", ("planifie", "prevu", "pipeline", "planned", "identification", "en preparation")),
    ("implementation", ("en cours", "ongoing", "active", "implementation", "en execution", "actif")),
    ("completed", ("termine", "acheve", "completed", "closed", "cloture", "fini", "finalisation")),
    ("suspended", ("suspendu", "suspended")),
    ("cancelled", ("annule", "cancelled")),
)
#: IATI ActivityStatus codes
IATI_STATUS = {"1": "pipeline", "2": "implementation", "3": "completed", "4": "completed", "5": "cancelled",
               "6": "suspended"}


def status_of(value: object) -> str | None:
    """The status in sahelwatch's words (pipeline, implementation, completed, suspended, cancelled)."""
    if value is None:
        return None
    s = str(value).strip()
    if s in IATI_STATUS:
        return IATI_STATUS[s]
    w = f" {words(s)} "
    for status, keys in _STATUS:
        if any(f" {k} " in w for k in keys):
            return status
    return "other" if s else None


_DMY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")


def parse_date(value: object) -> tuple[dt.date | None, str | None]:
    """(date, error): a cell or string as a date; an unreadable or implausible one is an error."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    d = None
    if isinstance(value, dt.datetime):
        d = value.date()
    elif isinstance(value, dt.date):
        d = value
    else:
        s = str(value).strip()
        m = _DMY.match(s)
        try:
            if m:
                d = dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
            else:
                d = dt.date.fromisoformat(s[:10])
        except ValueError:
            return None, f"unreadable date {s!r}"
    if not EARLIEST_YEAR <= d.year <= LATEST_YEAR:
        return None, f"implausible date {d.isoformat()} (outside {EARLIEST_YEAR}-{LATEST_YEAR})"
    return d, None


def parse_number(value: object) -> tuple[float | None, str | None]:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        v = float(value)
    else:
        s = str(value).strip().replace("\u202f", "").replace("\xa0", "").replace(" ", "")
        s = s.replace(",", ".") if s.count(",") == 1 and "." not in s else s.replace(",", "")
        try:
            v = float(s)
        except ValueError:
            return None, f"not a number: {str(value).strip()!r}"
    if v != v or v in (float("inf"), float("-inf")) or v < 0:
        return None, f"not a usable amount: {value!r}"
    return v, None
