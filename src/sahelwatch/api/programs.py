"""The program routes under /api/v1: the registry (list, one program) and an evaluation. Thin: each
calls the domain function of ``sahelwatch programs`` and returns its public shape. Import writes, so
it stays a command (``sahelwatch programs import``); the API only reads."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal, Optional

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel

from ..errors import UsageError
from . import schemas as S
from .db import Database
from .params import InvalidParameter

router = APIRouter(prefix="/api/v1")
_ERRORS = {422: {"model": S.ErrorResponse}, 404: {"model": S.ErrorResponse}, 503: {"model": S.ErrorResponse}}


async def _db(request: Request) -> Database:  # no worker thread for reading an attribute
    return request.app.state.db


DB = Annotated[Database, Depends(_db)]


class ProgramSummary(BaseModel):
    program_id: str
    title: Optional[str] = None
    organisation: Optional[str] = None
    program_type: Optional[str] = None
    dac_code: Optional[str] = None
    status: Optional[str] = None
    start_date: Optional[dt.date] = None
    end_date: Optional[dt.date] = None
    countries: Optional[str] = None
    source_format: Optional[str] = None
    n_areas: int


class ProgramList(BaseModel):
    count: int
    programs: list[ProgramSummary]


class ProgramArea(BaseModel):
    admin2_pcode: str
    admin2: Optional[str] = None
    iso3: Optional[str] = None
    start_date: Optional[dt.date] = None
    end_date: Optional[dt.date] = None
    match: Optional[str] = None
    files: list[str]
    lines: list[int]


class ProgramDetail(ProgramSummary):
    n_areas: int = 0
    org_roles: list[dict]
    sector: Optional[str] = None
    activity: Optional[str] = None
    budget_value: Optional[float] = None
    budget_currency: Optional[str] = None
    budget_usd: Optional[float] = None
    file: Optional[str] = None
    line: Optional[int] = None
    areas: list[ProgramArea]


class Evaluation(BaseModel):
    program_id: str
    method: str
    outcome: str
    source: str
    treated_units: list[str]
    control_units: list[str]
    att: float
    ci_low: Optional[float] = None
    ci_high: Optional[float] = None
    p_value: Optional[float] = None
    pre_trend_p: Optional[float] = None
    n_pre: int
    n_post: int
    event_study: Optional[list[dict]] = None
    placebo_time: Optional[dict] = None
    placebo_space: Optional[dict] = None
    spillover: dict
    warnings: list[str]
    details: dict[str, Any]


@router.get("/programs", response_model=ProgramList, responses=_ERRORS)
async def programs(database: DB, type: Annotated[Optional[str], Query(max_length=40)] = None,
                   country: Annotated[Optional[str], Query(pattern="^[A-Za-z]{3}$")] = None) -> ProgramList:
    """The stored programs, optionally of one type or in one country (ISO3)."""
    from ..programs import list_programs

    rows = await database.value_answer(("programs", type, country),
                                       lambda store: list_programs(store, program_type=type, country=country))
    return ProgramList(count=len(rows), programs=[ProgramSummary(**r) for r in rows])


class PlaceProgram(BaseModel):
    program_id: str
    title: Optional[str] = None
    organisation: Optional[str] = None
    program_type: Optional[str] = None
    start_date: Optional[dt.date] = None
    end_date: Optional[dt.date] = None


class ProgramPlace(BaseModel):
    admin2_pcode: str
    admin2: Optional[str] = None
    admin1: Optional[str] = None
    iso3: Optional[str] = None
    lon: Optional[float] = None
    lat: Optional[float] = None
    located: Optional[Literal["admin2", "admin1"]] = None
    n_programs: int
    programs: list[PlaceProgram]


class ProgramPlaces(BaseModel):
    count: int
    located: dict[str, int]
    areas: list[ProgramPlace]


@router.get("/programs/areas", response_model=ProgramPlaces, responses=_ERRORS)
async def program_areas(database: DB, request: Request, type: Annotated[Optional[str], Query(max_length=40)] = None,
                  country: Annotated[Optional[str], Query(pattern="^[A-Za-z]{3}$")] = None) -> Response:
    """Where the stored programs run, one entry per admin2 unit with its programs and a point to draw it
    at: the unit's polygon centroid (``located`` "admin2"), else its admin1 region's centroid among the
    bundled boundaries ("admin1"), else none (null, still listed)."""
    from ..programs.places import program_places

    return await database.json_answer(("program_places", type, country),
                                      lambda store: ProgramPlaces(**program_places(store, program_type=type,
                                                                                   country=country)), request)


@router.get("/programs/{program_id}", response_model=ProgramDetail, responses=_ERRORS)
async def program(program_id: str, database: DB) -> ProgramDetail:
    """One program: organisations and roles, sector, dates, budget, and its areas with source lines."""
    from ..programs import show_program

    p = await database.value_answer(("program", program_id), lambda store: show_program(store, program_id))
    return ProgramDetail(**(p | {"n_areas": len(p["areas"])}))


@router.get("/programs/{program_id}/evaluation", response_model=Evaluation, responses=_ERRORS)
async def evaluation(program_id: str, database: DB,
                     outcome: Literal["events", "fatalities", "civilian_fatalities"] = "events",
                     method: Literal["did", "synth"] = "did", source: Literal["events", "hdx"] = "events") -> Evaluation:
    """Whether violence changed in the program's areas against similar areas without it (see
    ``sahelwatch programs evaluate``)."""
    from ..programs.evaluate import evaluate_program

    def compute(store):
        try:
            return evaluate_program(store, program_id, outcome=outcome, method=method, source=source)
        except UsageError as e:
            raise InvalidParameter("program_id" if "area" in str(e) else "source", str(e)) from None

    r = await database.value_answer(("evaluation", program_id, outcome, method, source), compute)
    keys = set(Evaluation.model_fields) - {"details"}
    return Evaluation(**{k: r.get(k) for k in keys}, details={k: v for k, v in r.items() if k not in keys})
