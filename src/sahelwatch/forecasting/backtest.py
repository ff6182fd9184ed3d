"""Rolling-origin backtests: every model forecasts from every origin, seeing only its past.

Origins run monthly from ``start`` to ``end``. An origin is the last month of
known data; horizon ``h`` forecasts month ``origin + h``. At each origin every
model receives ``panel.upto(origin)`` and nothing else, so no model can see
the future, whatever its code does. An origin whose target month lies beyond
the panel is skipped for that horizon and counted in ``skipped``.

Scores (see :mod:`.scores`) are pooled over every scored unit-month of a
horizon; ``per_origin`` keeps each origin's own scores, and ``records`` every
single forecast, for the worst and best cases.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Callable, Mapping, Sequence

import numpy as np
import pandas as pd

from ..errors import UsageError
from .baselines import BASELINE_NAMES, baselines
from .distribution import Forecast
from .models import MODEL_NAME, HurdleGBM
from .neighbours import Neighbours
from .panel import Panel, month_range, month_str, to_month
from .scores import INTERVALS, SCORE_NAMES, crps_ensemble, interval_coverage, summarize

#: The least history (months) a backtest origin needs before it.
MIN_HISTORY_MONTHS = 36
#: The predictive quantiles kept for every forecast of a backtest (column -> level): the 10/50/90 of the
#: records file, and the bounds of the central 50% and 90% intervals (:data:`.scores.INTERVALS`).
QUANTILE_COLUMNS: Mapping[str, float] = {"q05": 0.05, "q10": 0.1, "q25": 0.25, "q50": 0.5, "q75": 0.75,
                                         "q90": 0.9, "q95": 0.95}
#: The columns of the ``--records`` file (the records hold more: every quantile above, expected events).
RECORD_FILE_COLUMNS: tuple[str, ...] = ("model", "origin", "horizon", "target_month", "unit_id", "unit_name", "y",
                                        "crps", "p_any", "mean", "elog1p", "q10", "q50", "q90")


def default_models(
    neighbours: Neighbours | None = None, *, refit_every: int = 3, n_draws: int = 1000, with_events: bool = False
) -> list:
    """The five baselines and the ``sahelwatch`` model, fresh."""
    return baselines(n_draws) + [
        HurdleGBM(neighbours=neighbours, refit_every=refit_every, n_draws=n_draws, with_events=with_events)
    ]


@dataclass(frozen=True, eq=False)
class BacktestResult:
    unit: str
    origins: tuple[np.datetime64, ...]  # every origin requested
    horizons: tuple[int, ...]
    skipped: Mapping[int, int]  # origins skipped per horizon (target beyond the data)
    records: pd.DataFrame  # one row per model, origin, horizon and unit
    models: Mapping[str, object] = field(default_factory=dict)  # the model objects, as left by the run

    @property
    def model_names(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(self.records["model"]))

    def scores(self) -> dict[str, dict[str, dict[str, float]]]:
        """``{model: {"h1": {score: value, "n": forecasts, "origins": scored origins}}}``."""
        out: dict[str, dict[str, dict[str, float]]] = {}
        for (model, h), g in self.records.groupby(["model", "horizon"], sort=False):
            s = dict(summarize(g["crps"].to_numpy(), g["p_any"].to_numpy(), g["elog1p"].to_numpy(), g["y"].to_numpy()))
            s["n"] = int(len(g))
            s["origins"] = int(g["origin"].nunique())
            out.setdefault(model, {})[f"h{h}"] = s
        return out

    def per_origin(self) -> dict[str, dict[str, list[dict]]]:
        """Each origin's scores: ``{model: {"h1": [{"origin", "crps", ..., "fatal_units"}]}}``."""
        out: dict[str, dict[str, list[dict]]] = {}
        for (model, h, origin), g in self.records.groupby(["model", "horizon", "origin"], sort=True):
            s = dict(summarize(g["crps"].to_numpy(), g["p_any"].to_numpy(), g["elog1p"].to_numpy(), g["y"].to_numpy()))
            s = {k: (None if isinstance(v, float) and math.isnan(v) else v) for k, v in s.items()}
            s.update(origin=origin, fatal_units=int((g["y"] > 0).sum()), fatalities=int(g["y"].sum()))
            out.setdefault(model, {}).setdefault(f"h{h}", []).append(s)
        return out

    def coverage(self) -> dict[str, dict[str, dict[str, float]]]:
        """The share of outcomes inside each central interval (:data:`.scores.INTERVALS`):
        ``{model: {"h1": {"50": share, "90": share, "n": forecasts}}}``."""
        out: dict[str, dict[str, dict[str, float]]] = {}
        for (model, h), g in self.records.groupby(["model", "horizon"], sort=False):
            c: dict[str, float] = {name: interval_coverage(g[f"q{round(100 * lo):02d}"], g[f"q{round(100 * hi):02d}"],
                                                           g["y"])
                                   for name, (lo, hi) in INTERVALS.items()}
            c["n"] = int(len(g))
            out.setdefault(model, {})[f"h{h}"] = c
        return out

    def best_baseline(self, horizon: int, score: str = "crps") -> tuple[str, float]:
        """The baseline with the best ``score`` at ``horizon`` (lowest, or highest for AP)."""
        table = self.scores()
        key = f"h{horizon}"
        values = {m: table[m][key][score] for m in table if m in BASELINE_NAMES and key in table[m]}
        values = {m: v for m, v in values.items() if not math.isnan(v)}
        if not values:
            raise ValueError(f"no baseline scored at h{horizon}")
        pick = max if score.startswith("ap") else min
        name = pick(values, key=values.get)
        return name, values[name]

    def cases(self, model: str = MODEL_NAME, horizon: int = 1, n: int = 5) -> dict[str, list[dict]]:
        """Worst and best units and origins of ``model`` at ``horizon``, by mean CRPS,
        each beside the best baseline's CRPS on the same unit-months."""
        r = self.records[self.records["horizon"] == horizon]
        base, _ = self.best_baseline(horizon)
        mine = r[r["model"] == model]
        ref = r[r["model"] == base].set_index(["origin", "unit_id"])["crps"]
        mine = mine.assign(baseline_crps=ref.reindex(list(zip(mine["origin"], mine["unit_id"]))).to_numpy())
        out = {}
        for key, cols in (("units", ["unit_id", "unit_name"]), ("origins", ["origin"])):
            g = mine.groupby(cols, sort=False).agg(
                crps=("crps", "mean"), baseline_crps=("baseline_crps", "mean"),
                fatalities=("y", "sum"), mean_forecast=("mean", "sum"),
            ).reset_index()
            g["crps_minus_baseline"] = g["crps"] - g["baseline_crps"]
            rows = g.sort_values("crps_minus_baseline")
            out[f"best_{key}"] = rows.head(n).to_dict("records")
            out[f"worst_{key}"] = rows.tail(n).iloc[::-1].to_dict("records")
        out["baseline"] = base
        return out

    def to_json(self, *, per_origin: bool = True, cases: bool = True) -> dict:
        """The interface's JSON: ``{"unit", "origins", "models": {NAME: {"h1": {...}}}}`` and more."""

        def clean(v):
            if isinstance(v, float) and math.isnan(v):
                return None
            if isinstance(v, dict):
                return {k: clean(x) for k, x in v.items()}
            if isinstance(v, list):
                return [clean(x) for x in v]
            if isinstance(v, (np.floating, np.integer)):
                return clean(v.item())
            return v

        out = {
            "unit": self.unit,
            "origins": len(self.origins),
            "start": month_str(self.origins[0]) if self.origins else None,
            "end": month_str(self.origins[-1]) if self.origins else None,
            "horizons": list(self.horizons),
            "skipped": {f"h{h}": int(self.skipped.get(h, 0)) for h in self.horizons},
            "models": clean(self.scores()),
            "scores_doc": {
                "crps": "mean CRPS of the predictive distribution of fatalities per unit-month (exact for the draws)",
                "brier_any_fatal": "Brier score of P(fatalities > 0)",
                "ap_any_fatal": "average precision of P(fatalities > 0), pooled over the horizon's unit-months",
                "mse_log1p": "MSE of log1p(fatalities) with the predictive mean of log1p(fatalities) as point forecast",
            },
        }
        if cases and MODEL_NAME in self.model_names:
            out["cases"] = {
                f"h{h}": clean(self.cases(MODEL_NAME, h)) for h in self.horizons
                if ((self.records["horizon"] == h) & (self.records["model"] == MODEL_NAME)).any()
            }
        if per_origin:
            out["per_origin"] = clean(self.per_origin())
        return out


