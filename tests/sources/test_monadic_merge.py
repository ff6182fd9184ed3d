"""ACLED's monadic layout (one row per actor) is merged back into one event per id, in file order:
the first row's actor is actor1, the second row's actor2; a third row is rejected, never dropped; a row
without an id is an event of its own. Written with made-up rows."""

from __future__ import annotations

import datetime as dt

import numpy as np

from sahelwatch.sources import load
from sahelwatch.sources.reader import RAW, raw_text_column, raw_texts, read_csv

HEADER = "event_id_cnty,event_date,event_type,sub_event_type,actor1,assoc_actor_1,inter1,country,fatalities,notes\n"
ROWS = [
    "ZZZ1,2020-03-01,Battles,Armed clash,Group North,,2,Mali,3,a clash by a well",
    "ZZZ2,2020-03-02,Protests,Peaceful protest,Protesters (Mali),,6,Mali,0,a lone actor",
    "ZZZ3,2020-03-03,Battles,Armed clash,Militia East,,4,Mali,1,\"a note\nover two lines\"",
    "ZZZ1,2020-03-01,Battles,Armed clash,Military Forces of Mali,,1,Mali,3,a clash by a well",
    ",2020-03-04,Riots,Mob violence,Rioters (Mali),,5,Mali,0,no id at all",
    "ZZZ3,2020-03-03,Battles,Armed clash,Group North,,2,Mali,1,\"a note\nover two lines\"",
    "ZZZ3,2020-03-03,Battles,Armed clash,Group West,,2,Mali,1,\"a note\nover two lines\"",
]


def _file(tmp_path, newline="\n"):
    p = tmp_path / "monadic.csv"
    p.write_bytes((HEADER + "\n".join(ROWS) + "\n").replace("\n", newline).encode())
    return p


def test_rows_of_one_event_merge_in_file_order_and_extra_rows_are_rejected(tmp_path):
    checked = load(_file(tmp_path), today=dt.date(2026, 12, 6))
    assert checked.batch.format == "acled-monadic"
    good = {r["source_event_id"]: r for r in checked.good.to_pylist()}
    assert set(good) == {"ZZZ1", "ZZZ2", "ZZZ3"}
    assert (good["ZZZ1"]["actor1"], good["ZZZ1"]["actor2"]) == ("Group North", "Military Forces of Mali")
    assert (good["ZZZ1"]["inter1"], good["ZZZ1"]["inter2"]) == (2, 1)
    assert good["ZZZ2"]["actor2"] is None and good["ZZZ2"]["inter2"] == 0  # one actor: "no second actor"
    assert (good["ZZZ3"]["actor1"], good["ZZZ3"]["actor2"]) == ("Militia East", "Group North")
    # the merged event keeps both of its records verbatim, the first one's line
    assert good["ZZZ1"][RAW] == ROWS[0] + "\n" + ROWS[3]
    assert good["ZZZ3"]["__line__"] == 4
    by_line = {r.line: r for r in checked.rejects}
    assert set(by_line) == {7, 10}  # the row without an id (line 7), the third row of ZZZ3 (lines 10-11)
    assert "event_id_cnty is missing" in by_line[7].reason
    assert by_line[10].reason.startswith("a third row for event ZZZ3")
    assert by_line[10].raw == ROWS[6]
    assert checked.batch.merged_rows == 2
    # read = stored + rejected + merged
    assert len(ROWS) == checked.good.num_rows + len(checked.rejects) + checked.batch.merged_rows


def test_the_text_column_of_every_record_is_the_record_as_written(tmp_path):
    for newline in ("\n", "\r\n"):
        raw = read_csv(_file(tmp_path, newline))
        whole = raw_text_column(raw.table, raw.blob)
        assert whole.to_pylist() == raw_texts(raw.table, np.arange(raw.table.num_rows), raw.blob)
        assert whole.to_pylist()[2] == ROWS[2].replace("\n", newline)
