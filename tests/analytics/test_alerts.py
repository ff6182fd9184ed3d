import dataclasses
import datetime as dt

import pandas as pd
import pytest
from analytics_frames import synthetic

from sahelwatch.analytics import alerts as al


def _hand_surges(raw: pd.DataFrame, as_of: str) -> set[str]:
    d = pd.Timestamp(as_of)
    last = raw[(raw.event_date > d - pd.Timedelta(days=7)) & (raw.event_date <= d)].groupby("admin2").size()
    base = raw[(raw.event_date > d - pd.Timedelta(days=35)) & (raw.event_date <= d - pd.Timedelta(days=7))].groupby("admin2").size()
    both = pd.concat([last.rename("last"), base.rename("base")], axis=1).fillna(0)
    hit = both[(both["last"] >= 3) & (both["last"] >= 2 * both["base"] / 4)]
    return set(hit.index)


@pytest.mark.parametrize("as_of", ["2018-12-30", "2018-06-15", "2017-02-01"])
def test_surges_on_real_data_match_a_hand_count(acled_events, acled_raw, as_of):
    got = al.surge_alerts(acled_events, as_of, unit="admin2")
    assert {a.unit.rsplit("/", 1)[1] for a in got} == _hand_surges(acled_raw, as_of)
    for a in got:
        assert a.kind == "surge" and a.value >= a.threshold and "weekly average" in a.reason


def test_some_real_week_surges(acled_events, acled_raw):
    hist = al.surge_history(acled_events, "2018-01-07", "2018-12-30")
    assert len(hist) > 0
    a = hist[0]
    assert {x.unit.rsplit("/", 1)[1] for x in hist if x.date == a.date} == _hand_surges(acled_raw, str(a.date))


def test_planted_surge_fires_and_steady_unit_does_not():
    rows = []
    # steady: 2 events a week in Bandiagara for 5 weeks; planted: 1 a week in Koro, then 5 in the last week
    for w in range(5):
        day = dt.date(2024, 3, 3) + dt.timedelta(days=7 * w)
        rows += [{"event_date": day, "admin2": "Bandiagara"}] * 2
        if w < 4:
            rows.append({"event_date": day, "admin2": "Koro"})
    rows += [{"event_date": dt.date(2024, 4, 1), "admin2": "Koro"}] * 5
    df = synthetic(rows)
    got = al.surge_alerts(df, "2024-04-02")
    assert [a.unit for a in got] == ["MLI/Mopti/Koro"]
    assert got[0].value == 5 and got[0].threshold == pytest.approx(3.0)  # max(2 x 4/4, 3)
    # two events in a week after a quiet month stay under the minimum of 3
    quiet = synthetic([{"event_date": "2024-04-01"}, {"event_date": "2024-04-02"}])
    assert al.surge_alerts(quiet, "2024-04-02") == []


def _hand_fatality_high(raw: pd.DataFrame, as_of: str, years: int) -> bool:
    daily = raw.groupby("event_date")["fatalities"].sum()
    daily = daily.reindex(pd.date_range("1996-01-01", "2019-12-31"), fill_value=0)
    roll = daily.rolling(30).sum()
    d = pd.Timestamp(as_of)
    prior = roll[(roll.index >= d - pd.Timedelta(days=365 * years)) & (roll.index <= d - pd.Timedelta(days=30))]
    return roll[d] >= 10 and roll[d] > prior.max()


def test_fatality_highs_on_real_data_match_rolling_sums(acled_events, acled_raw):
    fired_days = []
    for d in pd.date_range("2018-01-01", "2018-12-30", freq="5D"):
        got = al.fatality_high_alerts(acled_events, d, unit="country")
        kinds = {a.kind for a in got}
        exp3 = _hand_fatality_high(acled_raw, d, 3)
        exp1 = _hand_fatality_high(acled_raw, d, 1)
        assert ("fatalities_3y_high" in kinds) == exp3, d
        assert ("fatalities_1y_high" in kinds) == (exp1 and not exp3), d
        if got:
            fired_days.append(d)
    assert fired_days  # 2018 was Mali's deadliest year of the file: some check must fire


