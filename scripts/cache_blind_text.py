"""Put a blind set's labelled texts back into the local cache from saved copies of their pages.

The repository keeps only each article's address and the SHA-256 and length of the text that was labelled
(``text_sha256``, ``text_chars``; data/<set>/README.md); the texts live in a local cache, var/<set>/texts/<id>.txt,
that is never committed. This script reads saved copies of pages (UTF-8 text files, one page each, as a browser's
"save as text" or a store of pages gives them) and finds in each the opening that was labelled: it tries the
labelled length from the start of the copy and from every line start (the opening may follow menus or a store's
date line), with up to two line breaks added at the end (copies often drop a page's trailing line break), with
Windows line ends made Unix ones and with the text in Unicode NFC form. A text is written only when its hash is the
labelled one, so the cache holds exactly what was labelled or nothing.

    python scripts/cache_blind_text.py --set blind3 PAGE [PAGE ...]        # every label not yet cached
    python scripts/cache_blind_text.py --set blind3 --id b3-fr-001 PAGE    # that label only

It prints one line per page (the id found, or that none was) and how many of the set's labelled texts are cached;
the exit status is 0 when every page gave a text, 1 when some did not, 2 on bad input (a file named, with the
reason). ``--labels`` and ``--cache`` name other files than data/<set>/labels.jsonl and var/<set>/texts.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _forms(page: str) -> list[str]:
    """The copy as saved, with Unix line ends, and in NFC (each once)."""
    out: list[str] = []
    for form in (page, page.replace("\r\n", "\n"), unicodedata.normalize("NFC", page.replace("\r\n", "\n"))):
        if form not in out:
            out.append(form)
    return out


def _starts(text: str) -> list[int]:
    """The start of the copy and of every line (and after the indent of a line)."""
    starts = {0}
    for i, ch in enumerate(text):
        if ch == "\n" and i + 1 < len(text):
            starts.add(i + 1)
            j = i + 1
            while j < len(text) and text[j] in " \t":
                j += 1
            starts.add(j)
    return sorted(starts)


def find_labelled(page: str, labels: list[dict]) -> tuple[str, str] | None:
    """The first of ``labels`` (rows with ``id``, ``text_sha256``, ``text_chars``) whose labelled text is in
    ``page``, as ``(id, text)``, or None."""
    wanted = {}
    for row in labels:
        wanted.setdefault(int(row["text_chars"]), {})[row["text_sha256"]] = row["id"]
    for form in _forms(page):
        for start in _starts(form):
            for n, by_hash in wanted.items():
                cut = form[start : start + n]
                for pad in range(3):  # the trailing line breaks a copy dropped
                    cand = cut + "\n" * pad if len(cut) + pad == n else None
                    if cand is not None and (id_ := by_hash.get(_sha(cand))) is not None:
                        return id_, cand
    return None


def _labels(path: Path) -> list[dict]:
    from sahelwatch.errors import InputError
    from sahelwatch.jsonlines import read_json_lines

    rows = []
    for n, row in read_json_lines(path, required=("id",)):
        rows.append(row)
        if not isinstance(row.get("text_sha256"), str) or not isinstance(row.get("text_chars"), int) \
                or row["text_chars"] <= 0:
            raise InputError(f"label {row['id']!r} has no text_sha256 and text_chars: its text cannot be checked",
                             path=str(path), line=n)
    return rows


def main(argv: list[str] | None = None) -> int:
    from sahelwatch.errors import InputError

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("pages", nargs="+", type=Path, help="saved copies of the articles' pages (UTF-8 text)")
    ap.add_argument("--set", dest="set_name", required=True, help="the blind set, e.g. blind3")
    ap.add_argument("--id", help="only this label")
    ap.add_argument("--labels", type=Path, help="labels file (default data/<set>/labels.jsonl)")
    ap.add_argument("--cache", type=Path, help="cache directory (default var/<set>/texts)")
    args = ap.parse_args(argv)
    labels_path = args.labels or ROOT / "data" / args.set_name / "labels.jsonl"
    cache = args.cache or ROOT / "var" / args.set_name / "texts"
    try:
        rows = _labels(labels_path)
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except FileNotFoundError:
        print(f"error: {labels_path}: no such labels file (is {args.set_name!r} a blind set?)", file=sys.stderr)
        return 2
    if args.id is not None:
        rows = [r for r in rows if r["id"] == args.id]
        if not rows:
            print(f"error: {labels_path}: no label with id {args.id!r}", file=sys.stderr)
            return 2
    found_all = True
    for page_path in args.pages:
        try:
            page = page_path.read_text(encoding="utf-8")
        except FileNotFoundError:
            print(f"error: {page_path}: no such file", file=sys.stderr)
            return 2
        except UnicodeDecodeError as exc:
            print(f"error: {page_path}: not UTF-8 text (byte {exc.start}): save the page as UTF-8", file=sys.stderr)
            return 2
        todo = [r for r in rows if args.id is not None or not (cache / f"{r['id']}.txt").exists()]
        hit = find_labelled(page, todo)
        if hit is None:
            found_all = False
            print(f"{page_path}: no labelled text of {args.set_name} found (not the page labelled, another version "
                  f"of it, or a copy that changed its characters)")
            continue
        id_, text = hit
        cache.mkdir(parents=True, exist_ok=True)
        (cache / f"{id_}.txt").write_text(text, encoding="utf-8", newline="")
        print(f"{page_path}: {id_} ({len(text)} characters) -> {cache / (id_ + '.txt')}")
    cached = sum((cache / f"{r['id']}.txt").exists() for r in _labels(labels_path))
    print(f"{args.set_name}: {cached} of {len(_labels(labels_path))} labelled texts cached")
    return 0 if found_all else 1


if __name__ == "__main__":
    sys.exit(main())
