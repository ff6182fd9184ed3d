"""The real ACLED Mali file ingested into a real store, on each backend in turn (a DuckDB file, then a new
database on the session's throwaway PostgreSQL cluster), and the ASGI app over it."""

from __future__ import annotations

import itertools
import subprocess
import sys
from contextlib import contextmanager

import pytest

from tests.conftest import TODAY, data_file
from tests.store.pg import _pg_template, pg_cluster  # noqa: F401

ACLED = "acled/acled_mali_dyadic_1997-2018.csv"
_names = itertools.count(1)


@contextmanager
def held_by_another_process(db: str, write: str | None = None):
    """Another process holding the DuckDB file read-write until the block ends (as an ingest does), after running
    the statement ``write`` on it, if given."""
    script = ("import duckdb, sys\nc = duckdb.connect(sys.argv[1])\nfor statement in sys.argv[2:]:\n"
              "    c.execute(statement)\nprint('held', flush=True)\nsys.stdin.read()\n")
    holder = subprocess.Popen([sys.executable, "-c", script, db, *([write] if write else [])],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        yield
    finally:
        holder.stdin.close()
        holder.wait(timeout=60)


def new_backend_db(backend: str, tmp_path, request) -> str:
    """What ``--db`` takes for a new, empty store on ``backend``: a file under ``tmp_path``, or the URL of a new
    migrated database on the session's cluster."""
    if backend == "duckdb":
        return str(tmp_path / "store.duckdb")
    cluster = request.getfixturevalue("pg_cluster")
    return cluster.create_database(f"api{next(_names)}", template=request.getfixturevalue("_pg_template"))


def acled_store(backend: str, tmp_path_factory, request) -> str:
    """The ACLED file ingested into a new store on ``backend``; the path or URL to give ``--db``."""
    from sahelwatch.ingest import ingest_files
    from sahelwatch.store import open_store

    src = data_file(ACLED)
    tmp = tmp_path_factory.mktemp("api")
    db = new_backend_db(backend, tmp, request)
    with open_store(db) as store:
        summary = ingest_files(store, [src], today=TODAY, quarantine_dir=tmp / "quarantine")
    assert summary.total("rejected") == 0, "the independent counts below assume every row was kept"
    return db


@pytest.fixture(scope="module", params=["duckdb", "postgresql"])
def acled_db(request, tmp_path_factory):
    """The ACLED file ingested on each backend; the path or URL to give ``--db`` and ``create_app``."""
    return acled_store(request.param, tmp_path_factory, request)


@pytest.fixture(scope="session")
def source_rows():
    """The ACLED file as pandas reads it (every cell text), with ``date`` and integer ``fatalities``: the
    independent count the API's totals are checked against."""
    import pandas as pd

    df = pd.read_csv(data_file(ACLED), dtype=str, keep_default_na=False)
    df["date"] = pd.to_datetime(df["event_date"])
    df["fatalities"] = pd.to_numeric(df["fatalities"]).astype(int)
    return df


@pytest.fixture(scope="module")
def client(acled_db):
    from fastapi.testclient import TestClient

    from sahelwatch.api import create_app

    with TestClient(create_app(acled_db)) as c:
        yield c


HEADER = ("report_id,dataset,release,event_date,date_end,date_precision,country,admin1,admin2,admin3,location,"
          "latitude,longitude,geo_precision,event_type,sub_event_type,tactic,actor1,actor2,assoc_actor_1,"
          "assoc_actor_2,target_category,attribution,fatalities_low,fatalities_best,fatalities_high,notes,notes_fr,"
          "source_url,source_publisher,source_date,source_title")


def _row(rid: str, fatalities: int, note: str) -> str:
    return (f"{rid},test-chronology,1,2024-03-05,,day,Mali,Mopti,Bandiagara,,Test village,14.35,-3.61,near,"
            f"Violence against civilians,Attack,raid_on_village,jnim,civilians,,,civilians,claimed,{fatalities},"
            f"{fatalities},{fatalities},\"{note}\",,https://example.org/a,Example wire,2024-03-06,Test title")


def two_version_db(tmp_path):
    """A store where event T-1 was ingested with 3 dead ten days ago and revised to 11 today (with a new T-2,
    1 dead). Returns the file and the day of the first ingest."""
    import datetime as dt

    from sahelwatch.ingest import ingest_files
    from sahelwatch.store import open_store

    db = tmp_path / "v.duckdb"
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    first.write_text(HEADER + "\n" + _row("T-1", 3, "Gunmen attacked the village; three dead.") + "\n")
    second.write_text(HEADER + "\n" + _row("T-1", 11, "Gunmen attacked the village; the toll rose to eleven.")
                      + "\n" + _row("T-2", 1, "A second raid nearby; one dead.") + "\n")
    with open_store(db) as store:
        ingest_files(store, [first], today=dt.date(2026, 11, 24), quarantine_dir=tmp_path / "q")
        # the store stamps versions with the clock: date the first ingest ten days back, as if made then
        store.con.execute("UPDATE event_versions SET ingested_at = ingested_at - INTERVAL 10 DAY")
        ingest_files(store, [second], today=dt.date(2026, 11, 24), quarantine_dir=tmp_path / "q")
        first_day = store.con.execute("SELECT min(ingested_at)::DATE FROM event_versions").fetchall()[0][0]
    return db, first_day


def wait_until(condition, what: str, timeout: float = 60.0) -> None:
    """Wait for ``condition()`` to hold, checking every 10 ms; past ``timeout`` seconds the test fails, saying ``what``
    it waited for (a bound against a hang, never a measure of time)."""
    import time

    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"waited {timeout:g} s for {what}: it never happened")
        time.sleep(0.01)


def trusted_open_mode(notices, what: str = "the listener to hold the accounts' gate"):
    """Wait for PostgreSQL's listener ``notices`` to grant the open mode from memory, trusted for an hour after its
    last beat came back: an assertion that a request then takes no thread depends on the gate's state, not on the
    listener's thread being scheduled within the default trust window."""
    notices.trust = 3600.0
    wait_until(notices.gate_open, what)
    return notices


def record_calls(monkeypatch, *targets: tuple) -> list[str]:
    """The names of the methods ``(class, name)`` in ``targets`` as they are called (each still does its work): which
    threaded paths and reads of the answers' cache a request took."""
    taken: list[str] = []
    for cls, name in targets:
        original = getattr(cls, name)
        monkeypatch.setattr(cls, name, lambda self, *a, _o=original, _n=name, **k: (taken.append(_n),
                                                                                   _o(self, *a, **k))[1])
    return taken
