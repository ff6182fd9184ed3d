"""Columns carried as integer codes: missing values, round trips and distinct rows."""

import numpy as np

from sahelwatch.geo.names import Codes


def test_missing_values_get_minus_one_and_decode_to_none():
    v = Codes()
    codes = v.encode(np.array(["Gao", None, np.nan, "Mopti", "Gao", ""], dtype=object))
    assert codes[1] == codes[2] == -1
    assert codes[0] == codes[4] != codes[3]
    assert v.decode(codes).tolist() == ["Gao", None, None, "Mopti", "Gao", ""]


def test_values_met_in_several_columns_share_one_code():
    v = Codes()
    a = v.encode(np.array(["MLI", "BFA"], dtype=object))
    b = v.of(["BFA", None, "NER"])
    assert b.tolist() == [a[1], -1, 2]
    assert v.values == ["MLI", "BFA", "NER"]


def test_distinct_rows_of_code_columns_map_back_to_every_row():
    v = Codes()
    iso = v.encode(np.array(["MLI", "MLI", None, "MLI", None], dtype=object))
    name = v.encode(np.array(["gao", "mopti", "gao", "gao", "gao"], dtype=object))
    inv, (c, n) = v.pairs(iso, name)
    assert len(c) == 3
    rows = list(zip(c[inv], n[inv]))
    assert rows == [("MLI", "gao"), ("MLI", "mopti"), (None, "gao"), ("MLI", "gao"), (None, "gao")]


def test_an_empty_column_has_no_codes():
    v = Codes()
    assert v.encode(np.zeros(0, dtype=object)).size == 0
    inv, (c,) = v.pairs(np.zeros(0, dtype=np.int64))
    assert inv.size == 0 and c.size == 0
