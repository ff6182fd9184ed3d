"""The ``sahelwatch`` forecaster: a gradient-boosted hurdle model with an empirical error law.

For each horizon ``h`` the model learns, from the features of a unit at the end of
month ``t`` (see :mod:`.features`) and the outcome at ``t + h``:

1. a classifier for P(fatalities > 0) (LightGBM, binary log-loss, small trees
   with at least 300 unit-months per leaf: the outcome is rare and noisy);
2. the law of log1p(fatalities) given that there was at least one, as
   ``n_quantiles`` LightGBM quantile regressors (pinball loss at the levels
   ``(k + 0.5) / n_quantiles``), trained on the positive unit-months only; the
   pinball loss integrated over levels is the CRPS, so this fits the score the
   model is judged on. A positive training month weighs ``(1 + s)^positive_weight_power``
   times more, with ``s`` = log1p(the unit's fatalities over the 12 months to the
   feature month): the pinball loss only sees the sign of an error, so without
   it the trees spend as much capacity on a quiet cercle's single death as on the
   violent cercles whose large months make most of the CRPS on the count scale.
   The weight depends on the features only, never on the outcome, so the
   conditional quantiles being estimated stay the same; only where the trees
   look changes. (``positive_law="residuals"`` instead fits one squared-error
   regressor and takes its error law **out of sample**: fitted without the last
   ``holdout_months`` of targets, its errors on those months are kept.)
3. a Poisson regressor for the expected number of events.

The forecast is then a linear pool: with weight ``pool_weight`` (0.3) the law
above is mixed with the empirical law of the unit's last ``pool_window`` (12)
monthly counts (the ``bootstrap_12`` baseline). The pool is sharper than the
empirical law and keeps a share of the unit's recent peaks in its tail, which the
regressors shrink towards the typical month; it lowered the CRPS, the Brier score
and the log1p error at every horizon of the 2012-2014 selection period
(``pool_weight=0`` gives the plain hurdle law). P(any) is pooled the same way.

The predictive distribution of fatalities is the hurdle mixture: 0 with
probability ``1 - p``, otherwise ``max(1, round(expm1(q)))`` with ``q`` drawn from
the positive part's quantiles. It is represented by a deterministic quantile grid
of ``n_draws`` values, so P(any) is exact up to 1/n_draws and forecasts are
reproducible.

Hyper-parameters were chosen on backtest origins 2012-01 to 2014-12 of the
ACLED-on-HDX Mali admin2 panel, before the 2015-2020 period the project reports.

Training uses every unit-month whose target is known at the origin (``t + h <=
origin``), never anything later: the model only ever receives
``panel.upto(origin)``. It is refitted when the origin has moved ``refit_every``
months since the last fit (the same model forecasts from the newer data in
between).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping, Sequence

import numpy as np

from ..errors import UsageError
from .distribution import Forecast, linear_pool, quantile_grid
from .features import FeatureTensor, feature_tensor
from .neighbours import Neighbours
from .panel import Panel, month_str

MODEL_NAME = "sahelwatch"


@dataclass
class _Fitted:
    panel_key: tuple  # (unit ids, first month): a fit only serves the panel it was trained on
    origin_index: int
    origin: np.datetime64
    feature_names: tuple[str, ...]
    classifiers: list  # one per bagging member
    regressor: object | None  # the squared-error regressor (positive_law="residuals")
    events: object | None
    residuals: np.ndarray  # sorted out-of-sample errors of the regressor, log1p scale, per bin
    residual_edges: np.ndarray  # bin edges of the regressor's prediction (len = bins - 1)
    quantile_models: list  # per member, the positive part's quantile regressors (positive_law="quantile")
    n_train: int
    n_positive: int
    importance_gain: Mapping[str, float]  # classifier + regressor gain, normalised to sum 1


@dataclass
class HurdleGBM:
    """The project's forecaster (see the module docstring)."""

    neighbours: Neighbours | None = None
    refit_every: int = 3
    n_draws: int = 1000
    holdout_months: int = 12
    min_residuals: int = 40
    residual_bins: int = 1  # error laws by level of the predicted positive count
    positive_law: str = "quantile"  # or "residuals": one regressor and its out-of-sample error law
    n_quantiles: int = 20
    n_members: int = 1  # bagging: members differ by seed (row and column subsampling)
    min_history: int = 12
    train_from_months: int | None = None  # only the last N months of targets (None: all)
    half_life_months: float | None = 60.0  # recency weighting of training rows (None: equal)
    with_events: bool = True
    positive_weight_power: float = 2.0  # emphasis of violent units in the positive part (0: none)
    pool_weight: float = 0.3  # weight of the unit's recent empirical law in the final linear pool
    pool_window: int = 12  # months of that empirical law
    seed: int = 20240601
    num_threads: int = 1
    classifier_params: Mapping[str, object] = field(default_factory=dict)
    regressor_params: Mapping[str, object] = field(default_factory=dict)
    name: str = MODEL_NAME
    fits: dict[int, list[_Fitted]] = field(default_factory=dict, init=False, repr=False)

    # ------------------------------------------------------------------ public
    def forecast(self, history: Panel, horizons: Sequence[int]) -> dict[int, Forecast]:
        feats = feature_tensor(history, self.neighbours)
        now = history.n_months - 1
        out = {}
        for h in horizons:
            fitted = self._current(h)
            if (
                fitted is None
                or fitted.panel_key != (history.unit_ids, history.first_month)
                or fitted.feature_names[:-1] != feats.names
                or now - fitted.origin_index >= self.refit_every
                or fitted.origin_index > now  # never forecast an earlier origin with a later fit
            ):
                fitted = self._fit(history, feats, h)
                self.fits.setdefault(h, []).append(fitted)
            x = self._design_rows(feats, np.array([now]), h)[0]
            out[h] = self._predict(fitted, history, x, h)
        return out

    def latest(self, horizon: int) -> _Fitted | None:
        """The fit used for the last forecast at ``horizon``."""
        return self._current(horizon)

    def _current(self, h: int) -> _Fitted | None:
        fits = self.fits.get(h)
        return fits[-1] if fits else None

    # ------------------------------------------------------------------ design
    @staticmethod
    def _design_rows(feats: FeatureTensor, ts: np.ndarray, h: int) -> tuple[np.ndarray, np.ndarray]:
        """Rows (units x ``ts``) of features at month t, plus the target's month of year."""
        x = feats.values[:, ts, :]  # (n_units, len(ts), k)
        moy = ((feats.month_of_year[ts] + h) % 12 + 1).astype(float)
        moy = np.broadcast_to(moy[None, :, None], x.shape[:2] + (1,))
        x = np.concatenate([x, moy], axis=2)
        unit_index = np.broadcast_to(np.arange(x.shape[0])[:, None], x.shape[:2])
        return x.reshape(-1, x.shape[2]), unit_index.reshape(-1)

    def _fit(self, history: Panel, feats: FeatureTensor, h: int) -> _Fitted:
        import lightgbm as lgb

        now = history.n_months - 1
        first = self.min_history - 1
        last = now - h  # the last feature month whose target is known
        if self.train_from_months is not None:
            first = max(first, last - self.train_from_months + 1)
        if last - first + 1 < 12:
            raise UsageError(
                f"{self.name}: too little history to train at horizon {h}"
                f" ({history.n_months} months; need at least {self.min_history + h + 11})"
            )
        ts = np.arange(first, last + 1)
        x, _ = self._design_rows(feats, ts, h)
        y = history.fatalities[:, ts + h].astype(float).reshape(-1)
        ev = history.events[:, ts + h].astype(float).reshape(-1)
        target_t = np.broadcast_to((ts + h)[None, :], (history.n_units, len(ts))).reshape(-1)
        if self.half_life_months:
            w = 0.5 ** ((now - target_t) / self.half_life_months)
        else:
            w = np.ones(len(y))
        names = feats.names + ("target_month_of_year",)
        pos = y > 0

        clf_params = dict(
            objective="binary", n_estimators=200, learning_rate=0.03, num_leaves=4,
            min_child_samples=300, subsample=0.8, subsample_freq=1, colsample_bytree=0.8,
            reg_lambda=1.0, random_state=self.seed, n_jobs=self.num_threads, verbose=-1,
            deterministic=True, force_row_wise=True,
        )
        clf_params.update(self.classifier_params)
        reg_params = dict(
            objective="regression", n_estimators=100, learning_rate=0.04, num_leaves=7,
            min_child_samples=20, subsample=0.8, subsample_freq=1, colsample_bytree=0.8,
            reg_lambda=1.0, random_state=self.seed, n_jobs=self.num_threads, verbose=-1,
            deterministic=True, force_row_wise=True,
        )
        reg_params.update(self.regressor_params)

        if pos.sum() < 10 or pos.all():
            raise UsageError(
                f"{self.name}: the history up to {month_str(history.last_month)} has {int(pos.sum())} unit-months"
                f" with fatalities; the model needs at least 10, and some without, to train (h={h})"
            )
        members = range(self.n_members)
        clfs = [
            lgb.LGBMClassifier(**dict(clf_params, random_state=self.seed + j)).fit(x, pos.astype(int), sample_weight=w)
            for j in members
        ]

        ly = np.log1p(y)
        quantile_models: list = []
        if self.positive_law == "quantile":
            reg = None
            residuals, edges = [], np.array([])
            w_pos = w[pos]
            if self.positive_weight_power:
                recent = np.nan_to_num(x[pos, names.index("fat_sum12")])
                w_pos = w_pos * (1.0 + recent) ** self.positive_weight_power
            for j in members:
                group = []
                for a in quantile_grid(self.n_quantiles):
                    qp = dict(reg_params, objective="quantile", alpha=float(a), random_state=self.seed + j)
                    group.append(lgb.LGBMRegressor(**qp).fit(x[pos], ly[pos], sample_weight=w_pos))
                quantile_models.append(group)
            gain_r = sum(
                np.asarray(m.booster_.feature_importance("gain"), dtype=float) for g in quantile_models for m in g
            )
        elif self.positive_law == "residuals":
            residuals, edges = self._holdout_residuals(x, ly, w, pos, target_t, now, reg_params)
            reg = lgb.LGBMRegressor(**reg_params).fit(x[pos], ly[pos], sample_weight=w[pos])
            gain_r = np.asarray(reg.booster_.feature_importance("gain"), dtype=float)
        else:
            raise ValueError(f"positive_law is 'quantile' or 'residuals', not {self.positive_law!r}")

        events = None
        if self.with_events:
            ev_params = dict(reg_params, objective="poisson", num_leaves=15, min_child_samples=40)
            events = lgb.LGBMRegressor(**ev_params).fit(x, ev, sample_weight=w)

        gain = sum(np.asarray(c.booster_.feature_importance("gain"), dtype=float) for c in clfs)
        total = gain / max(gain.sum(), 1e-12) + gain_r / max(gain_r.sum(), 1e-12)
        total = total / max(total.sum(), 1e-12)
        return _Fitted(
            panel_key=(history.unit_ids, history.first_month),
            origin_index=now,
            origin=history.last_month,
            feature_names=names,
            classifiers=clfs,
            regressor=reg,
            events=events,
            residuals=residuals,
            residual_edges=edges,
            quantile_models=quantile_models,
            n_train=len(y),
            n_positive=int(pos.sum()),
            importance_gain=dict(zip(names, total.tolist())),
        )

    def _holdout_residuals(self, x, ly, w, pos, target_t, now, reg_params) -> np.ndarray:
        """Errors of the positive-part regressor on targets it was not trained on."""
        import lightgbm as lgb

        for window in (self.holdout_months, 2 * self.holdout_months, 4 * self.holdout_months):
            test = pos & (target_t > now - window)
            train = pos & (target_t <= now - window)
            if test.sum() >= self.min_residuals and train.sum() >= 20:
                reg = lgb.LGBMRegressor(**reg_params).fit(x[train], ly[train], sample_weight=w[train])
                pred = reg.predict(x[test])
                return _binned(ly[test] - pred, pred, self.residual_bins, self.min_residuals)
        # Too few positive months to hold any out: in-sample errors, widened by half
        # (they understate the real spread), so the forecast is not over-confident.
        reg = lgb.LGBMRegressor(**reg_params).fit(x[pos], ly[pos], sample_weight=w[pos])
        pred = reg.predict(x[pos])
        r = ly[pos] - pred
        return _binned(1.5 * (r - r.mean()), pred, 1, self.min_residuals)

    # ------------------------------------------------------------------ predict
    def _predict(self, fitted: _Fitted, history: Panel, x: np.ndarray, h: int) -> Forecast:
        p = np.mean([c.predict_proba(x)[:, 1] for c in fitted.classifiers], axis=0)
        if fitted.quantile_models:
            # quantile averaging (Vincentization) of the members' positive-part laws
            log_q = np.mean(
                [np.sort(np.column_stack([m.predict(x) for m in g]), axis=1) for g in fitted.quantile_models], axis=0
            )
            draws = hurdle_draws(p, log_q, self.n_draws)
        else:
            mu = fitted.regressor.predict(x)
            draws = np.empty((len(p), self.n_draws))
            bins = np.searchsorted(fitted.residual_edges, mu)
            for b in np.unique(bins):
                rows = bins == b
                log_q = mu[rows, None] + fitted.residuals[b][None, :]
                draws[rows] = hurdle_draws(p[rows], log_q, self.n_draws)
        if self.pool_weight > 0:
            recent = history.fatalities[:, -self.pool_window :].astype(float)
            draws = linear_pool(draws, recent, self.pool_weight, self.n_draws)
            p = (1.0 - self.pool_weight) * p + self.pool_weight * (recent > 0).mean(axis=1)
        if fitted.events is not None:
            events_mean = np.maximum(fitted.events.predict(x), 0.0)
        else:
            events_mean = np.full(len(p), np.nan)
        return Forecast(self.name, history.unit_ids, history.last_month, h, draws, p, events_mean)

    # ------------------------------------------------------------------ introspection
    def mean_importance(self) -> dict[int, dict[str, float]]:
        """Per horizon, each feature's gain share averaged over every fit so far."""
        out = {}
        for h, fits in self.fits.items():
            names = fits[-1].feature_names
            acc = {n: 0.0 for n in names}
            for f in fits:
                for n, v in f.importance_gain.items():
                    acc[n] = acc.get(n, 0.0) + v / len(fits)
            out[h] = dict(sorted(acc.items(), key=lambda kv: -kv[1]))
        return out


