"""A context file (Cadre Harmonisé, population, schools) with some bad records: the good ones are kept, each
bad one is rejected on its own with its line and reason and written to the quarantine CSV (file, line,
reason, record), and read = kept + rejected. A file that cannot be read, or lacks a required column, still
fails as a whole. Every row here is made up (invented places and figures)."""

from __future__ import annotations

import csv

import pandas as pd
import pytest

from sahelwatch.errors import InputError
from sahelwatch.sources import context as cx
from tests.sources.context_rows import CH_ROW, POP_ROW


def _csv(path, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    return path


def test_cadre_harmonise_keeps_the_good_rows_and_rejects_each_bad_one(tmp_path):
    path = _csv(tmp_path / "ch.csv", [CH_ROW, CH_ROW | {"phase_class": "8"}, CH_ROW | {"adm2_pcod2": "ML0102"},
                                      CH_ROW | {"population": "lots"}, CH_ROW | {"chtype": "later"},
                                      CH_ROW | {"reference_label": "Summer"}])
    ch = cx.read_cadre_harmonise(path)
    assert list(ch.admin2_pcode) == ["ML0101", "ML0102"]
    assert ch.attrs["read"] == 6 == len(ch) + len(ch.attrs["rejects"])
    assert [(r.line, r.reason) for r in ch.attrs["rejects"]] == [
        (3, "phase_class '8' is not 1-5"), (5, "column 'population': 'lots' is not a number"),
        (6, "chtype 'later' is neither current nor projected"), (7, "period label 'Summer' is not like 'Jan-May'")]
    assert "lots" in ch.attrs["rejects"][1].raw


def test_population_rejects_a_repeated_p_code_and_keeps_the_first(tmp_path):
    path = _csv(tmp_path / "pop.csv", [POP_ROW, POP_ROW | {"admin2Pcode": "ML0102", "F_TL": "n/a"},
                                       POP_ROW | {"T_TL": "999"}, POP_ROW | {"admin2Pcode": "ML0103"}])
    pop = cx.read_population(path)
    assert list(pop.admin2_pcode) == ["ML0101", "ML0103"] and list(pop.population) == [54000, 54000]
    assert [(r.line, r.reason) for r in pop.attrs["rejects"]] == [
        (3, "column 'F_TL': 'n/a' is not a number"), (4, "admin2 P-code 'ML0101' appears twice (first on line 2)")]


def test_a_school_without_cercle_or_with_a_bad_number_is_rejected_not_dropped(tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["Registre"])
    ws.append(["REGION", "CERCLE", "Nom de l'école", "Total élève", "Statut de fonctionnalité de l'école"])
    ws.append(["Region Alpha", "Cercle Beta", "Ecole A", 120, "Ecole fonctionnelle"])
    ws.append(["Region Alpha", None, "Ecole B", 80, "Ecole fermée (insécurité)"])
    ws.append(["Region Alpha", "Cercle Beta", "Ecole C", "beaucoup", "Ecole fonctionnelle"])
    path = tmp_path / "schools.xlsx"
    wb.save(path)
    s = cx.read_schools(path)
    assert list(s.school) == ["Ecole A"] and s.attrs["read"] == 3
    assert [(r.line, r.reason) for r in s.attrs["rejects"]] == [
        (4, "no CERCLE (admin2)"), (5, "column 'pupils': 'beaucoup' is not a number")]


def test_the_food_security_report_quarantines_the_rejected_records(tmp_path):
    from sahelwatch.analytics.humanitarian import food_insecurity_report

    path = _csv(tmp_path / "ch.csv", [CH_ROW, CH_ROW | {"phase35": "1e400"}])
    events = pd.DataFrame({"event_date": pd.to_datetime(["2020-03-01"]), "event_type": ["Battles"],
                           "fatalities_best": [2], "admin2": ["Cercle Beta"]})
    res = food_insecurity_report(events, path, quarantine_dir=tmp_path / "q", n_boot=10)
    assert res.inputs == ({"file": str(path), "read": 2, "kept": 1, "rejected": 1},)
    with open(res.quarantine, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [(r["file"], r["line"], r["reason"]) for r in rows] == \
        [(str(path), "3", "column 'phase35': '1e400' is not a number")]


def test_a_file_without_a_required_column_still_fails_as_a_whole(tmp_path):
    path = _csv(tmp_path / "pop.csv", [{k: v for k, v in POP_ROW.items() if k != "T_TL"}])
    with pytest.raises(InputError, match=r"pop\.csv:1: .*lacks T_TL"):
        cx.read_population(path)
