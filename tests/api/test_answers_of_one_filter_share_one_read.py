"""The dashboard asks, for each filter at once, for the page with its totals and four aggregates (two of them with a
precision filter added): the server reads that filter's selection once for all of them, and again only for another
filter or after a write."""

from __future__ import annotations

import pytest

from sahelwatch.store import queries

#: what app.js's load() asks for on one filter (the filter appended)
BURST = ("/api/v1/events?limit=200", "/api/v1/aggregates?place=admin1",
         "/api/v1/aggregates?place=admin1&precision=admin1&precision=admin2", "/api/v1/aggregates?period=month",
         "/api/v1/aggregates?place=admin2&precision=admin2")


@pytest.fixture
def reads(monkeypatch):
    """The selections the server reads, in order."""
    seen: list[queries.EventQuery] = []
    real = queries.selection_counts

    def counting(store, q):
        seen.append(q)
        return real(store, q)

    monkeypatch.setattr(queries, "selection_counts", counting)
    return seen


def _ask(client, urls, filters: str) -> list[dict]:
    out = []
    for url in urls:
        r = client.get(f"{url}&{filters}")
        assert r.status_code == 200, r.text
        out.append(r.json())
    return out


def test_the_page_and_aggregates_of_one_filter_read_its_selection_once(acled_db, reads):
    from fastapi.testclient import TestClient

    from sahelwatch.api import create_app

    with TestClient(create_app(acled_db)) as client:
        first = _ask(client, BURST, "admin1=Mopti")
        assert len(reads) == 1 and reads[0].base.admin1 == ("Mopti",) and reads[0].precision == ()
        # the counts agree with the page's total: the same read
        assert sum(r["events"] for r in first[1]["rows"]) <= first[0]["total"]
        assert sum(r["events"] for r in first[2]["rows"]) <= sum(r["events"] for r in first[1]["rows"])

        _ask(client, BURST, "admin1=Gao")  # another filter: its own read
        assert len(reads) == 2 and reads[1].base.admin1 == ("Gao",)
        _ask(client, ("/api/v1/aggregates?period=week",), "admin1=Mopti")  # not yet asked, same filter
        assert len(reads) == 2


def test_a_selection_read_before_a_write_is_read_again_after_it(tmp_path, reads):
    from fastapi.testclient import TestClient

    from sahelwatch.api import create_app
    from tests.api.test_stale_answers_after_a_write import _write

    db = str(tmp_path / "store.duckdb")
    _write(db, tmp_path, "W-1", "W-2")
    with TestClient(create_app(db)) as client:
        assert _ask(client, BURST[:2], "country=Mali")[0]["total"] == 2
        assert len(reads) == 1
        client.app.state.db.release()
        _write(db, tmp_path, "W-3")
        assert _ask(client, BURST[:2], "country=Mali")[0]["total"] == 3
        assert len(reads) == 2
