"""Score the extractor on the blind set of real news articles (data/blind).

The repository holds only the labels and the addresses of the articles; their texts live in a
local cache that is never committed (var/blind/texts/<id>.txt, see data/blind/README.md). This
script joins cache and labels into a gold file (var/blind/gold.jsonl, or gold_nopub.jsonl with
every publication date removed) and scores it with ``sahelwatch.extraction.evaluate_file``, for
each language, with and without the publication date.

    python scripts/score_blind.py [--lang fr|en] [--no-published | --both] [--json] [--errors N]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "data" / "blind" / "labels.jsonl"
CACHE = ROOT / "var" / "blind" / "texts"
OUT = ROOT / "var" / "blind"
# the scores reported for the blind set, in this order
REPORTED = ("detection_precision", "detection_recall", "no_event_texts_correct", "sub_event_type_macro_f1",
            "sub_event_type", "perpetrator", "target", "tactic", "admin1", "admin2", "fatalities_exact",
            "date", "date_full_in_text", "date_partial_in_text")


class BlindSetError(Exception):
    """A labels file or cache that cannot be used, with the file and line at fault."""


def read_labels(path: Path) -> list[dict]:
    if not path.exists():
        raise BlindSetError(f"{path}: no such file")
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise BlindSetError(f"{path}:{n}: invalid JSON ({exc.msg})") from exc
            missing = {"id", "url", "lang", "event"} - set(row)
            if missing:
                raise BlindSetError(f"{path}:{n}: missing keys {sorted(missing)}")
            rows.append(row)
    return rows


def build_gold(labels: list[dict], cache: Path, out: Path, *, published: bool) -> tuple[Path, list[str]]:
    """Write the gold file for the labels whose text is cached; return it and the ids without text."""
    missing = []
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as fh:
        for row in labels:
            text_path = cache / f"{row['id']}.txt"
            if not text_path.exists():
                missing.append(row["id"])
                continue
            gold = row["event"]
            fh.write(json.dumps({"id": row["id"], "lang": row["lang"], "text": text_path.read_text(encoding="utf-8"),
                                 "published": row.get("published") if published else None,
                                 "gold": gold}, ensure_ascii=False) + "\n")
    return out, missing


def score(gold_file: Path, lang: str | None, errors: int) -> dict:
    from sahelwatch.extraction import Extractor, evaluate_file

    rep = evaluate_file(gold_file, Extractor(), lang)
    d = rep.as_json()
    d["errors"] = d["errors"][:errors]
    return d


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--labels", type=Path, default=LABELS)
    ap.add_argument("--cache", type=Path, default=CACHE, help="directory of the cached texts, <id>.txt")
    ap.add_argument("--out", type=Path, default=OUT, help="directory for the gold files built (never committed)")
    ap.add_argument("--lang", choices=("fr", "en"), help="score one language only (default: each in turn)")
    mode = ap.add_mutually_exclusive_group()
    mode.add_argument("--no-published", action="store_true", help="score the texts with published = null only")
    mode.add_argument("--published-only", action="store_true", help="score the texts with their publication date only")
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    ap.add_argument("--errors", type=int, default=0, help="include up to N errors per run")
    args = ap.parse_args(argv)
    try:
        labels = read_labels(args.labels)
    except BlindSetError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    runs = [("with publication date", True), ("without publication date", False)]
    if args.no_published:
        runs = runs[1:]
    elif args.published_only:
        runs = runs[:1]
    langs = [args.lang] if args.lang else ["fr", "en"]
    results, missing = {}, []
    for name, published in runs:
        gold_file, missing = build_gold(labels, args.cache, args.out / ("gold.jsonl" if published else "gold_nopub.jsonl"),
                                        published=published)
        if len(missing) == len(labels):
            print(f"error: {args.cache}: none of the {len(labels)} texts is cached; re-fetch them from the addresses "
                  "in the labels (data/blind/README.md)", file=sys.stderr)
            return 2
        for lang in langs:
            results[f"{lang}, {name}"] = score(gold_file, lang, args.errors)
    if args.json:
        print(json.dumps({"labels": str(args.labels), "missing_texts": missing, "runs": results}, indent=1))
        return 0
    if missing:
        print(f"{len(missing)} texts not in the cache (not scored): {', '.join(missing)}")
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
