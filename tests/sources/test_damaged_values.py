"""Damaged values become rejected rows with a reason, never a traceback; UCDP's API JSON reads as
its CSV does."""

from __future__ import annotations

import csv
import json

import pyarrow as pa

from sahelwatch.sources._convert import floats, integers
from tests.conftest import data_file

DYADIC = "acled/acled_mali_dyadic_1997-2018.csv"
GED = "ucdp/ged231_global_sample_1000.csv"


def test_integers_reject_what_does_not_fit_and_read_signs_and_spreadsheet_floats():
    col = pa.chunked_array([["1", "+7", " 8 ", "1" * 40, "3.0", "-2147483649", "x", "", "0009", "1e3"]])
    vals, bad = integers(col, len(col))
    assert vals.to_pylist() == [1, 7, 8, None, 3, None, None, None, 9, None]
    assert bad.tolist() == [False, False, False, True, False, True, True, False, False, True]


def test_floats_reject_values_that_are_not_finite():
    col = pa.chunked_array([["1.5", "+3", "1e400", "nan", "Infinity", "\x0b16.4\x0b", "abc", "", "1,5"]])
    vals, bad = floats(col, len(col))
    assert vals.to_pylist() == [1.5, 3.0, None, None, None, 16.4, None, None, 1.5]
    assert bad.tolist() == [False, False, True, True, True, False, True, False, False]


def _copy_with(tmp_path, column: str, value: str, rows: int = 3):
    lines = data_file(DYADIC).read_text(encoding="utf-8").split("\n")
    header = next(csv.reader([lines[0]]))
    k, changed = header.index(column), []
    for i in range(1, len(lines)):
        if len(changed) == rows:
            break
        if lines[i] and '"' not in lines[i]:
            fields = lines[i].split(",")
            fields[k] = value
            lines[i] = ",".join(fields)
            changed.append(i + 1)
    out = tmp_path / f"{column}.csv"
    out.write_text("\n".join(lines), encoding="utf-8")
    return out, changed


def test_a_forty_digit_number_in_a_numeric_column_is_a_rejected_row(store, ingest, tmp_path):
    for column in ("fatalities", "inter1", "interaction", "timestamp", "latitude"):
        path, changed = _copy_with(tmp_path, column, "1" * 40)
        s = ingest(path)
        f = s.files[0]
        assert sorted(r.line for _, r in s.rejects) == changed, column
        assert all(column in r.reason for _, r in s.rejects), column
        assert f.read == f.inserted + f.updated + f.unchanged + f.rejected


def _ged_records():
    with open(data_file(GED), encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))

    def value(v: str):
        try:
            return int(v)
        except ValueError:
            try:
                return float(v)
            except ValueError:
                return v or None

    return [{k: value(v) for k, v in r.items()} for r in rows]


def test_ucdp_api_json_is_read_as_the_csv_is(store, ingest, tmp_path):
    records = _ged_records()
    api = tmp_path / "ged231_api.json"
    api.write_text(json.dumps({"TotalCount": len(records), "TotalPages": 1, "PreviousPageUrl": "",
                               "NextPageUrl": "", "Result": records}), encoding="utf-8")
    s = ingest(api)
    f = s.files[0]
    assert (f.format, f.source, f.release, f.read, f.rejected) == ("ucdp-ged", "ucdp-ged", "ged231", 1000, 0)
    from_json = store.events.arrow(columns=["event_id", "event_date", "fatalities_best", "latitude"]).to_pylist()
    s = ingest(data_file(GED))
    assert s.files[0].unchanged == 1000  # the CSV of the same events changes nothing
    assert store.events.arrow(columns=["event_id", "event_date", "fatalities_best", "latitude"]).to_pylist() \
        == from_json


def test_one_page_of_a_larger_api_result_says_so(ingest, tmp_path):
    records = _ged_records()[:50]
    api = tmp_path / "ged231_page.json"
    api.write_text(json.dumps({"TotalCount": 1000, "Result": records}), encoding="utf-8")
    f = ingest(api).files[0]
    assert f.read == 50
    assert any("50 of the API result's 1000 records" in n for n in f.notes)


def test_a_carriage_return_inside_the_first_data_line_is_a_rejected_row(store, ingest, tmp_path):
    path = tmp_path / "field.csv"
    path.write_bytes(b"report_id,event_date,country,event_type\n"
                     b"r1,2019-01-02,Ma\rli,Battles\n"
                     b"r2,2019-01-03,Mali,Battles\n")
    f = ingest(path).files[0]
    assert (f.read, f.inserted, f.rejected) == (2, 1, 1)
