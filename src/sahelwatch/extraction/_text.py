"""Text helpers shared by the extraction steps.

``fold`` keeps the length of the text (one character in, one out), so every offset
found on folded text is an offset into the original text: evidence spans stay valid.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

_APOSTROPHES = {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"}
_SPECIAL = {"œ": "o", "Œ": "o", "æ": "a", "Æ": "a", "ß": "s", "\u00a0": " ", "\u202f": " ", "\u2009": " ",
            "«": '"', "»": '"', "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2011": "-", "\u2010": "-"}


@lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    if c.isascii():
        return c.lower()
    if c in _APOSTROPHES:
        return "'"
    if c in _SPECIAL:
        return _SPECIAL[c]
    base = unicodedata.normalize("NFD", c)[0].lower()
    return base[0] if base else c


def fold(text: str) -> str:
    """Lower-case, strip accents and normalise apostrophes, keeping every offset."""
    if text.isascii():
        return text.lower()
    return "".join(_fold_char(c) for c in text)


def fold_key(name: str) -> str:
    """A comparison key for names: folded, punctuation and spacing collapsed."""
    return re.sub(r"[\s\-_'’.]+", " ", fold(name)).strip()


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


WORD_RE = re.compile(r"[\w'’\-]+", re.UNICODE)
