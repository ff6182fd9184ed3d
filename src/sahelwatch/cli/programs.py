"""``sahelwatch programs``: import, list and show prevention and resilience programs, and evaluate
whether violence changed where they ran."""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer
from rich.markup import escape

from ..settings import get_settings
from ._shell import emit, emit_import, print_import, state, stdout

app = typer.Typer(help="Prevention and community-resilience programs: registry and evaluation.",
                  no_args_is_help=True)


@app.command("import")
def import_(
    ctx: typer.Context,
    files: List[Path] = typer.Argument(..., help="OCHA 3W/5W tables (.xlsx/.csv), IATI activities (.xml/.json), "
                                                 "or sahelwatch program CSVs."),
) -> None:
    """Import program files; areas are matched to the admin2 P-codes imported with 'geo import'."""
    from ..programs.registry import import_programs, read_program_files
    from ..store import open_store

    st = state(ctx)
    qdir = get_settings().quarantine_for(st.db)
    read = read_program_files(files)  # every file readable and of a known format before the store is opened
    with open_store(st.db) as store:
        s = import_programs(store, read, quarantine_dir=qdir)

    def human(d):
        print_import(
            ((f"{f['path']} [{f['format']}]: read {f['read']}, programs {f['programs']}, area rows {f['areas']} "
              f"({', '.join(f'{k} {v}' for k, v in sorted(f['matches'].items())) or 'none matched'}), "
              f"rejected {f['rejected']}", [f"note: {n}" for n in f["notes"]]) for f in d["files"]),
            total=f"total: programs {d['programs']} ({d['inserted']} new, {d['replaced']} replaced), "
                  f"rejected {d['rejected']}",
            rejects=[(f"{path}:{r.line}", r.reason) for path, r in s.rejects], quarantine=d["quarantine"],
        )

    d = s.as_dict()
    emit_import(st, d, human, d["rejected"])


@app.command("list")
def list_(
    ctx: typer.Context,
    program_type: Optional[str] = typer.Option(None, "--type", help="Only programs of this type (e.g. pcve)."),
    country: Optional[str] = typer.Option(None, "--country", help="Only programs in this country (ISO3)."),
) -> None:
    """List the stored programs."""
    from ..programs import list_programs
    from ..store import open_store

    st = state(ctx)
    with open_store(st.db, read_only=True) as store:
        rows = list_programs(store, program_type=program_type, country=country)

    def human(d):
        if not d["programs"]:
            stdout.print("no programs (see 'sahelwatch programs import --help')")
        for p in d["programs"]:
            dates = f"{p['start_date'] or '?'} to {p['end_date'] or '?'}"
            stdout.print(f"{escape(p['program_id'])}  {escape(p['organisation'] or '')}  {p['program_type']}  "
                         f"{escape(str(p['countries']))}  {p['n_areas']} areas  {escape(dates)}  {escape((p['title'] or '')[:60])}")

    emit(st, {"programs": rows, "count": len(rows)}, human)


@app.command("show")
def show(ctx: typer.Context, program_id: str = typer.Argument(..., help="The program id.")) -> None:
    """Show one program: organisations and roles, sector, dates, budget, areas with their sources."""
    from ..programs import show_program
    from ..store import open_store

    st = state(ctx)
    with open_store(st.db, read_only=True) as store:
        p = show_program(store, program_id)

    def human(p):
        stdout.print(f"{escape(p['program_id'])}: {escape(p['title'] or '')}")
        for o in p["org_roles"]:
            stdout.print(f"  organisation: {escape(o['name'])} ({o['role']})")
        stdout.print(f"  sector: {escape(p['sector'] or '-')}  DAC {p['dac_code'] or '-'}  type {p['program_type']}")
        stdout.print(f"  status: {escape(p['status'] or '-')}  dates: {p['start_date'] or '?'} to {p['end_date'] or '?'}")
        if p["budget_value"] is not None or p["budget_usd"] is not None:
            stdout.print(f"  budget: {p['budget_usd'] if p['budget_usd'] is not None else p['budget_value']} "
                         f"{'USD' if p['budget_usd'] is not None else escape(p['budget_currency'] or '')}")
        stdout.print(f"  source: {escape(p['file'])} line {p['line']} ({p['source_format']})")
        stdout.print(f"  areas ({len(p['areas'])}):")
        for a in p["areas"]:
            lines = a["lines"]
            shown = ", ".join(map(str, lines[:5])) + (f" (+{len(lines) - 5})" if len(lines) > 5 else "")
            stdout.print(f"    {a['admin2_pcode']} {escape(a['admin2'] or '')} {escape('[' + str(a['match']) + ']')} lines {shown}")

    emit(st, p, human)


@app.command("evaluate")
def evaluate(
    ctx: typer.Context,
    program_id: str = typer.Argument(..., help="The program id."),
    outcome: str = typer.Option("events", "--outcome", help="events, fatalities or civilian_fatalities."),
    method: str = typer.Option("did", "--method", help="did (staggered Callaway-Sant'Anna) or synth."),
    source: str = typer.Option("events", "--source", help="events (stored events) or hdx (stored HDX aggregates)."),
    plot: Optional[Path] = typer.Option(None, "--plot", help="Write the event-study (or gap) plot to this PNG."),
    seed: int = typer.Option(0, "--seed", help="Seed of the bootstrap and placebo draws."),
) -> None:
    """Estimate the program's effect on violence in its areas against similar places without it."""
    from ..programs.evaluate import evaluate_program
    from ..store import open_store

    st = state(ctx)
    with open_store(st.db, read_only=True) as store:
        r = evaluate_program(store, program_id, outcome=outcome, method=method, source=source, seed=seed,
                             plot=plot)

    def human(d):
        stdout.print(f"{escape(d['program_id'])}: {d['method']} on {escape(d['outcome'])} ({escape(d['source'])}), "
                     f"{len(d['treated_units'])} treated and {len(d['control_units'])} control units")
        def num(x):
            return "?" if x is None else f"{x:.3f}"

        stdout.print(f"  ATT {num(d['att'])} per unit-month, 95% interval [{num(d['ci_low'])}, {num(d['ci_high'])}], "
                     f"p = {num(d['p_value'])}; pre-trend p = {num(d['pre_trend_p'])}")
        for w in d["warnings"]:
            stdout.print(f"  warning: {escape(w)}")

    emit(st, r, human)


@app.command("report")
def report(
    ctx: typer.Context,
    program_id: str = typer.Argument(..., help="The program id."),
    out: Path = typer.Option(..., "--out", help="HTML file to write."),
    lang: str = typer.Option("en", "--lang", help="en or fr."),
    outcome: str = typer.Option("events", "--outcome", help="events, fatalities or civilian_fatalities."),
    method: str = typer.Option("did", "--method", help="did or synth."),
    source: str = typer.Option("events", "--source", help="events or hdx."),
) -> None:
    """Write the program's report section (map against violence, estimate, event study, caveats)."""
    from ..reports.programs_section import write_program_section
    from ..store import open_store

    st = state(ctx)
    with open_store(st.db, read_only=True) as store:
        path = write_program_section(store, program_id, out, lang=lang, outcome=outcome, method=method, source=source)
    emit(st, {"program_id": program_id, "lang": lang, "html": str(path)},
         lambda d: stdout.print(f"wrote {escape(d['html'])}"))
