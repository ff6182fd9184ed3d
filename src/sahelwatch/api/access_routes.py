"""The access routes: sign-in (token), the current user, human-rights cases (through the caller's serializer),
their export, the audit log and user management. Every case read is audited before its answer leaves."""

from __future__ import annotations

import datetime as dt
import json
from typing import Annotated, Literal, Optional

from fastapi import APIRouter, Body, Depends, Form, Query, Request
from fastapi.responses import JSONResponse

from ..access import audit
from ..access.keys import token_secret
from ..access.redaction import CountsView, Forbidden
from ..access.throttle import Throttled as Throttle
from ..access.users import (
    AuthError,
    Principal,
    add_user,
    authenticate,
    check_password,
    disable_user,
    issue_token,
    list_users,
)
from ..hr.cases import RESTRICTED, VIOLATIONS, read_case, read_cases, read_clear_case, read_clear_cases
from .auth import NotAuthenticated, Throttled, actor_of, case_view, client_address, current_principal, purpose, writer

router = APIRouter(prefix="/api/v1")
Who = Annotated[Principal, Depends(current_principal)]
View = Annotated[CountsView, Depends(case_view)]
_ERR = {401: {"description": "no valid token"}, 403: {"description": "not for this role"},
        404: {"description": "not found"}, 429: {"description": "too many failed sign-ins"}}


@router.post("/token", responses=_ERR)
def token(request: Request, username: Annotated[str, Form(max_length=64, pattern=r"^[^\x00]*$")],
          password: Annotated[str, Form(max_length=1024)],
          otp: Annotated[Optional[str], Form(max_length=32)] = None) -> dict:
    """Sign in: ``{"access_token", "token_type": "bearer", "expires_in"}``. ``otp`` is the TOTP code (or a
    one-time recovery code) for hr_investigator and admin. Repeated failures get 429."""
    throttle = request.app.state.throttle
    address = client_address(request)
    try:
        throttle.check(username, address)
    except Throttle as e:
        with writer(request) as store:
            audit.record(store, actor="(throttled)", action="signin.throttled", target=None,
                         details={"address": address, "scope": e.scope})
        raise Throttled(str(e)) from None
    with request.app.state.db.store() as store:
        user = store.users.get(username)
    password_ok = check_password(user, password)  # the slow part, outside the write connection
    with writer(request) as store:
        try:
            principal = authenticate(store, username, password, otp, address=address, password_ok=password_ok)
        except AuthError as e:
            throttle.failed(username, address)
            raise NotAuthenticated(str(e)) from None
        throttle.succeeded(username)
        return issue_token(store, principal, token_secret(store.path))


@router.get("/me", responses=_ERR)
def me(who: Who) -> dict:
    """The caller's name and role (``anonymous``/``public`` without a token)."""
    return {"name": who.name, "role": who.role.value, "single_user": who.single_user}


def _audit_reads(request: Request, who: Principal, cases: list[dict], action: str, why: str | None,
                 full: bool) -> None:
    restricted = [c["case_id"] for c in cases if c["sensitivity"] in RESTRICTED]
    if not restricted and not full:
        return
    with writer(request) as store, store.transaction():
        for cid in ([c["case_id"] for c in cases] if full else restricted):
            audit.record(store, actor=actor_of(who, request), action=action, target=cid, purpose=why,
                         details={"view": "full" if full else "redacted"})


def _need_purpose(request: Request) -> str:
    why = purpose(request)
    if not why:
        from .params import InvalidParameter

        raise InvalidParameter("X-Purpose", "reading whole case records needs the X-Purpose header (why you "
                                            "read them); it is kept in the audit log")
    return why


@router.get("/hr/cases", responses=_ERR)
def cases(request: Request, who: Who, view: View,
          violation: Annotated[Optional[Literal[VIOLATIONS]], Query()] = None,  # type: ignore[valid-type]
          limit: Annotated[int, Query(ge=1, le=1000)] = 100, offset: Annotated[int, Query(ge=0, le=10**9)] = 0) -> dict:
    """Case records as the caller's role may see them: whole for hr_investigator (needs X-Purpose), redacted
    for analyst, editor and admin, counts by violation (cells under 5 suppressed) for public and auditor."""
    db = request.app.state.db
    if not view.cases:
        with db.store() as store:
            rows = store.hr.counts(("violation",))
            total = store.hr.count()
        return {"total": view.counts([{"n": total}], ())[0]["cases"], "counts": view.counts(rows, ("violation",)),
                "cases": None}
    why = _need_purpose(request) if view.full else purpose(request)
    with db.store() as store, store.acting_for(who.role.value):
        found = (read_cases if view.full else read_clear_cases)(store, violation=violation, limit=limit,
                                                                 offset=offset)
        total = store.hr.count()
    _audit_reads(request, who, found, "case.read", why, view.full)
    return {"total": total, "limit": limit, "offset": offset, "cases": [view.case(c) for c in found]}


