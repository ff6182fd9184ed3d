"""Property tests of every reader and container: whatever the values of the rows, reading, parsing
and validating a file never raises, and every record written is either a good row, a rejected row
with a line and a reason, or (ACLED monadic) merged into another row.

Rows start from real records of the shared exports (read at test time, never stored) and from
rows of our own for the sahelwatch-csv template; hypothesis replaces their values. The runs are
derandomised, with no example database, so they are the same on every machine.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import gzip
import io
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sahelwatch.sources import load
from sahelwatch.sources.hdx import COLUMNS as HDX_COLUMNS
from sahelwatch.sources.reader import LINE, PROVENANCE, read_any
from tests.conftest import TODAY, data_file
from tests.sources.mutations import NASTY

SHARED = {
    "acled": "acled/acled_mali_dyadic_1997-2018.csv",
    "acled-monadic": "acled/acled_mali_monadic_2017-2018.csv",
    "acled-legacy": "acled/acled_legacy_2016_mali.csv",
    "ucdp-ged": "ucdp/ged231_global_sample_1000.csv",
    "hdx-acled-admin2-month": "hdx/mali_hrp_political_violence_events_and_fatalities_by_month-year_1997-2020.xlsx",
}
#: rows of our own in the field-report template
OWN_ROWS = [
    {"report_id": "r1", "event_date": "2024-03-02", "country": "Mali", "admin1": "Mopti", "location": "Sévaré",
     "latitude": "14.53", "longitude": "-4.09", "event_type": "Battles", "sub_event_type": "Armed clash",
     "actor1": "jnim", "actor2": "Military Forces of Mali", "fatalities_low": "2", "fatalities_best": "3",
     "fatalities_high": "5", "date_precision": "day", "geo_precision": "near", "tactic": "ambush",
     "target_category": "security_forces", "attribution": "claimed", "notes": "An ambush on a patrol."},
    {"report_id": "r2", "event_date": "2024-04-11", "country": "BFA", "admin1": "Sahel", "location": "Djibo",
     "event_type": "Violence against civilians", "sub_event_type": "Attack", "actor1": "ISSP",
     "fatalities_best": "0", "attribution": "suspected", "notes_fr": "Des hommes armés ont attaqué un marché."},
]
FORMATS = [*SHARED, "sahelwatch-csv"]
CONTAINERS = ["csv", "csv.gz", "json", "xlsx"]

SETTINGS = settings(max_examples=12, derandomize=True, database=None, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@functools.cache
def template(fmt: str) -> tuple[tuple[str, ...], tuple[dict, ...]]:
    """The header and up to 40 records of the format, as strings."""
    if fmt == "sahelwatch-csv":
        header = tuple(dict.fromkeys(k for r in OWN_ROWS for k in r))
        return header, tuple({k: r.get(k, "") for k in header} for r in OWN_ROWS)
    path = data_file(SHARED[fmt])
    raw = read_any(path, xlsx_required=HDX_COLUMNS if fmt.startswith("hdx") else ())
    names = [c for c in raw.table.column_names if c not in PROVENANCE and c != LINE and not c.startswith("__")]
    rows = raw.table.select(names).slice(0, 40).to_pylist()
    return tuple(names), tuple({k: (v or "") for k, v in r.items()} for r in rows)


values = st.one_of(
    st.sampled_from(NASTY),
    st.text(max_size=25),
    st.integers(min_value=-10**45, max_value=10**45).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.dates(min_value=dt.date(1, 1, 1)).map(lambda d: d.strftime(st_date_formats[d.day % 3])),
)
st_date_formats = ("%Y-%m-%d", "%d %B %Y", "%d/%m/%Y")


@st.composite
def damaged_rows(draw, fmt: str):
    header, rows = template(fmt)
    out = []
    for _ in range(draw(st.integers(1, 6))):
        row = dict(draw(st.sampled_from(rows)))
        for name in draw(st.lists(st.sampled_from(header), max_size=4)):
            row[name] = draw(values)
        out.append(row)
    return header, out


def _csv_bytes(header, rows) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    for r in rows:
        w.writerow([r[h] for h in header])
    return buf.getvalue().encode("utf-8")


def write(tmp_path, fmt: str, container: str, header, rows):
    name = "ged231_fuzz" if fmt == "ucdp-ged" else "fuzz"
    path = tmp_path / f"{name}.{container}"
    if container == "csv":
        path.write_bytes(_csv_bytes(header, rows))
    elif container == "csv.gz":
        path.write_bytes(gzip.compress(_csv_bytes(header, rows)))
    elif container == "json":
        records = [{h: r[h] for h in header} for r in rows]
        doc = ({"data": records} if fmt.startswith("acled")
               else {"TotalCount": len(records), "Result": records} if fmt == "ucdp-ged" else records)
        path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    else:
        from openpyxl import Workbook
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        wb = Workbook()
        ws = wb.active
        ws.append(list(header))
        for r in rows:  # a workbook cannot hold control characters at all: they are left out
            ws.append([ILLEGAL_CHARACTERS_RE.sub("", r[h]) or "-" for h in header])
        wb.save(path)
    return path


@pytest.mark.parametrize("container", CONTAINERS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_every_record_is_kept_or_rejected_with_a_reason(tmp_path_factory, fmt, container):
    template(fmt)  # skips, naming the file, when the shared export is missing
    folder = tmp_path_factory.mktemp("props")

    @SETTINGS
    @given(damaged_rows(fmt))
    def check(drawn):
        header, rows = drawn
        path = write(folder, fmt, container, header, rows)
        checked = load(path, fmt, today=TODAY)
        assert checked.batch.format == fmt
        accounted = checked.good.num_rows + len(checked.rejects) + checked.batch.merged_rows
        assert accounted == len(rows), (accounted, len(rows), [r.reason for r in checked.rejects])
        assert all(r.line >= 1 and r.reason for r in checked.rejects)

    check()


@pytest.mark.parametrize("fmt,container", [("sahelwatch-csv", "csv"), ("sahelwatch-csv", "xlsx"),
                                           ("hdx-acled-admin2-month", "xlsx"), ("ucdp-ged", "json")])
def test_ingest_stores_or_quarantines_every_record(tmp_path_factory, fmt, container):
    """The whole ingest (derivation and storage too), on one store across the examples."""
    from sahelwatch.ingest import ingest_files
    from sahelwatch.store import open_store

    template(fmt)
    folder = tmp_path_factory.mktemp("ingest-props")
    with open_store(folder / "props.duckdb") as store:

        @SETTINGS
        @given(damaged_rows(fmt))
        def check(drawn):
            header, rows = drawn
            path = write(folder, fmt, container, header, rows)
            f = ingest_files(store, [path], fmt=fmt, today=TODAY, quarantine_dir=folder / "q").files[0]
            assert f.read == len(rows)
            assert f.read == f.inserted + f.updated + f.unchanged + f.rejected + f.merged_rows

        check()
