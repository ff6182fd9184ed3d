"""Benchmark: many concurrent dashboard users against ``sahelwatch serve`` on DuckDB and on PostgreSQL, with an
ingest running meanwhile.

- Store: the shared ACLED files (dyadic, monadic, legacy) ingested into a new DuckDB file and into a new
  PostgreSQL database (a throwaway cluster on 127.0.0.1, as ``make pg`` starts, unless ``--pg-url`` names one).
  The UCDP sample is held back and ingested by ``sahelwatch ingest`` in another process while the load runs.
- Clients: ``--clients`` (default 200, at most 400) asynchronous clients (httpx; split over ``--client-procs``
  processes, default 2) for ``--seconds`` (default 60, at most 300), on 127.0.0.1 only (the script refuses any
  other address). Each client is one person at the dashboard, a browser tab with up to 6 kept-alive connections
  to the server (a browser's limit per host over HTTP/1.1), doing what ``web/static/app.js`` does:

  * opening the page (``start()``): ``events?limit=200`` and, at once, ``load()``'s aggregates
    (``place=admin1``, ``place=admin1&precision=admin1&precision=admin2``, ``period=month|week``,
    ``place=admin2&precision=admin2``); once the totals are shown, ``meta``, the map's ``boundaries/1`` and
    ``boundaries/2``, ``programs/areas`` and ``forecasts`` (country and admin1 filters only); then ``alerts``
    and, with an actor filter, ``actors`` and ``actors/{id}``. Each group is one burst the browser has in
    flight at once; a burst starts when the one before it has been answered;
  * after a think time, one action: for two in five, opening an event of the table shown (``openDrawer()``:
    ``events/{id}``, one of the view's first 20); else a change of the filter form to another of 16 views
    (country, region, event type, dates, actor; one change in five also flips the timeline between month and
    week), which fires ``load()`` and ``renderForecasts()`` (the same burst as above without ``meta``, the
    boundaries and ``programs/areas``), then ``alerts``; for one change in ten also ``hotspots``, an analysis the
    API serves and the dashboard does not call, standing for an analyst's script beside the page;
  * the think time (``--think``) is the time a person takes to read the totals, the map and the table before
    the next click. The default, uniform 2 to 8 s (mean 5 s), is an assumption, not a measurement of this
    dashboard's users: every action redraws the whole page (totals, map, timeline, table), which takes seconds
    to read, and a bounded law keeps 200 users doing about 10 to 12 actions each in 60 s. Users arrive spread
    uniformly over the first 8 s (a page opened by 200 people in the same millisecond is not a dashboard's
    use). ``expM`` draws it from an exponential law of mean M s instead.

  The targets are judged on this model. ``--think 0`` is the closed loop: all clients start at once and each
  sends its next burst the moment the last is answered, the heaviest load that many clients can make; on 2
  shared cores it queues by Little's law whatever the server does (the static responder itself then had a
  p99 of seconds). It runs by default after the user model (``--think 2-8,0``) and its figures are printed
  beside it as stress figures, on a store and an ingest of its own. The whole run is bounded: each target
  gets ``--seconds``, plus at most 30 s for requests in flight, which are then cut off and counted as errors.
  For each run the routes of the slowest 1 % of requests are printed with their own p99.
- Errors: any answer that is not 2xx, and any connection error or time-out (30 s). Answers ``serve`` marks stale
  (``X-Sahelwatch-Stale``: computed before the ingest, served for ``--max-stale`` seconds at most while they are
  computed again) are counted and printed with their oldest age; they are not errors.
- Nothing lost: the API's event total after the run equals the total of a reference store holding all four
  files, and the concurrent ingest exited 0.
- Baseline, same run, same client, same request sequence: a static responder (Starlette under uvicorn, one
  process, with the same gzip middleware) that answers each URL with the body ``serve`` gave for it, recorded
  beforehand. It does the same HTTP work, routing, compression and bytes with no database, no access check and
  no query: the ratio ``serve / static`` is the share of the bare HTTP serving rate that sahelwatch keeps.
  The bare SQL was not chosen as the baseline: run without HTTP it measures neither the server's concurrency
  nor the client's, and most answers under this load come from the server's cache, not from SQL.

Targets (issue 14): 200 concurrent clients for 60 s, no errors, p99 < 500 ms, nothing lost; the throughput of each
backend printed. Judged on the user model (the first run with a think time); the closed loop's figures are
printed beside it and not hidden.
The machine has 2 cores shared with other work: the load average is printed beside the figures.

    python bench/load.py [--clients 200] [--seconds 60] [--think 2-8,0] [--backends duckdb,postgresql]
                         [--pool-size 8] [--workers 1] [--client-procs 2] [--max-stale S]
"""

