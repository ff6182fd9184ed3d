"""``sahelwatch extract``: reports (JSON lines) to coded events, plus ``eval`` and ``train``."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from ..errors import InputError, UsageError
from ._shell import emit, state, stdout

app = typer.Typer(
    help="Extract coded events from French and English reports: "
    "sahelwatch extract --in FILE.jsonl --out FILE.jsonl [--db PATH].",
    invoke_without_command=True,
)


@app.callback(invoke_without_command=True)
def run(
    ctx: typer.Context,
    in_: Optional[Path] = typer.Option(None, "--in", help='Input JSON lines: {"id","text","lang","published"}.'),
    out: Optional[Path] = typer.Option(None, "--out", help='Output JSON lines: {"id","events":[...]}.'),
    db: Optional[Path] = typer.Option(
        None, "--db", help="Link extracted events to the events stored in this database (linked_event_id)."
    ),
    model: Optional[Path] = typer.Option(
        None, "--model", help="A model directory written by 'extract train' (replaces the rules' sub-event type)."
    ),
    batch_size: int = typer.Option(64, "--batch-size", min=1, help="Documents per batch."),
) -> None:
    """Read reports, write their events. Bad lines get a status and reason; exit 1 if any."""
    if ctx.invoked_subcommand is not None:
        return
    if in_ is None or out is None:
        raise UsageError("extract needs --in FILE.jsonl and --out FILE.jsonl (or a sub-command: eval, train)")
    if not in_.exists():
        raise InputError("no such file", path=str(in_))
    from ..extraction import Extractor, extract_file, load_model, make_linker

    st = state(ctx)
    trained = load_model(model) if model else None
    extractor = Extractor(model=trained)
    if db is not None:
        if not db.exists():
            raise InputError("no such database", path=str(db))
        from ..extraction.places import learned_gazetteers
        from ..store import open_store

        with open_store(db, read_only=True) as store:
            # the places the stored events name complete the gazetteer
            places = store.events.frame(columns=["location", "latitude", "longitude", "iso3", "country", "admin1",
                                                 "admin2", "source", "geo_precision"])
            extractor = Extractor(model=trained, gazetteers=learned_gazetteers(places))
            linker = make_linker(lambda since, until: store.events.frame(since=since, until=until))
            summary = extract_file(in_, out, extractor, linker=linker, batch_size=batch_size)
    else:
        summary = extract_file(in_, out, extractor, batch_size=batch_size)
    result = summary.as_json() | {"out": str(out)}

    def human(d):
        stdout.print(f"{d['documents']} documents, {d['events']} events -> {d['out']}")
        for k, v in d["by_status"].items():
            stdout.print(f"  {k:15s} {v}")
        for p in d["problems"][:20]:
            stdout.print(f"  line {p['line']} ({p['id']}): {p['status']}: {p['reason']}")
        if d["linked"]:
            stdout.print(f"  linked to stored events: {d['linked']}")

    emit(st, result, human)
    if summary.rejected:
        raise typer.Exit(1)


@app.command("eval")
def evaluate(
    ctx: typer.Context,
    gold: Optional[Path] = typer.Option(None, "--gold", help="Gold JSON lines (id, text, lang, published, gold)."),
    acled: Optional[Path] = typer.Option(None, "--acled", help="An ACLED export: its notes are the texts, its rows the gold."),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="Score only the first N ACLED rows."),
    lang: Optional[str] = typer.Option(None, "--lang", help="Score only gold texts in this language (fr, en)."),
    model: Optional[Path] = typer.Option(None, "--model", help="A model directory written by 'extract train'."),
    errors: int = typer.Option(0, "--errors", min=0, help="Print up to N errors (with --json: include them)."),
    no_published: bool = typer.Option(
        False, "--no-published", help="Score the texts without their publication date (how undated text is dated)."
    ),
) -> None:
    """Score extraction: detection P/R, types, tactic, actors, places, dates, fatalities."""
    if gold is None and acled is None:
        raise UsageError("eval needs --gold FILE and/or --acled FILE")
    from ..extraction import Extractor, acled_gold, evaluate_file, load_model
    from ..extraction import evaluate as run_eval
    from ..extraction.evaluation import format_report, without_published

    st = state(ctx)
    extractor = Extractor(model=load_model(model) if model else None)
    out = {}
    for name, path in (("gold", gold), ("acled", acled)):
        if path is None:
            continue
        if not path.exists():
            raise InputError("no such file", path=str(path))
        if name == "gold":
            rep = evaluate_file(path, extractor, lang, published=not no_published)
        else:
            notes = acled_gold(path, limit)
            rep = run_eval(without_published(notes) if no_published else notes, extractor)
        d = rep.as_json()
        d["errors"] = d["errors"][:errors]
        d["file"] = str(path)
        out[name] = d
        out.setdefault("_reports", []).append((name, rep))
    reports = out.pop("_reports")

    def human(_):
        for name, rep in reports:
            stdout.print(f"[{name}] {out[name]['file']}")
            stdout.print(format_report(rep))
            for e in rep.errors[:errors]:
                stdout.print(f"  {e}")

    emit(st, out, human)


@app.command("train")
def train_cmd(
    ctx: typer.Context,
    db: Optional[Path] = typer.Option(None, "--db", help="Train on the events stored here (default: the global --db)."),
    csv: Optional[Path] = typer.Option(None, "--csv", help="Train on an ACLED export instead of the database."),
    out: Path = typer.Option(Path("extract_model"), "--out", help="Directory to write the model and its report."),
    test_size: float = typer.Option(0.2, "--test-size", min=0.05, max=0.5, help="Share of rows held out for scoring."),
    seed: int = typer.Option(0, "--seed", help="Random seed of the held-out split."),
) -> None:
    """Fit TF-IDF + logistic regression on stored notes and their codes; compare with the rules."""
    from ..extraction import train
    from ..extraction.training import read_acled_csv

    st = state(ctx)
    if csv is not None:
        if not csv.exists():
            raise InputError("no such file", path=str(csv))
        frame = read_acled_csv(csv)
    else:
        path = db or st.db
        if not Path(path).exists():
            raise InputError("no such database", path=str(path))
        from ..store import open_store

        with open_store(path, read_only=True) as store:
            frame = store.events.frame()
    report = train(frame, out, test_size=test_size, seed=seed)

    def human(r):
        s = r["sub_event_type"]
        stdout.print(f"trained on {r['train_rows']} rows, scored on {r['test_rows']} held-out rows -> {r.get('model')}")
        stdout.print(f"  sub_event_type  trained acc {s['trained']['accuracy']:.3f} macro-F1 {s['trained']['macro_f1']:.3f}"
                     f" | rules acc {s['rules']['accuracy']:.3f} macro-F1 {s['rules']['macro_f1']:.3f}")
        if r.get("tactic"):
            t = r["tactic"]
            stdout.print(f"  tactic          trained acc {t['trained']['accuracy']:.3f} | rules acc {t['rules']['accuracy']:.3f}")
        elif r.get("tactic_skipped"):
            stdout.print(f"  tactic: {r['tactic_skipped']}")

    emit(st, report, human)
