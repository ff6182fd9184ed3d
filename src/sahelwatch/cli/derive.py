"""``sahelwatch derive``: recompute spatial keys and resolved actors of the stored events."""

from __future__ import annotations

import typer

from ..derive import rederive_store
from ..store import open_store
from ._shell import emit, state, stdout


def register(app: typer.Typer) -> None:
    @app.command("derive")
    def derive(
        ctx: typer.Context,
        notes: bool = typer.Option(False, "--notes", help="Also read the notes text for target and attribution."),
    ) -> None:
        """Recompute derived columns (spatial keys, P-codes, actor ids, families, targets) in place,
        after 'geo import' or an update of the actor registry. Never makes new event versions."""
        st = state(ctx)
        with open_store(st.db, create=False) as store:
            n = rederive_store(store, with_notes=notes)
        emit(st, {"events": n}, lambda d: stdout.print(f"recomputed derived columns of {d['events']} events"))


def register_enrich(app: typer.Typer) -> None:
    @app.command("enrich")
    def enrich(ctx: typer.Context) -> None:
        """Code tactic (ambush, IED, ...), target category and attribution from each stored event's
        text (ACLED notes, UCDP headlines) with the extraction models. Original fields stay untouched."""
        from ..derive import enrich_store
        from ._shell import progress_bar

        st = state(ctx)
        with open_store(st.db, create=False) as store, progress_bar(st, "enrich") as tick:
            r = enrich_store(store, progress=tick)
        emit(st, r, lambda d: stdout.print(
            f"read the text of {d['with_text']} of {d['events']} events; tactic coded for {d['tactic_coded']}"))
