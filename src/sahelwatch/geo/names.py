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


class Codes:
    """The values of one computation as integer codes: each distinct value once, ``-1`` for a missing one.

    Columns of a million points are carried as codes (one integer factorization of the column), so a
    test for missing is ``codes < 0``, an equality is an integer comparison and a name is resolved
    once per distinct value; :meth:`decode` turns codes back into an object column at the end.
    """

    def __init__(self) -> None:
        self.values: list = []
        self._code: dict = {}

    def of(self, values) -> np.ndarray:
        """The code of each of a few values (distinct ones, polygons' attributes), adding new ones."""
        import pandas as pd

        out = np.empty(len(values), dtype=np.int64)
        for i, v in enumerate(values):
            if v is None or (not isinstance(v, str) and pd.isna(v)):
                out[i] = -1
                continue
            c = self._code.get(v)
            if c is None:
                c = self._code[v] = len(self.values)
                self.values.append(v)
            out[i] = c
        return out

    def encode(self, column) -> np.ndarray:
        """The codes of a whole column (missing values, as ``pandas.isna`` sees them, get -1)."""
        import pandas as pd

        inv, uniq = pd.factorize(pd.Series(np.asarray(column, dtype=object).reshape(-1), dtype=object))
        return np.append(self.of(np.asarray(uniq, dtype=object)), -1)[inv]

    def decode(self, codes) -> np.ndarray:
        """The object column of ``codes`` (``None`` for -1)."""
        table = np.empty(len(self.values) + 1, dtype=object)
        table[:-1] = self.values
        return table[codes]

    def pairs(self, *columns: np.ndarray) -> tuple[np.ndarray, list[np.ndarray]]:
        """Distinct rows of several code columns: (index of each row's distinct row, decoded columns of
        the distinct rows). A hash of one combined integer key, no per-row Python."""
        import pandas as pd

        width = len(self.values) + 1
        key = None
        for col in columns:
            key = col + 1 if key is None else key * width + (col + 1)
        inv, uniq = pd.factorize(key)
        parts = []
        for _ in columns:
            parts.append(self.decode(uniq % width - 1))
            uniq = uniq // width
        return inv, parts[::-1]
