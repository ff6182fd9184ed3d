"""The JSON API under /api/v1: each route reads the selection, calls one store query or domain
function, and returns a public schema."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import math
import pathlib
import tempfile
from typing import Annotated, Any, Literal, Optional

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import HTMLResponse, Response
from pydantic import TypeAdapter
from starlette.concurrency import run_in_threadpool

from ..errors import NotFoundError
from ..jsonable import plain
from ..store import queries
from ..store.queries import MAX_LIMIT
from . import schemas as S
from .db import Database, FixedAnswers
from .params import InvalidParameter, Limit, Offset, Selection, parse_date

router = APIRouter(prefix="/api/v1")

_ERRORS = {422: {"model": S.ErrorResponse}, 404: {"model": S.ErrorResponse}, 503: {"model": S.ErrorResponse}}

EXPORT_COLUMNS = ("event_id", "cluster_id", "source", "source_event_id", "event_date", "country", "admin1", "admin2",
                  "location", "latitude", "longitude", "geo_precision", "event_type", "sub_event_type", "actor1",
                  "actor2", "fatalities_low", "fatalities_best", "fatalities_high", "tactic", "target_category",
                  "attribution", "notes")
#: the stored columns an event's public shape is built from (a page reads only these)
PUBLIC_COLUMNS = ("event_id", "cluster_id", "source", "source_event_id", "version", "event_date", "date_precision",
                  "country", "iso3", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision",
                  "border_km", "event_type", "sub_event_type", "tactic", "target_category", "attribution", "actor1",
                  "actor2", "actor1_ids", "actor2_ids", "assoc_actor_1_ids", "assoc_actor_2_ids", "fatalities_low",
                  "fatalities_best", "fatalities_high", "notes")
#: precisions whose coordinates are the event's own place; the others stand for a whole unit
POINT_PRECISIONS = ("exact", "near")


async def db(request: Request) -> Database:  # no worker thread for reading an attribute
    return request.app.state.db


Sel = Annotated[Selection, Depends(Selection.dependency)]
DB = Annotated[Database, Depends(db)]


def _num(v: Any) -> Optional[float]:
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return None
    return float(v)


def event_public(row: dict) -> S.EventPublic:
    ids: list[str] = []
    for col in ("actor1_ids", "actor2_ids", "assoc_actor_1_ids", "assoc_actor_2_ids"):
        ids += list(row.get(col) or ())
    return S.EventPublic(
        event_id=row["event_id"], cluster_id=row.get("cluster_id"), source=row["source"],
        source_event_id=row["source_event_id"], version=row.get("version"), event_date=row.get("event_date"),
        date_precision=row.get("date_precision"), country=row.get("country"), iso3=row.get("iso3"),
        admin1=row.get("admin1"), admin2=row.get("admin2"), location=row.get("location"),
        latitude=_num(row.get("latitude")), longitude=_num(row.get("longitude")),
        geo_precision=row.get("geo_precision"), border_km=_num(row.get("border_km")),
        event_type=row.get("event_type"), sub_event_type=row.get("sub_event_type"), tactic=row.get("tactic"),
        target_category=row.get("target_category"), attribution=row.get("attribution"),
        actor1=row.get("actor1"), actor2=row.get("actor2"), actor_ids=list(dict.fromkeys(ids)),
        fatalities=S.Fatalities(low=row.get("fatalities_low") or 0, best=row.get("fatalities_best") or 0,
                                high=row.get("fatalities_high") or 0),
        notes=row.get("notes"))


@router.get("/health", response_model=S.Health)
async def health() -> S.Health:
    return S.Health()  # nothing read: on the event loop


@router.get("/meta", response_model=S.Meta, responses=_ERRORS)
async def meta(database: DB, request: Request) -> Response:
    def compute(store):
        first, last = queries.date_range(store)
        return S.Meta(first_date=first, last_date=last, event_types=sorted(queries.known_values(store, "event_type")),
                      countries=sorted(queries.known_values(store, "country")),
                      precisions=sorted(queries.known_values(store, "geo_precision")), max_limit=MAX_LIMIT)
    return await database.json_answer(("meta",), compute, request)


def _counts(database: Database, store, q: queries.EventQuery):
    """The selection's :func:`~sahelwatch.store.queries.selection_counts`, shared by the answers of one filter
    computed from the same state of the database (the page's totals and the dashboard's four aggregates, asked for
    at once: the filter is applied once, and a precision filter narrows the rows of the selection without it)."""
    if q.precision:
        whole = _counts(database, store, q.replace(precision=()))
        return database.shared(("selection_counts", q), store, lambda _: queries.of_precision(whole, q.precision))
    return database.shared(("selection_counts", q), store, lambda s: queries.selection_counts(s, q))


@router.get("/events", response_model=S.EventList, responses=_ERRORS)
async def events(sel: Sel, database: DB, request: Request, limit: Limit = 100, offset: Offset = 0) -> Response:
    """The selection's totals (over every match) and one page of its events, newest first."""
    q = sel.query

    def compute(store):
        frame = _counts(database, store, q)
        t = queries.totals(frame)
        rows = queries.page(store, q, frame, limit=limit, offset=offset, columns=PUBLIC_COLUMNS)
        return S.EventList(total=t["total"], fatalities=S.Fatalities(**t["fatalities"]), limit=limit, offset=offset,
                           as_of=q.as_of, events=[event_public(r) for r in rows])
    return await database.json_answer(("events", q, limit, offset), compute, request)


