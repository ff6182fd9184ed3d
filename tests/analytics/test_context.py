import csv

import pandas as pd
import pytest
from analytics_frames import DATA, need

from sahelwatch.errors import InputError
from sahelwatch.sources import context as cx

CH = DATA / "context" / "cadre_harmonise_2014-2021.csv"
POP = DATA / "context" / "mali_population_admin2_2020.csv"
SCHOOLS = DATA / "context" / "mali_schools_2023.xlsx"


def test_cadre_harmonise_reads_mali_rows():
    ch = cx.read_cadre_harmonise(need(CH), iso3="MLI")
    raw = pd.read_csv(CH)
    assert len(ch) == (raw.adm0_pcod3 == "MLI").sum()
    r = ch[(ch.admin2 == "Menaka") & (ch.exercise == "2018 Jan-May") & (ch.chtype == "current")].iloc[0]
    hand = raw[(raw.adm2_name == "Menaka") & (raw.exercise_year == 2018) & (raw.exercise_label == "Jan-May") & (raw.chtype == "current")].iloc[0]
    assert r.share_phase35 == pytest.approx(hand.phase35 / hand.population)
    assert str(r.period_start.date()) == "2018-01-01" and str(r.period_end.date()) == "2018-05-31"
    proj = ch[(ch.exercise == "2014 Sep-Dec") & (ch.chtype == "projected")].iloc[0]
    assert str(proj.period_start.date()) == "2015-01-01"


def test_population_reads_50_cercles():
    p = cx.read_population(need(POP))
    assert len(p) == 50 and p.population.sum() == pd.read_csv(POP, encoding="utf-8-sig").T_TL.sum()
    assert p.set_index("admin2_norm").loc["segou", "admin2"] == "Ségou"


def test_schools_registry_with_multirow_headers():
    s = cx.read_schools(need(SCHOOLS))
    hand = pd.read_excel(SCHOOLS, sheet_name="BDD", header=None, skiprows=3)
    assert s.attrs["read"] == len(s) + len(s.attrs["rejects"]) == len(hand) - hand.isna().all(axis=1).sum()
    assert s.closed_insecurity.sum() == hand[34].fillna("").str.contains("insécurité").sum()
    by = cx.schools_by_admin2(s).set_index("admin2_norm")
    assert by.loc["bankass", "schools"] == (hand[4] == "Bankass").sum()


def _write(tmp_path, name, rows):
    p = tmp_path / name
    with open(p, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows(rows)
    return p


def test_bad_inputs_name_the_file_and_line(tmp_path):
    with pytest.raises(InputError, match="file not found"):
        cx.read_population(tmp_path / "nope.csv")
    bad = _write(tmp_path, "pop.csv", [["admin2Name_fr", "admin2Pcode"], ["Gao", "ML0703"]])
    with pytest.raises(InputError, match=r"pop\.csv:1: .*lacks admin1Name_fr"):
        cx.read_population(bad)
    bad = _write(tmp_path, "pop2.csv", [["admin2Name_fr", "admin2Pcode", "admin1Name_fr", "admin1Pcode", "T_TL"],
                                        ["Gao", "ML0703", "Gao", "ML07", "1000"], ["Kidal", "ML0801", "Kidal", "ML08", "beaucoup"]])
    p = cx.read_population(bad)  # the bad row is rejected with its line, the good one kept
    assert list(p.admin2) == ["Gao"] and [(r.line, r.reason) for r in p.attrs["rejects"]] == \
        [(3, "column 'T_TL': 'beaucoup' is not a number")]
    header = open(need(CH), encoding="utf-8").readline().strip().split(",")
    good = open(CH, encoding="utf-8").readlines()[1].strip().split(",")
    row = dict(zip(header, good))
    row["phase_class"] = "7"
    bad = _write(tmp_path, "ch.csv", [header, good, [row[h] for h in header]])
    ch = cx.read_cadre_harmonise(bad)
    assert len(ch) == 1 and [(r.line, r.reason) for r in ch.attrs["rejects"]] == [(3, "phase_class '7' is not 1-5")]
    x = tmp_path / "not.xlsx"
    x.write_text("hello")
    with pytest.raises(InputError, match="not.xlsx"):
        cx.read_schools(x)
