"""The PostgreSQL backend gives what the embedded DuckDB store gives: the same versions, statistics, exports
and histories, on the project's chronology and on the real shared files; two ingests at once both land
whole and a reader never sees half of one; a pg_dump / pg_restore round trip keeps every version."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT, TODAY, data_file
from tests.store.pg import open_backend

CHRONOLOGY = ROOT / "data" / "chronology" / "events-2012-2018.csv"
SHARED = ("acled/acled_legacy_2016_mali.csv", "acled/acled_mali_dyadic_1997-2018.csv",
          "acled/acled_mali_monadic_2017-2018.csv", "ucdp/ged231_global_sample_1000.csv")
#: what differs between two stores by construction: ingest ids and the clock
_RUN_FIELDS = {"valid_from", "valid_to", "ingested_at", "derived_at", "file"}


def _ingest(store, tmp_path, *paths, **kw):
    from sahelwatch.ingest import ingest_files

    return ingest_files(store, [Path(p) for p in paths], today=TODAY, quarantine_dir=tmp_path / "quarantine", **kw)


def _versions(store) -> list[tuple]:
    return store.con.execute(
        "SELECT event_id, version, is_current, deleted, content_hash FROM event_versions ORDER BY event_id, version"
    ).fetchall()


def _history(store, event_id: str) -> list[dict]:
    return [{k: v for k, v in h.items() if k not in _RUN_FIELDS} for h in store.versions.history(event_id)]


def _sahelwatch(*args, timeout=300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "sahelwatch", *map(str, args)], capture_output=True,
                          text=True, timeout=timeout, cwd=ROOT)


# ---------------------------------------------------------------------------- both backends
def test_a_reingest_of_the_same_file_makes_no_new_version(backend_store, tmp_path):
    first = _ingest(backend_store, tmp_path, CHRONOLOGY).files[0]
    again = _ingest(backend_store, tmp_path, CHRONOLOGY).files[0]
    assert first.inserted == backend_store.events.count() > 80
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, first.inserted)
    assert len(_versions(backend_store)) == first.inserted


def test_a_changed_row_gets_a_new_version_and_the_history_shows_both_records(backend_store, tmp_path):
    _ingest(backend_store, tmp_path, CHRONOLOGY)
    lines = CHRONOLOGY.read_text(encoding="utf-8").splitlines(keepends=True)
    row = next(csv.reader([lines[5]]))
    changed_line = lines[5].replace(f",{row[3]},", ",2012-02-29,", 1)
    assert changed_line != lines[5]
    changed = tmp_path / "events-changed.csv"
    changed.write_text("".join(lines[:5] + [changed_line] + lines[6:]), encoding="utf-8")
    r = _ingest(backend_store, tmp_path, changed).files[0]
    assert (r.inserted, r.updated) == (0, 1)
    (event_id,) = [e for e, n in backend_store.con.execute(
        "SELECT event_id, count(*) FROM event_versions GROUP BY event_id HAVING count(*) > 1").fetchall()]
    history = backend_store.versions.history(event_id)
    assert [h["version"] for h in history] == [1, 2]
    assert [str(h["event_date"]) for h in history] == [row[3], "2012-02-29"]
    assert history[0]["raw"] == lines[5].rstrip("\r\n") and history[1]["raw"] == changed_line.rstrip("\r\n")
    assert backend_store.versions.raw_record(event_id) == changed_line.rstrip("\r\n")


def test_a_snapshot_without_some_events_marks_them_deleted(backend_store, tmp_path):
    _ingest(backend_store, tmp_path, CHRONOLOGY)
    before = backend_store.events.count()
    lines = CHRONOLOGY.read_text(encoding="utf-8").splitlines(keepends=True)
    partial = tmp_path / "events-partial.csv"
    partial.write_text("".join(lines[:40] + lines[43:]), encoding="utf-8")  # three events left out
    r = _ingest(backend_store, tmp_path, partial, snapshot=True).files[0]
    assert r.deleted == 3
    assert backend_store.events.count() == before - 3
    gone = backend_store.con.execute(
        "SELECT count(*) FROM event_versions WHERE deleted AND is_current AND version = 2").fetchall()[0][0]
    assert gone == 3


def test_filters_stats_and_actor_selection_agree_with_a_count_of_the_file(backend_store, tmp_path):
    _ingest(backend_store, tmp_path, CHRONOLOGY)
    with CHRONOLOGY.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    stats = backend_store.events.stats()
    assert stats["events"] == len(rows)
    assert stats["fatalities_best"] == sum(int(r["fatalities_best"] or 0) for r in rows)
    from sahelwatch.store import filter_from_kwargs

    n_2015 = sum(r["event_date"] <= "2015-12-31" for r in rows)
    assert backend_store.events.count(filter_from_kwargs(until="2015-12-31")) == n_2015
    cols = ["actor1_ids", "actor2_ids", "assoc_actor_1_ids", "assoc_actor_2_ids"]
    ids = backend_store.events.arrow(columns=["event_id", *cols]).to_pylist()
    holding = {r["event_id"] for r in ids if any("mnla" in (r[c] or []) for c in cols)}
    selected = backend_store.events.arrow(filter_from_kwargs(actor="mnla"), columns=["event_id"])
    assert set(selected.column(0).to_pylist()) == holding and len(holding) > 5


def test_links_and_clusters_are_replaced_and_read_back(backend_store, tmp_path):
    import pyarrow as pa

    _ingest(backend_store, tmp_path, CHRONOLOGY)
    ids = backend_store.events.arrow(columns=["event_id"]).column(0).to_pylist()[:3]
    backend_store.linkage.save(
        pa.table({"event_id_a": [ids[0]], "event_id_b": [ids[1]], "score": [0.9], "explanation": ["same day"]}),
        pa.table({"event_id": ids[:2], "cluster_id": ["k1", "k1"]}))
    assert backend_store.linkage.has_clusters()
    assert [(r["event_id_a"], r["score"]) for r in backend_store.linkage.links(ids[1])] == [(ids[0], 0.9)]
    clusters = dict(zip(*backend_store.events.arrow(columns=["event_id", "cluster_id"]).to_pydict().values()))
    assert clusters[ids[0]] == clusters[ids[1]] == "k1" and clusters[ids[2]] == f"c:{ids[2]}"


def test_derived_columns_given_in_part_keep_the_rest_of_their_place(backend_store, tmp_path):
    import pyarrow as pa

    _ingest(backend_store, tmp_path, CHRONOLOGY)
    before = backend_store.events.arrow(columns=["event_id", "admin1_norm", "admin2_pcode", "h3"]).to_pylist()
    event_id = before[0]["event_id"]
    n = backend_store.versions.update_derived(pa.table({"event_id": [event_id], "admin2_pcode": ["ZZ0199"]}))
    after = backend_store.events.arrow(columns=["event_id", "admin1_norm", "admin2_pcode", "h3"]).to_pylist()
    assert n == 1 and after[0] == before[0] | {"admin2_pcode": "ZZ0199"}
    assert after[1:] == before[1:]
    assert len(_versions(backend_store)) == len(before)  # no new version


# ---------------------------------------------------------------------------- PostgreSQL only
def test_a_new_database_gets_its_schema_and_postgis_from_the_migrations(pg_empty_url):
    from sahelwatch.store import open_store
    from sahelwatch.store.migrations import MIGRATIONS

    with open_store(pg_empty_url) as store:
        assert store.schema_version() == MIGRATIONS[-1][0]
        assert store.con.execute("SELECT extname FROM pg_extension WHERE extname = 'postgis'").fetchall()
        assert "geom" in store.columns("event_versions")
    with open_store(pg_empty_url) as store:  # a second open migrates nothing
        assert store.migrate() == []


def test_a_read_only_open_of_a_new_database_is_refused_and_a_read_only_store_cannot_write(pg_empty_url, pg_url):
    import psycopg

    from sahelwatch.errors import StoreError
    from sahelwatch.store import open_store

    with pytest.raises(StoreError, match="needs migrating"):
        open_store(pg_empty_url, read_only=True)
    with open_store(pg_url, read_only=True) as store, pytest.raises(psycopg.errors.ReadOnlySqlTransaction):
        store.con.execute("DELETE FROM event_versions")


def test_the_shared_files_give_the_same_store_on_both_backends(tmp_path, pg_url, request):
    """Parity on the real files: statistics, the sorted export, every version and every history."""
    paths = [data_file(rel) for rel in SHARED]
    duck, _ = open_backend("duckdb", tmp_path, request)
    from sahelwatch.store import open_store

    pg = open_store(pg_url)
    try:
        d_sum, p_sum = _ingest(duck, tmp_path, *paths), _ingest(pg, tmp_path, *paths)
        assert [(f.read, f.inserted, f.updated, f.unchanged, f.rejected) for f in d_sum.files] == \
               [(f.read, f.inserted, f.updated, f.unchanged, f.rejected) for f in p_sum.files]
        assert d_sum.files[2].updated == 445  # the monadic release changes 445 of the dyadic's events
        assert duck.events.stats() == pg.events.stats()
        assert _versions(duck) == _versions(pg)
        changed = [e for (e,) in duck.con.execute(
            "SELECT event_id FROM event_versions WHERE version > 1 ORDER BY event_id").fetchall()]
        assert len(changed) == 445
        for event_id in changed:
            assert _history(duck, event_id) == _history(pg, event_id), event_id
        for fmt in ("csv", "parquet"):
            cols = ["event_id", "source", "event_date", "country", "admin1", "admin2", "latitude", "longitude",
                    "event_type", "actor1", "actor2", "inter1", "fatalities_best", "notes", "actor1_ids", "cluster_id"]
            cols = cols if fmt == "parquet" else [c for c in cols if not c.endswith("_ids")]
            d_out, p_out = tmp_path / f"d.{fmt}", tmp_path / f"p.{fmt}"
            assert duck.events.export(None, d_out, fmt, cols) == pg.events.export(None, p_out, fmt, cols) == 3511
            if fmt == "csv":
                assert d_out.read_bytes() == p_out.read_bytes()
            else:
                import pyarrow.parquet as pq

                d_tab, p_tab = pq.read_table(d_out), pq.read_table(p_out)
                assert [f.type for f in d_tab.schema] == [f.type for f in p_tab.schema]  # NOT NULL aside
                assert d_tab.to_pylist() == p_tab.to_pylist()
    finally:
        duck.close()
        pg.close()


def test_two_ingests_at_once_both_land_whole_and_a_reader_never_sees_half(pg_url, tmp_path):
    from sahelwatch.store import open_store

    dyadic, ged = data_file(SHARED[1]), data_file(SHARED[3])
    whole = {"acled": {0, 2456}, "ucdp-ged": {0, 1000}}
    # their output goes to files, not pipes: a pipe nobody reads while they run would block a run that writes much
    logs = [(tmp_path / f"ingest-{k}.out", tmp_path / f"ingest-{k}.err") for k in range(2)]
    runs = []
    for p, (out, err) in zip((dyadic, ged), logs):
        with out.open("w") as o, err.open("w") as e:  # (each run keeps its own copy of the two files)
            runs.append(subprocess.Popen([sys.executable, "-m", "sahelwatch", "--db", pg_url, "ingest", str(p)],
                                         stdout=o, stderr=e, cwd=ROOT))
    seen = []
    with open_store(pg_url, read_only=True) as reader:
        while any(r.poll() is None for r in runs):
            counts = dict(reader.con.execute("SELECT source, count(*) FROM events GROUP BY source").fetchall())
            seen.append(counts)
            assert all(counts.get(s, 0) in ok for s, ok in whole.items()), counts
            time.sleep(0.05)
        outs = [(out.read_text(encoding="utf-8"), err.read_text(encoding="utf-8")) for out, err in logs]
        assert [r.returncode for r in runs] == [0, 0], outs
        final = dict(reader.con.execute("SELECT source, count(*) FROM events GROUP BY source").fetchall())
    assert final == {"acled": 2456, "ucdp-ged": 1000}
    assert len(seen) > 3  # the reader did look while the ingests ran


def test_dump_and_restore_keep_every_event_version_and_the_audit_chain(pg_cluster, pg_url, tmp_path):
    from sahelwatch.store import open_store

    with open_store(pg_url) as store:
        _ingest(store, tmp_path, data_file(SHARED[1]), data_file(SHARED[2]))
    for name in ("analyst-a", "analyst-b"):  # each account added is an entry of the hash-chained audit log
        r = _sahelwatch("--db", pg_url, "users", "add", name, "--role", "analyst")
        assert r.returncode == 0, r.stderr
    with open_store(pg_url, read_only=True) as store:
        versions, log, audit = _versions(store), store.ingest_log.entries(), store.audit.entries()
        changed = store.con.execute("SELECT min(event_id) FROM event_versions WHERE version = 2").fetchall()[0][0]
        history = store.versions.history(changed)
    assert len(versions) == 2456 + 445 and len(audit) == 2
    dump = tmp_path / "store.dump"
    pg_cluster.run("pg_dump", "--format=custom", f"--file={dump}", pg_url)
    restored = pg_cluster.create_database("restored")
    pg_cluster.run("pg_restore", "--exit-on-error", f"--dbname={restored}", str(dump))
    with open_store(restored, read_only=True) as store:
        assert _versions(store) == versions
        assert store.ingest_log.entries() == log
        assert store.versions.history(changed) == history  # the records verbatim, from the kept file
        assert store.audit.entries() == audit
    r = _sahelwatch("--db", restored, "audit", "verify")
    assert r.returncode == 0 and "intact: 2 entries" in r.stdout, r.stdout + r.stderr


def test_the_commands_take_a_postgresql_url_and_an_unreachable_server_is_a_clear_error(pg_url, tmp_path):
    # serve on PostgreSQL is no longer refused: tests/api runs the API on both backends
    r = _sahelwatch("--db", pg_url, "ingest", CHRONOLOGY)
    assert r.returncode == 0, r.stderr
    r = _sahelwatch("--db", pg_url, "--json", "stats")
    assert r.returncode == 0 and json.loads(r.stdout)["events"] > 80
    r = _sahelwatch("--db", pg_url.rsplit(":", 1)[0] + ":1/none", "stats")
    assert r.returncode == 2 and "cannot connect" in r.stderr and "Traceback" not in r.stderr


def test_people_and_case_keys_are_read_only_by_the_hr_part_acting_for_an_investigator(pg_cluster, tmp_path):
    """Row-level security: the application's role (an ordinary role owning the tables) reads no row of
    hr_people or hr_case_keys unless the session acts for an investigator, which only the hr part says, and
    for a read only when its caller is one."""
    import base64
    import os

    import psycopg

    from sahelwatch.hr.cases import CaseKeyUnreadable, read_case
    from sahelwatch.store import open_store

    with psycopg.connect(pg_cluster.url("postgres"), autocommit=True) as con:
        con.execute("CREATE ROLE app LOGIN")
        con.execute("CREATE DATABASE rls OWNER app")
    with psycopg.connect(pg_cluster.url("rls"), autocommit=True) as con:
        con.execute("CREATE EXTENSION postgis")  # an administrator's step: PostGIS needs a superuser
    app_url = pg_cluster.url("rls").replace("sahelwatch@", "app@")
    key = tmp_path / "master.key"
    key.write_text(base64.b64encode(os.urandom(32)).decode() + "\n", encoding="ascii")
    key.chmod(0o600)
    case = {"case_id": "invented-1", "event_id": None, "violation": "arbitrary_arrest", "date": "2020-02-03",
            "location": {"name": "Somewhere", "country": "Mali", "admin1": "Mopti", "latitude": 14.5, "longitude": -4.2},
            "alleged_perpetrator": "unidentified armed group", "victims": [{"name": "Invented Person", "age": 40}],
            "witnesses": [{"name": "Another Invented Person"}], "narrative": "Made up for a test of the database.",
            "sources": ["none"], "sensitivity": "restricted"}
    cases = tmp_path / "cases.json"
    cases.write_text(json.dumps([case]), encoding="utf-8")
    env = os.environ | {"SAHELWATCH_KEY_FILE": str(key)}
    r = subprocess.run([sys.executable, "-m", "sahelwatch", "--db", app_url, "hr", "import", str(cases)],
                       capture_output=True, text=True, cwd=ROOT, env=env, timeout=300)
    assert r.returncode == 0, r.stderr
    with open_store(app_url, read_only=True) as store:
        assert store.con.execute("SELECT count(*) FROM hr_people").fetchall()[0][0] == 0
        assert store.con.execute("SELECT count(*) FROM hr_case_keys").fetchall()[0][0] == 0
        assert store.con.execute("SELECT count(*) FROM hr_cases").fetchall()[0][0] == 1
        assert store.hr.get("invented-1")["people"] == [] and store.hr.wrapped_key("invented-1") is None
        with store.acting_for("analyst"):  # the hr part reads in the caller's name
            assert store.hr.get("invented-1")["people"] == [] and store.hr.wrapped_key("invented-1") is None
            with pytest.raises(CaseKeyUnreadable, match="acting for an investigator"):
                read_case(store, "invented-1")  # a whole read for a non-investigator is refused, not emptied
        with store.acting_for("hr_investigator"):
            assert len(store.hr.get("invented-1")["people"]) == 2
            assert store.hr.wrapped_key("invented-1") is not None
        assert store.con.execute("SELECT count(*) FROM hr_people").fetchall()[0][0] == 0  # only for the call
    with psycopg.connect(pg_cluster.url("rls")) as con:  # the superuser (no RLS) sees what was written
        assert con.execute("SELECT count(*) FROM sahelwatch.hr_people").fetchall()[0][0] == 2