@router.get("/events.csv", responses={200: {"content": {"text/csv": {}}}, **_ERRORS})
def events_csv(sel: Sel, database: DB) -> Response:
    """The whole selection as CSV (the columns of ``events export`` plus the coding)."""
    def compute(store):
        t = queries.selection_arrow(store, sel.query, EXPORT_COLUMNS)
        return t.to_pandas().to_csv(index=False)
    with database.store() as store:
        text = compute(store)
    return Response(text, media_type="text/csv",
                    headers={"Content-Disposition": 'attachment; filename="sahelwatch-events.csv"'})


@router.get("/events.geojson", responses={200: {"content": {"application/geo+json": {}}}, **_ERRORS})
def events_geojson(sel: Sel, database: DB) -> Response:
    """The selection as GeoJSON. Only events located to a point (exact, near) carry a Point; an event coded
    to an admin unit has a null geometry and names its unit, never a false point."""
    def compute(store):
        rows = queries.selection_arrow(store, sel.query, EXPORT_COLUMNS).to_pylist()
        feats = []
        for r in rows:
            lat, lon = _num(r["latitude"]), _num(r["longitude"])
            geom = ({"type": "Point", "coordinates": [lon, lat]}
                    if r["geo_precision"] in POINT_PRECISIONS and lat is not None and lon is not None else None)
            props = {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in r.items()
                     if k not in ("latitude", "longitude")}
            feats.append({"type": "Feature", "geometry": geom, "properties": props})
        return json.dumps({"type": "FeatureCollection", "features": feats}, allow_nan=False)
    with database.store() as store:
        text = compute(store)
    return Response(text, media_type="application/geo+json",
                    headers={"Content-Disposition": 'attachment; filename="sahelwatch-events.geojson"'})


