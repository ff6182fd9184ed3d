"""Every analysis runs on the frame the real store returns (the column contract), with
invariants computed from that frame's own columns."""

import pandas as pd

from sahelwatch.analytics import (
    actor_dynamics,
    alerts,
    hotspots,
    human_rights,
    responses,
    spillover,
    trends,
)


def test_store_frame_has_the_contract_columns(store_events, acled_raw):
    needed = {"event_id", "event_date", "iso3", "admin1", "admin2", "latitude", "longitude", "event_type",
              "sub_event_type", "actor1", "actor2", "inter1", "inter2", "fatalities_best", "notes", "target_category",
              "actor1_ids", "actor2_ids", "priogrid_gid", "border_km", "liptako_gourma", "admin2_pcode"}
    assert needed <= set(store_events.columns)
    assert len(store_events) == len(acled_raw)


def test_every_analysis_runs_on_the_store_frame(store_events):
    ev = store_events
    t = trends.trends(ev, freq="month", by="event_type")
    assert t["events"].sum() == len(ev)
    assert t["fatalities"].sum() == pd.to_numeric(ev["fatalities_best"]).fillna(0).sum()
    coded = ev["target_category"].notna() & ev["event_type"].isin(
        ["Battles", "Explosions/Remote violence", "Violence against civilians"])
    assert t["target_unknown"].sum() + t["civilian_events"].sum() <= t["violent_events"].sum()
    assert t["violent_events"].sum() - t["target_unknown"].sum() == coded.sum()
    fired = alerts.alerts(ev, "2018-12-30")
    assert fired and all(a.reason for a in fired)
    hs = hotspots.getis_ord(ev)
    assert hs["value"].sum() == ev[["latitude", "longitude"]].notna().all(axis=1).sum()
    hr = human_rights.abuses_by_perpetrator(ev)
    assert hr["arrests"].sum() == (ev["sub_event_type"] == "Arrests").sum()
    assert human_rights.mass_casualty_events(ev)["civilian_deaths"].ge(10).all()
    assert len(responses.partner_events(ev, ["minusma"])) >= ev["actor1"].fillna("").str.contains("MINUSMA").sum()
    exp = actor_dynamics.expansion(ev, ["jnim"])
    assert len(exp) > 0
    assert ev["border_km"].notna().all()  # derived at ingest for every event with coordinates
    b = spillover.border_share(ev)
    assert b["events"].sum() == len(ev)
