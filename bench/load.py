"""Benchmark: many concurrent dashboard users against ``sahelwatch serve`` on DuckDB and on PostgreSQL, with an
ingest running meanwhile.

- Store: the shared ACLED files (dyadic, monadic, legacy) ingested into a new DuckDB file and into a new
  PostgreSQL database (a throwaway cluster on 127.0.0.1, as ``make pg`` starts, unless ``--pg-url`` names one).
  The UCDP sample is held back and ingested by ``sahelwatch ingest`` in another process while the load runs.
- Clients: ``--clients`` (default 200, at most 400) asynchronous clients (httpx, one kept-alive connection
  each, as a browser tab; split over ``--client-procs`` processes, default 2) for ``--seconds`` (default 60, at most 300), on 127.0.0.1 only (the script refuses
  any other address), with no pause between requests: the heaviest load that many users can make. Each client
  opens the dashboard once and then changes its filters again and again, asking what ``web/static/app.js``
  asks, one request after another. Opening: ``events?limit=200``, ``meta``, ``boundaries/1`` (the map),
  ``programs/areas``, ``forecasts``; then, as on every change of filters: ``aggregates?place=admin1``,
  ``aggregates?place=admin1&precision=admin1&precision=admin2``, ``aggregates?period=month|week``, ``alerts``;
  with an actor filter, ``actors`` and ``actors/{id}``; for one change in two the event drawer
  (``events/{id}`` of an event of a view's first page), and for one in ten ``hotspots`` (an analysis the API
  serves and the dashboard does not call). The views are 16 filter sets of the dashboard (country, region,
  event type, dates, actor). The whole run is bounded: each target gets ``--seconds``, plus at most 30 s for
  requests in flight, which are then cut off and counted as errors.
- Errors: any answer that is not 2xx, and any connection error or time-out (30 s).
- Nothing lost: the API's event total after the run equals the total of a reference store holding all four
  files, and the concurrent ingest exited 0.
- Baseline, same run, same client, same request sequence: a static responder (Starlette under uvicorn, one
  process, with the same gzip middleware) that answers each URL with the body ``serve`` gave for it, recorded
  beforehand. It does the same HTTP work, routing, compression and bytes with no database, no access check and
  no query: the ratio ``serve / static`` is the share of the bare HTTP serving rate that sahelwatch keeps.
  The bare SQL was not chosen as the baseline: run without HTTP it measures neither the server's concurrency
  nor the client's, and most answers under this load come from the server's cache, not from SQL.

Targets (issue 14): no errors, p99 < 500 ms, nothing lost; the throughput of each backend printed.
The machine has 2 cores shared with other work: the load average is printed beside the figures.

    python bench/load.py [--clients 200] [--seconds 60] [--backends duckdb,postgresql] [--pool-size 8]
                         [--workers 1] [--client-procs 2]
"""

from __future__ import annotations

import argparse
import asyncio
import ipaddress
import json
import os
import random
import socket
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


def visit(view: dict, rng: random.Random, ids: list[str], first: bool) -> list[str]:
    """The URLs a user's browser asks for on opening the dashboard at ``view`` (``first``) or on changing its
    filters to ``view``, in the order app.js asks for them."""
    urls = [f"/api/v1/events{qs(view, limit='200')}"]
    if first:  # start(): the page's first totals, then the filter lists, the map and the side panels
        urls += ["/api/v1/meta", "/api/v1/boundaries/1", "/api/v1/programs/areas", "/api/v1/forecasts"]
    urls += [f"/api/v1/aggregates{qs(view, place='admin1')}",
             f"/api/v1/aggregates{qs(view, place='admin1', precision=['admin1', 'admin2'])}",
             f"/api/v1/aggregates{qs(view, period=rng.choice(['month', 'month', 'week']))}",
             f"/api/v1/alerts{qs(view)}"]
    if "actor" in view:
        urls += ["/api/v1/actors", f"/api/v1/actors/{view['actor']}"]
    if ids and rng.random() < 0.5:  # the event drawer
        urls.append(f"/api/v1/events/{urllib.parse.quote(rng.choice(ids), safe='')}")
    if rng.random() < 0.1:
        urls.append(f"/api/v1/hotspots{qs(view)}")
    return urls