@router.get("/events/{event_id}", response_model=S.EventDetail, responses=_ERRORS)
async def event(event_id: str, database: DB, request: Request) -> Response:
    """One event: every stored version, its sources and raw record, and the cluster it is linked into."""
    def compute(store):
        versions = queries.event_versions(store, event_id)
        if not versions:
            raise NotFoundError(f"no event {event_id!r}")
        cid, members = queries.cluster_of(store, event_id)
        current = next((v for v in versions if v["is_current"] and not v["deleted"]), None)
        last = versions[-1]
        links = [S.LinkPublic(other_event_id=lk["event_id_b"] if lk["event_id_a"] == event_id else lk["event_id_a"],
                              score=lk["score"], explanation=lk["explanation"]) for lk in store.linkage.links(event_id)]
        out_versions = []
        for v in versions:
            coded = dict(v, tactic=v.get("tactic") or v.get("derived_tactic"),
                         target_category=v.get("target_category") or v.get("derived_target_category"),
                         attribution=v.get("attribution") or v.get("derived_attribution"), cluster_id=cid)
            out_versions.append(S.EventVersion(version=v["version"], deleted=v["deleted"], current=v["is_current"],
                                               ingested_at=v["ingested_at"], file=v.get("file"), line=v.get("line"),
                                               event=event_public(coded)))
        split = [s.strip() for s in (last.get("source_names") or "").split(";") if s.strip()]
        urls = [s.strip() for s in (last.get("source_urls") or "").split(";") if s.strip()]
        return S.EventDetail(event=out_versions[[v["version"] for v in versions].index(current["version"])].event
                             if current else None,
                             versions=out_versions, sources=split, source_urls=urls,
                             raw=store.versions.raw_record(event_id), cluster_id=cid, cluster_members=members, links=links)
    return await database.json_answer(("event", event_id), compute, request)


@router.get("/aggregates", response_model=S.Aggregates, responses=_ERRORS)
async def aggregates(sel: Sel, database: DB, request: Request,
                     place: Annotated[Optional[Literal["admin1", "admin2", "grid", "country"]], Query()] = None,
                     period: Annotated[Optional[Literal["week", "month", "year"]], Query()] = None) -> Response:
    """Events and best fatalities by place unit, by period, or by both."""
    if place is None and period is None:
        raise InvalidParameter("place", "give place (admin1, admin2, grid, country), period (week, month, year) "
                               "or both")

    def compute(store):
        rows = queries.counts_by(_counts(database, store, sel.query), place, period)
        by = [place] if place else []
        if place in ("admin1", "admin2"):
            by += ["country", "iso3", f"{place}_norm"]
        by += [period] if period else []
        return S.Aggregates(by=by, rows=[S.CountRow(key={k: r[k] for k in by}, events=r["events"],
                                                    fatalities=int(r["fatalities"])) for r in rows])
    return await database.json_answer(("agg", sel.query, place, period), compute, request)


#: the answers that read nothing of the database (the bundled borders, the actors' registry): kept once computed
_FIXED = FixedAnswers()


@router.get("/boundaries/borders", responses={200: {"content": {"application/geo+json": {}}}, **_ERRORS})
async def border_overlay(request: Request,
                         km: Annotated[Optional[float], Query(gt=0, le=500, description="also the band within this "
                                                              "many km of the borders (the border_km_max filter)")]
                         = None) -> Response:
    """The international land borders of the countries of the bundled boundaries (``kind`` ``border``) and,
    with ``km``, the band within ``km`` km of them (``kind`` ``band``), buffered in metres in a local
    azimuthal equidistant projection, as GeoJSON (drawn once per ``km`` on a worker thread, then served on the event
    loop)."""
    return await _FIXED.answer(("borders", km), lambda: _borders_body(km), request, "application/geo+json",
                               {"Cache-Control": "max-age=86400"})


def _borders_body(km: float | None) -> bytes:
    from ..geo.border_bands import border_features
    from ..geo.bundled_admin import bundled_admin

    lv = bundled_admin(1)
    iso3s = tuple(sorted(set(lv.iso3))) if lv is not None else ()
    feats = border_features(iso3s, km)
    return json.dumps({"type": "FeatureCollection", "features": feats}, allow_nan=False).encode()


