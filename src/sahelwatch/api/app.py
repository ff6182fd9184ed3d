"""The ASGI application: the API under /api/v1, the dashboard at /, and one error shape for both."""

from __future__ import annotations

import logging
import time
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from urllib.parse import parse_qsl

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..access.throttle import LoginThrottle
from ..errors import NotFoundError, SahelwatchError
from .access_routes import router as access_router
from .auth import authorize
from .db import CACHE_BYTES, GZIP_LEVEL, SNAPSHOT_MAX_BYTES, STALE_HEADER, begin_request, mark_stale, open_database
from .params import InvalidParameter
from .programs import router as programs_router
from .routes import router

log = logging.getLogger(__name__)


def _error(status: int, code: str, message: str, parameter: str | None = None) -> JSONResponse:
    body = {"status": status, "code": code, "message": message}
    if parameter is not None:
        body["parameter"] = parameter
    return JSONResponse({"error": body}, status_code=status)


class _RefuseNul:
    """A NUL character in the path or a query value is never a valid name, id or filter, and PostgreSQL's text
    cannot hold one: such a request gets a 422 naming the parameter before any route sees it."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http":
            bad = None
            if "\x00" in scope.get("path", ""):
                bad = "path"
            else:
                for name, value in parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True):
                    if "\x00" in name or "\x00" in value:
                        bad = name.replace("\x00", "") or "query"
                        break
            if bad is not None:
                await _error(422, "invalid_parameter", f"{bad}: a NUL character is not allowed", bad)(scope, receive, send)
                return
        await self.app(scope, receive, send)


class _StaleMarker:
    """Reads the client's demand for a fresh answer (``Cache-Control: no-cache``) and marks an answer built from a
    stale cached value (see ``Database.cached``): the header ``X-Sahelwatch-Stale`` and, in a JSON object, the
    field ``stale``. Answers whose bytes are cached are marked by the cache itself (``Database.cached_body``)."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        fresh = any(k == b"cache-control" and b"no-cache" in v.lower() for k, v in scope.get("headers", ()))
        state = begin_request(fresh)
        start: dict | None = None
        body: list[bytes] = []

        async def marking_send(message):
            nonlocal start
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", ())}
                if not state.stale or STALE_HEADER.lower().encode() in names:
                    await send(message)
                    return
                start = message
                return
            if start is None or message["type"] != "http.response.body":
                await send(message)
                return
            body.append(message.get("body", b""))
            if message.get("more_body", False):
                return
            stale = max(state.stale, key=lambda st: st.age)
            headers = [(k, v) for k, v in start.get("headers", ()) if k.lower() != b"content-length"]
            kinds = {k.lower(): v for k, v in headers}
            whole = b"".join(body)
            if b"json" in kinds.get(b"content-type", b"") and b"content-encoding" not in kinds:
                whole = mark_stale(whole, stale)
            headers += [(b"content-length", str(len(whole)).encode()), (STALE_HEADER.lower().encode(),
                                                                         stale.header().encode())]
            await send({**start, "headers": headers})
            await send({"type": "http.response.body", "body": whole, "more_body": False})

        await self.app(scope, receive, marking_send)


#: what the dashboard (web/static/app.js ``start()``) asks for when it opens with no filter: computed before
#: ``serve`` listens, so the first users do not all pay for the same cold answers
DEFAULT_VIEW = ("/api/v1/events?limit=200", "/api/v1/aggregates?place=admin1",
                "/api/v1/aggregates?place=admin1&precision=admin1&precision=admin2", "/api/v1/aggregates?period=month",
                "/api/v1/aggregates?period=week", "/api/v1/aggregates?place=admin2&precision=admin2", "/api/v1/meta",
                "/api/v1/boundaries/1", "/api/v1/boundaries/2", "/api/v1/programs/areas", "/api/v1/forecasts",
                "/api/v1/alerts")

#: the modules the analysis routes import when first asked (not in the default view): imported by :func:`warm`
ANALYSIS_MODULES = ("sahelwatch.analytics.hotspots", "sahelwatch.analytics.spillover", "sahelwatch.analytics.trends",
                    "sahelwatch.reports")


