"""Readers for the humanitarian context files: Cadre Harmonisé phases, population, schools.

Each reader returns a tidy DataFrame with declared columns, one row per good record. A record that
cannot be read (a cell that is no number, a phase out of 1-5, a period that is no period, a P-code
seen before, a school with no CERCLE) is rejected on its own, as the event readers reject rows: a
:class:`~sahelwatch.sources.reader.Reject` with its line (or spreadsheet row) and reason, in
``df.attrs["rejects"]``, with ``df.attrs["read"]`` = kept + rejected records (write them with
:class:`~sahelwatch.ingest.Quarantine`). A file that cannot be read at all, or lacks a required
column, raises :class:`~sahelwatch.errors.InputError` naming the file.

- Cadre Harmonisé (HDX ``cadre_harmonise_*.csv``): one row per admin2 unit,
  analysis (``exercise``) and reference period, ``current`` or ``projected``.
- Population by admin2 (OCHA COD-PS, ``*_population_admin2_*.csv``).
- Schools (Mali education cluster registry ``*.xlsx``, French, multi-row headers):
  the sheet whose header row holds ``CERCLE`` and ``Statut de fonctionnalité``.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import WORKBOOK_ERRORS, InputError
from ..folding import join_key, words
from .reader import Reject

# --------------------------------------------------------------------------- shared helpers


_fold = words
#: The join key of a place name: accents folded, lower case, words separated by one space.
norm_admin = join_key


def _exists(path: Path) -> Path:
    path = Path(path)
    if not path.exists():
        raise InputError("file not found", path=str(path))
    return path


def _read_csv(path: Path, required: list[str], what: str) -> pd.DataFrame:
    path = _exists(path)
    try:
        with open(path, encoding="utf-8-sig", newline="") as f:
            header = next(csv.reader(f), None)
    except UnicodeDecodeError as e:
        raise InputError(f"not UTF-8 text ({e.reason} at byte {e.start})", path=str(path)) from e
    if not header:
        raise InputError(f"empty file; expected a {what} CSV", path=str(path), line=1)
    missing = [c for c in required if c not in header]
    if missing:
        raise InputError(f"not a {what} file: the header lacks {', '.join(missing)}", path=str(path), line=1)
    try:
        df = pd.read_csv(path, encoding="utf-8-sig", dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, UnicodeDecodeError) as e:
        raise InputError(f"unreadable {what} CSV: {e}", path=str(path)) from e
    lines = _record_lines(path)
    df[LINE] = lines if len(lines) == len(df) else range(2, len(df) + 2)
    return df


LINE = "__line__"  # the line where a record starts (a value may span lines)


def _record_lines(path: Path) -> list[int]:
    """The line where each record after the header starts (blank lines hold none)."""
    out = []
    try:
        with open(path, encoding="utf-8-sig", newline="") as f:
            reader = csv.reader(f)
            next(reader, None)
            ended = reader.line_num
            for rec in reader:
                if rec:
                    out.append(ended + 1)
                ended = reader.line_num
    except csv.Error:  # pandas read what csv will not: one line per record is the best guess
        return []
    return out


class _Rows:
    """Why each record of a frame is rejected (the first reason found wins; None: the record is good)."""

    def __init__(self, df: pd.DataFrame):
        self.df = df
        self.why = pd.Series([None] * len(df), index=df.index, dtype=object)

    def reject(self, bad, reasons) -> None:
        """Reject the records where ``bad`` holds, each for its reason (a string or a series of them)."""
        bad = pd.Series(bad, index=self.df.index).fillna(False).astype(bool) & self.why.isna()
        if bad.any():
            self.why[bad] = reasons[bad] if isinstance(reasons, pd.Series) else reasons

    @property
    def good(self) -> pd.Series:
        return self.why.isna()

    def rejects(self, lines: pd.Series, raws: list[str]) -> list[Reject]:
        bad = self.why.notna().to_numpy()
        return [Reject(int(ln), why, raw) for ln, why, raw, b in zip(lines, self.why, raws, bad) if b]


def _numbers(df: pd.DataFrame, col: str, rows: _Rows, *, integer: bool = True, allow_empty: bool = True) -> pd.Series:
    """Parse a column of numbers; a record whose cell is no number is rejected with that reason."""
    raw = df[col].astype(str).str.strip()
    empty = raw.isin(["", "NA", "NaN", "nan", "<Null>"])
    vals = pd.to_numeric(raw.where(~empty), errors="coerce").astype(float)
    # infinite ('1e400', 'inf') or, for a count, beyond a 64-bit integer (a 40-digit number): not a number
    ok = np.isfinite(vals) & (vals.abs() < 2.0**63) if integer else np.isfinite(vals)
    vals = vals.where(ok)
    bad = (vals.isna() & ~empty) | (empty & (not allow_empty))
    rows.reject(bad, df[col].map(lambda v: f"column {col!r}: {v!r} is not a number"))
    if integer:
        return vals.round().astype("Int64")
    return vals


def _records(df: pd.DataFrame, columns) -> list[str]:
    """Each record as a CSV line of its ``columns`` (the file's own values), for the quarantine."""
    import io

    out = []
    for values in df[list(columns)].itertuples(index=False):
        buf = io.StringIO()
        csv.writer(buf, lineterminator="").writerow(["" if v is None else str(v) for v in values])
        out.append(buf.getvalue())
    return out


def _kept(out: pd.DataFrame, rows: _Rows, lines: pd.Series, raws: list[str]) -> pd.DataFrame:
    """The good records of ``out`` (same rows as ``rows``), with the rejects and counts in its attrs."""
    rejects = rows.rejects(lines, raws)
    kept = out[rows.good.to_numpy()].reset_index(drop=True)
    kept.attrs.update(read=len(out), rejects=tuple(rejects))
    return kept


# --------------------------------------------------------------------------- Cadre Harmonisé

_CH_REQUIRED = ["adm0_name", "adm0_pcod3", "adm1_name", "adm2_name", "adm2_pcod2", "population", "phase_class",
                "phase35", "chtype", "exercise_label", "exercise_year", "reference_label", "reference_year",
                "usethisperiod"]
_MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}


