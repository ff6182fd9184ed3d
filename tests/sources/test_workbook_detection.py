"""Detecting a workbook's format: a damaged workbook says why, it is not "an unknown header"."""

from __future__ import annotations

import pytest

from sahelwatch.errors import InputError, UnknownFormatError
from sahelwatch.sources import detect
from tests.damaged_files import damaged_workbooks, write


def test_a_damaged_workbook_says_it_cannot_be_read(tmp_path):
    path = tmp_path / "damaged.xlsx"
    path.write_bytes(b"PK\x03\x04 this is no zip archive, only its first bytes")
    with pytest.raises(InputError, match="not a readable .xlsx workbook") as e:
        detect(path)
    assert not isinstance(e.value, UnknownFormatError)
    assert e.value.path == str(path)


def test_a_readable_workbook_without_a_known_header_is_an_unknown_format(tmp_path):
    import openpyxl

    path = tmp_path / "other.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["colour", "shape"])
    wb.active.append(["red", "square"])
    wb.save(path)
    with pytest.raises(UnknownFormatError, match="no sheet of this workbook has a known header"):
        detect(path)


_ROWS = [["event_id_cnty", "event_date", "notes"], ["MLI1", "2020-01-01", "A clash near a well."]]


@pytest.mark.parametrize("kind", sorted(damaged_workbooks(_ROWS)))
def test_every_kind_of_damaged_workbook_is_a_clear_error(tmp_path, kind):
    path = write(tmp_path, "export.xlsx", damaged_workbooks(_ROWS)[kind])
    with pytest.raises(InputError, match="not a readable .xlsx workbook") as e:
        detect(path)
    assert e.value.path == str(path)
