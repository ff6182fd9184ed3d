"""A file's own rejects stay in the run's quarantine when that same file fails later on: rows rejected in
its first slice are written even though a later slice cannot be stored and the run is rolled back."""

from __future__ import annotations

import csv

import pytest

from sahelwatch.errors import InputError
from tests.conftest import TODAY

HEADER = "report_id,event_date,country,latitude,longitude,event_type,fatalities_best"
ROWS = [
    "f1,2019-06-10,Niger,13.51,2.11,Battles,1",
    "f2,2031-01-01,Niger,13.51,2.11,Battles,1",  # in the future: rejected in the first slice (line 3)
    "f3,2019-06-11,Niger,13.51,2.11,Battles,2",
    "f4,2019-06-12,Niger,13.51,2.11,Battles,0",
    "f5,2019-06-13,Niger,13.51,2.11,Battles,4",
]


@pytest.mark.parametrize("error", [OSError(28, "No space left on device"),
                                   InputError("the second slice cannot be stored", path="field.csv")])
def test_rows_rejected_before_the_same_file_fails_are_kept(tmp_path, error):
    from sahelwatch.ingest import ingest_files
    from sahelwatch.store import open_store

    path = tmp_path / "field.csv"
    path.write_text("\n".join([HEADER, *ROWS]) + "\n", encoding="utf-8")
    qdir = tmp_path / "q"
    with open_store(tmp_path / "s.duckdb") as store:
        upsert = store.versions.upsert
        calls = []

        def failing_upsert(*args, **kw):  # the first slice is stored, the second one fails
            calls.append(1)
            if len(calls) == 2:
                raise error
            return upsert(*args, **kw)

        store.versions.upsert = failing_upsert
        with pytest.raises(type(error)) as raised:
            ingest_files(store, [path], today=TODAY, quarantine_dir=qdir, slice_rows=2)
        assert len(calls) == 2, "the file failed in its second slice, after its first was checked"
        store.versions.upsert = upsert
        assert store.events.count() == 0, "the run is rolled back"
    files = list(qdir.glob("*.csv"))
    assert len(files) == 1, "the file's own rejects are written though the file failed"
    with open(files[0], encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [(r["file"], r["line"], r["raw"]) for r in rows] == [(str(path), "3", ROWS[1])]
    assert "in the future" in rows[0]["reason"]
    if isinstance(error, InputError):
        assert "Nothing was stored" in str(raised.value) and str(files[0]) in str(raised.value)
