"""``sahelwatch ingest FILE... [--format FMT]``"""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from ..actors import unresolved_report
from ..errors import InputError
from ..ingest import IngestSummary, check_files, ingest_files
from ..settings import get_settings
from ..sources import FORMATS
from ..store import open_store
from ._shell import emit_import, print_import, progress_bar, state, stdout


def _human(s: IngestSummary) -> None:
    d = s.as_dict()
    print_import(
        ((f"{f.path} [{f.format}{', ' + f.release if f.release else ''}]: read {f.read}"
          f"{f' ({f.merged_rows} actor rows merged)' if f.merged_rows else ''}, inserted {f.inserted}, "
          f"updated {f.updated}, unchanged {f.unchanged}, rejected {f.rejected}"
          + (f", deleted {f.deleted}" if f.deleted else ""), [f"note: {n}" for n in f.notes]) for f in s.files),
        total=f"total: read {d['read']}, inserted {d['inserted']}, updated {d['updated']}, "
              f"unchanged {d['unchanged']}, rejected {d['rejected']}",
        rejects=[(f"{path}:{r.line}", r.reason) for path, r in s.rejects] if s.quarantine else (),
        quarantine=s.quarantine,
    )


#: How many unresolved actor strings the post-ingest coverage report names.
COVERAGE_NAMES = 20


def _coverage(c: dict) -> None:
    stdout.print(
        f"actors: {c['events_fully_resolved']} of {c['events']} stored events have every actor resolved "
        f"({c['share_fully_resolved']:.1%})"
    )
    for item in c["unresolved"]:
        stdout.print(f"  unresolved: {item['name']} ({item['events']} event{'' if item['events'] == 1 else 's'})", markup=False)


def register(app: typer.Typer) -> None:
    @app.command("ingest")
    def ingest(
        ctx: typer.Context,
        files: List[Path] = typer.Argument(..., help="Files to ingest: .csv, .csv.gz, .xlsx or .json."),
        format: str = typer.Option("auto", "--format", help="auto, " + ", ".join(FORMATS) + "."),
        release: Optional[str] = typer.Option(None, "--release", help="Release or export tag of these files."),
        encoding: str = typer.Option(
            "auto", "--encoding",
            help="auto (UTF-8, or cp1252 for a file saved that way), utf-8 or cp1252.",
        ),
        snapshot: bool = typer.Option(
            False, "--snapshot",
            help="The file is a complete export of its source for its countries and dates: events it no "
                 "longer holds are marked deleted.",
        ),
    ) -> None:
        """Ingest event datasets (ACLED, UCDP GED, HDX aggregates, sahelwatch-csv) into the store."""
        st = state(ctx)
        settings = get_settings()
        if format != "auto" and format not in FORMATS:
            raise InputError(f"unknown format {format!r}; choose one of: auto, {', '.join(FORMATS)}")
        from ..sources.reader import ENCODINGS

        if encoding not in ENCODINGS:
            raise InputError(f"unknown encoding {encoding!r}; choose one of: {', '.join(ENCODINGS)}")
        qdir = settings.quarantine_for(st.db)
        files = check_files(files, format)  # every file readable and of a known layout before the store is opened
        with open_store(st.db) as store, progress_bar(st, "ingest") as tick:
            summary = ingest_files(
                store, files, fmt=format, release=release, today=settings.today_date(),
                quarantine_dir=qdir, snapshot=snapshot, encoding=encoding, progress=tick,
            )
            coverage = unresolved_report(store.events.actor_strings(), limit=COVERAGE_NAMES)
        emit_import(st, summary.as_dict() | {"actor_coverage": coverage}, lambda _: (_human(summary), _coverage(coverage)),
                    summary.total("rejected"))
