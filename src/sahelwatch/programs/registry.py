"""The program registry: ``programs import`` (files in, programs and areas stored, bad rows
quarantined), ``programs list`` and ``programs show``.

Import follows the ingest contract of events: every file is opened and its format found before
anything is written; rows a reader cannot use, rows whose dates are wrong (unreadable, outside
1960-2060, an end before the start) and rows whose area matches no admin2 unit go to the run's
quarantine CSV and the ``rejections`` table, with file, line and reason (the same
:class:`~sahelwatch.ingest.Quarantine` as events); the rest is stored. Contact columns never
reach a row (see :mod:`.records`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

import pyarrow as pa

from ..errors import InputError, NotFoundError
from ..geo.country_codes import country_to_iso3
from ..sources.reader import Reject
from .areas import AreaMatcher, iso3_of_pcode
from .iati import read_iati_json, read_iati_xml
from .ocha3w import program_id_for, read_3w
from .program_csv import is_program_csv, read_program_csv
from .records import ProgramRow, ReadResult, parse_date, status_of
from .sectors import classify

FORMATS = ("ocha-3w", "iati-xml", "iati-json", "sahelwatch-programs")


def detect_format(path: Path) -> str:
    """The format of a program file, from its name and first bytes."""
    if not path.exists():
        raise InputError("no such file", path=str(path))
    if path.is_dir():
        raise InputError("is a folder, not a file", path=str(path))
    suffix = path.suffix.lower()
    try:
        with open(path, "rb") as f:
            head = f.read(4096)
    except OSError as e:
        raise InputError(f"cannot read the file: {e.strerror or e}", path=str(path)) from None
    if suffix == ".xml" or head.lstrip(b"\xef\xbb\xbf \r\n\t").startswith(b"<"):
        if b"iati-activit" not in head:
            raise InputError("an XML file without iati-activities", path=str(path))
        return "iati-xml"
    if suffix == ".json":
        return "iati-json"
    if suffix in (".xlsx", ".xlsm"):
        return "ocha-3w"
    if suffix in (".csv", ".tsv", ".txt"):
        first = head.decode("utf-8-sig", errors="replace").splitlines()[:1]
        return "sahelwatch-programs" if first and is_program_csv(first[0].split(",")) else "ocha-3w"
    raise InputError("not a program file (.xlsx or .csv 3W table, IATI .xml or .json, program .csv)",
                     path=str(path))


_READERS = {"ocha-3w": read_3w, "iati-xml": read_iati_xml, "iati-json": read_iati_json,
            "sahelwatch-programs": read_program_csv}


@dataclass(frozen=True)
class FileImport:
    path: str
    format: str
    read: int
    programs: int
    areas: int
    rejected: int
    notes: tuple[str, ...]
    matches: dict = field(default_factory=dict)  # how areas were matched: method -> rows


@dataclass(frozen=True)
class ImportSummary:
    files: tuple[FileImport, ...]
    inserted: int
    replaced: int
    quarantine: str | None
    rejects: tuple[tuple[str, Reject], ...] = field(default=(), repr=False)

    def as_dict(self) -> dict:
        return {"files": [f.__dict__ | {"notes": list(f.notes)} for f in self.files],
                "read": sum(f.read for f in self.files), "programs": sum(f.programs for f in self.files),
                "areas": sum(f.areas for f in self.files), "rejected": sum(f.rejected for f in self.files),
                "inserted": self.inserted, "replaced": self.replaced, "quarantine": self.quarantine}


def _iso3(value: str | None) -> str | None:
    if not value:
        return None
    v = value.strip()
    if len(v) == 3 and v.isalpha() and v.isupper():
        return v
    return country_to_iso3([v])[0]


def _check(row: ProgramRow, matcher: AreaMatcher) -> tuple[dict | None, str | None]:
    """The row's checked values (dates, status, sector, area), or the reason it is rejected."""
    if row.error:
        return None, row.error
    start, err = parse_date(row.start)
    if err:
        return None, f"start date: {err}"
    end, err = parse_date(row.end)
    if err:
        return None, f"end date: {err}"
    if start and end and end < start:
        return None, f"end date {end} is before start date {start}"
    iso3 = _iso3(row.iso3) or iso3_of_pcode(row.admin2_pcode) or iso3_of_pcode(row.admin1_pcode)
    m = matcher.match(iso3=iso3, admin1=row.admin1, admin2=row.admin2, admin2_pcode=row.admin2_pcode,
                      admin3_pcode=row.admin3_pcode, lat=row.lat, lon=row.lon)
    if m.admin2_pcode is None:
        return None, m.reason
    dac, ptype = classify(row.sector, row.activity, row.title, dac_code=row.dac_code)
    return {"start": start, "end": end, "match": m, "dac": dac, "ptype": row.program_type or ptype,
            "status": status_of(row.status)}, None


