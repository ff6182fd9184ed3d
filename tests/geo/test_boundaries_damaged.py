"""A damaged boundary file is a clear error naming the file, never a traceback."""

from __future__ import annotations

import pytest

from sahelwatch.errors import InputError
from sahelwatch.geo.boundaries import read_boundaries
from tests.damaged_files import damaged_workbooks, write

_TABLE = [["Name", "P-Code", "Admin Level"], ["Kidal", "ML08", "1"]]
DAMAGED = {
    "garbage.geojson": bytes(range(256)) * 2,
    "truncated.geojson": b'{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": {"type": "Po',
    "garbage.shp": bytes(range(255, -1, -1)) * 3,
    "not-utf8.csv": b"Name,P-Code\n\xff\xfe\xfa,ML01\n",
    "empty.csv": b"",
    "open-quote.csv": b'Name,P-Code\n"Kidal,ML08\n',
    **{f"{k}.xlsx": v for k, v in damaged_workbooks(_TABLE).items()},
}


@pytest.mark.parametrize("name", sorted(DAMAGED))
def test_a_damaged_boundary_file_is_a_clear_error(tmp_path, name):
    path = write(tmp_path, name.replace(" ", "-"), DAMAGED[name])
    with pytest.raises(InputError) as e:
        read_boundaries(path, level=1, iso3="MLI")
    assert e.value.path == str(path) and e.value.reason
