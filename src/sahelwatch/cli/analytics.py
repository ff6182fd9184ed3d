"""``sahelwatch analyze ...``: the analyses of :mod:`sahelwatch.analytics` over the stored events.

Each command reads the events that the shared filters select, calls one analysis,
and prints a table (or, with the global ``--json``, one JSON object whose ``rows``
hold the table's records, or the fields of the result object).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import List, Optional

import typer
from rich.markup import escape

from ..jsonable import plain
from ..model import EventFilter
from ._filters import filter_options, parse_date
from ._shell import emit, state, stdout

app = typer.Typer(help="Analyses for monitoring and early warning (trends, alerts, hotspots ...).",
                  no_args_is_help=True)

FREQ = typer.Option("month", "--freq", help="Period: week, month, quarter or year.")


def _events(ctx: typer.Context, selection: EventFilter):
    from ..store import open_store

    with open_store(state(ctx).db, read_only=True) as store:
        return store.events.frame(selection)


def _known_actors(ids: List[str]) -> None:
    """Refuse an id the registry does not know (it would give an empty table, as if it had no events)."""
    from ..actors import get_actor

    for actor_id in ids:
        get_actor(actor_id)  # NotFoundError: exit 2, naming the id


def _quarantine_dir(ctx: typer.Context) -> Path:
    """Where rejected records go (as ingest): see :meth:`~sahelwatch.settings.Settings.quarantine_for`."""
    from ..settings import get_settings

    return get_settings().quarantine_for(state(ctx).db)


def _print_inputs(res) -> None:
    """The records read, kept and rejected of each context file, and where the rejected ones are kept."""
    for i in res.inputs:
        stdout.print(f"{escape(i['file'])}: {i['read']} records read, {i['kept']} kept, {i['rejected']} rejected")
    if res.quarantine:
        stdout.print(f"rejected records are kept in {escape(res.quarantine)}")


def _table(df, title: str, limit: int = 60) -> None:
    from rich.table import Table

    t = Table(title=title, show_edge=False)
    for c in df.columns:
        t.add_column(escape(str(c)))
    for r in df.head(limit).itertuples(index=False):
        t.add_row(*[("" if plain(v) is None else (f"{v:.3g}" if isinstance(v, float) else escape(str(v)))) for v in r])
    stdout.print(t)
    if len(df) > limit:
        stdout.print(f"... {len(df) - limit} more rows (use --json for all)")


def _emit_frame(ctx, name: str, df, **meta) -> None:
    emit(state(ctx), {"analysis": name, **meta, "rows": plain(df)}, lambda _: _table(df, name))


@app.command("trends")
@filter_options()
def trends_cmd(
    ctx: typer.Context,
    freq: str = FREQ,
    by: Optional[List[str]] = typer.Option(None, "--by", help="Break down by a column: perpetrator_family, event_type, "
                                            "tactic, target_category, admin1, admin2 ... (repeatable)."),
    *, selection: EventFilter,
) -> None:
    """Events, fatalities, lethality and the share aimed at civilians per period."""
    from ..analytics.trends import trends

    df = trends(_events(ctx, selection), freq=freq, by=by or None)
    _emit_frame(ctx, "trends", df, freq=freq, by=by or [])


@app.command("alerts")
@filter_options(until=False)
def alerts_cmd(
    ctx: typer.Context,
    as_of: str = typer.Option(..., "--as-of", help="The reference date YYYY-MM-DD (the last day the check sees)."),
    kind: Optional[List[str]] = typer.Option(None, "--kind", help="surge, fatalities_1y_high, fatalities_3y_high, "
                                             "new_presence (repeatable; default all)."),
    surge_unit: str = typer.Option("admin2", "--surge-unit", help="Unit of the surge check (admin1, admin2 ...)."),
    fatality_unit: str = typer.Option("country", "--fatality-unit", help="Unit of the fatality-high check."),
    *, selection: EventFilter,
) -> None:
    """Surges, 30-day fatality highs and new presence of armed groups at a date, each with its reason."""
    from ..analytics.alerts import KINDS, alerts

    found = alerts(_events(ctx, replace(selection, until=parse_date("--as-of", as_of))), as_of, kinds=kind or KINDS,
                   surge_unit=surge_unit, fatality_unit=fatality_unit)

    def human(_):
        if not found:
            stdout.print(f"no alert on {as_of}")
        for a in found:
            stdout.print(f"[bold]{escape(a.kind)}[/] {escape(str(a.unit))}: {escape(a.reason)}")

    emit(state(ctx), {"analysis": "alerts", "as_of": as_of, "alerts": [a.to_dict() for a in found]}, human)


@app.command("hotspots")
@filter_options()
def hotspots_cmd(
    ctx: typer.Context,
    value: str = typer.Option("events", "--value", help="events or fatalities."),
    alpha: float = typer.Option(0.05, "--alpha", help="False discovery rate (Benjamini-Hochberg)."),
    all_cells: bool = typer.Option(False, "--all", help="List every cell, not only the hot and cold ones."),
    grid: str = typer.Option("priogrid", "--grid", help="priogrid (0.5 degree cells) or h3."),
    h3_resolution: Optional[int] = typer.Option(None, "--h3-resolution", help="H3 resolution (default: the "
                                                "stored h3 column, else 5)."),
    *, selection: EventFilter,
) -> None:
    """Getis-Ord Gi* hot and cold cells (PRIO-GRID or H3), corrected for multiple tests (BH FDR)."""
    from ..analytics.hotspots import hotspots

    df = hotspots(_events(ctx, selection), grid=grid, value=value,
                  alpha=alpha, h3_resolution=h3_resolution)
    if not all_cells:
        df = df[df["hotspot"] != ""]
    _emit_frame(ctx, "hotspots", df, grid=grid, value=value, alpha=alpha, correction="benjamini-hochberg")


@app.command("density")
@filter_options()
def density_cmd(
    ctx: typer.Context,
    bandwidth_km: float = typer.Option(25.0, "--bandwidth-km", help="Gaussian kernel standard deviation, km."),
    resolution: float = typer.Option(0.1, "--resolution", help="Grid step in degrees."),
    out: Optional[Path] = typer.Option(None, "--out", help="Write the grid as CSV here instead of printing it."),
    *, selection: EventFilter,
) -> None:
    """Kernel density of events on a grid (events per 1,000 km2), for maps."""
    from ..analytics.hotspots import kernel_density

    df = kernel_density(_events(ctx, selection), bandwidth_km=bandwidth_km,
                        resolution_deg=resolution)
    if out is not None:
        df.to_csv(out, index=False)
        emit(state(ctx), {"analysis": "density", "out": str(out), "cells": len(df)},
             lambda d: stdout.print(f"wrote {d['cells']} grid nodes to {escape(str(d['out']))}"))
        return
    shown = df[df["density"] > df["density"].max() * 1e-3]  # nodes carrying at least 0.1% of the peak
    _emit_frame(ctx, "density", shown, bandwidth_km=bandwidth_km, resolution_deg=resolution, floor="0.1% of the peak")


@app.command("spillover")
@filter_options()
def spillover_cmd(
    ctx: typer.Context,
    freq: str = typer.Option("year", "--freq", help="Period of the border shares."),
    km: float = typer.Option(50.0, "--km", help="Distance to a border that counts as near."),
    *, selection: EventFilter,
) -> None:
    """Border and Liptako-Gourma shares, cross-border actors and the cross-border diffusion test."""
    from ..analytics.spillover import spillover_report

    rep = spillover_report(_events(ctx, selection), freq=freq, km=km)

    def human(_):
        _table(rep.border_share, "border and Liptako-Gourma shares")
        _table(rep.cross_border_actors, "actors active in several countries")
        d = rep.diffusion
        stdout.print(f"diffusion test: {escape(d.reason)}")
        if d.estimable:
            for name in ("own", "within", "cross", "cross_vs_within"):
                o = getattr(d, name)
                stdout.print(f"  {name}: odds ratio {o.estimate:.2f} (95% CI {o.low:.2f}-{o.high:.2f})")

    emit(state(ctx), {"analysis": "spillover", **plain(rep)}, human)


@app.command("expansion")
@filter_options(actor=False)
def expansion_cmd(
    ctx: typer.Context,
    group: List[str] = typer.Option(..., "--group", help="Actor id, e.g. jnim (repeatable)."),
    freq: str = typer.Option("quarter", "--freq", help="Period."),
    lineage: bool = typer.Option(False, "--lineage", help="Roll predecessors' history into each group (registry)."),
    *, selection: EventFilter,
) -> None:
    """New admin2 units per period for each group (geographic expansion)."""
    from ..analytics.actor_dynamics import expansion, registry_lineage

    _known_actors(group)
    df = expansion(_events(ctx, selection), group, freq=freq,
                   lineage=registry_lineage(group) if lineage else None)
    _emit_frame(ctx, "expansion", df, groups=group, lineage=lineage)


@app.command("rivalry")
@filter_options(actor=False)
def rivalry_cmd(
    ctx: typer.Context,
    a: str = typer.Option("jnim", "--a", help="First actor id."),
    b: str = typer.Option("isgs", "--b", help="Second actor id."),
    freq: str = typer.Option("quarter", "--freq", help="Period."),
    lineage: bool = typer.Option(False, "--lineage", help="Roll predecessors into each actor (registry)."),
    *, selection: EventFilter,
) -> None:
    """Clashes between two actors per period (default JNIM against Islamic State Sahel)."""
    from ..analytics.actor_dynamics import registry_lineage, rivalry

    _known_actors([a, b])
    df = rivalry(_events(ctx, selection), a, b, freq=freq,
                 lineage=registry_lineage([a, b]) if lineage else None)
    _emit_frame(ctx, "rivalry", df, a=a, b=b)


@app.command("human-rights")
@filter_options()
def human_rights_cmd(
    ctx: typer.Context,
    view: str = typer.Option("abuses", "--view", help="abuses (by perpetrator and period), mass-casualty, executions."),
    freq: str = typer.Option("year", "--freq", help="Period of the abuses view."),
    threshold: int = typer.Option(10, "--threshold", help="Civilian deaths that make a mass-casualty event."),
    *, selection: EventFilter,
) -> None:
    """Violence against civilians, arrests and abductions by perpetrator class; mass-casualty and execution flags."""
    from ..analytics import human_rights as hr
    from ..errors import UsageError

    events = _events(ctx, selection)
    if view == "abuses":
        df = hr.abuses_by_perpetrator(events, freq=freq)
    elif view == "mass-casualty":
        df = hr.mass_casualty_events(events, threshold=threshold)
    elif view == "executions":
        df = hr.execution_flags(events)
    else:
        raise UsageError("--view must be abuses, mass-casualty or executions")
    _emit_frame(ctx, f"human-rights/{view}", df, threshold=threshold)


@app.command("partners")
@filter_options(actor=False)
def partners_cmd(
    ctx: typer.Context,
    partner: Optional[List[str]] = typer.Option(None, "--partner", help="minusma, france, takuba, wagner, g5_sahel."),
    freq: str = typer.Option("year", "--freq", help="Period."),
    *, selection: EventFilter,
) -> None:
    """Events involving each international or partner force per period."""
    from ..analytics.responses import partner_trends

    df = partner_trends(_events(ctx, selection), freq, partner or None)
    _emit_frame(ctx, "partners", df)


@app.command("before-after")
@filter_options(places=False, actor=False, since=False, until=False)
def before_after_cmd(
    ctx: typer.Context,
    partner: str = typer.Option(..., "--partner", help="minusma, france, takuba, wagner or g5_sahel."),
    milestone: str = typer.Option("deployment", "--milestone", help="deployment, withdrawal, or its index."),
    window_days: int = typer.Option(365, "--window-days", help="Days before and after the milestone."),
    area: Optional[List[str]] = typer.Option(None, "--area", help="Admin2 units concerned (default: where the "
                                             "partner was active)."),
    *, selection: EventFilter,
) -> None:
    """Violence before and after a partner's deployment or withdrawal, in its areas and elsewhere, with caveats."""
    from ..analytics.responses import before_after

    ms: str | int = int(milestone) if milestone.isdigit() else milestone
    res = before_after(_events(ctx, selection), partner, milestone=ms,
                       window_days=window_days, areas=area or None)

    def human(_):
        stdout.print(f"{escape(res.partner)} {escape(res.kind)} on {res.date} ({escape(res.source)}); windows of {res.window_days} days")
        stdout.print(f"areas ({escape(res.area_rule)}): {escape(', '.join(res.areas)) or 'none'}")
        _table(res.to_frame(), "after / before rate ratios (95% CI)")
        for c in res.caveats:
            stdout.print(f"  caveat: {escape(c)}")

    emit(state(ctx), {"analysis": "before-after", **plain(res)}, human)


