"""Language identification from stop-word profiles: French, English or other.

A text is French or English when enough of its words are that language's function
words; otherwise it is ``other``. It needs no model and runs in microseconds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..folding import fold_aligned as fold

_FR = frozenset(
    """le la les un une des du de d l au aux et ou mais donc or ni car que qui quoi dont ou
    ce cet cette ces son sa ses leur leurs il elle ils elles on nous vous se s n ne pas plus
    est sont ete a ont avait avaient etait etaient sera dans par pour sur avec sans sous entre
    selon lors apres avant vers chez contre aussi deja tres tous tout toute toutes lundi mardi
    mercredi jeudi vendredi samedi dimanche hier selon""".split()
)
_EN = frozenset(
    """the a an and or but of to in on at by for with from into after before about over
    is are was were be been being has have had will would could should this that these those
    it its they them their he she his her we our you not no as which who whom whose than
    also said says according monday tuesday wednesday thursday friday saturday sunday yesterday
    near killed""".split()
)
_WORD = re.compile(r"[a-z]+")
MIN_HITS = 3
MIN_SHARE = 0.12


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    lang: str  # fr | en | other
    score: float  # share of words that are stop words of the chosen language
    words: int


def detect_language(text: str) -> LanguageGuess:
    words = _WORD.findall(fold(text[:5000]).replace("'", " "))
    if not words:
        return LanguageGuess("other", 0.0, 0)
    fr = sum(w in _FR for w in words)
    en = sum(w in _EN for w in words)
    n = len(words)
    lang, hits = ("fr", fr) if fr >= en else ("en", en)
    share = hits / n
    if hits < min(MIN_HITS, max(1, n // 4)) or share < MIN_SHARE:
        return LanguageGuess("other", round(share, 3), n)
    return LanguageGuess(lang, round(share, 3), n)
