"""How actor names are compared: the words of a name (:func:`sahelwatch.folding.words`) without
a leading article, one normal form for English, French and transliterated names."""

from __future__ import annotations

import re

from ..folding import words

_ARTICLE = re.compile(r"^(?:the|les|la|le|des|du|de la|de l|l)\s+")


def normalise(name: str | None) -> str:
    """Case-folded, accent-free, article-free words of a name; '' for nothing.

    >>> normalise("les FAMa")
    'fama'
    >>> normalise("l'État islamique au Grand Sahara")
    'etat islamique au grand sahara'
    """
    return _ARTICLE.sub("", words(name))
