"""--country on the command line selects by the country's ISO3 code, as the API's ``country`` does: every spelling
(English, French, accented, ISO2 or ISO3 in any case) selects the same events. On a real DuckDB store of events
written for the test (in Mali)."""

from __future__ import annotations

import pytest

from tests.api.test_stale_answers_after_a_write import _write
from tests.cli.conftest import api_total
from tests.cli.test_empty_filter_value import cli_total


@pytest.fixture(scope="module")
def mali_db(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("countries")
    db = tmp / "store.duckdb"
    _write(str(db), tmp, "C-1", "C-2")
    return db


@pytest.mark.parametrize("spelling", ["Mali", "République du Mali", "Malí", "ML", "mli", "MLI"])
def test_every_spelling_of_a_country_selects_its_events_on_the_cli_as_in_the_api(mali_db, capsys, spelling):
    assert cli_total(capsys, mali_db, "--country", spelling) == 2
    assert api_total(mali_db, {"country": spelling}) == 2