def warm(app: FastAPI) -> dict[str, int]:
    """Import the analyses' modules and ask the application itself, in this process, for the dashboard's default
    view (``DEFAULT_VIEW``) so that its answers are cached before the server listens; the status of each. The
    requests act as the server itself (``auth.SERVER``, marked in their ASGI scope, which no HTTP client can set),
    so user accounts in the database change nothing."""
    import asyncio

    from .auth import SERVER_SCOPE

    async def get(url: str) -> int:
        path, _, query = url.partition("?")
        scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET", "scheme": "http",
                 "path": path, "raw_path": path.encode(), "query_string": query.encode(), "root_path": "",
                 "headers": [(b"host", b"127.0.0.1"), (b"accept-encoding", b"gzip")], "client": ("127.0.0.1", 0),
                 "server": ("127.0.0.1", 0), SERVER_SCOPE: True}
        status = 0

        async def receive():
            return {"type": "http.request", "body": b"", "more_body": False}

        async def send(message):
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]

        await app(scope, receive, send)
        return status

    async def all_of_them() -> dict[str, int]:
        return {url: await get(url) for url in DEFAULT_VIEW}

    import importlib

    for module in ANALYSIS_MODULES:  # imported by their routes on first use: about 5 s for hotspots' on this machine
        importlib.import_module(module)
    _load_lookups()
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(all_of_them())
    # called on a running loop (uvicorn builds each worker's application there): on a thread of its own
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, all_of_them()).result()


def _load_lookups() -> None:
    """Read the tables the first filter by an actor or a country, and the actors' routes, would read from the package's
    files otherwise: the actors' registry and resolver (about 0.5 s, the GIL held, on the loaded 2-core machine) and
    the country codes. Kept for the process's life (they never change while it runs)."""
    from ..actors import load_registry
    from ..actors.resolver import default_resolver
    from ..geo.country_codes import filter_countries

    load_registry()
    default_resolver()
    filter_countries(["Mali"])


def _static_dir() -> Path:
    return Path(str(resources.files("sahelwatch.web") / "static"))


