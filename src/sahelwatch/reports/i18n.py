"""The report's languages: the message catalogue and locale-aware formatting of numbers and dates.

Every word the report prints comes from ``data/messages.yaml`` (one entry per key, with
``en`` and ``fr``); one template serves both languages. Numbers follow each language's
convention: English ``1,234.5``; French ``1 234,5`` with a narrow no-break space
(U+202F) between thousands, as the Imprimerie nationale and CLDR recommend.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from importlib import resources
from typing import Mapping

import yaml

from ..errors import UsageError

LANGUAGES: tuple[str, ...] = ("en", "fr")
#: The thousands separator of French (narrow no-break space), as CLDR gives it.
FR_THOUSANDS = "\u202f"


@functools.cache
def _catalogue() -> Mapping[str, Mapping[str, object]]:
    text = (resources.files("sahelwatch.reports") / "data" / "messages.yaml").read_text(encoding="utf-8")
    doc = yaml.safe_load(text)
    messages = doc.get("messages") or {}
    for key, entry in messages.items():
        missing = [lang for lang in LANGUAGES if lang not in (entry or {})]
        if missing:
            raise ValueError(f"messages.yaml: {key!r} lacks {', '.join(missing)}")
    return messages


@dataclass(frozen=True)
class Locale:
    """One language of the report: its messages and its number and date formats."""

    lang: str

    def __post_init__(self) -> None:
        if self.lang not in LANGUAGES:
            raise UsageError(f"--lang must be one of {', '.join(LANGUAGES)}, got {self.lang!r}")

    # ------------------------------------------------------------------ messages
    def t(self, key: str, **values) -> str:
        """The message ``key`` in this language, with ``{name}`` placeholders filled."""
        try:
            text = _catalogue()[key][self.lang]
        except KeyError:
            raise KeyError(f"messages.yaml has no message {key!r}") from None
        return str(text).format(**values) if values else str(text)

    def has(self, key: str) -> bool:
        return key in _catalogue()

    def months(self, short: bool = False) -> list[str]:
        return list(_catalogue()["months_short" if short else "months"][self.lang])

    # ------------------------------------------------------------------ numbers
    def number(self, value: float | int | None, decimals: int = 0) -> str:
        """``1234`` as ``1,234`` (en) or ``1 234`` (fr); ``None`` as an en dash."""
        if value is None:
            return "–"
        text = f"{value:,.{decimals}f}"
        if self.lang == "fr":
            text = text.replace(",", FR_THOUSANDS).replace(".", ",")
        return text

    def signed(self, value: float | int, decimals: int = 0) -> str:
        """A change with its sign: ``+12``, ``−3`` (a true minus sign), ``0``."""
        body = self.number(abs(value), decimals)
        if value > 0:
            return "+" + body
        if value < 0:
            return "\u2212" + body
        return body

    def percent(self, value: float, decimals: int = 0) -> str:
        """A signed percentage: ``+12%`` (en), ``+12 %`` (fr, with a no-break space)."""
        sign = self.signed(value, decimals)
        return f"{sign}\u00a0%" if self.lang == "fr" else f"{sign}%"

    def share(self, value: float, decimals: int = 0) -> str:
        """An unsigned percentage: ``35%`` (en), ``35 %`` (fr)."""
        body = self.number(value, decimals)
        return f"{body}\u00a0%" if self.lang == "fr" else f"{body}%"

    # ------------------------------------------------------------------ dates
    def date(self, d: dt.date | None) -> str:
        """``14 February 2026`` (en) or ``14 février 2026`` (fr); 1st of the month as ``1er`` in French."""
        if d is None:
            return "–"
        month = self.months()[d.month - 1]
        if self.lang == "fr":
            day = "1er" if d.day == 1 else str(d.day)
            return f"{day} {month} {d.year}"
        return f"{d.day} {month} {d.year}"

    def short_date(self, d: dt.date | None) -> str:
        """A compact date for tables: ``14 Feb 2026`` (en), ``14 févr. 2026`` (fr)."""
        if d is None:
            return "–"
        return f"{d.day} {self.months(short=True)[d.month - 1]} {d.year}"

    def month_label(self, year: int, month: int) -> str:
        return f"{self.months(short=True)[month - 1]} {year}"

    def quarter_label(self, year: int, quarter: int) -> str:
        return f"{self.t('quarter_short', q=quarter)} {year}"