def test_fatality_high_needs_coverage_and_minimum():
    rows = [{"event_date": "2020-01-01", "fatalities_best": 1}, {"event_date": "2024-03-01", "fatalities_best": 40}]
    df = synthetic(rows)
    got = al.fatality_high_alerts(df, "2024-03-10")
    assert [a.kind for a in got] == ["fatalities_3y_high"] and got[0].value == 40
    assert al.fatality_high_alerts(df, "2024-03-10", min_fatalities=41) == []
    # data starting six months before: neither lookback is covered
    assert al.fatality_high_alerts(df[df.event_date > dt.date(2023, 9, 1)], "2024-03-10") == []


def test_new_presence_real_matches_hand_count(acled_events):
    as_of = pd.Timestamp("2018-12-30")
    got = al.new_presence_alerts(acled_events, as_of, window_days=30)
    # independent: armed-group ids on either side, by admin2, first seen in the window
    df = acled_events.assign(d=pd.to_datetime(acled_events.event_date))
    sides = []
    for s in (1, 2):
        x = df[df[f"inter{s}"].isin([2, 3, 4])][[f"actor{s}_ids", "admin2", "d"]].explode(f"actor{s}_ids")
        sides.append(x.rename(columns={f"actor{s}_ids": "id"}).dropna(subset=["id"]))
    x = pd.concat(sides)
    x = x[(x.d > as_of - pd.Timedelta(days=30 + 365)) & (x.d <= as_of)]
    win = x[x.d > as_of - pd.Timedelta(days=30)]
    old = set(zip(x[x.d <= as_of - pd.Timedelta(days=30)].id, x[x.d <= as_of - pd.Timedelta(days=30)].admin2))
    expected = {(i, a) for i, a in zip(win.id, win.admin2) if (i, a) not in old}
    assert {(a.unit.split("@")[0], a.unit.rsplit("/", 1)[1]) for a in got} == expected
    assert expected  # JNIM and ISGS moved in 2018


def test_planted_new_presence():
    rows = [
        {"event_date": "2022-12-20", "actor1_ids": ["jnim"], "admin2": "Koro"},
        {"event_date": "2024-01-05", "actor1_ids": ["jnim"], "admin2": "Koro"},  # back after 12 months: new again
        {"event_date": "2024-01-06", "actor1_ids": ["isgs"], "admin2": "Ansongo", "admin1": "Gao"},
        {"event_date": "2023-12-01", "actor1_ids": ["isgs"], "admin2": "Ansongo", "admin1": "Gao"},
        {"event_date": "2024-01-06", "actor1_ids": ["fama"], "inter1": 1, "admin2": "Douentza"},  # state: not a group
    ]
    got = al.new_presence_alerts(synthetic(rows), "2024-01-07", data_start="2022-01-01")
    assert [a.unit for a in got] == ["jnim@MLI/Mopti/Koro"]
    assert "none there in the 365 days" in got[0].reason


def test_new_presence_respects_lineage_when_asked():
    rows = [
        {"event_date": "2023-06-01", "actor1_ids": ["ansar_dine"], "admin2": "Koro"},
        {"event_date": "2024-01-05", "actor1_ids": ["jnim"], "admin2": "Koro"},
    ]
    df = synthetic(rows)
    assert [a.unit for a in al.new_presence_alerts(df, "2024-01-07", data_start="2022-01-01")] == ["jnim@MLI/Mopti/Koro"]
    rolled = al.new_presence_alerts(df, "2024-01-07", data_start="2022-01-01", lineage={"jnim": ["ansar_dine"]})
    assert rolled == []


def test_alerts_are_frozen_and_kinds_checked():
    a = al.Alert("surge", "u", dt.date(2024, 1, 1), 3.0, 2.0, "r")
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.value = 5
    from sahelwatch.errors import UsageError

    with pytest.raises(UsageError):
        al.alerts(synthetic([{"event_date": "2024-01-01"}]), "2024-01-02", kinds=["nope"])
