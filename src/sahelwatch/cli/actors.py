"""``sahelwatch actors ...``: resolve names, show registry entries, report unresolved strings."""

from __future__ import annotations

from typing import List, Optional

import typer
from rich.markup import escape

from ..errors import NotFoundError
from ._shell import dumps, emit, fail, state, stdout

app = typer.Typer(
    help="The actor registry: resolve source names to canonical ids, show actors, list unresolved names.",
    no_args_is_help=True,
)


@app.command("resolve")
def resolve_cmd(
    ctx: typer.Context,
    names: List[str] = typer.Argument(..., help="Actor names as a source writes them."),
    source: Optional[str] = typer.Option(None, "--source", help="Dataset the names come from (acled, ucdp-ged ...)."),
    source_actor_id: Optional[str] = typer.Option(
        None, "--source-actor-id", help="The source's own actor id (UCDP side id), for a single name."
    ),
    country: Optional[str] = typer.Option(None, "--country", help="Country of the event (name or ISO3)."),
    date: Optional[str] = typer.Option(None, "--date", help="Event date YYYY-MM-DD: makes ids date-aware."),
    json_: bool = typer.Option(False, "--json", help="Print one JSON array of the results, in name order."),
) -> None:
    """Resolve NAME... to registry ids: one JSON object per name (an array with --json)."""
    from ..actors import resolve_many

    if source_actor_id is not None and len(names) != 1:
        raise fail("--source-actor-id applies to exactly one name")
    ids = [source_actor_id] if source_actor_id is not None else None
    results = [
        r.to_dict()
        for r in resolve_many(names, source=source, source_actor_ids=ids, country=country, date=date)
    ]
    st = state(ctx)
    if st.json or json_:
        emit(st, results)
        return
    for item in results:
        stdout.print(dumps(item), markup=False)


@app.command("show")
def show_cmd(
    ctx: typer.Context,
    actor_id: str = typer.Argument(..., metavar="ID", help="A canonical actor id, e.g. jnim."),
    json_: bool = typer.Option(False, "--json", help="Print the record as one JSON object."),
) -> None:
    """Show one actor: names, aliases, type, family, affiliation, period, countries, lineage, sources."""
    from ..actors import get_actor

    try:
        record = get_actor(actor_id).to_dict()
    except NotFoundError as e:
        raise fail(str(e)) from None
    st = state(ctx)
    if st.json or json_:
        emit(st, record)
        return
    _print_actor(record)


@app.command("unresolved")
def unresolved_cmd(
    ctx: typer.Context,
    limit: int = typer.Option(50, "--limit", help="Show at most this many names (all with --limit 0)."),
    json_: bool = typer.Option(False, "--json", help="Print one JSON object."),
) -> None:
    """List the stored actor strings that resolve to no id, with their event counts."""
    from ..actors import unresolved_report

    st = state(ctx)
    try:
        from ..store import open_store
    except ModuleNotFoundError as e:
        raise fail(f"the event store is not available ({e.name}); ingest data first") from None
    with open_store(st.db, read_only=True) as store:
        rows = store.events.actor_strings()
    report = unresolved_report(rows, limit=None if limit <= 0 else limit)
    if st.json or json_:
        emit(st, report)
        return
    stdout.print(
        f"{report['events_fully_resolved']} of {report['events']} events have every actor resolved "
        f"({report['share_fully_resolved']:.1%})."
    )
    for item in report["unresolved"]:
        stdout.print(f"{item['events']:>7}  {item['name']}", markup=False)


@app.command("lineage")
def lineage_cmd(
    ctx: typer.Context,
    actor_id: str = typer.Argument(..., metavar="ID"),
    direction: str = typer.Option("both", "--direction", help="predecessors, successors or both."),
    json_: bool = typer.Option(False, "--json", help="Print one JSON array of links."),
) -> None:
    """Predecessor and successor chain of an actor, with dates."""
    from ..actors import lineage

    try:
        links = [link.to_dict() for link in lineage(actor_id, direction)]
    except NotFoundError as e:
        raise fail(str(e)) from None
    except ValueError as e:
        raise fail(str(e)) from None
    st = state(ctx)
    if st.json or json_:
        emit(st, links)
        return
    for link in links:
        stdout.print(
            f"{link['date'] or '?':>10}  {link['predecessor']} --{link['relation']}--> {link['successor']}",
            markup=False,
        )


def _print_actor(a: dict) -> None:
    names = a["names"]
    stdout.print(f"[bold]{escape(a['id'])}[/]  {escape(names['en'])}")
    if names.get("fr"):
        stdout.print(f"  fr: {escape(names['fr'])}")
    if names.get("ar"):
        stdout.print(f"  ar: {escape(names['ar'])}")
    stdout.print(f"  type: {escape(str(a['type']))} (inter {a['inter_code']})   family: {escape(str(a['family']))}   "
                 f"affiliation: {escape(str(a['affiliation']))}")
    stdout.print(f"  active: {escape(str(a['active']['from'] or '?'))} – {escape(str(a['active']['to'] or 'present'))}")
    if a["countries"]:
        stdout.print(f"  countries: {escape(', '.join(a['countries']))}")
    if a["aliases"]:
        stdout.print("  aliases: " + "; ".join(a["aliases"]), markup=False)
    for link in a["predecessors"]:
        stdout.print(f"  from {escape(link['predecessor'])} ({escape(link['relation'])}, {escape(str(link['date']))})")
    for link in a["successors"]:
        stdout.print(f"  to {escape(link['successor'])} ({escape(link['relation'])}, {escape(str(link['date']))})")
    for s in a["sources"]:
        stdout.print(f"  source: {s['publisher']}, {s['title']} ({s['published'] or 'read ' + s['accessed']}) {s['url']}",
                     markup=False)
    if a["needs_review"]:
        stdout.print("  [yellow]entry awaits review: only the source's own naming is cited[/]")
    if a["note"]:
        stdout.print(f"  note: {a['note']}", markup=False)
