"""Benchmark forecasters that any model must beat (after ViEWS's benchmarks).

Each baseline forecasts the same distribution at every horizon, from the
history it is given (never anything later than its origin):

``zero``          a point mass at 0 fatalities (P(any) = 0).
``no_change``     a point mass at the origin month's count.
``hist_mean_12``  Poisson with the unit's mean over its last 12 months as rate.
``bootstrap_12``  the empirical distribution of the unit's last 12 monthly counts
                  (ViEWS's "conflictology" benchmark: draws from those months).
``poisson_last``  Poisson with the origin month's count as rate.

Expected events follow the same rule as the fatalities (0, last month, mean of
the last 12 months, mean of the last 12 months, last month).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np

from .distribution import Forecast, point_mass, poisson_draws
from .panel import Panel

#: Months of history that the 12-month baselines look at.
WINDOW = 12


@dataclass
class Baseline:
    """A baseline forecaster; ``rule`` is one of the names in the module docstring."""

    name: str
    n_draws: int = 1000

    def forecast(self, history: Panel, horizons: Sequence[int]) -> dict[int, Forecast]:
        if history.n_months == 0:
            raise ValueError("a forecast needs at least one month of history")
        f = history.fatalities.astype(float)
        e = history.events.astype(float)
        last_f, last_e = f[:, -1], e[:, -1]
        win_f, win_e = f[:, -WINDOW:], e[:, -WINDOW:]
        if self.name == "zero":
            draws, p_any, ev = point_mass(np.zeros(len(f))), np.zeros(len(f)), np.zeros(len(f))
        elif self.name == "no_change":
            draws, p_any, ev = point_mass(last_f), (last_f > 0).astype(float), last_e
        elif self.name == "hist_mean_12":
            rate = win_f.mean(axis=1)
            draws, p_any, ev = poisson_draws(rate, self.n_draws), 1 - np.exp(-rate), win_e.mean(axis=1)
        elif self.name == "bootstrap_12":
            draws, p_any, ev = win_f.copy(), (win_f > 0).mean(axis=1), win_e.mean(axis=1)
        elif self.name == "poisson_last":
            draws, p_any, ev = poisson_draws(last_f, self.n_draws), 1 - np.exp(-last_f), last_e
        else:
            raise ValueError(f"unknown baseline {self.name!r}; known: {', '.join(BASELINE_NAMES)}")
        return {
            h: Forecast(self.name, history.unit_ids, history.last_month, h, draws, p_any, ev)
            for h in horizons
        }


BASELINE_NAMES: tuple[str, ...] = ("zero", "no_change", "hist_mean_12", "bootstrap_12", "poisson_last")


def baselines(n_draws: int = 1000) -> list[Baseline]:
    """One instance of every baseline, in the order of :data:`BASELINE_NAMES`."""
    return [Baseline(name, n_draws) for name in BASELINE_NAMES]
