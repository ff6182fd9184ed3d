"""The ASGI application: the API under /api/v1, the dashboard at /, and one error shape for both."""

from __future__ import annotations

import logging
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
from .db import GZIP_LEVEL, open_database
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


def _static_dir() -> Path:
    return Path(str(resources.files("sahelwatch.web") / "static"))


def create_app(db_path: Path | str, *, busy_wait: float = 5.0, pool_size: int = 8) -> FastAPI:
    """The application over ``db_path`` (a DuckDB file or a ``postgresql://`` URL); on PostgreSQL, requests
    share a pool of at most ``pool_size`` read-only connections."""
    database = open_database(db_path, busy_wait=busy_wait, pool_size=pool_size)

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
_WORKER_DB, _WORKER_POOL = "SAHELWATCH_SERVE_DB", "SAHELWATCH_SERVE_POOL_SIZE"


def worker_environment(db_path: Path | str, pool_size: int) -> dict[str, str]:
    return {_WORKER_DB: str(db_path), _WORKER_POOL: str(pool_size)}


def app_for_worker() -> FastAPI:
    """The application of one worker process of ``serve --workers N`` (uvicorn's factory)."""
    import os

    return create_app(os.environ[_WORKER_DB], pool_size=int(os.environ[_WORKER_POOL]))
