"""Trained extraction models are saved and read as data: a model folder cannot run code."""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys

import numpy as np
import pytest

from sahelwatch.errors import InputError, UsageError
from sahelwatch.extraction.training import (
    MODEL_FILE,
    PICKLED_FILE,
    WEIGHTS_FILE,
    TrainedModel,
    _pipeline,
    load_model,
    save_model,
)

# Sentences written for this test, three kinds of event.
_PLACES = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf", "Hotel", "India", "Juliet"]
_KINDS = {
    "Armed clash": "Soldiers exchanged fire with armed militants near {p} for two hours on {d}.",
    "Attack": "Unknown gunmen opened fire on villagers at the market of {p} on {d}, killing several.",
    "Remote explosive/landmine/IED": "A roadside bomb exploded under a truck on the road to {p} on {d}.",
}
_DAYS = ["Monday", "Tuesday", "Friday"]
NOTES = [(t.format(p=p, d=d), k) for k, t in _KINDS.items() for p in _PLACES for d in _DAYS]
PROBE = ["Gunmen fired on people at the market of Kilo.", "A bomb exploded under a car near Lima.",
         "Troops exchanged fire with militants near Mike.", "Rien à voir: une réunion à Bamako."]


@pytest.fixture(scope="module")
def model() -> TrainedModel:
    texts, labels = [t for t, _ in NOTES], [k for _, k in NOTES]
    sub = _pipeline().fit(texts, labels)
    binary = ["ambush" if "fire" in t else "bomb" for t in texts]
    tactic = _pipeline().fit(texts, binary)
    return TrainedModel(sub, tactic, tuple(sorted(set(labels))), 0.4, len(texts), "2026-12-06T00:00:00+00:00")


def test_saved_model_reads_back_with_the_same_predictions(model, tmp_path):
    save_model(model, tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([MODEL_FILE, WEIGHTS_FILE])
    back = load_model(tmp_path)
    assert back.labels == model.labels and back.threshold == 0.4 and back.trained_on == len(NOTES)
    np.testing.assert_allclose(back.sub_event.predict_proba(PROBE), model.sub_event.predict_proba(PROBE))
    np.testing.assert_allclose(back.tactic.predict_proba(PROBE), model.tactic.predict_proba(PROBE))
    assert [back.predict_one(t)[0] for t in PROBE] == [model.predict_one(t)[0] for t in PROBE]


def test_saved_model_holds_no_pickled_object(model, tmp_path):
    save_model(model, tmp_path)
    json.loads((tmp_path / MODEL_FILE).read_text(encoding="utf-8"))
    with np.load(tmp_path / WEIGHTS_FILE, allow_pickle=False) as w:
        assert all(w[k].dtype == np.float64 for k in w.files)


class _Payload:
    """Unpickling this object creates a file: the proof that a model file ran code."""

    def __init__(self, marker):
        self.marker = str(marker)

    def __reduce__(self):
        return (os.makedirs, (self.marker,))


def test_a_pickled_model_of_an_earlier_version_is_refused_unopened(tmp_path):
    marker = tmp_path / "code-ran"
    (tmp_path / PICKLED_FILE).write_bytes(pickle.dumps(_Payload(marker)))
    with pytest.raises(InputError, match="pickled model.*Retrain with 'sahelwatch extract train'") as e:
        load_model(tmp_path)
    assert e.value.path.endswith(PICKLED_FILE)
    assert not marker.exists()


def test_a_pickle_posing_as_the_weights_is_refused_without_running_it(model, tmp_path):
    save_model(model, tmp_path)
    marker = tmp_path / "code-ran"
    (tmp_path / WEIGHTS_FILE).write_bytes(pickle.dumps(_Payload(marker)))
    with pytest.raises(InputError, match="not a sahelwatch extraction model.*unreadable numeric arrays"):
        load_model(tmp_path)
    assert not marker.exists()


def test_object_arrays_in_the_weights_are_refused(model, tmp_path):
    save_model(model, tmp_path)
    marker = tmp_path / "code-ran"
    with np.load(tmp_path / WEIGHTS_FILE) as w:
        arrays = {k: w[k] for k in w.files}
    arrays["sub_event.coef"] = np.array([_Payload(marker)], dtype=object)
    np.savez(tmp_path / WEIGHTS_FILE, **arrays)
    with pytest.raises(InputError, match="unreadable numeric arrays"):
        load_model(tmp_path)
    assert not marker.exists()


@pytest.mark.parametrize("change, reason", [
    (lambda d: d.update(format="something-else"), "does not say format"),
    (lambda d: d.update(version=99), "format version 99"),
    (lambda d: d["sub_event"]["branches"][0]["settings"].update(analyzer="callable"), "analyzer='callable'"),
    (lambda d: d["sub_event"]["branches"][0]["terms"].pop(), "terms but"),
    (lambda d: d["sub_event"].update(classes=["only one"]), "two or more class names"),
])
def test_a_damaged_model_description_is_a_clear_error(model, tmp_path, change, reason):
    save_model(model, tmp_path)
    doc = json.loads((tmp_path / MODEL_FILE).read_text(encoding="utf-8"))
    change(doc)
    (tmp_path / MODEL_FILE).write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(InputError, match=reason):
        load_model(tmp_path)


def test_an_empty_folder_says_how_to_train(tmp_path):
    with pytest.raises(UsageError, match="extract train"):
        load_model(tmp_path)


def test_cli_refuses_a_pickled_model_folder_with_exit_2(tmp_path):
    folder = tmp_path / "shared-model"
    folder.mkdir()
    marker = tmp_path / "code-ran"
    (folder / PICKLED_FILE).write_bytes(pickle.dumps(_Payload(marker)))
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": "A bomb exploded near a market.", "lang": "en"}) + "\n",
                   encoding="utf-8")
    p = subprocess.run([sys.executable, "-m", "sahelwatch", "extract", "--in", str(src), "--out",
                        str(tmp_path / "out.jsonl"), "--model", str(folder)], capture_output=True, text=True,
                       cwd=tmp_path)
    assert p.returncode == 2, p.stderr
    assert "Traceback" not in p.stderr and "pickled model" in p.stderr and "extract train" in p.stderr
    assert not marker.exists()
