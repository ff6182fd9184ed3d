"""The program registry on the real OCHA 3W/5W tables and IATI activities: counts checked against an
independent pandas read, nothing lost (stored + rejected = read), areas matched to admin2 P-codes,
and no contact value anywhere (database, quarantine, command output)."""

from __future__ import annotations

import csv
import json
import os
import xml.etree.ElementTree as ET

import pandas as pd
import pytest

from tests.conftest import data_file
from tests.programs.cli_runner import sw

NER = "programs/whowhatwhere_3w_ner_feb2022.xlsx"
BFA = "programs/whowhatwhere_5w_bfa_fev2022.xlsx"
MLI = "programs/whowhatwhere_5w_mli_mar2022.xlsx"
IATI = "programs/iati_activities_mli_bfa_ner_2021-06.xml"
PCODES = "geo/pcodes_mli_bfa_ner_adm1_adm2.csv"



@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    files = [data_file(f) for f in (NER, BFA, MLI, IATI)]
    pcodes = data_file(PCODES)
    db = tmp_path_factory.mktemp("programs") / "p.duckdb"
    outputs = []
    for level in (1, 2):
        r = sw("--db", db, "geo", "import", pcodes, "--level", level)
        assert r.returncode == 0, r.stderr
    r = sw("--db", db, "--json", "programs", "import", *files)
    assert r.returncode == 1, r.stderr  # done, with rejected rows
    outputs.append(r.stdout + r.stderr)
    summary = json.loads(r.stdout)
    return {"db": db, "summary": summary, "files": {f.name: f for f in files}, "outputs": outputs,
            "by_file": {os.path.basename(f["path"]): f for f in summary["files"]}}


def _query(db, sql, params=()):
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, list(params)).fetch_df()
    finally:
        con.close()


def _sheet(path, sheet):
    df = pd.read_excel(path, sheet_name=sheet, header=0, dtype=object)
    return df.iloc[1:]  # the HXL row


def test_mali_5w_every_row_stored_with_its_cercle_pcode(imported):
    df = _sheet(imported["files"][os.path.basename(MLI)], "ML_5W").iloc[:, :5]
    df = df.dropna(how="all")
    f = imported["by_file"][os.path.basename(MLI)]
    assert f["read"] == len(df) == 22805
    assert f["rejected"] == 0 and f["areas"] == len(df)
    stored = _query(imported["db"], "SELECT admin2_pcode, count(*) n FROM program_areas WHERE file LIKE ? "
                    "GROUP BY 1", ["%mli_mar2022%"])
    expected = df["admin2Pcod"].astype(str).str.strip().value_counts()
    assert dict(zip(stored["admin2_pcode"], stored["n"])) == expected.to_dict()
    assert f["matches"] == {"pcode": 22805}


def test_burkina_5w_provinces_come_from_commune_pcodes_despite_misspelt_names(imported):
    df = _sheet(imported["files"][os.path.basename(BFA)], "Jan - Fev Public")
    df = df[df.iloc[:, 0].notna() & ~df.iloc[:, 0].astype(str).str.startswith("#")]
    f = imported["by_file"][os.path.basename(BFA)]
    assert f["read"] == len(df) == 420 and f["rejected"] == 0
    stored = _query(imported["db"], "SELECT DISTINCT admin2_pcode FROM program_areas WHERE file LIKE ?", ["%bfa_fev%"])
    code_col = [c for c in df.columns if "Pcode" in str(c)][0]
    assert set(stored["admin2_pcode"]) == set(df[code_col].astype(str).str.strip().str[:6])
    assert len(set(df[code_col].astype(str).str.strip().str[:6])) == 32


def test_niger_3w_rows_stored_or_rejected_with_a_reason(imported):
    df = _sheet(imported["files"][os.path.basename(NER)], "3w_Data_février_2022")
    df = df.dropna(how="all")
    f = imported["by_file"][os.path.basename(NER)]
    assert f["read"] == len(df) == 2574
    assert f["areas"] + f["rejected"] == f["read"]
    rej = _query(imported["db"], "SELECT line, reason FROM rejections WHERE file LIKE ?", ["%ner_feb2022%"])
    assert len(rej) == f["rejected"]
    no_dept = df["Département"].isna().sum()
    assert (rej["reason"].str.startswith("no admin2 area")).sum() == no_dept
    start = pd.to_datetime(df["Date Débute "], errors="coerce")
    end = pd.to_datetime(df["Date Fin"], errors="coerce")
    bad_year = ~start.dt.year.between(1960, 2060) & start.notna() | ~end.dt.year.between(1960, 2060) & end.notna()
    bad_year |= df["Date Fin"].astype(str).str.startswith("0201")
    has_dept = df["Département"].notna()
    date_rejects = rej["reason"].str.contains("date")
    # a row with a wrong date and a département is rejected for its date
    assert date_rejects.sum() >= (bad_year & has_dept).sum() > 0
    areas = _query(imported["db"], "SELECT match, count(*) n FROM program_areas WHERE file LIKE ? GROUP BY 1",
                   ["%ner_feb2022%"])
    got = dict(zip(areas["match"], areas["n"]))
    assert got.get("name", 0) > 2000 and got.get("name_lookup", 0) > 0  # the hidden sheet's old P-codes
    lines = _query(imported["db"], "SELECT min(line) lo, max(line) hi FROM program_areas WHERE file LIKE ?",
                   ["%ner_feb2022%"])
    assert lines["lo"][0] >= 3 and lines["hi"][0] <= 3044  # sheet rows, after the header and HXL rows


