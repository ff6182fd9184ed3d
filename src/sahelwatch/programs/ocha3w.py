"""OCHA 3W / 4W / 5W and operational-presence tables (XLSX or CSV), read through their HXL tags.

A workbook may hold several sheets, some hidden. The data sheet is the one whose HXL row tags an
organisation and an admin area and that has the most rows; a hidden sheet that lists admin2 names
beside P-codes (OCHA's old ``NER006001`` or the 2023 ``NE006001``) gives the name lookup of
:mod:`.areas`. Other sheets (pivot tables, read-me sheets with staff e-mails) are never read past
their first rows. Without HXL tags, the header words are used.

Contact columns (``#contact...``, "Personne de contact", e-mail, phone) are dropped before any value
of the row is read: their values reach no record, no quarantine line and no log.

Rows with the same organisation, sector, activity, project type and dates form one program; its
areas are the admin2 units of those rows. Each row keeps its line (the sheet's row number).
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import warnings
from pathlib import Path

from ..errors import WORKBOOK_ERRORS, InputError
from ..folding import words
from .records import ProgramRow, ReadResult, is_contact_column, parse_number

#: HXL tags (attributes sorted, spaces removed) -> field. The first column with a field keeps it.
_TAGS = {
    "#org+impl": "organisation", "#org+name": "organisation", "#org": "organisation", "#org+acronym": "organisation",
    "#org+code+impl": "organisation", "#org+impl+name": "organisation_name", "#org+impl+type": "org_type",
    "#org+type": "org_type", "#org+partner": "partner", "#org+impl+partner": "partner",
    "#org+funding": "donor", "#org+funder": "donor", "#org+donor": "donor",
    "#activity+project+type": "project_type", "#activity+type": "project_type",
    "#activity+name": "activity", "#activity": "activity", "#activity+project+name": "title",
    "#activity+name+project": "title", "#activity+code+project": "project_code",
    "#sector+name": "sector", "#sector": "sector", "#sector+cluster": "sector", "#sector+code": "sector_code",
    "#adm1+name": "admin1", "#adm1+code": "admin1_pcode", "#adm2+name": "admin2", "#adm2+code": "admin2_pcode",
    "#adm3+code": "admin3_pcode", "#adm3+name": "admin3",
    "#country+code": "country", "#country+name": "country",
    "#date+start": "start", "#date+end": "end",
    "#activity+project+status": "status", "#status": "status", "#status+name": "status",
    "#beneficiary": "beneficiaries", "#reached": "beneficiaries", "#targeted": "beneficiaries",
    "#geo+lat": "lat", "#geo+lon": "lon", "#value+usd": "budget_usd", "#value": "budget_value",
}
#: header words (folded) -> field, for tables without HXL tags
_HEADERS = {
    "organisation": "organisation", "organization": "organisation", "acronyme": "organisation",
    "organisation accronyme": "organisation", "partenaire de mise en oeuvre": "partner",
    "implementing partner": "partner", "bailleur de fonds": "donor", "bailleur": "donor", "donor": "donor",
    "secteur": "sector", "sector": "sector", "cluster": "sector", "secteur cluster": "sector",
    "activite": "activity", "activity": "activity", "type de projet": "project_type",
    "region": "admin1", "admin1": "admin1", "admin1pcod": "admin1_pcode", "admin1pcode": "admin1_pcode",
    "departement": "admin2", "province": "admin2", "cercle": "admin2", "admin2": "admin2",
    "admin2pcod": "admin2_pcode", "admin2pcode": "admin2_pcode", "admin3pcode": "admin3_pcode",
    "commune": "admin3", "date debut": "start", "date debute": "start", "start date": "start",
    "date fin": "end", "end date": "end", "etat du projet": "status", "status": "status", "statut": "status",
    "pays": "country", "country": "country", "latitude": "lat", "longitude": "lon",
    "depart latitude": "lat", "depart longitude": "lon",
}
_MAX_COLUMNS = 80  # LibreOffice may declare 1,024 columns; real 3W tables use far fewer
_PROBE_ROWS = 6


def _norm_tag(tag: object) -> str | None:
    if not isinstance(tag, str) or not tag.strip().startswith("#"):
        return None
    parts = tag.replace(" ", "").lower().split("+")
    return "+".join([parts[0]] + sorted(p for p in parts[1:] if p))


def _field_of(tag: str | None, header: object) -> str | None:
    if tag:
        if tag in _TAGS:
            return _TAGS[tag]
        base = tag.split("+")[0]
        attrs = set(tag.split("+")[1:])
        if base in ("#adm1", "#adm2", "#adm3"):
            return base[1:].replace("adm", "admin") + ("_pcode" if "code" in attrs else "")
        if base in ("#org", "#sector", "#activity"):
            return {"#org": "organisation", "#sector": "sector", "#activity": "activity"}[base]
    w = words(header) if isinstance(header, str) else ""
    return _HEADERS.get(w) or _HEADERS.get(w.replace(" ", ""))


def _is_tag_row(row) -> bool:
    vals = [v for v in row if v is not None and str(v).strip()]
    tags = [v for v in vals if isinstance(v, str) and v.strip().startswith("#")]
    return len(tags) >= 2 and len(tags) * 2 >= len(vals)


def _layout(rows: list[tuple]) -> tuple[int, list, list] | None:
    """(index of the first data row, headers, HXL tags) of a sheet's first rows, or None."""
    for i, row in enumerate(rows):
        if _is_tag_row(row):
            header = list(rows[i - 1]) if i else [None] * len(row)
            return i + 1, header, [_norm_tag(t) for t in row]
    for i, row in enumerate(rows[:3]):  # no HXL: a header row that names an organisation and an area
        fields = {_field_of(None, h) for h in row}
        if "organisation" in fields and fields & {"admin2", "admin2_pcode", "admin3_pcode"}:
            return i + 1, list(row), [None] * len(row)
    return None


