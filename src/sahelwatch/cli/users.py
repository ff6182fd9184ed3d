"""``sahelwatch users``: add, list and disable accounts."""

from __future__ import annotations

import getpass
import sys

import typer
from rich.markup import escape

from ._shell import emit, state, stdout

app = typer.Typer(help="User accounts and roles (public, analyst, hr_investigator, editor, admin, auditor).",
                  no_args_is_help=True)


def cli_actor() -> str:
    """Who a command acts as in the audit log: the operating-system account that ran it."""
    try:
        return f"cli:{getpass.getuser()}"
    except (KeyError, OSError):
        return "cli:unknown"


@app.command("add")
def add(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="User name."),
    role: str = typer.Option(..., "--role", help="public, analyst, hr_investigator, editor, admin or auditor."),
    password_stdin: bool = typer.Option(False, "--password-stdin",
                                        help="Read the password from the first line of stdin; without it a random "
                                             "password is made and printed once."),
) -> None:
    """Add a user. hr_investigator and admin get a TOTP secret and ten one-time recovery codes, shown once."""
    from ..access.users import add_user
    from ..errors import UsageError
    from ..store import open_store

    password = None
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            raise UsageError("--password-stdin: no password on stdin")
    st = state(ctx)
    with open_store(st.db) as store:
        new = add_user(store, name, role, password=password, actor=cli_actor())

    def human(d):
        stdout.print(f"added {escape(d['name'])} ({d['role']})")
        if d.get("password"):
            stdout.print(f"password (shown once): {escape(d['password'])}")
        if d["otp_secret"]:
            stdout.print(f"TOTP secret (RFC 6238, SHA-1, 6 digits, 30 s; shown once): {d['otp_secret']}")
            stdout.print("recovery codes (each works once; shown once): " + " ".join(d["recovery_codes"]))

    emit(st, new.as_dict(), human)


@app.command("list")
def list_(ctx: typer.Context) -> None:
    """List the users, their roles and whether they are disabled."""
    from ..access.users import list_users
    from ..store import open_store

    st = state(ctx)
    with open_store(st.db, read_only=True) as store:
        rows = list_users(store)

    def human(d):
        if not d["users"]:
            stdout.print("no users: 'serve' runs in single-user mode (loopback only, analyst)")
        for u in d["users"]:
            stdout.print(f"{escape(u['name'])}  {u['role']}  {'disabled' if u['disabled'] else 'active'}"
                         f"{'  2FA' if u['has_otp'] else ''}")

    emit(st, {"users": rows, "count": len(rows)}, human)


@app.command("disable")
def disable(ctx: typer.Context, name: str = typer.Argument(..., help="User name.")) -> None:
    """Disable a user: sign-in refused and every token of theirs stops working at once."""
    from ..access.users import disable_user
    from ..store import open_store

    st = state(ctx)
    with open_store(st.db) as store:
        disable_user(store, name, actor=cli_actor())
    emit(st, {"name": name, "disabled": True}, lambda d: stdout.print(f"disabled {escape(name)}"))
