"""scripts/cache_blind_text.py: finds a blind set's labelled opening inside a saved copy of its page and caches it only
on an exact hash match. Labels and pages written for this test, with invented texts."""

from __future__ import annotations

import hashlib
import json
import runpy
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "cache_blind_text.py"

TEXT_A = ("Des hommes armés attaquent un marché à Tinkoro\n\nDes hommes armés ont ouvert le feu lundi sur le marché "
          "hebdomadaire de Tinkoro, tuant quatre commerçants, selon un élu local.\n\nLes assaillants ont fui vers la "
          "forêt voisine.\n")
TEXT_B = ("Gunmen abduct ten farmers near Kouliga\n\nGunmen on Saturday abducted ten farmers working their fields near "
          "the village of Kouliga, residents said.\n")


def _main():
    return runpy.run_path(str(SCRIPT))["main"]


def _labels(tmp_path: Path, texts: dict[str, str]) -> Path:
    path = tmp_path / "labels.jsonl"
    with open(path, "w", encoding="utf-8") as fh:
        for id_, text in texts.items():
            fh.write(json.dumps({"id": id_, "url": f"https://example.org/{id_}", "lang": id_.split("-")[1],
                                 "text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
                                 "text_chars": len(text), "event": None}) + "\n")
    return path


def _run(tmp_path, labels, *pages, extra=()):
    return _main()(["--set", "t", "--labels", str(labels), "--cache", str(tmp_path / "cache"), *extra,
                    *[str(p) for p in pages]])


def test_the_opening_is_found_after_menus_and_without_its_trailing_line_break(tmp_path, capsys):
    labels = _labels(tmp_path, {"t-fr-001": TEXT_A, "t-en-001": TEXT_B})
    page = tmp_path / "page.txt"
    # a store's date line and a menu before the opening, the final line break dropped, a footer after it
    page.write_text(" date 2024-04-08 Accueil | Politique | Sécurité\n  " + TEXT_A.rstrip("\n"), encoding="utf-8")
    other = tmp_path / "other.txt"
    other.write_text("Menu\r\n" + TEXT_B.replace("\n", "\r\n") + "Read also: a story about rain\r\n",
                     encoding="utf-8")
    assert _run(tmp_path, labels, page, other) == 0
    assert (tmp_path / "cache" / "t-fr-001.txt").read_bytes() == TEXT_A.encode("utf-8")
    assert (tmp_path / "cache" / "t-en-001.txt").read_bytes() == TEXT_B.encode("utf-8")
    assert "t: 2 of 2 labelled texts cached" in capsys.readouterr().out


def test_a_page_that_is_not_the_labelled_one_writes_nothing(tmp_path, capsys):
    labels = _labels(tmp_path, {"t-fr-001": TEXT_A})
    page = tmp_path / "page.txt"
    # the same story with one word changed: its hash is not the labelled one
    page.write_text(TEXT_A.replace("quatre", "cinq"), encoding="utf-8")
    assert _run(tmp_path, labels, page) == 1
    assert not (tmp_path / "cache").exists() or not any((tmp_path / "cache").iterdir())
    out = capsys.readouterr().out
    assert "no labelled text of t found" in out and "t: 0 of 1 labelled texts cached" in out


def test_a_cached_label_is_looked_for_again_only_when_named(tmp_path):
    labels = _labels(tmp_path, {"t-fr-001": TEXT_A})
    page = tmp_path / "page.txt"
    page.write_text(TEXT_A, encoding="utf-8")
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "t-fr-001.txt").write_text("stale", encoding="utf-8")
    assert _run(tmp_path, labels, page) == 1  # nothing left to find
    assert (cache / "t-fr-001.txt").read_text(encoding="utf-8") == "stale"
    assert _run(tmp_path, labels, page, extra=("--id", "t-fr-001")) == 0
    assert (cache / "t-fr-001.txt").read_text(encoding="utf-8") == TEXT_A


@pytest.mark.parametrize("row, reason", [
    ({"id": "t-fr-001", "url": "u", "lang": "fr", "event": None}, "has no text_sha256 and text_chars"),
    ({"url": "u"}, "id"),
])
def test_a_label_that_cannot_be_checked_names_its_file_and_line(tmp_path, capsys, row, reason):
    labels = tmp_path / "labels.jsonl"
    labels.write_text(json.dumps({"id": "t-en-001", "url": "u", "lang": "en", "text_sha256": "0" * 64,
                                  "text_chars": 3, "event": None}) + "\n" + json.dumps(row) + "\n", encoding="utf-8")
    page = tmp_path / "page.txt"
    page.write_text(TEXT_A, encoding="utf-8")
    assert _run(tmp_path, labels, page) == 2
    err = capsys.readouterr().err
    assert f"{labels}:2" in err and reason in err


def test_a_page_that_is_not_utf8_or_missing_is_named(tmp_path, capsys):
    labels = _labels(tmp_path, {"t-fr-001": TEXT_A})
    page = tmp_path / "page.txt"
    page.write_bytes(TEXT_A.encode("latin-1"))
    assert _run(tmp_path, labels, page) == 2
    assert f"{page}: not UTF-8 text" in capsys.readouterr().err
    assert _run(tmp_path, labels, tmp_path / "absent.txt") == 2
    assert "absent.txt: no such file" in capsys.readouterr().err
