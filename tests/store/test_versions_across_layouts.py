"""A change of layout is not a change of the event: the same events read from ACLED's monadic
layout (one row per actor) make no new versions of events stored from the dyadic layout."""

from __future__ import annotations

import csv

from sahelwatch.model import CONTENT_COLUMNS
from tests.conftest import data_file

DYADIC = "acled/acled_mali_dyadic_1997-2018.csv"
MONADIC = "acled/acled_mali_monadic_2017-2018.csv"


def _monadic_of(dyadic, out):
    """The dyadic export rewritten in the monadic layout: one row per actor, the second actor's
    row carrying it as actor1."""
    with open(dyadic, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    drop = {"Unnamed: 0", "actor2", "assoc_actor_2", "inter2"}
    names = [c for c in rows[0] if c not in drop]
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, names, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow(r)
            if r["actor2"]:
                w.writerow(r | {"actor1": r["actor2"], "assoc_actor_1": r["assoc_actor_2"], "inter1": r["inter2"]})
    return out


def test_the_same_export_in_the_monadic_layout_makes_no_new_versions(store, ingest, tmp_path):
    first = ingest(data_file(DYADIC)).files[0]
    again = ingest(_monadic_of(data_file(DYADIC), tmp_path / "monadic.csv")).files[0]
    assert again.format == "acled-monadic" and again.release == first.release
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, first.inserted)
    assert store.con.execute("SELECT count(*) FROM event_versions WHERE version > 1").fetchall()[0][0] == 0


def test_a_later_monadic_export_makes_versions_only_where_a_field_differs(store, ingest):
    ingest(data_file(DYADIC))
    later = ingest(data_file(MONADIC)).files[0]
    cols = ", ".join(CONTENT_COLUMNS)
    changed = [r[0] for r in store.con.execute("SELECT event_id FROM event_versions WHERE version = 2").fetchall()]
    assert len(changed) == later.updated > 0
    for event_id in changed:
        old, new = store.con.execute(
            f"SELECT {cols} FROM event_versions_full WHERE event_id = ? ORDER BY version", [event_id]).fetchall()
        differ = {c for c, a, b in zip(CONTENT_COLUMNS, old, new) if a != b}
        assert differ - {"inter2"}, f"{event_id}: only the layout's inter2 differs"
        # an event with no second actor keeps inter code 0, as the dyadic layout writes it
        if "inter2" in differ:
            assert new[CONTENT_COLUMNS.index("inter2")] is not None


def test_history_gives_every_version_its_record_verbatim(store, ingest):
    ingest(data_file(DYADIC))
    ingest(data_file(MONADIC))
    event_id = store.con.execute("SELECT event_id FROM event_versions WHERE version = 2 ORDER BY event_id LIMIT 1"
                                 ).fetchall()[0][0]
    source_id = event_id.split(":", 1)[1]
    versions = store.versions.history(event_id)
    assert [v["version"] for v in versions] == [1, 2]
    dyadic_lines = data_file(DYADIC).read_text(encoding="utf-8").split("\n")
    assert versions[0]["raw"] == dyadic_lines[versions[0]["line"] - 1].rstrip("\r")
    assert f",{source_id}," in versions[1]["raw"]
    assert all(v["raw"] == store.versions.raw_record(event_id, v["version"]) for v in versions)