from __future__ import annotations

import argparse
import asyncio
import ipaddress
import json
import os
import random
import socket
import ssl
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
BASE_FILES = [DATA / "acled" / "acled_mali_dyadic_1997-2018.csv", DATA / "acled" / "acled_mali_monadic_2017-2018.csv",
              DATA / "acled" / "acled_legacy_2016_mali.csv"]
LATE_FILE = DATA / "ucdp" / "ged231_global_sample_1000.csv"  # ingested while the load runs
HOST = "127.0.0.1"
MAX_CLIENTS, MAX_SECONDS, GRACE_S, TIMEOUT_S = 400, 300, 30.0, 30.0
#: the views users open (the dashboard's filters)
VIEWS = [{}, {"country": "Mali"}, {"admin1": "Mopti"}, {"admin1": "Gao"}, {"admin1": "Tombouctou"},
         {"admin1": "Kidal"}, {"admin1": "Segou"}, {"event_type": "Battles"},
         {"event_type": "Violence against civilians"}, {"event_type": "Explosions/Remote violence"},
         {"since": "2012-01-01", "until": "2013-12-31"}, {"since": "2017-01-01"}, {"country": "Mali", "since": "2018-01-01"},
         {"admin1": "Mopti", "event_type": "Violence against civilians"}, {"actor": "jnim"}, {"actor": "isgs"}]
ACTORS = ["jnim", "isgs", "mnla", "fama"]


def assert_loopback(host: str) -> None:
    if not ipaddress.ip_address(host).is_loopback:
        raise SystemExit(f"bench/load.py sends traffic to loopback only, not {host}")


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def load_average() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


# ------------------------------------------------------------------------------------------------- the request mix
def qs(view: dict, **extra) -> str:
    pairs = list(view.items())
    for k, v in extra.items():
        pairs += [(k, x) for x in (v if isinstance(v, list) else [v])]
    return ("?" + urllib.parse.urlencode(pairs)) if pairs else ""


def core(view: dict, period: str) -> list[str]:
    """The aggregates ``load()`` in app.js asks for at once with the events on every view."""
    urls = [f"/api/v1/aggregates{qs(view, place='admin1')}"]
    if "precision" not in view:
        urls.append(f"/api/v1/aggregates{qs(view, place='admin1', precision=['admin1', 'admin2'])}")
    urls.append(f"/api/v1/aggregates{qs(view, period=period)}")
    if "precision" not in view:
        urls.append(f"/api/v1/aggregates{qs(view, place='admin2', precision='admin2')}")
    return urls


def forecast_view(view: dict) -> dict:
    """app.js's forecastParams(): only the country and admin1 filters apply to a forecast."""
    return {k: v for k, v in view.items() if k in ("country", "admin1")}


def after(view: dict) -> list[str]:
    """What ``load()`` asks for once the panels are drawn: the alerts, and with an actor filter its page
    (``renderActor``) and the actor names of its network."""
    urls = [f"/api/v1/alerts{qs(view)}"]
    if "actor" in view:
        urls += ["/api/v1/actors", f"/api/v1/actors/{view['actor']}"]
    return urls


def open_page(view: dict, period: str) -> list[list[str]]:
    """A browser opening the dashboard at ``view``: app.js's ``start()``. Each inner list is one burst of
    requests the browser has in flight at once; a burst starts when the one before it has been answered."""
    return [[f"/api/v1/events{qs(view, limit='200')}", *core(view, period)],
            ["/api/v1/meta", "/api/v1/boundaries/1", "/api/v1/boundaries/2", "/api/v1/programs/areas",
             f"/api/v1/forecasts{qs(forecast_view(view))}"],
            after(view)]


