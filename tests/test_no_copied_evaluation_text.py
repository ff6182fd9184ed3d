"""No rule, lexicon, docstring or unit test shares a 10-word run with a development text.

A test written from an evaluation sentence passes because the rule was fitted to that sentence, and a rule
written from one inflates the score it is measured by. The development sets' texts are cached under var/ by
scripts/score_blind.py; var/ is not in the repository. The shared French development set
(../shared/data/gold/fr_news_dev.jsonl) is read too, so the check runs wherever the shared data is (in CI
always). Only development material is read: the held-out sets are never opened here.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from sahelwatch.folding import fold
from tests.conftest import missing, optional_data_file

ROOT = Path(__file__).resolve().parents[1]
#: the development sets whose texts may be read (the held-out ones are deliberately absent)
DEVELOPMENT_SETS = ("blind", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10")
RUN = 10
#: the actor registries: an organisation's full name may run to ten words and is no copied sentence
REGISTRIES = sorted((ROOT / "src").rglob("*actors*.yaml")) + sorted((ROOT / "src" / "sahelwatch" / "actors" / "data").glob("*.yaml"))
#: a run of which this many words are an organisation's name in a registry ("les jihadistes du groupe de ...") is
#: that name, no copied sentence
NAME_WORDS = 7
SCANNED = {".py", ".yaml", ".yml", ".json", ".md", ".txt"}


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", fold(text))


def _runs(text: str, n: int = RUN) -> set[str]:
    w = _words(text)
    return {" ".join(w[i : i + n]) for i in range(len(w) - n + 1)}


def _development_texts() -> list[tuple[str, str]]:
    """(where, text) of every development text at hand: the cached blind sets and the shared French set."""
    texts = [(f"{p.parent.parent.name}/{p.name}", p.read_text(encoding="utf-8", errors="replace"))
             for name in DEVELOPMENT_SETS for p in sorted((ROOT / "var" / name / "texts").glob("*.txt"))]
    shared = optional_data_file("gold/fr_news_dev.jsonl")
    if shared is not None:
        with open(shared, encoding="utf-8") as fh:
            texts += [(f"fr_news_dev.jsonl:{n}", json.loads(line).get("text") or "")
                      for n, line in enumerate(fh, 1) if line.strip()]
    return texts


def _scanned_files() -> list[Path]:
    return [p for top in ("src", "tests") for p in sorted((ROOT / top).rglob("*"))
            if p.is_file() and p.suffix in SCANNED and p not in REGISTRIES and p.stat().st_size < 2_000_000]


def test_words_are_folded_and_runs_are_ten_words_long():
    assert _words("Des soldats ont été tués à Ségou.") == ["des", "soldats", "ont", "ete", "tues", "a", "segou"]
    assert _runs("one two three four five six seven eight nine") == set()
    assert _runs("one two three four five six seven eight nine ten eleven") == {
        "one two three four five six seven eight nine ten", "two three four five six seven eight nine ten eleven"}


def test_no_source_or_test_file_shares_a_ten_word_run_with_a_development_text():
    texts = _development_texts()
    if not texts:
        missing("../shared/data/gold/fr_news_dev.jsonl, and no development set's texts cached under var/")
    where: dict[str, str] = {}
    for source, text in texts:
        for run in _runs(text):
            where.setdefault(run, source)
    names = set().union(*(_runs(p.read_text(encoding="utf-8", errors="replace"), NAME_WORDS) for p in REGISTRIES))
    where = {run: src for run, src in where.items() if not (_runs(run, NAME_WORDS) & names)}
    copied = [f"{p.relative_to(ROOT)}: '{run}' (also in {where[run]})"
              for p in _scanned_files() if p != Path(__file__).resolve()
              for run in sorted(_runs(p.read_text(encoding="utf-8", errors="replace")) & where.keys())]
    assert not copied, "10-word runs copied from development texts:\n" + "\n".join(copied)
