"""Probabilistic forecasts of fatalities per unit and month, and honest rolling-origin backtests.

The flow: a long monthly frame becomes a complete :class:`~.panel.Panel`
(:mod:`.panel`); :mod:`.features` describes each unit at the end of each month
from its past alone; :mod:`.baselines` and :mod:`.models` turn a panel's history
into a :class:`~.distribution.Forecast` (a predictive distribution per unit);
:mod:`.backtest` runs every model from every origin and :mod:`.scores` scores
them; :mod:`.calibration` and :mod:`.model_card` report on the result;
:mod:`.service` is what the command line runs.
"""

from .backtest import BacktestResult, default_models, run_backtest
from .baselines import BASELINE_NAMES, Baseline, baselines
from .distribution import Forecast
from .models import MODEL_NAME, HurdleGBM
from .neighbours import (
    load_neighbours,
    neighbours_from_centroids,
    neighbours_from_polygons,
)
from .panel import (
    Panel,
    build_panel,
    load_panel,
    panel_from_aggregates,
    read_panel_file,
)

__all__ = [
    "BASELINE_NAMES", "BacktestResult", "Baseline", "Forecast", "HurdleGBM", "MODEL_NAME", "Panel",
    "baselines", "build_panel", "default_models", "load_neighbours", "load_panel",
    "neighbours_from_centroids", "neighbours_from_polygons", "panel_from_aggregates",
    "read_panel_file", "run_backtest",
]
