"""The two forecasting jobs the shells run: a backtest report and an operational forecast.

Each takes where the panel comes from (the store at ``db``, or a panel file),
does the work and writes the requested files; the CLI only parses arguments and
prints what these return.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Sequence

import numpy as np
import pandas as pd

from ..errors import UsageError
from .backtest import run_backtest
from .calibration import plot_reliability
from .distribution import REPORTED_QUANTILES
from .model_card import model_card, write_model_card
from .models import HurdleGBM
from .neighbours import Neighbours, load_neighbours, neighbours_from_centroids
from .panel import Panel, load_panel, month_str, to_month

#: Columns of ``forecast run`` output, in order.
RUN_COLUMNS: tuple[str, ...] = (
    "unit_id", "unit_name", "origin", "target_month", "p_any_fatal", "fatalities_mean",
    "fatalities_q10", "fatalities_q50", "fatalities_q90", "events_mean",
)


def parse_horizons(text: str | Sequence[int]) -> tuple[int, ...]:
    """``"1,3,6"``, ``"1..6"`` (inclusive) or a mix like ``"1..3,6,12"`` -> sorted unique months."""
    if not isinstance(text, str):
        out = {int(h) for h in text}
    else:
        out = set()
        for part in filter(None, (p.strip() for p in text.split(","))):
            m = re.fullmatch(r"(\d+)\s*(?:\.\.|-)\s*(\d+)", part)
            if m:
                lo, hi = int(m.group(1)), int(m.group(2))
                if hi < lo:
                    raise UsageError(f"horizon range {part!r} runs backwards")
                out.update(range(lo, hi + 1))
            elif part.isdigit():
                out.add(int(part))
            else:
                raise UsageError(f"not a horizon list: {text!r} (write e.g. 1,3,6 or 1..6)")
    if not out or min(out) < 1:
        raise UsageError("horizons must be whole months of at least 1")
    if max(out) > 36:
        raise UsageError("horizons beyond 36 months are not supported")
    return tuple(sorted(out))


def resolve_neighbours(panel: Panel, neighbours_file: str | Path | None = None) -> Neighbours | None:
    """Neighbours from a file when given, else from the panel's centroids when it has them."""
    if neighbours_file is not None:
        return load_neighbours(neighbours_file)
    if panel.lat is not None and panel.lon is not None and np.isfinite(panel.lat).any():
        return neighbours_from_centroids(panel.unit_ids, panel.lat, panel.lon)
    return None


def backtest_report(
    *,
    unit: str,
    start: str,
    end: str,
    horizons: str | Sequence[int] = (1, 3, 6),
    db: str | Path | None = None,
    panel_file: str | Path | None = None,
    source: str = "aggregates",
    neighbours_file: str | Path | None = None,
    out: str | Path | None = None,
    plot: str | Path | None = None,
    card: str | Path | None = None,
    records: str | Path | None = None,
    refit_every: int = 3,
    panel: Panel | None = None,
) -> dict:
    """Run the backtest and write the requested files; returns the JSON report."""
    hs, panel, neighbours = _inputs(horizons, panel, db=db, unit=unit, source=source, panel_file=panel_file,
                                    neighbours_file=neighbours_file)
    result = run_backtest(panel, start, end, hs, neighbours=neighbours, unit=unit, refit_every=refit_every)
    report = result.to_json()
    report["neighbours"] = "given" if neighbours else "none"
    if out is not None:
        Path(out).write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    if plot is not None:
        plot_reliability(result.records, plot, title=f"P(any fatal event), {unit}, origins {start} to {end}")
    if card is not None:
        write_model_card(model_card(result), card)
    if records is not None:
        _write_table(result.records, records)
    return report


def forecast_table(
    panel: Panel,
    origin,
    horizons: Sequence[int],
    *,
    neighbours: Neighbours | None = None,
    model: HurdleGBM | None = None,
) -> pd.DataFrame:
    """The ``sahelwatch`` model's forecast from ``origin``: one row per unit and horizon."""
    o = to_month(origin)
    if o > panel.last_month:
        raise UsageError(
            f"origin {month_str(o)} is after the last month of data ({month_str(panel.last_month)})"
        )
    history = panel.upto(o)
    model = model or HurdleGBM(neighbours=neighbours, with_events=True)
    forecasts = model.forecast(history, tuple(horizons))
    frames = []
    for h in sorted(forecasts):
        fc = forecasts[h]
        q = {f"fatalities_q{round(100 * a)}": fc.quantile(a) for a in REPORTED_QUANTILES}
        frames.append(pd.DataFrame({
            "unit_id": list(panel.unit_ids),
            "unit_name": list(panel.unit_names),
            "origin": month_str(o),
            "target_month": month_str(fc.target_month),
            "p_any_fatal": np.round(fc.p_any, 4),
            "fatalities_mean": np.round(fc.mean(), 3),
            **q,
            "events_mean": np.round(fc.events_mean, 3),
        }))
    return pd.concat(frames, ignore_index=True)[list(RUN_COLUMNS)]


def forecast_run(
    *,
    unit: str,
    origin: str,
    horizons: str | Sequence[int],
    out: str | Path,
    db: str | Path | None = None,
    panel_file: str | Path | None = None,
    source: str = "aggregates",
    neighbours_file: str | Path | None = None,
    panel: Panel | None = None,
) -> dict:
    """Forecast from ``origin`` and write the table to ``out`` (CSV, or Parquet by suffix)."""
    hs, panel, neighbours = _inputs(horizons, panel, db=db, unit=unit, source=source, panel_file=panel_file,
                                    neighbours_file=neighbours_file)
    table = forecast_table(panel, origin, hs, neighbours=neighbours)
    _write_table(table, out)
    top = table[table["target_month"] == table["target_month"].min()].nlargest(5, "p_any_fatal")
    return {
        "unit": unit,
        "origin": month_str(to_month(origin)),
        "horizons": list(hs),
        "units": panel.n_units,
        "rows": int(len(table)),
        "out": str(out),
        "neighbours": "given" if neighbours else "none",
        "highest_p_any_fatal": top[["unit_id", "unit_name", "target_month", "p_any_fatal", "fatalities_mean"]]
        .to_dict("records"),
    }


def _write_table(frame: pd.DataFrame, path: str | Path) -> None:
    p = Path(path)
    if p.suffix.lower() == ".parquet":
        frame.to_parquet(p, index=False)
    else:
        frame.to_csv(p, index=False)


def _inputs(horizons, panel: Panel | None, *, db, unit: str, source: str, panel_file, neighbours_file):
    """Horizons, the panel (from the database or a file unless given) and its neighbours."""
    if panel is None:
        panel = load_panel(db=db, unit=unit, source=source, panel_file=panel_file)
    return parse_horizons(horizons), panel, resolve_neighbours(panel, neighbours_file)