@router.get("/boundaries/{level}", responses={200: {"content": {"application/geo+json": {}}}, **_ERRORS})
async def boundaries(level: Annotated[int, Path(ge=1, le=2)], database: DB, request: Request) -> Response:
    """The admin units of ``level`` (coordinates to 0.001 degree) as GeoJSON, for the map: for each country the
    polygons imported into the database for that level (``sahelwatch geo import``), else the bundled units: level 1
    the regions, level 2 Mali's cercles, Burkina Faso's provinces and Niger's departments. Each
    feature carries ``iso3``, ``name``, ``name_norm`` (the key events are matched on), ``parent``, ``source``
    (``imported`` or ``bundled``) and ``liptako_gourma`` (in the Liptako-Gourma zone, as the events' flag); the
    collection's ``attribution`` names the sources and licences (Natural Earth, public domain; OCHA COD-AB Mali and
    Niger, CC BY 3.0 IGO; imported boundaries under their own terms)."""
    return await database.body_answer(("boundaries", level),
                                      lambda store: _boundaries_body(level, store.boundaries.load()), request,
                                      "application/geo+json", {"Cache-Control": "no-cache"})


#: the map's GeoJSON by (level, digest of the imported boundaries): a write of events changes the database's
#: signature but not the boundaries, which then cost a read and a digest instead of being drawn again (about 1 s)
_GEOJSON: dict[tuple, bytes] = {}


def _boundaries_body(level: int, gdf) -> bytes:
    import hashlib

    import shapely

    from ..geo.boundaries import BoundarySet

    digest = hashlib.sha256()
    if len(gdf):
        digest.update(gdf.drop(columns="geometry").to_csv().encode())
        for wkb in shapely.to_wkb(gdf.geometry.to_numpy()):
            digest.update(wkb or b"")
    key = (level, digest.hexdigest())
    body = _GEOJSON.get(key)
    if body is None:
        body = _boundaries_geojson(level, BoundarySet(gdf) if len(gdf) else None).encode()
        if len(_GEOJSON) >= 8:
            _GEOJSON.clear()
        _GEOJSON[key] = body
    return body


def _boundaries_geojson(level: int, imported) -> str:
    import numpy as np
    import pandas as pd
    import shapely

    from ..geo.keys import liptako_gourma_flag
    from ..geo.map_units import map_units

    units = map_units(level, imported)
    geoms = np.array([u.geometry for u in units], dtype=object)
    mine = np.array([u.source == "imported" for u in units], dtype=bool)
    if mine.any():  # imported polygons come at full resolution: simplified as a coverage, for drawing only
        geoms[mine] = shapely.make_valid(shapely.coverage_simplify(geoms[mine], 0.005))
    iso3 = np.array([u.iso3 for u in units], dtype=object)
    norm = np.array([u.name_norm for u in units], dtype=object)
    liptako = liptako_gourma_flag(iso3, norm).to_numpy() if level == 1 else [False] * len(units)
    feats = []
    for u, geom, lg in zip(units, geoms, liptako):
        feats.append({"type": "Feature", "geometry": json.loads(shapely.to_geojson(shapely.set_precision(geom, 1e-3))),
                      "properties": {"iso3": u.iso3, "name": u.name, "name_norm": u.name_norm, "parent": u.parent,
                                     "source": u.source, "liptako_gourma": lg is not pd.NA and bool(lg)}})
    attribution = BOUNDARY_ATTRIBUTION + ("; imported boundaries: as imported into this database, under their own "
                                          "terms" if mine.any() else "")
    return json.dumps({"type": "FeatureCollection", "attribution": attribution, "features": feats}, allow_nan=False)


#: Who drew the bundled boundaries, and under which licence (geo/data/PROVENANCE.md).
BOUNDARY_ATTRIBUTION = ("Boundaries: Natural Earth (public domain); Mali cercles and regions: UN OCHA and the "
                        "COD Sub Working Group in Mali, COD-AB Mali 2021-12-20; Niger departments and regions: IGNN "
                        "via UN OCHA, COD-AB Niger 2023-07-20; both CC BY 3.0 IGO, clipped and simplified; "
                        "places of events coded from text: GeoNames (CC BY 4.0) and \u00a9 OpenStreetMap "
                        "contributors (ODbL)")


