"""A corpus of more than 10,000 damaged real rows, built at test time from the shared exports (never
stored): random fields, truncation, invalid UTF-8, stray quotes, huge numbers and control
characters. Ingesting it never raises; every record read is stored or quarantined with its line and
reason; and the command exits 0 or 1, without a traceback.

The corpus is seeded: it is the same on every run.
"""

from __future__ import annotations

import csv
import gzip
import json
import os
import random
import subprocess
import sys

import pytest

from tests.conftest import ROOT, TODAY, data_file
from tests.sources.mutations import damaged_csv, mutate_fields, physical_records

SEED = 20261206
SOURCES = {
    "dyadic": "acled/acled_mali_dyadic_1997-2018.csv",
    "monadic": "acled/acled_mali_monadic_2017-2018.csv",
    "legacy": "acled/acled_legacy_2016_mali.csv",
    "ged": "ucdp/ged231_global_sample_1000.csv",
}


def _json_records(rng: random.Random, path) -> tuple[list[dict], int]:
    """The records of the CSV file ``path``, most with damaged values: (records, damaged)."""
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    header, rows = rows[0], rows[1:]
    records, damaged = [], 0
    for r in rows:
        if rng.random() < 0.9:
            r = mutate_fields(rng, r)
            damaged += 1
        records.append(dict(zip(header, r)))
    return records, damaged


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """Files of damaged rows: (path, kind, data lines or records, damaged rows)."""
    folder = tmp_path_factory.mktemp("corpus")
    rng = random.Random(SEED)
    files = []
    for name, rel in SOURCES.items():
        data = data_file(rel).read_bytes()
        _, rows = physical_records(data)
        n = max(len(rows), 600)
        for container in ("csv", "csv.gz"):
            body, damaged = damaged_csv(rng, data, n, share=0.9)
            stem = "ged231_damaged" if name == "ged" else f"{name}_damaged"
            path = folder / f"{stem}.{container}"
            path.write_bytes(gzip.compress(body) if container == "csv.gz" else body)
            lines = body.split(b"\n")
            nonblank = [i + 1 for i in range(1, len(lines)) if lines[i].strip(b"\r\t ")]
            files.append((path, name, nonblank, damaged))
    for name, key in (("dyadic", "data"), ("ged", "Result")):
        src = data_file(SOURCES[name])
        records, damaged = _json_records(rng, src)
        doc = {"data": records} if key == "data" else {"TotalCount": len(records), "Result": records}
        path = folder / ("ged231_api.json" if name == "ged" else "acled_api.json")
        path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        files.append((path, name + "-json", list(range(1, len(records) + 1)), damaged))
    return files


N_FILES = 10  # four exports, each as .csv and .csv.gz, and two API responses


def test_the_corpus_holds_more_than_ten_thousand_damaged_rows(corpus):
    assert len(corpus) == N_FILES
    assert sum(f[3] for f in corpus) >= 10_000


@pytest.mark.parametrize("k", range(N_FILES))
def test_every_damaged_row_is_stored_or_quarantined(tmp_path, corpus, k):
    from sahelwatch.ingest import ingest_files
    from sahelwatch.store import open_store

    path, kind, records, _ = corpus[k]
    with open_store(tmp_path / "fuzz.duckdb") as store:
        s = ingest_files(store, [path], today=TODAY, quarantine_dir=tmp_path / "q")
        f = s.files[0]
        assert f.read == f.inserted + f.updated + f.unchanged + f.rejected + f.merged_rows
        assert f.read == len(records), "every record of the file is read"
        assert store.events.count() == f.inserted
        assert store.con.execute("SELECT count(*) FROM rejections").fetchall()[0][0] == f.rejected
        events = store.con.execute("SELECT line, raw FROM events").fetchall()
    stored = {line for line, _ in events}
    rejected = {r.line for _, r in s.rejects}
    assert all(r.reason for _, r in s.rejects)
    # a monadic event keeps the line of its first row; the line of the row merged into it is found by its text
    merged = _merged_lines(path, events, stored | rejected) if kind == "monadic" else set()
    assert len(merged) == f.merged_rows
    assert stored | rejected | merged == set(records), "every line is a stored event, a rejected or a merged row"
    if f.rejected:
        with open(s.quarantine, encoding="utf-8", newline="") as fh:
            assert sum(1 for _ in csv.DictReader(fh)) == f.rejected