def change_filters(view: dict, period: str, hotspots: bool) -> list[list[str]]:
    """A change of the filter form to ``view``: ``load()`` and ``renderForecasts()`` (both listen to the form's
    change event); for one change in ten also ``hotspots``, an analysis the API serves and the dashboard does
    not call, standing for an analyst's own script beside the page."""
    burst = [f"/api/v1/events{qs(view, limit='200')}", *core(view, period), f"/api/v1/forecasts{qs(forecast_view(view))}"]
    if hotspots:
        burst.append(f"/api/v1/hotspots{qs(view)}")
    return [burst, after(view)]


def open_event(event_id: str) -> list[list[str]]:
    """A click on an event of the table: ``openDrawer()``."""
    return [[f"/api/v1/events/{urllib.parse.quote(event_id, safe='')}"]]


def every_url(ids: dict[int, list[str]]) -> list[str]:
    """Every URL a user of the model can ask for (the static responder answers these)."""
    urls = set()
    for i, v in enumerate(VIEWS):
        for period in ("month", "week"):
            for burst in open_page(v, period) + change_filters(v, period, True):
                urls.update(burst)
        for e in ids.get(i, []):
            urls.update(open_event(e)[0])
    return sorted(urls)


def parse_think(spec: str) -> tuple[str, float, float]:
    """``0`` (closed loop), ``A-B`` (uniform A to B seconds) or ``expM`` (exponential, mean M seconds)."""
    spec = spec.strip()
    try:
        if spec in ("0", "0.0"):
            return ("none", 0.0, 0.0)
        if spec.startswith("exp"):
            m = float(spec[3:])
            if m > 0:
                return ("exp", m, m)
        else:
            a, b = (float(x) for x in spec.split("-"))
            if 0 <= a <= b <= 60 and b > 0:
                return ("uniform", a, b)
    except ValueError:
        pass
    raise SystemExit(f"--think {spec!r}: expected 0, A-B (uniform seconds, 0 <= A <= B <= 60) or expM (mean M s)")


def think_label(think: tuple[str, float, float]) -> str:
    kind, a, b = think
    return {"none": "closed loop, think 0", "uniform": f"users, think U({a:g}-{b:g} s)",
            "exp": f"users, think Exp(mean {a:g} s)"}[kind]


# ------------------------------------------------------------------------------------------------- servers
def start_serve(db: str, port: int, pool_size: int, workers: int, max_stale: float | None = None) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "sahelwatch", "--db", db, "serve", "--host", HOST, "--port", str(port),
           "--pool-size", str(pool_size)]
    if workers > 1:
        cmd += ["--workers", str(workers)]
    if max_stale is not None:
        cmd += ["--max-stale", f"{max_stale:g}"]
    return subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def start_static(bodies: Path, port: int) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "--static-responder", str(bodies),
                             "--port", str(port)], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def wait_up(proc: subprocess.Popen, port: int) -> None:
    for _ in range(1200):
        if proc.poll() is not None:
            raise SystemExit(f"the server exited: {proc.stderr.read().decode(errors='replace')[-2000:]}")
        try:
            urllib.request.urlopen(f"http://{HOST}:{port}/api/v1/health", timeout=5).read()
            return
        except OSError:
            time.sleep(0.1)
    raise SystemExit("the server did not answer /api/v1/health within 120 s")


def stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def static_responder(bodies_file: Path, port: int) -> None:
    """The baseline server: each recorded URL answered with its recorded body, through the same middleware."""
    import uvicorn
    from starlette.applications import Starlette
    from starlette.middleware.gzip import GZipMiddleware
    from starlette.responses import JSONResponse, Response
    from starlette.routing import Route

    from sahelwatch.api.app import GZIP_LEVEL

    recorded = {u: b.encode() for u, b in json.loads(bodies_file.read_text(encoding="utf-8")).items()}

    def answer(request):
        raw_query = request.scope.get("query_string", b"").decode()
        key = request.scope["raw_path"].decode() + (f"?{raw_query}" if raw_query else "")
        body = recorded.get(key)
        if body is None:
            return JSONResponse({"error": {"status": 404, "message": key}}, status_code=404)
        return Response(body, media_type="application/json")

    async def health(_):
        return JSONResponse({"status": "ok"})

    app = Starlette(routes=[Route("/api/v1/health", health), Route("/{path:path}", answer)])
    app.add_middleware(GZipMiddleware, minimum_size=1024, compresslevel=GZIP_LEVEL)
    uvicorn.run(app, host=HOST, port=port, log_level="warning")


