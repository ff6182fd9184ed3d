"""Columnar helpers: work on the distinct values of a batch, then spread the results to its rows.

Event datasets repeat themselves: a few thousand places and actor strings carry millions of
events. Computing on distinct combinations and taking the results back is what keeps ingest fast.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc


def group_codes(table: pa.Table, names) -> np.ndarray:
    """A group id per row for the distinct combinations of ``names`` (nulls are a value)."""
    key = np.zeros(table.num_rows, dtype=np.int64)
    for name in names:
        col = table.column(name)
        enc = pc.dictionary_encode(col.combine_chunks() if isinstance(col, pa.ChunkedArray) else col)
        idx = pc.fill_null(enc.indices, -1).to_numpy(zero_copy_only=False).astype(np.int64) + 1
        key = key * (len(enc.dictionary) + 1) + idx
        if key.max(initial=0) > (1 << 40):  # keep the mixed-radix key small
            key = pd.factorize(key)[0].astype(np.int64)
    return pd.factorize(key)[0].astype(np.int64)


def distinct_rows(table: pa.Table, names) -> tuple[np.ndarray, pd.DataFrame]:
    """Group codes per row and the first row of each group, as a DataFrame."""
    codes = group_codes(table, names)
    first = np.full(codes.max() + 1 if len(codes) else 0, -1, dtype=np.int64)
    order = np.arange(len(codes))[::-1]
    first[codes[order]] = order  # the last write per group is its first row
    return codes, table.select(list(names)).take(pa.array(first)).to_pandas()
