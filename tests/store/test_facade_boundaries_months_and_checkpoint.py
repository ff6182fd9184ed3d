"""What the rest of the code asks of the store's facade instead of its connection, on both backends: the
imported boundaries (``store.boundaries``), the count of a source's events in each month that holds one (``store.events.months``)
and a checkpoint (``store.checkpoint()``)."""

from __future__ import annotations

import csv
import datetime as dt

from tests.conftest import ROOT, TODAY, data_file

CHRONOLOGY = ROOT / "data" / "chronology" / "events-2012-2018.csv"
PCODES = "geo/pcodes_mli_bfa_ner_adm1_adm2.csv"


def test_boundaries_are_imported_read_back_and_summarised_through_the_store(backend_store):
    from sahelwatch.geo.boundaries import import_boundaries, read_boundaries, stored_boundaries

    assert backend_store.boundaries.load().empty and backend_store.boundaries.summary() == []
    assert stored_boundaries(backend_store) is None
    table = read_boundaries(data_file(PCODES), level=1)
    r = import_boundaries(backend_store, data_file(PCODES), level=1)
    assert r["units"] == len(table) and r["countries"] == ["BFA", "MLI", "NER"]
    import_boundaries(backend_store, data_file(PCODES), level=1)  # again: replaces its own rows
    back = backend_store.boundaries.load(level=1)
    assert sorted(back["pcode"]) == sorted(table["pcode"])
    niger = backend_store.boundaries.load(level=1, iso3="NER")
    assert len(niger) == (table["iso3"] == "NER").sum() and set(niger["iso3"]) == {"NER"}
    summary = {r["iso3"]: r for r in backend_store.boundaries.summary()}
    assert {k: summary[k]["units"] for k in summary} == table["iso3"].value_counts().to_dict()
    assert all(r["with_pcode"] == r["units"] and r["with_polygon"] == 0 for r in summary.values())
    assert stored_boundaries(backend_store) is not None


def test_the_months_of_a_sources_events_are_counted_and_the_months_without_one_left_out(backend_store, tmp_path):
    from collections import Counter

    from sahelwatch.ingest import ingest_files
    from sahelwatch.model import EventFilter

    ingest_files(backend_store, [CHRONOLOGY], today=TODAY, quarantine_dir=tmp_path / "quarantine")
    with CHRONOLOGY.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))

    def month(r) -> dt.date:
        return dt.date(int(r["event_date"][:4]), int(r["event_date"][5:7]), 1)

    counts = Counter(month(r) for r in rows)
    assert backend_store.events.months() == dict(sorted(counts.items()))
    assert list(backend_store.events.months()) == sorted(counts)
    months = sorted(counts)
    span = (months[0], months[-1])
    assert len(months) < (span[1].year - span[0].year) * 12 + span[1].month - span[0].month + 1  # it has gaps
    assert max(counts.values()) > 1  # a count, not a flag
    niger = Counter(month(r) for r in rows if r["country"] == "Niger")
    assert niger and backend_store.events.months(EventFilter(country=("Niger",))) == dict(sorted(niger.items()))
    assert backend_store.events.months(EventFilter(source=("no-such-source",))) == {}


def test_a_checkpoint_keeps_what_was_committed(backend_store, tmp_path):
    from sahelwatch.ingest import ingest_files

    ingest_files(backend_store, [CHRONOLOGY], today=TODAY, quarantine_dir=tmp_path / "quarantine")
    n = backend_store.events.count()
    backend_store.checkpoint()
    assert backend_store.events.count() == n > 0
    if backend_store.db.endswith(".duckdb"):  # the write-ahead log is folded into the file
        wal = tmp_path / "test.duckdb.wal"
        assert not wal.exists() or wal.stat().st_size == 0
