"""A store holding a forecast run and a backtest of the sahelwatch model, both made by the forecasting service
(what ``sahelwatch forecast run`` and ``forecast backtest`` call) on the project's own chronology, and an
independent count of what happened per admin1 unit and month, read straight from the chronology file."""

from __future__ import annotations

import csv
import datetime as dt
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import ROOT

CHRONOLOGY = ROOT / "data" / "chronology" / "events-2012-2018.csv"
ORIGIN = "2018-06"
BACKTEST = ("2017-09", "2018-05")


@dataclass
class ForecastStore:
    db: str | Path
    run_csv: Path
    records: Path
    run: dict
    report: dict


def build(d: Path, db: str | Path | None = None) -> ForecastStore:
    """The store at ``db`` (a DuckDB file path or a PostgreSQL URL; default: a new file in ``d``)."""
    from sahelwatch.forecasting.service import backtest_report, forecast_run
    from sahelwatch.ingest import ingest_files
    from sahelwatch.store import open_store

    db = db or d / "forecasts.duckdb"
    with open_store(db) as store:
        ingest_files(store, [CHRONOLOGY], today=dt.date(2026, 11, 24), quarantine_dir=d / "q")
    run = forecast_run(unit="admin1", origin=ORIGIN, horizons="1..2", out=d / "run.csv", db=db, source="events")
    report = backtest_report(unit="admin1", start=BACKTEST[0], end=BACKTEST[1], horizons="1", db=db,
                             source="events", records=d / "records.csv")
    return ForecastStore(db, d / "run.csv", d / "records.csv", run, report)


def observed_fatalities(month: str) -> Counter:
    """Fatalities (best) per ``ISO3|admin1`` in ``month`` (YYYY-MM), counted from the chronology file."""
    out: Counter = Counter()
    with CHRONOLOGY.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if row["event_date"].startswith(month):
                iso3 = {"Mali": "MLI", "Niger": "NER", "Burkina Faso": "BFA"}[row["country"]]
                out[f"{iso3}|{row['admin1']}"] += int(row["fatalities_best"] or 0)
    return out
