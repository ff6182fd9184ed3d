"""Program files written here (fictional programs, P-codes read from the user's P-code table at test
time): the sahelwatch program CSV with staggered areas, IATI JSON, P-code crosswalk and misspelt
names, and bad rows quarantined with file, line and reason."""

from __future__ import annotations

import json

import pytest

from sahelwatch.errors import InputError
from sahelwatch.geo.boundaries import import_boundaries
from sahelwatch.programs import import_programs, show_program
from sahelwatch.programs.areas import AreaMatcher, crosswalk
from sahelwatch.programs.sectors import classify
from sahelwatch.store import open_store
from tests.conftest import data_file

HEADER = "program_id,title,organisation,sector,program_type,country,admin1,admin2,admin2_pcode,start,end,budget_usd,source_url\n"


@pytest.fixture()
def store(tmp_path):
    s = open_store(tmp_path / "p.duckdb")
    for level in (1, 2):
        import_boundaries(s, data_file("geo/pcodes_mli_bfa_ner_adm1_adm2.csv"), level=level)
    yield s
    s.close()


def test_crosswalk_reads_both_pcode_formats():
    assert crosswalk("NER006001") == "NE006001"
    assert crosswalk("MLI05") == "ML05"
    assert crosswalk(" ML0506 ") == "ML0506"
    assert crosswalk("Mopti") is None


def test_misspelt_and_old_format_areas_match_one_admin2(store):
    from sahelwatch.geo.boundaries import stored_boundaries

    m = AreaMatcher(stored_boundaries(store))
    right = m.match(iso3="BFA", admin2="Sanmatenga")
    assert right.method == "name" and right.admin2_pcode.startswith("BF")
    for spelt in ("Sanmentaga", "Sanmentenga"):
        got = m.match(iso3="BFA", admin2=spelt)
        assert (got.admin2_pcode, got.method) == (right.admin2_pcode, "name_fuzzy")
    assert m.match(iso3="BFA", admin2="Koulpelgo").admin2_pcode == m.match(iso3="BFA", admin2="Koulpelogo").admin2_pcode
    old = m.match(admin2_pcode="NER006001")
    assert (old.admin2_pcode, old.method) == ("NE006001", "pcode_crosswalk")
    nowhere = m.match(iso3="MLI", admin2="Atlantis")
    assert nowhere.admin2_pcode is None and "Atlantis" in nowhere.reason


def test_program_csv_staggered_areas_and_bad_rows(store, tmp_path):
    f = tmp_path / "programs.csv"
    f.write_text(HEADER
                 + "p1,Dialogue communautaire,ONG Exemple,cohésion sociale,,MLI,Mopti,Mopti,ML0506,2016-01-01,2018-12-31,250000,\n"
                 + "p1,Dialogue communautaire,ONG Exemple,cohésion sociale,,MLI,Mopti,Bandiagara,ML0501,2016-07-01,2018-12-31,250000,\n"
                 + "p2,Radio,Radio Exemple,radio,,NER,Tillabéri,,NER006001,2019-03-01,2020-02-01,,\n"
                 + "p3,Bad dates,ONG Exemple,,,MLI,,,ML0506,2019-05-01,2018-01-01,,\n"
                 + "p4,Nowhere,ONG Exemple,,,MLI,,,ML9999,2019-05-01,,,\n"
                 + "p5,Bad type,ONG Exemple,,magic,MLI,,,ML0506,2019-05-01,,,\n", encoding="utf-8")
    s = import_programs(store, [f], quarantine_dir=tmp_path / "q")
    d = s.as_dict()
    assert (d["programs"], d["areas"], d["rejected"]) == (2, 3, 3)
    reasons = {r.line: r.reason for _, r in s.rejects}
    assert "before start date" in reasons[5] and "ML9999" in reasons[6] and "program_type" in reasons[7]
    p1 = show_program(store, "p1")
    assert p1["start_date"] == "2016-01-01" and p1["program_type"] == "dialogue_mediation"
    assert p1["dac_code"] == "15220" and p1["budget_usd"] == 250000
    assert {a["admin2_pcode"]: str(a["start_date"]) for a in p1["areas"]} == {"ML0506": "2016-01-01",
                                                                             "ML0501": "2016-07-01"}
    assert show_program(store, "p2")["areas"][0]["admin2_pcode"] == "NE006001"
    rej = store.con.execute("SELECT file, line, reason FROM rejections ORDER BY line").fetchall()
    assert [r[1] for r in rej] == [5, 6, 7] and all(r[0] == str(f) for r in rej)
    # a second import replaces, never duplicates
    s2 = import_programs(store, [f], quarantine_dir=tmp_path / "q")
    assert (s2.inserted, s2.replaced) == (0, 2)
    assert store.con.execute("SELECT count(*) FROM program_areas").fetchall()[0][0] == 3