# ------------------------------------------------------------------------------------------------- servers
def start_serve(db: str, port: int, pool_size: int, workers: int) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "sahelwatch", "--db", db, "serve", "--host", HOST, "--port", str(port),
           "--pool-size", str(pool_size)]
    if workers > 1:
        cmd += ["--workers", str(workers)]
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
async def run_load(port: int, plans: dict[bool, list[list[str]]], clients: int, seconds: float) -> dict:
    """Each client opens the dashboard once, then changes its filters, one request after another, until the
    time is up (no pause between requests: the heaviest load ``clients`` users can make)."""
    import httpx

    lat: list[float] = []
    errors: dict[str, int] = {}
    base = f"http://{HOST}:{port}"
    stop_at = time.monotonic() + seconds

    async def client(i: int) -> None:
        # one connection per client, kept alive, as a browser tab's; a client of its own (httpx's shared pool
        # spends more time scanning its connections than sending, at a few hundred of them). An idle connection
        # is dropped after 2 s, before the server's 5 s keep-alive ends it: a starved client would otherwise
        # send on a connection the server is closing (a browser retries that request; httpx does not)
        limits = httpx.Limits(max_connections=1, keepalive_expiry=2.0)
        async with httpx.AsyncClient(timeout=TIMEOUT_S, limits=limits) as http:
            await visits(i, http)

    async def visits(i: int, http) -> None:
        rng = random.Random(i)
        first = True
        while time.monotonic() < stop_at:
            for url in rng.choice(plans[first]):
                if time.monotonic() >= stop_at:
                    return
                t = time.perf_counter()
                try:
                    r = await http.get(base + url)
                    await r.aread()
                    ok = 200 <= r.status_code < 300
                    kind = None if ok else f"HTTP {r.status_code} {url.split('?')[0]}"
                except httpx.HTTPError as e:
                    kind = f"{type(e).__name__} {url.split('?')[0]}"
                lat.append(time.perf_counter() - t)
                if kind:
                    errors[kind] = errors.get(kind, 0) + 1
            first = False

    t0 = time.perf_counter()
    tasks = [asyncio.create_task(client(i)) for i in range(clients)]
    done, pending = await asyncio.wait(tasks, timeout=seconds + GRACE_S)
    for t in pending:  # the hard limit: whatever is still in flight is cut off and counted
        t.cancel()
        errors["cut off at the time limit"] = errors.get("cut off at the time limit", 0) + 1
    wall = time.perf_counter() - t0
    return {"requests": len(lat), "errors": errors, "wall": wall, "lat": lat}


def _load_in_process(port: int, plans: dict, clients: int, seconds: float) -> dict:
    return asyncio.run(run_load(port, plans, clients, seconds))