# ---------------------------------------------------------------------------------------------- actors
_ACTOR_LIST = TypeAdapter(list[S.ActorSummary])


def _actor_summary(a) -> dict:
    return dict(id=a.id, name_en=a.name_en, name_fr=a.name_fr, family=a.family, actor_type=a.actor_type,
                countries=list(a.countries))


@router.get("/actors", response_model=list[S.ActorSummary], responses=_ERRORS)
async def actors(request: Request, family: Annotated[Optional[str], Query()] = None) -> Response:
    """The actors of the registry (of one ``family``), read from its files once, then served on the event loop."""
    return await _FIXED.answer(("actors", family), lambda: _actors_body(family), request)


def _actors_body(family: str | None) -> bytes:
    from ..actors import load_registry

    return _ACTOR_LIST.dump_json([S.ActorSummary(**_actor_summary(a)) for a in load_registry()
                                  if family is None or a.family == family])


@router.get("/actors/{actor_id}", response_model=S.ActorDetail, responses=_ERRORS)
async def actor(actor_id: str, database: DB) -> S.ActorDetail:
    """One actor (by id or alias): aliases, lineage, and its activity by month in the store."""
    from ..actors import load_registry
    from ..actors.resolver import default_resolver

    # the registry and the resolver are read from their files on first use: on a worker thread then
    loaded = load_registry.cache_info().currsize and default_resolver.cache_info().currsize
    reg, a, q = _actor_and_query(actor_id) if loaded else await run_in_threadpool(_actor_and_query, actor_id)
    # its own cache key: /aggregates caches a whole response under ("agg", query, place, period), and the same
    # query there must not hand this route a response object in place of its rows
    rows = await database.value_answer(("actor_activity", q),
                                       lambda store: queries.counts_by(_counts(database, store, q), None, "month"))
    return S.ActorDetail(
        **_actor_summary(a), aliases=list(a.aliases),
        active_from=str(a.active_from) if a.active_from else None,
        active_to=str(a.active_to) if a.active_to else None,
        lineage=[S.LineagePublic(**lk.to_dict()) for lk in reg.lineage(a.id)],
        activity=[S.CountRow(key={"month": r["month"]}, events=r["events"], fatalities=int(r["fatalities"]))
                  for r in rows])


def _actor_and_query(actor_id: str) -> tuple:
    """(the registry, the actor ``actor_id`` names (an id or an alias), the query of its events)."""
    from ..actors import actor_ids_for_filter, load_registry
    from ..model import EventFilter

    reg = load_registry()
    ids = [actor_id] if actor_id in reg.actors else actor_ids_for_filter(actor_id)
    if not ids or ids[0] not in reg.actors:
        raise NotFoundError(f"no actor {actor_id!r} (an id or a known alias)")
    a = reg.get(ids[0])
    return reg, a, queries.EventQuery(base=EventFilter(actor_ids=tuple(actor_ids_for_filter(a.id))))


# ---------------------------------------------------------------------------------------------- analyses
async def _analysed(database: Database, q, key: tuple, run, columns: tuple[str, ...] | None = None) -> Any:
    """``run(frame)`` over the selection's events (only ``columns``, when given), cached by the selection and
    ``key`` (never the frame itself: a whole store's frame is too large to keep); a kept result on the event loop."""
    return await database.value_answer(("analysis", q, *key),
                                       lambda store: run(queries.selection_arrow(store, q, columns).to_pandas()))


def _analysis(name: str, params: dict, result: Any) -> S.Analysis:
    rows = plain(result)
    if isinstance(rows, dict):
        rows = [rows]
    return S.Analysis(analysis=name, parameters=plain(params), rows=rows)


