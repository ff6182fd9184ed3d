"""The school registry reader: a damaged workbook is a clear error naming the file, never a traceback."""

from __future__ import annotations

import pytest

from sahelwatch.errors import InputError
from sahelwatch.sources.context import read_schools
from tests.damaged_files import damaged_workbooks, good_workbook, write

_ROWS = [["REGION", "CERCLE", "ECOLE", "Statut de fonctionnalité"], ["Mopti", "Bandiagara", "École A", "Fonctionnelle"]]


@pytest.mark.parametrize("kind", sorted(damaged_workbooks(_ROWS)))
def test_a_damaged_school_workbook_is_a_clear_error(tmp_path, kind):
    path = write(tmp_path, "schools.xlsx", damaged_workbooks(_ROWS)[kind])
    with pytest.raises(InputError, match="not a readable .xlsx workbook") as e:
        read_schools(path)
    assert e.value.path == str(path)


def test_an_unknown_sheet_name_lists_the_sheets(tmp_path):
    path = write(tmp_path, "schools.xlsx", good_workbook(_ROWS))
    with pytest.raises(InputError, match="no sheet named 'Ecoles' \\(sheets: Sheet\\)"):
        read_schools(path, sheet="Ecoles")
