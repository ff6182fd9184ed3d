"""``sahelwatch extract``: reports (JSON lines) to coded events, plus ``eval`` and ``train``."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.markup import escape

from ..errors import InputError, UsageError
from ..store import is_url
from ._shell import emit, emit_import, state, stdout

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
    engine: str = typer.Option("local", "--engine", help="local (this process) or spark (--in may be a folder)."),
    spark_master: str = typer.Option("local[*]", "--spark-master", help="The Spark master URL (--engine spark)."),
    partitions: Optional[int] = typer.Option(
        None, "--partitions", min=1, help="Spark partitions of the documents (default: twice the cores)."
    ),
) -> None:
    """Read reports, write their events. Bad lines get a status and reason; exit 1 if any.

    With --engine spark the output is sorted by document id (the local engine keeps input order)."""
    if ctx.invoked_subcommand is not None:
        return
    if in_ is None or out is None:
        raise UsageError("extract needs --in FILE.jsonl and --out FILE.jsonl (or a sub-command: eval, train)")
    if engine not in ("local", "spark"):
        raise UsageError(f"--engine is local or spark, not {engine!r}")
    if not in_.exists():
        raise InputError("no such file", path=str(in_))
    st = state(ctx)
    if engine == "spark":
        _run_spark(st, in_, out, db, model, spark_master, partitions)
        return
    if in_.is_dir():
        raise InputError("the local engine reads one file; a folder needs --engine spark", path=str(in_))
    from ..extraction import Extractor, extract_file, load_model, make_linker

    trained = load_model(model) if model else None
    extractor = Extractor(model=trained)
    if db is not None:
        if not is_url(db) and not db.exists():
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
    _report(st, summary.as_json() | {"out": str(out)}, summary.rejected)


def _run_spark(st, in_: Path, out: Path, db: Optional[Path], model: Optional[Path], master: str,
               partitions: Optional[int]) -> None:
    if db is not None:
        raise UsageError("linking to a database (--db) runs on the local engine only; extract with spark, "
                         "then link the stored events with 'sahelwatch link'")
    if model is not None and not model.is_dir():
        raise InputError("no such model directory", path=str(model))
    from ..scale import extract_with_spark

    run = extract_with_spark(in_, out, master, model_dir=model, partitions=partitions)
    _report(st, run.as_json() | {"out": str(out)}, run.summary.rejected)


def _report(st, result: dict, rejected: int) -> None:
    def human(d):
        stdout.print(f"{d['documents']} documents, {d['events']} events -> {escape(d['out'])}")
        for k, v in d["by_status"].items():
            stdout.print(f"  {k:15s} {v}")
        for p in d["problems"][:20]:
            where = f"{p['file']} line {p['line']}" if "file" in p else f"line {p['line']}"
            stdout.print(f"  {escape(where)} ({escape(str(p['id']))}): {p['status']}: {escape(p['reason'])}")
        if d["linked"]:
            stdout.print(f"  linked to stored events: {d['linked']}")
        if d.get("engine") == "spark":
            stdout.print(f"  spark: {d['files']} file(s), {d['partitions']} partitions, language models loaded "
                         f"{d['model_loads']} time(s) in {d['worker_processes']} worker process(es)")

    emit_import(st, result, human, rejected)


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
    intervals: bool = typer.Option(
        False, "--intervals", help="Add a 90% bootstrap interval to every score (the texts resampled 1,000 times, "
        "a fixed seed: the same input gives the same interval)."
    ),
) -> None:
    """Score extraction: detection P/R, types, tactic, actors, places, dates, fatalities."""
    if gold is None and acled is None:
        raise UsageError("eval needs --gold FILE and/or --acled FILE")
    from ..extraction import Extractor, acled_gold, evaluate_file, load_model
    from ..extraction import evaluate as run_eval
    from ..extraction.evaluation import format_report, without_published
    from ..extraction.text_scores import bootstrap_intervals

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
        if intervals:
            d["intervals"] = bootstrap_intervals(rep.texts)
        out[name] = d
        out.setdefault("_reports", []).append((name, rep))
    reports = out.pop("_reports")

    def human(_):
        for name, rep in reports:
            stdout.print(escape(f"[{name}] {out[name]['file']}"))
            stdout.print(escape(format_report(rep)))
            for k, (lo, hi) in out[name].get("intervals", {}).items():
                stdout.print(f"  90% interval {k}: {lo:.3f} to {hi:.3f}")
            for e in rep.errors[:errors]:
                stdout.print(f"  {escape(str(e))}")

    emit(st, out, human)


@app.command("train")
def train_cmd(
    ctx: typer.Context,
    db: Optional[Path] = typer.Option(None, "--db", help="Train on the events stored here (default: the global --db)."),
    csv: Optional[Path] = typer.Option(None, "--csv", help="Train on an ACLED export instead of the database."),
    articles: Optional[list[Path]] = typer.Option(
        None, "--articles", help="Train on labelled news articles instead (repeatable): JSON lines with id and event "
        "(null: no event), or a gold file whose rows carry text and gold."
    ),
    texts: Optional[list[Path]] = typer.Option(
        None, "--texts", help="A folder of the articles' texts as <id>.txt (repeatable; the first that holds an id wins)."
    ),
    out: Path = typer.Option(Path("extract_model"), "--out", help="Directory to write the model and its report."),
    test_size: float = typer.Option(0.2, "--test-size", min=0.05, max=0.5, help="Share of rows held out for scoring."),
    seed: int = typer.Option(0, "--seed", help="Random seed of the held-out split."),
    features: str = typer.Option(
        "text", "--features", help="text (the notes' words) or concepts (the language-neutral concept ids the rules "
        "fire: a model fitted on English notes reads French reports)."
    ),
    hold_out_from: Optional[int] = typer.Option(
        None, "--hold-out-from", help="Hold out the events of this year and later (instead of --test-size at random)."
    ),
) -> None:
    """Fit logistic regression on stored notes (or labelled articles) and their codes; compare with the rules on held-out rows."""
    from ..extraction import train
    from ..extraction.training import read_acled_csv, read_articles

    st = state(ctx)
    read = []
    if texts and not articles:
        raise UsageError("--texts goes with --articles (the folder of the labelled articles' texts)")
    if articles and csv is not None:
        raise UsageError("train on --csv or on --articles, not both")
    if articles:
        import pandas as pd

        frames = []
        for path in articles:
            frame, what = read_articles(path, texts or [])
            frames.append(frame)
            read.append(what)
        frame = pd.concat(frames, ignore_index=True)
        if frame["event_id"].duplicated().any():
            dup = frame.loc[frame["event_id"].duplicated(), "event_id"].iloc[0]
            raise InputError(f"the article id {dup!r} comes in two of the --articles files", path=str(articles[-1]))
    elif csv is not None:
        if not csv.exists():
            raise InputError("no such file", path=str(csv))
        frame = read_acled_csv(csv)
    else:
        path = db or st.db
        if not is_url(path) and not Path(path).exists():
            raise InputError("no such database", path=str(path))
        from ..store import open_store

        with open_store(path, read_only=True) as store:
            frame = store.events.frame()
    report = train(frame, out, test_size=test_size, seed=seed, features=features, hold_out_from=hold_out_from)
    if read:
        report["articles"] = read

    def human(r):
        for a in r.get("articles", []):
            stdout.print(f"{escape(a['file'])}: {a['articles']} articles read, {a['without_text']} without a text, "
                         f"{len(a['left_out'])} left out")
            for why in a["left_out"]:
                stdout.print(f"  {escape(why)}")
        s = r["sub_event_type"]
        stdout.print(f"trained on {r['train_rows']} rows ({r['features']}), scored on {r['test_rows']} held-out rows "
                     f"({r['split']}) -> {escape(str(r.get('model')))}")
        for name in ("trained", "rules", "combined"):
            stdout.print(f"  sub_event_type  {name:9s} acc {s[name]['accuracy']:.3f} macro-F1 {s[name]['macro_f1']:.3f}")
        if r.get("tactic"):
            t = r["tactic"]
            stdout.print(f"  tactic          trained acc {t['trained']['accuracy']:.3f} | rules acc {t['rules']['accuracy']:.3f}")
        elif r.get("tactic_skipped"):
            stdout.print(f"  tactic: {r['tactic_skipped']}")

    emit(st, report, human)