# ------------------------------------------------------------------------------------------------- the load
async def run_load(port: int, ids: dict[int, list[str]], clients: int, first: int, seconds: float,
                   think: tuple[str, float, float]) -> dict:
    """Clients ``first`` .. ``first + clients - 1``, each a user (module docstring): opens the page, then every
    think time changes the filters or opens an event, until the time is up. With no think time (closed loop)
    every client starts at once and sends its next burst the moment the last one is answered."""
    import httpx

    lat: list[tuple[float, str, float]] = []  # (seconds, URL, when it was answered, from the start)
    errors: dict[str, int] = {}
    stale: list[float] = []  # the age of each answer served marked stale (serve --max-stale, after the ingest)
    base = f"http://{HOST}:{port}"
    t_start = time.monotonic()
    stop_at = t_start + seconds
    kind, a, b = think
    tls = ssl.create_default_context()

    def pause(rng: random.Random) -> float:
        return 0.0 if kind == "none" else rng.uniform(a, b) if kind == "uniform" else rng.expovariate(1.0 / a)

    async def get(http, url: str) -> None:
        t = time.perf_counter()
        try:
            r = await http.get(base + url)
            await r.aread()
            bad = None if 200 <= r.status_code < 300 else f"HTTP {r.status_code} {route(url)}"
            marker = r.headers.get("x-sahelwatch-stale")
            if marker:
                stale.append(float(marker.split(";")[0].partition("=")[2]))
        except httpx.HTTPError as e:
            bad = f"{type(e).__name__} {route(url)}"
        lat.append((time.perf_counter() - t, url, time.monotonic() - t_start))
        if bad:
            errors[bad] = errors.get(bad, 0) + 1

    async def user(i: int) -> None:
        # a browser keeps up to 6 connections to one host (HTTP/1.1), kept alive; a client of its own per user
        # (httpx's shared pool spends more time scanning its connections than sending, at a few hundred of
        # them). An idle connection is dropped after 2 s, before the server's 5 s keep-alive ends it: httpx
        # would otherwise send on a connection the server is closing (a browser retries that request)
        # The client is made before the user arrives, with the process's one TLS context (never used on
        # plain HTTP, but httpx builds one per client, tens of milliseconds each): made on arrival, during the
        # run, they had stalled the client's own event loop and added seconds to every figure, the baseline's too
        limits = httpx.Limits(max_connections=6, max_keepalive_connections=6, keepalive_expiry=2.0)
        rng = random.Random(i)
        view = rng.randrange(len(VIEWS))
        period = "week" if rng.random() < 1 / 3 else "month"
        # users arrive spread over the first think time, not all in the same millisecond
        arrive = 0.0 if kind == "none" else rng.uniform(0, b if kind == "uniform" else a)
        async with httpx.AsyncClient(timeout=TIMEOUT_S, limits=limits, verify=tls) as http:
            await asyncio.sleep(arrive)
            plan = open_page(VIEWS[view], period)
            while True:
                for burst in plan:
                    if time.monotonic() >= stop_at:
                        return
                    await asyncio.gather(*(get(http, u) for u in burst))
                wait = pause(rng)
                if time.monotonic() + wait >= stop_at:
                    return
                await asyncio.sleep(wait)
                if ids.get(view) and rng.random() < 0.4:  # the event drawer, on an event of the table shown
                    plan = open_event(rng.choice(ids[view]))
                else:  # another filter (and now and then the timeline's period)
                    view = rng.randrange(len(VIEWS))
                    if rng.random() < 0.2:
                        period = "week" if period == "month" else "month"
                    plan = change_filters(VIEWS[view], period, rng.random() < 0.1)

    t0 = time.perf_counter()
    tasks = [asyncio.create_task(user(first + i)) for i in range(clients)]
    done, pending = await asyncio.wait(tasks, timeout=seconds + GRACE_S)
    for t in pending:  # the hard limit: whatever is still in flight is cut off and counted
        t.cancel()
        errors["cut off at the time limit"] = errors.get("cut off at the time limit", 0) + 1
    wall = time.perf_counter() - t0
    return {"requests": len(lat), "errors": errors, "wall": wall, "lat": lat, "stale": stale}


