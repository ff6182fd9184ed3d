"""The real datasets flow into one store with exact counts, fatalities preserved, and history."""

from __future__ import annotations

import csv
import io

import pandas as pd
import pytest

from tests.conftest import data_file

DYADIC = "acled/acled_mali_dyadic_1997-2018.csv"
MONADIC = "acled/acled_mali_monadic_2017-2018.csv"
LEGACY = "acled/acled_legacy_2016_mali.csv"
GED = "ucdp/ged231_global_sample_1000.csv"
HDX = "hdx/mali_hrp_political_violence_events_and_fatalities_by_month-year_1997-2020.xlsx"


def _count(store, source=None):
    q = "SELECT count(*), coalesce(sum(fatalities_best), 0) FROM events"
    if source:
        return store.con.execute(q + " WHERE source = ?", [source]).fetchone()
    return store.con.execute(q).fetchone()


@pytest.mark.parametrize(
    "rel,events,read_rows",
    [(DYADIC, 2456, 2456), (MONADIC, 1224, 2327), (LEGACY, 55, 55), (GED, 1000, 1000)],
)
def test_each_file_stores_every_event_with_its_fatalities(store, ingest, rel, events, read_rows):
    path = data_file(rel)
    s = ingest(path)
    f = s.files[0]
    assert (f.read, f.inserted, f.rejected) == (read_rows, events, 0)
    n, fat = _count(store)
    assert n == events
    # independent count of the file's fatalities
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    if "best" in df.columns:
        expected = df["best"].astype(int).sum()
    else:
        col = "fatalities" if "fatalities" in df.columns else "FATALITIES"
        idcol = "event_id_cnty" if "event_id_cnty" in df.columns else "EVENT_ID_CNTY"
        expected = df.drop_duplicates(idcol)[col].astype(int).sum()
    assert fat == expected


def test_monadic_rows_merge_into_dyadic_events(store, ingest):
    ingest(data_file(MONADIC))
    row = store.con.execute(
        "SELECT actor1, actor2, assoc_actor_1, interaction, line, raw FROM events WHERE source_event_id = 'MLI2554'"
    ).fetchone()
    assert row[0] == "JNIM: Group for Support of Islam and Muslims"
    assert row[1] == "Military Forces of Mali (2013-2020)"
    assert row[2] == "Katiba Macina"
    assert row[3] == 12
    assert row[4] == 2 and row[5].count("\n") == 1  # both source rows kept verbatim


def test_ucdp_keeps_its_uncertainty_and_precision_codes(store, ingest):
    ingest(data_file(GED))
    df = pd.read_csv(data_file(GED))
    r = df.iloc[0]
    got = store.con.execute(
        "SELECT fatalities_low, fatalities_best, fatalities_high, date_precision_source, geo_precision_source, "
        "release, event_date, date_end FROM events WHERE source_event_id = ?", [str(r["id"])]
    ).fetchone()
    assert got[1] == r["best"]
    assert got[3] == f"ucdp:{r['date_prec']}" and got[4] == f"ucdp:{r['where_prec']}"
    assert got[5] == "ged231"
    assert str(got[6]) == r["date_start"][:10] and str(got[7]) == r["date_end"][:10]
    # UCDP's own rows whose best lies outside [low, high] are kept, the range widened and noted
    odd = df[(df.low > df.best) | (df.best > df.high)]
    assert len(odd) > 0
    n = store.con.execute("SELECT count(*) FROM events WHERE quality_notes IS NOT NULL").fetchone()[0]
    assert n == len(odd)


def test_reingest_changes_nothing(store, ingest):
    path = data_file(DYADIC)
    ingest(path)
    before = store.con.execute("SELECT count(*) FROM event_versions").fetchone()[0]
    s = ingest(path)
    f = s.files[0]
    assert (f.inserted, f.updated, f.unchanged, f.rejected) == (0, 0, 2456, 0)
    assert store.con.execute("SELECT count(*) FROM event_versions").fetchone()[0] == before


