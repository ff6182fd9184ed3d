"""Stored forecast runs and backtests: ``forecast_runs`` (one row per run: the model, the hash of its
configuration, the store snapshot and panel it was trained on) and ``forecast_values`` (one row per model,
origin, target month and unit: the predictive quantiles, P(any fatality), and for a backtest what happened
and its CRPS).

The SQL is portable (DuckDB and PostgreSQL), so one part serves both backends. A run is stored whole in one
transaction; a run with the same id replaces the stored one, so storing the same run twice keeps one.
"""

from __future__ import annotations

from typing import Iterable

import pyarrow as pa

from ._sql import Part

#: the columns of ``forecast_runs``, in the order :meth:`ForecastRuns.save` writes them
RUN_FIELDS: tuple[str, ...] = (
    "run_id", "kind", "created_at", "model", "model_version", "config_hash", "config", "unit", "period",
    "first_origin", "last_origin", "horizons", "panel_source", "panel_sha256", "panel_first_month",
    "panel_last_month", "snapshot_ingest_id", "snapshot_at", "n_units", "n_values", "summary")

#: the Arrow schema of the values a run stores (the columns of ``forecast_values`` but ``run_id``)
VALUE_SCHEMA = pa.schema([
    ("model", pa.string()), ("origin", pa.string()), ("horizon", pa.int32()), ("target_month", pa.string()),
    ("unit_id", pa.string()), ("unit_name", pa.string()), ("iso3", pa.string()), ("admin1", pa.string()),
    ("p_any_fatal", pa.float64()), ("fatalities_mean", pa.float64()),
    ("q05", pa.float64()), ("q10", pa.float64()), ("q25", pa.float64()), ("q50", pa.float64()),
    ("q75", pa.float64()), ("q90", pa.float64()), ("q95", pa.float64()),
    ("expected_log1p", pa.float64()), ("events_mean", pa.float64()), ("observed", pa.float64()),
    ("crps", pa.float64()),
])
KINDS = ("run", "backtest")


