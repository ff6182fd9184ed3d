"""What a client of ``serve --max-stale`` sees after a write, on each backend with a real store: the answer from
before the write, marked stale (header and field), for at most the bound measured from when the server first saw
the write; a fresh answer when it asks for one (``Cache-Control: no-cache``), once the bound has passed, and once
the refresher has computed the answer again. The server's clock is injected: nothing here is timed."""

from __future__ import annotations

import pytest

from tests.api.conftest import HEADER, _row, new_backend_db
from tests.conftest import TODAY

BOUND = 30.0


class Clock:
    def __init__(self):
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def _write(db: str, tmp_path, *rids: str) -> None:
    from sahelwatch.ingest import ingest_files
    from sahelwatch.store import open_store

    f = tmp_path / f"{rids[0]}.csv"
    f.write_text(HEADER + "\n" + "\n".join(_row(r, 2, f"A raid on the test village, report {r}.") for r in rids) + "\n")
    with open_store(db) as store:
        ingest_files(store, [f], today=TODAY, quarantine_dir=tmp_path / f"q-{rids[0]}")


@pytest.fixture(params=["duckdb", "postgresql"])
def served(request, tmp_path):
    """A store of two events on each backend, and a client of the app over it with a bound of 30 s, no background
    refresher and the test's clock."""
    from fastapi.testclient import TestClient

    from sahelwatch.api import create_app

    db = new_backend_db(request.param, tmp_path, request)
    _write(db, tmp_path, "S-1", "S-2")
    clock = Clock()
    with TestClient(create_app(db, max_stale=BOUND, refresh=False, clock=clock)) as client:
        yield db, client, clock


def _write_from_outside(db, client, tmp_path, *rids) -> None:
    client.app.state.db.release()  # a DuckDB file: as a read-write open in this process does (api/auth.py)
    _write(db, tmp_path, *rids)
    # PostgreSQL: the server counts the write once its notice arrives; wait for it, so the next request sees it
    assert client.app.state.db.sync()


def _total(r) -> int:
    assert r.status_code == 200, r.text
    return r.json()["total"]


def test_after_a_write_the_previous_answer_is_marked_stale_and_a_client_can_demand_fresh(served, tmp_path):
    db, client, clock = served
    first = client.get("/api/v1/events?limit=1")
    assert _total(first) == 2 and "x-sahelwatch-stale" not in first.headers and "stale" not in first.json()
    alerts = client.get("/api/v1/alerts")
    assert alerts.status_code == 200 and "stale" not in alerts.json()

    _write_from_outside(db, client, tmp_path, "S-3")
    old = client.get("/api/v1/events?limit=1")
    assert _total(old) == 2, "the answer from before the write, within the bound"
    assert old.headers["x-sahelwatch-stale"].startswith("age=0.0; max=30; since=")
    assert old.json()["stale"]["max_seconds"] == BOUND
    assert old.json()["stale"]["since"] in old.headers["x-sahelwatch-stale"]
    packed = client.get("/api/v1/events?limit=1", headers={"Accept-Encoding": "gzip"})
    assert packed.json() == old.json() and "x-sahelwatch-stale" in packed.headers  # the gzip is marked as well
    # an answer the route builds from a cached analysis is marked the same way; its age counts from the first
    # request that saw the write
    clock.now += 5
    stale_alerts = client.get("/api/v1/alerts")
    assert "age=5.0" in stale_alerts.headers["x-sahelwatch-stale"]
    assert stale_alerts.json()["stale"]["max_seconds"] == BOUND
    assert {k: v for k, v in stale_alerts.json().items() if k != "stale"} == alerts.json()

    fresh = client.get("/api/v1/events?limit=1", headers={"Cache-Control": "no-cache"})
    assert _total(fresh) == 3 and "x-sahelwatch-stale" not in fresh.headers and "stale" not in fresh.json()
    assert _total(client.get("/api/v1/events?limit=1")) == 3  # and the cache now holds it


def test_a_stale_answer_is_never_served_past_the_bound(served, tmp_path):
    db, client, clock = served
    url = "/api/v1/aggregates?place=admin1"
    before = client.get(url).json()
    _write_from_outside(db, client, tmp_path, "S-3", "S-4")
    client.get("/api/v1/health")  # requests that read nothing do not start the clock of the write
    assert client.get(url).json()["rows"] == before["rows"]  # the server sees the write here: age 0
    clock.now += BOUND
    at_bound = client.get(url)
    assert at_bound.json()["rows"] == before["rows"] and "age=30.0" in at_bound.headers["x-sahelwatch-stale"]
    clock.now += 0.5
    past = client.get(url)
    assert "x-sahelwatch-stale" not in past.headers and "stale" not in past.json()
    assert sum(r["events"] for r in past.json()["rows"]) == sum(r["events"] for r in before["rows"]) + 2


