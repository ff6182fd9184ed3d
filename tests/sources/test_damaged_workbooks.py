"""Damaged workbooks: every reader says the file cannot be read and why, never a traceback,
and format detection does not call a damaged workbook "an unknown header"."""

from __future__ import annotations

import pytest

from sahelwatch.errors import InputError, UnknownFormatError
from sahelwatch.sources import detect
from sahelwatch.sources.context import read_schools
from tests.damaged_files import damaged_workbooks, good_workbook, write

_ROWS = [["event_id_cnty", "event_date", "CERCLE", "Statut de fonctionnalité"], ["MLI1", "2020-01-01", "Mopti", "Fermée"]]


@pytest.mark.parametrize("read", [detect, read_schools], ids=["detect", "read_schools"])
@pytest.mark.parametrize("kind", sorted(damaged_workbooks(_ROWS)))
def test_every_kind_of_damaged_workbook_is_a_clear_error(tmp_path, kind, read):
    path = write(tmp_path, "damaged.xlsx", damaged_workbooks(_ROWS)[kind])
    with pytest.raises(InputError, match="not a readable .xlsx workbook") as e:
        read(path)
    assert not isinstance(e.value, UnknownFormatError)
    assert e.value.path == str(path)


def test_a_readable_workbook_without_a_known_header_is_an_unknown_format(tmp_path):
    path = write(tmp_path, "other.xlsx", good_workbook([["colour", "shape"], ["red", "square"]]))
    with pytest.raises(UnknownFormatError, match="no sheet of this workbook has a known header"):
        detect(path)


def test_an_unknown_sheet_name_lists_the_sheets(tmp_path):
    path = write(tmp_path, "schools.xlsx", good_workbook(_ROWS))
    with pytest.raises(InputError, match="no sheet named 'Ecoles' \\(sheets: Sheet\\)"):
        read_schools(path, sheet="Ecoles")