def test_changed_copy_makes_new_versions_and_keeps_history(store, ingest, tmp_path):
    path = data_file(DYADIC)
    ingest(path)
    text = path.read_text(encoding="utf-8")
    rows = list(csv.reader(io.StringIO(text)))
    header = rows[0]
    fi, ni, ii = header.index("fatalities"), header.index("notes"), header.index("event_id_cnty")
    changed_ids = []
    for r in rows[1:4]:
        r[fi] = str(int(r[fi]) + 5)
        r[ni] = r[ni] + " (revised)"
        changed_ids.append(r[ii])
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    copy = tmp_path / "revised.csv"
    copy.write_text(out.getvalue(), encoding="utf-8")
    s = ingest(copy)
    f = s.files[0]
    assert (f.inserted, f.updated, f.unchanged) == (0, 3, 2453)
    hist = store.versions.history(f"acled:{changed_ids[0]}")
    assert [h["version"] for h in hist] == [1, 2]
    assert [h["is_current"] for h in hist] == [False, True]
    assert hist[1]["fatalities_best"] == hist[0]["fatalities_best"] + 5
    assert hist[0]["valid_to"] == hist[1]["valid_from"]


def test_snapshot_marks_missing_events_deleted(store, ingest, tmp_path):
    path = data_file(DYADIC)
    ingest(path)
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    # drop two events from the middle of the export (their rows hold no embedded newline)
    gone_rows = [lines[100], lines[101]]
    ids = [next(csv.reader([r]))[3] for r in gone_rows]
    copy = tmp_path / "snapshot.csv"
    copy.write_text("".join(lines[:100] + lines[102:]), encoding="utf-8")
    s = ingest(copy, snapshot=True)
    assert s.files[0].deleted == 2
    assert store.events.count() == 2454
    for i in ids:
        hist = store.versions.history(f"acled:{i}")
        assert hist[-1]["deleted"] and hist[-1]["is_current"] and not hist[0]["deleted"]


def test_hdx_aggregate_is_stored_as_aggregates_not_events(store, ingest):
    path = data_file(HDX)
    s = ingest(path)
    f = s.files[0]
    assert f.kind == "aggregates" and f.rejected == 0
    assert f.inserted == 53 * 288
    assert store.events.count() == 0
    df = pd.read_excel(path, sheet_name="Data")
    got = store.con.execute("SELECT sum(events), sum(fatalities), count(DISTINCT admin2_pcode) FROM aggregates").fetchone()
    assert got == (df["Events"].sum(), df["Fatalities"].sum(), 53)
    assert ingest(path).files[0].unchanged == 53 * 288


def test_all_sources_live_in_one_store_as_separate_records(store, ingest):
    ingest(data_file(DYADIC), data_file(LEGACY), data_file(GED))
    stats = store.events.stats()
    assert stats["by_source"]["acled"]["events"] == 2456 + 55
    assert stats["by_source"]["ucdp-ged"]["events"] == 1000


def test_every_event_keeps_its_source_row_verbatim(store, ingest):
    path = data_file(DYADIC)
    ingest(path)
    lines = path.read_text(encoding="utf-8").split("\n")
    for sid in ("MLI2554", "MLI1", "MLI1200"):
        line = store.con.execute("SELECT line FROM events WHERE source_event_id = ?", [sid]).fetchone()[0]
        raw = store.versions.raw_record(f"acled:{sid}")
        assert raw is not None and f",{sid}," in raw
        assert raw == lines[line - 1].rstrip("\r")


