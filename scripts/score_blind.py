"""Score the extractor on blind sets of real news articles (data/blind, data/blind2, ..., data/blind15), one set or
several pooled.

The repository holds only the labels and the addresses of the articles; their texts live in a
local cache that is never committed (var/<set>/texts/<id>.txt, see data/<set>/README.md). This
script joins cache and labels into a gold file (var/<set>/gold.jsonl, or gold_nopub.jsonl with
every publication date removed) and scores it with ``sahelwatch.extraction.evaluate_file``, for
each language, with and without the publication date. When a label carries ``text_sha256`` (the
hash of the text that was labelled), a cached text with another hash is reported and left out.

The labels code each text's main event. When the labels' directory also holds ``other_events.jsonl`` (one row per
text: ``{"id", "other_events": [event + "told_as", ...]}``, ``told_as`` news or background), the gold file carries
each text's other events (the gold key ``other_events``) and each run adds, beside the main-event scores, which do
not change (see ``sahelwatch.extraction.evaluation``):

  detection_precision_all_events      predictions paired with a main event or a news other event, over predictions
  detection_recall_all_events         main and news other events paired, over main and news other events
  sub_event_type_macro_f1_all_events  the sub-event macro-F1 with the news other events scored as main events are:
                                      a prediction paired with one is scored on its type, one left unpaired is a
                                      miss of its type
  extra_background                    predictions paired with a background other event (history the text recalls,
                                      not to be coded), over predictions

and the counts of the other events and of the predictions paired with them ("all_events" in the JSON output). Only
the predictions the main events leave pair with the other events, by the main events' rule (the date within a day,
or the admin1), except that an other event coding neither a date nor an admin1 needs the prediction's country and
event type (the country alone stands in only for a main event). A text without a row is not labelled for other
events: the all-events figures stay null, with the reason, unless every text scored has one.

Several sets (``--set blind5 blind6 ...``; their text ids must be distinct) are scored each in turn, then their texts
pooled, per language and run, without extracting again: the pooled scores are those of the sets' texts scored
together ("pooled" in the JSON output). ``--intervals`` adds a 90% percentile bootstrap interval [low, high] to every
score that is not null (the texts, the unit labelled, resampled with replacement 1,000 times with a fixed seed; the
5th and 95th percentiles of the replicates; "intervals" in the JSON output; see
``sahelwatch.extraction.text_scores``).

    python scripts/score_blind.py [--set SET [SET ...]] [--lang fr|en] [--no-published | --published-only]
                                  [--intervals] [--json] [--errors N] [--out DIR]

With several sets, ``--out DIR`` holds one directory per set (DIR/<set>/gold.jsonl); ``--labels`` and ``--cache``
name one set's files and are for one set only.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SETS = ("blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10", "blind11",
        "blind12", "blind13", "blind14", "blind15")  # data/<set>/labels.jsonl, cached texts in var/<set>/texts
# the scores reported for the blind set, in this order
REPORTED = ("detection_precision", "detection_recall", "no_event_texts_correct", "sub_event_type_macro_f1",
            "sub_event_type", "perpetrator", "target", "tactic", "admin1", "admin2", "fatalities_exact",
            "date", "date_full_in_text", "date_partial_in_text", "detection_precision_all_events",
            "detection_recall_all_events", "sub_event_type_macro_f1_all_events", "extra_background")
OTHER_EVENTS = "other_events.jsonl"  # beside the labels file


class BlindSetError(Exception):
    """A labels file or cache that cannot be used, with the file and line at fault."""


def read_labels(path: Path) -> list[dict]:
    from sahelwatch.errors import InputError
    from sahelwatch.jsonlines import read_json_lines

    try:
        return [row for _, row in read_json_lines(path, required=("id", "url", "lang", "event"))]
    except InputError as exc:
        raise BlindSetError(str(exc)) from None


def read_other_events(path: Path, ids: set[str]) -> dict[str, list[dict]] | None:
    """The other events of each text (``{id: [event, ...]}``) from ``path``, or None when there is no such file. A row
    that is no row of other events (see ``sahelwatch.extraction.evaluation.other_events_problem``), an id twice or an
    id that is not among the labels' ``ids`` is a :class:`BlindSetError` naming the file and the line."""
    from sahelwatch.errors import InputError
    from sahelwatch.extraction.evaluation import other_events_problem
    from sahelwatch.jsonlines import read_json_lines

    if not path.exists():
        return None
    out: dict[str, list[dict]] = {}
    try:
        for n, row in read_json_lines(path, required=("id", "other_events")):
            problem = other_events_problem(row["other_events"])
            if problem is None and not isinstance(row["id"], str):
                problem = f"'id' must be a string, got {row['id']!r}"
            if problem is None and row["id"] in out:
                problem = f"id {row['id']!r} twice"
            if problem is None and row["id"] not in ids:
                problem = f"id {row['id']!r} is not among the labels"
            if problem:
                raise InputError(problem, path=str(path), line=n)
            out[row["id"]] = row["other_events"]
    except InputError as exc:
        raise BlindSetError(str(exc)) from None
    return out


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def build_gold(labels: list[dict], cache: Path, out: Path, *, published: bool,
               changed: list[str] | None = None, other_events: dict[str, list[dict]] | None = None
               ) -> tuple[Path, list[str]]:
    """Write the gold file for the labels whose text is cached; return it and the ids without text.

    A label with ``text_sha256`` is joined only with a cached text of that hash; the ids whose
    cached text differs from the labelled one are appended to ``changed`` (and left out). A text with a row in
    ``other_events`` carries its other events (``other_events``); one without is not labelled for them.
    """
    missing = []
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as fh:
        for row in labels:
            text_path = cache / f"{row['id']}.txt"
            if not text_path.exists():
                missing.append(row["id"])
                continue
            text = text_path.read_text(encoding="utf-8")
            if row.get("text_sha256") and text_sha256(text) != row["text_sha256"]:
                if changed is not None:
                    changed.append(row["id"])
                continue
            gold = {"id": row["id"], "lang": row["lang"], "text": text,
                    "published": row.get("published") if published else None, "gold": row["event"]}
            if other_events is not None and row["id"] in other_events:
                gold["other_events"] = other_events[row["id"]]
            fh.write(json.dumps(gold, ensure_ascii=False) + "\n")
    return out, missing


