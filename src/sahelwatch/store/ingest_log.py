"""The ingest log, the rejected rows, and the source files kept so every event can show its row."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa

from ._sql import Part, UpsertResult


@dataclass(frozen=True)
class PackedFile:
    size: int
    chunk_size: int
    chunks: tuple[bytes, ...]


def pack_file(data: bytes, chunk_size: int = 8 << 20) -> PackedFile:
    """Compress a file's bytes in chunks (zstd), ready for :meth:`Store.save_source_file`.

    Pure computation with no database access, so callers may run it in a thread."""
    chunks = tuple(pa.compress(data[i: i + chunk_size], codec="zstd", asbytes=True)
                   for i in range(0, max(len(data), 1), chunk_size))
    return PackedFile(len(data), chunk_size, chunks)


def pack_path(path: Path | str, chunk_size: int = 8 << 20) -> PackedFile:
    """:func:`pack_file` of a file's bytes, read a chunk at a time (never whole in memory)."""
    chunks, size = [], 0
    with open(path, "rb") as f:
        while block := f.read(chunk_size):
            chunks.append(pa.compress(block, codec="zstd", asbytes=True))
            size += len(block)
    return PackedFile(size, chunk_size, tuple(chunks)) if chunks else pack_file(b"", chunk_size)



class IngestLog(Part):
    """One row per ingest of one file (``ingests``), its rejected rows (``rejections``) and the kept
    files (``source_files``)."""

    def begin(self, *, path: str, sha256: str, format: str, source: str | None, release: str | None,
              header: str, encoding: str, notes: str, snapshot: bool) -> str:
        # the clock, not DuckDB's now(): that is the transaction's start, the same for every file of a run
        started = dt.datetime.now(dt.timezone.utc)
        ingest_id = f"{started:%Y%m%dT%H%M%S}-{uuid.uuid4().hex[:8]}"
        self.con.execute(
            "INSERT INTO ingests (ingest_id, started_at, path, sha256, format, source, release, header, encoding, "
            "notes, snapshot, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'running')",
            [ingest_id, started, path, sha256, format, source, release, header, encoding, notes, snapshot],
        )
        return ingest_id

    def finish(self, ingest_id: str, *, read: int, result: UpsertResult, rejected: int,
               merged_rows: int, quarantine: str | None, status: str = "done") -> None:
        self.con.execute(
            "UPDATE ingests SET finished_at = ?, read = ?, inserted = ?, updated = ?, unchanged = ?, "
            "rejected = ?, deleted = ?, merged_rows = ?, quarantine = ?, status = ? WHERE ingest_id = ?",
            [dt.datetime.now(dt.timezone.utc), read, result.inserted, result.updated, result.unchanged, rejected, result.deleted, merged_rows,
             quarantine, status, ingest_id],
        )

    def record_rejections(self, ingest_id: str, rows: pa.Table) -> None:
        if rows.num_rows:
            self.con.register("_rej", rows)
            self.con.execute("INSERT INTO rejections SELECT ?, file, line, reason, raw FROM _rej", [ingest_id])
            self.con.unregister("_rej")

    def entries(self) -> list[dict]:
        out = self._dicts(self.con.execute("SELECT * FROM ingests ORDER BY started_at"))
        for r in out:
            r.pop("header", None)
        return out

    # ------------------------------------------------------------------ events
    def keep_file(self, sha256: str, path: str, packed: "PackedFile") -> bool:
        """Keep a file's bytes (see :func:`pack_file`) so events can point into it. Once per file."""
        with self.transaction():
            if self.con.execute("SELECT count(*) FROM source_files WHERE sha256 = ?", [sha256]).fetchall()[0][0]:
                return False
            t = pa.table({"chunk": pa.array(range(len(packed.chunks)), pa.int32()),
                          "data": pa.array(packed.chunks, pa.binary())})
            self.con.register("_chunks", t)
            try:
                self.con.execute("INSERT INTO source_file_chunks SELECT ?, chunk, data FROM _chunks", [sha256])
            finally:
                self.con.unregister("_chunks")
            self.con.execute("INSERT INTO source_files VALUES (?, ?, ?, 'zstd', ?, ?, now())",
                             [sha256, path, packed.size, packed.chunk_size, len(packed.chunks)])
        return True

    def forget_orphan_files(self) -> int:
        """Drop the kept files that no event version points into: left by an ingest that was killed
        after its file was kept (on a connection of its own) and before its events were committed."""
        with self.transaction():
            orphans = [r[0] for r in self.con.execute(
                "SELECT sha256 FROM source_files WHERE sha256 NOT IN "
                "(SELECT DISTINCT raw_sha256 FROM event_versions WHERE raw_sha256 IS NOT NULL)").fetchall()]
            if orphans:
                marks = ", ".join("?" for _ in orphans)
                self.con.execute(f"DELETE FROM source_file_chunks WHERE sha256 IN ({marks})", orphans)
                self.con.execute(f"DELETE FROM source_files WHERE sha256 IN ({marks})", orphans)
        return len(orphans)

    def forget_file(self, sha256: str) -> bool:
        """Drop a kept file that no event version points into (after its ingest failed)."""
        with self.transaction():
            if self.con.execute("SELECT EXISTS (SELECT 1 FROM event_versions WHERE raw_sha256 = ?)",
                                [sha256]).fetchall()[0][0]:
                return False
            self.con.execute("DELETE FROM source_file_chunks WHERE sha256 = ?", [sha256])
            self.con.execute("DELETE FROM source_files WHERE sha256 = ?", [sha256])
        return True
