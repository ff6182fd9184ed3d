"""``sahelwatch serve``: the dashboard and the JSON API over one database (a DuckDB file or a PostgreSQL URL)."""

from __future__ import annotations

import ipaddress
import os

import typer
from rich.markup import escape

from ..errors import UsageError
from ._shell import state, stderr

#: seconds an idle kept-alive connection stays open (uvicorn's default is 5 s; browsers keep theirs for minutes,
#: and under load a client sending on a connection the server is just closing gets no answer at all)
KEEP_ALIVE_S = 75


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
        pool_size: int = typer.Option(8, "--pool-size", help="On PostgreSQL, the most read-only connections each "
                                      "worker holds at once (requests beyond wait for one, then get 503)."),
        workers: int = typer.Option(1, "--workers", help="Server processes (each with its own cache, sign-in "
                                    "throttle and, on PostgreSQL, pool). More than one uses more cores; on a DuckDB file "
                                    "each also holds the file between bursts, so a writer waits longer."),
        max_stale: float = typer.Option(30.0, "--max-stale", help="After a write, seconds for which an answer computed "
                                        "before it may still be served, marked stale (header X-Sahelwatch-Stale, field "
                                        "'stale'), while the server computes it again; a request sent with "
                                        "'Cache-Control: no-cache' always gets a fresh answer. 0: never stale."),
        cache_mb: float = typer.Option(256.0, "--cache-mb", help="The most the answers each worker keeps may weigh, "
                                       "in MB; past it the least recently used are dropped (and computed again when "
                                       "asked for)."),
        copy_mb: float = typer.Option(256.0, "--copy-mb", help="On a DuckDB file, the largest file (with its WAL), in "
                                      "MB, read from an in-memory copy so that no request waits for another process's "
                                      "hold of the file. Each worker then holds about the file's size in memory, "
                                      "twice while it makes a newer copy after a write, on top of --cache-mb. A larger "
                                      "file is opened per burst of requests. 0: never a copy."),
    ) -> None:
        """Serve the dashboard at / and the JSON API under /api/v1 (OpenAPI: /api/v1/openapi.json).

        A DuckDB file is opened read-only for each burst of requests and closed between them, so ingest, link
        and derive can run from another process meanwhile. On PostgreSQL (--db postgresql://...) each request
        borrows a read-only connection from a pool; writers never wait for the server. Either way a request after
        a write sees it at once, or gets the answer from before it, marked stale, for --max-stale seconds at most.
        The dashboard's default view is computed before the server listens.
        """
        import uvicorn

        from ..api import create_app
        from ..api.app import warm_or_say, worker_environment
        from ..store import is_url
        from ..store.postgres import normalise_url, shown_url

        db = state(ctx).db
        if not is_url(db) and not db.exists():
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
        if not 1 <= pool_size <= 100:
            raise UsageError(f"--pool-size must be 1..100, got {pool_size}")
        if not 1 <= workers <= 32:
            raise UsageError(f"--workers must be 1..32, got {workers}")
        if not 0 <= max_stale <= 3600:
            raise UsageError(f"--max-stale must be 0..3600 seconds, got {max_stale:g}")
        if not 1 <= cache_mb <= 65536:
            raise UsageError(f"--cache-mb must be 1..65536, got {cache_mb:g}")
        cache_bytes = int(cache_mb * 2**20)
        if not 0 <= copy_mb <= 65536:
            raise UsageError(f"--copy-mb must be 0..65536, got {copy_mb:g}")
        copy_bytes = int(copy_mb * 2**20)
        # also checks the database before any worker starts
        app = create_app(db, pool_size=pool_size, max_stale=max_stale, cache_bytes=cache_bytes,
                         snapshot_max_bytes=copy_bytes)
        if workers == 1:
            warm_or_say(app)  # each worker process warms its own
        shown = shown_url(normalise_url(db)) if is_url(db) else db
        stderr.print(f"sahelwatch: serving {escape(str(shown))} at http://{host}:{port}/ (API: /api/v1/, Ctrl-C to stop)")
        if workers == 1:
            uvicorn.run(app, host=host, port=port, log_level="warning", timeout_keep_alive=KEEP_ALIVE_S)
            return
        app.state.db.close()
        # what each worker process builds its app from
        os.environ.update(worker_environment(db, pool_size, max_stale, cache_bytes, copy_bytes))
        uvicorn.run("sahelwatch.api.app:app_for_worker", factory=True, workers=workers, host=host, port=port,
                    log_level="warning", timeout_keep_alive=KEEP_ALIVE_S)