def _label_months(label: str, year: int, path: Path, line: int) -> tuple[dt.date, dt.date]:
    m = re.fullmatch(r"\s*([A-Za-z]{3})\w*\s*-\s*([A-Za-z]{3})\w*\s*", label or "")
    if not m or m.group(1).lower() not in _MONTHS or m.group(2).lower() not in _MONTHS:
        raise InputError(f"period label {label!r} is not like 'Jan-May'", path=str(path), line=line)
    if not 1900 <= year <= 2100:
        raise InputError(f"reference_year {year} is not a year of a Cadre Harmonisé analysis (1900-2100)",
                         path=str(path), line=line)
    a, b = _MONTHS[m.group(1).lower()], _MONTHS[m.group(2).lower()]
    start = dt.date(year, a, 1)
    end_year = year if b >= a else year + 1
    end = (pd.Timestamp(end_year, b, 1) + pd.offsets.MonthEnd(0)).date()
    return start, end


def read_cadre_harmonise(path: str | Path, *, iso3: str | None = None) -> pd.DataFrame:
    """Cadre Harmonisé phases by admin2 and period.

    Columns: ``iso3, country, admin1, admin2, admin2_pcode, admin2_norm, population,
    phase_class (1-5), phase35 (people in phases 3-5), share_phase35, chtype
    (current|projected), exercise (e.g. "2018 Jan-May"), period_start, period_end
    (the reference period), use (the file's ``usethisperiod`` flag)``. ``iso3`` keeps one country.
    """
    path = Path(path)
    raw = _read_csv(path, _CH_REQUIRED, "Cadre Harmonisé")
    if iso3:
        raw = raw[raw["adm0_pcod3"] == iso3].reset_index(drop=True)
    lines = raw[LINE]
    rows = _Rows(raw)
    pop = _numbers(raw, "population", rows)
    phase = _numbers(raw, "phase_class", rows)
    p35 = _numbers(raw, "phase35", rows)
    rows.reject(phase.notna() & ~phase.isin([1, 2, 3, 4, 5]),
                raw["phase_class"].map(lambda v: f"phase_class {v!r} is not 1-5"))
    rows.reject(~raw["chtype"].isin(["current", "projected"]),
                raw["chtype"].map(lambda v: f"chtype {v!r} is neither current nor projected"))
    years = _numbers(raw, "reference_year", rows, allow_empty=False)
    starts, ends, why = [], [], []
    for lab, y, ln in zip(raw["reference_label"], years, lines):
        s = e = None
        if not pd.isna(y):
            try:
                s, e = _label_months(lab, int(y), path, int(ln))
            except InputError as err:
                why.append(err.reason)
            else:
                why.append(None)
        else:
            why.append(None)
        starts.append(s)
        ends.append(e)
    why = pd.Series(why, index=raw.index, dtype=object)
    rows.reject(why.notna(), why)
    out = pd.DataFrame({
        "iso3": raw["adm0_pcod3"],
        "country": raw["adm0_name"],
        "admin1": raw["adm1_name"],
        "admin2": raw["adm2_name"],
        "admin2_pcode": raw["adm2_pcod2"].replace("", None),
        "admin2_norm": raw["adm2_name"].map(norm_admin),
        "population": pop,
        "phase_class": phase,
        "phase35": p35,
        "chtype": raw["chtype"],
        "exercise": raw["exercise_year"] + " " + raw["exercise_label"],
        "period_start": pd.to_datetime(starts),
        "period_end": pd.to_datetime(ends),
        "use": raw["usethisperiod"].str.upper().eq("Y"),
    })
    out["share_phase35"] = (out["phase35"] / out["population"].where(out["population"] > 0)).astype(float)
    return _kept(out, rows, lines, _records(raw, [c for c in raw.columns if c != LINE]))


