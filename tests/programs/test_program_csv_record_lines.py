"""A row of a program CSV is named by the line where it starts, also after a value that spans lines."""

from __future__ import annotations

from sahelwatch.programs.program_csv import read_program_csv

HEADER = "program_id,title,organisation,admin2_pcode,start"


def test_each_row_is_named_by_its_first_line(tmp_path):
    p = tmp_path / "programs.csv"
    p.write_text(HEADER + '\nq-1,"a title\nover two lines",Org One,ML0101,2020-01-01\n\nq-2,plain,Org Two,ML0102,'
                 '2020-02-01\nq-3,"three\nline\ntitle",,ML0103,2020-03-01\n', encoding="utf-8")
    rows = read_program_csv(p).rows
    assert [(r.program_id, r.line) for r in rows] == [("q-1", 2), ("q-2", 5), ("q-3", 6)]
    assert rows[2].error == "no organisation"
