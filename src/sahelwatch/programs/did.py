"""Staggered difference-in-differences (Callaway and Sant'Anna, 2021), without covariates.

Units are treated from their cohort month ``g`` on (areas of one program may start at different
months). For each cohort ``g`` and month ``t`` the group-time effect is

    ATT(g, t) = mean over cohort g of (Y_t - Y_{g-1})  -  mean over controls of (Y_t - Y_{g-1}),

with the month before the start as the base (a "universal" base period, so the pre-period effects
form an event study against the same base), and as controls the units not treated by month
``max(t, g-1)``: the never-treated and the not-yet-treated (``control="notyet"``), or the
never-treated only (``control="never"``).

Aggregations weight each ATT(g, t) by the size of its cohort: the overall effect over every
post-start cell (``simple``, as in the ``did``/``csdid``/``differences`` packages) and the
event-study effect at each event time ``e = t - g``.

Inference: every estimate is linear in the units' outcome changes, so each has an influence
function over units; a wild (multiplier) bootstrap that draws one Mammen weight per unit and
applies it to every month keeps the within-unit correlation (clustered by unit). Intervals are
the estimate plus or minus 1.96 bootstrap standard errors; the pre-trend test is the Wald test of
the pre-start event-study effects (e <= -2) with their bootstrap covariance.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import stats

NEVER = np.iinfo(np.int64).max  # the cohort of a never-treated unit


@dataclass(frozen=True)
class DidResult:
    att: float
    se: float
    ci_low: float
    ci_high: float
    p_value: float
    pre_trend_p: float | None
    pre_trend_df: int
    event_study: list[dict]  # {"e", "att", "se", "ci_low", "ci_high"}
    group_time: list[dict]  # {"g", "t", "att", "n_treated", "n_control"}
    n_treated: int
    n_control: int


def _mammen(rng: np.random.Generator, size) -> np.ndarray:
    s5 = np.sqrt(5.0)
    lo, hi = (1 - s5) / 2, (1 + s5) / 2
    p = (s5 + 1) / (2 * s5)
    return np.where(rng.random(size) < p, lo, hi)


def group_time_effects(y: np.ndarray, cohort: np.ndarray, *, control: str = "notyet", pre: int = 12,
                       post: int | None = None, last: int | None = None):
    """ATT(g, t) and their influence functions over units.

    ``y`` is units x months; ``cohort`` the month index each unit starts (:data:`NEVER` if never);
    ``pre`` months before each start and ``post`` months from it (all, when None) are estimated;
    ``last`` is the last month index used for the controls and the effects (the panel's end when None).
    Returns a list of (g, t, att, psi, n_treated, n_control)."""
    n, T = y.shape
    last = T - 1 if last is None else min(last, T - 1)
    cohort = np.asarray(cohort, dtype=np.int64)
    out = []
    for g in sorted(set(cohort[cohort != NEVER].tolist())):
        base = g - 1
        if base < 0 or g > last:
            continue
        treated = cohort == g
        t_hi = last if post is None else min(last, g + post - 1)
        for t in range(max(0, g - pre), t_hi + 1):
            if t == base:
                continue
            ref = max(t, base)
            ctrl = (cohort > ref) & ~treated if control == "notyet" else cohort == NEVER
            if not ctrl.any():
                continue
            d = y[:, t] - y[:, base]
            mt, mc = d[treated].mean(), d[ctrl].mean()
            psi = np.zeros(n)
            psi[treated] = (d[treated] - mt) / treated.sum()
            psi[ctrl] = -(d[ctrl] - mc) / ctrl.sum()
            out.append((g, t, mt - mc, psi, int(treated.sum()), int(ctrl.sum())))
    return out


def staggered_did(y: np.ndarray, cohort: np.ndarray, *, control: str = "notyet", pre: int = 12,
                  post: int | None = None, last: int | None = None, boot: int = 999,
                  seed: int = 0) -> DidResult:
    """The overall ATT, the event study and the pre-trend test; see the module docstring."""
    gt = group_time_effects(y, cohort, control=control, pre=pre, post=post, last=last)
    if not any(t >= g for g, t, *_ in gt):
        raise ValueError("no treated unit has a month after its start with a control to compare against")
    cohort = np.asarray(cohort, dtype=np.int64)
    size = {g: int((cohort == g).sum()) for g in set(cohort[cohort != NEVER].tolist())}
    rng = np.random.default_rng(seed)
    v = _mammen(rng, (boot, y.shape[0]))

    def combine(cells):
        w = np.array([size[g] for g, *_ in cells], dtype=float)
        w /= w.sum()
        est = float(sum(wi * c[2] for wi, c in zip(w, cells)))
        psi = sum(wi * c[3] for wi, c in zip(w, cells))
        return est, psi

    att, psi = combine([c for c in gt if c[1] >= c[0]])
    draws = v @ psi
    se = float(draws.std(ddof=1))
    z = stats.norm.ppf(0.975)
    p = float(2 * stats.norm.sf(abs(att) / se)) if se > 0 else (0.0 if att else 1.0)
    events = sorted({t - g for g, t, *_ in gt})
    es, es_draws = [], {}
    for e in events:
        est, ps = combine([c for c in gt if c[1] - c[0] == e])
        dr = v @ ps
        s = float(dr.std(ddof=1))
        es.append({"e": int(e), "att": est, "se": s, "ci_low": est - z * s, "ci_high": est + z * s})
        es_draws[e] = (est, dr)
    pre_e = [e for e in events if e <= -2]
    pre_p, df = None, 0
    if pre_e:
        b = np.array([es_draws[e][0] for e in pre_e])
        cov = np.atleast_2d(np.cov(np.stack([es_draws[e][1] for e in pre_e]), ddof=1))
        df = int(np.linalg.matrix_rank(cov))
        if df:
            wald = float(b @ np.linalg.pinv(cov) @ b)
            pre_p = float(stats.chi2.sf(wald, df))
    n_ctrl = int(((cohort == NEVER) | (cohort > max(g for g, *_ in gt))).sum()) if control == "notyet" else \
        int((cohort == NEVER).sum())
    return DidResult(att, se, att - z * se, att + z * se, p, pre_p, df, es,
                     [{"g": int(g), "t": int(t), "att": float(a), "n_treated": nt, "n_control": nc}
                      for g, t, a, _, nt, nc in gt],
                     int((cohort != NEVER).sum()), n_ctrl)
