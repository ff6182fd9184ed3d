"""Who a request acts as, and whether it may: the one access check every API route goes through.

:func:`authorize` is a dependency of the whole application, so no route can be added without it. It looks
the matched route up in :data:`ROUTE_POLICY`; a route that is not listed there is refused to everyone
(access is denied by default). With no user accounts in the database the server is in single-user mode:
requests from the loopback interface act as ``analyst``, others are refused. Once accounts exist, every
route except those marked open (health, token) and the public aggregates needs a bearer token.

:func:`case_view` chooses the caller's serializer of case records (:mod:`sahelwatch.access.redaction`):
the one place where a role's view of cases is decided.
"""

from __future__ import annotations

import ipaddress
import re
import threading
import time
from contextlib import contextmanager
from typing import Annotated, Iterator

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.concurrency import run_in_threadpool

from ..access.keys import token_secret
from ..access.redaction import CountsView, Forbidden, serializer_for
from ..access.roles import SINGLE_USER_ROLE, Permission, Role, may
from ..access.users import AuthError, Principal, principal_from_token
from ..errors import SahelwatchError

OPEN = "open"
P = Permission
#: every route of the API and what it needs ("METHOD path" where a method needs more than the path's
#: other methods). A route missing here is refused to every caller.
ROUTE_POLICY: dict[str, Permission | str] = {
    "/api/v1/health": OPEN,
    "/api/v1/token": OPEN,
    "/api/v1/me": P.public_aggregates,
    "/api/v1/hr/aggregates": P.public_aggregates,
    "/api/v1/boundaries/{level}": P.public_aggregates,
    "/api/v1/boundaries/borders": P.public_aggregates,
    "/api/v1/meta": P.events,
    "/api/v1/events": P.events,
    "/api/v1/events.csv": P.events,
    "/api/v1/events.geojson": P.events,
    "/api/v1/events/{event_id}": P.events,
    "/api/v1/aggregates": P.events,
    "/api/v1/actors": P.events,
    "/api/v1/actors/{actor_id}": P.events,
    "/api/v1/alerts": P.events,
    "/api/v1/hotspots": P.events,
    "/api/v1/spillover": P.events,
    "/api/v1/trends": P.events,
    "/api/v1/forecasts": P.events,
    "/api/v1/report": P.events,
    "/api/v1/programs": P.events,
    "/api/v1/programs/areas": P.events,
    "/api/v1/programs/{program_id}": P.events,
    "/api/v1/programs/{program_id}/evaluation": P.events,
    "/api/v1/hr/cases": P.public_aggregates,          # counts for public, the serializer decides the rest
    "POST /api/v1/hr/cases": P.cases_change,
    "/api/v1/hr/cases/{case_id}": P.cases_redacted,
    "/api/v1/hr/export": P.cases_export,
    "/api/v1/audit": P.audit_read,
    "/api/v1/audit/verify": P.audit_read,
    "/api/v1/users": P.users_manage,
    "/api/v1/users/{name}/disable": P.users_manage,
}

ANONYMOUS = Principal("anonymous", Role.public)
#: the server itself, computing the dashboard's default view before it listens (``api.app.warm``): set in the
#: ASGI scope under :data:`SERVER_SCOPE` by the server's own in-process requests, which no HTTP client can set
SERVER = Principal("server", SINGLE_USER_ROLE)
SERVER_SCOPE = "sahelwatch.server"
_WRITE_LOCK = threading.Lock()
_bearer = HTTPBearer(auto_error=False, description="A token from POST /api/v1/token")
_PURPOSE = re.compile(r"[^\w .,;:/()'-]", re.UNICODE)


class NotAuthenticated(SahelwatchError):
    http_status = 401


class Throttled(SahelwatchError):
    http_status = 429


def _loopback(host: str | None) -> bool:
    if host == "testclient":  # Starlette's in-process test transport: no network at all
        return True
    try:
        return host is not None and ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def _account_count(request: Request) -> int:
    """How many accounts the database holds (:meth:`~sahelwatch.api.db.Database.account_count`)."""
    # the count of the last state the server can read: while another process holds the file, the state before its
    # hold; the first request after the hold reads the new state, so the first account added closes the open
    # (loopback, no account) mode no later than the end of the write that adds it
    return request.app.state.db.account_count()


