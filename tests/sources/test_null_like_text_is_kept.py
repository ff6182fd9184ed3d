"""A cell is empty only when it holds nothing: text such as "NA", "N/A", "NULL" or "nan" is read as written by
both CSV paths (the fast one and the exact one), so a name "NA" is kept and a latitude "nan" is rejected with
its reason, the same whichever path reads the file."""

from __future__ import annotations

import datetime as dt

import pytest

from sahelwatch.sources import load
from sahelwatch.sources.reader import read_csv

HEADER = "report_id,event_date,country,latitude,longitude,event_type,actor1,notes"
ROWS = [
    "n1,2019-06-10,Niger,nan,2.11,Battles,NA,N/A",
    "n2,2019-06-10,Niger,13.51,2.11,Battles,NULL,#N/A",
    "n3,2019-06-10,Niger,13.51,2.11,Battles,null,",
]
BROKEN = 'n4,2019-06-10,Niger,13.51,2.11,Battles,"an open quote'  # sends the whole file to the exact reader


@pytest.mark.parametrize("rows", [ROWS, ROWS + [BROKEN]], ids=["fast", "exact"])
def test_null_like_text_is_read_as_written(tmp_path, rows):
    p = tmp_path / "field.csv"
    p.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    raw = read_csv(p)
    t = raw.table
    assert t.column("actor1").to_pylist()[:3] == ["NA", "NULL", "null"]
    assert t.column("notes").to_pylist()[:2] == ["N/A", "#N/A"]
    assert t.column("latitude").to_pylist()[0] == "nan"
    checked = load(p, today=dt.date(2026, 12, 6))
    reasons = {r.line: r.reason for r in checked.rejects}
    assert "latitude 'nan' is not a number" in reasons[2]
    assert {r["actor1"] for r in checked.good.to_pylist()} == {"NULL", "null"}