def create_app(db_path: Path | str, *, busy_wait: float = 5.0, pool_size: int = 8, max_stale: float = 0.0,
               refresh: bool = True, clock=None, cache_bytes: int = CACHE_BYTES,
               snapshot_max_bytes: int = SNAPSHOT_MAX_BYTES) -> FastAPI:
    """The application over ``db_path`` (a DuckDB file or a ``postgresql://`` URL); on PostgreSQL, requests
    share a pool of at most ``pool_size`` read-only connections. With ``max_stale`` > 0, an answer from before a
    write may be served, marked stale, for that many seconds at most while it is computed again (ADR 0007). The
    answers kept weigh at most ``cache_bytes``, the least recently used dropped first; a DuckDB file of at most
    ``snapshot_max_bytes`` (0: none) is read from an in-memory copy."""
    database = open_database(db_path, busy_wait=busy_wait, pool_size=pool_size, max_stale=max_stale, refresh=refresh,
                             cache_bytes=cache_bytes, snapshot_max_bytes=snapshot_max_bytes, **({"clock": clock} if clock is not None else {}))

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        database.close()

    app = FastAPI(title="sahelwatch", version="1", openapi_url="/api/v1/openapi.json", docs_url="/api/v1/docs",
                  redoc_url=None, lifespan=lifespan,
                  description="Events, actors, analyses and reports of a sahelwatch database. Filters use the "
                              "names of the command line; every error has the shape {\"error\": {...}}.",
                  dependencies=[Depends(authorize)])  # every route: see api/auth.py, denied unless listed
    app.state.db = database
    app.state.throttle = LoginThrottle()
    app.include_router(router)
    app.include_router(programs_router)
    app.include_router(access_router)
    app.add_middleware(_StaleMarker)  # inside the gzip middleware: it sees the answers before they are compressed
    app.add_middleware(GZipMiddleware, minimum_size=1024, compresslevel=GZIP_LEVEL)
    app.add_middleware(_RefuseNul)

    @app.exception_handler(RequestValidationError)
    async def _validation(_: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        loc = [str(x) for x in first.get("loc", ()) if x not in ("query", "path", "body")]
        param = loc[0] if loc else None
        return _error(422, "invalid_parameter", f"{param}: {first.get('msg', 'invalid value')}" if param
                      else first.get("msg", "invalid request"), param)

    @app.exception_handler(InvalidParameter)
    async def _invalid(_: Request, exc: InvalidParameter) -> JSONResponse:
        return _error(422, "invalid_parameter", str(exc), exc.parameter)

    @app.exception_handler(NotFoundError)
    async def _not_found(_: Request, exc: NotFoundError) -> JSONResponse:
        return _error(404, "not_found", str(exc))

    @app.exception_handler(SahelwatchError)
    async def _domain(_: Request, exc: SahelwatchError) -> JSONResponse:
        status = getattr(exc, "http_status", 400)
        if status >= 500:
            log.error("%s: %s", type(exc).__name__, exc)
        return _error(status, type(exc).__name__.lower(), str(exc))

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        return _error(exc.status_code, "http_error", str(exc.detail))

    @app.exception_handler(Exception)
    async def _bug(_: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error")
        return _error(500, "internal_error", f"unexpected {type(exc).__name__}; this is a bug, please report it")

    app.mount("/", StaticFiles(directory=_static_dir(), html=True, check_dir=True), name="dashboard")
    return app


#: the environment variables by which ``serve --workers N`` hands its database to each worker process
_WORKER_DB, _WORKER_POOL, _WORKER_STALE = "SAHELWATCH_SERVE_DB", "SAHELWATCH_SERVE_POOL_SIZE", "SAHELWATCH_SERVE_MAX_STALE"
_WORKER_CACHE, _WORKER_COPY = "SAHELWATCH_SERVE_CACHE_BYTES", "SAHELWATCH_SERVE_COPY_BYTES"


def worker_environment(db_path: Path | str, pool_size: int, max_stale: float = 0.0,
                       cache_bytes: int = CACHE_BYTES, snapshot_max_bytes: int = SNAPSHOT_MAX_BYTES) -> dict[str, str]:
    return {_WORKER_DB: str(db_path), _WORKER_POOL: str(pool_size), _WORKER_STALE: repr(float(max_stale)),
            _WORKER_CACHE: str(int(cache_bytes)), _WORKER_COPY: str(int(snapshot_max_bytes))}


def app_for_worker() -> FastAPI:
    """The application of one worker process of ``serve --workers N`` (uvicorn's factory), its cache warmed with
    the dashboard's default view before it takes requests."""
    import os

    app = create_app(os.environ[_WORKER_DB], pool_size=int(os.environ[_WORKER_POOL]),
                     max_stale=float(os.environ.get(_WORKER_STALE, "0")),
                     cache_bytes=int(os.environ.get(_WORKER_CACHE, str(CACHE_BYTES))),
                     snapshot_max_bytes=int(os.environ.get(_WORKER_COPY, str(SNAPSHOT_MAX_BYTES))))
    warm_or_say(app)
    return app


def warm_or_say(app: FastAPI) -> None:
    """:func:`warm`, logging what it could not compute (a writer holding the file): the first requests then compute
    those answers."""
    started = time.monotonic()
    try:
        statuses = warm(app)
    except SahelwatchError as e:
        log.warning("the dashboard's default view was not computed before serving: %s", e)
        return
    log.info("warmed before serving in %.1f s: the analyses' modules, the actors' and countries' tables, %d answers "
             "of the dashboard's default view", time.monotonic() - started, len(statuses))
    failed = sorted(u for u, status in statuses.items() if status != 200)
    if failed:
        log.warning("the dashboard's default view was not computed before serving for %d of %d answers (%s)",
                    len(failed), len(statuses), ", ".join(failed))
