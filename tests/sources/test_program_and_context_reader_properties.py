"""Property tests of the readers the event fuzzing does not reach: the program readers (3W/5W workbooks,
IATI XML, the program CSV) and the context readers (Cadre Harmonisé, population, schools). Whatever the
values of the rows, nothing raises but a clear :class:`InputError` naming the file (and the line, when a
line is at fault); a program file's every row is an area stored or a row rejected with its line and reason;
so is a context file's every record: kept or rejected with its line and reason (read = kept + rejected),
unless the file as a whole cannot be read.

Inputs are generated here from rows of our own (invented organisations, places and figures), never from
the shared files. The runs are derandomised, with no example database.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import xml.etree.ElementTree as ET

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sahelwatch.errors import InputError
from tests.sources.context_rows import CH_ROW, POP_ROW
from tests.sources.mutations import NASTY

SETTINGS = settings(max_examples=20, derandomize=True, database=None, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.function_scoped_fixture])

text_values = st.one_of(
    st.sampled_from(NASTY),
    st.text(max_size=25),
    st.integers(min_value=-10**45, max_value=10**45).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.sampled_from(["1e400", "-1", "0", "2020", "99999", "Jan-May", "Feb", "Sep-Dec", "current", "projected",
                     "2021-13-01", "01/02/2022", "31/02/2022", "1899-01-01", "3000-01-01", "ML0101", "NE001002"]),
)
#: what a workbook cell may hold: text, numbers, dates, nothing
cell_values = st.one_of(text_values, st.none(), st.integers(min_value=-10**20, max_value=10**20),
                        st.floats(allow_nan=False, allow_infinity=False),
                        st.datetimes(min_value=dt.datetime(1900, 3, 1), max_value=dt.datetime(2100, 1, 1)))


@st.composite
def damaged(draw, template: list[dict], values=text_values, max_rows: int = 6) -> list[dict]:
    rows = []
    for _ in range(draw(st.integers(1, max_rows))):
        row = dict(draw(st.sampled_from(template)))
        for name in draw(st.lists(st.sampled_from(sorted(row)), max_size=4)):
            row[name] = draw(values)
        rows.append(row)
    return rows


def _csv(path, header, rows) -> None:
    buf = io.StringIO(newline="")
    w = csv.writer(buf)  # CRLF between records, so that a CR or LF inside a value is quoted
    w.writerow(header)
    for r in rows:
        w.writerow(["" if r.get(h) is None else str(r.get(h)) for h in header])
    path.write_bytes(buf.getvalue().encode("utf-8", "surrogatepass"))


def _workbook(path, head_rows: list[list], rows: list[list]) -> None:
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    wb = Workbook()
    ws = wb.active
    for r in head_rows:
        ws.append(r)
    for r in rows:  # a workbook cannot hold control characters at all: they are left out
        ws.append([ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v for v in r])
    wb.save(path)


def _clear_error(e: InputError, path, n_lines: int | None = None) -> None:
    assert e.path == str(path) and e.reason, str(e)
    if e.line is not None and n_lines is not None:
        assert 1 <= e.line <= n_lines, str(e)


# --------------------------------------------------------------------------- context readers


@pytest.mark.parametrize("reader, template", [("read_cadre_harmonise", CH_ROW), ("read_population", POP_ROW)])
def test_a_context_csv_keeps_or_rejects_every_row_or_fails_with_a_clear_error(tmp_path, reader, template):
    from sahelwatch.sources import context

    read = getattr(context, reader)
    header = list(template)
    n = [0]

    @SETTINGS
    @given(damaged([template, template | {"admin2Pcode": "ML0102", "adm2_pcod2": "ML0102"}]))
    def check(rows):
        n[0] += 1
        path = tmp_path / f"context{n[0]}.csv"
        _csv(path, header, rows)
        n_lines = len(path.read_text(encoding="utf-8", errors="replace").splitlines())
        try:
            df = read(path)
        except InputError as e:
            _clear_error(e, path, n_lines)
            return
        rejects = df.attrs["rejects"]
        assert df.attrs["read"] == len(df) + len(rejects) == len(rows)
        assert all(2 <= r.line <= n_lines and r.reason for r in rejects), rejects

    check()


@pytest.mark.parametrize("year", ["99999", "0", "-5", "1e18", "1" * 40])
def test_a_cadre_harmonise_year_out_of_range_rejects_its_row_alone(tmp_path, year):
    from sahelwatch.sources.context import read_cadre_harmonise

    path = tmp_path / "ch.csv"
    _csv(path, list(CH_ROW), [CH_ROW, CH_ROW | {"reference_year": year}])
    df = read_cadre_harmonise(path)
    assert len(df) == 1 and df.attrs["read"] == 2
    (r,) = df.attrs["rejects"]
    assert r.line == 3 and "reference_year" in r.reason and year in r.raw


SCHOOL_HEADER = ["REGION", "CERCLE", "COMMUNE", "Nom de l'école", "Longitude école", "Latitude école",
                 "Total élève", "Statut de fonctionnalité de l'école"]
SCHOOL_ROWS = [{"REGION": "Region Alpha", "CERCLE": "Cercle Beta", "COMMUNE": "Commune Gamma",
                "Nom de l'école": "Ecole 1", "Longitude école": -4.2, "Latitude école": 14.5, "Total élève": 210,
                "Statut de fonctionnalité de l'école": "Ecole fonctionnelle"},
               {"REGION": "Region Alpha", "CERCLE": "Cercle Delta", "COMMUNE": "Commune Eta",
                "Nom de l'école": "Ecole 2", "Longitude école": None, "Latitude école": None, "Total élève": None,
                "Statut de fonctionnalité de l'école": "Ecole fermée (insécurité)"}]


def test_a_school_workbook_keeps_or_rejects_every_row_or_fails_with_a_clear_error(tmp_path):
    from sahelwatch.sources.context import read_schools

    n = [0]

    @SETTINGS
    @given(damaged(SCHOOL_ROWS, cell_values))
    def check(rows):
        n[0] += 1
        path = tmp_path / f"schools{n[0]}.xlsx"
        _workbook(path, [["Registre des écoles"], SCHOOL_HEADER], [[r[h] for h in SCHOOL_HEADER] for r in rows])
        try:
            df = read_schools(path)
        except InputError as e:
            _clear_error(e, path, 2 + len(rows))
            return
        written = [r for r in rows if any(r[h] is not None for h in SCHOOL_HEADER)]
        rejects = df.attrs["rejects"]
        assert df.attrs["read"] == len(df) + len(rejects) == len(written)
        assert df["row"].between(3, 2 + len(rows)).all()
        assert all(3 <= r.line <= 2 + len(rows) and r.reason for r in rejects), rejects

    check()


# --------------------------------------------------------------------------- program readers
CONTACT = "contact-person@example.invalid"
PROGRAM_CSV_ROWS = [
    {"program_id": "p-1", "title": "Water points", "organisation": "Org Alpha", "sector": "WASH",
     "program_type": "", "country": "MLI", "admin1": "Region Alpha", "admin2": "Cercle Beta", "admin2_pcode": "ML0101",
     "start": "2020-01-01", "end": "2021-06-30", "budget_usd": "150000", "source_url": "", "Contact e-mail": CONTACT},
    {"program_id": "p-2", "title": "Schools", "organisation": "Org Beta", "sector": "Education",
     "program_type": "", "country": "NER", "admin1": "", "admin2": "Some Place", "admin2_pcode": "",
     "start": "01/03/2019", "end": "", "budget_usd": "1 200,5", "source_url": "", "Contact e-mail": CONTACT},
]
THREE_W_TAGS = ["#org+acronym", "#org+partner", "#sector", "#activity", "#adm1+name", "#adm2+name", "#adm2+code",
                "#date+start", "#date+end", "#beneficiary", "#status", "#contact+email"]
THREE_W_HEADER = ["Organisation", "Partenaire", "Secteur", "Activité", "Région", "Cercle", "Code cercle",
                  "Date début", "Date fin", "Bénéficiaires", "Statut", "Personne de contact"]
THREE_W_ROWS = [
    {"#org+acronym": "ORGA", "#org+partner": "ORGB", "#sector": "Santé", "#activity": "Clinics",
     "#adm1+name": "Region Alpha", "#adm2+name": "Cercle Beta", "#adm2+code": "ML0101",
     "#date+start": dt.datetime(2021, 2, 1), "#date+end": dt.datetime(2021, 12, 31), "#beneficiary": 1500,
     "#status": "En cours", "#contact+email": CONTACT},
    {"#org+acronym": "ORGC", "#org+partner": None, "#sector": "WASH", "#activity": "Wells",
     "#adm1+name": "Region Alpha", "#adm2+name": "Cercle Gamma", "#adm2+code": None,
     "#date+start": "2022-01-10", "#date+end": None, "#beneficiary": "300", "#status": "Planifié",
     "#contact+email": CONTACT},
]


@pytest.fixture
def store(tmp_path):
    """One store for the examples of a test (each file is accounted for on its own)."""
    from sahelwatch.store import open_store

    with open_store(tmp_path / "programs.duckdb") as s:
        yield s


def _import(store, tmp_path, path):
    """Import one program file; (FileImport, rejects), or it raises the InputError."""
    from sahelwatch.programs.registry import import_programs

    s = import_programs(store, [path], quarantine_dir=tmp_path / "q")
    return s.files[0], [r for _, r in s.rejects]


def _accounted(f, rejects, n_lines: int) -> None:
    assert f.read == f.areas + f.rejected, f
    assert len(rejects) == f.rejected
    for r in rejects:
        assert r.reason and 1 <= r.line <= n_lines, r
        assert CONTACT not in r.raw and CONTACT not in r.reason, "a contact value reached the quarantine"


def test_a_program_csv_stores_or_rejects_every_row(tmp_path, store):
    header = list(PROGRAM_CSV_ROWS[0])
    n = [0]

    @SETTINGS
    @given(damaged(PROGRAM_CSV_ROWS))
    def check(rows):
        n[0] += 1
        path = tmp_path / f"programs{n[0]}.csv"
        for r in rows:
            r["Contact e-mail"] = CONTACT
        _csv(path, header, rows)
        n_lines = len(path.read_text(encoding="utf-8", errors="replace").split("\n"))
        try:
            f, rejects = _import(store, tmp_path, path)
        except InputError as e:
            _clear_error(e, path, n_lines)
            return
        blank = sum(1 for r in rows if not any(str(v or "").strip() for k, v in r.items() if k != "Contact e-mail"))
        assert f.read == len(rows) - blank
        _accounted(f, rejects, n_lines)

    check()


@pytest.mark.parametrize("container", ["xlsx", "csv"])
def test_a_3w_table_stores_or_rejects_every_row(tmp_path, store, container):
    n = [0]

    @SETTINGS
    @given(damaged(THREE_W_ROWS, cell_values if container == "xlsx" else text_values))
    def check(rows):
        n[0] += 1
        for r in rows:
            r["#contact+email"] = CONTACT
        path = tmp_path / f"3w{n[0]}.{container}"
        body = [[r[t] for t in THREE_W_TAGS] for r in rows]
        if container == "xlsx":
            _workbook(path, [THREE_W_HEADER, THREE_W_TAGS], body)
        else:
            _csv(path, THREE_W_HEADER, [dict(zip(THREE_W_HEADER, THREE_W_TAGS))]
                 + [dict(zip(THREE_W_HEADER, b)) for b in body])
        try:
            f, rejects = _import(store, tmp_path, path)
        except InputError as e:
            _clear_error(e, path, 2 + len(rows) * 3)
            return
        assert f.read <= len(rows)
        _accounted(f, rejects, 2 + len(rows) * 3)

    check()


def _iati(activities: list[dict]) -> bytes:
    root = ET.Element("iati-activities", version="2.03")
    for a in activities:
        el = ET.SubElement(root, "iati-activity", {"default-currency": a["currency"]})
        ET.SubElement(el, "iati-identifier").text = a["id"]
        ET.SubElement(ET.SubElement(el, "title"), "narrative").text = a["title"]
        ET.SubElement(ET.SubElement(el, "participating-org", role=a["role"]), "narrative").text = a["org"]
        ET.SubElement(el, "activity-status", code=a["status"])
        ET.SubElement(el, "activity-date", {"type": "2", "iso-date": a["start"]})
        ET.SubElement(el, "activity-date", {"type": "3", "iso-date": a["end"]})
        ET.SubElement(el, "recipient-country", code=a["country"])
        ET.SubElement(el, "sector", code=a["sector"], vocabulary="1")
        b = ET.SubElement(el, "budget")
        ET.SubElement(b, "value", currency=a["currency"]).text = a["budget"]
        for code, name in a["places"]:
            loc = ET.SubElement(el, "location")
            ET.SubElement(loc, "administrative", vocabulary="A4", level="2", code=code)
            ET.SubElement(ET.SubElement(loc, "name"), "narrative").text = name
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


IATI_ACTIVITIES = [
    {"id": "XM-EX-1-001", "title": "Food assistance", "org": "Org Alpha", "role": "4", "status": "2",
     "start": "2020-04-01", "end": "2022-03-31", "country": "ML", "sector": "72040", "budget": "250000",
     "currency": "USD", "places": [("ML0101", "Cercle Beta"), ("ML0102", "Cercle Delta")]},
    {"id": "XM-EX-1-002", "title": "Health posts", "org": "Org Beta", "role": "2", "status": "3",
     "start": "2019-01-15", "end": "2019-12-31", "country": "NE", "sector": "12220", "budget": "80000",
     "currency": "EUR", "places": []},
]
_XML_TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=25)


@st.composite
def iati_activities(draw) -> list[dict]:
    out = []
    for _ in range(draw(st.integers(1, 4))):
        a = dict(draw(st.sampled_from(IATI_ACTIVITIES)))
        for name in draw(st.lists(st.sampled_from([k for k in a if k != "places"]), max_size=4)):
            a[name] = draw(st.one_of(st.sampled_from([v for v in NASTY if not any(ord(c) < 32 for c in v)
                                                      and "\ufeff" not in v]), _XML_TEXT))
        if draw(st.booleans()):
            a["places"] = draw(st.lists(st.tuples(_XML_TEXT, _XML_TEXT), max_size=3))
        out.append(a)
    return out


def test_an_iati_file_stores_or_rejects_every_activity_place(tmp_path, store):
    n = [0]

    @SETTINGS
    @given(iati_activities(), st.one_of(st.none(), st.floats(0.2, 0.95)))
    def check(activities, cut):
        n[0] += 1
        data = _iati(activities)
        if cut is not None:  # a file cut short: not well-formed
            data = data[: int(len(data) * cut)]
        path = tmp_path / f"iati{n[0]}.xml"
        path.write_bytes(data)
        n_lines = data.count(b"\n") + 1
        try:
            f, rejects = _import(store, tmp_path, path)
        except InputError as e:
            _clear_error(e, path, n_lines)
            return
        assert cut is None or f.read <= sum(max(1, len(a["places"])) for a in activities)
        if cut is None:
            assert f.read >= len(activities)
        _accounted(f, rejects, n_lines)

    check()


def test_a_context_reject_names_the_line_where_its_record_starts(tmp_path):
    from sahelwatch.sources.context import read_cadre_harmonise, read_population

    ch = tmp_path / "ch.csv"
    _csv(ch, list(CH_ROW), [CH_ROW | {"adm1_name": "Region\nover two lines"}, CH_ROW | {"phase_class": "9"}])
    (r,) = read_cadre_harmonise(ch).attrs["rejects"]
    assert r.line == 4 and "phase_class '9'" in r.reason
    pop = tmp_path / "pop.csv"
    _csv(pop, list(POP_ROW), [POP_ROW | {"admin1Name_fr": "a\nb\nc"}, POP_ROW | {"admin2Pcode": "ML0102"},
                              POP_ROW | {"T_TL": "many"}])
    (r,) = read_population(pop).attrs["rejects"]
    assert r.line == 6 and "'many' is not a number" in r.reason


IATI_DOC = {"iati_identifier": "XM-EX-2-001", "title_narrative": ["Cash transfers"],
            "reporting_org_narrative": ["Org Gamma"], "participating_org_narrative": ["Org Gamma", "Org Delta"],
            "participating_org_role": ["1", "4"], "activity_status_code": "2",
            "activity_date_type": ["2", "3"], "activity_date_iso_date": ["2021-01-01", "2022-12-31"],
            "budget_value": [50000], "budget_value_currency": ["USD"], "default_currency": "USD",
            "sector_code": ["72010"], "sector_vocabulary": ["1"], "recipient_country_code": ["BF"],
            "location_administrative_code": ["BF4601", "BF4602"], "location_administrative_vocabulary": ["A4", "A4"],
            "location_name_narrative": ["Province One", "Province Two"], "location_point_pos": ["13.1 -1.2"]}
json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-10**20, 10**20), st.floats(allow_nan=False), text_values),
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=5), inner, max_size=2)),
    max_leaves=6)


def test_an_iati_json_file_stores_or_rejects_every_activity_place(tmp_path, store):
    import json

    n = [0]

    @SETTINGS
    @given(st.lists(st.fixed_dictionaries({}, optional={k: json_values for k in IATI_DOC}).map(
        lambda d: IATI_DOC | d), min_size=1, max_size=4))
    def check(docs):
        n[0] += 1
        path = tmp_path / f"iati{n[0]}.json"
        path.write_text(json.dumps({"response": {"docs": docs}}, ensure_ascii=False), encoding="utf-8")
        try:
            f, rejects = _import(store, tmp_path, path)
        except InputError as e:
            _clear_error(e, path)
            return
        assert f.read >= len(docs)
        _accounted(f, rejects, len(docs))

    check()
