"""``sahelwatch report``: write a situation report (HTML and PDF, English or French)."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.markup import escape

from ..errors import UsageError
from ..model import EventFilter
from ..reports import LANGUAGES, write_situation_report
from ..store import open_store
from ._filters import filter_options, parse_date
from ._shell import emit, state, stdout


def register(app: typer.Typer) -> None:
    @app.command("report")
    @filter_options(since=False, until=False)
    def report(
        ctx: typer.Context,
        since: str = typer.Option(..., "--since", help="First day of the period, YYYY-MM-DD."),
        until: Optional[str] = typer.Option(
            None, "--until", help="Last day of the period, YYYY-MM-DD. Default: the last event date in the "
                                  "database (under the filters)."),
        lang: str = typer.Option("en", "--lang", help=f"Language of the report: {', '.join(LANGUAGES)}."),
        out: Path = typer.Option(Path("."), "--out", help="Directory to write the report into."),
        no_pdf: bool = typer.Option(False, "--no-pdf", help="Write the HTML only (no WeasyPrint needed)."),
        *, selection: EventFilter,
    ) -> None:
        """Situation report from --since to --until, against the previous period of the same length.

        Writes OUT/sitrep-LANG-UNTIL.html and .pdf: key figures and their change, a map, monthly trends
        by actor family and target, the most lethal events with sources, and a data coverage note.
        """
        st = state(ctx)
        if lang not in LANGUAGES:
            raise UsageError(f"--lang must be one of {', '.join(LANGUAGES)}, got {lang!r}")
        start, end = parse_date("--since", since), parse_date("--until", until)
        with open_store(st.db, read_only=True) as store:
            files = write_situation_report(store, since=start, until=end, lang=lang, out_dir=out,
                                           event_filter=selection, pdf=not no_pdf)
        emit(st, files.to_dict(), lambda d: stdout.print(
            f"wrote {escape(d['html'])}" + (f" and {escape(d['pdf'])}" if d["pdf"] else "")
            + f" ({d['period']['since']} to {d['period']['until']}: "
            f"{d['headline']['events']['current']:,} events, "
            f"{d['headline']['fatalities_best']['current']:,} fatalities)"))
