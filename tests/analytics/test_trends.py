import numpy as np
import pandas as pd
import pytest
from analytics_frames import synthetic

from sahelwatch.analytics import trends as tr
from sahelwatch.analytics._frame import MissingColumnsError


def test_monthly_counts_by_event_type_match_a_hand_count(acled_events, acled_raw):
    t = tr.trends(acled_events, freq="month", by="event_type")
    assert t["events"].sum() == len(acled_raw)
    row = t[(t["period"] == "2018-03-01") & (t["event_type"] == "Battles")].iloc[0]
    raw = acled_raw
    expected = ((raw.event_date.dt.year == 2018) & (raw.event_date.dt.month == 3) & (raw.event_type == "Battles")).sum()
    assert row["events"] == expected
    fat = raw.loc[(raw.event_date.dt.year == 2018) & (raw.event_date.dt.month == 3) & (raw.event_type == "Battles"), "fatalities"].sum()
    assert row["fatalities"] == fat


def test_weekly_series_starts_on_mondays_and_fills_quiet_weeks(acled_events, acled_raw):
    t = tr.trends(acled_events, freq="week")
    assert (t["period"].dt.day_of_week == 0).all()
    assert t["period"].diff().dropna().eq(pd.Timedelta(days=7)).all()
    raw = acled_raw
    monday = raw.event_date - pd.to_timedelta(raw.event_date.dt.day_of_week, unit="D")
    expected = monday.value_counts()
    got = t.set_index("period")["events"]
    assert got[expected.index].tolist() == expected.tolist()
    assert (got.drop(expected.index) == 0).all()
    assert len(got) > len(expected)  # 1997-2018 has quiet weeks


def test_lethality_and_civilian_share_for_2018(acled_events, acled_raw):
    t = tr.trends(acled_events, freq="year")
    r = t[t["period"] == "2018-01-01"].iloc[0]
    raw = acled_raw[acled_raw.event_date.dt.year == 2018]
    assert r["fatalities_per_event"] == pytest.approx(raw.fatalities.sum() / len(raw))
    violent = raw[raw.event_type.isin(["Battles", "Explosions/Remote violence", "Violence against civilians"])]
    # the test frame codes target_category "civilians" from ACLED's inter2 == 7
    assert r["civilian_share"] == pytest.approx((violent.inter2 == 7).mean())


def test_by_admin2_keeps_unknown_and_sums_to_total(acled_events):
    t = tr.trends(acled_events, freq="year", by=["admin1", "admin2"])
    assert t["events"].sum() == len(acled_events)
    comp = tr.composition(acled_events, by="perpetrator_family", freq="year")
    sums = comp.sum(axis=1).dropna()
    assert np.allclose(sums, 1.0)
    assert "(unknown)" in comp.columns


def test_synthetic_counts_known_by_construction():
    rows = [
        {"event_date": "2024-01-01", "fatalities_best": 3, "target_category": "civilians", "event_type": "Violence against civilians"},
        {"event_date": "2024-01-03", "fatalities_best": 1},
        {"event_date": "2024-01-20", "fatalities_best": 0, "target_category": None},
        {"event_date": "2024-03-05", "fatalities_best": None, "event_type": "Protests"},
    ]
    t = tr.trends(synthetic(rows), freq="month")
    assert t["period"].dt.strftime("%Y-%m").tolist() == ["2024-01", "2024-02", "2024-03"]
    assert t["events"].tolist() == [3, 0, 1]
    assert t["fatalities"].tolist() == [4, 0, 0]
    jan = t.iloc[0]
    assert jan["fatalities_per_event"] == pytest.approx(4 / 3)
    assert jan["target_unknown"] == 1 and jan["civilian_events"] == 1
    assert jan["civilian_share"] == pytest.approx(0.5)  # 1 of the 2 coded violent events
    assert np.isnan(t.iloc[1]["fatalities_per_event"])
    assert np.isnan(t.iloc[2]["civilian_share"])  # a protest is not political violence


def test_missing_column_is_named():
    df = synthetic([{"event_date": "2024-01-01"}]).drop(columns=["target_category"])
    with pytest.raises(MissingColumnsError, match="target_category"):
        tr.trends(df)