def test_iati_json_activities(store, tmp_path):
    f = tmp_path / "activities.json"
    docs = [
        {"iati_identifier": "XX-1-PEACE", "title_narrative": ["Jeunes pour la paix"],
         "participating_org_narrative": ["Bailleur X", "ONG Y"], "participating_org_role": [1, 4],
         "activity_status_code": 2, "activity_date_type": [1, 2, 3], "activity_date_iso_date":
             ["2018-01-01", "2018-03-01", "2020-12-31"], "sector_code": [15220], "sector_vocabulary": [1],
         "budget_value": [100000, 50000], "budget_value_currency": ["USD", "USD"], "recipient_country_code": ["ML"],
         "location_name_narrative": ["Mopti", "Djenné"]},
        {"iati_identifier": "XX-2-NOWHERE", "title_narrative": ["Country only"], "recipient_country_code": ["NE"]},
    ]
    f.write_text(json.dumps({"response": {"docs": docs}}), encoding="utf-8")
    s = import_programs(store, [f], quarantine_dir=tmp_path / "q")
    assert s.as_dict()["programs"] == 1 and s.as_dict()["rejected"] == 1
    p = show_program(store, "XX-1-PEACE")
    assert p["start_date"] == "2018-03-01" and p["end_date"] == "2020-12-31"
    assert p["budget_usd"] == 150000 and p["status"] == "implementation" and p["program_type"] == "dialogue_mediation"
    assert {o["role"] for o in p["org_roles"]} == {"funding", "implementing"}
    assert len(p["areas"]) == 2


def test_unreadable_file_writes_nothing(store, tmp_path):
    good = tmp_path / "ok.csv"
    good.write_text(HEADER + "p1,T,O,,,MLI,,,ML0506,2016-01-01,,,\n", encoding="utf-8")
    bad = tmp_path / "broken.xlsx"
    bad.write_bytes(b"PK\x03\x04 not a workbook")
    with pytest.raises(InputError) as e:
        import_programs(store, [good, bad], quarantine_dir=tmp_path / "q")
    assert "broken.xlsx" in str(e.value)
    assert store.programs.count() == 0


def test_sector_words_give_dac_code_and_program_type():
    assert classify("Cohésion sociale") == ("15220", "dialogue_mediation")
    assert classify("Santé") == ("12220", "humanitarian")
    assert classify("Sécurité Alimentaire", "cash for work") == ("72040", "humanitarian")
    assert classify(None, dac_code="15240") == ("15240", "reintegration")
    assert classify("something else") == (None, "other")


@pytest.mark.parametrize("name,content,says", [
    ("cut.xml", b"<?xml version='1.0'?><iati-activities><iati-activity><iati-identifier>X", "not well-formed"),
    ("other.xml", b"<?xml version='1.0'?><rss><channel/></rss>", "without iati-activities"),
    ("broken.json", b'{"response": {"docs": [', "not IATI JSON"),
    ("dict.json", b'{"something": 1}', "no list of IATI activities"),
    ("empty.csv", b"", "no HXL row"),
    ("notes.txt", "bonjour\nau revoir\n".encode(), "no HXL row"),
    ("table.ods", b"PK\x03\x04", "not a program file"),
])
def test_damaged_program_file_is_a_clear_input_error(store, tmp_path, name, content, says):
    f = tmp_path / name
    f.write_bytes(content)
    with pytest.raises(InputError) as e:
        import_programs(store, [f], quarantine_dir=tmp_path / "q")
    assert name in str(e.value) and says in str(e.value)
    assert store.programs.count() == 0


def test_damaged_files_exit_2_without_a_traceback(tmp_path):
    from tests.programs.cli_runner import sw

    f = tmp_path / "cut.xml"
    f.write_bytes(b"<iati-activities><iati-activity>")
    r = sw("--db", tmp_path / "p.duckdb", "programs", "import", f)
    assert r.returncode == 2 and "cut.xml" in r.stderr and "Traceback" not in r.stderr