def score(gold_file: Path, lang: str | None, model: Path | None = None):
    """The :class:`~sahelwatch.extraction.EvalReport` of the texts of ``gold_file`` in ``lang``."""
    from sahelwatch.extraction import Extractor, evaluate_file, load_model

    return evaluate_file(gold_file, Extractor(model=load_model(model) if model else None), lang)


def run_json(rep, errors: int, intervals: bool) -> dict:
    """A report as the JSON output gives it: up to ``errors`` errors, and the scores' intervals when asked."""
    from sahelwatch.extraction.text_scores import bootstrap_intervals

    d = rep.as_json()
    d["errors"] = d["errors"][:errors]
    if intervals:
        d["intervals"] = bootstrap_intervals(rep.texts)
    return d


def score_set(name: str, labels_path: Path, labels: list[dict], cache: Path, out: Path, runs: list[tuple[str, bool]],
              langs: list[str], model: Path | None) -> tuple[dict, dict]:
    """Score one set (its ``labels`` read from ``labels_path``): what the JSON output says of its files, and its
    reports by run ('fr, with publication date'). A set that cannot be scored is a :class:`BlindSetError` saying why."""
    from sahelwatch.errors import InputError

    other_path = labels_path.parent / OTHER_EVENTS
    other = read_other_events(other_path, {row["id"] for row in labels})
    reports, missing, changed = {}, [], []
    for run, published in runs:
        changed = []
        gold_file, missing = build_gold(labels, cache, out / ("gold.jsonl" if published else "gold_nopub.jsonl"),
                                        published=published, changed=changed, other_events=other)
        if len(missing) + len(changed) == len(labels):
            raise BlindSetError(f"{cache}: none of the {len(labels)} labelled texts is cached as labelled "
                                f"({len(missing)} missing, {len(changed)} with another text hash); re-fetch them from "
                                f"the addresses in the labels (data/{name}/README.md)")
        for lang in langs:
            try:
                reports[f"{lang}, {run}"] = score(gold_file, lang, model)
            except InputError as exc:  # a label the scorer cannot read (a field of the wrong kind), by its gold line
                raise BlindSetError(f"{exc} (the gold file is built from {labels_path}"
                                    f"{' and ' + str(other_path) if other is not None else ''}: mend that article's "
                                    f"label)") from None
    meta = {"labels": str(labels_path), "other_events": str(other_path) if other is not None else None,
            "missing_texts": missing, "changed_texts": changed}
    return meta, reports


def print_runs(jsons: dict) -> None:
    """The text output of some runs' reports, as their JSON (``jsons``: by run) holds them."""
    from sahelwatch.extraction.evaluation import all_events_line

    for key, d in jsons.items():
        print(f"[{key}] documents {d['documents']}  gold events {d['gold_events']}  "
              f"predicted {d['predicted_events']}  paired {d['paired']}")
        for k in REPORTED:
            v = d["scores"].get(k)
            band = d.get("intervals", {}).get(k)
            print(f"  {k:34s} {'-' if v is None else f'{v:.2f}'}" + (f"  [{band[0]:.2f}, {band[1]:.2f}]" if band else ""))
        print(f"  {all_events_line(d['all_events'])}")
        for e in d["errors"]:
            print(f"  {e}")


