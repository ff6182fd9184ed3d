"""Score the extractor on a blind set of real news articles (data/blind, data/blind2, data/blind3, data/blind4, data/blind5,
data/blind6, data/blind7, data/blind8, data/blind9, data/blind10).

The repository holds only the labels and the addresses of the articles; their texts live in a
local cache that is never committed (var/<set>/texts/<id>.txt, see data/<set>/README.md). This
script joins cache and labels into a gold file (var/<set>/gold.jsonl, or gold_nopub.jsonl with
every publication date removed) and scores it with ``sahelwatch.extraction.evaluate_file``, for
each language, with and without the publication date. When a label carries ``text_sha256`` (the
hash of the text that was labelled), a cached text with another hash is reported and left out.

    python scripts/score_blind.py [--set blind|blind2|...|blind10] [--lang fr|en] [--no-published | --published-only]
                                  [--json] [--errors N]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SETS = ("blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10", "blind11", "blind12")  # data/<set>/labels.jsonl, cached texts in var/<set>/texts
# the scores reported for the blind set, in this order
REPORTED = ("detection_precision", "detection_recall", "no_event_texts_correct", "sub_event_type_macro_f1",
            "sub_event_type", "perpetrator", "target", "tactic", "admin1", "admin2", "fatalities_exact",
            "date", "date_full_in_text", "date_partial_in_text")


class BlindSetError(Exception):
    """A labels file or cache that cannot be used, with the file and line at fault."""


def read_labels(path: Path) -> list[dict]:
    from sahelwatch.errors import InputError
    from sahelwatch.jsonlines import read_json_lines

    try:
        return [row for _, row in read_json_lines(path, required=("id", "url", "lang", "event"))]
    except InputError as exc:
        raise BlindSetError(str(exc)) from None


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def build_gold(labels: list[dict], cache: Path, out: Path, *, published: bool,
               changed: list[str] | None = None) -> tuple[Path, list[str]]:
    """Write the gold file for the labels whose text is cached; return it and the ids without text.

    A label with ``text_sha256`` is joined only with a cached text of that hash; the ids whose
    cached text differs from the labelled one are appended to ``changed`` (and left out).
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
            gold = row["event"]
            fh.write(json.dumps({"id": row["id"], "lang": row["lang"], "text": text,
                                 "published": row.get("published") if published else None,
                                 "gold": gold}, ensure_ascii=False) + "\n")
    return out, missing


def score(gold_file: Path, lang: str | None, errors: int, model: Path | None = None) -> dict:
    from sahelwatch.extraction import Extractor, evaluate_file, load_model

    rep = evaluate_file(gold_file, Extractor(model=load_model(model) if model else None), lang)
    d = rep.as_json()
    d["errors"] = d["errors"][:errors]
    return d


def main(argv: list[str] | None = None) -> int:
    from sahelwatch.errors import InputError

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", dest="blind_set", choices=SETS, default="blind",
                    help="which blind set: its labels in data/<set>/, its cached texts in var/<set>/texts")
    ap.add_argument("--labels", type=Path, help="labels file (default: data/<set>/labels.jsonl)")
    ap.add_argument("--cache", type=Path, help="directory of the cached texts, <id>.txt (default: var/<set>/texts)")
    ap.add_argument("--out", type=Path, help="directory for the gold files built, never committed (default: var/<set>)")
    ap.add_argument("--lang", choices=("fr", "en"), help="score one language only (default: each in turn)")
    mode = ap.add_mutually_exclusive_group()
    mode.add_argument("--no-published", action="store_true", help="score the texts with published = null only")
    mode.add_argument("--published-only", action="store_true", help="score the texts with their publication date only")
    ap.add_argument("--model", type=Path, help="a model directory written by 'sahelwatch extract train' "
                    "(default: the rules alone)")
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    ap.add_argument("--errors", type=int, default=0, help="include up to N errors per run")
    args = ap.parse_args(argv)
    args.labels = args.labels or ROOT / "data" / args.blind_set / "labels.jsonl"
    args.cache = args.cache or ROOT / "var" / args.blind_set / "texts"
    args.out = args.out or ROOT / "var" / args.blind_set
    try:
        labels = read_labels(args.labels)
    except BlindSetError as exc:
        print(f"error: {exc}", file=sys.stderr)
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
    results, missing = {}, []
    for name, published in runs:
        changed: list[str] = []
        gold_file, missing = build_gold(labels, args.cache, args.out / ("gold.jsonl" if published else "gold_nopub.jsonl"),
                                        published=published, changed=changed)
        if len(missing) + len(changed) == len(labels):
            print(f"error: {args.cache}: none of the {len(labels)} labelled texts is cached as labelled "
                  f"({len(missing)} missing, {len(changed)} with another text hash); re-fetch them from the addresses "
                  f"in the labels (data/{args.blind_set}/README.md)", file=sys.stderr)
            return 2
        for lang in langs:
            try:
                results[f"{lang}, {name}"] = score(gold_file, lang, args.errors, args.model)
            except InputError as exc:  # a label the scorer cannot read (a field of the wrong kind), by its gold line
                print(f"error: {exc} (the gold file is built from {args.labels}: mend that article's label)",
                      file=sys.stderr)
                return 2
    if args.json:
        print(json.dumps({"labels": str(args.labels), "missing_texts": missing, "changed_texts": changed,
                          "runs": results}, indent=1))
        return 0
    if missing:
        print(f"{len(missing)} texts not in the cache (not scored): {', '.join(missing)}")
    if changed:
        print(f"{len(changed)} cached texts differ from the labelled ones (text_sha256; not scored): {', '.join(changed)}")
    for key, d in results.items():
        print(f"[{key}] documents {d['documents']}  gold events {d['gold_events']}  "
              f"predicted {d['predicted_events']}  paired {d['paired']}")
        for k in REPORTED:
            v = d["scores"].get(k)
            print(f"  {k:26s} {'-' if v is None else f'{v:.2f}'}")
        for e in d["errors"]:
            print(f"  {e}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