# --------------------------------------------------------------------------- population

_POP_REQUIRED = ["admin2Name_fr", "admin2Pcode", "admin1Name_fr", "admin1Pcode", "T_TL"]


def read_population(path: str | Path) -> pd.DataFrame:
    """Population by admin2 (OCHA COD-PS): ``admin1, admin1_pcode, admin2, admin2_pcode, admin2_norm,
    population, male, female``."""
    path = Path(path)
    raw = _read_csv(path, _POP_REQUIRED, "population (COD-PS admin2)")
    rows = _Rows(raw)
    total = _numbers(raw, "T_TL", rows, allow_empty=False)
    out = pd.DataFrame({
        "admin1": raw["admin1Name_fr"],
        "admin1_pcode": raw["admin1Pcode"],
        "admin2": raw["admin2Name_fr"],
        "admin2_pcode": raw["admin2Pcode"],
        "admin2_norm": raw["admin2Name_fr"].map(norm_admin),
        "population": total,
        "male": _numbers(raw, "M_TL", rows) if "M_TL" in raw else pd.NA,
        "female": _numbers(raw, "F_TL", rows) if "F_TL" in raw else pd.NA,
    })
    # a P-code a good record named before: the later record is rejected
    pcode = out["admin2_pcode"].where(rows.good)
    first = raw[LINE].groupby(pcode).transform("first")
    rows.reject(pcode.notna() & pcode.duplicated(),
                pd.Series([f"admin2 P-code {c!r} appears twice (first on line {int(f)})" if pd.notna(f) else None
                           for c, f in zip(out["admin2_pcode"], first.reindex(raw.index))], index=raw.index))
    return _kept(out, rows, raw[LINE], _records(raw, [c for c in raw.columns if c != LINE]))


# --------------------------------------------------------------------------- schools

#: Header cells (folded) -> output column; matched by prefix, so trailing spaces and
#: the long explanations in brackets do not matter.
_SCHOOL_HEADERS = {
    "region": "admin1",
    "code region": "admin1_pcode",
    "cercle": "admin2",
    "code cercle": "admin2_pcode",
    "commune": "admin3",
    "code commune": "admin3_pcode",
    "nom de l ecole": "school",
    "code cps": "code_cps",
    "longitude ecole": "longitude",
    "latitude ecole": "latitude",
    "total eleve": "pupils",
    "statut de fonctionnalite de l ecole": "status",
    "si ecole fermee date de fermeture": "closed_on",
    "si ecole fermee raison de fermeture": "closure_reason",
}


def _match_header(cell: str) -> str | None:
    f = _fold(cell)
    best = None
    for k, v in _SCHOOL_HEADERS.items():
        if f == k or f.startswith(k + " "):
            if best is None or len(k) > len(best[0]):
                best = (k, v)
    return best[1] if best else None


