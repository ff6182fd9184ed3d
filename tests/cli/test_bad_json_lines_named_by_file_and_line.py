"""The JSON lines that ``extract --in`` and ``extract eval --gold`` read go through the one reader
(sahelwatch.jsonlines): a line that is not JSON, not an object, not UTF-8 or without a key the command needs is
named by its file, its line and the reason. ``extract`` writes it as a rejected line and extracts the good lines
around it; ``eval`` refuses the gold file (exit 2, nothing scored: a score over part of a gold set would pass for
the whole), never with a traceback, and so for a field of the wrong kind (a gold event's too): any JSON value in any
field is read or refused by file and line. Only JSON's own white space makes a blank line. Sentences and places
written for this test."""

from __future__ import annotations

import copy
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sahelwatch.extraction.evaluation import DATE_IN_TEXT, GOLD_NAME_KEYS
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
    # a line without text that is an object keeps its own id (output lines are joined to input lines by id)
    assert [r["id"] for r in rows] == ["good-1", "line:2", "line:3", "line:4", "no-text", "good-2"]
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
        name = "no-text" if n == 5 else f"line:{n}"
        assert f"{src} line {n} ({name}): {status}: line {n}: {reason}" in stdout, stdout


@pytest.mark.parametrize("published", [20250206, True, ["2025-02-06"]])
def test_extract_rejects_a_publication_day_that_is_no_string_by_its_own_id(tmp_path, capsys, published):
    """A number is no day, not even 20250206 (it was read as 6 February 2025 without a word)."""
    src, out = tmp_path / "reports.jsonl", tmp_path / "events.jsonl"
    src.write_bytes(_line(GOOD | {"published": published}) + b"\n")
    code, stdout, _ = run_cli(["--json", "extract", "--in", src, "--out", out], capsys)
    (row,) = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert code == 1 and (row["id"], row["status"]) == ("good-1", "invalid_record"), row
    assert row["reason"] == f"line 1: 'published' must be YYYY-MM-DD, got {published!r}", row


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
    "'gold' must be null, an event object or a list of event objects, got 'Battles'":
        _line({"id": "g2", "text": "Rien.", "gold": "Battles"}),
    "'text' must be a string": _line({"id": "g2", "text": ["Rien."], "gold": None}),
    "'gold' must be null, an event object or a list of event objects, got False":  # it was read as no event
        _line({"id": "g2", "text": "Rien.", "gold": False}),
    "'lang' must be a string or null, got ['fr']": _line({"id": "g2", "lang": ["fr"], "text": "Rien.", "gold": None}),
    "'id' must be a string or a whole number, got {'n': 2}": _line({"id": {"n": 2}, "text": "Rien.", "gold": None}),
    "'published' must be YYYY-MM-DD, got 20250207": _line({"id": "g2", "text": "Rien.", "published": 20250207,
                                                            "gold": None}),
    # half of a UTF-16 pair: no UTF-8 can hold it (the extractor would fail on it in the middle of the score)
    "'text' holds a lone surrogate (U+D800 at character 5)": b'{"id": "g2", "text": "Rien \\ud800.", "gold": null}',
}


def _gold_event(**fields) -> bytes:
    return _line(GOLD | {"id": "g2", "gold": GOLD["gold"] | fields})


