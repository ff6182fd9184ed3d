"""How the gazetteer reads a name: folding, matching keys, unit words, distances.

``fold`` and ``name_key`` make ``Ségou = SEGOU``, ``N'Tillit = Ntillit`` and
``In-Délimane = Indelimane``; ``split_unit`` reads the unit word that frames a name
("cercle de Douentza", "Tillabéri region", UCDP's "Nara town").
"""

from __future__ import annotations

import re

from ..folding import compact, words

TOKEN = re.compile(r"[^\W_]+")

#: Lower-case, accent-free words separated by single spaces: ``"N'Tillit" -> "n tillit"``.
fold = words
#: The matching key of a name: folded, without separators (``"In-Délimane" -> "indelimane"``).
name_key = compact


# Unit words that frame a name: "cercle de Douentza", "Tillabéri region", "province du Soum",
# and UCDP's "Nara town", "Boulikessi village".
_UNIT_WORDS = {
    "region": "admin1", "regions": "admin1",
    "cercle": "admin2", "cercles": "admin2", "province": "admin2", "provinces": "admin2",
    "departement": "admin2", "departements": "admin2", "department": "admin2",
    "prefecture": "admin2", "district": "admin2", "lga": "admin2", "state": "admin1",
    "town": "place", "village": "place", "city": "place", "ville": "place", "localite": "place",
    "commune": "place",
}
_LINKS = frozenset({"de", "du", "des", "d", "l", "la", "le", "of", "the"})


def split_unit(name: str) -> tuple[str, str | None]:
    """``"cercle de Douentza" -> ("douentza", "admin2")``; a bare name gives ``(name, None)``."""
    words = fold(name).split()
    kind = None
    if len(words) >= 2 and words[0] in _UNIT_WORDS:
        kind, words = _UNIT_WORDS[words[0]], words[1:]
    elif len(words) >= 2 and words[-1] in _UNIT_WORDS:
        kind, words = _UNIT_WORDS[words[-1]], words[:-1]
    if kind is None:
        return name, None
    while len(words) > 1 and words[0] in _LINKS:  # "de", "du", "d'", "l'", "the"
        words = words[1:]
    return " ".join(words), kind


_PLACE_WORDS = re.compile(
    r"^\s*(?:village|ville|town|city|commune|localit[ée])\s+(?:de\s+|du\s+|d['’]\s*|of\s+)?"
    r"|\s+(?:village|town|city)\s*$", re.IGNORECASE)


def place_name(location: str) -> tuple[str, str | None]:
    """A location string as a place name, and the level its unit word gives (``"Nara town"`` ->
    ``("Nara", "place")``, ``"Mopti region"`` -> ``("Mopti region", "admin1")``)."""
    location = location.strip()
    kind = split_unit(location)[1]
    if kind == "place":
        return _PLACE_WORDS.sub("", location).strip() or location, kind
    return location, kind


#: The role of a link word in :func:`token_role`.
LINK = "link"
#: Every word :func:`token_role` gives a role: unit words, then link words.
WORD_ROLES = {**_UNIT_WORDS, **dict.fromkeys(_LINKS, LINK)}


def token_role(word: str) -> str:
    """What a folded word does around a name: a unit word gives the level it names (``"cercle"`` ->
    ``"admin2"``, ``"village"`` -> ``"place"``), a link word gives :data:`LINK` (``"de"``, ``"of"``),
    any other word ``""``.

    A unit word stands before a name, followed by at most three link words (``cercle de X``,
    ``region de la X``), or right after it (``X region``)."""
    return WORD_ROLES.get(word, "")