def load_from(port: int, plans: dict, clients: int, seconds: float, procs: int) -> dict:
    """The clients split over ``procs`` client processes (one Python process cannot drive a few hundred
    connections without becoming the bottleneck itself); their results merged."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    shares = [clients // procs + (1 if i < clients % procs else 0) for i in range(procs)]
    with ProcessPoolExecutor(procs, mp_context=multiprocessing.get_context("spawn")) as ex:
        parts = list(ex.map(_load_in_process, [port] * procs, [plans] * procs, shares, [seconds] * procs))
    errors: dict[str, int] = {}
    for part in parts:
        for k, v in part["errors"].items():
            errors[k] = errors.get(k, 0) + v
    return {"requests": sum(p["requests"] for p in parts), "errors": errors, "wall": max(p["wall"] for p in parts),
            "lat": [x for p in parts for x in p["lat"]]}


def pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(q * (len(xs) - 1))))] if xs else float("nan")


def report(name: str, r: dict, load_before: str, load_after: str) -> float:
    n, errs = r["requests"], sum(r["errors"].values())
    thr = n / r["wall"]
    lat = r["lat"]
    p50, p95, p99 = (pct(lat, q) * 1e3 for q in (0.5, 0.95, 0.99))
    print(f"{name:22s} requests {n:7d}  errors {errs:5d}  throughput {thr:7.1f} req/s  "
          f"p50 {p50:7.1f} ms  p95 {p95:7.1f} ms  p99 {p99:7.1f} ms  max {max(lat) * 1e3 if lat else 0:7.0f} ms  "
          f"load avg {load_before} -> {load_after}")
    for k, v in sorted(r["errors"].items(), key=lambda kv: -kv[1])[:8]:
        print(f"{'':22s}   {v:6d} x {k}")
    return thr


def api_total(port: int) -> int:
    with urllib.request.urlopen(f"http://{HOST}:{port}/api/v1/events?limit=1", timeout=60) as r:
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
    ap.add_argument("--client-procs", type=int, default=2, help="client processes the clients are split over")
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
    tmp = Path(tempfile.mkdtemp(prefix="sw-bench-load-"))
    cluster = None
    try:
        # ------------------------------------------------------------ stores: reference (all files) and one per backend
        ref = str(tmp / "reference.duckdb")
        r = ingest(ref, [*BASE_FILES, LATE_FILE])
        assert r.returncode == 0, r.stderr[-2000:]
        from sahelwatch.store import open_store

        with open_store(ref, read_only=True) as s:
            expected_total = s.con.execute("SELECT count(*) FROM events").fetchall()[0][0]
        dbs: dict[str, str] = {}
        for b in backends:
            if b == "duckdb":
                dbs[b] = str(tmp / "load.duckdb")
            elif b == "postgresql":
                if a.pg_url:
                    dbs[b] = a.pg_url
                else:
                    sys.path.insert(0, str(ROOT))
                    from scripts.pg_cluster import start_cluster

                    cluster = start_cluster()
                    cluster.create_database("load")
                    dbs[b] = cluster.url("load")
            else:
                raise SystemExit(f"unknown backend {b!r} (duckdb, postgresql)")
            r = ingest(dbs[b], BASE_FILES)
            assert r.returncode == 0, r.stderr[-2000:]

        # ------------------------------------------------------------ the plans, and the bodies the baseline answers
        first = backends[0]
        port = free_port()
        proc = start_serve(dbs[first], port, a.pool_size, 1)
        try:
            wait_up(proc, port)
            ids: list[str] = []
            for v in VIEWS:
                with urllib.request.urlopen(f"http://{HOST}:{port}/api/v1/events{qs(v, limit='20')}", timeout=120) as resp:
                    ids += [e["event_id"] for e in json.loads(resp.read())["events"]]
            rng = random.Random(7)
            plans = {first: [visit(VIEWS[i % len(VIEWS)], rng, ids, first) for i in range(4 * len(VIEWS))]
                     for first in (True, False)}
            urls = sorted({u for ps in plans.values() for p in ps for u in p})
            bodies = {}
            for u in urls:
                with urllib.request.urlopen(f"http://{HOST}:{port}{u}", timeout=300) as resp:
                    bodies[u] = resp.read().decode()
            total_before = api_total(port)
        finally:
            stop(proc)
        (tmp / "bodies.json").write_text(json.dumps(bodies), encoding="utf-8")
        print(f"{a.clients} clients x {a.seconds:g} s per target on {HOST}; {sum(map(len, plans.values()))} visit plans over "
              f"{len(VIEWS)} views, {len(urls)} distinct URLs; store: 3 ACLED files ({total_before:,} events), "
              f"the UCDP sample ingested during the load (reference total {expected_total:,}); "
              f"cores: {os.cpu_count()} (shared); serve workers {a.workers}, pool size {a.pool_size}; "
              f"client processes {a.client_procs}")

        # ------------------------------------------------------------ baseline: the static responder
        port = free_port()
        proc = start_static(tmp / "bodies.json", port)
        try:
            wait_up(proc, port)
            before = load_average()
            res = load_from(port, plans, a.clients, a.seconds, a.client_procs)
            base_thr = report("static responder", res, before, load_average())
        finally:
            stop(proc)

        # ------------------------------------------------------------ each backend, with an ingest during the load
        for b in backends:
            port = free_port()
            proc = start_serve(dbs[b], port, a.pool_size, a.workers)
            try:
                wait_up(proc, port)
                late = {}

                def late_ingest(db=dbs[b], out=late) -> None:
                    time.sleep(min(10.0, a.seconds / 4))
                    t = time.perf_counter()
                    out["run"] = ingest(db, [LATE_FILE])
                    out["s"] = time.perf_counter() - t

                th = threading.Thread(target=late_ingest, daemon=True)
                before = load_average()
                th.start()
                res = load_from(port, plans, a.clients, a.seconds, a.client_procs)
                after = load_average()
                th.join(timeout=600)
                thr = report(f"serve on {b}", res, before, after)
                run = late.get("run")
                total_after = api_total(port)
                lost = (run is None or run.returncode != 0 or total_after != expected_total)
                errs = sum(res["errors"].values())
                p99 = pct(res["lat"], 0.99) * 1e3
                how = f"exit {run.returncode} after {late['s']:.1f} s" if run else "did not finish"
                print(f"{'':22s} ratio serve/static throughput {thr / base_thr:5.2f}x; concurrent ingest {how}; "
                      f"events before {total_before:,}, after {total_after:,}, reference {expected_total:,}: "
                      f"{'nothing lost' if not lost else 'LOST OR FAILED'}")
                if run is not None and run.returncode != 0:
                    print(f"{'':22s} ingest stderr: {run.stderr.strip()[-500:]}")
                print(f"{'':22s} targets: no errors {'met' if errs == 0 else 'NOT MET'}; p99 < 500 ms "
                      f"{'met' if p99 < 500 else 'NOT MET'}; nothing lost {'met' if not lost else 'NOT MET'}")
            finally:
                stop(proc)
    finally:
        if cluster is not None:
            cluster.stop()
        import shutil

        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