BAD_GOLD_LINES |= {  # a gold event's field of the wrong kind: a traceback in the middle of the score, or scored wrong
    "event key 'fatalities' must be a whole number, 0 or more, or null, got 'four'": _gold_event(fatalities="four"),
    "event key 'fatalities' must be a whole number, 0 or more, or null, got -2": _gold_event(fatalities=-2),
    "event key 'fatalities' must be a whole number, 0 or more, or null, got 2.5": _gold_event(fatalities=2.5),
    "event key 'perpetrator' must be a string or null, got 7": _gold_event(perpetrator=7),
    "event key 'sub_event_type' must be a string or null, got 5": _gold_event(sub_event_type=5),
    "event key 'event_date' must be YYYY-MM-DD or null, got '2025-13-40'": _gold_event(event_date="2025-13-40"),
    "event key 'event_date' must be YYYY-MM-DD or null, got 20250206": _gold_event(event_date=20250206),
    "event key 'date_in_text' must be one of full, partial, none or null, got 'yes'": _gold_event(date_in_text="yes"),
    "event key 'admin1' must be a string or null, got ['Mopti'] (event 2 of 2)":
        _line(GOLD | {"id": "g2", "gold": [GOLD["gold"], GOLD["gold"] | {"admin1": ["Mopti"]}]}),
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


@pytest.mark.parametrize("blank_looking", ["\u00a0", "\x1c", "\u3000"])
def test_a_line_of_white_space_json_does_not_allow_is_a_bad_line_not_a_blank_one(tmp_path, capsys, blank_looking):
    """Only JSON's own white space (space, tab, carriage return) makes a blank line; a no-break space or a control
    character alone is named as a bad line, never skipped without a word."""
    src, out = tmp_path / "reports.jsonl", tmp_path / "events.jsonl"
    src.write_bytes(_line(GOOD) + b"\n \t\r\n" + blank_looking.encode("utf-8") + b"\n")
    code, stdout, _ = run_cli(["--json", "extract", "--in", src, "--out", out], capsys)
    assert code == 1
    assert [(p["line"], p["status"]) for p in json.loads(stdout)["problems"]] == [(3, "invalid_json")]
    gold = tmp_path / "gold.jsonl"
    gold.write_bytes(_line(GOLD) + b"\n \t\r\n" + blank_looking.encode("utf-8") + b"\n")
    code, stdout, stderr = run_cli(["--json", "extract", "eval", "--gold", gold], capsys)
    assert code == 2 and f"{gold}:3: invalid JSON" in stderr, stderr


#: any JSON value, with the strings a field may hold (a day, a language, a place, a lone surrogate) among the others
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12)
    | st.sampled_from(["", "2025-02-06", "2025-02-30", "20250206", "fr", "EN", "Mopti", "\ud800", *DATE_IN_TEXT]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=6)
ANY_VALUE = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@ANY_VALUE
@given(field=st.sampled_from(["id", "text", "lang", "published", "gold",
                              *(f"gold.{k}" for k in (*GOLD_NAME_KEYS, "event_date", "fatalities", "date_in_text"))]),
       value=JSON_VALUES)
def test_any_json_value_in_a_gold_field_is_scored_or_refused_by_file_and_line(tmp_path, capsys, field, value):
    row = copy.deepcopy(GOLD) | {"id": "g2"}
    if field.startswith("gold."):
        row["gold"][field.removeprefix("gold.")] = value
    else:
        row[field] = value
    gold = tmp_path / "gold.jsonl"
    gold.write_bytes(_line(GOLD) + b"\n" + json.dumps(row).encode("ascii") + b"\n")
    code, stdout, stderr = run_cli(["--json", "extract", "eval", "--gold", gold], capsys)  # no traceback
    assert code in (0, 2), stderr
    if code == 0:  # read: both texts scored
        assert json.loads(stdout)["gold"]["documents"] == 2
    else:
        assert f"{gold}:2: " in stderr and stdout == "", stderr


@ANY_VALUE
@given(field=st.sampled_from(["id", "text", "lang", "published"]), value=JSON_VALUES)
def test_any_json_value_in_an_input_field_is_extracted_or_rejected_by_file_and_line(tmp_path, capsys, field, value):
    src, out = tmp_path / "reports.jsonl", tmp_path / "events.jsonl"
    src.write_bytes(_line(GOOD) + b"\n" + json.dumps(GOOD | {"id": "good-2", field: value}).encode("ascii") + b"\n")
    code, stdout, stderr = run_cli(["--json", "extract", "--in", src, "--out", out], capsys)  # no traceback
    assert code in (0, 1), stderr
    summary = json.loads(stdout)
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 2 and rows[0]["status"] == "ok" and summary["documents"] == 2, rows  # nothing lost
    if field != "id":
        assert rows[1]["id"] == "good-2"
    if rows[1]["status"] not in ("ok", "no_event"):  # rejected: named by its file and line, with the reason
        assert summary["problems"] == [{"line": 2, "id": rows[1]["id"], "status": rows[1]["status"],
                                        "reason": rows[1]["reason"], "file": str(src)}], summary
        assert rows[1]["reason"] and code == 1