def route(url: str) -> str:
    """The URL's route, for the per-route figures: an event's id and the view's filters left out, the
    parameters that choose the answer's shape kept."""
    path, _, query = url.partition("?")
    if path.startswith("/api/v1/events/"):
        return "/api/v1/events/{id}"
    shape = [f"{k}={v}" for k, v in urllib.parse.parse_qsl(query) if k in ("place", "period", "precision", "limit")]
    return path + (f"?{'&'.join(shape)}" if shape else "")


def _load_in_process(port: int, ids: dict, clients: int, first: int, seconds: float, think: tuple) -> dict:
    return asyncio.run(run_load(port, ids, clients, first, seconds, think))


def load_from(port: int, ids: dict, clients: int, seconds: float, procs: int, think: tuple) -> dict:
    """The clients split over ``procs`` client processes (one Python process cannot drive a few hundred
    connections without becoming the bottleneck itself); their results merged."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    shares = [clients // procs + (1 if i < clients % procs else 0) for i in range(procs)]
    firsts = [sum(shares[:i]) for i in range(procs)]
    with ProcessPoolExecutor(procs, mp_context=multiprocessing.get_context("spawn")) as ex:
        parts = list(ex.map(_load_in_process, [port] * procs, [ids] * procs, shares, firsts, [seconds] * procs,
                            [think] * procs))
    errors: dict[str, int] = {}
    for part in parts:
        for k, v in part["errors"].items():
            errors[k] = errors.get(k, 0) + v
    return {"requests": sum(p["requests"] for p in parts), "errors": errors, "wall": max(p["wall"] for p in parts),
            "lat": [x for p in parts for x in p["lat"]], "stale": [x for p in parts for x in p["stale"]]}


def pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(q * (len(xs) - 1))))] if xs else float("nan")


def report(name: str, r: dict, load_before: str, load_after: str) -> float:
    n, errs = r["requests"], sum(r["errors"].values())
    thr = n / r["wall"]
    lat = [x for x, _, _ in r["lat"]]
    p50, p95, p99 = (pct(lat, q) * 1e3 for q in (0.5, 0.95, 0.99))
    print(f"{name:34s} requests {n:7d}  errors {errs:5d}  throughput {thr:7.1f} req/s  "
          f"p50 {p50:7.1f} ms  p95 {p95:7.1f} ms  p99 {p99:7.1f} ms  max {max(lat) * 1e3 if lat else 0:7.0f} ms  "
          f"load avg {load_before} -> {load_after}")
    for k, v in sorted(r["errors"].items(), key=lambda kv: -kv[1])[:8]:
        print(f"{'':34s}   {v:6d} x {k}")
    # which routes the slowest 1 % of requests were, and each route's own p99
    cut = pct(lat, 0.99)
    by: dict[str, list[float]] = {}
    slow: dict[str, int] = {}
    when: dict[int, list[float]] = {}
    for x, u, t in r["lat"]:
        by.setdefault(route(u), []).append(x)
        when.setdefault(int(t // 10), []).append(x)
        if x >= cut:
            slow[route(u)] = slow.get(route(u), 0) + 1
    for k, v in sorted(slow.items(), key=lambda kv: -kv[1])[:4]:
        print(f"{'':34s}   {v:6d} of the slowest 1 %: {k} (its p99 {pct(by[k], 0.99) * 1e3:.0f} ms over {len(by[k])})")
    if r["stale"]:
        print(f"{'':34s}   {len(r['stale'])} answers marked stale (from before the ingest), the oldest "
              f"{max(r['stale']):.1f} s after the server saw the write")
    print(f"{'':34s}   p99 by 10 s of the run: " + ", ".join(
        f"{10 * w}-{10 * w + 10} s {pct(xs, 0.99) * 1e3:.0f} ms ({len(xs)})" for w, xs in sorted(when.items())))
    return thr


def api_total(port: int) -> int:
    """The API's event total, fresh (never an answer from before the ingest, marked stale)."""
    req = urllib.request.Request(f"http://{HOST}:{port}/api/v1/events?limit=1", headers={"Cache-Control": "no-cache"})
    with urllib.request.urlopen(req, timeout=60) as r:
        return json.loads(r.read())["total"]