def origins_between(start, end) -> np.ndarray:
    s, e = to_month(start), to_month(end)
    if e < s:
        raise UsageError(f"the end origin {month_str(e)} is before the start {month_str(s)}")
    return month_range(s, e)


def run_backtest(
    panel: Panel,
    start,
    end,
    horizons: Sequence[int] = (1, 3, 6),
    *,
    models: Sequence | None = None,
    neighbours: Neighbours | None = None,
    unit: str = "admin2",
    refit_every: int = 3,
    n_draws: int = 1000,
    on_origin: Callable[[np.datetime64], None] | None = None,
) -> BacktestResult:
    """Backtest ``models`` (default: :func:`default_models`) on ``panel`` from ``start`` to ``end``."""
    horizons = tuple(sorted({int(h) for h in horizons}))
    if not horizons or horizons[0] < 1:
        raise UsageError("horizons must be positive whole months, e.g. 1,3,6")
    origins = origins_between(start, end)
    if origins[0] < panel.first_month + (MIN_HISTORY_MONTHS - 1):
        raise UsageError(
            f"the first origin {month_str(origins[0])} leaves less than {MIN_HISTORY_MONTHS} months of history"
            f" (the panel starts {month_str(panel.first_month)})"
        )
    if models is None:
        models = default_models(neighbours, refit_every=refit_every, n_draws=n_draws)
    names = [m.name for m in models]
    if len(set(names)) != len(names):
        raise UsageError(f"model names must be unique, got {names}")

    skipped = {h: 0 for h in horizons}
    chunks: list[pd.DataFrame] = []
    unit_ids = np.array(panel.unit_ids, dtype=object)
    unit_names = np.array(panel.unit_names, dtype=object)
    for origin in origins:
        live = [h for h in horizons if origin + h <= panel.last_month]
        for h in horizons:
            if h not in live:
                skipped[h] += 1
        if not live:
            continue
        history = panel.upto(origin)
        o = history.n_months - 1
        for model in models:
            forecasts: Mapping[int, Forecast] = model.forecast(history, live)
            for h in live:
                fc = forecasts[h]
                if fc.unit_ids != panel.unit_ids:
                    raise ValueError(f"{model.name} forecast other units than the panel's")
                y = panel.fatalities[:, o + h].astype(float)
                chunks.append(
                    pd.DataFrame(
                        {
                            "model": model.name,
                            "origin": month_str(origin),
                            "horizon": h,
                            "target_month": month_str(origin + h),
                            "unit_id": unit_ids,
                            "unit_name": unit_names,
                            "y": y,
                            "crps": crps_ensemble(fc.draws, y),
                            "p_any": fc.p_any,
                            "mean": fc.mean(),
                            "elog1p": fc.expected_log1p(),
                            **{name: fc.quantile(q) for name, q in QUANTILE_COLUMNS.items()},
                            "events_mean": fc.events_mean,
                        }
                    )
                )
        if on_origin is not None:
            on_origin(origin)
    records = pd.concat(chunks, ignore_index=True) if chunks else pd.DataFrame(
        columns=["model", "origin", "horizon", "target_month", "unit_id", "unit_name", "y", "crps",
                 "p_any", "mean", "elog1p", *QUANTILE_COLUMNS, "events_mean"]
    )
    return BacktestResult(
        unit=unit,
        origins=tuple(origins),
        horizons=horizons,
        skipped=skipped,
        records=records,
        models={m.name: m for m in models},
    )


__all__ = ["BacktestResult", "run_backtest", "default_models", "origins_between", "SCORE_NAMES"]
