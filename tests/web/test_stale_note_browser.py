"""The dashboard says when the figures it shows are from before the database's last update: the server marks such
answers ("stale", served for at most ``serve --max-stale`` seconds while it computes them again), and the page shows
a note while any answer its totals, table, timeline and map are drawn from is one, and none once they are current.

The server here serves such answers for up to an hour (``--max-stale 3600``, the most it takes), not serve's default
30 s: the pages opened while the writer holds the file must get them however slowly a loaded machine opens them."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tests.api.conftest import acled_store, held_by_another_process

from .conftest import Server, shown

#: another process's write to one event (the server then cannot read the file while that process holds it)
_WRITE = ("UPDATE event_versions SET fatalities_best = coalesce(fatalities_best, 0) + 1 "
          "WHERE event_id = (SELECT min(event_id) FROM event_versions WHERE is_current AND NOT deleted) "
          "AND is_current AND NOT deleted")


@pytest.fixture(scope="module")
def own_server(request, tmp_path_factory):
    db = acled_store("duckdb", tmp_path_factory, request)
    s = Server(Path(db), "--max-stale", "3600")
    yield s, db
    s.close()


def _note(page) -> str | None:
    note = page.locator('[data-testid="stale-note"]')
    return note.inner_text() if note.is_visible() else None


def test_the_page_notes_figures_from_before_the_last_update_and_drops_the_note_once_current(own_server, page):
    own_server, db = own_server
    page.goto(f"{own_server.base}/")
    events, fatalities = shown(page)
    assert _note(page) is None  # nothing written since the server started

    with held_by_another_process(db, _WRITE):  # the server sees the write but cannot read it while the writer holds the file
        page.reload()
        assert shown(page) == (events, fatalities)  # the figures of before the write
        note = _note(page)
        assert note is not None and "UTC" in note and "3600 s" in note

        page.goto(f"{own_server.base}/?lang=fr")
        shown(page)
        assert "mise à jour" in (_note(page) or "")

    deadline = time.monotonic() + 300  # a bound against a hang (the server never refreshing), not a measure
    while True:  # once the writer lets go, the server copies the file again and the answers are current
        page.goto(f"{own_server.base}/")
        now = shown(page)
        if _note(page) is None:
            break
        assert time.monotonic() < deadline, "the note still shows 300 s after the writer let go of the file"
        time.sleep(0.5)
    assert now == (events, fatalities + 1)
