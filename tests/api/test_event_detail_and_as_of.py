"""One event with its versions; the store's versions as known on a past day (as_of)."""

from __future__ import annotations

import datetime as dt

from .conftest import two_version_db


def test_as_of_shows_the_version_known_that_day(tmp_path):
    from fastapi.testclient import TestClient

    from sahelwatch.api import create_app

    db, first_day = two_version_db(tmp_path)
    c = TestClient(create_app(db))
    now = c.get("/api/v1/events").json()
    then = c.get("/api/v1/events", params={"as_of": first_day.isoformat()}).json()
    before = c.get("/api/v1/events", params={"as_of": (first_day - dt.timedelta(days=1)).isoformat()}).json()
    assert (now["total"], now["fatalities"]["best"]) == (2, 12)
    assert (then["total"], then["fatalities"]["best"]) == (1, 3)
    assert before["total"] == 0
    eid = then["events"][0]["event_id"]
    detail = c.get(f"/api/v1/events/{eid}").json()
    assert [v["event"]["fatalities"]["best"] for v in detail["versions"]] == [3, 11]
    assert [v["current"] for v in detail["versions"]] == [False, True]
    assert detail["event"]["fatalities"]["best"] == 11
    assert detail["cluster_members"] == [eid]
    assert "Example wire" in " ".join(detail["sources"]) or detail["source_urls"]