def _from_token(request: Request, token: str) -> Principal:
    db = request.app.state.db
    with db.store() as store:
        return principal_from_token(store, token, token_secret(db.path))


async def authorize(request: Request,
                    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)] = None) -> Principal:
    """The caller of ``request`` and whether it may use the matched route (see the module's text). Decided on the event
    loop when nothing is to be read (an open route, the server itself, a request without a token while the in-memory
    copy of the file is current: its count of accounts is known); else on a worker thread, since the count of accounts
    or a token may have to be read (a copy to make, a wait for another process's hold, PostgreSQL)."""
    accounts = None if credentials is not None else request.app.state.db.account_count_now()
    if accounts is not None or _needs_nothing(request):
        return _authorize(request, credentials, accounts)
    return await run_in_threadpool(_authorize, request, credentials, None)


def _needs_nothing(request: Request) -> bool:
    """Whether the access check of ``request`` reads nothing: an open route, or the server's own request."""
    return request.scope.get(SERVER_SCOPE) is True or _needed(request) == OPEN


def _needed(request: Request) -> Permission | str | None:
    route = request.scope.get("route")
    path = getattr(route, "path_format", None) or getattr(route, "path", None)
    return ROUTE_POLICY.get(f"{request.method} {path}", ROUTE_POLICY.get(path))


def _authorize(request: Request, credentials: HTTPAuthorizationCredentials | None, accounts: int | None) -> Principal:
    """:func:`authorize`'s decision; ``accounts`` the count of accounts if already known (else read when needed)."""
    need = _needed(request)
    if need is None:
        raise Forbidden("this route is not in the access policy; it is refused to everyone")
    if need == OPEN:
        principal = ANONYMOUS
    elif request.scope.get(SERVER_SCOPE) is True:
        principal = SERVER
    elif (accounts if accounts is not None else _account_count(request)) == 0:
        if not _loopback(client_address(request)):
            raise Forbidden("single-user mode (no accounts) answers the loopback interface only")
        principal = Principal("single-user", SINGLE_USER_ROLE, single_user=True)
    elif credentials is None:
        if need != Permission.public_aggregates:
            raise NotAuthenticated("this route needs a bearer token (POST /api/v1/token)")
        principal = ANONYMOUS
    else:
        try:
            principal = _from_token(request, credentials.credentials)
        except AuthError as e:
            raise NotAuthenticated(str(e)) from None
    if need != OPEN and not may(principal.role, need):
        raise Forbidden(f"the role {principal.role.value} may not use this route")
    request.state.principal = principal
    return principal


def current_principal(request: Request) -> Principal:
    return getattr(request.state, "principal", ANONYMOUS)


def case_view(principal: Annotated[Principal, Depends(current_principal)]) -> CountsView:
    """The serializer of case records for the caller's role."""
    return serializer_for(principal.role)


def purpose(request: Request) -> str | None:
    """The X-Purpose header, cleaned (at most 200 characters of words and punctuation)."""
    raw = request.headers.get("x-purpose")
    if raw is None:
        return None
    return _PURPOSE.sub(" ", raw)[:200].strip() or None


def actor_of(principal: Principal, request: Request) -> str:
    return f"{principal.name}@{client_address(request)}" if principal.single_user else principal.name


@contextmanager
def writer(request: Request) -> Iterator:
    """A short read-write store for the audit log and account changes (closed before the answer)."""
    from ..errors import StoreError
    from ..store import open_store

    # One writer at a time in this process (two would conflict on the audit log's head). DuckDB refuses a
    # read-write open in a process that has a read-only one on the same file (another request reading):
    # wait for it as for a lock, up to the server's busy wait.
    db = request.app.state.db
    with _WRITE_LOCK:
        deadline = time.monotonic() + max(db.busy_wait, 1.0)
        while True:
            db.release()  # the read-only open the server keeps for a burst of requests, if idle
            try:
                store = open_store(db.path, create=False)
                break
            except StoreError as e:
                # (or the server's in-memory copy of the file being made: api/db.py)
                if (("different configuration" not in str(e) and "file handle conflict" not in str(e))
                        or time.monotonic() > deadline):
                    raise
                time.sleep(0.02)
        try:
            yield store
        finally:
            store.close()
