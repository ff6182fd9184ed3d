"""``sahelwatch extract`` on a line whose text holds a lone surrogate (half of a UTF-16 pair, from a JSON escape; no
UTF-8 can hold it): that line is quarantined as bad encoding with the file, the line and the character named, the
other lines are extracted and written, never a traceback. Decomposed accents read like composed ones (the text is put
in Unicode normal form C), and that change is reported with the file and the line. Sentences written for this test."""

from __future__ import annotations

import json

from tests.cli.test_clear_errors import sw

GOOD = "Des hommes armés ont tué quatre bergers mardi près de Tessit, selon des élus locaux."
PLACED = "Des hommes armés ont attaqué un poste de police mardi à Banikoara (Bénin), tuant deux agents."


def _extract(tmp_path, lines: list[str]):
    src, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    src.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    r = sw("--json", "extract", "--in", src, "--out", out)
    assert "Traceback" not in r.stderr, r.stderr
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    return r, rows


def _line(doc_id: str, text_json: str) -> str:
    """A JSONL record whose text is ``text_json``, already escaped as JSON (so it may hold a lone surrogate)."""
    return '{"id": "%s", "text": "%s", "lang": "fr", "published": "2024-03-14"}' % (doc_id, text_json)


def test_a_lone_surrogate_quarantines_its_line_with_file_and_line_and_the_good_lines_are_written(tmp_path):
    escaped = json.dumps(GOOD, ensure_ascii=True)[1:-1]
    broken = escaped.replace("mardi", "mardi \\ud800", 1)
    r, rows = _extract(tmp_path, [_line("good-1", escaped), _line("bad", broken), _line("good-2", escaped)])
    assert r.returncode == 1, "a rejected line makes the exit status 1"
    assert [row["id"] for row in rows] == ["good-1", "bad", "good-2"], "every line is written"
    assert all(row["status"] == "ok" and row["events"] for row in (rows[0], rows[2])), "the good lines are extracted"
    assert rows[1]["status"] == "bad_encoding" and rows[1]["line"] == 2 and rows[1]["events"] == []
    assert "lone surrogate" in rows[1]["reason"] and "U+D800" in rows[1]["reason"]
    summary = json.loads(r.stdout)
    assert summary["rejected"] == 1
    [problem] = summary["problems"]
    assert problem["id"] == "bad" and problem["line"] == 2 and problem["file"].endswith("in.jsonl"), summary


def test_decomposed_accents_read_like_composed_ones_and_the_change_is_reported(tmp_path):
    import unicodedata

    decomposed = unicodedata.normalize("NFD", PLACED)
    assert decomposed != PLACED
    composed, nfd = (json.dumps(t, ensure_ascii=True)[1:-1] for t in (PLACED, decomposed))
    r, rows = _extract(tmp_path, [_line("nfc", composed), _line("nfd", nfd)])
    assert r.returncode == 0, r.stderr
    assert rows[0]["events"], "the composed text gives an event"
    assert rows[1]["events"] == rows[0]["events"], "the decomposed text gives the same events"
    summary = json.loads(r.stdout)
    [problem] = summary["problems"]
    assert (problem["id"], problem["line"], problem["status"]) == ("nfd", 2, "text_normalised"), summary
    assert problem["file"].endswith("in.jsonl") and "normal form C" in problem["reason"]
    assert summary["rejected"] == 0


def test_a_composed_text_is_read_as_it_is_given():
    from sahelwatch.extraction.pipeline import readable_text

    for text in (GOOD, PLACED, "Gunmen killed three herders near Tessit on Tuesday.", "Ségou, Kidal & Gao – « été »"):
        read, note = readable_text(text)
        assert read is text and note is None
