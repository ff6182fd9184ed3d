"""Forecast runs and backtests kept in the store, and what is read back from them.

Storing: :func:`run_record` and :func:`backtest_record` turn a forecast table or a
:class:`~.backtest.BacktestResult` into one ``forecast_runs`` row and its values (see
:mod:`sahelwatch.store.forecasts`). Each row names the model, its version and the hash of its
configuration, the panel it was trained on (its own hash, its months, where it came from) and the store
snapshot it was read from (the last finished ingest). The run id is a hash of all that: the same model
run again on the same panel gets the same id and replaces the stored run rather than adding a second.

Reading: :func:`latest_forecast` (the last run's forecasts, with their intervals) and
:func:`last_backtest_check` (the last backtest's latest scored month: forecast, interval and what
happened per unit, with the interval coverage and the scores measured on those unit-months).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping, Sequence

import numpy as np
import pandas as pd
import pyarrow as pa

from .. import __version__
from ..jsonable import plain
from .backtest import QUANTILE_COLUMNS, BacktestResult
from .models import MODEL_NAME, HurdleGBM
from .neighbours import Neighbours
from .panel import Panel, month_str
from .scores import INTERVALS, interval_coverage, summarize

#: the period of every stored forecast (the panels are monthly)
PERIOD = "month"


@dataclass(frozen=True)
class TrainedOn:
    """Where a forecast's panel came from: ``source`` (``store:aggregates``, ``store:events`` or
    ``file:NAME``), the panel's own hash and months, and the store's last finished ingest when read."""

    source: str
    panel_sha256: str
    first_month: str | None
    last_month: str | None
    snapshot_ingest_id: str | None = None
    snapshot_at: dt.datetime | None = None


def panel_digest(panel: Panel) -> str:
    """SHA-256 of a panel's units, months and counts: equal panels, equal digests."""
    h = hashlib.sha256()
    h.update("\x1f".join(panel.unit_ids).encode("utf-8"))
    h.update(np.asarray(panel.months, dtype="datetime64[M]").astype("int64").tobytes())
    h.update(np.ascontiguousarray(panel.fatalities, dtype="float64").tobytes())
    h.update(np.ascontiguousarray(panel.events, dtype="float64").tobytes())
    return h.hexdigest()


def trained_on(panel: Panel, source: str, snapshot: Mapping | None = None) -> TrainedOn:
    snapshot = snapshot or {}
    return TrainedOn(source=source, panel_sha256=panel_digest(panel),
                     first_month=month_str(panel.first_month) if panel.n_months else None,
                     last_month=month_str(panel.last_month) if panel.n_months else None,
                     snapshot_ingest_id=snapshot.get("ingest_id"), snapshot_at=snapshot.get("finished_at"))


def _sha(obj) -> str:
    return hashlib.sha256(json.dumps(obj, sort_keys=True, default=str).encode("utf-8")).hexdigest()


def _neighbours_digest(neighbours: Neighbours | None) -> str | None:
    return None if not neighbours else _sha({k: list(v) for k, v in neighbours.items()})


def model_config(model: HurdleGBM) -> dict:
    """The configuration of the ``sahelwatch`` model: its parameters and a digest of its neighbours."""
    params = {f.name: getattr(model, f.name) for f in dataclasses.fields(model)
              if f.init and f.name not in ("neighbours", "name")}
    return {"model": model.name, "parameters": params, "neighbours_sha256": _neighbours_digest(model.neighbours)}


def _run_row(kind: str, *, config: dict, unit: str, origins: Sequence[str], horizons: Sequence[int],
             origin_of: TrainedOn, n_units: int, summary: dict | None) -> dict:
    config_hash = _sha(config)
    identity = {"kind": kind, "model": MODEL_NAME, "version": __version__, "config": config_hash, "unit": unit,
                "origins": [origins[0], origins[-1]], "horizons": list(horizons), "panel": origin_of.panel_sha256}
    return {
        "run_id": f"{kind}-{_sha(identity)[:20]}", "kind": kind, "created_at": dt.datetime.now(dt.timezone.utc),
        "model": MODEL_NAME, "model_version": __version__, "config_hash": config_hash,
        "config": json.dumps(config, sort_keys=True, default=str), "unit": unit, "period": PERIOD,
        "first_origin": origins[0], "last_origin": origins[-1], "horizons": ",".join(map(str, horizons)),
        "panel_source": origin_of.source, "panel_sha256": origin_of.panel_sha256,
        "panel_first_month": origin_of.first_month, "panel_last_month": origin_of.last_month,
        "snapshot_ingest_id": origin_of.snapshot_ingest_id, "snapshot_at": origin_of.snapshot_at,
        "n_units": int(n_units), "summary": None if summary is None else json.dumps(plain(summary), sort_keys=True),
    }


