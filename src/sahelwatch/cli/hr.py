"""``sahelwatch hr``: human-rights case records (import, list, delete, evidence, key rotation)."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.markup import escape

from ._shell import emit, emit_import, print_import, state, stdout
from .users import cli_actor

app = typer.Typer(help="Human-rights case records: names, contacts and narratives encrypted per case.",
                  no_args_is_help=True)


@app.command("import")
def import_(ctx: typer.Context, file: Path = typer.Argument(..., help="A JSON array of cases.")) -> None:
    """Import cases. A malformed case is rejected on its own (exit 1); an unknown event id is kept and flagged."""
    from ..hr.cases import import_cases
    from ..store import open_store

    st = state(ctx)
    with open_store(st.db) as store:
        s = import_cases(store, file, actor=cli_actor())

    def human(d):
        print_import(
            [(f"{d['file']}: read {d['read']}, new {d['inserted']}, replaced {d['replaced']}, "
              f"rejected {len(d['rejected'])}", ())],
            rejects=[(f"case {r['index'] + 1} ({r['case_id'] or 'no valid id'})", r["reason"]) for r in d["rejected"]],
            flagged=[f"flagged {f['case_id']}: {f['flag']}" for f in d["flagged"]], shown=None,
        )

    d = s.as_dict()
    emit_import(st, d, human, len(d["rejected"]))


@app.command("list")
def list_(ctx: typer.Context) -> None:
    """Case counts by violation (the command line shows no case content; read cases through the API)."""
    from ..store import open_store

    st = state(ctx)
    with open_store(st.db, read_only=True) as store:
        rows = store.hr.counts(("violation",))
    emit(st, {"counts": rows}, lambda d: [stdout.print(f"{escape(r['violation'])}: {r['n']}") for r in d["counts"]])


@app.command("delete")
def delete(ctx: typer.Context, case_id: str = typer.Argument(...)) -> None:
    """Delete a case and destroy its key (crypto-shredding)."""
    from ..hr.cases import delete_case
    from ..store import open_store

    st = state(ctx)
    with open_store(st.db) as store:
        delete_case(store, case_id, actor=cli_actor())
    emit(st, {"case_id": case_id, "deleted": True}, lambda d: stdout.print(f"deleted {escape(case_id)}"))


@app.command("rotate-key")
def rotate_key(ctx: typer.Context) -> None:
    """Replace the master key: every case key and TOTP secret is re-wrapped, the old key file replaced."""
    from ..hr.cases import rotate_master_key
    from ..store import open_store

    st = state(ctx)
    with open_store(st.db) as store:
        d = rotate_master_key(store, actor=cli_actor())
    emit(st, d, lambda d: stdout.print(f"master key {d['old_key_id']} -> {d['new_key_id']}: {d['case_keys']} case "
                                       f"keys, {d['otp_secrets']} TOTP secrets re-wrapped"))


@app.command("evidence")
def evidence(ctx: typer.Context, case_id: str = typer.Argument(...), file: Path = typer.Argument(...),
             note: Optional[str] = typer.Option(None, "--note", help="Custody note (no personal data).")) -> None:
    """Record an evidence file of a case: SHA-256, size, encrypted file name and a first custody entry."""
    from ..hr.cases import add_evidence
    from ..store import open_store

    st = state(ctx)
    with open_store(st.db) as store:
        d = add_evidence(store, case_id, file, actor=cli_actor(), note=note)
    emit(st, d, lambda d: stdout.print(f"{escape(case_id)}: evidence {d['sha256']} ({d['size']} bytes)"))


@app.command("custody")
def custody(ctx: typer.Context, case_id: str = typer.Argument(...),
            sha256: str = typer.Argument(..., help="The evidence item's SHA-256 (from 'hr evidence')."),
            action: str = typer.Option(..., "--action", help="received, transferred, copied, examined, sealed, "
                                                             "returned or destroyed."),
            by: Optional[str] = typer.Option(None, "--by", help="Who did it (default: the account running this)."),
            note: Optional[str] = typer.Option(None, "--note", help="Custody note (no personal data).")) -> None:
    """Add an entry to an evidence item's chain of custody (audited)."""
    from ..hr.cases import add_custody
    from ..store import open_store

    st = state(ctx)
    with open_store(st.db) as store:
        d = add_custody(store, case_id, sha256, action, actor=by or cli_actor(), note=note)
    emit(st, d, lambda d: stdout.print(f"{escape(case_id)}: {d['sha256'][:12]} {d['action']} at {d['at']}"))
