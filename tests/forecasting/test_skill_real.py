"""Skill on the real ACLED-on-HDX Mali admin2 panel, origins 2015-01 to 2020-12.

One backtest (about a minute on one core) is shared by the tests of this module.
The floors below are what the model measurably achieves, with a margin; the
project's target (CRPS at least 10% below the best baseline at h1 and h3) is
recorded as a strict expected failure until a model reaches it, so reaching it
turns the suite red and the floor gets raised.
"""

from __future__ import annotations

import pytest

from sahelwatch.forecasting.backtest import run_backtest
from sahelwatch.forecasting.baselines import BASELINE_NAMES

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def result(hdx_panel, hdx_neighbours):
    return run_backtest(hdx_panel, "2015-01", "2020-12", (1, 3, 6), neighbours=hdx_neighbours)


def test_every_origin_and_skip_is_accounted_for(result):
    assert len(result.origins) == 72
    assert result.skipped == {1: 1, 3: 3, 6: 6}
    s = result.scores()
    assert set(s) == set(BASELINE_NAMES) | {"sahelwatch"}
    assert s["sahelwatch"]["h1"]["n"] == 71 * 53


@pytest.mark.parametrize("h", [1, 3, 6])
def test_crps_below_the_best_baseline(result, h):
    s = result.scores()
    base, base_crps = result.best_baseline(h, "crps")
    assert s["sahelwatch"][f"h{h}"]["crps"] < base_crps, f"h{h}: best baseline {base}"


def test_crps_clearly_below_the_best_baseline_at_one_and_three_months(result):
    # measured: 3.9% below at h1, 2.6% below at h3
    for h, floor in ((1, 0.975), (3, 0.99)):
        _, base_crps = result.best_baseline(h, "crps")
        assert result.scores()["sahelwatch"][f"h{h}"]["crps"] <= floor * base_crps, f"h{h}"


@pytest.mark.parametrize("h", [1, 3, 6])
def test_average_precision_above_every_baseline(result, h):
    s = result.scores()
    mine = s["sahelwatch"][f"h{h}"]["ap_any_fatal"]
    for b in BASELINE_NAMES:
        assert mine > s[b][f"h{h}"]["ap_any_fatal"], b


@pytest.mark.parametrize("h", [1, 3, 6])
def test_brier_no_worse_than_the_best_baseline(result, h):
    _, best = result.best_baseline(h, "brier_any_fatal")
    assert result.scores()["sahelwatch"][f"h{h}"]["brier_any_fatal"] <= best * 1.01


@pytest.mark.xfail(strict=True, reason="target not reached yet: the measured CRPS reduction is about 3.9% at h1, "
                   "2.6% at h3 (docs/forecasting.md)")
@pytest.mark.parametrize("h", [1, 3])
def test_target_crps_ten_percent_below_the_best_baseline(result, h):
    _, base_crps = result.best_baseline(h, "crps")
    assert result.scores()["sahelwatch"][f"h{h}"]["crps"] <= 0.9 * base_crps