def _unit_attributes(panel: Panel, unit_ids: Iterable[str]) -> tuple[list, list]:
    index = {u: i for i, u in enumerate(panel.unit_ids)}
    rows = [index.get(u) for u in unit_ids]

    def pick(values):
        if values is None:
            return [None] * len(rows)
        return [None if i is None or not isinstance(values[i], str) or not values[i] else values[i] for i in rows]

    return pick(panel.iso3), pick(panel.admin1)


def _values(frame: pd.DataFrame, panel: Panel) -> pa.Table:
    iso3, admin1 = _unit_attributes(panel, frame["unit_id"])
    n = len(frame)

    def col(name, default=None):
        return frame[name].astype(float).tolist() if name in frame.columns else [default] * n

    return pa.table({
        "model": pa.array(frame["model"].astype(str).tolist(), pa.string()),
        "origin": pa.array(frame["origin"].astype(str).tolist(), pa.string()),
        "horizon": pa.array(frame["horizon"].astype(int).tolist(), pa.int32()),
        "target_month": pa.array(frame["target_month"].astype(str).tolist(), pa.string()),
        "unit_id": pa.array(frame["unit_id"].astype(str).tolist(), pa.string()),
        "unit_name": pa.array([None if v is None or v != v else str(v) for v in frame["unit_name"]], pa.string()),
        "iso3": pa.array(iso3, pa.string()), "admin1": pa.array(admin1, pa.string()),
        "p_any_fatal": pa.array(col("p_any"), pa.float64()),
        "fatalities_mean": pa.array(col("mean"), pa.float64()),
        **{q: pa.array(col(q), pa.float64()) for q in QUANTILE_COLUMNS},
        "expected_log1p": pa.array(col("elog1p"), pa.float64()),
        "events_mean": pa.array(col("events_mean"), pa.float64()),
        "observed": pa.array(col("y"), pa.float64()),
        "crps": pa.array(col("crps"), pa.float64()),
    })


def run_record(table: pd.DataFrame, panel: Panel, model: HurdleGBM, *, unit: str, horizons: Sequence[int],
               origin_of: TrainedOn) -> tuple[dict, pa.Table]:
    """The stored form of a ``forecast run`` table (from :func:`.service.forecast_table`)."""
    frame = table.rename(columns={"p_any_fatal": "p_any", "fatalities_mean": "mean",
                                  **{f"fatalities_{q}": q for q in QUANTILE_COLUMNS}}).assign(model=model.name)
    origin = str(table["origin"].iloc[0])
    row = _run_row("run", config=model_config(model), unit=unit, origins=[origin, origin], horizons=horizons,
                   origin_of=origin_of, n_units=panel.n_units, summary=None)
    return row, _values(frame, panel)


def backtest_record(result: BacktestResult, panel: Panel, *, origin_of: TrainedOn, refit_every: int,
                    n_draws: int) -> tuple[dict, pa.Table]:
    """The stored form of a backtest: every model's forecasts with what happened, and in the summary the
    scores and interval coverage per model and horizon, and the skipped origins."""
    model = result.models.get(MODEL_NAME)
    config = {"models": list(result.model_names), "refit_every": refit_every, "n_draws": n_draws,
              "sahelwatch": model_config(model) if isinstance(model, HurdleGBM) else None}
    origins = [month_str(o) for o in result.origins]
    summary = {"scores": result.scores(), "coverage": result.coverage(),
               "skipped": {f"h{h}": int(n) for h, n in result.skipped.items()}, "origins": len(origins),
               "intervals": {k: list(v) for k, v in INTERVALS.items()}}
    row = _run_row("backtest", config=config, unit=result.unit, origins=origins, horizons=result.horizons,
                   origin_of=origin_of, n_units=panel.n_units, summary=summary)
    return row, _values(result.records, panel)