def read_schools(path: str | Path, *, sheet: str | None = None, max_header_rows: int = 10) -> pd.DataFrame:
    """The school registry: one row per school.

    Columns: ``admin1, admin1_pcode, admin2, admin2_pcode, admin2_norm, admin3, school,
    code_cps, latitude, longitude, pupils, status, functional (bool), closed_insecurity
    (bool), closed_on, closure_reason, row`` (``row`` is the spreadsheet row number).
    ``closed_insecurity`` is true when the status names insecurity or humanitarian crisis. A school
    with no CERCLE, or whose coordinates or pupils are no number, is rejected with its row.
    """
    import openpyxl

    path = _exists(Path(path))
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except WORKBOOK_ERRORS as e:
        raise InputError(f"not a readable .xlsx workbook: {e}", path=str(path)) from e
    if sheet and sheet not in wb.sheetnames:
        wb.close()
        raise InputError(f"no sheet named {sheet!r} (sheets: {', '.join(wb.sheetnames)})", path=str(path))
    try:
        for ws in [wb[sheet]] if sheet else wb.worksheets:
            rows = ws.iter_rows(values_only=True)
            for r_i, row in enumerate(rows, start=1):
                if r_i > max_header_rows:
                    break
                cols = {i: _match_header(c) for i, c in enumerate(row) if isinstance(c, str)}
                cols = {i: v for i, v in cols.items() if v}
                if {"admin2", "status"} <= set(cols.values()):
                    return _schools_frame(path, ws.title, r_i, cols, rows)
    except WORKBOOK_ERRORS as e:  # a damaged sheet shows itself only when its rows are read
        raise InputError(f"not a readable .xlsx workbook: {e}", path=str(path)) from e
    finally:
        wb.close()
    raise InputError(
        f"no sheet has a header row with CERCLE and 'Statut de fonctionnalité' in its first {max_header_rows} rows",
        path=str(path),
    )


def _schools_frame(path: Path, title: str, header_row: int, cols: dict[int, str], rows) -> pd.DataFrame:
    seen = {}
    for i, v in sorted(cols.items()):
        seen.setdefault(v, i)  # the first column of a name wins (the sheet repeats some)
    records = []
    width = max(seen.values()) + 1
    for r_i, row in enumerate(rows, start=header_row + 1):
        if row is None or all(v is None for v in row[:width]):
            continue
        rec = {name: (row[i] if i < len(row) else None) for name, i in seen.items()}
        rec["row"] = r_i
        records.append(rec)
    df = pd.DataFrame(records)
    if df.empty:
        raise InputError(f"sheet {title!r} has a header but no school", path=str(path), line=header_row)
    raws = _records(df, list(seen))  # the columns read only: nothing else of the sheet reaches the quarantine
    rows = _Rows(df)
    for c in ("latitude", "longitude", "pupils"):
        if c in df:
            v = pd.to_numeric(df[c], errors="coerce")
            bad = v.isna() & df[c].notna() & (df[c].astype(str).str.strip() != "")
            rows.reject(bad, df[c].map(lambda x, c=c: f"column {c!r}: {x!r} is not a number"))
            df[c] = v
    for c in ("admin1", "admin2", "admin3", "status", "admin1_pcode", "admin2_pcode"):
        if c in df:
            # an empty cell is None or NaN in the frame: never the text 'nan'
            df[c] = df[c].map(lambda x: str(x).strip() if not pd.isna(x) and str(x).strip() else None)
    if df["admin2"].isna().all():
        raise InputError(f"sheet {title!r}: the CERCLE column is empty", path=str(path), line=header_row)
    rows.reject(df["admin2"].isna(), "no CERCLE (admin2)")
    df["admin2_norm"] = df["admin2"].map(norm_admin)
    status = df["status"].map(_fold)
    df["functional"] = status.str.startswith("ecole fonctionnelle")
    df["closed_insecurity"] = status.str.contains("insecurite|crise", regex=True, na=False)
    df = _kept(df, rows, df["row"], raws)
    df.attrs.update(sheet=title, header_row=header_row, file=str(path))
    return df


def schools_by_admin2(schools: pd.DataFrame) -> pd.DataFrame:
    """Schools per admin2: ``admin1, admin2_norm, schools, functional, closed_insecurity, share_closed_insecurity``."""
    g = schools.groupby(["admin2_norm"], dropna=True).agg(
        admin1=("admin1", lambda s: s.dropna().mode().iloc[0] if s.notna().any() else None),
        admin2=("admin2", "first"),
        schools=("admin2", "size"),
        functional=("functional", "sum"),
        closed_insecurity=("closed_insecurity", "sum"),
    )
    g["share_closed_insecurity"] = g["closed_insecurity"] / g["schools"]
    return g.reset_index()