@router.get("/alerts", response_model=S.Analysis, responses=_ERRORS)
async def alerts(sel: Sel, database: DB, request: Request,
                 date: Annotated[Optional[str], Query(description="Reference date of the check, YYYY-MM-DD "
                                                      "(default: until, else the last event date)")] = None,
                 surge_unit: Annotated[Literal["admin1", "admin2"], Query()] = "admin2") -> Response:
    """Surges, fatality highs and new presence at a date, each with its reason."""
    from ..analytics.alerts import COLUMNS
    from ..analytics.alerts import alerts as run

    q = sel.query
    ref = parse_date("date", date) or q.base.until
    if ref is None:
        ref = (await database.value_answer(("range",), queries.date_range))[1]
    if ref is None:
        return S.Analysis(analysis="alerts", parameters={"date": None}, rows=[])
    # every check looks at most 3 years and 30 days back: read four years, not the whole store
    window = ref - dt.timedelta(days=4 * 365)
    since = max(q.base.since, window) if q.base.since else window
    q = q.replace(base=dataclasses.replace(q.base, since=since, until=ref))

    def compute(store):
        df = queries.selection_arrow(store, q, COLUMNS).to_pandas()
        rows = [plain(a.to_dict()) for a in run(df, ref, surge_unit=surge_unit)]
        return S.Analysis(analysis="alerts", parameters={"date": ref.isoformat(), "surge_unit": surge_unit}, rows=rows)
    return await database.json_answer(("alerts", q, ref, surge_unit), compute, request)


@router.get("/hotspots", response_model=S.Analysis, responses=_ERRORS)
async def hotspots(sel: Sel, database: DB, request: Request,
                   value: Annotated[Literal["events", "fatalities"], Query()] = "events",
                   alpha: Annotated[float, Query(gt=0, lt=1)] = 0.05) -> Response:
    """Getis-Ord Gi* hot and cold spots on the PRIO-GRID (Benjamini-Hochberg), hot/cold cells only."""
    from ..analytics.hotspots import COLUMNS
    from ..analytics.hotspots import hotspots as run

    q = sel.query

    def compute(store):
        df = queries.selection_arrow(store, q, COLUMNS).to_pandas()
        if df.empty:
            rows = []
        else:
            out = run(df, grid="priogrid", value=value, alpha=alpha)
            rows = out[out["hotspot"] != ""]
        return _analysis("hotspots", {"value": value, "alpha": alpha}, rows)
    return await database.json_answer(("hotspots", q, value, alpha), compute, request)


@router.get("/spillover", response_model=S.Analysis, responses=_ERRORS)
async def spillover(sel: Sel, database: DB, freq: Annotated[Literal["month", "quarter", "year"], Query()] = "year",
                    km: Annotated[float, Query(gt=0, le=1000)] = 50.0) -> S.Analysis:
    """Share of events near a border, cross-border actors and the diffusion test."""
    from ..analytics.spillover import spillover_report

    return _analysis("spillover", {"freq": freq, "km": km}, await _analysed(
        database, sel.query, ("spillover", freq, km), lambda df: plain(spillover_report(df, freq=freq, km=km))))


@router.get("/trends", response_model=S.Analysis, responses=_ERRORS)
async def trends(sel: Sel, database: DB,
                 freq: Annotated[Literal["week", "month", "quarter", "year"], Query()] = "month") -> S.Analysis:
    """Events, fatalities, lethality and the civilian share per period."""
    from ..analytics.trends import trends as run

    return _analysis("trends", {"freq": freq},
                     await _analysed(database, sel.query, ("trends", freq), lambda df: plain(run(df, freq=freq))))