def save(db: str | Path, record: tuple[dict, pa.Table]) -> dict:
    """Store a run or backtest in the database at ``db`` (one transaction): what was stored."""
    from ..store import open_store

    row, values = record
    with open_store(db, create=False) as store:
        replaced = store.forecasts.save(row, values)
    return {"run_id": row["run_id"], "kind": row["kind"], "values": values.num_rows, "replaced": replaced}


def prune(db: str | Path, *, keep: int | None = None, older_than_days: float | None = None, dry_run: bool = False,
          now: dt.datetime | None = None) -> dict:
    """Remove old stored runs and backtests from the database at ``db`` (``forecast prune``): those beyond the
    ``keep`` newest of each kind, model and unit, and/or stored more than ``older_than_days`` days before
    ``now``; never a run ``/api/v1/forecasts`` serves (the latest run of each kind, unit, model and horizon,
    the latest backtest its check reads). All or nothing; ``dry_run`` only says what would go."""
    from ..errors import UsageError
    from ..store import open_store

    if keep is None and older_than_days is None:
        raise UsageError("say what to prune: --keep N (the newest runs to keep of each kind, model and unit) "
                         "and/or --older-than DAYS")
    if keep is not None and keep < 1:
        raise UsageError(f"--keep must be at least 1, got {keep}")
    if older_than_days is not None and not (0 <= older_than_days <= 1e6):
        raise UsageError(f"--older-than must be a number of days from 0 to 1000000, got {older_than_days}")
    before = None
    if older_than_days is not None:
        before = (now or dt.datetime.now(dt.timezone.utc)) - dt.timedelta(days=older_than_days)
    with open_store(db, create=False) as store:
        out = store.forecasts.prune(keep=keep, before=before, dry_run=dry_run)
    return plain({"keep": keep, "older_than_days": older_than_days, "before": before, **out})


# ------------------------------------------------------------------------------------------------ reading
def _run_public(row: dict) -> dict:
    return {
        "run_id": row["run_id"], "kind": row["kind"], "created_at": row["created_at"], "model": row["model"],
        "model_version": row["model_version"], "config_hash": row["config_hash"], "unit": row["unit"],
        "period": row["period"], "first_origin": row["first_origin"], "last_origin": row["last_origin"],
        "horizons": [int(h) for h in row["horizons"].split(",") if h],
        "trained_on": {"source": row["panel_source"], "panel_sha256": row["panel_sha256"],
                       "first_month": row["panel_first_month"], "last_month": row["panel_last_month"],
                       "snapshot_ingest_id": row["snapshot_ingest_id"], "snapshot_at": row["snapshot_at"]},
        "intervals": {k: list(v) for k, v in INTERVALS.items()},
    }


def _unit_public(v: dict) -> dict:
    return {
        "unit_id": v["unit_id"], "unit_name": v["unit_name"], "iso3": v["iso3"], "admin1": v["admin1"],
        "target_month": v["target_month"], "horizon": v["horizon"], "p_any_fatal": v["p_any_fatal"],
        "fatalities_mean": v["fatalities_mean"], "median": v["q50"],
        "intervals": {k: [v[f"q{round(100 * lo):02d}"], v[f"q{round(100 * hi):02d}"]]
                      for k, (lo, hi) in INTERVALS.items()},
        "events_mean": v["events_mean"],
    }


def latest_forecast(store, *, unit: str | None = None, horizon: int | None = None, iso3: Iterable[str] = (),
                    admin1: Iterable[str] = (), admin2: Iterable[str] = ()) -> dict | None:
    """The last stored forecast run (of ``unit``) narrowed to ``horizon``, countries, admin1 units and, in an
    admin2 run, districts (:func:`_districts`): the run's description and one entry per unit and target month.
    None when no run is stored."""
    row = store.forecasts.latest("run", unit)
    if row is None:
        return None
    values = store.forecasts.values(row["run_id"], horizon=horizon, iso3=tuple(iso3), admin1=tuple(admin1))
    keys = _area_keys(row["unit"], values)
    values, keys = _districts(row["unit"], values, keys, tuple(admin2))
    return plain({"run": _run_public(row), "units": [_unit_public(v) | {"area_key": k} for v, k in zip(values, keys)]})


