"""How names are folded: one set of rules for every comparison and join key.

Every key made from a name (actor resolution, admin-name matching, gazetteer lookups, the
join keys of context tables, record linkage, extraction lexicons) is built here, so that
the same name gives the same key wherever it is read.

The rules, in order:

* letters: lower case (Unicode case folding), accents removed (``é -> e``), compatibility
  forms spelled out (``ﬁ -> fi``), and the letters Unicode does not decompose written with
  their base letters (``œ -> oe``, ``æ -> ae``, ``ß -> ss``, ``ø -> o``, ``ł -> l``,
  ``đ -> d``, ``ı -> i``, ``ð -> d``, ``þ -> th``);
* marks: every apostrophe (``’ ‘ ʼ ` ´``) reads ``'``, every dash reads ``-``, every
  double quote or guillemet reads ``"``, every space (no-break, thin) reads `` ``;
* words (:func:`words`): ``&`` reads ``and``; every run of characters that are neither
  letters nor digits (apostrophes, hyphens, punctuation, spaces, underscores) becomes one
  space; no leading or trailing space.

``fold("Œuvre d’Ségou") == "oeuvre d'segou"``;
``words("Côte d'Ivoire") == "cote d ivoire"``; ``compact("In-Délimane") == "indelimane"``.

:func:`fold_aligned` is the one exception: it keeps one character per character of the
text (so offsets found on folded text are offsets into the text), which means a letter that
folds to two (``œ``) keeps only the first (``o``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["compact", "fold", "fold_aligned", "join_key", "words"]

_TABLE = str.maketrans({
    # letters that Unicode does not decompose into a base letter and an accent
    "œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l",
    "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "þ": "th", "Þ": "th", "ß": "ss", "ẞ": "ss", "ı": "i",
    # apostrophes, dashes, double quotes
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'", "\u2032": "'",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "«": '"', "»": '"', "\u201c": '"', "\u201d": '"', "\u201e": '"',
})
_NOT_WORD = re.compile(r"[\W_]+")


def _fold_once(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.translate(_TABLE))
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return unicodedata.normalize("NFKD", s.casefold().translate(_TABLE))


@lru_cache(maxsize=200_000)
def _fold(text: str) -> str:
    s = text
    for _ in range(4):  # case folding can uncover an accent ("İ" -> "i̇"): fold until stable
        t = _fold_once(s)
        t = "".join(ch for ch in t if not unicodedata.combining(ch))
        if t == s:
            break
        s = t
    return s


def fold(text: str) -> str:
    """The letters and marks of ``text`` folded (see the module's rules); spacing is kept."""
    if text.isascii():
        return text.lower().replace("`", "'")
    return _fold(text)


class _AlignedTable(dict):
    """``str.translate`` table of :func:`fold_aligned`, filled in as characters are met."""

    def __missing__(self, code: int) -> str:
        if len(self) >= 100_000:  # a bound on a table that adversarial input could grow
            self.clear()
        c = chr(code)
        f = fold(c)
        out = self[code] = f[0] if f else c
        return out


_ALIGNED = _AlignedTable()


def fold_aligned(text: str) -> str:
    """:func:`fold`, one character out for each character in: ``len(fold_aligned(t)) == len(t)``.

    A character that folds to several keeps the first (``œ -> o``); one that folds to nothing
    (a lone combining accent) is kept as it is.
    """
    if text.isascii():
        return text.lower().replace("`", "'")
    return text.translate(_ALIGNED)


@lru_cache(maxsize=200_000)
def _words(text: str) -> str:
    return _NOT_WORD.sub(" ", fold(text).replace("&", " and ")).strip()


def words(name: object) -> str:
    """The words of a name, folded and separated by single spaces; ``""`` for nothing.

    ``words("N’Tillit") == "n tillit"``, ``words("Boucle du Mouhoun & Nord") == "boucle du mouhoun and nord"``.
    Anything that is not a string (None, NaN) has no words.
    """
    return _words(name) if isinstance(name, str) else ""


def compact(name: object) -> str:
    """:func:`words` without the spaces: ``"In-Délimane"``, ``"In Delimane"`` and ``"indelimane"`` agree."""
    return words(name).replace(" ", "")


def join_key(name: object) -> str | None:
    """:func:`words`, or ``None`` for a name without letters or digits (a missing join key)."""
    return words(name) or None