def _import_one(path: Path, fmt: str, result: ReadResult, matcher: AreaMatcher, ingest_id: str):
    programs: dict[str, dict] = {}
    areas: list[dict] = []
    rejects = list(result.rejects)
    matches: dict[str, int] = {}
    for row in result.rows:
        ok, reason = _check(row, matcher)
        if ok is None:
            rejects.append(Reject(row.line, reason, row.raw))
            continue
        m = ok["match"]
        pid = row.program_id or program_id_for(row.program_key, m.iso3)
        matches[m.method] = matches.get(m.method, 0) + 1
        p = programs.get(pid)
        if p is None:
            p = programs[pid] = {
                "program_id": pid, "title": row.title, "organisation": row.organisation,
                "org_roles": list(dict.fromkeys(row.org_roles)), "sector": row.sector, "activity": row.activity,
                "dac_code": ok["dac"], "program_type": ok["ptype"], "status": ok["status"],
                "start_date": ok["start"], "end_date": ok["end"], "budget_value": row.budget_value,
                "budget_currency": row.budget_currency, "budget_usd": row.budget_usd,
                "beneficiaries": row.beneficiaries, "countries": set(), "source_format": fmt,
                "source_url": row.source_url, "file": str(path), "line": row.line, "ingest_id": ingest_id,
            }
        else:  # several areas: the program runs from its first start to its last end
            for r in row.org_roles:
                if r not in p["org_roles"]:
                    p["org_roles"].append(r)
            if ok["start"] and (p["start_date"] is None or ok["start"] < p["start_date"]):
                p["start_date"] = ok["start"]
            if ok["end"] and (p["end_date"] is None or ok["end"] > p["end_date"]):
                p["end_date"] = ok["end"]
            if row.budget_usd is not None and fmt == "sahelwatch-programs":
                p["budget_usd"] = max(p["budget_usd"] or 0.0, row.budget_usd)
            if row.beneficiaries is not None and fmt == "ocha-3w":
                p["beneficiaries"] = (p["beneficiaries"] or 0.0) + row.beneficiaries
        if m.iso3:
            p["countries"].add(m.iso3)
        areas.append({"program_id": pid, "iso3": m.iso3, "admin1_pcode": m.admin1_pcode, "admin2": m.admin2,
                      "admin2_pcode": m.admin2_pcode,
                      "area_as_written": row.admin2 or row.admin2_pcode or row.admin3_pcode,
                      "match": m.method, "start_date": ok["start"], "end_date": ok["end"],
                      "file": str(path), "line": row.line, "ingest_id": ingest_id})
    for p in programs.values():
        p["countries"] = ",".join(sorted(p["countries"]))
        p["org_roles"] = json.dumps([{"name": n, "role": r} for n, r in p["org_roles"]], ensure_ascii=False)
    return list(programs.values()), areas, rejects, matches


_PROGRAM_SCHEMA = pa.schema([
    ("program_id", pa.string()), ("title", pa.string()), ("organisation", pa.string()), ("org_roles", pa.string()),
    ("sector", pa.string()), ("activity", pa.string()), ("dac_code", pa.string()), ("program_type", pa.string()),
    ("status", pa.string()), ("start_date", pa.date32()), ("end_date", pa.date32()),
    ("budget_value", pa.float64()), ("budget_currency", pa.string()), ("budget_usd", pa.float64()),
    ("beneficiaries", pa.float64()), ("countries", pa.string()), ("source_format", pa.string()),
    ("source_url", pa.string()), ("file", pa.string()), ("line", pa.int64()), ("ingest_id", pa.string()),
])
_AREA_SCHEMA = pa.schema([
    ("program_id", pa.string()), ("iso3", pa.string()), ("admin1_pcode", pa.string()), ("admin2", pa.string()),
    ("admin2_pcode", pa.string()), ("area_as_written", pa.string()), ("match", pa.string()),
    ("start_date", pa.date32()), ("end_date", pa.date32()), ("file", pa.string()), ("line", pa.int64()),
    ("ingest_id", pa.string()),
])