def _districts(unit: str, values: list[dict], keys: list, names: tuple[str, ...]) -> tuple[list[dict], list]:
    """The values (and their area keys) of the districts ``names`` of an admin2 run: a district matches by its
    unit id, its name (case aside) or its key, as the event filter matches ``admin2`` (folded, aliases
    resolved). Every value when ``names`` is empty; none in a run of another unit."""
    if not names:
        return values, keys
    if unit != "admin2":
        return [], []
    from ..geo.admin_names import filter_keys

    lower = {n.lower() for n in names}
    wanted = lower | set(filter_keys(names, 2))
    kept = [(v, k) for v, k in zip(values, keys)
            if (v["unit_id"] or "").lower() in lower or (v["unit_name"] or "").lower() in lower
            or (k is not None and k.split("|", 1)[1] in wanted)]
    return [v for v, _ in kept], [k for _, k in kept]


def _area_keys(unit: str, values: list[dict]) -> list[str | None]:
    """Each unit's key among the bundled boundaries of its level (``ISO3|name_norm``, as the map's areas carry
    it), or None (grid cells, or a unit without a country)."""
    if unit not in ("admin1", "admin2") or not values:
        return [None] * len(values)
    from ..geo.admin_names import admin_norm

    _, norm = admin_norm([v["iso3"] for v in values], [v["unit_name"] for v in values], 1 if unit == "admin1" else 2)
    return [f"{v['iso3']}|{n}" if v["iso3"] and n else None for v, n in zip(values, norm)]


def last_backtest_check(store, *, unit: str | None = None, iso3: Iterable[str] = (),
                        admin1: Iterable[str] = (), admin2: Iterable[str] = ()) -> dict | None:
    """The last stored backtest's latest scored month at its shortest horizon ("last month's forecast against
    what happened"): per unit the ``sahelwatch`` forecast, its intervals, what happened and whether it fell
    inside each interval; the coverage of the intervals and the scores over those unit-months for every
    model; and the coverage and scores stored for the whole backtest. None when no backtest is stored."""
    row = store.forecasts.latest("backtest", unit)
    if row is None:
        return None
    horizon = min(int(h) for h in row["horizons"].split(","))
    origins = store.forecasts.origins(row["run_id"], MODEL_NAME, horizon)
    out = {"backtest": _run_public(row), "model": MODEL_NAME, "horizon": horizon, "origin": None,
           "target_month": None, "units": [], "summary": None, "models": {},
           "whole_backtest": json.loads(row["summary"]) if row["summary"] else None}
    if not origins:
        return plain(out)
    origin = origins[-1]
    values = store.forecasts.values(row["run_id"], horizon=horizon, origin=origin, iso3=tuple(iso3),
                                    admin1=tuple(admin1))
    if admin2:
        values = _districts(row["unit"], values, _area_keys(row["unit"], values), tuple(admin2))[0]
    by_model: dict[str, list[dict]] = {}
    for v in values:
        by_model.setdefault(v["model"], []).append(v)
    units = []
    mine = by_model.get(MODEL_NAME, [])
    for v, key in zip(mine, _area_keys(row["unit"], mine)):
        u = _unit_public(v) | {"area_key": key}
        u["observed"] = v["observed"]
        u["inside"] = {k: bool(lo <= v["observed"] <= hi) for k, (lo, hi) in u["intervals"].items()}
        u["crps"] = v["crps"]
        units.append(u)
    out.update(origin=origin, target_month=values[0]["target_month"] if values else None, units=units,
               summary=_month_scores(by_model.get(MODEL_NAME, [])),
               models={m: _month_scores(vs) for m, vs in sorted(by_model.items())})
    return plain(out)


def _month_scores(values: list[dict]) -> dict | None:
    """Coverage of each interval and the four scores over one month's stored forecasts of one model."""
    if not values:
        return None
    f = pd.DataFrame(values)
    y = f["observed"].to_numpy(float)
    out = {"n": int(len(f)), "observed_fatalities": float(y.sum()),
           "forecast_fatalities_mean": float(f["fatalities_mean"].sum())}
    for k, (lo, hi) in INTERVALS.items():
        out[f"coverage_{k}"] = interval_coverage(f[f"q{round(100 * lo):02d}"], f[f"q{round(100 * hi):02d}"], y)
    elog = f["expected_log1p"].to_numpy(float)
    out.update(summarize(f["crps"].to_numpy(float), f["p_any_fatal"].to_numpy(float), elog, y))
    return out


__all__ = ["TrainedOn", "backtest_record", "last_backtest_check", "latest_forecast", "model_config",
           "panel_digest", "prune", "run_record", "save", "trained_on"]
