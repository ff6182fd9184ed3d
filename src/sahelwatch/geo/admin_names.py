"""Canonical names of admin units: one spelling per unit, whatever the source wrote.

The table is ``geo/data/admin_names.csv`` (iso3, level, canonical, parent, alias, source, date,
note): Mali's regions and cercles (including the 2016 and 2023 regions), Burkina Faso's 13
regions and 45 provinces, Niger's 8 regions. Each unit's canonical name is one of its aliases.

``admin_norm`` is the folded canonical name ("Timbuktu" and "Tombouctou" -> "tombouctou",
"Ségou" and "Segou" -> "segou"). A name the table does not know keeps its own folded form,
so it still joins with any other spelling that folds the same way.
"""

from __future__ import annotations

import csv
import functools
import re
from importlib import resources
from typing import Mapping

import numpy as np
import pandas as pd

from .names import fold_name


@functools.cache
def _table() -> Mapping[tuple[str, int, str], str]:
    out: dict[tuple[str, int, str], str] = {}
    with resources.as_file(resources.files("sahelwatch.geo") / "data" / "admin_names.csv") as p, \
            open(p, encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            key = (row["iso3"], int(row["level"]), fold_name(row["alias"]))
            out[key] = row["canonical"]
    return out


#: How sources dress a unit's name: UCDP writes "Gao region" and "Soum province", French texts
#: "région de Mopti", "cercle de Douentza", "province du Soum".
_UNIT_WORDS = re.compile(
    r"^(?:(?:la |le )?(?:region|province|cercle|departement|prefecture|commune)s? (?:de la |de l |du |des |de |d )?)"
    r"|(?: (?:region|province|cercle|department|departement|district|governorate|prefecture|state|commune))$"
)


def strip_unit_words(key: str) -> str:
    """'gao region' -> 'gao', 'cercle de douentza' -> 'douentza' (on folded names)."""
    return _UNIT_WORDS.sub("", key).strip() or key


def canonical_admin_name(iso3: str | None, level: int, name) -> str | None:
    """The canonical spelling of one unit name, or ``None`` when the table does not know it."""
    key = fold_name(name)
    if key is None or not isinstance(iso3, str):
        return None
    table = _table()
    return table.get((iso3, level, key)) or table.get((iso3, level, strip_unit_words(key)))


@functools.cache
def _countries() -> tuple[str, ...]:
    return tuple(sorted({iso3 for iso3, _, _ in _table()}))


def filter_keys(names, level: int) -> tuple[str, ...]:
    """The ``admin{level}_norm`` keys a filter on unit ``names`` matches, in any country: each name folded with
    its unit words stripped (as :func:`admin_norm` keys an unknown name), and the folded canonical name of
    every unit of that level the table knows it as an alias of ("Timbuktu" -> "tombouctou",
    "cercle de Bourem" -> "bourem")."""
    keys: list[str] = []
    for name in names:
        key = fold_name(name)
        if not key:
            continue
        keys.append(strip_unit_words(key))
        for iso3 in _countries():
            canon = canonical_admin_name(iso3, level, name)
            if canon is not None:
                keys.append(fold_name(canon))
    return tuple(dict.fromkeys(keys))


def admin_norm(iso3, names, level: int) -> tuple[np.ndarray, np.ndarray]:
    """(canonical, norm) for each name: canonical spelling (``None`` if unknown) and matching key.

    Vectorised over distinct (iso3, name) pairs.
    """
    codes = np.asarray(iso3, dtype=object).reshape(-1)
    arr = np.asarray(names, dtype=object).reshape(-1)
    canon, norm = np.full(arr.size, None, dtype=object), np.full(arr.size, None, dtype=object)
    named = np.flatnonzero(pd.notna(arr))  # a missing name has no canonical spelling nor key
    if named.size == 0:
        return canon, norm
    if named.size < arr.size:
        canon[named], norm[named] = admin_norm(codes[named], arr[named], level)
        return canon, norm
    # distinct (iso3, name) pairs via two integer factorizations (no per-row Python)
    ci, cu = pd.factorize(pd.Series(codes, dtype=object), use_na_sentinel=False)
    ni, nu = pd.factorize(pd.Series(arr, dtype=object), use_na_sentinel=False)
    width = len(nu) + 1
    inv, uniq_keys = pd.factorize(ci.astype(np.int64) * width + ni)
    pair_c = np.asarray(cu, dtype=object)[uniq_keys // width]
    pair_n = np.asarray(nu, dtype=object)[uniq_keys % width]
    u_canon = np.full(len(uniq_keys), None, dtype=object)
    u_norm = np.full(len(uniq_keys), None, dtype=object)
    for i, (c, n) in enumerate(zip(pair_c, pair_n)):
        if not isinstance(n, str):
            continue
        cn = canonical_admin_name(c if isinstance(c, str) else None, level, n)
        u_canon[i] = cn
        u_norm[i] = fold_name(cn) if cn is not None else strip_unit_words(fold_name(n) or "") or None
    return u_canon[inv], u_norm[inv]
