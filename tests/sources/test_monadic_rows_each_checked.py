"""Every row of an ACLED monadic event is checked like any row. A damaged row is rejected with its line and
reason and its event is kept from the other row, its second actor unknown and a note saying why; two good
rows that disagree on an event field are both rejected, the reason naming both lines. Rows read = events
stored + rows rejected + rows merged. Written with made-up rows."""

from __future__ import annotations

import datetime as dt

import pytest

from sahelwatch.sources import load

TODAY = dt.date(2026, 12, 6)
HEADER = ("event_id_cnty,event_date,event_type,sub_event_type,actor1,assoc_actor_1,inter1,country,location,"
          "latitude,longitude,fatalities,notes")
GOOD_A = "QQ7,2021-05-04,Battles,Armed clash,Group South,,2,Mali,Kassa,14.49,-4.19,4,a clash near a ford"
GOOD_B = "QQ7,2021-05-04,Battles,Armed clash,Military Forces of Mali,,1,Mali,Kassa,14.49,-4.19,4,a clash near a ford"
ALONE = "QQ8,2021-05-06,Protests,Peaceful protest,Protesters (Mali),,6,Mali,Kassa,14.49,-4.19,0,a march"


def _load(tmp_path, *rows):
    p = tmp_path / "monadic.csv"
    p.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    checked = load(p, today=TODAY)
    assert checked.batch.format == "acled-monadic"
    assert len(rows) == checked.good.num_rows + len(checked.rejects) + checked.batch.merged_rows
    return checked, {r["source_event_id"]: r for r in checked.good.to_pylist()}, {r.line: r for r in checked.rejects}


def _with(row: str, **changes) -> str:
    fields = row.split(",")
    names = HEADER.split(",")
    for k, v in changes.items():
        fields[names.index(k)] = v
    return ",".join(fields)


def test_two_good_rows_that_agree_are_one_event(tmp_path):
    checked, good, rejects = _load(tmp_path, GOOD_A, ALONE, GOOD_B)
    assert not rejects and checked.batch.merged_rows == 1
    e = good["QQ7"]
    assert (e["actor1"], e["actor2"], e["inter1"], e["inter2"]) == ("Group South", "Military Forces of Mali", 2, 1)
    assert e["__raw__"] == GOOD_A + "\n" + GOOD_B and e["__line__"] == 2 and e["quality_notes"] is None
    assert good["QQ8"]["inter2"] == 0 and good["QQ8"]["actor2"] is None  # one row: no second actor


@pytest.mark.parametrize("column, value, why", [
    ("fatalities", "1" * 40, "fatalities '" + "1" * 40 + "' is not a whole number"),
    ("event_date", "2021-02-30", "event_date '2021-02-30' is not a date"),
    ("latitude", "nan", "latitude 'nan' is not a number"),
    ("event_date", "2031-05-04", "in the future"),
    ("latitude", "12.37", "lie outside Mali"),
    ("inter1", "99", "inter1 '99' is not an ACLED inter code"),
])
def test_a_damaged_second_row_is_rejected_and_the_event_kept_from_the_first(tmp_path, column, value, why):
    bad = _with(GOOD_B, **{column: value})
    checked, good, rejects = _load(tmp_path, GOOD_A, ALONE, bad)
    assert set(rejects) == {4}
    assert why in rejects[4].reason and "kept from its other row (line 2)" in rejects[4].reason
    assert rejects[4].raw == bad
    e = good["QQ7"]
    assert e["actor1"] == "Group South" and e["fatalities_best"] == 4 and e["event_date"] == dt.date(2021, 5, 4)
    assert e["actor2"] is None and e["inter2"] is None, "the second actor is unknown, not absent (inter 0)"
    assert "line 4" in e["quality_notes"] and e["__raw__"] == GOOD_A
    assert checked.batch.merged_rows == 0


def test_a_damaged_first_row_leaves_the_event_to_the_second(tmp_path):
    bad = _with(GOOD_A, fatalities="-3")
    checked, good, rejects = _load(tmp_path, bad, GOOD_B)
    assert set(rejects) == {2} and "negative" in rejects[2].reason and "(line 3)" in rejects[2].reason
    e = good["QQ7"]
    assert (e["actor1"], e["inter1"], e["actor2"], e["inter2"]) == ("Military Forces of Mali", 1, None, None)
    assert e["__line__"] == 3 and "line 2" in e["quality_notes"]


def test_two_damaged_rows_leave_no_event(tmp_path):
    checked, good, rejects = _load(tmp_path, _with(GOOD_A, fatalities="x"), _with(GOOD_B, event_date="soon"))
    assert not good and set(rejects) == {2, 3}


@pytest.mark.parametrize("changes, named", [
    ({"event_date": "2021-05-05"}, "event_date (2021-05-04 and 2021-05-05)"),
    ({"fatalities": "7"}, "fatalities (4 and 7)"),
    ({"location": "Boni"}, "location ('Kassa' and 'Boni')"),
    ({"latitude": "14.52", "longitude": "-4.21"}, "latitude (14.49 and 14.52), longitude (-4.19 and -4.21)"),
    ({"notes": "another story"}, "notes ('a clash near a ford' and 'another story')"),
])
def test_two_rows_that_disagree_on_an_event_field_are_both_rejected(tmp_path, changes, named):
    checked, good, rejects = _load(tmp_path, GOOD_A, ALONE, _with(GOOD_B, **changes))
    assert set(good) == {"QQ8"} and set(rejects) == {2, 4}
    for r in rejects.values():
        assert "the two rows of event QQ7 (lines 2 and 4) disagree on " + named in r.reason
    assert rejects[4].raw == _with(GOOD_B, **changes) and rejects[2].raw == GOOD_A
    assert checked.batch.merged_rows == 0


def test_a_third_row_is_rejected_whatever_it_holds(tmp_path):
    checked, good, rejects = _load(tmp_path, GOOD_A, GOOD_B, _with(GOOD_B, fatalities="1" * 40))
    assert set(rejects) == {4} and rejects[4].reason.startswith("a third row for event QQ7")
    assert "fatalities" in rejects[4].reason and good["QQ7"]["actor2"] == "Military Forces of Mali"


def test_the_ingest_quarantines_the_damaged_row_and_notes_it_on_the_event(tmp_path):
    from sahelwatch.ingest import ingest_files
    from sahelwatch.store import open_store

    bad = _with(GOOD_B, fatalities="1" * 40)
    p = tmp_path / "monadic.csv"
    p.write_text("\n".join([HEADER, GOOD_A, ALONE, bad]) + "\n", encoding="utf-8")
    with open_store(tmp_path / "s.duckdb") as store:
        s = ingest_files(store, [p], today=TODAY, quarantine_dir=tmp_path / "q")
        f = s.files[0]
        assert (f.read, f.inserted, f.rejected, f.merged_rows) == (3, 2, 1, 0)
        assert [(r.line, r.raw) for _, r in s.rejects] == [(4, bad)]
        rows = {r["source_event_id"]: r for r in store.events.rows()}
    with open(s.quarantine, encoding="utf-8") as f:
        assert bad in f.read()
    assert rows["QQ7"]["actor2"] is None and "line 4" in rows["QQ7"]["quality_notes"]
    assert rows["QQ8"]["quality_notes"] is None
