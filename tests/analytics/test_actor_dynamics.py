import pandas as pd
import pytest
from analytics_frames import synthetic

from sahelwatch.analytics import actor_dynamics as ad
from sahelwatch.errors import UsageError

LINEAGE = {"jnim": ["ansar_dine", "aqim", "katiba_macina", "al_mourabitoun"]}


def test_jnim_series_rolls_up_ansar_dine_only_when_asked(acled_events, acled_raw):
    plain = ad.actor_series(acled_events, ["jnim"], freq="year")
    rolled = ad.actor_series(acled_events, ["jnim"], freq="year", lineage={"jnim": ["ansar_dine"]})
    raw = acled_raw
    is_j = lambda s: s.fillna("").str.startswith("JNIM")
    is_ad = lambda s: s.fillna("").str.startswith("Ansar Dine")
    y2013 = raw[raw.event_date.dt.year == 2013]
    assert plain.set_index("period").loc["2013-01-01", "events"] == (is_j(y2013.actor1) | is_j(y2013.actor2)).sum() == 0
    expected = (is_j(y2013.actor1) | is_j(y2013.actor2) | is_ad(y2013.actor1) | is_ad(y2013.actor2)).sum()
    assert rolled.set_index("period").loc["2013-01-01", "events"] == expected > 0
    # ids never change: without lineage, Ansar Dine keeps its own series
    ad_series = ad.actor_series(acled_events, ["ansar_dine"], freq="year")
    assert ad_series["events"].sum() == (is_ad(raw.actor1) | is_ad(raw.actor2)).sum()


def test_expansion_counts_new_admin2_by_hand(acled_events, acled_raw):
    e = ad.expansion(acled_events, ["jnim"], freq="quarter").set_index("period")
    raw = acled_raw
    j = raw[raw.actor1.fillna("").str.startswith("JNIM") | raw.actor2.fillna("").str.startswith("JNIM")]
    first = j.groupby(["admin1", "admin2"]).event_date.min().dt.to_period("Q").dt.start_time
    by_q = first.value_counts()
    for q, n in by_q.items():
        assert e.loc[q, "new_units"] == n
    assert e["cumulative_units"].iloc[-1] == len(first)
    q4 = j[j.event_date.dt.to_period("Q") == pd.Period("2018Q4")]
    assert e.loc["2018-10-01", "units_active"] == q4.groupby(["admin1", "admin2"]).ngroups


def test_rivalry_real_and_planted(acled_events, acled_raw):
    r = ad.rivalry(acled_events, "jnim", "isgs", freq="year")
    raw = acled_raw
    j = lambda s: s.fillna("").str.startswith("JNIM")
    i = lambda s: s.fillna("").str.startswith("Islamic State (Greater Sahara)")
    assert r["events"].sum() == ((j(raw.actor1) & i(raw.actor2)) | (i(raw.actor1) & j(raw.actor2))).sum()
    # JNIM against Mali's army, to exercise a non-empty real series
    f = ad.rivalry(acled_events, "jnim", "fama", freq="year")
    m = lambda s: s.fillna("").str.startswith("Military Forces of Mali")
    both = (j(raw.actor1) & m(raw.actor2)) | (m(raw.actor1) & j(raw.actor2))
    assert f["events"].sum() == both.sum() > 0
    assert f["fatalities"].sum() == raw.loc[both, "fatalities"].sum()
    rows = [
        {"event_date": "2020-02-01", "actor1_ids": ["jnim"], "actor2_ids": ["isgs"], "fatalities_best": 20},
        {"event_date": "2020-05-01", "actor1_ids": ["isgs"], "actor2_ids": ["katiba_macina"], "fatalities_best": 5},
        {"event_date": "2020-05-02", "actor1_ids": ["jnim"], "actor2_ids": ["fama"], "fatalities_best": 3},
    ]
    p = ad.rivalry(synthetic(rows), freq="quarter", lineage=LINEAGE).set_index("period")
    assert p.loc["2020-01-01", "events"] == 1 and p.loc["2020-04-01", "events"] == 1
    assert p.loc["2020-04-01", "b_initiated"] == 1 and p["fatalities"].sum() == 25


def test_bad_lineage_is_refused():
    with pytest.raises(UsageError, match="two successors"):
        ad.actor_series(synthetic([{"event_date": "2020-01-01"}]), lineage={"a": ["x"], "b": ["x"]})
    with pytest.raises(UsageError, match="cycle"):
        ad.actor_series(synthetic([{"event_date": "2020-01-01"}]), lineage={"a": ["b"], "b": ["a"]})


def test_ids_as_arrays_from_the_store_work_like_lists():
    import numpy as np

    rows = [
        {"event_date": "2020-01-05", "actor1_ids": np.array(["jnim"]), "actor2_ids": np.array(["isgs"]), "admin2": "Koro"},
        {"event_date": "2020-04-05", "actor1_ids": np.array(["ansar_dine"]), "actor2_ids": None, "admin2": "Douentza"},
    ]
    df = synthetic(rows)
    assert ad.rivalry(df, freq="year")["events"].sum() == 1
    e = ad.expansion(df, ["jnim"], lineage=LINEAGE)
    assert e["cumulative_units"].iloc[-1] == 2