def main(argv: list[str] | None = None) -> int:
    from sahelwatch.extraction.text_scores import pooled

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", dest="blind_sets", nargs="+", choices=SETS, default=["blind"], metavar="SET",
                    help="which blind set(s): labels in data/<set>/, cached texts in var/<set>/texts; several are "
                    f"scored each, then their texts pooled per language and run ({', '.join(SETS)})")
    ap.add_argument("--labels", type=Path, help="labels file of one set (default: data/<set>/labels.jsonl); its "
                    f"directory's {OTHER_EVENTS}, when there is one, gives the texts' other events")
    ap.add_argument("--cache", type=Path, help="directory of one set's cached texts, <id>.txt (default: var/<set>/texts)")
    ap.add_argument("--out", type=Path, help="directory for the gold files built, never committed (default: var/<set>; "
                    "with several sets, one directory per set in it)")
    ap.add_argument("--lang", choices=("fr", "en"), help="score one language only (default: each in turn)")
    mode = ap.add_mutually_exclusive_group()
    mode.add_argument("--no-published", action="store_true", help="score the texts with published = null only")
    mode.add_argument("--published-only", action="store_true", help="score the texts with their publication date only")
    ap.add_argument("--model", type=Path, help="a model directory written by 'sahelwatch extract train' "
                    "(default: the rules alone)")
    ap.add_argument("--intervals", action="store_true", help="add a 90%% percentile bootstrap interval [low, high] to "
                    "every score that is not null (texts resampled 1,000 times, fixed seed)")
    ap.add_argument("--json", action="store_true", help="print the scores as JSON: per run the counts, 'scores', "
                    "'all_events' (the other events' counts, or why the all-events scores are null), 'errors' and, "
                    "with --intervals, 'intervals'")
    ap.add_argument("--errors", type=int, default=0, help="include up to N errors per run")
    args = ap.parse_args(argv)
    sets = list(dict.fromkeys(args.blind_sets))
    if len(sets) > 1 and (args.labels or args.cache):
        print("error: --labels and --cache name one set's files: give one set with them", file=sys.stderr)
        return 2
    if args.model is not None and not args.model.is_dir():
        print(f"error: {args.model}: no such model directory (write one with 'sahelwatch extract train')",
              file=sys.stderr)
        return 2
    runs = [("with publication date", True), ("without publication date", False)]
    if args.no_published:
        runs = runs[1:]
    elif args.published_only:
        runs = runs[:1]
    langs = [args.lang] if args.lang else ["fr", "en"]
    metas, reports, seen = {}, {}, {}
    for name in sets:
        labels = args.labels or ROOT / "data" / name / "labels.jsonl"
        out = args.out / name if args.out and len(sets) > 1 else args.out or ROOT / "var" / name
        try:
            rows = read_labels(labels)
            shared = sorted({row["id"] for row in rows} & set(seen))  # pooled texts must be distinct texts
            if shared:
                raise BlindSetError(f"{labels}: {len(shared)} ids also in {seen[shared[0]]} ({', '.join(shared[:5])}"
                                    f"{', ...' if len(shared) > 5 else ''}): sets pooled must hold distinct texts")
            seen |= {row["id"]: name for row in rows}
            metas[name], reports[name] = score_set(name, labels, rows, args.cache or ROOT / "var" / name / "texts",
                                                   out, runs, langs, args.model)
        except BlindSetError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
    jsons = {name: {k: run_json(rep, args.errors, args.intervals) for k, rep in reports[name].items()}
             for name in sets}
    if len(sets) > 1:
        pool = {k: pooled([reports[name][k] for name in sets]) for k in reports[sets[0]]}
        pool_json = {k: run_json(rep, args.errors, args.intervals) for k, rep in pool.items()}
    if args.json:
        if len(sets) == 1:
            print(json.dumps(metas[sets[0]] | {"runs": jsons[sets[0]]}, indent=1))
        else:
            print(json.dumps({"sets": {name: metas[name] | {"runs": jsons[name]} for name in sets},
                              "pooled": {"sets": sets, "runs": pool_json}}, indent=1))
        return 0
    for name in sets:
        if len(sets) > 1:
            print(f"== {name}")
        meta = metas[name]
        if meta["missing_texts"]:
            print(f"{len(meta['missing_texts'])} texts not in the cache (not scored): {', '.join(meta['missing_texts'])}")
        if meta["changed_texts"]:
            print(f"{len(meta['changed_texts'])} cached texts differ from the labelled ones (text_sha256; not scored): "
                  f"{', '.join(meta['changed_texts'])}")
        print_runs(jsons[name])
    if len(sets) > 1:
        print(f"== pooled: {' + '.join(sets)}")
        print_runs(pool_json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
