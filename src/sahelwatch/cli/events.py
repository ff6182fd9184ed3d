"""``sahelwatch events export`` and ``sahelwatch stats``."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.markup import escape

from ..export import FORMATS, export_events
from ..model import EventFilter
from ..store import open_store
from ._filters import filter_options
from ._shell import emit, state, stdout

app = typer.Typer(help="Query and export stored events.", no_args_is_help=True)


@app.command("export")
@filter_options()
def export(
    ctx: typer.Context,
    format: str = typer.Option(..., "--format", help="One of: " + ", ".join(FORMATS) + "."),
    out: Path = typer.Option(..., "--out", help="The file to write (with --partition-by: a new folder)."),
    partition_by: Optional[str] = typer.Option(
        None, "--partition-by", help="Parquet only: a Hive-partitioned folder by these columns, e.g. country,year."
    ),
    *, selection: EventFilter,
) -> None:
    """Export current events as CSV, GeoJSON, Parquet (one file, or a partitioned folder) or HXL-tagged CSV."""
    st = state(ctx)
    parts = tuple(c.strip() for c in partition_by.split(",") if c.strip()) if partition_by else ()
    with open_store(st.db, read_only=True) as store:
        n = export_events(store, selection, out, format, parts)
    emit(st, {"out": str(out), "format": format, "events": n},
         lambda d: stdout.print(f"wrote {d['events']} events to {escape(d['out'])} ({d['format']})"))


@app.command("clusters")
@filter_options()
def clusters(
    ctx: typer.Context,
    out: Path = typer.Option(..., "--out", help="CSV file to write."),
    *, selection: EventFilter,
) -> None:
    """One row per real event (cluster of linked records), with fatalities low/best/high across sources."""
    from ..linkage import consolidate

    st = state(ctx)
    with open_store(st.db, read_only=True) as store:
        events = store.events.frame(selection)
    view = consolidate(events, dict(zip(events["event_id"], events["cluster_id"])))
    out.parent.mkdir(parents=True, exist_ok=True)
    view.to_csv(out, index=False)
    emit(st, {"out": str(out), "clusters": len(view), "records": int(view["records"].sum()) if len(view) else 0},
         lambda d: stdout.print(f"wrote {d['clusters']} clusters ({d['records']} records) to {escape(d['out'])}"))


@app.command("history")
def history(ctx: typer.Context, event_id: str = typer.Argument(..., help="A stored event id, e.g. acled:MLI2554.")) -> None:
    """Every stored version of one event, oldest first."""
    st = state(ctx)
    with open_store(st.db, read_only=True) as store:
        versions = store.versions.history(event_id)
    if not versions:
        from ..errors import NotFoundError

        raise NotFoundError(f"no event {event_id!r} in {st.db}")

    def human(d):
        for v in d["versions"]:
            flag = " (deleted)" if v["deleted"] else ""
            fatalities = "unknown" if v["fatalities_best"] is None else v["fatalities_best"]
            stdout.print(f"v{v['version']}{flag} from ingest {v['valid_from']}: {v['event_date']} {escape(str(v['event_type']))} "
                         f"{escape(v['actor1'] or '-')} / {escape(v['actor2'] or '-')}, fatalities {fatalities}")

    emit(st, {"event_id": event_id, "versions": versions}, human)


def register_stats(app_: typer.Typer) -> None:
    @app_.command("stats")
    @filter_options()
    def stats(ctx: typer.Context, *, selection: EventFilter) -> None:
        """Counts by source, country, year and event type."""
        st = state(ctx)
        with open_store(st.db, read_only=True) as store:
            s = store.events.stats(selection)
        emit(st, s, _human_stats)


def _human_stats(s: dict) -> None:
    from rich.table import Table

    stdout.print(f"{s['events']} events, {s['fatalities_best']} fatalities (best), {s['first_date']} to {s['last_date']}")
    for key in ("by_source", "by_country", "by_event_type", "by_year"):
        t = Table(title=key.replace("_", " "), show_edge=False)
        t.add_column(key[3:])
        t.add_column("events", justify="right")
        t.add_column("fatalities", justify="right")
        for k, v in s[key].items():
            t.add_row(escape(str(k)), str(v["events"]), str(v["fatalities_best"]))
        stdout.print(t)
    if s["aggregates"]["rows"]:
        a = s["aggregates"]
        stdout.print(f"aggregates: {a['rows']} unit-periods, {a['events']} events, {a['fatalities']} fatalities")