def _binned(r: np.ndarray, pred: np.ndarray, bins: int, min_per_bin: int):
    """Split errors ``r`` by quantile bins of ``pred``: (list of sorted errors, inner edges)."""
    bins = max(1, min(bins, len(r) // max(min_per_bin, 1)))
    edges = np.quantile(pred, np.linspace(0, 1, bins + 1)[1:-1]) if bins > 1 else np.array([])
    which = np.searchsorted(edges, pred)
    return [np.sort(r[which == b]) for b in range(bins)], edges


def hurdle_draws(
    p: np.ndarray, log_q: np.ndarray, n_draws: int, *, upper_tail: bool = True, cap: float = 10_000.0
) -> np.ndarray:
    """Quantile grid of the hurdle law: 0 w.p. ``1 - p``, else a positive count.

    Row ``i`` of ``log_q`` holds sorted log1p-quantiles of the positive part at the
    levels :func:`quantile_grid` ``(k)``; a positive draw is ``max(1, round(expm1(q)))``.
    Between levels the quantile function is linear. Above the top level, with
    ``upper_tail``, it continues as an exponential tail in log1p space (a Pareto-like
    tail in counts) whose scale is the slope between the top level and the upper
    quartile level, so the rare very deadly month keeps its weight in the mean;
    below the bottom level it stays flat. No draw exceeds ``cap``.
    """
    u = quantile_grid(n_draws)[None, :]
    p = np.clip(np.asarray(p, dtype=float), 0.0, 1.0)[:, None]
    log_q = np.asarray(log_q, dtype=float)
    zero = u < (1.0 - p)
    v = np.clip((u - (1.0 - p)) / np.maximum(p, 1e-12), 0.0, 1.0 - 1e-9)
    k = log_q.shape[1]
    levels = quantile_grid(k)
    r = np.empty(v.shape)
    for i in range(len(v)):
        r[i] = np.interp(v[i], levels, log_q[i])
    if upper_tail and k >= 4:
        top, ref = k - 1, (3 * k) // 4
        gap = np.log((1 - levels[ref]) / (1 - levels[top]))
        scale = np.maximum(log_q[:, top] - log_q[:, ref], 0.0)[:, None] / gap
        above = v > levels[top]
        extra = scale * np.log((1 - levels[top]) / (1 - np.where(above, v, levels[top])))
        r = np.where(above, log_q[:, top : top + 1] + extra, r)
    positive = np.clip(np.rint(np.expm1(np.maximum(r, 0.0))), 1.0, cap)
    return np.where(zero, 0.0, positive)
