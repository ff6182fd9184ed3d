"""Features of a unit at the end of a month, computed only from that month and earlier.

:func:`feature_tensor` returns, for every unit ``i`` and month ``t`` of a panel, a
vector that depends on the panel's values at months ``<= t`` alone (a test
changes later months and checks that nothing at ``t`` moves). A model trained
for horizon ``h`` pairs the features at ``t`` with the outcome at ``t + h``.

Counts enter as ``log1p``; a window that reaches before the panel's first month
is unknown (NaN), which the gradient-boosted models handle natively. Feature
groups appear only when their input exists: neighbour lags need a neighbour
list, region lags need ``admin1``, covariates need panel covariates.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

import numpy as np

from .neighbours import Neighbours, adjacency_matrix
from .panel import Panel

#: Cap of the "months since" features: a unit that never had one reads as this.
MONTHS_SINCE_CAP = 120

#: What each feature means (the model card lists these).
FEATURE_DOCS: Mapping[str, str] = {
    "fat_lag1": "log1p fatalities in the origin month (the last known month)",
    "fat_lag2": "log1p fatalities one month before the origin",
    "fat_lag3": "log1p fatalities two months before the origin",
    "fat_lag6": "log1p fatalities five months before the origin",
    "fat_lag12": "log1p fatalities eleven months before the origin (same month last year for h=1)",
    "ev_lag1": "log1p events in the origin month",
    "ev_lag2": "log1p events one month before the origin",
    "ev_lag3": "log1p events two months before the origin",
    "fat_sum3": "log1p fatalities over the last 3 months",
    "fat_sum6": "log1p fatalities over the last 6 months",
    "fat_sum12": "log1p fatalities over the last 12 months",
    "fat_sum36": "log1p fatalities over the last 36 months",
    "ev_sum3": "log1p events over the last 3 months",
    "ev_sum12": "log1p events over the last 12 months",
    "fat_max12": "log1p of the largest monthly fatality count in the last 12 months",
    "fatal_months3": "months with at least one fatality among the last 3",
    "fatal_months12": "months with at least one fatality among the last 12",
    "fatal_months36": "months with at least one fatality among the last 36",
    "fat_logmean12": "mean of log1p monthly fatalities over the last 12 months (typical size)",
    "fat_posmedian12": "log1p of the median fatalities of the months with any, in the last 12 months",
    "event_months12": "months with at least one event among the last 12",
    "months_since_fatal": f"months since the last month with a fatality (capped at {MONTHS_SINCE_CAP})",
    "months_since_event": f"months since the last month with an event (capped at {MONTHS_SINCE_CAP})",
    "fat_mean_all": "log1p of the unit's mean monthly fatalities over all its history",
    "nb_fat_lag1": "log1p fatalities in the neighbouring units in the origin month",
    "nb_fat_sum3": "log1p fatalities in the neighbouring units over the last 3 months",
    "nb_fat_sum12": "log1p fatalities in the neighbouring units over the last 12 months",
    "nb_ev_sum3": "log1p events in the neighbouring units over the last 3 months",
    "nb_fatal_share3": "share of neighbouring units with a fatality in the last 3 months",
    "adm1_fat_sum3": "log1p fatalities in the other units of the same admin1 over the last 3 months",
    "adm1_fat_sum12": "log1p fatalities in the other units of the same admin1 over the last 12 months",
    "adm1_ev_sum3": "log1p events in the other units of the same admin1 over the last 3 months",
    "country_fat_sum3": "log1p fatalities in the whole country (all its units in the panel), last 3 months",
    "country_fat_sum12": "log1p fatalities in the whole country, last 12 months",
    "country_ev_sum3": "log1p events in the whole country, last 3 months",
    "target_month_of_year": "calendar month (1-12) of the target month (seasonality)",
}


@dataclass(frozen=True, eq=False)
class FeatureTensor:
    """``values[i, t, k]`` is feature ``names[k]`` of unit ``i`` at the end of month ``t``."""

    names: tuple[str, ...]
    values: np.ndarray  # (n_units, n_months, n_features)
    month_of_year: np.ndarray  # (n_months,) calendar month (0-11) of each month


def _lag(a: np.ndarray, k: int) -> np.ndarray:
    """Value ``k`` months before each month (NaN before the panel starts)."""
    out = np.full(a.shape, np.nan)
    if k == 0:
        out[:] = a
    elif k < a.shape[1]:
        out[:, k:] = a[:, :-k]
    return out


def _rolling_sum(a: np.ndarray, w: int) -> np.ndarray:
    """Sum over the ``w`` months ending at each month (NaN while the window is incomplete)."""
    cs = np.concatenate([np.zeros((a.shape[0], 1)), np.cumsum(a, axis=1)], axis=1)
    out = np.full(a.shape, np.nan)
    if w <= a.shape[1]:
        out[:, w - 1 :] = cs[:, w:] - cs[:, :-w]
    return out


def _positive_median(a: np.ndarray, w: int) -> np.ndarray:
    """log1p of the median of the positive values in each trailing window (NaN when none)."""
    out = np.full(a.shape, np.nan)
    if a.shape[1] < w:
        return out
    from numpy.lib.stride_tricks import sliding_window_view

    win = sliding_window_view(np.where(a > 0, a, np.nan), w, axis=1)
    with np.errstate(all="ignore"):
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            out[:, w - 1 :] = np.log1p(np.nanmedian(win, axis=2))
    return out


def _months_since(positive: np.ndarray) -> np.ndarray:
    t = np.arange(positive.shape[1])
    idx = np.where(positive, t, -1)
    last = np.maximum.accumulate(idx, axis=1)
    since = np.where(last >= 0, t - last, MONTHS_SINCE_CAP)
    return np.minimum(since, MONTHS_SINCE_CAP).astype(float)


def _group_matrix(labels) -> np.ndarray | None:
    if labels is None or all(x is None for x in labels):
        return None
    lab = np.array([str(x) if x is not None else f"\0{i}" for i, x in enumerate(labels)], dtype=object)
    return (lab[:, None] == lab[None, :]).astype(float)


def feature_tensor(panel: Panel, neighbours: Neighbours | None = None) -> FeatureTensor:
    """All features of every unit at the end of every month of ``panel`` (causal)."""
    f = panel.fatalities.astype(float)
    e = panel.events.astype(float)
    cols: dict[str, np.ndarray] = {}
    for k in (1, 2, 3, 6, 12):
        cols[f"fat_lag{k}"] = np.log1p(_lag(f, k - 1))
    for k in (1, 2, 3):
        cols[f"ev_lag{k}"] = np.log1p(_lag(e, k - 1))
    for w in (3, 6, 12, 36):
        cols[f"fat_sum{w}"] = np.log1p(_rolling_sum(f, w))
    for w in (3, 12):
        cols[f"ev_sum{w}"] = np.log1p(_rolling_sum(e, w))
    maxes = np.full(f.shape, np.nan)
    if f.shape[1] >= 12:
        from numpy.lib.stride_tricks import sliding_window_view

        maxes[:, 11:] = sliding_window_view(f, 12, axis=1).max(axis=2)
    cols["fat_max12"] = np.log1p(maxes)
    for w in (3, 12, 36):
        cols[f"fatal_months{w}"] = _rolling_sum((f > 0).astype(float), w)
    cols["fat_logmean12"] = _rolling_sum(np.log1p(f), 12) / 12.0
    cols["fat_posmedian12"] = _positive_median(f, 12)
    cols["event_months12"] = _rolling_sum((e > 0).astype(float), 12)
    cols["months_since_fatal"] = _months_since(f > 0)
    cols["months_since_event"] = _months_since(e > 0)
    cols["fat_mean_all"] = np.log1p(np.cumsum(f, axis=1) / np.arange(1, f.shape[1] + 1))

    if neighbours:
        w = adjacency_matrix(panel.unit_ids, neighbours)
        n_nb = w.sum(axis=1)
        has = n_nb > 0
        nb_f = w @ f
        nb_e = w @ e
        any3 = (_rolling_sum(f, 3) > 0).astype(float)
        any3[np.isnan(_rolling_sum(f, 3))] = np.nan
        share = np.full(f.shape, np.nan)
        share[has] = (w @ np.nan_to_num(any3))[has] / n_nb[has, None]
        share[:, np.isnan(any3).all(axis=0)] = np.nan
        for name, a in (
            ("nb_fat_lag1", np.log1p(nb_f)),
            ("nb_fat_sum3", np.log1p(_rolling_sum(nb_f, 3))),
            ("nb_fat_sum12", np.log1p(_rolling_sum(nb_f, 12))),
            ("nb_ev_sum3", np.log1p(_rolling_sum(nb_e, 3))),
            ("nb_fatal_share3", share),
        ):
            a = a.copy()
            a[~has] = np.nan
            cols[name] = a

    region = _group_matrix(panel.admin1)
    if region is not None:
        others = region - np.eye(len(region))
        r_f, r_e = others @ f, others @ e
        cols["adm1_fat_sum3"] = np.log1p(_rolling_sum(r_f, 3))
        cols["adm1_fat_sum12"] = np.log1p(_rolling_sum(r_f, 12))
        cols["adm1_ev_sum3"] = np.log1p(_rolling_sum(r_e, 3))

    country = _group_matrix(panel.iso3)
    if country is None:
        country = np.ones((panel.n_units, panel.n_units))
    c_f, c_e = country @ f, country @ e
    cols["country_fat_sum3"] = np.log1p(_rolling_sum(c_f, 3))
    cols["country_fat_sum12"] = np.log1p(_rolling_sum(c_f, 12))
    cols["country_ev_sum3"] = np.log1p(_rolling_sum(c_e, 3))

    for name, values in panel.covariates.items():
        cols[f"cov_{name}"] = _forward_fill(values)

    names = tuple(cols)
    values = np.stack([cols[n] for n in names], axis=2)
    moy = (panel.months.astype("datetime64[M]").astype(int) % 12).astype(int)
    return FeatureTensor(names, values, moy)


def _forward_fill(a: np.ndarray) -> np.ndarray:
    """Carry each unit's last known covariate value forward (never backward)."""
    t = np.arange(a.shape[1])
    idx = np.where(np.isnan(a), -1, t)
    last = np.maximum.accumulate(idx, axis=1)
    out = np.take_along_axis(a, np.maximum(last, 0), axis=1)
    out[last < 0] = np.nan
    return out


def feature_doc(name: str) -> str:
    if name.startswith("cov_"):
        return f"covariate {name[4:]!r}: its last known value at the origin"
    return FEATURE_DOCS.get(name, "")
