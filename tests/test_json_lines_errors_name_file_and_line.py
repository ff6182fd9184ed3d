"""Labels files are read by one JSON lines reader: the blind-set scorer's labels and the articles 'extract
train' learns from. A line that is not UTF-8, not JSON or not an object is refused with the file, the line
and the reason, the same way in both; blank lines are skipped and a byte order mark is read."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from sahelwatch.errors import InputError
from sahelwatch.extraction.training import read_articles
from sahelwatch.jsonlines import read_json_lines

ROOT = Path(__file__).resolve().parents[1]
GOOD = b'{"id": "a1", "url": "https://example.org/a1", "lang": "fr", "event": null, "text": "Rien ici."}\n'
BAD_LINES = {
    "not UTF-8": b'{"id": "a2", "text": "caf\xe9"}\n',
    "a JSON object is expected, not list": b'["a2", "fr"]\n',
    "invalid JSON": b'{"id": "a2",\n',
}


def _score_blind():
    spec = importlib.util.spec_from_file_location("score_blind", ROOT / "scripts" / "score_blind.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("reason", sorted(BAD_LINES))
def test_the_scorer_and_training_refuse_a_bad_line_alike(tmp_path, reason):
    sb = _score_blind()
    f = tmp_path / "labels.jsonl"
    f.write_bytes(GOOD + b"\n" + BAD_LINES[reason])
    with pytest.raises(sb.BlindSetError) as scored:
        sb.read_labels(f)
    with pytest.raises(InputError) as trained:
        read_articles(f)
    assert trained.value.path == str(f) and trained.value.line == 3 and reason in trained.value.reason
    assert str(scored.value) == str(trained.value)


def test_a_label_without_its_keys_is_named_by_line(tmp_path):
    sb = _score_blind()
    f = tmp_path / "labels.jsonl"
    f.write_bytes(GOOD + b'{"id": "a2", "lang": "en"}\n')
    with pytest.raises(sb.BlindSetError, match=r"labels\.jsonl:2: missing keys \['event', 'url'\]"):
        sb.read_labels(f)


def test_lines_keep_their_numbers_past_blank_lines_and_a_byte_order_mark(tmp_path):
    f = tmp_path / "rows.jsonl"
    f.write_bytes(b"\xef\xbb\xbf" + GOOD + b"\n  \n" + GOOD.replace(b"a1", b"a3"))
    assert [(n, row["id"]) for n, row in read_json_lines(f, required=("id",))] == [(1, "a1"), (4, "a3")]
    with pytest.raises(InputError, match="no such file"):
        list(read_json_lines(tmp_path / "none.jsonl"))
