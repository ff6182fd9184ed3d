"""ACLED's actor type codes run from 0 to 8: a whole number outside them (99, -1) is rejected with its reason
like text, never stored as a code. Written with made-up rows."""

from __future__ import annotations

import datetime as dt

from sahelwatch.sources import load

HEADER = "event_id_cnty,event_date,event_type,sub_event_type,actor1,actor2,inter1,inter2,country,fatalities"
ROWS = [
    "ZQ1,2020-01-05,Battles,Armed clash,Group A,Group B,2,3,Mali,1",
    "ZQ2,2020-01-05,Battles,Armed clash,Group A,Group B,99,3,Mali,1",
    "ZQ3,2020-01-05,Battles,Armed clash,Group A,Group B,2,-1,Mali,1",
    "ZQ4,2020-01-05,Battles,Armed clash,Group A,Group B,8,0,Mali,1",
]


def test_inter_codes_outside_0_to_8_are_rejected(tmp_path):
    p = tmp_path / "dyadic.csv"
    p.write_text("\n".join([HEADER, *ROWS]) + "\n", encoding="utf-8")
    checked = load(p, today=dt.date(2026, 12, 6))
    reasons = {r.line: r.reason for r in checked.rejects}
    assert set(reasons) == {3, 4}
    assert "inter1 '99' is not an ACLED inter code (0-8)" in reasons[3]
    assert "inter2 '-1' is not an ACLED inter code (0-8)" in reasons[4]
    assert sorted((r["inter1"], r["inter2"]) for r in checked.good.to_pylist()) == [(2, 3), (8, 0)]
