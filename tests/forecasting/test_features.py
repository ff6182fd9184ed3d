"""Features at the end of a month depend on that month and earlier ones only."""

from __future__ import annotations

import numpy as np

from sahelwatch.forecasting.features import (
    MONTHS_SINCE_CAP,
    feature_doc,
    feature_tensor,
)
from sahelwatch.forecasting.neighbours import neighbours_from_centroids
from sahelwatch.forecasting.panel import build_panel

from .conftest import synthetic_frame, tiny_frame


def test_features_by_hand():
    p = build_panel(tiny_frame({"a": [0, 5, 0, 0, 2], "b": [1, 0, 0, 0, 0]}))
    ft = feature_tensor(p)
    col = {n: ft.values[:, :, k] for k, n in enumerate(ft.names)}
    t = 4  # the last month
    assert col["fat_lag1"][0, t] == np.log1p(2)
    assert col["fat_lag2"][0, t] == 0.0
    assert col["fat_lag3"][0, t] == 0.0
    assert np.isnan(col["fat_lag6"][0, t])  # reaches before the panel
    assert col["fat_sum3"][0, t] == np.log1p(2)
    assert col["months_since_fatal"].tolist()[0] == [MONTHS_SINCE_CAP, 0, 1, 2, 0]
    assert col["months_since_fatal"][1, t] == 4
    assert col["fatal_months3"][0, t] == 1
    # the country is both units (no iso3 given): 7 + 1 over the first two months
    assert col["country_fat_sum3"][0, 2] == np.log1p(6)


def test_changing_later_months_changes_nothing_before():
    frame = synthetic_frame()
    p = build_panel(frame)
    nb = neighbours_from_centroids(p.unit_ids, p.lat, p.lon, k=2)
    before = feature_tensor(p, nb)
    cut = 60
    poisoned = frame.copy()
    later = poisoned["month"] > p.months[cut].astype("datetime64[ns]")
    poisoned.loc[later, "fatalities"] = 10_000
    poisoned.loc[later, "events"] = 500
    after = feature_tensor(build_panel(poisoned), nb)
    assert before.names == after.names
    a, b = before.values[:, : cut + 1], after.values[:, : cut + 1]
    assert np.array_equal(np.isnan(a), np.isnan(b))
    assert np.allclose(np.nan_to_num(a), np.nan_to_num(b))
    # and the poison is visible right after the cut, so the check can fail
    assert not np.allclose(np.nan_to_num(before.values[:, cut + 1]), np.nan_to_num(after.values[:, cut + 1]))


def test_spatial_and_region_features_appear_only_with_their_inputs():
    p = build_panel(synthetic_frame())
    plain = feature_tensor(p)
    assert "adm1_fat_sum3" in plain.names  # the synthetic panel has admin1
    assert not any(n.startswith("nb_") for n in plain.names)
    nb = neighbours_from_centroids(p.unit_ids, p.lat, p.lon, k=2)
    spatial = feature_tensor(p, nb)
    assert {"nb_fat_lag1", "nb_fat_sum3", "nb_fatal_share3"} <= set(spatial.names)
    for name in spatial.names:
        assert feature_doc(name), f"feature {name} has no documentation"


def test_neighbour_lag_sums_the_neighbours():
    p = build_panel(tiny_frame({"a": [1, 2], "b": [3, 4], "c": [50, 60]}))
    ft = feature_tensor(p, {"a": ("b",), "b": ("a",)})
    k = ft.names.index("nb_fat_lag1")
    assert ft.values[0, 1, k] == np.log1p(4)
    assert ft.values[1, 1, k] == np.log1p(2)
    assert np.isnan(ft.values[2, 1, k])  # c has no neighbour


def test_centroid_neighbours_are_symmetric_and_local():
    ids = ["w", "x", "y", "far"]
    nb = neighbours_from_centroids(ids, [14, 14, 14, 30], [0, 0.5, 1.0, 20], k=1, max_km=300)
    assert "x" in nb["w"] and "w" in nb["x"]
    assert nb["far"] == ()
