"""Name folding shared by every place-name table of the geo package.

``fold_name`` makes the matching key of a name: accents removed, lower case, '&' read as
'and', apostrophes, hyphens and punctuation turned into spaces, spaces collapsed.
"Ségou" -> "segou", "Côte d'Ivoire" -> "cote d ivoire", "Bosnia-Herzegovina" ->
"bosnia herzegovina". The canonical spelling of a unit is kept apart, in the tables.
"""

from __future__ import annotations

import re
import unicodedata

import numpy as np

_PUNCT = re.compile(r"[^0-9a-z]+")
#: Letters that Unicode does not decompose into a base letter and an accent.
_EXTRA = str.maketrans({"ø": "o", "ß": "ss", "æ": "ae", "œ": "oe", "ł": "l", "đ": "d", "ı": "i",
                        "’": "'", "‘": "'", "ʼ": "'"})


def fold_name(name) -> str | None:
    """The matching key of a place name (``None`` for a missing or blank name)."""
    if name is None or (isinstance(name, float) and np.isnan(name)):
        return None
    s = str(name).strip()
    if not s:
        return None
    s = unicodedata.normalize("NFKD", s.lower().translate(_EXTRA))
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.replace("&", " and ")
    s = _PUNCT.sub(" ", s).strip()
    return s or None


def fold_names(names) -> np.ndarray:
    """:func:`fold_name` over an array, folding each distinct value once."""
    arr = np.asarray(names, dtype=object).reshape(-1)
    if arr.size == 0:
        return arr
    keys = np.array([x if isinstance(x, str) else None for x in arr], dtype=object)
    uniq = {}
    out = np.empty(arr.size, dtype=object)
    for i, x in enumerate(keys):
        if x not in uniq:
            uniq[x] = fold_name(x)
        out[i] = uniq[x]
    return out