@dataclass(frozen=True)
class ReadFile:
    path: Path
    format: str
    result: ReadResult


def read_program_files(paths: Iterable[Path | str]) -> list[ReadFile]:
    """Find the format of every file, then read them all: an :class:`InputError` names the first file that
    is missing or unreadable, before any database is opened or written."""
    checked = [(Path(p), detect_format(Path(p))) for p in paths]
    return [ReadFile(p, fmt, _READERS[fmt](p)) for p, fmt in checked]


def import_programs(store, paths: Iterable[Path | str | ReadFile], *, quarantine_dir: Path) -> ImportSummary:
    """Import program files (paths, or files :func:`read_program_files` read) into ``store``; see the
    module docstring for the contract."""
    from ..geo.boundaries import stored_boundaries
    from ..ingest import Quarantine

    paths = list(paths)
    done = [p for p in paths if isinstance(p, ReadFile)]
    read = [(f.path, f.format, f.result) for f in done + read_program_files(p for p in paths if p not in done)]
    boundaries = stored_boundaries(store)
    quarantine = Quarantine(quarantine_dir)
    files, all_rejects = [], []
    inserted = replaced = 0
    with store.transaction():
        for path, fmt, result in read:
            sha = hashlib.sha256(path.read_bytes()).hexdigest()
            # logged like an ingest, under format 'programs:...' and no event source (reports list event
            # sources from the log)
            ingest_id = store.ingest_log.begin(path=str(path), sha256=sha, format=f"programs:{fmt}", source=None,
                                               release=None, header="", encoding="utf-8",
                                               notes="; ".join(result.notes), snapshot=False)
            matcher = AreaMatcher(boundaries, lookup=result.lookup)
            progs, areas, rejects, matches = _import_one(path, fmt, result, matcher, ingest_id)
            try:
                ins, rep = store.programs.replace(pa.Table.from_pylist(progs, _PROGRAM_SCHEMA),
                                                  pa.Table.from_pylist(areas, _AREA_SCHEMA))
                inserted, replaced = inserted + ins, replaced + rep
                store.ingest_log.record_rejections(ingest_id, pa.table({
                    "file": pa.array([str(path)] * len(rejects), pa.string()),
                    "line": pa.array([r.line for r in rejects], pa.int64()),
                    "reason": pa.array([r.reason for r in rejects], pa.string()),
                    "raw": pa.array([r.raw for r in rejects], pa.string())}))
            finally:
                quarantine.add(path, rejects)
            all_rejects.extend((str(path), r) for r in rejects)
            from ..store import UpsertResult

            store.ingest_log.finish(ingest_id, read=len(result.rows), result=UpsertResult(ins, rep, 0, 0),
                                    rejected=len(rejects), merged_rows=0,
                                    quarantine=quarantine.path if rejects else None)
            files.append(FileImport(str(path), fmt, len(result.rows) + len(result.rejects), len(progs), len(areas),
                                    len(rejects), tuple(result.notes), matches))
    return ImportSummary(tuple(files), inserted, replaced, quarantine.path, tuple(all_rejects))


def list_programs(store, *, program_type: str | None = None, country: str | None = None) -> list[dict]:
    return store.programs.list(program_type=program_type, country=country)


def show_program(store, program_id: str) -> dict:
    """One program with its organisations and roles and its areas (each with source file and lines)."""
    p = store.programs.get(program_id)
    if p is None:
        raise NotFoundError(f"no program {program_id!r} (see 'sahelwatch programs list')")
    p["org_roles"] = json.loads(p["org_roles"] or "[]")
    for k in ("start_date", "end_date"):
        if isinstance(p.get(k), dt.date):
            p[k] = p[k].isoformat()
    return p
