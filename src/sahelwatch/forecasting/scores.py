"""Proper scores for fatality forecasts.

``crps``             the continuous ranked probability score of the predictive
                     distribution of fatalities, exact for an equally weighted set of
                     draws: ``E|X - y| - E|X - X'| / 2`` (scoringrules' ``nrg``
                     estimator; a test checks the two agree). Lower is better; for a
                     point forecast it is the absolute error.
``brier_any_fatal``  mean squared error of P(fatalities > 0) against the 0/1 outcome.
``ap_any_fatal``     average precision (scikit-learn) of P(fatalities > 0): how well
                     the model ranks the unit-months that do see a death. NaN when
                     no unit-month in the set had one.
``mse_log1p``        mean squared error of log1p(fatalities), with the predictive
                     mean of log1p(fatalities) as the point forecast (the value that
                     minimises this loss under the model's own distribution).

:func:`interval_coverage` is not a proper score but a check of calibration: the share
of outcomes that fell inside a central predictive interval (bounds included, as the
predictive law is discrete). A calibrated 90% interval holds about 90% of outcomes;
with many certain zeros (an interval [0, 0] that holds a 0) it holds more.
"""

from __future__ import annotations

from typing import Mapping

import numpy as np

SCORE_NAMES: tuple[str, ...] = ("crps", "brier_any_fatal", "ap_any_fatal", "mse_log1p")


def crps_ensemble(draws: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Exact CRPS of each row of ``draws`` (an equally weighted ensemble) against ``y``."""
    x = np.sort(np.asarray(draws, dtype=float), axis=1)
    y = np.asarray(y, dtype=float).reshape(-1, 1)
    m = x.shape[1]
    abs_err = np.abs(x - y).mean(axis=1)
    weights = (2 * np.arange(1, m + 1) - m - 1).astype(float)
    spread = 2.0 * (x * weights).sum(axis=1) / (m * m)  # E|X - X'|
    return abs_err - 0.5 * spread


def brier(p: np.ndarray, outcome: np.ndarray) -> float:
    p = np.asarray(p, dtype=float)
    o = np.asarray(outcome, dtype=float)
    return float(np.mean((p - o) ** 2)) if len(p) else float("nan")


def average_precision(p: np.ndarray, outcome: np.ndarray) -> float:
    from sklearn.metrics import average_precision_score

    o = np.asarray(outcome, dtype=bool)
    if not o.any():
        return float("nan")
    return float(average_precision_score(o, np.asarray(p, dtype=float)))


def mse_log1p(expected_log1p: np.ndarray, y: np.ndarray) -> float:
    e = np.asarray(expected_log1p, dtype=float)
    return float(np.mean((e - np.log1p(np.asarray(y, dtype=float))) ** 2)) if len(e) else float("nan")


#: the central predictive intervals reported: name -> (lower, upper) quantile levels
INTERVALS: Mapping[str, tuple[float, float]] = {"50": (0.25, 0.75), "90": (0.05, 0.95)}


def interval_coverage(lower: np.ndarray, upper: np.ndarray, y: np.ndarray) -> float:
    """The share of ``y`` inside ``[lower, upper]`` (NaN for no outcome)."""
    y = np.asarray(y, dtype=float)
    if not len(y):
        return float("nan")
    return float(np.mean((np.asarray(lower, dtype=float) <= y) & (y <= np.asarray(upper, dtype=float))))


def summarize(
    crps: np.ndarray, p_any: np.ndarray, expected_log1p: np.ndarray, y: np.ndarray
) -> Mapping[str, float]:
    """The four scores over a set of unit-months (per-unit-month CRPS already computed)."""
    y = np.asarray(y, dtype=float)
    return {
        "crps": float(np.mean(crps)) if len(crps) else float("nan"),
        "brier_any_fatal": brier(p_any, y > 0),
        "ap_any_fatal": average_precision(p_any, y > 0),
        "mse_log1p": mse_log1p(expected_log1p, y),
    }
