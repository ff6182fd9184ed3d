"""``sahelwatch serve``: the dashboard and the JSON API over one database file."""

from __future__ import annotations

import ipaddress

import typer

from ..errors import UsageError
from ._shell import state, stderr


def _has_accounts(db) -> bool:
    from ..store import open_store

    with open_store(db, read_only=True) as store:
        return store.users.count() > 0


def register(app: typer.Typer) -> None:
    @app.command("serve")
    def serve(
        ctx: typer.Context,
        host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on. Without user accounts, loopback "
                                 "only, and every request acts as the analyst; with accounts, any address, and "
                                 "every route but health, token and the public aggregates needs a bearer token."),
        port: int = typer.Option(8000, "--port", help="TCP port."),
    ) -> None:
        """Serve the dashboard at / and the JSON API under /api/v1 (OpenAPI: /api/v1/openapi.json).

        The database is opened read-only for each request and closed before the answer, so ingest, link and
        derive can run from another process meanwhile; the next request sees what they wrote.
        """
        import uvicorn

        from ..api import create_app
        from ..store import is_url

        db = state(ctx).db
        if is_url(db):  # the API reads through DuckDB SQL (store/queries.py) and file signatures (ADR 0009)
            raise UsageError("not yet supported on PostgreSQL: serve")
        if not db.exists():
            raise UsageError(f"{db}: no such database (run 'sahelwatch ingest' first)")
        try:
            loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
        except ValueError:
            raise UsageError(f"--host must be an IP address or localhost, got {host!r}") from None
        if not loopback and not _has_accounts(db):
            raise UsageError(f"--host {host}: without user accounts serve listens on a loopback address only "
                             f"(add one with 'sahelwatch users add')")
        if not 0 < port < 65536:
            raise UsageError(f"--port must be 1..65535, got {port}")
        stderr.print(f"sahelwatch: serving {db} at http://{host}:{port}/ (API: /api/v1/, Ctrl-C to stop)")
        uvicorn.run(create_app(db), host=host, port=port, log_level="warning")
