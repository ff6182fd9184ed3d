"""Building a complete panel from long frames."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from sahelwatch.errors import InputError, UsageError
from sahelwatch.forecasting.panel import (
    build_panel,
    panel_from_aggregates,
    read_panel_file,
    to_month,
)

from .conftest import tiny_frame


def test_absent_unit_months_become_zero_counts():
    frame = pd.DataFrame({
        "unit_id": ["A", "A", "B"],
        "month": ["2020-01-01", "2020-04-01", "2020-02-01"],
        "events": [2, 1, 5],
        "fatalities": [3, 0, 7],
    })
    p = build_panel(frame, end="2020-05")
    assert p.unit_ids == ("A", "B")
    assert [str(m) for m in p.months] == ["2020-01", "2020-02", "2020-03", "2020-04", "2020-05"]
    assert p.fatalities.tolist() == [[3, 0, 0, 0, 0], [0, 7, 0, 0, 0]]
    assert p.events.tolist() == [[2, 0, 0, 1, 0], [0, 5, 0, 0, 0]]


def test_a_unit_without_rows_can_be_declared():
    p = build_panel(tiny_frame({"a": [1, 0]}), units=["z"])
    assert p.unit_ids == ("a", "z")
    assert p.fatalities[1].tolist() == [0, 0]


def test_duplicate_unit_month_is_refused():
    frame = tiny_frame({"a": [1, 2]})
    with pytest.raises(InputError, match="more than once"):
        build_panel(pd.concat([frame, frame.iloc[:1]]))


def test_negative_or_missing_counts_are_refused():
    frame = tiny_frame({"a": [1, 2]})
    frame.loc[0, "fatalities"] = -1
    with pytest.raises(InputError, match="negative"):
        build_panel(frame)
    frame.loc[0, "fatalities"] = None
    with pytest.raises(InputError, match="missing"):
        build_panel(frame)


def test_upto_removes_every_later_month_and_arrays_are_read_only():
    p = build_panel(tiny_frame({"a": [1, 2, 3, 4]}))
    h = p.upto("2020-02")
    assert h.last_month == to_month("2020-02")
    assert h.fatalities.tolist() == [[1, 2]]
    with pytest.raises(ValueError):
        h.fatalities[0, 0] = 9
    with pytest.raises(UsageError):
        p.upto("2021-01")


def test_aggregates_sum_to_admin1_and_key_by_pcode():
    agg = pd.DataFrame({
        "admin1": ["Mopti", "Mopti", "Gao"], "admin1_pcode": ["ML05", "ML05", "ML07"],
        "admin2": ["Bankass", "Koro", "Gao"], "admin2_pcode": ["ML0501", "ML0504", "ML0703"],
        "period_start": pd.to_datetime(["2019-03-01", "2019-03-01", "2019-04-01"]),
        "period": ["month"] * 3, "events": [2, 3, 1], "fatalities": [10, 5, 0], "iso3": ["MLI"] * 3,
    })
    p2 = panel_from_aggregates(agg, "admin2")
    assert p2.unit_ids == ("ML0501", "ML0504", "ML0703")
    assert p2.unit_names[0] == "Bankass"
    p1 = panel_from_aggregates(agg, "admin1")
    assert p1.unit_ids == ("ML05", "ML07")
    assert p1.fatalities.tolist() == [[15, 0], [0, 0]]
    assert p1.events.tolist() == [[5, 0], [0, 1]]


def test_panel_file_round_trip(tmp_path):
    p = build_panel(tiny_frame({"a": [0, 4, 0], "b": [1, 1, 1]}))
    path = tmp_path / "panel.csv"
    p.to_frame().to_csv(path, index=False)
    q = read_panel_file(path)
    assert q.unit_ids == p.unit_ids
    assert np.array_equal(q.fatalities, p.fatalities)
    assert q.unit_names == ("A", "B")


def test_real_hdx_panel_is_complete(hdx_panel):
    assert hdx_panel.n_units == 53
    assert hdx_panel.n_months == 288
    assert str(hdx_panel.first_month) == "1997-01" and str(hdx_panel.last_month) == "2020-12"
    # the Mali crisis: the fatal unit-months of 2020 far outnumber those of 2010
    y2010 = (hdx_panel.fatalities[:, 156:168] > 0).sum()
    y2020 = (hdx_panel.fatalities[:, 276:288] > 0).sum()
    assert y2020 > 5 * max(y2010, 1)
