"""Ingest: files in, events and aggregates stored, rejects quarantined, nothing lost.

The contract (ADR 0006):

- every file is opened and its format found before anything is written (:func:`check_files`), so
  an unreadable file or an unknown layout among good files writes nothing (exit 2);
- a run is one transaction: it is stored whole, or (on any error, or a process killed at any
  point) not at all, and running it again gives the full result;
- for each file: read, parse, validate, derive the spatial keys and actor ids, and upsert. Rejected
  rows go to the run's quarantine CSV (file, line, reason, the record verbatim), written file by
  file in a ``finally`` so that no reject is lost when a later file fails, and to the database's
  ``rejections`` table. Each ingest row names the quarantine file of its own run.
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
import pyarrow.compute as pc

from .errors import InputError
from .sources import load_slices
from .sources.reader import Reject
from .store import Store, UpsertResult, pack_file, pack_path

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


def _is_plain_csv(path: Path) -> bool:
    """A CSV file as written (not gzipped): its bytes are likely to be its own blob."""
    if not path.name.lower().endswith((".csv", ".tsv", ".txt")):
        return False
    try:
        with open(path, "rb") as f:
            return f.read(2) != b"\x1f\x8b"
    except OSError:
        return False


@dataclass(frozen=True)
class CheckedFile:
    path: Path
    format: str


def check_files(paths: Iterable[Path | CheckedFile], fmt: str = "auto") -> list[CheckedFile]:
    """Open every file and find its format, before anything is written. Raises :class:`InputError`
    naming the first file that is missing, a folder, unreadable, or of no known layout. Files
    checked already are passed through (a workbook is not read twice)."""
    from .sources import resolve_format

    out = []
    for p in paths:
        if isinstance(p, CheckedFile):
            out.append(p)
            continue
        p = Path(p)
        if not p.exists():
            raise InputError("no such file", path=str(p))
        if p.is_dir():
            raise InputError("is a folder, not a file", path=str(p))
        try:
            with open(p, "rb") as f:
                f.read(1)
        except OSError as e:
            raise InputError(f"cannot read the file: {e.strerror or e}", path=str(p)) from None
        out.append(CheckedFile(p, resolve_format(p, fmt).name))
    return out


class Quarantine:
    """The run's quarantine CSV (file, line, reason, raw), created with the first reject and
    appended to file by file, so that what is written stays written when a later file fails."""

    def __init__(self, folder: Path):
        stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S%f")
        self.folder, self.file = folder, folder / f"rejected-{stamp}.csv"
        self.written = 0

    @property
    def path(self) -> str | None:
        return str(self.file) if self.written else None

    def add(self, source: Path, rejects: list[Reject]) -> None:
        if not rejects:
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        with open(self.file, "a", newline="", encoding="utf-8") as f:
            w = csv.writer(f)
            if not self.written:
                w.writerow(["file", "line", "reason", "raw"])
            for r in sorted(rejects, key=lambda r: r.line):
                w.writerow([str(source), r.line, r.reason, r.raw])
        self.written += len(rejects)


def ingest_files(
    store: Store,
    paths: Iterable[Path | CheckedFile],
    *,
    fmt: str = "auto",
    release: str | None = None,
    today: dt.date,
    quarantine_dir: Path,
    snapshot: bool = False,
    derive: bool = True,
    encoding: str = "auto",
    slice_rows: int = 2_000_000,
    progress: Progress | None = None,
) -> IngestSummary:
    """Ingest files into ``store``, in one transaction: all of them are stored, or none.

    Every file is checked first (:func:`check_files`): a file that cannot be read or whose layout is
    unknown raises :class:`InputError` before anything is written. Row-level problems are
    quarantined; the quarantine CSV keeps the rejects of every file read, even when a later file
    fails and the run is rolled back."""
    files = check_files(paths, fmt)
    summaries: list[FileSummary] = []
    all_rejects: list[tuple[str, Reject]] = []
    quarantine = Quarantine(quarantine_dir)
    step = 1.0 / max(len(files), 1)
    kept: list = []  # the jobs that keep source files, on connections of their own
    pool = ThreadPoolExecutor(max_workers=1)
    ok = False
    try:
        store.ingest_log.forget_orphan_files()  # left by a run that was killed
        with store.transaction():
            for i, checked in enumerate(files):
                path = checked.path

                def tick(what: str, frac: float, i=i, path=path) -> None:
                    if progress:
                        progress(f"{path.name}: {what}", (i + min(frac, 1.0)) * step)

                tick("reading", 0.0)
                rejects: list[Reject] = []
                try:
                    summary = _ingest_one(store, path, pool, tick, rejects, kept, quarantine.file, fmt=checked.format,
                                          release=release, today=today, snapshot=snapshot, derive=derive,
                                          encoding=encoding, slice_rows=slice_rows)
                finally:
                    quarantine.add(path, rejects)
                    all_rejects += [(str(path), r) for r in sorted(rejects, key=lambda r: r.line)]
                summaries.append(summary)
                tick("done", 1.0)
        ok = True
    except InputError as e:
        if not quarantine.written:
            raise
        raise InputError(f"{e.reason}. Nothing was stored; the rows rejected before it are kept in "
                         f"{quarantine.path}", path=e.path, line=e.line) from None
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        if not ok:
            for job in kept:  # the run is rolled back: so are the files it kept
                if not job.cancelled() and job.exception() is None:
                    store.ingest_log.forget_file(job.result())
    return IngestSummary(tuple(summaries), quarantine.path, tuple(all_rejects))


def _ingest_one(store: Store, path: Path, pool: ThreadPoolExecutor, tick, rejects: list[Reject], kept: list,
                quarantine: Path, *, fmt: str, release: str | None, today: dt.date, snapshot: bool, derive: bool,
                encoding: str, slice_rows: int) -> FileSummary:
    """One file, slice by slice, inside the run's transaction. Its rejects are added to ``rejects``
    as they are found; the job that keeps the file's bytes is added to ``kept``."""
    # The source file is kept (compressed) so every event can show its row verbatim. A plain CSV
    # file is usually its own blob (no gzip, BOM or re-encoding), so it is hashed and compressed at
    # once, on the other core, while this thread reads it; it is stored (on a connection of its
    # own) once the file has been read, beside the derivation and the slices.
    sha_job = pool.submit(_sha256, path)
    early = pool.submit(pack_path, path) if _is_plain_csv(path) else None
    slices = load_slices(path, fmt, release=release, today=today, encoding=encoding, slice_rows=slice_rows)
    try:
        first = next(slices)  # reading the file happens here
    except BaseException:
        if early is not None:
            early.cancel()
        raise
    batch, raw = first.batch, first.batch.raw
    by_offset = raw.blob is not None and "__raw_offset__" in first.good.column_names
    # read as it is (no gzip, no BOM, no re-encoding): the file's bytes are the blob
    same_bytes = (by_offset and raw.encoding == "utf-8" and len(raw.blob) == path.stat().st_size
                  and raw.blob[:2] != b"\x1f\x8b")
    keep = blob_sha = None
    if same_bytes and early is not None:
        blob_sha, packed = sha_job, early
    else:
        if early is not None:
            early.cancel()
        if by_offset:
            blob_sha = pool.submit(lambda b=raw.blob: hashlib.sha256(b).hexdigest())
            packed = pool.submit(pack_file, raw.blob)
    if blob_sha is not None:
        def keep(sha=blob_sha, packed=packed):
            return pool.submit(_keep_file, store.sibling(), sha, path, packed)
    info = dict(kind=batch.kind, format=batch.format, source=batch.source, release=batch.release,
                header=",".join(raw.columns), encoding=raw.encoding, notes=raw.notes)
    n_total = raw.table.num_rows if batch.merged_rows == 0 else batch.table.num_rows
    del batch, raw
    boundaries = None
    if info["kind"] == "events" and derive:
        from .geo.boundaries import stored_boundaries

        boundaries = stored_boundaries(store)
    box = [first]
    del first
    return _store_slices(store, path, box, slices, tick, info, n_total, boundaries, sha_job, blob_sha,
                         keep, kept, rejects, str(quarantine), snapshot=snapshot, derive=derive)


