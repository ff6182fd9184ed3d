"""How actor names are compared: one normal form for English, French and transliterated names."""

from __future__ import annotations

import re
import unicodedata

_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'", "–": "-", "—": "-", "‐": "-"})
_DROP = re.compile(r"[\"“”«»]")
_ARTICLE = re.compile(r"^(?:(?:the|les|la|le|des|du|de\s+la)\s+|(?:de\s+)?l')", re.IGNORECASE)
_SPACE = re.compile(r"\s+")
_EDGE = re.compile(r"^[\s.,;:!?()\[\]-]+|[\s.,;:!?()\[\]-]+$")


def normalise(name: str | None) -> str:
    """Case-folded, accent-free, article-free form of a name; '' for nothing.

    >>> normalise("les FAMa")
    'fama'
    >>> normalise("l'État islamique au Grand Sahara")
    'etat islamique au grand sahara'
    """
    if not name:
        return ""
    s = unicodedata.normalize("NFKD", str(name).translate(_QUOTES))
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = _DROP.sub("", s).casefold()
    s = _SPACE.sub(" ", s).strip()
    s = _EDGE.sub("", s)
    s = _ARTICLE.sub("", s)
    return _SPACE.sub(" ", s).strip()
