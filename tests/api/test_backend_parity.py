"""The API gives the same answers on PostgreSQL as on the embedded DuckDB file: the shared ACLED and UCDP files
ingested and linked on both, then the JSON of the dashboard's routes compared, route by route."""

from __future__ import annotations

import pytest

from tests.conftest import TODAY, data_file

from .conftest import new_backend_db

FILES = ["acled/acled_mali_dyadic_1997-2018.csv", "acled/acled_mali_monadic_2017-2018.csv",
         "acled/acled_legacy_2016_mali.csv", "ucdp/ged231_global_sample_1000.csv"]
VIEWS = [{}, {"country": "Mali", "since": "2012-01-01", "until": "2015-12-31"}, {"admin1": "Mopti"},
         {"admin2": ["Douentza", "Ténenkou"]}, {"admin2": "Tillabéri", "country": "Niger"},
         {"event_type": ["Battles", "Explosions/Remote violence"]}, {"actor": "jnim"}, {"source": "ucdp"},
         {"tactic": "ied"}, {"precision": ["admin1", "admin2"]}, {"fatalities_min": "10"},
         {"border_km_max": "50"}, {"as_of": TODAY.isoformat(), "country": "Burkina Faso"}]
#: the dashboard's routes (app.js) and the analyses, per view
ROUTES = [("events", {"limit": "200"}), ("events", {"limit": "50", "offset": "120"}),
          ("aggregates", {"place": "admin1"}), ("aggregates", {"place": "admin2", "period": "month"}),
          ("aggregates", {"period": "week"}), ("aggregates", {"place": "grid", "period": "year"}),
          ("aggregates", {"place": "country"}), ("alerts", {}), ("trends", {}), ("hotspots", {}), ("spillover", {})]
#: fields that name when a version was stored: the clock of each ingest, not the data
CLOCK_FIELDS = {"ingested_at"}


def _without_clock(v):
    if isinstance(v, dict):
        return {k: _without_clock(x) for k, x in v.items() if k not in CLOCK_FIELDS}
    if isinstance(v, list):
        return [_without_clock(x) for x in v]
    return v


@pytest.fixture(scope="module")
def clients(request, tmp_path_factory):
    from fastapi.testclient import TestClient

    from sahelwatch.api import create_app
    from sahelwatch.ingest import ingest_files
    from sahelwatch.linkage import link_store
    from sahelwatch.store import open_store

    files = [data_file(f) for f in FILES]
    out = {}
    for backend in ("duckdb", "postgresql"):
        tmp = tmp_path_factory.mktemp(f"parity-{backend}")
        db = new_backend_db(backend, tmp, request)
        with open_store(db) as store:
            ingest_files(store, files, today=TODAY, quarantine_dir=tmp / "quarantine")
            link_store(store)
        out[backend] = TestClient(create_app(db)).__enter__()
    yield out
    for c in out.values():
        c.__exit__(None, None, None)


def _both(clients, path: str, params=None):
    duck, pg = (clients[b].get(path, params=params) for b in ("duckdb", "postgresql"))
    assert duck.status_code == 200, (path, params, duck.text[:300])
    assert pg.status_code == 200, (path, params, pg.text[:300])
    return duck, pg


@pytest.mark.parametrize("view", VIEWS, ids=lambda v: "&".join(f"{k}={v[k]}" for k in v) or "all")
def test_dashboard_routes_answer_the_same_json_on_both_backends(clients, view):
    for route, extra in ROUTES:
        if "as_of" in view and route not in ("events", "aggregates"):
            continue
        duck, pg = _both(clients, f"/api/v1/{route}", {**view, **extra})
        assert duck.json() == pg.json(), (route, view, extra)


def test_meta_actors_and_programs_are_the_same_on_both_backends(clients):
    for path in ("/api/v1/meta", "/api/v1/actors", "/api/v1/actors/jnim", "/api/v1/actors/isgs",
                 "/api/v1/programs/areas", "/api/v1/forecasts"):
        duck, pg = _both(clients, path)
        assert duck.json() == pg.json(), path


def test_event_detail_is_the_same_on_both_backends_but_for_the_ingest_clock(clients):
    duck, _ = _both(clients, "/api/v1/events", {"limit": "1000"})
    page = duck.json()["events"]
    linked = [e["event_id"] for e in page if e["cluster_id"] != f"c:{e['event_id']}"]
    assert linked, "the shared files hold linked records (ACLED and UCDP report the same events)"
    for eid in linked[:10] + [e["event_id"] for e in page[::97]]:
        d, p = _both(clients, f"/api/v1/events/{eid}")
        assert _without_clock(d.json()) == _without_clock(p.json()), eid


def test_exports_are_the_same_on_both_backends(clients):
    for path in ("/api/v1/events.csv", "/api/v1/events.geojson"):
        for view in ({"country": "Mali", "since": "2017-01-01"}, {"source": "ucdp"}):
            duck, pg = _both(clients, path, view)
            assert duck.content == pg.content, (path, view)


#: views the projection test recomputes by hand: (query parameters, the same selection as a store query)
PROJECTED = [({}, {}), ({"admin1": "Mopti"}, {"admin1": ("Mopti",)}),
             ({"event_type": "Battles", "since": "2012-01-01"},
              {"event_type": ("Battles",), "since": "2012-01-01"}),
             ({"country": "Mali", "until": "2016-12-31"}, {"country": ("Mali",), "until": "2016-12-31"})]


@pytest.mark.parametrize("backend", ["duckdb", "postgresql"])
def test_hotspots_and_alerts_read_from_their_columns_equal_the_analysis_of_whole_rows(clients, backend):
    """The routes read only the columns each analysis uses; their JSON equals the analysis run on whole rows."""
    import datetime as dt

    from sahelwatch.analytics.alerts import alerts as run_alerts
    from sahelwatch.analytics.hotspots import hotspots as run_hotspots
    from sahelwatch.jsonable import plain
    from sahelwatch.model import EventFilter
    from sahelwatch.store import queries

    client = clients[backend]
    database = client.app.state.db
    ref = dt.date(2018, 6, 30)
    for params, fields in PROJECTED:
        fields = {k: dt.date.fromisoformat(v) if k in ("since", "until") else v for k, v in fields.items()}
        base = EventFilter(**fields)
        q = queries.EventQuery(base=base)
        with database.store() as store:
            whole = queries.selection_arrow(store, q).to_pandas()
            window = queries.EventQuery(base=EventFilter(**{**fields, "since": max(
                base.since or dt.date.min, ref - dt.timedelta(days=4 * 365)), "until": ref}))  # an explicit date is the check's end
            recent = queries.selection_arrow(store, window).to_pandas()
        assert len(whole.columns) > 20 and len(whole), params
        spots = run_hotspots(whole, grid="priogrid")
        got = client.get("/api/v1/hotspots", params=params).json()
        assert got["rows"] == plain(spots[spots["hotspot"] != ""]), params
        expected = [plain(a.to_dict()) for a in run_alerts(recent, ref)]
        got = client.get("/api/v1/alerts", params={**params, "date": ref.isoformat()}).json()
        assert got["parameters"]["date"] == ref.isoformat(), params
        assert got["rows"] == expected, params