def _keep_file(side: Store, sha_job, path: Path, pack_job) -> str:
    """Store the packed file under the hash ``sha_job`` gives, in a transaction of the ``side``
    connection (the caller's own connection goes on with its transaction meanwhile)."""
    try:
        sha = sha_job.result()
        side.ingest_log.keep_file(sha, str(path), pack_job.result())
        return sha
    finally:
        side.close()


def _store_slices(store: Store, path: Path, box: list, slices, tick, info: dict, n_total: int, boundaries,
                  sha_job, blob_sha, keep, kept: list, rejects: list[Reject], quarantine: str, *, snapshot: bool,
                  derive: bool) -> FileSummary:
    """The slices of one file (the first handed over in ``box``), in the run's transaction. ``keep()``
    starts storing the kept file; it is called once the first slice's raw strings are freed, and
    its job is put in ``kept``. Rejects are added to ``rejects`` slice by slice."""
    from .derive import derive_columns

    totals = {"inserted": 0, "updated": 0, "unchanged": 0, "deleted": 0}
    n_good = merged = 0
    job = None
    scope = {"source": info["source"], "iso3": set(), "since": None, "until": None}
    with store.transaction():
        ingest_id = store.ingest_log.begin(
            path=str(path), sha256=sha_job.result(), format=info["format"], source=info["source"],
            release=info["release"], header=info["header"], encoding=info["encoding"],
            notes="; ".join(info["notes"]), snapshot=snapshot,
        )
        raw_sha = blob_sha.result() if blob_sha is not None else None
        stored_before: dict[str, bool] = {}
        done = 0
        for checked in _chain(box, slices):
            good, n_rows = checked.good, checked.batch.table.num_rows
            rejects += checked.rejects
            merged += checked.batch.merged_rows
            done += n_rows
            del checked  # keep only the good rows: the raw strings can go,
            pa.default_memory_pool().release_unused()  # and their memory back to the system now
            if keep is not None and job is None:
                job = keep()
                kept.append(job)
            if info["kind"] == "events":
                if derive and good.num_rows:
                    good = derive_columns(good, boundaries=boundaries, compact=True)
                if snapshot:
                    _widen_scope(scope, good)
                # a source first seen in this slice is judged as it was before this ingest began
                sources = pc.unique(good.column("source")).to_pylist()
                for src in sources:
                    if src not in stored_before:
                        stored_before[src] = store.events.has_source(src)
                fresh = not any(stored_before[src] for src in sources)
                r = store.versions.upsert(ingest_id, good, file=str(path), raw_sha256=raw_sha, fresh=fresh,
                                          track_ids=snapshot)
            else:
                r = store.aggregates.upsert(ingest_id, good, file=str(path))
            n_good += good.num_rows
            for k in ("inserted", "updated", "unchanged"):
                totals[k] += getattr(r, k)
            del good
            tick(f"stored {done:,} of {n_total:,} rows", 0.1 + 0.9 * done / max(n_total, 1))
        if job is not None:
            job.result()
        if snapshot and info["kind"] == "events":
            scope["iso3"] = sorted(scope["iso3"])
            totals["deleted"] = store.versions.mark_missing_deleted(ingest_id, scope)
        store.ingest_log.record_rejections(
            ingest_id,
            pa.table({
                "file": pa.array([str(path)] * len(rejects), pa.string()),
                "line": pa.array([r.line for r in rejects], pa.int64()),
                "reason": pa.array([r.reason for r in rejects], pa.string()),
                "raw": pa.array([r.raw for r in rejects], pa.string()),
            }),
        )
        read = n_good + len(rejects) + merged
        result = UpsertResult(totals["inserted"], totals["updated"], totals["unchanged"], totals["deleted"])
        store.ingest_log.finish(ingest_id, read=read, result=result, rejected=len(rejects), merged_rows=merged,
                                quarantine=quarantine if rejects else None)
    return FileSummary(str(path), info["format"], info["source"], info["release"], info["kind"], read,
                          result.inserted, result.updated, result.unchanged, len(rejects), result.deleted,
                          merged, info["notes"])


def _chain(box: list, rest):
    """The first slice (handed over, not kept), then the others."""
    yield box.pop()
    yield from rest


def _widen_scope(scope: dict, good: pa.Table) -> None:
    scope["iso3"].update(v for v in pc.unique(good.column("iso3")).to_pylist() if v)
    if good.num_rows:
        mm = pc.min_max(good.column("event_date")).as_py()
        scope["since"] = min(filter(None, [scope["since"], mm["min"]]), default=None)
        scope["until"] = max(filter(None, [scope["until"], mm["max"]]), default=None)