def ingest(db: str, files: list[Path]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "sahelwatch", "--db", db, "ingest", *map(str, files)], cwd=ROOT,
                          capture_output=True, text=True, timeout=600)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--clients", type=int, default=200)
    ap.add_argument("--seconds", type=float, default=60.0)
    ap.add_argument("--backends", default="duckdb,postgresql")
    ap.add_argument("--pool-size", type=int, default=8, help="serve --pool-size (PostgreSQL)")
    ap.add_argument("--workers", type=int, default=1, help="serve --workers")
    ap.add_argument("--max-stale", type=float, help="serve --max-stale (default: serve's own)")
    ap.add_argument("--client-procs", type=int, default=2, help="client processes the clients are split over")
    ap.add_argument("--think", default="2-8,0",
                    help="think times, one run each: 0 (closed loop), A-B (uniform seconds) or expM (exponential, mean "
                         "M s); the first with a pause is the one the targets are judged on")
    ap.add_argument("--pg-url", help="an empty PostgreSQL database to use (default: a throwaway cluster)")
    ap.add_argument("--host", default=HOST)
    ap.add_argument("--static-responder", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--port", type=int, help=argparse.SUPPRESS)
    a = ap.parse_args()
    assert_loopback(a.host)
    if a.static_responder:
        static_responder(a.static_responder, a.port)
        return
    if not 1 <= a.clients <= MAX_CLIENTS:
        raise SystemExit(f"--clients must be 1..{MAX_CLIENTS}")
    if not 1 <= a.client_procs <= 8:
        raise SystemExit("--client-procs must be 1..8")
    if not 0 < a.seconds <= MAX_SECONDS:
        raise SystemExit(f"--seconds must be in (0, {MAX_SECONDS}]")
    missing = [p.name for p in [*BASE_FILES, LATE_FILE] if not p.exists()]
    if missing:
        print(f"skipped: shared data files missing: {', '.join(missing)}")
        return
    backends = [b.strip() for b in a.backends.split(",") if b.strip()]
    thinks = [parse_think(t) for t in a.think.split(",") if t.strip()]
    if not thinks:
        raise SystemExit("--think: at least one think time")
    tmp = Path(tempfile.mkdtemp(prefix="sw-bench-load-"))
    cluster = None
    try:
        # ------------------------------------------------------------ stores: reference (all files); one per backend and run
        ref = str(tmp / "reference.duckdb")
        r = ingest(ref, [*BASE_FILES, LATE_FILE])
        assert r.returncode == 0, r.stderr[-2000:]
        from sahelwatch.store import open_store

        with open_store(ref, read_only=True) as s:
            expected_total = s.con.execute("SELECT count(*) FROM events").fetchall()[0][0]

        def new_store(b: str, k: int) -> str:
            """A new store of the 3 ACLED files for backend ``b``, run ``k`` (each run's ingest starts afresh)."""
            nonlocal cluster
            if b == "duckdb":
                db = str(tmp / f"load{k}.duckdb")
            elif a.pg_url:
                db = a.pg_url
                if k:
                    raise SystemExit("--pg-url is one empty database: give one --think")
            else:
                if cluster is None:
                    sys.path.insert(0, str(ROOT))
                    from scripts.pg_cluster import start_cluster

                    cluster = start_cluster()
                cluster.create_database(f"load{k}")
                db = cluster.url(f"load{k}")
            r = ingest(db, BASE_FILES)
            assert r.returncode == 0, r.stderr[-2000:]
            return db

        for b in backends:
            if b not in ("duckdb", "postgresql"):
                raise SystemExit(f"unknown backend {b!r} (duckdb, postgresql)")
        dbs = {(b, k): new_store(b, k) for k in range(len(thinks)) for b in backends}

        # ------------------------------------------------------------ the events users open, the baseline's bodies
        port = free_port()
        proc = start_serve(dbs[(backends[0], 0)], port, a.pool_size, 1)
        try:
            wait_up(proc, port)
            ids: dict[int, list[str]] = {}
            for i, v in enumerate(VIEWS):  # the events of each view's table (the first 20 of its page)
                with urllib.request.urlopen(f"http://{HOST}:{port}/api/v1/events{qs(v, limit='20')}", timeout=120) as resp:
                    ids[i] = [e["event_id"] for e in json.loads(resp.read())["events"]]
            urls = every_url(ids)
            bodies = {}
            for u in urls:
                with urllib.request.urlopen(f"http://{HOST}:{port}{u}", timeout=300) as resp:
                    bodies[u] = resp.read().decode()
            total_before = api_total(port)
        finally:
            stop(proc)
        (tmp / "bodies.json").write_text(json.dumps(bodies), encoding="utf-8")
        print(f"{a.clients} clients x {a.seconds:g} s per target on {HOST}; {len(VIEWS)} views, {len(urls)} distinct "
              f"URLs; serve --max-stale {'default' if a.max_stale is None else f'{a.max_stale:g}'}; store: 3 ACLED files ({total_before:,} events), the UCDP sample ingested during the load "
              f"(reference total {expected_total:,}); cores: {os.cpu_count()} (shared); serve workers {a.workers}, "
              f"pool size {a.pool_size}; client processes {a.client_procs}")

        for k, think in enumerate(thinks):
            judged = k == 0 and think[0] != "none"
            print(f"\n== {think_label(think)}: "
                  + ("the model the targets are judged on" if judged else "stress figures, printed beside the judged run"))
            # -------------------------------------------------------- baseline: the static responder
            port = free_port()
            proc = start_static(tmp / "bodies.json", port)
            try:
                wait_up(proc, port)
                before = load_average()
                res = load_from(port, ids, a.clients, a.seconds, a.client_procs, think)
                base_thr = report("static responder", res, before, load_average())
            finally:
                stop(proc)

            # -------------------------------------------------------- each backend, with an ingest during the load
            for b in backends:
                port = free_port()
                proc = start_serve(dbs[(b, k)], port, a.pool_size, a.workers, a.max_stale)
                try:
                    wait_up(proc, port)
                    late = {}

                    def late_ingest(db=dbs[(b, k)], out=late) -> None:
                        time.sleep(min(10.0, a.seconds / 4))
                        t = time.perf_counter()
                        out["run"] = ingest(db, [LATE_FILE])
                        out["s"] = time.perf_counter() - t

                    th = threading.Thread(target=late_ingest, daemon=True)
                    before = load_average()
                    th.start()
                    res = load_from(port, ids, a.clients, a.seconds, a.client_procs, think)
                    after_ = load_average()
                    th.join(timeout=600)
                    thr = report(f"serve on {b}", res, before, after_)
                    run = late.get("run")
                    total_after = api_total(port)
                    lost = (run is None or run.returncode != 0 or total_after != expected_total)
                    errs = sum(res["errors"].values())
                    p99 = pct([x for x, _, _ in res["lat"]], 0.99) * 1e3
                    how = f"exit {run.returncode} after {late['s']:.1f} s" if run else "did not finish"
                    print(f"{'':34s} ratio serve/static throughput {thr / base_thr:5.2f}x; concurrent ingest {how}; "
                          f"events before {total_before:,}, after {total_after:,}, reference {expected_total:,}: "
                          f"{'nothing lost' if not lost else 'LOST OR FAILED'}")
                    if run is not None and run.returncode != 0:
                        print(f"{'':34s} ingest stderr: {run.stderr.strip()[-500:]}")
                    print(f"{'':34s} targets{'' if judged else ' (not judged on this run)'}: no errors "
                          f"{'met' if errs == 0 else 'NOT MET'}; p99 < 500 ms {'met' if p99 < 500 else 'NOT MET'}; "
                          f"nothing lost {'met' if not lost else 'NOT MET'}")
                finally:
                    stop(proc)
    finally:
        if cluster is not None:
            cluster.stop()
        import shutil

        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