def test_iati_every_activity_stored_or_rejected(imported):
    root = ET.parse(imported["files"][os.path.basename(IATI)]).getroot()
    ids = {a.findtext("iati-identifier").strip() for a in root.iter("iati-activity")}
    assert len(ids) == 379
    stored = set(_query(imported["db"], "SELECT program_id FROM programs WHERE source_format = 'iati-xml'")["program_id"])
    rej = _query(imported["db"], "SELECT raw FROM rejections WHERE file LIKE ?", ["%iati%"])
    rejected = set(rej["raw"].str.replace("iati-identifier=", "", regex=False))
    assert stored | rejected == ids
    assert stored and stored <= ids


def _contact_values(imported) -> set[str]:
    import openpyxl

    values = set()
    df = _sheet(imported["files"][os.path.basename(NER)], "3w_Data_février_2022")
    for v in df["Personne de contact"].dropna().astype(str):
        for part in v.replace("/", "\n").replace(";", "\n").split("\n"):
            part = part.strip()
            if len(part) >= 6:
                values.add(part)
    wb = openpyxl.load_workbook(imported["files"][os.path.basename(BFA)], read_only=True)
    for row in wb["Lisez-moi"].iter_rows(values_only=True):
        for v in row:
            if isinstance(v, str) and "@" in v:
                values.update(w.strip(" ,;:()") for w in v.split() if "@" in w)
    return values


def test_no_contact_value_in_database_quarantine_or_output(imported):
    values = _contact_values(imported)
    assert len(values) > 100  # names, e-mails and phones of the Niger sheet, OCHA e-mails of the hidden sheet
    db = imported["db"]
    tables = _query(db, "SELECT table_name, column_name FROM information_schema.columns WHERE data_type = 'VARCHAR' "
                        "AND table_name IN ('programs', 'program_areas', 'rejections', 'ingests')")
    text = []
    for t, c in zip(tables["table_name"], tables["column_name"]):
        text.extend(_query(db, f'SELECT "{c}" v FROM {t} WHERE "{c}" IS NOT NULL')["v"].tolist())
    blob = "\n".join(text)
    raw_bytes = db.read_bytes()
    quarantine = open(imported["summary"]["quarantine"], encoding="utf-8").read()
    pid = _query(db, "SELECT program_id FROM programs WHERE file LIKE '%ner_feb2022%' LIMIT 1")["program_id"][0]
    outs = imported["outputs"] + [
        (r.stdout + r.stderr) for r in (sw("--db", db, "programs", "list"), sw("--db", db, "--json", "programs", "list"),
                                        sw("--db", db, "programs", "show", pid),
                                        sw("--db", db, "--json", "programs", "show", pid))]
    leaks = [v for v in values if v in blob or v in quarantine or any(v in o for o in outs)
             or v.encode("utf-8") in raw_bytes]
    assert leaks == []


def test_quarantine_csv_names_file_line_and_reason(imported):
    with open(imported["summary"]["quarantine"], newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == imported["summary"]["rejected"]
    assert all(r["file"] and int(r["line"]) > 0 and r["reason"] for r in rows)
    assert any("implausible date 1905" in r["reason"] for r in rows)
    assert any("is before start date" in r["reason"] for r in rows)


def test_list_and_show_human_and_json(imported):
    db = imported["db"]
    r = sw("--db", db, "--json", "programs", "list", "--country", "MLI")
    assert r.returncode == 0, r.stderr
    listed = json.loads(r.stdout)
    assert listed["count"] == len(listed["programs"]) > 100
    pid = listed["programs"][0]["program_id"]
    r = sw("--db", db, "--json", "programs", "show", pid)
    shown = json.loads(r.stdout)
    assert shown["program_id"] == pid and shown["areas"] and all(a["lines"] for a in shown["areas"])
    assert shown["org_roles"][0]["role"] in ("implementing", "accountable")
    r = sw("--db", db, "programs", "show", pid)
    assert r.returncode == 0 and pid in r.stdout and "areas (" in r.stdout
    r = sw("--db", db, "programs", "show", "no-such-program")
    assert r.returncode != 0 and "no program" in r.stderr and "Traceback" not in r.stderr