@app.command("food-security")
@filter_options(places=False, actor=False, since=False, until=False)
def food_security_cmd(
    ctx: typer.Context,
    ch: Path = typer.Option(..., "--ch", help="Cadre Harmonisé CSV (HDX layout)."),
    iso3: Optional[str] = typer.Option(None, "--iso3", help="Keep one country of the CH file, e.g. MLI."),
    lags: str = typer.Option("0,6,12", "--lags", help="Lags in months, comma-separated."),
    window_months: int = typer.Option(6, "--window-months", help="Months of violence counted before each lag."),
    *, selection: EventFilter,
) -> None:
    """Lagged association of violence with Cadre Harmonisé phase 3+ shares, with confidence intervals."""
    from ..analytics.humanitarian import food_insecurity_report
    from ..errors import UsageError

    try:
        lag_list = tuple(int(x) for x in lags.split(",") if x.strip())
    except ValueError:
        raise UsageError(f"--lags must be integers separated by commas, got {lags!r}") from None
    res = food_insecurity_report(_events(ctx, selection), ch, iso3=iso3, quarantine_dir=_quarantine_dir(ctx),
                                 lags_months=lag_list, window_months=window_months)

    def human(_):
        _table(res.associations_frame(), "violence and food insecurity (phase 3+)")
        for c in res.caveats:
            stdout.print(f"  caveat: {escape(c)}")
        _print_inputs(res)

    emit(state(ctx), {"analysis": "food-security", **plain(res)}, human)


@app.command("schools")
@filter_options(places=False, actor=False, since=False, until=False)
def schools_cmd(
    ctx: typer.Context,
    schools: Path = typer.Option(..., "--schools", help="School registry .xlsx."),
    population: Path = typer.Option(..., "--population", help="Population by admin2 CSV (COD-PS)."),
    as_of: Optional[str] = typer.Option(None, "--as-of", help="End of the violence window (default: last event)."),
    months: int = typer.Option(12, "--months", help="Months of violence counted."),
    *, selection: EventFilter,
) -> None:
    """Schools closed for insecurity against violence per 100,000 people, by admin2."""
    from ..analytics.humanitarian import schools_report

    res = schools_report(_events(ctx, replace(selection, until=parse_date("--as-of", as_of))), schools, population,
                         quarantine_dir=_quarantine_dir(ctx), as_of=as_of, months=months)

    def human(_):
        _table(res.associations_frame(), "violence and school closures")
        for c in res.caveats:
            stdout.print(f"  caveat: {escape(c)}")
        _print_inputs(res)

    emit(state(ctx), {"analysis": "schools", **plain(res)}, human)
