import pandas as pd
import pytest
from analytics_frames import synthetic

from sahelwatch.analytics import responses as rs
from sahelwatch.analytics._reference import partner_forces
from sahelwatch.errors import UsageError


def test_every_partner_milestone_has_a_source_and_date():
    ps = partner_forces()
    assert {"minusma", "france", "takuba", "wagner", "g5_sahel"} <= set(ps)
    for p in ps.values():
        assert p.milestones
        for m in p.milestones:
            assert m.source and m.recorded and pd.Timestamp(m.date)


def test_minusma_events_match_a_hand_count(acled_events, acled_raw):
    ev = rs.partner_events(acled_events, ["minusma"])
    raw = acled_raw
    hit = pd.Series(False, index=raw.index)
    for c in ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2"):
        hit |= raw[c].fillna("").str.contains("MINUSMA")
    assert len(ev) == hit.sum() > 100
    t = rs.partner_trends(acled_events, "year", ["minusma"]).set_index("period")
    assert t.loc["2017-01-01", "events"] == (hit & (raw.event_date.dt.year == 2017)).sum()


def test_before_after_minusma_deployment_real(acled_events, acled_raw):
    r = rs.before_after(acled_events, "minusma", milestone="deployment", window_days=365)
    assert r.covered and r.kind == "deployment" and str(r.date) == "2013-07-01"
    raw = acled_raw
    d = pd.Timestamp("2013-07-01")
    after = raw[(raw.event_date >= d) & (raw.event_date < d + pd.Timedelta(days=365))]
    before = raw[(raw.event_date >= d - pd.Timedelta(days=365)) & (raw.event_date < d)]
    mins = after[after.actor1.fillna("").str.contains("MINUSMA") | after.actor2.fillna("").str.contains("MINUSMA")
                 | after.assoc_actor_1.fillna("").str.contains("MINUSMA") | after.assoc_actor_2.fillna("").str.contains("MINUSMA")]
    areas = set(mins.admin2)
    assert {a.rsplit("/", 1)[1] for a in r.areas} == areas
    violent = ["Battles", "Explosions/Remote violence", "Violence against civilians"]
    c = {(x.metric, x.group): x for x in r.comparisons}
    exp_b = (before.admin2.isin(areas) & before.event_type.isin(violent)).sum()
    exp_a = (after.admin2.isin(areas) & after.event_type.isin(violent)).sum()
    assert (c["events", "areas"].before, c["events", "areas"].after) == (exp_b, exp_a)
    assert c["events", "areas"].ratio == pytest.approx(exp_a / exp_b)
    assert c["events", "areas"].low < c["events", "areas"].ratio < c["events", "areas"].high
    assert any("reporting" in cv for cv in r.caveats)


def test_before_after_by_construction_and_missing_partner():
    rows = []
    for i in range(10):
        rows.append({"event_date": pd.Timestamp("2022-06-01") + pd.Timedelta(days=i), "admin2": "Gao", "admin1": "Gao"})
    for i in range(30):
        rows.append({"event_date": pd.Timestamp("2022-09-01") + pd.Timedelta(days=i), "admin2": "Gao", "admin1": "Gao"})
    rows.append({"event_date": "2022-08-01", "admin2": "Gao", "admin1": "Gao", "actor2": "Military Forces of France"})
    rows += [{"event_date": "2022-07-01", "admin2": "Kayes", "admin1": "Kayes"}] * 10
    rows += [{"event_date": "2022-10-01", "admin2": "Kayes", "admin1": "Kayes"}] * 10
    r = rs.before_after(synthetic(rows), "france", milestone="withdrawal", window_days=180)
    assert r.areas == ("MLI/Gao/Gao",)
    c = {(x.metric, x.group): x for x in r.comparisons}
    assert (c["events", "areas"].before, c["events", "areas"].after) == (11, 30)
    assert (c["events", "rest"].before, c["events", "rest"].after) == (10, 10)
    did = {x.metric: x for x in r.difference_in_differences}
    assert did["events"].ratio == pytest.approx((30 / 11) / (10 / 10))
    assert not r.covered  # the frame spans only 2022
    g = rs.before_after(synthetic(rows), "g5_sahel", milestone="withdrawal", window_days=180)
    assert g.areas == () and any("no event involves g5_sahel" in cv for cv in g.caveats)
    with pytest.raises(UsageError):
        rs.before_after(synthetic(rows), "nato")