@router.get("/forecasts", response_model=S.Forecasts, responses=_ERRORS)
async def forecasts(database: DB, request: Request,
              country: Annotated[Optional[list[str]], Query(description="Country name or ISO3 code (repeatable).")
                                 ] = None,
              admin1: Annotated[Optional[list[str]], Query(description="First-order unit: name, or the unit id of "
                                                          "an admin1 forecast (repeatable).")] = None,
              admin2: Annotated[Optional[list[str]], Query(description="District: name (any spelling), or the unit id "
                                                          "of an admin2 forecast (repeatable); it narrows admin2 "
                                                          "runs, so it implies unit=admin2.")] = None,
              unit: Annotated[Optional[Literal["admin2", "admin1", "grid"]], Query(
                  description="The spatial unit of the runs to show (default: the run stored last; admin2 when "
                              "admin2 is given)")] = None,
              horizon: Annotated[Optional[int], Query(ge=1, le=36, description="Months ahead (default: all)")] = None
              ) -> Response:
    """The latest stored forecast run (``sahelwatch forecast run``), each unit's forecasts with their 50% and
    90% predictive intervals, and the last stored backtest's latest scored month (``forecast backtest``):
    per unit the forecast, its intervals and what happened, with the intervals' coverage and the scores
    measured on those unit-months."""
    from ..forecasting.stored import last_backtest_check, latest_forecast
    from .params import countries_iso3

    # a named country is looked up in a table loaded on first use: on a worker thread
    iso3 = await run_in_threadpool(countries_iso3, country) if country else countries_iso3(country)
    names = tuple(a for a in (admin1 or []) if a != "")
    districts = tuple(a for a in (admin2 or []) if a != "")
    if districts:
        if unit not in (None, "admin2"):
            raise InvalidParameter("admin2", f"districts narrow admin2 forecasts, not {unit} ones: give unit=admin2 "
                                   "or leave unit out")
        unit = "admin2"

    def compute(store):
        run = latest_forecast(store, unit=unit, horizon=horizon, iso3=iso3, admin1=names, admin2=districts)
        check = last_backtest_check(store, unit=unit, iso3=iso3, admin1=names, admin2=districts)
        if run is None and check is None:
            return S.Forecasts(available=False, reason=f"no {unit + ' ' if unit else ''}forecast is stored in the "
                               "database: run 'sahelwatch forecast run' and 'sahelwatch forecast backtest' on it")
        return S.Forecasts(available=True, run=run, backtest=check)
    return await database.json_answer(("forecasts", iso3, names, districts, unit, horizon), compute, request)


@router.get("/report", responses={200: {"content": {"text/html": {}, "application/pdf": {}}}, **_ERRORS})
def report(sel: Sel, database: DB, lang: Annotated[Literal["en", "fr"], Query()] = "en",
           format: Annotated[Literal["html", "pdf"], Query()] = "html") -> Response:
    """The situation report of the selection's period (default: the last 90 days of data) against the
    previous period. It applies the shared filters (country, admin1, actor, event_type); the finer filters
    and as_of are not applied to a report, and the response header X-Sahelwatch-Report-Filters says so."""
    from ..reports import write_situation_report

    q = sel.query
    until = q.base.until or database.cached(("range",), queries.date_range)[1]
    if until is None:
        raise InvalidParameter("until", "the database holds no event: nothing to report on")
    since = q.base.since or until - dt.timedelta(days=89)
    finer = [f.name for f in dataclasses.fields(q) if f.name != "base" and getattr(q, f.name) not in (None, ())]
    headers = {"X-Sahelwatch-Report-Filters": "shared only; not applied: " + ", ".join(finer) if finer else "all"}
    with database.store() as store, tempfile.TemporaryDirectory() as tmp:
        files = write_situation_report(store, since=since, until=until, lang=lang, out_dir=tmp,
                                       event_filter=q.base, pdf=format == "pdf")
        if format == "pdf":
            data = pathlib.Path(files.pdf).read_bytes()
            return Response(data, media_type="application/pdf", headers=headers)
        return HTMLResponse(pathlib.Path(files.html).read_text(encoding="utf-8"), headers=headers)


