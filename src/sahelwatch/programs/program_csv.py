"""The sahelwatch program CSV (interfaces.md, "Programs"): one row per program area.

Columns: ``program_id, title, organisation, sector, program_type, country, admin1, admin2,
admin2_pcode, start, end, budget_usd, source_url``. Rows with the same ``program_id`` are one
program with several areas; each area may start on its own date (a staggered roll-out).
"""

from __future__ import annotations

import csv
from pathlib import Path

from ..errors import InputError
from .records import ProgramRow, ReadResult, is_contact_column, parse_number
from .sectors import PROGRAM_TYPES

COLUMNS = ("program_id", "title", "organisation", "sector", "program_type", "country", "admin1", "admin2",
           "admin2_pcode", "start", "end", "budget_usd", "source_url")
REQUIRED = ("program_id", "organisation", "start")


def is_program_csv(header: list[str]) -> bool:
    h = {c.strip().lower() for c in header}
    return {"program_id", "admin2_pcode"} <= h or {"program_id", "admin2"} <= h


def read_program_csv(path: Path | str) -> ReadResult:
    path = Path(path)
    try:
        with open(path, newline="", encoding="utf-8-sig") as f:
            reader = csv.reader(f)
            header = next(reader, None)
            if header is None or not is_program_csv(header):
                raise InputError("not a sahelwatch program CSV (needs program_id and admin2_pcode or admin2)",
                                 path=str(path), line=1)
            names = [h.strip().lower() for h in header]
            missing = [c for c in REQUIRED if c not in names]
            if missing:
                raise InputError(f"program CSV lacks column(s) {', '.join(missing)}", path=str(path), line=1)
            keep = [j for j, h in enumerate(header) if not is_contact_column(h)]
            rows = []
            ended = reader.line_num  # the last line of the previous record (the header)
            for rec in reader:
                line, ended = ended + 1, reader.line_num  # a record's line is where it starts
                if not any(v.strip() for v in rec):
                    continue
                raw = ",".join(rec[j] for j in keep if j < len(rec))
                if len(rec) != len(header):
                    rows.append(ProgramRow(line=line, raw=raw, program_key=("csv", line),
                                           error=f"{len(rec)} fields, the header has {len(header)}"))
                    continue
                v = {names[j]: rec[j].strip() or None for j in keep}
                budget, err = parse_number(v.get("budget_usd"))
                ptype = (v.get("program_type") or "").lower() or None
                if ptype and ptype not in PROGRAM_TYPES:
                    err = err or f"program_type {ptype!r} is not one of {', '.join(PROGRAM_TYPES)}"
                pid = v.get("program_id")
                rows.append(ProgramRow(
                    line=line, raw=raw, program_key=("csv", pid), program_id=pid, title=v.get("title"),
                    organisation=v.get("organisation"),
                    org_roles=[(v["organisation"], "implementing")] if v.get("organisation") else [],
                    sector=v.get("sector"), program_type=ptype, start=v.get("start"), end=v.get("end"),
                    budget_usd=budget, iso3=v.get("country"), admin1=v.get("admin1"), admin2=v.get("admin2"),
                    admin2_pcode=v.get("admin2_pcode"), source_url=v.get("source_url"),
                    error=err or (None if pid else "no program_id") or (None if v.get("organisation") else "no organisation"),
                ))
    except UnicodeDecodeError as e:
        raise InputError(f"not UTF-8 text: {e.reason}", path=str(path)) from None
    except csv.Error as e:
        raise InputError(f"malformed CSV: {e}", path=str(path)) from None
    return ReadResult("sahelwatch-programs", rows)
