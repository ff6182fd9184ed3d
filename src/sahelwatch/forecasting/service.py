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

from ..errors import InputError, UsageError
from . import stored
from .backtest import QUANTILE_COLUMNS, RECORD_FILE_COLUMNS, run_backtest
from .calibration import plot_reliability
from .model_card import model_card, write_model_card
from .models import HurdleGBM
from .neighbours import Neighbours, load_neighbours, neighbours_from_centroids
from .panel import Panel, load_panel, month_str, panel_from_store, to_month

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
    store: bool | None = None,
) -> dict:
    """Run the backtest, store it in the database at ``db`` (see :func:`_inputs` for when) and write the
    requested files; returns the JSON report (with ``stored``: what was stored, or null)."""
    hs, panel, neighbours, origin_of, keep = _inputs(horizons, panel, db=db, unit=unit, source=source,
                                                     panel_file=panel_file, neighbours_file=neighbours_file,
                                                     store=store)
    n_draws = 1000
    result = run_backtest(panel, start, end, hs, neighbours=neighbours, unit=unit, refit_every=refit_every,
                          n_draws=n_draws)
    report = result.to_json()
    report["neighbours"] = "given" if neighbours else "none"
    stored_as = (stored.save(db, stored.backtest_record(result, panel, origin_of=origin_of, refit_every=refit_every,
                                                        n_draws=n_draws)) if keep else None)
    if out is not None:
        Path(out).write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    if plot is not None:
        plot_reliability(result.records, plot, title=f"P(any fatal event), {unit}, origins {start} to {end}")
    if card is not None:
        write_model_card(model_card(result), card)
    if records is not None:
        _write_table(result.records[list(RECORD_FILE_COLUMNS)], records)
    report["stored"] = stored_as
    return report


def forecast_table(
    panel: Panel,
    origin,
    horizons: Sequence[int],
    *,
    neighbours: Neighbours | None = None,
    model: HurdleGBM | None = None,
) -> pd.DataFrame:
    """The ``sahelwatch`` model's forecast from ``origin``: one row per unit and horizon, with the columns of
    :data:`RUN_COLUMNS` (the file ``forecast run`` writes) and more: every quantile of
    :data:`.backtest.QUANTILE_COLUMNS`, the horizon and the expected log1p(fatalities)."""
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
        q = {f"fatalities_{name}": fc.quantile(a) for name, a in QUANTILE_COLUMNS.items()}
        frames.append(pd.DataFrame({
            "unit_id": list(panel.unit_ids),
            "unit_name": list(panel.unit_names),
            "origin": month_str(o),
            "target_month": month_str(fc.target_month),
            "p_any_fatal": np.round(fc.p_any, 4),
            "fatalities_mean": np.round(fc.mean(), 3),
            **q,
            "events_mean": np.round(fc.events_mean, 3),
            "horizon": h,
            "elog1p": fc.expected_log1p(),
        }))
    return pd.concat(frames, ignore_index=True)


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
    store: bool | None = None,
) -> dict:
    """Forecast from ``origin``, store the run in the database at ``db`` (see :func:`_inputs` for when) and
    write the table to ``out`` (CSV, or Parquet by suffix)."""
    hs, panel, neighbours, origin_of, keep = _inputs(horizons, panel, db=db, unit=unit, source=source,
                                                     panel_file=panel_file, neighbours_file=neighbours_file,
                                                     store=store)
    model = HurdleGBM(neighbours=neighbours, with_events=True)
    table = forecast_table(panel, origin, hs, neighbours=neighbours, model=model)
    stored_as = (stored.save(db, stored.run_record(table, panel, model, unit=unit, horizons=hs, origin_of=origin_of))
                 if keep else None)
    _write_table(table[list(RUN_COLUMNS)], out)
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
        "stored": stored_as,
    }


def _write_table(frame: pd.DataFrame, path: str | Path) -> None:
    p = Path(path)
    if p.suffix.lower() == ".parquet":
        frame.to_parquet(p, index=False)
    else:
        frame.to_csv(p, index=False)


def _inputs(horizons, panel: Panel | None, *, db, unit: str, source: str, panel_file, neighbours_file,
            store: bool | None = None):
    """Horizons, the panel (from the database or a file unless given), its neighbours, where the panel came
    from (:class:`.stored.TrainedOn`) and whether to store the result in the database at ``db``.

    A panel read from the database is stored back by default (``store=False`` does not); the store's last
    finished ingest is read in the same opening as the panel. A panel from a file or given is stored only
    with ``store=True`` (the database must exist; the panel file's hash stands for the snapshot)."""
    hs = parse_horizons(horizons)
    snapshot = None
    if panel is None and panel_file is None:
        if db is None:
            raise UsageError("give a database (--db) or a panel file (--panel)")
        from ..store import is_url, open_store

        if not is_url(db) and not Path(db).exists():
            raise InputError("no such database file", path=str(db))
        with open_store(db, read_only=True) as st:
            panel = panel_from_store(st, unit=unit, source=source)
            snapshot = st.forecasts.last_ingest()
        origin = f"store:{source}"
        keep = store is not False
    else:
        if panel is None:
            panel = load_panel(panel_file=panel_file)
        origin = f"file:{Path(panel_file).name}" if panel_file is not None else "given"
        keep = bool(store)
        if keep and db is None:
            raise UsageError("storing a forecast needs a database (--db)")
    return hs, panel, resolve_neighbours(panel, neighbours_file), stored.trained_on(panel, origin, snapshot), keep
