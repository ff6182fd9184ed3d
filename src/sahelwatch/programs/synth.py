"""Synthetic control for one program (Abadie, Diamond and Hainmueller, 2010).

The treated series is the mean outcome of the program's areas. The synthetic control is the
weighted mean of the donor units (weights non-negative, summing to one) that best reproduces it
before the start (least squares on the simplex). The effect is the mean gap after the start.

Inference is by placebos in space: each donor in turn is treated as if it had the program, with
the other donors as its pool. The p-value is the rank of the treated series' ratio of post- to
pre-start RMSPE among all the ratios; the 95% interval inverts the placebo distribution of mean
post-start gaps (the effect minus their 97.5% and 2.5% quantiles), using the placebos whose
pre-start fit is no worse than five times the treated one's (Abadie et al.'s filter), or than five
times the median placebo's when the treated fit is near perfect (the filter would keep no placebo).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.optimize import nnls


@dataclass(frozen=True)
class SynthResult:
    att: float
    ci_low: float
    ci_high: float
    p_value: float
    pre_rmspe: float
    weights: dict  # donor index -> weight (above 0.001)
    gap: np.ndarray  # treated minus synthetic, every month
    placebo_atts: np.ndarray
    n_placebos: int


def simplex_weights(target: np.ndarray, donors: np.ndarray) -> np.ndarray:
    """Weights w >= 0, sum 1, minimising ||target - w @ donors||^2 (donors: J x T_pre).

    Solved as non-negative least squares with the sum-to-one constraint as a heavily weighted
    extra equation (scipy's NNLS), which agrees with a constrained solver to 1e-6 and is much faster."""
    j = donors.shape[0]
    if j == 1:
        return np.ones(1)
    scale = max(float(np.abs(donors).max()), float(np.abs(target).max()), 1.0)
    penalty = 1e4
    a = np.vstack([donors.T / scale, np.full((1, j), penalty)])
    b = np.concatenate([target / scale, [penalty]])
    w, _ = nnls(a, b, maxiter=50 * j)
    return w / w.sum() if w.sum() > 0 else np.full(j, 1.0 / j)


def _fit(target: np.ndarray, donors: np.ndarray, start: int, end: int) -> tuple[float, float, float, np.ndarray]:
    """(mean post gap, pre RMSPE, post RMSPE, gap) of one synthetic control."""
    w = simplex_weights(target[:start], donors[:, :start])
    gap = target - w @ donors
    pre = float(np.sqrt(np.mean(gap[:start] ** 2)))
    post_gap = gap[start:end + 1]
    return float(post_gap.mean()), pre, float(np.sqrt(np.mean(post_gap ** 2))), gap


def synthetic_control(treated: np.ndarray, donors: np.ndarray, start: int, *, end: int | None = None) -> SynthResult:
    """``treated``: the outcome series (T); ``donors``: J x T; ``start``: first treated month index."""
    T = len(treated)
    end = T - 1 if end is None else min(end, T - 1)
    if start < 2 or start > end:
        raise ValueError("the synthetic control needs at least two months before the start and one after")
    if donors.shape[0] < 2:
        raise ValueError("the synthetic control needs at least two donor units")
    w = simplex_weights(treated[:start], donors[:, :start])
    att, pre, post, gap = _fit(treated, donors, start, end)
    fits = [_fit(donors[j], np.delete(donors, j, axis=0), start, end) for j in range(donors.shape[0])]
    ratios = [p_post / max(p_pre, 1e-9) for _, p_pre, p_post, _ in fits]
    limit = 5 * max(pre, float(np.median([f[1] for f in fits])), 1e-9)
    atts = np.array([a for a, p_pre, _, _ in fits if p_pre <= limit])
    ratio = post / max(pre, 1e-9)
    p_value = (1 + sum(r >= ratio for r in ratios)) / (1 + len(ratios))
    if len(atts) >= 2:
        ci = (att - float(np.quantile(atts, 0.975)), att - float(np.quantile(atts, 0.025)))
    else:
        ci = (float("nan"), float("nan"))
    return SynthResult(att, ci[0], ci[1], float(p_value), pre, {int(i): float(x) for i, x in enumerate(w) if x > 1e-3},
                       gap, atts, len(atts))
