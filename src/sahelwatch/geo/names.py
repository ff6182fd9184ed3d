"""Name keys shared by every place-name table of the geo package.

``fold_name`` is the project's join key (:func:`sahelwatch.folding.join_key`): accents removed,
lower case, '&' read as 'and', apostrophes, hyphens and punctuation turned into spaces, spaces
collapsed. "Ségou" -> "segou", "Côte d'Ivoire" -> "cote d ivoire", "Bosnia-Herzegovina" ->
"bosnia herzegovina". The canonical spelling of a unit is kept apart, in the tables.
"""

from __future__ import annotations

import numpy as np

from ..folding import join_key

#: The matching key of a place name (``None`` for a missing or blank name).
fold_name = join_key


def factorize_rows(*columns) -> tuple[np.ndarray, list[tuple]]:
    """Distinct rows of several equal-length object columns: (inverse, distinct tuples).

    Integer factorization per column, combined into one key: no per-row Python.
    """
    import pandas as pd

    key = None
    uniques = []
    for col in columns:
        codes, uniq = pd.factorize(pd.Series(np.asarray(col, dtype=object), dtype=object), use_na_sentinel=False)
        uniques.append(np.asarray(uniq, dtype=object))
        key = codes.astype(np.int64) if key is None else key * (len(uniq) + 1) + codes
    inv, ukeys = pd.factorize(key)  # a hash, not a sort: the order of the distinct rows does not matter
    parts = []
    rest = ukeys
    for uniq in reversed(uniques):
        parts.append(uniq[rest % (len(uniq) + 1)])
        rest = rest // (len(uniq) + 1)
    return inv, list(zip(*reversed(parts)))