def _lines(path) -> list[bytes]:
    """The physical lines of a corpus file (index 0 is line 1)."""
    data = path.read_bytes()
    return (gzip.decompress(data) if path.name.endswith(".gz") else data).split(b"\n")


def _merged_lines(path, events, taken: set[int]) -> set[int]:
    """The lines of the rows merged into stored events: the second record of an event's verbatim text, matched
    to the first line after the event's own that holds that text and is no other row's (corpus records are
    one line each, and the same record may be drawn twice)."""
    by_text: dict[str, list[int]] = {}
    for i, line in enumerate(_lines(path)[1:], 2):
        by_text.setdefault(line.decode("utf-8", "replace").rstrip("\r"), []).append(i)
    merged: set[int] = set()
    for line, raw in sorted(events):
        parts = raw.split("\n")
        assert len(parts) <= 2, "a monadic event holds at most two rows"
        if len(parts) == 2:
            hit = next(i for i in by_text[parts[1]] if i > line and i not in taken and i not in merged)
            merged.add(hit)
    return merged


@pytest.mark.parametrize("k", [2 * list(SOURCES).index("monadic") + c for c in (0, 1)])  # its .csv and .csv.gz
def test_every_row_merged_into_a_monadic_event_is_a_good_row_that_agrees_with_the_other(tmp_path, corpus, k):
    """A merged event is made of two rows that each pass alone and agree on every field but the actor's:
    the first and the second records of the stored events, each written to a file of their own (one row per
    id), read with no reject, and the two read alike but for actor1, assoc_actor_1 and inter1."""
    from sahelwatch.sources import load

    path, kind, _, _ = corpus[k]
    assert kind == "monadic"
    checked = load(path, today=TODAY)
    header = _lines(path)[0]
    pairs = [r.split("\n") for r in checked.good.column("__raw__").to_pylist()]
    pairs = [p for p in pairs if len(p) == 2]
    assert len(pairs) == checked.batch.merged_rows > 0
    alone = []
    for n, which in enumerate((0, 1)):
        part = tmp_path / f"part{n}.csv"
        part.write_bytes(b"\n".join([header, *(p[which].encode("utf-8") for p in pairs)]) + b"\n")
        got = load(part, "acled-monadic", today=TODAY)
        assert not got.rejects, [r.reason for r in got.rejects][:5]
        alone.append({r["event_id"]: r for r in got.good.to_pylist()})
    actor = {"actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "release", "__line__",
             "__raw__"}
    for eid, first in alone[0].items():
        second = alone[1][eid]
        differ = [c for c in first if c not in actor and first[c] != second[c]]
        assert not differ, (eid, differ)


def test_the_command_exits_0_or_1_without_a_traceback(tmp_path, corpus):
    paths = [c[0] for c in corpus if c[1] in ("dyadic", "ged-json")]
    env = os.environ | {"SAHELWATCH_TODAY": TODAY.isoformat(), "CI": "1"}
    r = subprocess.run([sys.executable, "-m", "sahelwatch", "--db", str(tmp_path / "cli.duckdb"), "--json", "ingest",
                        *map(str, paths)], capture_output=True, text=True, cwd=ROOT, env=env)
    assert r.returncode in (0, 1), r.stderr
    assert "Traceback" not in r.stderr
    out = json.loads(r.stdout)
    assert out["read"] == out["inserted"] + out["updated"] + out["unchanged"] + out["rejected"] + sum(
        f["merged_rows"] for f in out["files"])
