"""The blind set's committed labels, and the script that joins them with the local text cache.

The labels and texts below are invented for these tests.
"""

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LABELS = ROOT / "data" / "blind" / "labels.jsonl"


def _script():
    spec = importlib.util.spec_from_file_location("score_blind", ROOT / "scripts" / "score_blind.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_committed_labels_carry_addresses_and_labels_but_no_text():
    rows = [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) >= 100
    assert {r["lang"] for r in rows} == {"fr", "en"}
    assert len({r["id"] for r in rows}) == len(rows)
    allowed = {"id", "url", "publisher", "published", "published_visible", "read_on", "lang", "event"}
    for r in rows:
        assert set(r) <= allowed, r["id"]
        assert r["url"].startswith(("http://", "https://")) and r["read_on"]
        if r["event"] is not None:
            assert not any(isinstance(v, str) and len(v) > 80 for v in r["event"].values()), r["id"]


def test_the_gold_file_joins_cached_texts_and_reports_the_missing_ones(tmp_path):
    sb = _script()
    labels = tmp_path / "labels.jsonl"
    labels.write_text(
        json.dumps({"id": "fr-1", "url": "https://example.org/a", "lang": "fr", "published": "2024-02-03",
                    "event": {"sub_event_type": "Attack", "admin1": "Gao"}}) + "\n"
        + json.dumps({"id": "en-1", "url": "https://example.org/b", "lang": "en", "published": None,
                      "event": None}) + "\n", encoding="utf-8")
    cache = tmp_path / "texts"
    cache.mkdir()
    (cache / "fr-1.txt").write_text("Un texte inventé pour ce test.\n", encoding="utf-8")
    out, missing = sb.build_gold(sb.read_labels(labels), cache, tmp_path / "gold.jsonl", published=False)
    assert missing == ["en-1"]
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert rows == [{"id": "fr-1", "lang": "fr", "text": "Un texte inventé pour ce test.\n", "published": None,
                     "gold": {"sub_event_type": "Attack", "admin1": "Gao"}}]
    out, _ = sb.build_gold(sb.read_labels(labels), cache, tmp_path / "gold.jsonl", published=True)
    assert json.loads(out.read_text(encoding="utf-8"))["published"] == "2024-02-03"


def test_a_broken_labels_line_is_named_by_file_and_line(tmp_path):
    sb = _script()
    labels = tmp_path / "labels.jsonl"
    labels.write_text('{"id": "x", "url": "u", "lang": "fr", "event": null}\n{not json\n', encoding="utf-8")
    with pytest.raises(sb.BlindSetError, match=r"labels\.jsonl:2: invalid JSON"):
        sb.read_labels(labels)


def test_a_label_of_the_wrong_kind_is_an_error_naming_the_gold_line_not_a_traceback(tmp_path, capsys):
    sb = _script()
    labels = tmp_path / "labels.jsonl"
    labels.write_text(json.dumps({"id": "fr-1", "url": "https://example.org/a", "lang": "fr", "published": None,
                                  "event": {"sub_event_type": "Attack", "fatalities": "four"}}) + "\n", encoding="utf-8")
    cache = tmp_path / "texts"
    cache.mkdir()
    (cache / "fr-1.txt").write_text("Un texte inventé pour ce test.\n", encoding="utf-8")
    assert sb.main(["--labels", str(labels), "--cache", str(cache), "--out", str(tmp_path), "--published-only"]) == 2
    err = capsys.readouterr().err
    assert f"{tmp_path / 'gold.jsonl'}:1: event key 'fatalities' must be" in err and str(labels) in err, err


def test_an_empty_cache_is_an_error_with_advice(tmp_path, capsys):
    sb = _script()
    labels = tmp_path / "labels.jsonl"
    labels.write_text('{"id": "x", "url": "u", "lang": "fr", "event": null}\n', encoding="utf-8")
    assert sb.main(["--labels", str(labels), "--cache", str(tmp_path / "none"),
                    "--out", str(tmp_path), "--published-only"]) == 2
    assert "re-fetch" in capsys.readouterr().err


LABELS2 = ROOT / "data" / "blind2" / "labels.jsonl"


def test_second_set_labels_carry_addresses_text_hashes_and_labels_but_no_text():
    rows = [json.loads(line) for line in LABELS2.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(rows) >= 100
    assert {r["lang"] for r in rows} == {"fr", "en"}
    assert len({r["id"] for r in rows}) == len(rows)
    allowed = {"id", "url", "publisher", "published", "published_visible", "read_on", "lang", "text_sha256",
               "text_chars", "event"}
    for r in rows:
        assert set(r) <= allowed, r["id"]
        assert r["url"].startswith(("http://", "https://")) and r["read_on"]
        assert len(r["text_sha256"]) == 64 and int(r["text_sha256"], 16) >= 0, r["id"]
        assert r["text_chars"] > 0, r["id"]
        if r["event"] is not None:
            assert not any(isinstance(v, str) and len(v) > 80 for v in r["event"].values()), r["id"]


def test_the_second_set_shares_no_address_with_the_first():
    first = {json.loads(line)["url"] for line in LABELS.read_text(encoding="utf-8").splitlines() if line.strip()}
    second = [json.loads(line)["url"] for line in LABELS2.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(set(second)) == len(second)
    assert not first & set(second)


def test_a_cached_text_other_than_the_labelled_one_is_left_out_and_named(tmp_path):
    sb = _script()
    labelled = "Un texte inventé, celui qui a été lu.\n"
    labels = tmp_path / "labels.jsonl"
    labels.write_text(
        json.dumps({"id": "b-1", "url": "https://example.org/a", "lang": "fr", "published": None,
                    "text_sha256": sb.text_sha256(labelled), "event": None}) + "\n"
        + json.dumps({"id": "b-2", "url": "https://example.org/b", "lang": "fr", "published": None,
                      "text_sha256": sb.text_sha256(labelled), "event": None}) + "\n", encoding="utf-8")
    cache = tmp_path / "texts"
    cache.mkdir()
    (cache / "b-1.txt").write_text(labelled, encoding="utf-8")
    (cache / "b-2.txt").write_text("Une autre version de la page, changée depuis.\n", encoding="utf-8")
    changed: list[str] = []
    out, missing = sb.build_gold(sb.read_labels(labels), cache, tmp_path / "gold.jsonl", published=True,
                                 changed=changed)
    assert (missing, changed) == ([], ["b-2"])
    assert [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()] == ["b-1"]


def test_the_set_option_reads_the_second_sets_labels_and_names_its_readme(tmp_path, capsys):
    sb = _script()
    assert sb.main(["--set", "blind2", "--cache", str(tmp_path / "none"), "--out", str(tmp_path),
                    "--published-only"]) == 2
    err = capsys.readouterr().err
    assert "data/blind2/README.md" in err and "none of the" in err