def _columns(header: list, tags: list) -> tuple[dict, list[int]]:
    """field -> column index (first wins), and the indexes of the columns kept (contact dropped)."""
    fields: dict[str, int] = {}
    kept = []
    for j in range(max(len(header), len(tags))):
        h = header[j] if j < len(header) else None
        t = tags[j] if j < len(tags) else None
        if is_contact_column(h, t):
            continue
        kept.append(j)
        f = _field_of(t, h)
        if f and f not in fields:
            fields[f] = j
    return fields, kept


def _lookup_from(rows: list[tuple]) -> dict:
    """A hidden list of admin2 names and P-codes: folded name -> P-code (the longest code column)."""
    from .areas import crosswalk

    if not rows:
        return {}
    header = [words(h) if isinstance(h, str) else "" for h in rows[0]]
    name_col = next((j for j, h in enumerate(header)
                     if h in ("departement", "province", "cercle", "admin2", "admin2 name", "adm2 name")), None)
    if name_col is None:
        return {}
    best, best_len = None, 0
    for j in range(len(header)):
        codes = [r[j] for r in rows[1:] if j < len(r) and isinstance(r[j], str)]
        ok = [c for c in codes if crosswalk(c)]
        if codes and len(ok) * 10 >= len(codes) * 9:
            length = max(len(c) for c in ok)
            if length > best_len:
                best, best_len = j, length
    if best is None:
        return {}
    out = {}
    for r in rows[1:]:
        if name_col < len(r) and best < len(r) and isinstance(r[name_col], str) and isinstance(r[best], str):
            out[words(r[name_col])] = r[best].strip()
    return out


def _cell(row, j):
    v = row[j] if j is not None and j < len(row) else None
    if isinstance(v, str):
        v = v.strip()
        return v or None
    return v


def _text_cell(row, j) -> str | None:
    """A cell of a text field (a name, a sector, a P-code) as text: a workbook may hold a number or a date
    there (a P-code typed as 101, an organisation named 2021), which is read as it shows."""
    v = _cell(row, j)
    if v is None or isinstance(v, str):
        return v
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, dt.datetime):
        return v.date().isoformat() if v.time() == dt.time() else v.isoformat()
    return str(v)


def _rows_from(path: Path) -> tuple[str | None, int, list, list, object, dict, list[str]]:
    """(sheet, first data row number, header, tags, row iterator, name lookup, notes)."""
    notes: list[str] = []
    if path.suffix.lower() in (".csv", ".tsv", ".txt"):
        try:
            with open(path, newline="", encoding="utf-8-sig") as f:
                rows = list(csv.reader(f, delimiter="\t" if path.suffix.lower() == ".tsv" else ","))
        except UnicodeDecodeError:
            with open(path, newline="", encoding="cp1252") as f:
                rows = list(csv.reader(f))
            notes.append("read as cp1252")
        lay = _layout(rows[:_PROBE_ROWS])
        if lay is None:
            raise InputError("no HXL row or 3W header (organisation and admin area) found", path=str(path))
        start, header, tags = lay
        return None, start + 1, header, tags, iter(rows[start:]), {}, notes
    import openpyxl

    try:
        with warnings.catch_warnings():  # openpyxl on extensions it drops (data validation): not the data
            warnings.simplefilter("ignore", UserWarning)
            wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except WORKBOOK_ERRORS as e:
        raise InputError(f"cannot read the workbook: {e}", path=str(path)) from None
    best = None
    lookup: dict = {}
    for ws in wb.worksheets:
        probe = list(ws.iter_rows(max_row=_PROBE_ROWS, max_col=_MAX_COLUMNS, values_only=True))
        lay = _layout(probe)
        hidden = ws.sheet_state != "visible"
        if lay is not None:
            fields, _ = _columns(lay[1], lay[2])
            if "organisation" in fields and fields.keys() & {"admin2", "admin2_pcode", "admin3_pcode"}:
                size = ws.max_row or 0
                if best is None or size > best[0]:
                    best = (size, ws, lay, hidden)
                continue
        if hidden and probe:
            found = _lookup_from(list(ws.iter_rows(max_row=2000, max_col=_MAX_COLUMNS, values_only=True)))
            if found:
                lookup.update(found)
                notes.append(f"hidden sheet {ws.title!r}: {len(found)} admin2 names with P-codes used for matching")
    if best is None:
        raise InputError("no sheet with an HXL row (or header) naming an organisation and an admin area",
                         path=str(path))
    _, ws, (start, header, tags), hidden = best
    if hidden:
        notes.append(f"the data sheet {ws.title!r} is hidden")
    others = [s.title for s in wb.worksheets if s.title != ws.title]
    if others:
        notes.append(f"data sheet {ws.title!r}; other sheets not read: {', '.join(others)}")
    width = max(len(header), len(tags))
    return ws.title, start + 1, header, tags, ws.iter_rows(min_row=start + 1, max_col=width, values_only=True), \
        lookup, notes


