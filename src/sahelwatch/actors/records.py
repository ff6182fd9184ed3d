"""The registry's value objects: actors, their sources, lineage links and dates (all frozen)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from types import MappingProxyType
from typing import Mapping

from ..errors import SahelwatchError
from ..model import InterCode

#: Actor types, each with its ACLED inter code.
ACTOR_TYPES: Mapping[str, InterCode] = MappingProxyType(
    {
        "state_forces": InterCode.STATE_FORCES,
        "rebel_group": InterCode.REBEL_GROUP,
        "political_militia": InterCode.POLITICAL_MILITIA,
        "identity_militia": InterCode.IDENTITY_MILITIA,
        "rioters": InterCode.RIOTERS,
        "protesters": InterCode.PROTESTERS,
        "civilians": InterCode.CIVILIANS,
        "external_forces": InterCode.EXTERNAL_OTHER_FORCES,
    }
)

#: Lineage relations. ``became`` and ``merged_into`` carry an organisation's history
#: into its successor (see :meth:`Registry.expand_lineage`); the others only record.
RELATIONS: tuple[str, ...] = ("merged_into", "became", "split_into", "joined", "replaced_by")
ROLLUP_RELATIONS: frozenset[str] = frozenset({"merged_into", "became"})

TAGS: frozenset[str] = frozenset({"humanitarian", "officials", "peacekeepers"})

ID_PATTERN = re.compile(r"^[a-z][a-z0-9_]*$")
ISO3_PATTERN = re.compile(r"^[A-Z]{3}$")


class RegistryError(SahelwatchError):
    """A registry data file breaks its contract; the message names the file and entry."""


# --------------------------------------------------------------------------- value objects
@dataclass(frozen=True, slots=True, order=True)
class FuzzyDate:
    """A date known to the day, the month or the year (``precision``)."""

    value: dt.date
    precision: str = "day"  # day | month | year

    @classmethod
    def parse(cls, raw: object, where: str) -> "FuzzyDate | None":
        if raw is None or raw == "":
            return None
        if isinstance(raw, dt.datetime):
            return cls(raw.date())
        if isinstance(raw, dt.date):
            return cls(raw)
        text = str(raw).strip()
        m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", text)
        if not m:
            raise RegistryError(f"{where}: cannot read date {raw!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
        y, mo, d = m.groups()
        if d:
            return cls(dt.date(int(y), int(mo), int(d)))
        if mo:
            return cls(dt.date(int(y), int(mo), 1), "month")
        return cls(dt.date(int(y), 1, 1), "year")

    @property
    def last_day(self) -> dt.date:
        """The last day this date may stand for."""
        if self.precision == "day":
            return self.value
        if self.precision == "month":
            nxt = (self.value.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
            return nxt - dt.timedelta(days=1)
        return self.value.replace(month=12, day=31)

    def __str__(self) -> str:
        if self.precision == "year":
            return f"{self.value.year:04d}"
        if self.precision == "month":
            return f"{self.value.year:04d}-{self.value.month:02d}"
        return self.value.isoformat()


@dataclass(frozen=True, slots=True)
class Source:
    key: str
    url: str
    publisher: str
    title: str
    published: dt.date | None
    accessed: dt.date

    @property
    def date(self) -> dt.date:
        """The publication date when the page states one, else the date it was read."""
        return self.published or self.accessed

    def to_dict(self) -> dict:
        return {
            "key": self.key,
            "url": self.url,
            "publisher": self.publisher,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "accessed": self.accessed.isoformat(),
        }


@dataclass(frozen=True, slots=True)
class LineageLink:
    """``predecessor`` --relation--> ``successor`` on ``date``."""

    predecessor: str
    successor: str
    relation: str
    date: FuzzyDate | None
    note: str | None = None

    def to_dict(self) -> dict:
        return {
            "predecessor": self.predecessor,
            "successor": self.successor,
            "relation": self.relation,
            "date": str(self.date) if self.date else None,
            "note": self.note,
        }


@dataclass(frozen=True, slots=True)
class Specialisation:
    """A generic actor that stands, at a date and place, for a more specific one.

    Example: "Military Forces of France" in Mali on 2013-02-01 is Operation Serval.
    """

    ids: tuple[str, ...]
    countries: frozenset[str]  # ISO3; empty means anywhere
    start: dt.date | None
    end: dt.date | None
    require_country: bool = False

    def applies(self, date: dt.date, iso3: str | None) -> bool:
        if self.start and date < self.start:
            return False
        if self.end and date > self.end:
            return False
        if iso3 is None:
            return not self.require_country
        return not self.countries or iso3 in self.countries


@dataclass(frozen=True, slots=True)
class Family:
    id: str
    label_en: str
    label_fr: str
    colour: str


@dataclass(frozen=True, slots=True)
class Actor:
    id: str
    name_en: str
    name_fr: str  # '' only for entries awaiting review
    name_ar: str  # Arabic transliteration (Latin script); '' only for entries awaiting review
    aliases: tuple[str, ...]
    actor_type: str
    inter_code: InterCode
    family: str
    affiliation: str
    active_from: FuzzyDate | None
    active_to: FuzzyDate | None
    countries: tuple[str, ...]  # ISO3
    sources: tuple[Source, ...]
    file: str
    parent: str | None = None
    state: str | None = None  # ISO3 of the state an official force belongs to
    branch: str | None = None  # military | police | gendarmerie | national_guard | government | ...
    generic: bool = False  # a category (civilians, government of X ...) rather than one organisation
    tags: frozenset[str] = frozenset()
    ucdp_ids: tuple[int, ...] = ()
    specialisations: tuple[Specialisation, ...] = ()
    successors: tuple[LineageLink, ...] = ()
    predecessors: tuple[LineageLink, ...] = ()
    needs_review: bool = False
    note: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(n for n in (self.name_en, self.name_fr, self.name_ar) if n))

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "names": {"en": self.name_en, "fr": self.name_fr, "ar": self.name_ar},
            "aliases": list(self.aliases),
            "type": self.actor_type,
            "inter_code": int(self.inter_code),
            "family": self.family,
            "affiliation": self.affiliation,
            "parent": self.parent,
            "state": self.state,
            "branch": self.branch,
            "generic": self.generic,
            "tags": sorted(self.tags),
            "active": {
                "from": str(self.active_from) if self.active_from else None,
                "to": str(self.active_to) if self.active_to else None,
            },
            "countries": list(self.countries),
            "ucdp_ids": list(self.ucdp_ids),
            "predecessors": [link.to_dict() for link in self.predecessors],
            "successors": [link.to_dict() for link in self.successors],
            "sources": [s.to_dict() for s in self.sources],
            "needs_review": self.needs_review,
            "note": self.note,
            "file": self.file,
        }
