"""``sahelwatch forecast``: rolling-origin backtests and operational forecasts."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Optional

import typer
from rich.markup import escape

from ..errors import UsageError
from ._shell import emit, state, stdout

app = typer.Typer(help="Probabilistic forecasts of fatalities per unit and month, and their backtests.",
                  no_args_is_help=True)

_UNITS = ("admin2", "admin1", "grid")


def _check_unit(unit: str) -> str:
    if unit not in _UNITS:
        raise UsageError(f"--unit must be one of {', '.join(_UNITS)}, not {unit!r}")
    return unit


@app.command("backtest")
def backtest(
    ctx: typer.Context,
    unit: str = typer.Option("admin2", "--unit", help="Spatial unit: admin2, admin1 or grid."),
    start: str = typer.Option(..., "--start", help="First forecast origin, YYYY-MM (the last month of known data)."),
    end: str = typer.Option(..., "--end", help="Last forecast origin, YYYY-MM."),
    horizons: str = typer.Option("1,3,6", "--horizons", help="Months ahead: 1,3,6 or 1..6."),
    out: Optional[Path] = typer.Option(None, "--out", help="Write the JSON report here."),
    panel: Optional[Path] = typer.Option(
        None, "--panel", help="Read the monthly panel from this CSV/Parquet file instead of the database "
        "(columns unit_id, unit_name, month, events, fatalities; optional admin1, iso3, lat, lon)."),
    source: str = typer.Option("aggregates", "--source", help="Store panel source: aggregates or events."),
    neighbours: Optional[Path] = typer.Option(
        None, "--neighbours", help="Unit neighbours: JSON {unit: [units]} or CSV unit_id,neighbour_id. "
        "Default: from the panel's lat/lon when it has them, else none."),
    plot: Optional[Path] = typer.Option(None, "--plot", help="Write the reliability diagram of P(any fatal) (PNG)."),
    card: Optional[Path] = typer.Option(None, "--card", help="Write the model card (.md or .json)."),
    records: Optional[Path] = typer.Option(None, "--records", help="Write every scored forecast (CSV or .parquet)."),
    refit_every: int = typer.Option(3, "--refit-every", min=1, help="Refit the sahelwatch model every N origins."),
    store: Optional[bool] = typer.Option(
        None, "--store/--no-store", help="Keep the result in the database (the default when the panel is read "
        "from it; with --panel, --store keeps it in the --db database, which must exist)."),
) -> None:
    """Score every model from every monthly origin between START and END."""
    from ..forecasting.service import backtest_report

    st = state(ctx)
    report = backtest_report(
        unit=_check_unit(unit), start=start, end=end, horizons=horizons, db=st.db, panel_file=panel,
        source=source, neighbours_file=neighbours, out=out, plot=plot, card=card, records=records,
        refit_every=refit_every, store=store,
    )
    emit(st, report, _print_backtest)


def _print_backtest(report: dict) -> None:
    stdout.print(
        f"{escape(str(report['unit']))}: {report['origins']} origins {report['start']} to {report['end']}; skipped "
        + ", ".join(f"{h} {n}" for h, n in report["skipped"].items())
    )
    hs = report["skipped"].keys()
    stdout.print(f"{'model':<14}" + "".join(f"{h + ' CRPS':>10}{h + ' AP':>9}" for h in hs))
    for model, per_h in report["models"].items():
        cells = ""
        for h in hs:
            s = per_h.get(h)
            cells += (f"{s['crps']:>10.3f}{(s['ap_any_fatal'] or float('nan')):>9.3f}" if s else f"{'-':>10}{'-':>9}")
        stdout.print(f"{model:<14}{cells}")
    _print_stored(report["stored"])


def _print_stored(stored: dict | None) -> None:
    if stored:
        stdout.print(f"stored as {stored['kind']} {stored['run_id']} ({stored['values']} values"
                     + (", replacing the same run stored before)" if stored["replaced"] else ")"))


@app.command("run")
def run(
    ctx: typer.Context,
    unit: str = typer.Option("admin2", "--unit", help="Spatial unit: admin2, admin1 or grid."),
    origin: str = typer.Option(..., "--origin", help="Last month of known data, YYYY-MM."),
    horizons: str = typer.Option("1..6", "--horizons", help="Months ahead: 1..6 or 1,3,6."),
    out: Path = typer.Option(..., "--out", help="Write the forecast table here (CSV, or .parquet)."),
    panel: Optional[Path] = typer.Option(None, "--panel", help="Read the panel from a CSV/Parquet file instead."),
    source: str = typer.Option("aggregates", "--source", help="Store panel source: aggregates or events."),
    neighbours: Optional[Path] = typer.Option(None, "--neighbours", help="Unit neighbours file (JSON or CSV)."),
    store: Optional[bool] = typer.Option(
        None, "--store/--no-store", help="Keep the result in the database (the default when the panel is read "
        "from it; with --panel, --store keeps it in the --db database, which must exist)."),
) -> None:
    """Forecast every unit from ORIGIN with the sahelwatch model (one row per unit and horizon)."""
    from ..forecasting.service import forecast_run

    st = state(ctx)
    summary = forecast_run(
        unit=_check_unit(unit), origin=origin, horizons=horizons, out=out, db=st.db, panel_file=panel,
        source=source, neighbours_file=neighbours, store=store,
    )
    emit(st, summary, _print_run)


def _print_run(s: dict) -> None:
    stdout.print(f"{s['rows']} forecasts ({s['units']} units x horizons {s['horizons']}) from {s['origin']} -> {escape(str(s['out']))}")
    for r in s["highest_p_any_fatal"]:
        stdout.print(f"  {escape(str(r['unit_name'])):<20} {r['target_month']}  P(any fatal) {r['p_any_fatal']:.2f}"
                     f"  mean {r['fatalities_mean']:.1f}")
    _print_stored(s["stored"])


@app.command("prune")
def prune(
    ctx: typer.Context,
    keep: Optional[int] = typer.Option(None, "--keep", help="Keep the N newest runs of each kind (run, backtest), "
                                       "model and unit."),
    older_than: Optional[float] = typer.Option(None, "--older-than", help="Remove only runs stored more than DAYS "
                                               "days ago."),
    dry_run: bool = typer.Option(False, "--dry-run", help="Say what would be removed; remove nothing."),
    json_: bool = typer.Option(False, "--json", help="Print one JSON object."),
) -> None:
    """Remove old stored forecast runs and backtests, never the ones the API serves (the latest of each kind,
    unit, model and horizon). Give --keep, --older-than or both (a run goes when both say so)."""
    from ..forecasting.stored import prune as run_prune

    st = state(ctx)
    result = run_prune(st.db, keep=keep, older_than_days=older_than, dry_run=dry_run)
    if json_:
        emit(dataclasses.replace(st, json=True), result)
        return
    emit(st, result, _print_prune)


def _print_prune(r: dict) -> None:
    verb = "would remove" if r["dry_run"] else "removed"
    stdout.print(f"{verb} {r['runs']} stored runs ({r['values']} values); kept {r['kept']}", markup=False)
    for x in r["removed"]:
        stdout.print(f"  {x['run_id']}  {x['kind']:<8} {x['unit']:<6} origins {x['first_origin']}..{x['last_origin']}"
                     f"  horizons {x['horizons']}  stored {str(x['created_at'])[:19]}  {x['n_values']} values",
                     markup=False)
