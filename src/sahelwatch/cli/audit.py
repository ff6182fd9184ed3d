"""``sahelwatch audit``: check and read the hash-chained audit log."""

from __future__ import annotations

import typer
from rich.markup import escape

from ._shell import emit, state, stdout

app = typer.Typer(help="The append-only, hash-chained audit log.", no_args_is_help=True)


@app.command("verify")
def verify(ctx: typer.Context) -> None:
    """Check the chain: exit 0 when intact, 1 when an entry was altered, removed or reordered (the first broken
    entry is named)."""
    from ..access.audit import verify as check
    from ..store import open_store

    st = state(ctx)
    with open_store(st.db, read_only=True) as store:
        v = check(store)

    def human(d):
        if d["intact"]:
            stdout.print(f"audit log intact: {d['entries']} entries, head {d['head_seq']} {d['head_hash']}")
        else:
            stdout.print(f"audit log BROKEN at entry {d['first_broken']}: {escape(d['reason'])}")

    emit(st, v.as_dict(), human)
    if not v.intact:
        raise typer.Exit(1)


@app.command("show")
def show(ctx: typer.Context, after: int = typer.Option(0, "--after", help="Only entries after this number."),
         limit: int = typer.Option(100, "--limit", help="At most this many entries.")) -> None:
    """Print the audit entries (who, when, what, which target, the purpose given)."""
    import json

    from ..store import open_store

    st = state(ctx)
    with open_store(st.db, read_only=True) as store:
        rows = store.audit.entries(after=after, limit=limit)
    for r in rows:
        r["details"] = json.loads(r["details"])

    def human(d):
        for r in d["entries"]:
            stdout.print(f"{r['seq']}  {r['logged_at']}  {escape(r['actor'])}  {escape(r['action'])}  "
                         f"{escape(r['target'] or '')}  {escape(r['purpose'] or '')}")

    emit(st, {"entries": rows}, human)