class ForecastRuns(Part):
    """Forecast runs and backtests, each stored whole."""

    def save(self, run: dict, values: pa.Table) -> bool:
        """Store ``run`` (the fields of :data:`RUN_FIELDS` but ``n_values``) with its ``values`` (a table with
        the columns of :data:`VALUE_SCHEMA`) in one transaction. A run already stored under the same
        ``run_id`` is replaced whole; returns whether one was."""
        if run.get("kind") not in KINDS:
            raise ValueError(f"a stored forecast is a run or a backtest, not {run.get('kind')!r}")
        values = values.select(VALUE_SCHEMA.names).cast(VALUE_SCHEMA)
        values = values.append_column("run_id", pa.array([run["run_id"]] * values.num_rows, pa.string()))
        row = {**run, "n_values": values.num_rows}
        missing = [f for f in RUN_FIELDS if f not in row]
        if missing:
            raise ValueError(f"a stored forecast run lacks {', '.join(missing)}")
        con = self.con
        with self.transaction():
            replaced = con.execute("SELECT count(*) FROM forecast_runs WHERE run_id = ?",
                                   [run["run_id"]]).fetchall()[0][0] > 0
            con.execute("DELETE FROM forecast_values WHERE run_id = ?", [run["run_id"]])
            con.execute("DELETE FROM forecast_runs WHERE run_id = ?", [run["run_id"]])
            con.execute(f"INSERT INTO forecast_runs ({', '.join(RUN_FIELDS)}) "
                        f"VALUES ({', '.join('?' for _ in RUN_FIELDS)})", [row[f] for f in RUN_FIELDS])
            con.register("_forecast_values", values)
            try:
                self._store.insert_by_name("forecast_values", "_forecast_values")
            finally:
                con.unregister("_forecast_values")
        return replaced

    def runs(self, kind: str | None = None, unit: str | None = None) -> list[dict]:
        """Every stored run (newest first), of ``kind`` and ``unit`` when given."""
        where, params = self._where(kind, unit)
        return self._dicts(self.con.execute(
            f"SELECT {', '.join(RUN_FIELDS)} FROM forecast_runs {where} ORDER BY created_at DESC, run_id DESC",
            params))

    def latest(self, kind: str, unit: str | None = None) -> dict | None:
        """The run of ``kind`` (and ``unit``) stored last, or None."""
        where, params = self._where(kind, unit)
        rows = self._dicts(self.con.execute(
            f"SELECT {', '.join(RUN_FIELDS)} FROM forecast_runs {where} ORDER BY created_at DESC, run_id DESC "
            "LIMIT 1", params))
        return rows[0] if rows else None

    def values(self, run_id: str, *, model: str | None = None, horizon: int | None = None,
               origin: str | None = None, iso3: Iterable[str] = (), admin1: Iterable[str] = ()) -> list[dict]:
        """The stored values of run ``run_id``, narrowed to a model, horizon, origin, countries (ISO3) and
        first-order units (the unit's admin1 name, or its id for an admin1 run; case does not matter),
        ordered by origin, horizon and unit."""
        where, params = ["run_id = ?"], [run_id]
        for col, v in (("model", model), ("horizon", horizon), ("origin", origin)):
            if v is not None:
                where.append(f"{col} = ?")
                params.append(v)
        iso3 = [c.upper() for c in iso3]
        if iso3:
            where.append(f"iso3 IN ({', '.join('?' for _ in iso3)})")
            params += iso3
        names = [a.lower() for a in admin1]
        if names:
            marks = ", ".join("?" for _ in names)
            where.append(f"(lower(admin1) IN ({marks}) OR lower(unit_id) IN ({marks}))")
            params += names + names
        cols = ", ".join(VALUE_SCHEMA.names)
        return self._dicts(self.con.execute(
            f"SELECT {cols} FROM forecast_values WHERE {' AND '.join(where)} "
            "ORDER BY origin, horizon, model, unit_id", params))

    def origins(self, run_id: str, model: str, horizon: int) -> list[str]:
        """The origins of run ``run_id`` that hold values of ``model`` at ``horizon``, in order."""
        return [r[0] for r in self.con.execute(
            "SELECT DISTINCT origin FROM forecast_values WHERE run_id = ? AND model = ? AND horizon = ? "
            "ORDER BY origin", [run_id, model, horizon]).fetchall()]

    def last_ingest(self) -> dict | None:
        """The store's last finished ingest (the snapshot a forecast is trained on):
        ``{"ingest_id", "finished_at"}``, or None."""
        rows = self._dicts(self.con.execute(
            "SELECT ingest_id, finished_at FROM ingests WHERE status = 'done' "
            "ORDER BY finished_at DESC, ingest_id DESC LIMIT 1"))
        return rows[0] if rows else None

    def served(self) -> set[str]:
        """The runs ``/api/v1/forecasts`` can serve: for each kind (a run, a backtest), the one stored last of
        each unit and, for each model and horizon the kind's runs hold values of in that unit, the one stored
        last holding them. The run stored last of a kind, the one served when no unit is asked for, is among them."""
        order = "ORDER BY r.created_at DESC, r.run_id DESC"
        rows = self.con.execute(
            f"SELECT run_id FROM (SELECT r.run_id, row_number() OVER (PARTITION BY r.kind, r.unit {order}) AS n "
            f"FROM forecast_runs r) a WHERE n = 1 "
            f"UNION SELECT run_id FROM (SELECT r.run_id, row_number() OVER (PARTITION BY r.kind, r.unit, v.model, "
            f"v.horizon {order}) AS n FROM forecast_runs r JOIN (SELECT DISTINCT run_id, model, horizon "
            f"FROM forecast_values) v ON v.run_id = r.run_id) b WHERE n = 1").fetchall()
        return {r[0] for r in rows}

    def prune(self, *, keep: int | None = None, before=None, dry_run: bool = False) -> dict:
        """Remove the stored runs beyond the ``keep`` newest of each kind, model and unit and/or stored before
        ``before`` (a timezone-aware datetime), but never one of :meth:`served`; in one transaction, so a
        failure removes nothing. With ``dry_run``, only say what would go. Returns the runs removed (newest
        first, each with its count of values), the total of runs and values removed, and the runs kept."""
        if keep is None and before is None:
            raise ValueError("prune needs keep or before")
        with self.transaction():
            runs = self._dicts(self.con.execute(
                "SELECT r.run_id, r.kind, r.model, r.unit, r.horizons, r.first_origin, r.last_origin, r.created_at, "
                "coalesce(v.n, 0) AS n_values, row_number() OVER "
                "(PARTITION BY r.kind, r.model, r.unit ORDER BY r.created_at DESC, r.run_id DESC) AS age_rank "
                "FROM forecast_runs r LEFT JOIN (SELECT run_id, count(*) AS n FROM forecast_values GROUP BY run_id) v "
                "ON v.run_id = r.run_id ORDER BY r.created_at DESC, r.run_id DESC"))
            served = self.served()
            gone = [r for r in runs if r["run_id"] not in served
                    and (keep is None or r["age_rank"] > keep) and (before is None or r["created_at"] < before)]
            ids = [r["run_id"] for r in gone]
            if ids and not dry_run:
                for table in ("forecast_values", "forecast_runs"):
                    self._delete(table, ids)
        for r in gone:
            r.pop("age_rank")
            r["n_values"] = int(r["n_values"])
        return {"dry_run": dry_run, "removed": gone, "runs": len(gone), "values": sum(r["n_values"] for r in gone),
                "kept": len(runs) - len(gone)}

    def _delete(self, table: str, run_ids: list[str]) -> None:
        for i in range(0, len(run_ids), 500):
            chunk = run_ids[i:i + 500]
            self.con.execute(f"DELETE FROM {table} WHERE run_id IN ({', '.join('?' for _ in chunk)})", chunk)

    def count(self) -> int:
        return self.con.execute("SELECT count(*) FROM forecast_runs").fetchall()[0][0]

    @staticmethod
    def _where(kind: str | None, unit: str | None) -> tuple[str, list]:
        where, params = [], []
        if kind is not None:
            where.append("kind = ?")
            params.append(kind)
        if unit is not None:
            where.append("unit = ?")
            params.append(unit)
        return ("WHERE " + " AND ".join(where)) if where else "", params
