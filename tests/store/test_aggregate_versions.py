"""Aggregate rows (the HDX admin2-month counts) are versioned the same way on both backends: a re-ingest
changes nothing, and a changed count makes one new version of that row alone."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from tests.conftest import TODAY, data_file

HDX = "hdx/mali_hrp_political_violence_events_and_fatalities_by_month-year_1997-2020.xlsx"
ROWS = 53 * 288


def _ingest(store, tmp_path, path):
    from sahelwatch.ingest import ingest_files

    return ingest_files(store, [Path(path)], today=TODAY, quarantine_dir=tmp_path / "quarantine").files[0]


def test_a_changed_count_makes_one_new_aggregate_version_on_both_backends(backend_store, tmp_path):
    path = data_file(HDX)
    first = _ingest(backend_store, tmp_path, path)
    assert (first.kind, first.inserted, first.rejected) == ("aggregates", ROWS, 0)
    again = _ingest(backend_store, tmp_path, path)
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, ROWS)

    sheets = pd.read_excel(path, sheet_name=None)
    data = sheets["Data"]
    row = data.index[data["Events"] > 0][0]
    data.loc[row, "Events"] += 5
    changed = tmp_path / "hdx-changed.xlsx"
    with pd.ExcelWriter(changed) as xl:
        for name, frame in sheets.items():
            frame.to_excel(xl, sheet_name=name, index=False)
    third = _ingest(backend_store, tmp_path, changed)
    assert (third.inserted, third.updated, third.unchanged) == (0, 1, ROWS - 1)

    con = backend_store.con
    assert con.execute("SELECT count(*) FROM aggregate_versions").fetchall()[0][0] == ROWS + 1
    assert con.execute("SELECT count(*) FROM aggregates").fetchall()[0][0] == ROWS
    assert con.execute("SELECT sum(events) FROM aggregates").fetchall()[0][0] == data["Events"].sum()
    versions = con.execute("SELECT version, is_current FROM aggregate_versions WHERE agg_key IN "
                           "(SELECT agg_key FROM aggregate_versions WHERE version = 2) ORDER BY version").fetchall()
    assert versions == [(1, False), (2, True)]
