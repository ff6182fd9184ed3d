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
        stored = {r[0] for r in store.con.execute("SELECT line FROM events").fetchall()}
    rejected = {r.line for _, r in s.rejects}
    assert all(r.reason for _, r in s.rejects)
    if kind != "monadic":  # a monadic event keeps the line of its first row only
        assert stored | rejected == set(records), "every line is a stored event or a rejected row"
    if f.rejected:
        with open(s.quarantine, encoding="utf-8", newline="") as fh:
            assert sum(1 for _ in csv.DictReader(fh)) == f.rejected


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
