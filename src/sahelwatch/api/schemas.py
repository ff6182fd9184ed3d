"""The public response shapes, separate from the storage rows: a route builds these from the store's
rows, so a new storage column never leaks out and a renamed one fails here, loudly."""

from __future__ import annotations

import datetime as dt
from typing import Any, Optional

from pydantic import BaseModel, Field


class ErrorBody(BaseModel):
    status: int
    code: str
    message: str
    parameter: Optional[str] = None


class ErrorResponse(BaseModel):
    """The one error shape of every route."""

    error: ErrorBody


class Health(BaseModel):
    status: str = "ok"


class Fatalities(BaseModel):
    low: int = 0
    best: int = 0
    high: int = 0


class EventPublic(BaseModel):
    event_id: str
    cluster_id: Optional[str] = None
    source: str
    source_event_id: str
    version: Optional[int] = None
    event_date: Optional[dt.date] = None
    date_precision: Optional[str] = None
    country: Optional[str] = None
    iso3: Optional[str] = None
    admin1: Optional[str] = None
    admin2: Optional[str] = None
    location: Optional[str] = None
    latitude: Optional[float] = None
    longitude: Optional[float] = None
    geo_precision: Optional[str] = Field(None, description="exact, near, admin2, admin1 or country: an event "
                                         "coded only to a unit is that unit, not a point")
    border_km: Optional[float] = None
    event_type: Optional[str] = None
    sub_event_type: Optional[str] = None
    tactic: Optional[str] = None
    target_category: Optional[str] = None
    attribution: Optional[str] = None
    actor1: Optional[str] = None
    actor2: Optional[str] = None
    actor_ids: list[str] = []
    fatalities: Fatalities
    notes: Optional[str] = None


class EventList(BaseModel):
    total: int
    fatalities: Fatalities
    limit: int
    offset: int
    as_of: Optional[dt.date] = None
    events: list[EventPublic]


class EventVersion(BaseModel):
    version: int
    deleted: bool
    current: bool
    ingested_at: Optional[dt.datetime] = None
    file: Optional[str] = None
    line: Optional[int] = None
    event: EventPublic


class LinkPublic(BaseModel):
    other_event_id: str
    score: float
    explanation: Optional[str] = None


class EventDetail(BaseModel):
    event: Optional[EventPublic] = Field(None, description="The current version (null once deleted)")
    versions: list[EventVersion]
    sources: list[str] = Field(description="The source names the record cites")
    source_urls: list[str]
    raw: Optional[str] = Field(None, description="The record as read from its file")
    cluster_id: str
    cluster_members: list[str]
    links: list[LinkPublic]


class CountRow(BaseModel):
    key: dict[str, Optional[str]]
    events: int
    fatalities: int


class Aggregates(BaseModel):
    by: list[str]
    rows: list[CountRow]


class ActorSummary(BaseModel):
    id: str
    name_en: str
    name_fr: str
    family: str
    actor_type: str
    countries: list[str]


class LineagePublic(BaseModel):
    predecessor: str
    successor: str
    relation: str
    date: Optional[str] = None
    note: Optional[str] = None


class ActorDetail(ActorSummary):
    aliases: list[str]
    active_from: Optional[str] = None
    active_to: Optional[str] = None
    lineage: list[LineagePublic]
    activity: list[CountRow] = Field(description="Events and fatalities by month where the actor (or any of its "
                                     "names) is a party")


class Analysis(BaseModel):
    """An existing analysis over the selection: its rows (or fields) as plain JSON."""

    analysis: str
    parameters: dict[str, Any]
    rows: list[dict[str, Any]]


class TrainedOn(BaseModel):
    source: str = Field(description="store:aggregates, store:events, or file:NAME (a panel file)")
    panel_sha256: str
    first_month: Optional[str] = None
    last_month: Optional[str] = None
    snapshot_ingest_id: Optional[str] = Field(None, description="the store's last finished ingest when read")
    snapshot_at: Optional[dt.datetime] = None


class ForecastRunPublic(BaseModel):
    run_id: str
    kind: str
    created_at: dt.datetime
    model: str
    model_version: str
    config_hash: str
    unit: str
    period: str
    first_origin: str
    last_origin: str
    horizons: list[int]
    trained_on: TrainedOn
    intervals: dict[str, list[float]] = Field(description="interval name -> [lower, upper] quantile levels")


class ForecastUnit(BaseModel):
    unit_id: str
    unit_name: Optional[str] = None
    iso3: Optional[str] = None
    admin1: Optional[str] = None
    target_month: str
    horizon: int
    p_any_fatal: float = Field(description="P(at least one fatality)")
    fatalities_mean: float
    median: float
    intervals: dict[str, list[float]] = Field(description="interval name -> [lower, upper] fatalities")
    events_mean: Optional[float] = None
    area_key: Optional[str] = Field(None, description="ISO3|name_norm of the unit among the bundled boundaries of "
                                    "its level (the map's key), when it has one")


class CheckedUnit(ForecastUnit):
    observed: float
    inside: dict[str, bool]
    crps: Optional[float] = None


class MonthScores(BaseModel):
    n: int
    observed_fatalities: float
    forecast_fatalities_mean: float
    coverage_50: Optional[float] = None
    coverage_90: Optional[float] = None
    crps: Optional[float] = None
    brier_any_fatal: Optional[float] = None
    ap_any_fatal: Optional[float] = None
    mse_log1p: Optional[float] = None


class ForecastRunView(BaseModel):
    run: ForecastRunPublic
    units: list[ForecastUnit]


class BacktestCheck(BaseModel):
    """The last stored backtest's latest scored month: the forecast against what happened."""

    backtest: ForecastRunPublic
    model: str
    horizon: int
    origin: Optional[str] = None
    target_month: Optional[str] = None
    units: list[CheckedUnit]
    summary: Optional[MonthScores] = Field(None, description="the model's scores over the units shown")
    models: dict[str, MonthScores] = Field(description="every backtested model's scores over the units shown")
    whole_backtest: Optional[dict[str, Any]] = Field(
        None, description="scores and interval coverage per model and horizon over the whole backtest (every unit)")


class Forecasts(BaseModel):
    available: bool
    reason: Optional[str] = None
    run: Optional[ForecastRunView] = None
    backtest: Optional[BacktestCheck] = None


class Meta(BaseModel):
    first_date: Optional[dt.date] = None
    last_date: Optional[dt.date] = None
    event_types: list[str]
    countries: list[str]
    precisions: list[str]
    max_limit: int