def test_ingesting_in_slices_gives_the_same_store_as_whole(tmp_path, shared):
    import datetime as dt

    from sahelwatch.ingest import ingest_files
    from sahelwatch.store import open_store

    path = shared(DYADIC)
    snapshots = []
    for rows in (100_000, 300):  # whole, and 9 slices
        with open_store(tmp_path / f"s{rows}.duckdb") as s:
            r = ingest_files(s, [path], today=dt.date(2026, 11, 24), quarantine_dir=tmp_path / "q", slice_rows=rows)
            assert (r.files[0].inserted, r.files[0].rejected) == (2456, 0)
            snapshots.append(s.con.execute(
                "SELECT event_id, release, line, content_hash, actor1_ids, priogrid_gid FROM events ORDER BY event_id"
            ).fetchall())
    assert snapshots[0] == snapshots[1]


def test_an_id_repeated_in_a_later_slice_is_rejected_with_its_first_line(tmp_path, ingest, shared):
    lines = shared(DYADIC).read_text(encoding="utf-8").splitlines(keepends=True)
    copy = tmp_path / "dup.csv"
    copy.write_text("".join(lines[:400] + [lines[5]]), encoding="utf-8")  # row of line 6 again at line 401
    s = ingest(copy, slice_rows=100)
    assert s.files[0].rejected == 1
    r = s.rejects[0][1]
    assert r.line == 401 and "duplicate id" in r.reason and "first at line 6" in r.reason


@pytest.mark.parametrize("slice_rows", [100_000, 500])
def test_a_failed_ingest_leaves_nothing_behind(store, ingest, monkeypatch, slice_rows):
    """The file is kept on a connection of its own while the slices are stored; when storing a
    slice fails, the events roll back and the kept file goes too. A later ingest is unaffected."""
    from sahelwatch.store.versions import EventVersions

    path = data_file(DYADIC)
    real = EventVersions.upsert
    calls = []

    def failing(self, *a, **kw):
        calls.append(1)
        if len(calls) == 2 or slice_rows > 10_000:
            raise RuntimeError("disk full")
        return real(self, *a, **kw)

    monkeypatch.setattr(EventVersions, "upsert", failing)
    with pytest.raises(RuntimeError, match="disk full"):
        ingest(path, slice_rows=slice_rows)
    counts = store.con.execute(
        "SELECT (SELECT count(*) FROM event_versions), (SELECT count(*) FROM source_files), "
        "(SELECT count(*) FROM source_file_chunks), (SELECT count(*) FROM ingests)").fetchall()[0]
    assert counts == (0, 0, 0, 0)
    monkeypatch.setattr(EventVersions, "upsert", real)
    s = ingest(path)
    assert s.files[0].inserted == 2456
    assert store.versions.raw_record("acled:MLI2554") is not None


@pytest.mark.parametrize("kind", ["gzip", "bom", "cp1252"])
def test_rows_stay_verbatim_when_the_file_is_read_with_changes(store, ingest, tmp_path, kind):
    """A gzipped, BOM-prefixed or cp1252 file is not its own blob: the bytes that were parsed are
    kept instead, and each event still shows its row, and only one kept file remains."""
    import gzip

    path = data_file(DYADIC)
    text = path.read_text(encoding="utf-8").replace("killed", "tués")  # the file itself is ASCII
    assert "tués" in text
    copy = tmp_path / ("dyadic.csv.gz" if kind == "gzip" else "dyadic.csv")
    if kind == "gzip":
        copy.write_bytes(gzip.compress(text.encode("utf-8")))
    elif kind == "bom":
        copy.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    else:
        copy.write_bytes(text.encode("cp1252"))
    s = ingest(copy)
    assert s.files[0].inserted == 2456 and s.files[0].rejected == 0
    lines = text.split("\n")
    for sid in ("MLI2554", "MLI1200"):
        line = store.con.execute("SELECT line FROM events WHERE source_event_id = ?", [sid]).fetchone()[0]
        assert store.versions.raw_record(f"acled:{sid}") == lines[line - 1].rstrip("\r")
    assert store.con.execute("SELECT count(*) FROM source_files").fetchone()[0] == 1