@router.post("/hr/cases", responses=_ERR)
def cases_import(request: Request, who: Who,
                 body: Annotated[list, Body(description="A JSON array of cases, as 'hr import' reads")]) -> dict:
    """Store cases (editor): each malformed case is rejected on its own with its reason; an unknown event id is
    kept and flagged. The answer holds counts and reasons, never case content."""
    from ..hr.cases import store_cases

    with writer(request) as store:
        return store_cases(store, body, source="api", actor=actor_of(who, request)).as_dict()


@router.get("/hr/cases/{case_id}", responses=_ERR)
def case(request: Request, case_id: str, who: Who, view: View) -> dict:
    """One case as the caller's role may see it (hr_investigator: whole, with X-Purpose)."""
    if not view.cases:
        raise Forbidden("this role sees counts of cases only")
    why = _need_purpose(request) if view.full else purpose(request)
    with request.app.state.db.store() as store, store.acting_for(who.role.value):
        c = (read_case if view.full else read_clear_case)(store, case_id)
    _audit_reads(request, who, [c], "case.read", why, view.full)
    return view.case(c)


@router.get("/hr/export", responses=_ERR)
def export(request: Request, who: Who, view: View,
           violation: Annotated[Optional[Literal[VIOLATIONS]], Query()] = None) -> JSONResponse:  # type: ignore
    """Every case, whole, with a watermark naming who exported it and when (hr_investigator only; audited)."""
    if not view.exports:
        raise Forbidden("only hr_investigator may export case records")
    why = _need_purpose(request)
    with request.app.state.db.store() as store, store.acting_for(who.role.value):
        found = read_cases(store, violation=violation)
    at = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    with writer(request) as store:
        entry = audit.record(store, actor=actor_of(who, request), action="case.export", purpose=why,
                             details={"cases": [c["case_id"] for c in found], "violation": violation})
    mark = f"exported by {who.name} at {at} (audit entry {entry['seq']}); restricted, do not forward"
    return JSONResponse({"watermark": {"exported_by": who.name, "exported_at": at, "audit_seq": entry["seq"],
                                       "text": mark},
                         "cases": [view.case(c) for c in found]},
                        headers={"Content-Disposition": "attachment; filename=cases-export.json",
                                 "X-Watermark": mark, "Cache-Control": "no-store"})


@router.get("/hr/aggregates", responses=_ERR)
def hr_aggregates(request: Request, view: View) -> dict:
    """Cases by year, alleged perpetrator family and violation, and events of violence against civilians by
    year and perpetrator family: counts only (public: cells under 5 suppressed)."""
    with request.app.state.db.store() as store:
        case_rows = store.hr.counts(("year", "perpetrator_family", "violation"))
        event_rows = store.hr.civilian_event_counts()
    return {"cases": view.counts(case_rows, ("year", "perpetrator_family", "violation")),
            "events": view.counts(event_rows, ("year", "perpetrator_family")),
            "min_cell": 5 if not view.cases else None}


@router.get("/audit", responses=_ERR)
def audit_entries(request: Request, after: Annotated[int, Query(ge=0)] = 0,
                  limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> dict:
    """Audit entries after ``after`` (auditor, admin): who did what to which target, with the purpose."""
    with request.app.state.db.store() as store:
        rows = store.audit.entries(after=after, limit=limit)
    for r in rows:
        r["details"] = json.loads(r["details"])
    return {"entries": rows}


@router.get("/audit/verify", responses=_ERR)
def audit_verify(request: Request) -> dict:
    """Check the audit chain (auditor, admin)."""
    with request.app.state.db.store() as store:
        return audit.verify(store).as_dict()


@router.get("/users", responses=_ERR)
def users(request: Request) -> dict:
    """The accounts (admin)."""
    with request.app.state.db.store() as store:
        return {"users": list_users(store)}


@router.post("/users", responses=_ERR)
def users_add(request: Request, who: Who,
              body: Annotated[dict, Body(examples=[{"name": "ana", "role": "analyst", "password": "..."}])]) -> dict:
    """Add an account (admin). Returns ``{"name", "role", "otp_secret", "recovery_codes"}`` once."""
    name, role, pw = body.get("name"), body.get("role"), body.get("password")
    if not isinstance(name, str) or not isinstance(role, str) or not (pw is None or isinstance(pw, str)):
        from .params import InvalidParameter

        raise InvalidParameter("body", "give name and role as strings (and optionally password)")
    with writer(request) as store:
        return add_user(store, name, role, password=pw, actor=actor_of(who, request)).as_dict()


@router.post("/users/{name}/disable", responses=_ERR)
def users_disable(request: Request, name: str, who: Who) -> dict:
    """Disable an account (admin): its tokens stop working at once."""
    with writer(request) as store:
        disable_user(store, name, actor=actor_of(who, request))
    return {"name": name, "disabled": True}
