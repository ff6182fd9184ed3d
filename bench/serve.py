"""Benchmark: the dashboard's queries through the API on 1,000,000 events, against the same SQL run directly
on DuckDB in the same run; first render in headless Chromium; initial transfer size.

The events are the real Mali dyadic export replicated with new ids (as bench/ingest.py builds them), ingested
with ``sahelwatch ingest``. ``sahelwatch serve`` runs in its own process on loopback.

- API: each request is a distinct view (``since`` moves by one day per request), so no answer comes from the
  server's cache: every one opens the file, runs its SQL and closes it. The dashboard's queries are
  (1) totals plus the first page (``/events?limit=200``) and (2) admin2-by-month counts (``/aggregates``).
- Baseline, same run: the same SQL (built by ``sahelwatch.store.queries``) on one DuckDB connection held open.
- First render: navigation to the totals shown (``body[data-totals=shown]``, set when the totals are drawn),
  ``performance.now()`` in the page; the time to the whole view drawn (map included, ``body[data-state=ready]``)
  is printed beside it.
- Transfer: the bytes on the wire (``transferSize``, compressed) of the page and every resource it loaded.

Targets (issue): API median < 100 ms and p95 < 300 ms; first render < 2 s; initial transfer < 1.5 MB.

    python bench/serve.py [--rows 1000000] [--requests 40] [--keep DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--use-angle=swiftshader", "--enable-unsafe-swiftshader",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
#: the views the dashboard is opened on (the request's ``since`` is added)
VIEWS = [{}, {"country": "Mali"}, {"admin1": "Mopti"}, {"event_type": "Battles"}]


def _ingest_bench():
    spec = importlib.util.spec_from_file_location("bench_ingest", ROOT / "bench" / "ingest.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(q * (len(xs) - 1))))]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--requests", type=int, default=40, help="requests per query kind")
    ap.add_argument("--keep", type=Path, help="reuse / keep the database in this directory")
    a = ap.parse_args()
    ing = _ingest_bench()
    if not ing.SRC.exists():
        print(f"skipped: shared data file missing: {ing.SRC.name}")
        return
    tmp = a.keep or Path(tempfile.mkdtemp(prefix="sw-bench-serve-"))
    tmp.mkdir(parents=True, exist_ok=True)
    db = tmp / f"serve_{a.rows}.duckdb"
    if not db.exists():
        csv_path = tmp / f"events_{a.rows}.csv"
        ing.build(csv_path, a.rows)
        from sahelwatch.ingest import ingest_files
        from sahelwatch.store import open_store

        t0 = time.perf_counter()
        with open_store(db) as store:  # the library, as bench/ingest.py: the CLI's coverage report is not timed here
            summary = ingest_files(store, [csv_path], today=dt.date.today(), quarantine_dir=tmp / "quarantine")
        assert summary.total("inserted") == a.rows, summary.as_dict()
        print(f"ingested {a.rows:,} rows in {time.perf_counter() - t0:.0f}s")
        csv_path.unlink()

    # ---------------------------------------------------------------- baseline: the same SQL on an open connection
    from sahelwatch.api.routes import PUBLIC_COLUMNS
    from sahelwatch.model import EventFilter
    from sahelwatch.store import open_store, queries

    open_store(db).close()  # a kept database is brought up to this version's schema first

    def query_of(i: int) -> tuple[dict, queries.EventQuery]:
        view = dict(VIEWS[i % len(VIEWS)], since=(dt.date(2010, 1, 1) + dt.timedelta(days=i)).isoformat())
        base = EventFilter(country=tuple(filter(None, [view.get("country")])),
                           admin1=tuple(filter(None, [view.get("admin1")])),
                           event_type=tuple(filter(None, [view.get("event_type")])),
                           since=dt.date.fromisoformat(view["since"]))
        return view, queries.EventQuery(base=base)

    direct = {"events": [], "aggregates": []}
    with open_store(db, read_only=True) as store:
        for i in range(a.requests):
            _, q = query_of(i)
            t = time.perf_counter()
            queries.totals(store, q)
            queries.page(store, q, limit=200, columns=PUBLIC_COLUMNS)
            direct["events"].append(time.perf_counter() - t)
            t = time.perf_counter()
            queries.counts_by(store, q, "admin2", "month")
            direct["aggregates"].append(time.perf_counter() - t)

    # ---------------------------------------------------------------- the API in its own process
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "sahelwatch", "--db", str(db), "serve", "--port", str(port)],
                              cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            try:
                urllib.request.urlopen(base + "/api/v1/health", timeout=5).read()
                break
            except OSError:
                time.sleep(0.1)
        api = {"events": [], "aggregates": []}
        for i in range(a.requests):
            view, _ = query_of(i)  # the baseline's views; distinct from each other, so never from the cache
            qs = urllib.parse.urlencode(view)
            for kind, path in (("events", f"/api/v1/events?limit=200&{qs}"),
                               ("aggregates", f"/api/v1/aggregates?place=admin2&period=month&{qs}")):
                t = time.perf_counter()
                with urllib.request.urlopen(base + path, timeout=120) as r:
                    json.loads(r.read())
                api[kind].append(time.perf_counter() - t)

        print(f"{a.rows:,} events; {a.requests} requests per kind, each a distinct (uncached) view; "
              f"cores: {os.cpu_count()} (shared machine)")
        for kind in ("events", "aggregates"):
            am, ap95 = statistics.median(api[kind]) * 1e3, pct(api[kind], 0.95) * 1e3
            dm, dp95 = statistics.median(direct[kind]) * 1e3, pct(direct[kind], 0.95) * 1e3
            print(f"{kind:10s} API median {am:7.1f} ms  p95 {ap95:7.1f} ms | DuckDB direct median {dm:7.1f} ms  "
                  f"p95 {dp95:7.1f} ms | ratio API/direct (median) {am / dm:5.2f}x | "
                  f"target median<100 p95<300: {'met' if am < 100 and ap95 < 300 else 'NOT MET'}")

        # ------------------------------------------------------------ first render and transfer, in Chromium
        if not CHROMIUM.exists():
            print("first render / transfer: not measured (no /usr/bin/chromium)")
            return
        from playwright.sync_api import sync_playwright

        with sync_playwright() as p:
            b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
            renders, readies, transfers = [], [], []
            for i, view in enumerate(VIEWS):
                ctx = b.new_context(viewport={"width": 1300, "height": 900})
                pg = ctx.new_page()
                view = dict(view, since=(dt.date(2011, 1, 1) + dt.timedelta(days=i)).isoformat())
                pg.goto(f"{base}/?{urllib.parse.urlencode(view)}")
                pg.wait_for_selector("body[data-totals=shown]", timeout=120000)
                renders.append(pg.evaluate("performance.now()") / 1e3)
                pg.wait_for_selector("body[data-state=ready]", timeout=120000)
                readies.append(pg.evaluate("performance.now()") / 1e3)
                transfers.append(pg.evaluate(
                    "performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))"
                    ".reduce((s, e) => s + (e.transferSize || 0), 0)"))
                ctx.close()
            b.close()
        print(f"first render (navigation to totals shown), {len(renders)} fresh views: median "
              f"{statistics.median(renders):.2f}s, max {max(renders):.2f}s; target < 2 s: "
              f"{'met' if max(renders) < 2 else 'NOT MET'}; whole view drawn (map included): median "
              f"{statistics.median(readies):.2f}s, max {max(readies):.2f}s")
        print(f"initial transfer (compressed, page + all resources): median {statistics.median(transfers) / 1e6:.2f} MB,"
              f" max {max(transfers) / 1e6:.2f} MB; target < 1.5 MB: {'met' if max(transfers) < 1.5e6 else 'NOT MET'}")
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:  # an analysis still running in a worker thread
            server.kill()
            server.wait()
        if not a.keep:
            import shutil

            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
