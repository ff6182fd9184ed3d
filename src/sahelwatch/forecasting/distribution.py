"""A predictive distribution of fatalities for every unit in one target month.

Every model answers with a :class:`Forecast`: for each unit, an equally weighted
set of ``draws`` (a discrete distribution over fatality counts, which may be a
sample, a quantile grid or the exact support of an empirical distribution),
the probability of at least one fatality, and the expected number of events.

``p_any`` is carried explicitly because a model may know it exactly (a hurdle
model's classifier, a Poisson rate); it always equals the share of positive draws
up to the resolution of the grid (see :func:`quantile_grid`).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


def quantile_grid(n: int) -> np.ndarray:
    """Mid-point probability levels ``(i + 0.5) / n``: a deterministic, evenly weighted sample."""
    return (np.arange(n) + 0.5) / n


@dataclass(frozen=True, eq=False)
class Forecast:
    """One model's forecast for every unit of a panel, for one origin and horizon."""

    model: str
    unit_ids: tuple[str, ...]
    origin: np.datetime64
    horizon: int
    draws: np.ndarray  # (n_units, n_draws) float, each row an equally weighted distribution
    p_any: np.ndarray  # (n_units,) P(fatalities > 0)
    events_mean: np.ndarray  # (n_units,) expected events

    def __post_init__(self) -> None:
        n = len(self.unit_ids)
        if self.draws.ndim != 2 or self.draws.shape[0] != n:
            raise ValueError(f"draws must be (n_units={n}, n_draws), got {self.draws.shape}")
        if (self.draws < 0).any() or not np.isfinite(self.draws).all():
            raise ValueError(f"{self.model}: draws must be finite and non-negative")
        if self.p_any.shape != (n,) or self.events_mean.shape != (n,):
            raise ValueError("p_any and events_mean need one value per unit")
        if ((self.p_any < 0) | (self.p_any > 1)).any():
            raise ValueError(f"{self.model}: p_any outside [0, 1]")

    @property
    def target_month(self) -> np.datetime64:
        return np.datetime64(self.origin, "M") + self.horizon

    def mean(self) -> np.ndarray:
        """Predictive mean of fatalities per unit."""
        return self.draws.mean(axis=1)

    def quantile(self, q: float) -> np.ndarray:
        """Predictive ``q``-quantile of fatalities per unit (the lower quantile of a discrete law)."""
        return np.quantile(self.draws, q, axis=1, method="inverted_cdf")

    def expected_log1p(self) -> np.ndarray:
        """``E[log1p(fatalities)]``: the point forecast that minimises the log1p squared error."""
        return np.log1p(self.draws).mean(axis=1)


def linear_pool(first: np.ndarray, second: np.ndarray, weight: float, n_draws: int) -> np.ndarray:
    """Quantile grid of the mixture ``(1 - weight) * first + weight * second``, per row.

    ``first`` and ``second`` are (n_units, m1) and (n_units, m2) equally weighted
    ensembles; the result is (n_units, ``n_draws``): the mixture's quantile function
    (lower inverse of its CDF) at the levels :func:`quantile_grid` ``(n_draws)``, so the
    pool is again an equally weighted set of draws. Its share of zeros is the
    mixture's P(0) to within 1/(2 n_draws).
    """
    if not 0.0 <= weight <= 1.0:
        raise ValueError(f"pooling weight must lie in [0, 1], got {weight}")
    first = np.asarray(first, dtype=float)
    second = np.asarray(second, dtype=float)
    if first.shape[0] != second.shape[0]:
        raise ValueError("both ensembles need one row per unit")
    x = np.concatenate([first, second], axis=1)
    w = np.concatenate(
        [np.full(first.shape, (1.0 - weight) / first.shape[1]), np.full(second.shape, weight / second.shape[1])],
        axis=1,
    )
    order = np.argsort(x, axis=1, kind="stable")
    x = np.take_along_axis(x, order, axis=1)
    cdf = np.cumsum(np.take_along_axis(w, order, axis=1), axis=1)
    u = quantile_grid(n_draws)
    idx = np.stack([np.searchsorted(c, u) for c in cdf])
    return np.take_along_axis(x, np.minimum(idx, x.shape[1] - 1), axis=1)


def point_mass(values: np.ndarray) -> np.ndarray:
    """Draws of a degenerate distribution at ``values`` (one draw per unit)."""
    return np.asarray(values, dtype=float).reshape(-1, 1)


def poisson_draws(rate: np.ndarray, n_draws: int) -> np.ndarray:
    """A quantile grid of Poisson(``rate``) per unit (rate 0 gives a point mass at 0)."""
    from scipy.stats import poisson

    rate = np.asarray(rate, dtype=float).reshape(-1, 1)
    q = quantile_grid(n_draws).reshape(1, -1)
    out = poisson.ppf(q, np.maximum(rate, 1e-12))
    out[np.broadcast_to(rate <= 0, out.shape)] = 0.0
    return out
