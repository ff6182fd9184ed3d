"""``sahelwatch link``: link stored records that report the same real event."""

from __future__ import annotations

import typer

from ..linkage import link_store
from ..store import open_store
from ._shell import emit, state, stdout


def register(app: typer.Typer) -> None:
    @app.command("link")
    def link(ctx: typer.Context) -> None:
        """Link records of the same real event across sources and releases into clusters."""
        st = state(ctx)
        with open_store(st.db, create=False) as store:
            r = link_store(store)
        emit(st, r, lambda d: stdout.print(
            f"{d['records']} records in {d['clusters']} clusters; {d['linked_records']} records linked "
            f"({d['links']} links from {d['candidate_pairs']} candidate pairs)"))