def test_the_refresher_computes_the_recent_answers_again_for_the_new_data(served, tmp_path):
    db, client, clock = served
    urls = ["/api/v1/events?limit=5", "/api/v1/aggregates?period=month", "/api/v1/alerts", "/api/v1/meta"]
    before = {u: client.get(u).json() for u in urls}
    _write_from_outside(db, client, tmp_path, "S-3")
    assert all("stale" in client.get(u).json() for u in urls)
    assert client.app.state.db.refresh() >= len(urls)
    after = {u: client.get(u) for u in urls}
    assert all("x-sahelwatch-stale" not in r.headers and "stale" not in r.json() for r in after.values())
    assert after[urls[0]].json()["total"] == before[urls[0]]["total"] + 1
    assert client.app.state.db.refresh() == 0  # nothing left behind the data


def test_the_count_of_accounts_is_never_stale(served, tmp_path):
    """The first account added closes the open mode at once (on PostgreSQL once its notice is read, which a request
    demanding a fresh answer waits for): an access decision never rests on a stale answer."""
    from sahelwatch.access.users import add_user
    from sahelwatch.store import open_store

    db, client, clock = served
    assert client.get("/api/v1/events?limit=1").status_code == 200  # no account: every request acts as the analyst
    client.app.state.db.release()
    with open_store(db) as store:
        add_user(store, "amadou", "analyst", password="a long test passphrase", actor="test")
    r = client.get("/api/v1/events?limit=1", headers={"Cache-Control": "no-cache"})
    assert r.status_code == 401, r.text
    r = client.get("/api/v1/events?limit=1")
    assert r.status_code == 401, r.text


def test_the_refresher_takes_next_the_answer_asked_for_while_it_works(served, tmp_path):
    """After a write the refresher computes the most recently used answer first, and then whichever is most
    recently used at that moment: an old answer a client asks for meanwhile moves ahead of the others."""
    db, client, clock = served
    database = client.app.state.db
    order, armed = [], []

    def compute_of(name: str):
        def compute(store):
            order.append(name)
            if armed and name == "third":  # a client asks for the oldest answer while the refresher works
                assert database.cached(("demand", "first"), compute_of("first")) == "first"
            return name
        return compute

    for name in ("first", "second", "third"):
        database.cached(("demand", name), compute_of(name))
    _write_from_outside(db, client, tmp_path, "S-3")
    armed.append(True)
    order.clear()
    assert database.refresh() >= 3
    assert order == ["third", "first", "second"]


def test_an_answer_that_no_longer_computes_is_dropped_and_the_others_are_still_refreshed(served, tmp_path):
    db, client, clock = served
    database = client.app.state.db
    calls = []

    def fails_after_the_write(store):
        calls.append(1)
        if len(calls) > 1:
            raise RuntimeError("the analysis no longer applies to the new data")
        return {"computed": len(calls)}

    assert _total(client.get("/api/v1/events?limit=1")) == 2
    database.cached(("an answer that will fail",), fails_after_the_write)  # now the most recently used
    _write_from_outside(db, client, tmp_path, "S-3")
    assert database.refresh() >= 2  # it tried every old answer, the failing one first, and did not stop there
    assert len(calls) == 2
    fresh = client.get("/api/v1/events?limit=1")
    assert _total(fresh) == 3 and "x-sahelwatch-stale" not in fresh.headers  # refreshed, not stale
    with pytest.raises(RuntimeError):  # dropped: the next request computes it and gets the error itself
        database.cached(("an answer that will fail",), fails_after_the_write)


def test_the_background_refresher_outlives_an_unexpected_failure(served):
    import threading

    from sahelwatch.api.db import open_database

    db, _client, _clock = served
    database = open_database(db, max_stale=BOUND, refresh=True)
    second_pass = threading.Event()
    passes = []

    def refresh():
        passes.append(1)
        if len(passes) == 1:
            raise RuntimeError("a driver error in the middle of a pass")
        second_pass.set()
        return 0

    database.refresh = refresh
    try:
        database.signature = lambda: ("a signature", len(passes))  # a new one after each pass: a write each time
        with database._lock:
            database._saw(database.signature())  # starts the refresher
        assert second_pass.wait(60), "the refresher died with the first failure"
        assert database._refresher.is_alive()
    finally:
        database.close()
