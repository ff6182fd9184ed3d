import numpy as np
import pandas as pd
import pytest
from analytics_frames import synthetic

from sahelwatch.analytics import spillover as sp


def test_border_and_liptako_shares_real(acled_events, acled_raw):
    t = sp.border_share(acled_events, freq="year").set_index("period")
    r = t.loc["2018-01-01"]
    y = acled_events[pd.to_datetime(acled_events.event_date).dt.year == 2018]
    assert r["events"] == (acled_raw.event_date.dt.year == 2018).sum()
    assert r["share_near_border"] == pytest.approx((y.border_km <= 50).mean())
    raw18 = acled_raw[acled_raw.event_date.dt.year == 2018]
    assert r["liptako_gourma"] == raw18.admin1.isin(["Gao", "Mopti", "Menaka"]).sum()
    assert 0 < r["share_liptako_gourma"] < 1


def test_cross_border_actors_real_file_is_one_country(acled_events, acled_raw):
    assert acled_raw.iso3.nunique() == 1
    assert sp.cross_border_actors(acled_events).empty


def test_cross_border_actors_by_construction():
    rows = [
        {"event_date": "2020-01-01", "iso3": "MLI", "actor1_ids": ["isgs"], "border_km": 10},
        {"event_date": "2020-02-01", "iso3": "NER", "actor1_ids": ["isgs"], "border_km": 30},
        {"event_date": "2020-03-01", "iso3": "NER", "actor2_ids": ["isgs"], "border_km": 120},
        {"event_date": "2020-03-01", "iso3": "MLI", "actor1_ids": ["jnim"], "border_km": 5},
    ]
    c = sp.cross_border_actors(synthetic(rows))
    assert c.actor_id.tolist() == ["isgs"]
    r = c.iloc[0]
    assert r.countries == "NER;MLI" and r.events == 3 and r.near_border == 2
    assert sp.cross_border_actors(synthetic(rows), min_events=2).empty


def _two_countries(cross_effect: float, within_effect: float, seed: int) -> pd.DataFrame:
    """A 12 x 12 cell grid, west half MLI, east half BFA, 80 months of a planted process."""
    rng = np.random.default_rng(seed)
    n, T = 12, 80
    active = np.zeros((T, n, n), bool)
    active[0] = rng.random((n, n)) < 0.2
    country = np.array([["MLI" if c < n // 2 else "BFA" for c in range(n)] for _ in range(n)])
    for t in range(1, T):
        prev = active[t - 1]
        for r in range(n):
            for c in range(n):
                cross = within = False
                for dr in (-1, 0, 1):
                    for dc in (-1, 0, 1):
                        rr, cc = r + dr, c + dc
                        if (dr or dc) and 0 <= rr < n and 0 <= cc < n and prev[rr, cc]:
                            if country[rr, cc] == country[r, c]:
                                within = True
                            else:
                                cross = True
                p = 0.15 + cross_effect * cross + within_effect * within
                active[t, r, c] = rng.random() < p
    rows = []
    for t, r, c in zip(*np.nonzero(active)):
        month = pd.Timestamp("2015-01-01") + pd.DateOffset(months=int(t))
        rows.append({"event_date": month + pd.Timedelta(days=3), "latitude": 12.25 + 0.5 * r,
                     "longitude": -3.25 + 0.5 * c, "iso3": country[r, c]})
    return synthetic(rows)


def test_diffusion_test_finds_planted_cross_border_spread():
    res = sp.diffusion_test(_two_countries(cross_effect=0.45, within_effect=0.0, seed=1))
    assert res.estimable
    assert res.cross.low > 1  # cross-border neighbours raise the odds
    assert res.cross_vs_within.low > 1  # more than same-country neighbours do
    assert "cross-border neighbours raise" in res.reason
    assert res.cells == 24  # the two columns either side of the border


def test_diffusion_test_without_planted_difference_has_an_interval_around_one():
    res = sp.diffusion_test(_two_countries(cross_effect=0.2, within_effect=0.2, seed=2))
    assert res.estimable
    assert res.cross_vs_within.low < 1 < res.cross_vs_within.high
    assert res.within.low > 1 and res.cross.low > 1


def test_diffusion_test_on_one_country_says_why_it_cannot_run(acled_events):
    res = sp.diffusion_test(acled_events)
    assert not res.estimable and "both sides of a border" in res.reason


def test_diffusion_test_that_cannot_converge_says_so_and_logs_it(caplog):
    """Border cells that take turns month by month: the cross-border neighbour predicts the
    outcome perfectly, the likelihood has no maximum, and the odds ratios would be noise."""
    rng = np.random.default_rng(0)
    rows = []
    for t in range(40):
        month = pd.Timestamp("2015-01-01") + pd.DateOffset(months=t)
        c = t % 2  # the MLI column in even months, the BFA column in odd months
        for r in range(6):
            if r % 2 == 0 or rng.random() < 0.5:
                rows.append({"event_date": month + pd.Timedelta(days=3), "latitude": 12.25 + 0.5 * r,
                             "longitude": -3.25 + 0.5 * c, "iso3": "MLI" if c == 0 else "BFA"})
    with caplog.at_level("WARNING", logger="sahelwatch.analytics.spillover"):
        res = sp.diffusion_test(synthetic(rows), min_cells=2)
    assert not res.estimable and res.cross is None and res.cross_vs_within is None
    assert "did not converge" in res.reason
    assert any("not estimable" in r.getMessage() for r in caplog.records)
