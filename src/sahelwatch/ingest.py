"""Ingest: files in, events and aggregates stored, rejects quarantined, nothing lost.

For each file: detect the format, read, parse, validate, derive the spatial keys and actor ids,
and upsert into the store. Rejected rows go to one quarantine CSV per run, with the file, the
line and the reason, and to the database's ``rejections`` table.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

import pyarrow as pa

from .errors import InputError
from .sources import Checked, load
from .sources.reader import Reject
from .store import Store, pack_file

Progress = Callable[[str, float], None]  # (what is happening, fraction of the run done)


@dataclass(frozen=True)
class FileSummary:
    path: str
    format: str
    source: str | None
    release: str | None
    kind: str
    read: int
    inserted: int
    updated: int
    unchanged: int
    rejected: int
    deleted: int
    merged_rows: int
    notes: tuple[str, ...]


@dataclass(frozen=True)
class IngestSummary:
    files: tuple[FileSummary, ...]
    quarantine: str | None
    rejects: tuple[tuple[str, Reject], ...] = field(default=(), repr=False)

    def total(self, name: str) -> int:
        return sum(getattr(f, name) for f in self.files)

    def as_dict(self) -> dict:
        return {
            "files": [f.__dict__ | {"notes": list(f.notes)} for f in self.files],
            "read": self.total("read"),
            "inserted": self.total("inserted"),
            "updated": self.total("updated"),
            "unchanged": self.total("unchanged"),
            "rejected": self.total("rejected"),
            "deleted": self.total("deleted"),
            "quarantine": self.quarantine,
        }


def _sha256(path: Path) -> str:
    """The file's own hash (of its bytes as stored, compressed or not): its identity in the ingest log."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _snapshot_scope(good: pa.Table, source: str) -> dict:
    import pyarrow.compute as pc

    iso3 = [v for v in pc.unique(good.column("iso3")).to_pylist() if v]
    mm = pc.min_max(good.column("event_date")).as_py() if good.num_rows else {"min": None, "max": None}
    return {"source": source, "iso3": iso3, "since": mm["min"], "until": mm["max"]}


def ingest_files(
    store: Store,
    paths: Iterable[Path],
    *,
    fmt: str = "auto",
    release: str | None = None,
    today: dt.date,
    quarantine_dir: Path,
    snapshot: bool = False,
    derive: bool = True,
    encoding: str = "auto",
    progress: Progress | None = None,
) -> IngestSummary:
    """Ingest files into ``store``. A file that cannot be read at all raises :class:`InputError`
    before anything of it is written; row-level problems are quarantined."""
    paths = [Path(p) for p in paths]
    for p in paths:
        if not p.exists():
            raise InputError("no such file", path=str(p))
        if p.is_dir():
            raise InputError("is a folder, not a file", path=str(p))
    summaries: list[FileSummary] = []
    all_rejects: list[tuple[str, Reject]] = []
    step = 1.0 / max(len(paths), 1)
    pool = ThreadPoolExecutor(max_workers=1)
    for i, path in enumerate(paths):
        def tick(what: str, frac: float, i=i, path=path) -> None:
            if progress:
                progress(f"{path.name}: {what}", (i + frac) * step)

        tick("reading", 0.0)
        checked: Checked = load(path, fmt, release=release, today=today, encoding=encoding)
        batch = checked.batch
        good = checked.good
        by_offset = batch.raw.blob is not None and "__raw_offset__" in good.column_names
        # the source file is kept (compressed) so every event can show its row verbatim;
        # hashing and compression run beside the derivation
        sha_job = pool.submit(_sha256, path)
        blob_job = pool.submit(lambda b=batch.raw.blob: (hashlib.sha256(b).hexdigest(), pack_file(b))) \
            if by_offset else None
        tick("deriving keys", 0.4)
        if batch.kind == "events" and derive and good.num_rows:
            from .derive import derive_columns
            from .geo.boundaries import stored_boundaries

            good = derive_columns(good, boundaries=stored_boundaries(store.con))
        tick("storing", 0.7)
        ingest_id = store.begin_ingest(
            path=str(path), sha256=sha_job.result(), format=batch.format, source=batch.source,
            release=batch.release, header=",".join(batch.raw.columns), encoding=batch.raw.encoding,
            notes="; ".join(batch.raw.notes), snapshot=snapshot,
        )
        if batch.kind == "events":
            scope = _snapshot_scope(good, batch.source) if snapshot else None
            raw_sha = None
            if blob_job is not None:
                raw_sha, packed = blob_job.result()
                store.save_source_file(raw_sha, str(path), packed)
            result = store.upsert_events(ingest_id, good, file=str(path), snapshot=snapshot,
                                         snapshot_scope=scope, raw_sha256=raw_sha)
        else:
            result = store.upsert_aggregates(ingest_id, good, file=str(path))
        rejects = checked.rejects
        store.record_rejections(
            ingest_id,
            pa.table({
                "file": pa.array([str(path)] * len(rejects), pa.string()),
                "line": pa.array([r.line for r in rejects], pa.int64()),
                "reason": pa.array([r.reason for r in rejects], pa.string()),
                "raw": pa.array([r.raw for r in rejects], pa.string()),
            }),
        )
        read = good.num_rows + len(rejects) + batch.merged_rows
        store.finish_ingest(ingest_id, read=read, result=result, rejected=len(rejects),
                            merged_rows=batch.merged_rows, quarantine=None)
        all_rejects += [(str(path), r) for r in rejects]
        summaries.append(
            FileSummary(str(path), batch.format, batch.source, batch.release, batch.kind, read,
                        result.inserted, result.updated, result.unchanged, len(rejects), result.deleted,
                        batch.merged_rows, batch.raw.notes)
        )
        tick("done", 1.0)
    pool.shutdown()
    quarantine = write_quarantine(quarantine_dir, all_rejects) if all_rejects else None
    if quarantine:
        store.con.execute(
            "UPDATE ingests SET quarantine = ? WHERE quarantine IS NULL AND rejected > 0", [quarantine]
        )
    return IngestSummary(tuple(summaries), quarantine, tuple(all_rejects))


def write_quarantine(folder: Path, rejects: list[tuple[str, Reject]]) -> str:
    """One CSV per run: file, line, reason, and the record verbatim."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S%f")
    out = folder / f"rejected-{stamp}.csv"
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["file", "line", "reason", "raw"])
        for path, r in rejects:
            w.writerow([path, r.line, r.reason, r.raw])
    return str(out)
