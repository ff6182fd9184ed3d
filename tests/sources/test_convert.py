"""Column converters: each distinct date text is parsed once and spread to its rows."""

from __future__ import annotations

import datetime as dt

import pyarrow as pa

from sahelwatch.sources._convert import dates

FORMATS = ["%Y-%m-%d", "%d %B %Y"]


def test_dates_spread_each_distinct_text_to_its_rows_and_flag_the_bad_ones():
    col = pa.chunked_array([pa.array(["2019-01-05", " 31 December 2018", None], pa.string()),
                            pa.array(["", "2019-02-30", "2019-01-05", "soon"], pa.string())])
    vals, bad = dates(col, 7, FORMATS)
    assert vals.to_pylist() == [dt.date(2019, 1, 5), dt.date(2018, 12, 31), None, None, None,
                                dt.date(2019, 1, 5), None]
    # empty and null cells are nulls, not errors; an impossible day and a word are errors
    assert bad.tolist() == [False, False, False, False, True, False, True]


def test_a_column_without_any_value_is_all_null_and_no_error():
    for cells in ([None, None], [None, "", "  "], []):
        vals, bad = dates(pa.chunked_array([pa.array(cells, pa.string())]), len(cells), FORMATS)
        assert vals.to_pylist() == [None] * len(cells) and not bad.any()
