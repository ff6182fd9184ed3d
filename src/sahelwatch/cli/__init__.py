"""The ``sahelwatch`` command: a thin shell over the library.

Global options come before the verb (``sahelwatch --db PATH --json VERB ...``).
Exit codes: 0 done; 1 done, but some input records were rejected; 2 usage error
or unreadable input, nothing written.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.markup import escape

from ..errors import SahelwatchError
from ..settings import get_settings
from ._shell import State, stderr

app = typer.Typer(
    name="sahelwatch",
    help="Monitoring and early warning of violent extremism in Mali and the central Sahel.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def _root(
    ctx: typer.Context,
    db: Optional[Path] = typer.Option(
        None, "--db", help="Embedded database file. Default: $SAHELWATCH_DB, then ./sahelwatch.duckdb."
    ),
    json_: bool = typer.Option(False, "--json", help="Print one machine-readable JSON object on stdout."),
) -> None:
    settings = get_settings()
    ctx.obj = State(db=db or settings.db, json=json_)


#: Command groups, one module each: (module, attribute, name). A module that is not
#: there yet is skipped, so the shell never hides a broken import of one that is.
_GROUPS = (
    ("ingest", None, None),
    ("events", "app", "events"),
    ("actors", "app", "actors"),
    ("geo", "app", "geo"),
    ("derive", None, None),
    ("link", None, None),
    ("extract", "app", "extract"),
    ("analytics", "app", "analyze"),
    ("forecast", "app", "forecast"),
    ("report", None, None),
    ("serve", None, None),
    ("programs", "app", "programs"),
    ("users", "app", "users"),
    ("audit", "app", "audit"),
    ("hr", "app", "hr"),
)


def _register() -> None:
    for module, attr, name in _GROUPS:
        try:
            mod = importlib.import_module(f".{module}", __name__)
        except ModuleNotFoundError as e:
            if e.name == f"{__name__}.{module}":
                continue
            raise
        if attr is None:
            mod.register(app)
        else:
            app.add_typer(getattr(mod, attr), name=name)
        for extra in ("register_stats", "register_enrich"):
            if hasattr(mod, extra):
                getattr(mod, extra)(app)


_register()


def main(argv: list[str] | None = None) -> None:
    try:
        rc = app(args=argv, prog_name="sahelwatch", standalone_mode=False)
        if isinstance(rc, int) and rc:
            sys.exit(rc)
    except SahelwatchError as e:
        stderr.print(f"[bold red]error:[/] {escape(str(e))}", highlight=False)  # the message holds data: never markup
        sys.exit(e.exit_code)
    except typer.Exit as e:
        sys.exit(e.exit_code)
    except SystemExit:
        raise
    except Exception as e:  # usage errors from click, or from the click that typer bundles
        if _is_click(e, "ClickException"):
            e.show()
            sys.exit(2)
        if _is_click(e, "Abort"):
            sys.exit(130)
        raise


def _is_click(e: Exception, name: str) -> bool:
    return any(cls.__name__ == name and "click" in cls.__module__ for cls in type(e).__mro__)
