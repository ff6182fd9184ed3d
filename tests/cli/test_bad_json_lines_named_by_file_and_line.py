"""The JSON lines that ``extract --in`` and ``extract eval --gold`` read go through the one reader
(sahelwatch.jsonlines): a line that is not JSON, not an object, not UTF-8 or without a key the command needs is
named by its file, its line and the reason. ``extract`` writes it as a rejected line and extracts the good lines
around it; ``eval`` refuses the gold file (exit 2, nothing scored: a score over part of a gold set would pass for
the whole), never with a traceback. Sentences and places written for this test."""

from __future__ import annotations

import json

import pytest

from tests.conftest import run_cli

GOOD = {"id": "good-1", "lang": "fr", "published": "2025-02-06",
        "text": "Deux soldats ont été tués jeudi dans une embuscade tendue par des hommes armés près de Boni."}
BAD_EXTRACT_LINES = [  # (line bytes, status, reason)
    (b'{"id": "cut", "text": "Une embuscade a ', "invalid_json", "invalid JSON (Unterminated string starting at"),
    (b'["not-an-object", "fr"]', "invalid_record", "a JSON object is expected, not list"),
    (b'{"id": "latin", "lang": "fr", "text": "Attaque \xe0 Boni"}', "bad_encoding", "not UTF-8 text"),
    (b'{"id": "no-text", "lang": "fr", "published": "2025-02-06"}', "invalid_record", "missing keys ['text']"),
]


def _line(obj: dict) -> bytes:
    return json.dumps(obj, ensure_ascii=False).encode("utf-8")


def _extract_input(tmp_path):
    """A byte order mark, a good line, the bad lines (lines 2-5), a blank line, a good line (line 7)."""
    src = tmp_path / "reports.jsonl"
    lines = [b"\xef\xbb\xbf" + _line(GOOD), *(bad for bad, _, _ in BAD_EXTRACT_LINES), b"  ",
             _line(GOOD | {"id": "good-2"})]
    src.write_bytes(b"\n".join(lines) + b"\n")
    return src


def test_extract_names_each_bad_line_by_file_and_line_and_extracts_the_good_ones(tmp_path, capsys):
    src, out = _extract_input(tmp_path), tmp_path / "events.jsonl"
    code, stdout, stderr = run_cli(["--json", "extract", "--in", src, "--out", out], capsys)
    assert code == 1, stderr  # done, with rejected lines
    summary = json.loads(stdout)
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["good-1", "line:2", "line:3", "line:4", "line:5", "good-2"]
    for r in (rows[0], rows[-1]):  # the byte order mark is read, not taken for broken JSON
        assert r["status"] == "ok" and r["events"], r
    problems = {p["line"]: p for p in summary["problems"]}
    assert sorted(problems) == [2, 3, 4, 5]
    for n, (_, status, reason) in enumerate(BAD_EXTRACT_LINES, 2):
        p, row = problems[n], rows[n - 1]
        assert (p["file"], p["status"], row["status"], row["line"], row["events"]) == (str(src), status, status, n, [])
        assert reason in p["reason"] and p["reason"] == row["reason"], p
    assert summary["rejected"] == 4 and summary["by_status"] == {"bad_encoding": 1, "invalid_json": 1,
                                                                 "invalid_record": 2, "ok": 2}


def test_extract_prints_the_file_and_line_of_each_bad_line(tmp_path, capsys):
    src, out = _extract_input(tmp_path), tmp_path / "events.jsonl"
    code, stdout, _ = run_cli(["extract", "--in", src, "--out", out], capsys)
    assert code == 1
    for n, (_, status, reason) in enumerate(BAD_EXTRACT_LINES, 2):
        assert f"{src} line {n} (line:{n}): {status}: line {n}: {reason}" in stdout, stdout


GOLD = {"id": "g1", "lang": "fr", "published": "2025-02-07", "text": GOOD["text"],
        "gold": {"event_type": "Battles", "sub_event_type": "Armed clash", "admin1": "Mopti", "fatalities": 2}}
BAD_GOLD_LINES = {  # reason: line 3 of the gold file
    "invalid JSON (Expecting ',' delimiter at character 13)": b'{"id": "g2" "text": "x", "gold": null}',
    "a JSON object is expected, not list": b'["g2", "fr", null]',
    "not UTF-8 text (invalid continuation byte at byte 22 of the line)":
        b'{"id": "g2", "text": "\xe0 Boni", "gold": null}',
    "missing keys ['gold']": _line({"id": "g2", "lang": "fr", "text": "Rien ne s'est passé.", "events": None}),
    "missing keys ['text']": _line({"id": "g2", "gold": None}),
    "'published' must be YYYY-MM-DD, got '07/02/2025'":
        _line({"id": "g2", "text": "Rien.", "published": "07/02/2025", "gold": None}),
    "'gold' must be null, an event object or a list of event objects": _line({"id": "g2", "text": "Rien.",
                                                                            "gold": "Battles"}),
    "'text' must be a string": _line({"id": "g2", "text": ["Rien."], "gold": None}),
}


@pytest.mark.parametrize("reason", sorted(BAD_GOLD_LINES))
def test_eval_refuses_a_gold_file_with_a_bad_line_naming_file_line_and_reason(tmp_path, capsys, reason):
    gold = tmp_path / "gold.jsonl"
    gold.write_bytes(_line(GOLD) + b"\n\n" + BAD_GOLD_LINES[reason] + b"\n")
    code, stdout, stderr = run_cli(["--json", "extract", "eval", "--gold", gold], capsys)
    assert code == 2 and stdout == "", stdout
    assert f"{gold}:3: {reason}" in stderr and "Traceback" not in stderr, stderr


def test_eval_reads_a_gold_file_past_a_byte_order_mark_and_a_blank_line(tmp_path, capsys):
    gold = tmp_path / "gold.jsonl"
    gold.write_bytes(b"\xef\xbb\xbf" + _line(GOLD) + b"\n\n" + _line(GOLD | {"id": "g2", "gold": None}) + b"\n")
    code, stdout, stderr = run_cli(["--json", "extract", "eval", "--gold", gold], capsys)
    assert code == 0, stderr
    report = json.loads(stdout)["gold"]
    assert report["documents"] == 2 and report["gold_events"] == 1, report
