"""Training on labelled news articles: a labels file with cached texts, or a gold file with its texts.

Every article here is written for the test, about invented places.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys

import pytest

from sahelwatch.errors import InputError
from sahelwatch.extraction.training import read_articles

ATTACK = ("Des hommes armés ont fait irruption au village de {p} et ont abattu {n} habitants, "
          "selon un élu de la commune.")
CLASH = ("Les militaires ont repoussé des assaillants lourdement armés près de {p} après de longs échanges "
         "de tirs; {n} assaillants ont été neutralisés.")
MINE = "Un véhicule de transport a sauté sur un engin explosif improvisé sur la route de {p}, faisant {n} morts."
KIDNAP = "Des individus armés ont enlevé {n} commerçants sur l'axe menant à {p}, a-t-on appris de sources locales."
QUIET = "La foire annuelle de {p} a accueilli {n} exposants venus des régions voisines."
KINDS = (("Attack", ATTACK), ("Armed clash", CLASH), ("Remote explosive/landmine/IED", MINE),
         ("Abduction/forced disappearance", KIDNAP))
PLACES = ("Korango", "Bilessa", "Temoudi", "Sangarel", "Dabiré", "Founkolo", "Nialanga", "Kessou", "Ourdéré",
          "Tiguelma", "Bamkoro", "Samadé", "Diandio", "Lorosso", "Hamkara", "Wendéla")


def _label(rid: str, sub: str | None, **extra) -> dict:
    event = None if sub is None else {"sub_event_type": sub, "event_date": "2024-03-04", "country": "Mali"}
    return {"id": rid, "url": f"https://example.org/{rid}", "lang": "fr", "published": "2024-03-05",
            "event": event, **extra}


def _write(tmp_path, rows: list[dict], texts: dict[str, str]):
    labels = tmp_path / "labels.jsonl"
    labels.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    folder = tmp_path / "texts"
    folder.mkdir(exist_ok=True)
    for rid, text in texts.items():
        (folder / f"{rid}.txt").write_text(text, encoding="utf-8")
    return labels, folder


def test_labels_and_cached_texts_become_training_rows(tmp_path):
    texts = {"a1": ATTACK.format(p="Korango", n="trois"), "a2": QUIET.format(p="Bilessa", n="vingt"),
             "a4": MINE.format(p="Temoudi", n="deux")}
    rows = [_label("a1", "Attack"), _label("a2", None), _label("a3", "Armed clash"),
            _label("a4", "Remote explosive/landmine/IED", text_sha256="0" * 64)]
    labels, folder = _write(tmp_path, rows, texts)
    frame, what = read_articles(labels, [folder])
    assert frame["event_id"].tolist() == ["a1", "a2"]
    assert frame["sub_event_type"].tolist()[0] == "Attack" and frame["sub_event_type"].isna().tolist() == [False, True]
    assert frame["notes"].tolist()[0] == texts["a1"]
    assert str(frame["event_date"].tolist()[0]) == "2024-03-04"
    assert what["articles"] == 2 and what["without_text"] == 1  # a3 has no cached text
    assert len(what["left_out"]) == 1 and "a4" in what["left_out"][0] and "text_sha256" in what["left_out"][0]


def test_a_matching_hash_is_kept_and_a_gold_file_carries_its_own_text(tmp_path):
    text = CLASH.format(p="Sangarel", n="cinq")
    labels, folder = _write(tmp_path, [_label("c1", "Armed clash",
                                              text_sha256=hashlib.sha256(text.encode()).hexdigest())], {"c1": text})
    assert read_articles(labels, [folder])[0]["event_id"].tolist() == ["c1"]
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "g1", "lang": "fr", "published": None, "text": KIDNAP.format(p="Kessou", n="six"),
                                "gold": [{"sub_event_type": "Abduction/forced disappearance"},
                                         {"sub_event_type": "Attack"}]}) + "\n"
                    + json.dumps({"id": "g2", "lang": "fr", "text": QUIET.format(p="Samadé", n="dix"), "gold": None})
                    + "\n", encoding="utf-8")
    frame, _ = read_articles(gold)
    assert frame["sub_event_type"].tolist()[0] == "Abduction/forced disappearance"  # the first of its events
    assert frame["sub_event_type"].isna().tolist() == [False, True]


@pytest.mark.parametrize("line, reason", [
    ("{not json", "invalid JSON"),
    ('["a list"]', "a JSON object is expected"),
    ('{"id": "x/y", "event": null}', "no usable 'id'"),
    ('{"id": "z1", "lang": "fr"}', "no 'event'"),
    ('{"id": "z2", "event": {"event_date": "2024-01-01"}}', "has no sub_event_type"),
    ('{"id": "z3", "event": {"sub_event_type": "Attack", "event_date": "le 3 mars"}, "text": "Un texte."}',
     "'event_date' must be YYYY-MM-DD"),
    ('{"id": "z4", "event": null, "text": 12}', "'text' is not a string"),
])
def test_a_bad_row_names_the_file_the_line_and_the_reason(tmp_path, line, reason):
    labels = tmp_path / "bad.jsonl"
    good = json.dumps({"id": "ok", "event": None, "text": QUIET.format(p="Lorosso", n="huit")})
    labels.write_text(good + "\n\n" + line + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=reason) as e:
        read_articles(labels)
    assert e.value.path == str(labels) and e.value.line == 3


def test_an_id_twice_missing_folders_and_no_text_at_all_are_refused(tmp_path):
    row = json.dumps({"id": "d1", "event": None, "text": QUIET.format(p="Hamkara", n="sept")})
    twice = tmp_path / "twice.jsonl"
    twice.write_text(row + "\n" + row + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="comes twice"):
        read_articles(twice)
    labels, _ = _write(tmp_path, [_label("n1", "Attack")], {})
    with pytest.raises(InputError, match="no such folder"):
        read_articles(labels, [tmp_path / "elsewhere"])
    with pytest.raises(InputError, match="none of the articles has a text"):
        read_articles(labels, [tmp_path / "texts"])
    with pytest.raises(InputError, match="no such file"):
        read_articles(tmp_path / "absent.jsonl")


def _sw(*args, cwd):
    return subprocess.run([sys.executable, "-m", "sahelwatch", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd)


def test_extract_train_fits_a_model_on_labelled_articles(tmp_path):
    rows, texts = [], {}
    numbers = ("deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf")
    for k, (sub, template) in enumerate(KINDS):
        for j, place in enumerate(PLACES):
            rid = f"t{k}-{j:02d}"
            rows.append(_label(rid, sub))
            texts[rid] = template.format(p=place, n=numbers[j % len(numbers)])
    for j, place in enumerate(PLACES[:6]):
        rows.append(_label(f"q-{j}", None))
        texts[f"q-{j}"] = QUIET.format(p=place, n=numbers[j])
    first, folder = _write(tmp_path, rows[:40], texts)
    second = tmp_path / "more.jsonl"
    second.write_text("".join(json.dumps(r) + "\n" for r in rows[40:]), encoding="utf-8")
    out = tmp_path / "model"
    r = _sw("--json", "extract", "train", "--articles", first, "--articles", second, "--texts", folder,
            "--out", out, "--test-size", "0.25", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    report = json.loads(r.stdout)
    assert [a["articles"] for a in report["articles"]] == [40, len(rows) - 40]
    assert report["labels"] == sorted(sub for sub, _ in KINDS)  # articles without an event are no class
    assert report["train_rows"] + report["test_rows"] == len(PLACES) * len(KINDS)
    assert report["sub_event_type"]["trained"]["accuracy"] >= 0.75  # four templates apart: easy to learn
    assert (out / "extract_model.model.json").is_file()
    r = _sw("extract", "train", "--texts", folder, "--out", out, cwd=tmp_path)
    assert r.returncode == 2 and "--texts goes with --articles" in r.stderr
    r = _sw("extract", "train", "--articles", first, "--out", out, cwd=tmp_path)
    assert r.returncode == 2 and "labels.jsonl" in r.stderr and "none of the articles has a text" in r.stderr
