"""Place and actor-set derived columns are stored once per distinct value and joined back into
``events``; recomputing or enriching them never makes a new version, and an older database
migrates with its values intact."""

from __future__ import annotations

import pyarrow as pa

from sahelwatch.model import DERIVED_COLUMNS
from sahelwatch.store import open_store
from sahelwatch.store.migrations import ACTOR_SET_COLUMNS, MIGRATIONS, PLACE_COLUMNS


def test_places_and_actor_sets_are_stored_once_and_joined_back(store, ingest, shared):
    ingest(shared("acled/acled_mali_dyadic_1997-2018.csv"))
    n_events, n_places, n_sets = store.con.execute(
        "SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM event_places), "
        "(SELECT count(*) FROM event_actor_sets)").fetchall()[0]
    assert n_events > 1000
    assert 0 < n_places < n_events / 2 and 0 < n_sets < n_events / 2
    # every event finds its place and actor set, and they carry values
    missing, with_h3, with_actor = store.con.execute(
        "SELECT count(*) FILTER (h3 IS NULL AND latitude IS NOT NULL), count(h3), count(actor1_ids) FROM events"
    ).fetchall()[0]
    assert missing == 0 and with_h3 == n_events and with_actor > 0.9 * n_events
    cols = {r[0] for r in store.con.execute("DESCRIBE events").fetchall()}
    assert set(DERIVED_COLUMNS) <= cols and not {"place_key", "actor_key"} & cols


def test_rederive_updates_side_columns_in_place_without_new_versions(store, ingest, shared):
    from sahelwatch.derive import rederive_store

    ingest(shared("acled/acled_mali_dyadic_1997-2018.csv"))
    before = store.con.execute("SELECT count(*) FROM event_versions").fetchall()[0][0]
    event_id = store.con.execute("SELECT event_id FROM events ORDER BY event_id LIMIT 1").fetchall()[0][0]
    h3, ids = store.con.execute("SELECT h3, actor1_ids FROM events WHERE event_id = ?", [event_id]).fetchall()[0]
    # an update that changes one event's place and actor set, as a registry or boundary change would
    store.versions.update_derived(pa.table({"event_id": [event_id], "h3": ["857a4a3bfffffff"],
                                   "actor1_ids": pa.array([["test-actor"]], pa.list_(pa.string()))}))
    got = store.con.execute("SELECT h3, actor1_ids, admin1_norm IS NOT NULL FROM events WHERE event_id = ?",
                            [event_id]).fetchall()[0]
    assert got == ("857a4a3bfffffff", ["test-actor"], True)  # the columns not given keep their values
    n = rederive_store(store)
    assert n == store.events.count()
    assert store.con.execute("SELECT h3, actor1_ids FROM events WHERE event_id = ?", [event_id]).fetchall()[0] \
        == (h3, ids)
    assert store.con.execute("SELECT count(*) FROM event_versions").fetchall()[0][0] == before


def test_per_event_coding_is_kept_per_event(store, ingest, shared):
    ingest(shared("acled/acled_mali_dyadic_1997-2018.csv"))
    a, b = [r[0] for r in store.con.execute("SELECT event_id FROM events ORDER BY event_id LIMIT 2").fetchall()]
    store.versions.update_derived(pa.table({"event_id": [a], "derived_tactic": ["ambush"]}))
    got = dict(store.con.execute("SELECT event_id, derived_tactic FROM events WHERE event_id IN (?, ?)",
                                 [a, b]).fetchall())
    assert got[a] == "ambush" and got[b] != "ambush"
    assert store.versions.history(a)[-1]["derived_tactic"] == "ambush"
    assert "h3" in store.versions.history(a)[-1]


def test_a_database_from_before_side_tables_migrates_with_its_values(tmp_path):
    import duckdb

    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, description VARCHAR, "
                "applied_at TIMESTAMP WITH TIME ZONE)")
    for version, description, sql in MIGRATIONS:
        if version < 7:
            con.execute(sql)
            con.execute("INSERT INTO schema_migrations VALUES (?, ?, now())", [version, description])
    rows = [("acled:A1", "MLI", "gao", ["jnim"]), ("acled:A2", "MLI", "gao", ["jnim"]),
            ("acled:A3", "MLI", "mopti", None)]
    for eid, iso3, admin1_norm, ids in rows:
        con.execute(
            "INSERT INTO event_versions (event_id, source, source_event_id, iso3, content_hash, version, "
            "is_current, deleted, valid_from, ingested_at, admin1_norm, h3, actor1_ids, derived_tactic) "
            "VALUES (?, 'acled', ?, ?, 1, 1, true, false, 'i1', now(), ?, 'h-' || ?, ?, 'ambush')",
            [eid, eid[6:], iso3, admin1_norm, admin1_norm, ids])
    con.close()
    with open_store(path) as s:
        assert s.schema_version() == MIGRATIONS[-1][0]
        got = s.con.execute("SELECT event_id, admin1_norm, h3, actor1_ids, derived_tactic FROM events "
                            "ORDER BY event_id").fetchall()
        assert got == [("acled:A1", "gao", "h-gao", ["jnim"], "ambush"),
                       ("acled:A2", "gao", "h-gao", ["jnim"], "ambush"),
                       ("acled:A3", "mopti", "h-mopti", None, "ambush")]
        assert s.con.execute("SELECT count(*) FROM event_places").fetchall()[0][0] == 2
        stored = {r[0] for r in s.con.execute("DESCRIBE event_versions").fetchall()}
        assert not (set(PLACE_COLUMNS) | set(ACTOR_SET_COLUMNS)) & stored


def test_keys_from_shared_dictionaries_equal_the_per_row_keys(tmp_path, shared):
    """Ingest keys places and actor sets on the dictionaries of the compact derived columns; the
    same events given as plain columns are keyed row by row. Both must give the same keys."""
    import datetime as dt

    from sahelwatch.derive import derive_columns
    from sahelwatch.sources import load_slices

    path = shared("acled/acled_mali_dyadic_1997-2018.csv")
    good = next(load_slices(path, "auto", release=None, today=dt.date(2026, 1, 1))).good
    compact = derive_columns(good, compact=True)
    plain = derive_columns(good, compact=False)
    assert pa.types.is_dictionary(compact.schema.field("h3").type)
    keys = {}
    for name, table in (("compact", compact), ("plain", plain)):
        with open_store(tmp_path / f"{name}.duckdb") as s:
            s.versions.upsert("i1", table, file=str(path))
            keys[name] = s.con.execute(
                "SELECT event_id, place_key, actor_key FROM event_versions ORDER BY event_id").fetchall()
            keys[name + "_sides"] = s.con.execute(
                "SELECT (SELECT list(place_key ORDER BY place_key) FROM event_places), "
                "(SELECT list(actor_key ORDER BY actor_key) FROM event_actor_sets)").fetchall()
    assert len(keys["compact"]) == good.num_rows
    assert keys["compact"] == keys["plain"]
    assert keys["compact_sides"] == keys["plain_sides"]
