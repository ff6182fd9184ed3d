"""The dashboard says when the figures it shows are from before the database's last update: the server marks such
answers ("stale", served for at most ``serve --max-stale`` seconds while it computes them again), and the page shows
a note while any answer of the view is one, and none once they are current."""

from __future__ import annotations

import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.api.conftest import acled_store

from .conftest import Server, shown

#: another process updates one event and keeps the file open for writing until told to stop (as an ingest holds it)
_WRITER = """
import duckdb, sys
con = duckdb.connect(sys.argv[1])
con.execute("UPDATE event_versions SET fatalities_best = coalesce(fatalities_best, 0) + 1 "
            "WHERE event_id = (SELECT min(event_id) FROM event_versions WHERE is_current AND NOT deleted) "
            "AND is_current AND NOT deleted")
print("held", flush=True)
sys.stdin.read()
"""


@contextmanager
def _written_and_held(db: str):
    holder = subprocess.Popen([sys.executable, "-c", _WRITER, db], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        yield
    finally:
        holder.stdin.close()
        holder.wait(timeout=60)


@pytest.fixture(scope="module")
def own_server(request, tmp_path_factory):
    db = acled_store("duckdb", tmp_path_factory, request)
    s = Server(Path(db))  # serve's default --max-stale (30 s)
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

    with _written_and_held(db):  # the server sees the write but cannot read it while the writer holds the file
        page.reload()
        assert shown(page) == (events, fatalities)  # the figures of before the write
        note = _note(page)
        assert note is not None and "UTC" in note and "30 s" in note

        page.goto(f"{own_server.base}/?lang=fr")
        shown(page)
        assert "mise à jour" in (_note(page) or "")

    deadline = time.monotonic() + 60
    while True:  # once the writer lets go, the server copies the file again and the answers are current
        page.goto(f"{own_server.base}/")
        now = shown(page)
        if _note(page) is None:
            break
        assert time.monotonic() < deadline, "the note still shows 60 s after the writer let go of the file"
        time.sleep(0.5)
    assert now == (events, fatalities + 1)
