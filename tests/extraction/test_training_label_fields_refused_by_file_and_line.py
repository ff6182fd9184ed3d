"""'extract train --articles' checks every field of a label it reads as 'extract eval --gold' checks a gold line
(the same code): a field of the wrong kind (fatalities 'two', a lang that is a number, a tactic that is a list, an
event_date that is a number) stops the run (exit 2) naming the file, the line and the reason, as any other bad row of
a labels file does; any JSON value in a label's field is read or refused by file and line, never a traceback.
Sentences and places written for this test."""

from __future__ import annotations

import copy
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sahelwatch.errors import InputError
from sahelwatch.extraction.evaluation import DATE_IN_TEXT, GOLD_NAME_KEYS
from sahelwatch.extraction.training import read_articles
from tests.cli.test_bad_json_lines_named_by_file_and_line import ANY_VALUE, JSON_VALUES
from tests.conftest import run_cli

TEXT = "Des hommes armés ont incendié le marché de Falenko dans la nuit, selon un habitant du quartier."
EVENT = {"sub_event_type": "Looting/property destruction", "tactic": None, "event_date": "2024-05-11",
         "fatalities": 0, "country": "Mali", "admin1": "Ségou", "date_in_text": "partial"}
LABEL = {"id": "f1", "lang": "fr", "published": "2024-05-12", "text_sha256": None, "event": EVENT}


def _event(**fields) -> dict:
    return LABEL | {"id": "f2", "event": EVENT | fields}


BAD_LABELS = {  # reason: the label on line 3
    "event key 'fatalities' must be a whole number, 0 or more, or null, got 'two'": _event(fatalities="two"),
    "event key 'fatalities' must be a whole number, 0 or more, or null, got True": _event(fatalities=True),
    "'lang' must be a string or null, got 3": LABEL | {"id": "f2", "lang": 3},
    "event key 'tactic' must be a string or null, got ['ambush']": _event(tactic=["ambush"]),
    "event key 'sub_event_type' must be a string or null, got 4": _event(sub_event_type=4),
    "event key 'event_date' must be YYYY-MM-DD or null, got 20240511": _event(event_date=20240511),
    "event key 'date_in_text' must be one of full, partial, none or null, got 'yes'": _event(date_in_text="yes"),
    "'published' must be YYYY-MM-DD, got '2024-5-12'": LABEL | {"id": "f2", "published": "2024-5-12"},
    "'id' holds a lone surrogate (U+D800 at character 1)": LABEL | {"id": "f\ud800"},
    "'event' must be null or an event object, got 'Looting/property destruction'":
        LABEL | {"id": "f2", "event": "Looting/property destruction"},
    "'gold' must be null, an event object or a list of event objects, got [7]":
        {k: v for k, v in LABEL.items() if k != "event"} | {"id": "f2", "gold": [7]},
    "event key 'admin1' must be a string or null, got 5 (event 2 of 2)":
        {k: v for k, v in LABEL.items() if k != "event"} | {"id": "f2", "gold": [EVENT, EVENT | {"admin1": 5}]},
    "'text_sha256' must be a string or null, got 12": LABEL | {"id": "f2", "text_sha256": 12},
}


def _labels(tmp_path, second: dict):
    labels, texts = tmp_path / "labels.jsonl", tmp_path / "texts"
    texts.mkdir(exist_ok=True)
    for rid in ("f1", "f2"):
        (texts / f"{rid}.txt").write_text(TEXT, encoding="utf-8")
    labels.write_text(json.dumps(LABEL) + "\n\n" + json.dumps(second) + "\n", encoding="utf-8")
    return labels, texts


@pytest.mark.parametrize("reason", sorted(BAD_LABELS))
def test_extract_train_refuses_a_label_field_of_the_wrong_kind_naming_file_line_and_reason(tmp_path, capsys, reason):
    labels, texts = _labels(tmp_path, BAD_LABELS[reason])
    code, stdout, stderr = run_cli(["extract", "train", "--articles", labels, "--texts", texts,
                                    "--out", tmp_path / "model"], capsys)
    assert code == 2 and stdout == "", stdout
    assert f"{labels}:3: {reason}" in stderr and "Traceback" not in stderr, stderr
    assert not (tmp_path / "model").exists()


def test_good_labels_read_the_same_fields(tmp_path):
    labels, texts = _labels(tmp_path, _event(tactic="arson", fatalities=None, event_date=None) | {"lang": None})
    frame, what = read_articles(labels, [texts])
    assert what["articles"] == 2 and frame["event_id"].tolist() == ["f1", "f2"]
    assert frame["lang"].tolist()[0] == "fr" and frame["lang"].isna().tolist() == [False, True]
    assert frame["tactic"].tolist()[1] == "arson" and frame["tactic"].isna().tolist() == [True, False]
    assert [str(d) for d in frame["event_date"]] == ["2024-05-11", "2024-05-12"]  # no event_date: the day published


def _kind_ok(field: str, value) -> bool:
    """Whether ``value`` is of a kind training may read in ``field`` (what a read row must hold)."""
    key = field.removeprefix("event.")
    if value is None:
        return True
    if key == "fatalities":
        return type(value) is int and value >= 0
    if key in ("event_date", "published"):
        return isinstance(value, str) and (value == "" or len(value) == 10)
    if key in ("lang", "text_sha256", *GOLD_NAME_KEYS):
        return isinstance(value, str)
    if key == "date_in_text":
        return value in DATE_IN_TEXT
    return True


@ANY_VALUE
@given(field=st.sampled_from(["id", "text", "lang", "published", "text_sha256", "event", "gold",
                              *(f"event.{k}" for k in (*GOLD_NAME_KEYS, "event_date", "fatalities", "date_in_text"))]),
       value=JSON_VALUES)
def test_any_json_value_in_a_label_field_is_read_or_refused_by_file_and_line(tmp_path, field, value):
    row = copy.deepcopy(LABEL) | {"id": "f2", "text": TEXT}
    if field.startswith("event."):
        row["event"][field.removeprefix("event.")] = value
    elif field == "gold":
        del row["event"]
        row["gold"] = value
    else:
        row[field] = value
    labels, texts = _labels(tmp_path, row)
    try:
        frame, what = read_articles(labels, [texts])  # anything but an InputError is a traceback: the test fails
    except InputError as e:
        assert (e.path, e.line) == (str(labels), 3) and str(e), e
        return
    assert frame["event_id"].tolist()[0] == "f1"
    assert _kind_ok(field, value), f"{field}={value!r} was read without a word"
