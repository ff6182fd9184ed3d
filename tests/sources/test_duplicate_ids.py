"""An id appears once per file: a repeated id is rejected with the line of its first occurrence, whether
the repeat is in the same slice of the file or in a later one. Written with made-up rows."""

from __future__ import annotations

import datetime as dt

from sahelwatch.sources import load_slices

HEADER = "event_id_cnty,event_date,event_type,sub_event_type,actor1,actor2,country,fatalities\n"
ROWS = [
    "QQQ1,2021-05-01,Battles,Armed clash,Group North,Military Forces of Mali,Mali,2",
    "QQQ2,2021-05-02,Battles,Armed clash,Group North,Militia East,Mali,0",
    "QQQ1,2021-05-03,Battles,Armed clash,Group West,Militia East,Mali,1",
    "QQQ3,2021-05-04,Battles,Armed clash,Group West,Militia East,Mali,1",
    "QQQ2,2021-05-05,Battles,Armed clash,Group West,Militia East,Mali,1",
    "QQQ3,2021-05-06,Battles,Armed clash,Group West,Militia East,Mali,1",
]


def _rejects(tmp_path, slice_rows):
    p = tmp_path / "dyadic.csv"
    p.write_text(HEADER + "\n".join(ROWS) + "\n", encoding="utf-8")
    slices = list(load_slices(p, today=dt.date(2026, 12, 6), slice_rows=slice_rows))
    kept = [r["source_event_id"] for s in slices for r in s.good.select(["source_event_id"]).to_pylist()]
    return kept, {r.line: r.reason for s in slices for r in s.rejects}


def test_a_repeated_id_names_the_line_of_its_first_occurrence_in_one_slice(tmp_path):
    kept, rejects = _rejects(tmp_path, slice_rows=None)
    assert kept == ["QQQ1", "QQQ2", "QQQ3"]
    assert rejects == {4: "duplicate id acled:QQQ1 (first at line 2)", 6: "duplicate id acled:QQQ2 (first at line 3)",
                       7: "duplicate id acled:QQQ3 (first at line 5)"}


def test_a_repeated_id_in_a_later_slice_names_the_line_of_its_first_occurrence(tmp_path):
    kept, rejects = _rejects(tmp_path, slice_rows=2)
    assert kept == ["QQQ1", "QQQ2", "QQQ3"]
    assert rejects == {4: "duplicate id acled:QQQ1 (first at line 2)", 6: "duplicate id acled:QQQ2 (first at line 3)",
                       7: "duplicate id acled:QQQ3 (first at line 5)"}
