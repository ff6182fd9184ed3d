"""One event with its versions; the store's versions as known on a past day (as_of)."""

from __future__ import annotations

import datetime as dt

HEADER = ("report_id,dataset,release,event_date,date_end,date_precision,country,admin1,admin2,admin3,location,"
          "latitude,longitude,geo_precision,event_type,sub_event_type,tactic,actor1,actor2,assoc_actor_1,"
          "assoc_actor_2,target_category,attribution,fatalities_low,fatalities_best,fatalities_high,notes,notes_fr,"
          "source_url,source_publisher,source_date,source_title")


def _row(rid: str, fatalities: int, note: str) -> str:
    return (f"{rid},test-chronology,1,2024-03-05,,day,Mali,Mopti,Bandiagara,,Test village,14.35,-3.61,near,"
            f"Violence against civilians,Attack,raid_on_village,jnim,civilians,,,civilians,claimed,{fatalities},"
            f"{fatalities},{fatalities},\"{note}\",,https://example.org/a,Example wire,2024-03-06,Test title")


def test_as_of_shows_the_version_known_that_day(tmp_path):
    from fastapi.testclient import TestClient

    from sahelwatch.api import create_app
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