def read_3w(path: Path | str) -> ReadResult:
    """Read a 3W/5W/operational-presence table into :class:`ProgramRow` records."""
    path = Path(path)
    sheet, first, header, tags, rows, lookup, notes = _rows_from(path)
    fields, kept = _columns(header, tags)
    dropped = [str(header[j]).strip() for j in range(len(header)) if j not in kept and header[j] is not None]
    if dropped:
        notes.append(f"contact column(s) not imported: {len(dropped)}")
    col = fields.get
    blank = tagrows = 0
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)  # openpyxl on extensions it drops, read lazily
            out, blank, tagrows = _records(rows, first, header, tags, kept, col)
    except WORKBOOK_ERRORS as e:
        raise InputError(f"the sheet cannot be read past its row {first}: {e}", path=str(path)) from None
    if blank:
        notes.append(f"{blank} blank rows skipped")
    if tagrows:
        notes.append(f"{tagrows} repeated HXL tag rows skipped")
    return ReadResult("ocha-3w", out, notes=notes, lookup=lookup)


def _records(rows, first: int, header: list, tags: list, kept: list[int], col) -> tuple[list[ProgramRow], int, int]:
    out: list[ProgramRow] = []
    blank = tagrows = 0
    for n, row in enumerate(rows, start=first):
        vals = [row[j] if j < len(row) else None for j in kept]
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in vals):
            blank += 1
            continue
        if _is_tag_row(vals):
            tagrows += 1
            continue
        raw = " | ".join(f"{header[j] if header[j] is not None else tags[j]}={row[j]}"
                         for j in kept if j < len(row) and row[j] is not None and str(row[j]).strip())
        org = _text_cell(row, col("organisation"))
        org_name = _text_cell(row, col("organisation_name"))
        partner, donor = _text_cell(row, col("partner")), _text_cell(row, col("donor"))
        roles = []
        if org:
            roles.append((str(org), "accountable" if partner else "implementing"))
        if partner and partner != org:
            roles.append((str(partner), "implementing"))
        if donor:
            roles.append((str(donor), "funding"))
        sector, activity = _text_cell(row, col("sector")), _text_cell(row, col("activity"))
        ptype = _text_cell(row, col("project_type"))
        start, end = _cell(row, col("start")), _cell(row, col("end"))
        key = ("3w", str(org or "").upper(), words(sector), words(activity), words(ptype), str(start), str(end))
        beneficiaries, err = parse_number(_cell(row, col("beneficiaries")))
        r = ProgramRow(
            line=n, raw=raw, program_key=key,
            title=_text_cell(row, col("title")) or " - ".join(str(x) for x in (org_name or org, activity or sector) if x),
            organisation=str(org) if org else None, org_roles=roles,
            sector=str(sector) if sector else None, activity=str(activity) if activity else None,
            status=_text_cell(row, col("status")), start=start, end=end, beneficiaries=beneficiaries,
            admin1=_text_cell(row, col("admin1")), admin1_pcode=_text_cell(row, col("admin1_pcode")),
            admin2=_text_cell(row, col("admin2")), admin2_pcode=_text_cell(row, col("admin2_pcode")),
            admin3_pcode=_text_cell(row, col("admin3_pcode")), lat=_cell(row, col("lat")), lon=_cell(row, col("lon")),
            iso3=_text_cell(row, col("country")),
            error=None if org else "no organisation",
        )
        if err and not r.error:
            r.error = f"beneficiaries: {err}"
        out.append(r)
    return out, blank, tagrows


def program_id_for(key: tuple, iso3: str | None) -> str:
    """A stable id for a 3W program (same organisation, sector, activity and dates, same country)."""
    digest = hashlib.sha1("|".join(map(str, key + (iso3 or "",))).encode("utf-8")).hexdigest()[:10]
    org = words(key[1]).replace(" ", "-")[:24] or "org"
    return f"3w-{(iso3 or 'xxx').lower()}-{org}-{digest}"
