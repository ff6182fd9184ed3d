"""The ASGI application: the API under /api/v1, the dashboard at /, and one error shape for both."""

from __future__ import annotations

import logging
from importlib import resources
from pathlib import Path

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
from .db import Database
from .params import InvalidParameter
from .programs import router as programs_router
from .routes import router

log = logging.getLogger(__name__)


def _error(status: int, code: str, message: str, parameter: str | None = None) -> JSONResponse:
    body = {"status": status, "code": code, "message": message}
    if parameter is not None:
        body["parameter"] = parameter
    return JSONResponse({"error": body}, status_code=status)


def _static_dir() -> Path:
    return Path(str(resources.files("sahelwatch.web") / "static"))


def create_app(db_path: Path | str, *, busy_wait: float = 5.0) -> FastAPI:
    app = FastAPI(title="sahelwatch", version="1", openapi_url="/api/v1/openapi.json", docs_url="/api/v1/docs",
                  redoc_url=None,
                  description="Events, actors, analyses and reports of a sahelwatch database. Filters use the "
                              "names of the command line; every error has the shape {\"error\": {...}}.",
                  dependencies=[Depends(authorize)])  # every route: see api/auth.py, denied unless listed
    app.state.db = Database(db_path, busy_wait=busy_wait)
    app.state.throttle = LoginThrottle()
    app.include_router(router)
    app.include_router(programs_router)
    app.include_router(access_router)
    app.add_middleware(GZipMiddleware, minimum_size=1024)

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
