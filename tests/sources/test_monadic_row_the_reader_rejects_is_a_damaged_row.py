"""A monadic row the reader itself rejects (too few or too many fields) is a damaged row of its event when its
first field is an event id of the file: the event is kept from its good row with the second actor unknown
(actor2 and inter2 empty, not inter code 0) and a note naming the rejected line, as for a row rejected by
validation. Written with made-up rows."""

from __future__ import annotations

import datetime as dt

import pytest

from sahelwatch.sources import load

HEADER = ("event_id_cnty,event_date,event_type,sub_event_type,actor1,assoc_actor_1,inter1,country,location,"
          "latitude,longitude,fatalities,notes")
GOOD = "WW5,2022-02-14,Battles,Armed clash,Band of the Hills,,2,Mali,Torvo,14.49,-4.19,6,shots at a market"
OTHER = "WW5,2022-02-14,Battles,Armed clash,Military Forces of Mali,,1,Mali,Torvo,14.49,-4.19,6,shots at a market"
LONE = "WW6,2022-02-15,Protests,Peaceful protest,Protesters (Mali),,6,Mali,Torvo,14.49,-4.19,0,a march"


def _load(tmp_path, rows):
    p = tmp_path / "monadic.csv"
    p.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return load(p, today=dt.date(2026, 12, 7))


@pytest.mark.parametrize("damaged, first", [
    (OTHER.rsplit(",", 5)[0], False),  # the second row cut short
    (OTHER + ",one field too many", False),  # the second row with an extra field
    (OTHER.rsplit(",", 5)[0], True),  # the first row cut short: the good one gives the event alone
])
def test_a_row_the_reader_rejects_leaves_its_events_second_actor_unknown(tmp_path, damaged, first):
    rows = [damaged, GOOD, LONE] if first else [GOOD, damaged, LONE]
    checked = _load(tmp_path, rows)
    good = {r["source_event_id"]: r for r in checked.good.to_pylist()}
    assert set(good) == {"WW5", "WW6"}
    ev = good["WW5"]
    assert ev["actor1"] == "Band of the Hills"
    assert ev["actor2"] is None and ev["inter2"] is None  # unknown, not "no second actor"
    bad_line = 2 if first else 3
    good_line = 3 if first else 2
    assert f"line {bad_line}" in (ev["quality_notes"] or "")
    (rej,) = checked.rejects
    assert rej.line == bad_line and f"kept from its other row (line {good_line})" in rej.reason
    # a lone event stays one with a single actor
    assert good["WW6"]["actor2"] is None and good["WW6"]["inter2"] == 0 and good["WW6"]["quality_notes"] is None
    assert len(rows) == checked.good.num_rows + len(checked.rejects) + checked.batch.merged_rows


def test_a_rejected_row_of_no_event_of_the_file_changes_no_event(tmp_path):
    checked = _load(tmp_path, [GOOD, OTHER, LONE, "XX9,2022-02-16,Riots"])
    good = {r["source_event_id"]: r for r in checked.good.to_pylist()}
    assert good["WW5"]["actor2"] == "Military Forces of Mali" and good["WW5"]["quality_notes"] is None
    assert good["WW6"]["inter2"] == 0 and good["WW6"]["quality_notes"] is None
    assert [r.line for r in checked.rejects] == [5]
