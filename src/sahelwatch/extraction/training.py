"""Train sub-event type (and tactic) classifiers on a user's own coded events.

``train(events_df, out_dir)`` fits logistic regression on event descriptions paired with
their codes: ``sub_event_type`` always, ``tactic`` when at least :data:`MIN_TACTIC_ROWS` rows
carry one. Two kinds of input (``features``):

- ``text``: TF-IDF of the description's words (1-2-grams) and characters (3-5-grams); the model
  replaces the rules' sub-event type when it is at least 0.5 sure. It reads the language it was
  trained on.
- ``concepts``: the language-neutral concept ids of the event the rules code from the description
  (:func:`.classify.concepts`: the cues fired, the victims, the perpetrator's kind, the target
  category, a band of the toll, the rules' own type). French and English fire the same ids, so a
  model fitted on English ACLED notes reads French reports. It overrides the rules only when at
  least :data:`CONCEPT_THRESHOLD` sure.

It holds out a stratified share of rows (or, with ``hold_out_from``, every row of that year
and later), scores the trained model, the rules, and the rules with the model's confident
overrides ("combined") on them (accuracy and macro-F1), writes the model and a report, and
returns the report.

The events may also be labelled news articles (:func:`read_articles`): a labels file of JSON
lines (``id``, ``lang``, ``published``, ``event``; the layout of data/blind*/labels.jsonl) whose texts
are cached as ``<id>.txt`` in a folder, or a gold file whose rows carry their ``text`` and ``gold``.

The shipped default of sahelwatch is the rule set; a trained model is only ever built
from data the user ingested, and used when the user passes it (``--model``).
A model is saved as data, never as code: JSON (settings, vocabularies, labels) and numpy
arrays (weights) read with ``allow_pickle=False`` (see docs/adr/0006). Loading a model from a
folder you did not fill yourself cannot run code; a pickled model of an earlier version is
refused with the advice to retrain.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import zipfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from ..errors import InputError, UsageError
from ..jsonlines import read_json_lines
from .evaluation import gold_events, iso_day, labelled_article_problem, shown_value
from .pipeline import Document, Extractor

MIN_ROWS = 50
#: a concept model overrides the rules' sub-event type from this probability on
CONCEPT_THRESHOLD = 0.7
FEATURES = ("text", "concepts")
MIN_TACTIC_ROWS = 50
MODEL_FILE = "extract_model.model.json"
WEIGHTS_FILE = "extract_model.weights.npz"
REPORT_FILE = "extract_model.json"
#: The pickled model that versions before the safe format wrote; never opened.
PICKLED_FILE = "extract_model.pkl"
FORMAT = "sahelwatch-extract-model"
FORMAT_VERSION = 1


@dataclass
class TrainedModel:
    """A fitted sub-event classifier (and optional tactic classifier)."""

    sub_event: object
    tactic: object | None
    labels: tuple[str, ...]
    threshold: float = 0.5
    trained_on: int = 0
    created: str = ""
    #: what the model reads: "text" (the main sentence) or "concepts" (the event's concept ids)
    features: str = "text"

    def predict_one(self, text: str) -> tuple[str, float]:
        proba = self.sub_event.predict_proba([text])[0]
        i = int(proba.argmax())
        return str(self.sub_event.classes_[i]), float(proba[i])

    def predict(self, texts: list[str]) -> list[str]:
        return [str(x) for x in self.sub_event.predict(texts)]


def _pipeline(features: str = "text"):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, make_pipeline

    if features == "concepts":
        # one binary feature per concept id (ids hold ':' and '&', so tokens are split on spaces only)
        ids = TfidfVectorizer(analyzer="word", token_pattern=r"\S+", lowercase=False, binary=True, norm=None,
                              use_idf=False)
        return make_pipeline(FeatureUnion([("concepts", ids)]), LogisticRegression(max_iter=3000, C=0.3))
    feats = FeatureUnion([
        ("w", TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, strip_accents="unicode")),
        ("c", TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=3, sublinear_tf=True,
                              strip_accents="unicode", max_features=50000)),
    ])
    return make_pipeline(feats, LogisticRegression(max_iter=2000, C=5.0, class_weight="balanced"))


def _scores(y_true: list[str], y_pred: list[str]) -> dict:
    from sklearn.metrics import accuracy_score, f1_score

    labels = sorted(set(y_true))
    return {"accuracy": round(float(accuracy_score(y_true, y_pred)), 4),
            "macro_f1": round(float(f1_score(y_true, y_pred, labels=labels, average="macro", zero_division=0)), 4)}


def _first_events(texts: list[str], dates: list, extractor: Extractor | None = None) -> list:
    """The first event the rules code from each text (None when none), dated the day after ``dates``."""
    extractor = extractor or Extractor()
    docs = [Document(str(i), t, None, (d + dt.timedelta(days=1)) if isinstance(d, dt.date) else None)
            for i, (t, d) in enumerate(zip(texts, dates))]
    return [r.events[0] if r.events else None for r in extractor.extract_many(docs, 256)]


def _dates(df: pd.DataFrame) -> list:
    out = []
    for v in df["event_date"].tolist():
        if isinstance(v, pd.Timestamp):
            v = v.date()
        elif isinstance(v, str):
            try:
                v = dt.date.fromisoformat(v[:10])
            except ValueError:
                v = None
        out.append(v if isinstance(v, dt.date) else None)
    return out


def _split(df: pd.DataFrame, test_size: float, seed: int, hold_out_from: int | None) -> tuple[pd.DataFrame, pd.DataFrame]:
    from sklearn.model_selection import train_test_split

    if hold_out_from is None:
        return train_test_split(df, test_size=test_size, random_state=seed, stratify=df["sub_event_type"])
    years = pd.Series([d.year if isinstance(d, dt.date) else None for d in _dates(df)], index=df.index)
    te = df[years >= hold_out_from]
    tr = df[years < hold_out_from]
    if len(te) == 0 or tr["sub_event_type"].nunique() < 2:
        raise UsageError(f"holding out the events of {hold_out_from} and later leaves {len(tr)} rows to train on and "
                         f"{len(te)} to score; choose another year")
    return tr, te


def train(events_df: pd.DataFrame, out_dir: Path | None = None, test_size: float = 0.2, seed: int = 0,
          extractor: Extractor | None = None, features: str = "text", hold_out_from: int | None = None) -> dict:
    """Fit, compare with the rules on held-out rows, save; returns the report.

    ``features``: "text" or "concepts" (see the module's docstring). ``hold_out_from``: hold out the
    events of this year and later instead of a random stratified share ``test_size``.
    """
    if features not in FEATURES:
        raise UsageError(f"features is one of {', '.join(FEATURES)}, not {features!r}")
    df = events_df[events_df["notes"].notna() & events_df["sub_event_type"].notna()].copy()
    df = df[df["notes"].astype(str).str.strip() != ""]
    if "event_id" in df.columns:
        df = df.drop_duplicates("event_id")
    counts = df["sub_event_type"].value_counts()
    df = df[df["sub_event_type"].isin(counts[counts >= 2].index)]
    if len(df) < MIN_ROWS or df["sub_event_type"].nunique() < 2:
        raise UsageError(f"training needs at least {MIN_ROWS} events with notes in two or more sub-event types; "
                         f"found {len(df)} usable rows")

    def first_events(rows: pd.DataFrame) -> dict:
        return dict(zip(rows.index, _first_events(rows["notes"].astype(str).tolist(), _dates(rows), extractor)))

    if features == "concepts":
        # the rules' first event of every row: a concept model's input, and the rules' prediction
        events = first_events(df)
        inputs = {i: " ".join(e.concepts) for i, e in events.items() if e is not None}
    else:
        inputs = dict(zip(df.index, df["notes"].astype(str)))
    threshold = CONCEPT_THRESHOLD if features == "concepts" else 0.5
    tr, te = _split(df, test_size, seed, hold_out_from)
    if features == "text":
        events = first_events(te)  # the rules' prediction on the held-out rows
    # a concept model learns from, and codes, only the events the rules find: a row with none stays "NONE"
    fit = tr[tr.index.isin(list(inputs))]
    model = _pipeline(features).fit([inputs[i] for i in fit.index], fit["sub_event_type"].tolist())
    y_true = te["sub_event_type"].tolist()
    rules_sub = [events[i].sub_event_type if events[i] else "NONE" for i in te.index]
    trained_pred, combined = [], []
    for i, rule in zip(te.index, rules_sub):
        if i not in inputs:
            trained_pred.append("NONE")
            combined.append(rule)
            continue
        proba = model.predict_proba([inputs[i]])[0]
        trained_pred.append(str(model.classes_[int(proba.argmax())]))
        combined.append(trained_pred[-1] if proba.max() >= threshold else rule)
    report = {
        "rows": int(len(df)), "train_rows": int(len(fit)), "test_rows": int(len(te)), "seed": seed,
        "features": features, "threshold": threshold,
        "split": f"events of {hold_out_from} and later held out" if hold_out_from is not None
        else f"a stratified {test_size:.0%} held out (seed {seed})",
        "labels": sorted(df["sub_event_type"].unique().tolist()),
        "sub_event_type": {"trained": _scores(y_true, trained_pred), "rules": _scores(y_true, rules_sub),
                           "combined": _scores(y_true, combined)},
        "tactic": None,
    }
    tactic_model = None
    if "tactic" in df.columns:
        tdf = df[df["tactic"].notna() & (df["tactic"].astype(str) != "")]
        if len(tdf) >= MIN_TACTIC_ROWS and tdf["tactic"].nunique() >= 2:
            ttr = tdf[tdf.index.isin(fit.index)]
            tte = tdf[tdf.index.isin(te.index) & tdf.index.isin(list(inputs))]
            if len(ttr) and len(tte) and ttr["tactic"].nunique() >= 2:
                tactic_model = _pipeline(features).fit([inputs[i] for i in ttr.index], ttr["tactic"].tolist())
                t_true = tte["tactic"].tolist()
                t_pred = [str(x) for x in tactic_model.predict([inputs[i] for i in tte.index])]
                t_rules = [events[i].tactic if events[i] else "NONE" for i in tte.index]
                report["tactic"] = {"trained": _scores(t_true, t_pred), "rules": _scores(t_true, t_rules),
                                    "rows": int(len(tdf))}

    if report["tactic"] is None:
        report["tactic_skipped"] = f"fewer than {MIN_TACTIC_ROWS} rows carry a tactic code (ACLED has none; " \
            "code some, e.g. with enrich() reviewed by an analyst, to train one)"
    # refit on every row for the saved model
    every = df[df.index.isin(list(inputs))]
    final = _pipeline(features).fit([inputs[i] for i in every.index], every["sub_event_type"].tolist())
    tm = TrainedModel(final, tactic_model, tuple(report["labels"]), threshold, trained_on=int(len(every)),
                      created=dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"), features=features)
    if out_dir is not None:
        out_dir = Path(out_dir)
        out_dir.mkdir(parents=True, exist_ok=True)
        save_model(tm, out_dir)
        (out_dir / REPORT_FILE).write_text(json.dumps(report, indent=2), encoding="utf-8")
        report["model"] = str(out_dir / MODEL_FILE)
    return report


# --------------------------------------------------------------------------- the safe model format
# A fitted pipeline is FeatureUnion(TfidfVectorizer, ...) -> LogisticRegression. What defines it:
# each vectorizer's settings (below), its vocabulary and idf weights; the classifier's classes,
# coefficients and intercepts. Settings go to JSON, weights to an .npz of plain numeric arrays.
_VECTORIZER_SETTINGS = ("analyzer", "ngram_range", "lowercase", "strip_accents", "sublinear_tf", "norm",
                        "use_idf", "smooth_idf", "binary", "token_pattern")
_ALLOWED = {"analyzer": {"word", "char", "char_wb"}, "strip_accents": {None, "unicode", "ascii"},
            "norm": {None, "l1", "l2"}}


def _describe(pipeline, name: str, arrays: dict) -> dict:
    union, clf = pipeline.steps[0][1], pipeline.steps[-1][1]
    branches = []
    for branch, vec in union.transformer_list:
        params = vec.get_params()
        terms = [t for t, _ in sorted(vec.vocabulary_.items(), key=lambda kv: kv[1])]
        branches.append({"name": branch, "terms": terms,
                         "settings": {k: (list(params[k]) if k == "ngram_range" else params[k])
                                      for k in _VECTORIZER_SETTINGS}})
        if vec.use_idf:  # a branch of plain binary features has no idf weights
            arrays[f"{name}.{branch}.idf"] = np.asarray(vec.idf_, dtype=np.float64)
    arrays[f"{name}.coef"] = np.asarray(clf.coef_, dtype=np.float64)
    arrays[f"{name}.intercept"] = np.asarray(clf.intercept_, dtype=np.float64)
    return {"branches": branches, "classes": [str(c) for c in clf.classes_]}


def save_model(model: TrainedModel, out_dir: Path) -> Path:
    """Write ``model`` to ``out_dir`` as JSON plus numeric arrays; returns the JSON file's path."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    arrays: dict[str, np.ndarray] = {}
    doc = {"format": FORMAT, "version": FORMAT_VERSION, "labels": list(model.labels), "threshold": model.threshold,
           "trained_on": model.trained_on, "created": model.created, "features": model.features,
           "sub_event": _describe(model.sub_event, "sub_event", arrays),
           "tactic": _describe(model.tactic, "tactic", arrays) if model.tactic is not None else None}
    with open(out_dir / WEIGHTS_FILE, "wb") as fh:
        np.savez_compressed(fh, **arrays)
    path = out_dir / MODEL_FILE
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    (out_dir / PICKLED_FILE).unlink(missing_ok=True)  # an older pickled model would only mislead
    return path


def _bad(path: Path, reason: str) -> InputError:
    return InputError(f"not a sahelwatch extraction model: {reason}; retrain with 'sahelwatch extract train'",
                      path=str(path))


def _array(weights, key: str, ndim: int, path: Path) -> np.ndarray:
    if key not in weights.files:
        raise _bad(path, f"the array {key!r} is missing")
    a = weights[key]
    if a.dtype.kind != "f" or a.ndim != ndim or not np.isfinite(a).all():
        raise _bad(path, f"the array {key!r} is not a finite {ndim}-d float array")
    return a


def _rebuild(desc: object, name: str, weights, path: Path):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, make_pipeline

    if not isinstance(desc, dict) or not isinstance(desc.get("branches"), list) or not desc["branches"]:
        raise _bad(path, f"{name} has no feature branches")
    union = []
    for b in desc["branches"]:
        settings, terms = b.get("settings"), b.get("terms")
        if not isinstance(settings, dict) or set(settings) != set(_VECTORIZER_SETTINGS) \
                or not isinstance(terms, list) or not all(isinstance(t, str) for t in terms):
            raise _bad(path, f"{name}.{b.get('name')} has malformed settings or terms")
        for k, allowed in _ALLOWED.items():
            if settings[k] not in allowed:
                raise _bad(path, f"{name}.{b['name']}: {k}={settings[k]!r} is not one of {sorted(map(str, allowed))}")
        ngram = settings["ngram_range"]
        if not (isinstance(ngram, list) and len(ngram) == 2 and all(isinstance(n, int) for n in ngram)):
            raise _bad(path, f"{name}.{b['name']}: ngram_range must be two integers")
        if len(set(terms)) != len(terms):
            raise _bad(path, f"{name}.{b['name']}: the terms repeat")
        if settings["use_idf"]:
            vec = TfidfVectorizer(**(settings | {"ngram_range": tuple(ngram)}))
            vec.vocabulary_ = {t: i for i, t in enumerate(terms)}
            vec.fixed_vocabulary_ = True
            idf = _array(weights, f"{name}.{b['name']}.idf", 1, path)
            if len(idf) != len(terms):
                raise _bad(path, f"{name}.{b['name']}: {len(terms)} terms but {len(idf)} idf weights")
            vec.idf_ = idf
        else:
            # no learned weights beside the terms: fitting on the fixed vocabulary reads no data
            vec = TfidfVectorizer(**(settings | {"ngram_range": tuple(ngram)}), vocabulary=terms).fit([""])
        union.append((str(b["name"]), vec))
    classes = desc.get("classes")
    if not isinstance(classes, list) or len(classes) < 2 or not all(isinstance(c, str) for c in classes):
        raise _bad(path, f"{name} needs two or more class names")
    coef = _array(weights, f"{name}.coef", 2, path)
    intercept = _array(weights, f"{name}.intercept", 1, path)
    n_features = sum(len(b["terms"]) for b in desc["branches"])
    rows = 1 if len(classes) == 2 else len(classes)
    if coef.shape != (rows, n_features) or intercept.shape != (rows,):
        raise _bad(path, f"{name}: weights of shape {coef.shape} do not fit {len(classes)} classes "
                         f"and {n_features} features")
    clf = LogisticRegression()
    clf.classes_ = np.asarray(classes, dtype=object)
    clf.coef_, clf.intercept_, clf.n_features_in_ = coef, intercept, n_features
    clf.n_iter_ = np.zeros(1, dtype=np.int32)
    return make_pipeline(FeatureUnion(union), clf)


def load_model(model_dir: Path) -> TrainedModel:
    """The model :func:`train` wrote in ``model_dir``: read as data (JSON and numeric arrays), never unpickled."""
    model_dir = Path(model_dir)
    path, weights_path = model_dir / MODEL_FILE, model_dir / WEIGHTS_FILE
    if not path.exists():
        if (model_dir / PICKLED_FILE).exists():
            raise InputError(f"this folder holds a pickled model ({PICKLED_FILE}) from an earlier sahelwatch; "
                             "pickled models are no longer loaded, since opening one can run any code. Retrain "
                             "with 'sahelwatch extract train' to write the model in the safe format",
                             path=str(model_dir / PICKLED_FILE))
        raise UsageError(f"no trained model in {model_dir} (expected {MODEL_FILE}); run 'sahelwatch extract train'")
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        raise _bad(path, f"not JSON ({e})") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise _bad(path, f"the file does not say format {FORMAT!r}")
    if doc.get("version") != FORMAT_VERSION:
        raise _bad(path, f"format version {doc.get('version')!r}; this sahelwatch reads version {FORMAT_VERSION}")
    if not weights_path.exists():
        raise _bad(weights_path, "the weights file is missing")
    try:
        with np.load(weights_path, allow_pickle=False) as weights:
            sub_event = _rebuild(doc.get("sub_event"), "sub_event", weights, weights_path)
            tactic = None if doc.get("tactic") is None else _rebuild(doc["tactic"], "tactic", weights, weights_path)
    except (ValueError, OSError, EOFError, zipfile.BadZipFile) as e:
        # numpy refuses pickled or object arrays here (ValueError) rather than unpickle them
        raise _bad(weights_path, f"unreadable numeric arrays ({e})") from None
    labels = doc.get("labels")
    threshold = doc.get("threshold")
    if not isinstance(labels, list) or not isinstance(threshold, (int, float)):
        raise _bad(path, "labels or threshold missing")
    features = doc.get("features", "text")  # models written before concept models read text
    if features not in FEATURES:
        raise _bad(path, f"features {features!r} is not one of {', '.join(FEATURES)}")
    return TrainedModel(sub_event, tactic, tuple(str(x) for x in labels), float(threshold),
                        int(doc.get("trained_on") or 0), str(doc.get("created") or ""), features)


def _article_row(path: Path, n: int, row: object, texts: list[Path]) -> dict | str | None:
    """One labelled article as a training row, the reason it was left out, or None for a row without text."""
    if not isinstance(row, dict):
        raise InputError(f"a JSON object is expected, not {type(row).__name__}", path=str(path), line=n)
    rid = row.get("id")
    if not isinstance(rid, str) or not rid.strip() or any(c in rid for c in "/\\") or rid.startswith("."):
        raise InputError("no usable 'id' (a non-empty name without '/' or '\\')", path=str(path), line=n)
    if "event" in row:
        event = row["event"]
        if not (event is None or isinstance(event, dict)):
            raise InputError(f"'event' must be null or an event object, got {shown_value(event)}", path=str(path), line=n)
        events = [] if event is None else [event]
    elif "gold" in row:
        try:
            events = gold_events(row["gold"])
        except ValueError as e:
            raise InputError(str(e), path=str(path), line=n) from None
        event = events[0] if events else None  # an article coding several events: its first
    else:
        raise InputError("no 'event' (nor 'gold') key; an article without an event has \"event\": null",
                         path=str(path), line=n)
    problem = labelled_article_problem(row, events)
    if problem:
        raise InputError(problem, path=str(path), line=n)
    if row.get("text_sha256") is not None and not isinstance(row["text_sha256"], str):
        raise InputError(f"'text_sha256' must be a string or null, got {shown_value(row['text_sha256'])}",
                         path=str(path), line=n)
    if event is not None and not (isinstance(event.get("sub_event_type"), str) and event["sub_event_type"].strip()):
        raise InputError(f"the event of {rid!r} has no sub_event_type", path=str(path), line=n)
    text = row.get("text")
    if text is not None and not isinstance(text, str):
        raise InputError("'text' is not a string", path=str(path), line=n)
    if text is None:
        found = next((d / f"{rid}.txt" for d in texts if (d / f"{rid}.txt").is_file()), None)
        if found is None:
            return None
        try:
            text = found.read_text(encoding="utf-8")
        except UnicodeDecodeError as e:
            raise InputError(f"the text of line {n} ({rid!r}) is not UTF-8: {e.reason}", path=str(found)) from None
        want = row.get("text_sha256")
        if want and hashlib.sha256(text.encode("utf-8")).hexdigest() != want:
            return f"{path}:{n}: the cached text of {rid!r} is not the one labelled (text_sha256)"
    if not text.strip():
        return f"{path}:{n}: the text of {rid!r} is empty"
    day = (event or {}).get("event_date") or row.get("published")  # both checked YYYY-MM-DD above
    day = iso_day(day) if day else None
    return {"event_id": rid, "notes": text, "lang": row.get("lang"), "event_date": day,
            "sub_event_type": event["sub_event_type"] if event else None,
            "tactic": (event or {}).get("tactic")}


def read_articles(path: Path, texts: list[Path] | tuple[Path, ...] = ()) -> tuple[pd.DataFrame, dict]:
    """Labelled news articles as an events frame for :func:`train`, and what was left out.

    ``path``: JSON lines, each an article with ``id`` and either ``event`` (an object with
    ``sub_event_type``, or null for an article that reports no event) or ``gold`` (such an object, a
    list of them, or null). Its text is the row's ``text``, else ``<id>.txt`` in the first of
    ``texts`` that holds one; an article with no text is left out (counted), and so is one whose
    text differs from the labelled one (``text_sha256``). A row that cannot be read, or whose field holds a
    value of the wrong kind (checked as the gold reader checks it, :func:`.evaluation.labelled_article_problem`),
    raises :class:`InputError` naming the file and the line. Articles without an event keep a null
    ``sub_event_type`` (:func:`train` learns sub-event types from the others).
    """
    path = Path(path)
    if not path.is_file():
        raise InputError("no such file", path=str(path))
    texts = [Path(d) for d in texts]
    for d in texts:
        if not d.is_dir():
            raise InputError("no such folder of texts (<id>.txt)", path=str(d))
    rows, no_text, left_out, seen = [], [], [], set()
    for n, row in read_json_lines(path):
        got = _article_row(path, n, row, texts)
        if got is None:
            no_text.append(row["id"])
        elif isinstance(got, str):
            left_out.append(got)
        elif got["event_id"] in seen:
            raise InputError(f"the id {got['event_id']!r} comes twice", path=str(path), line=n)
        else:
            seen.add(got["event_id"])
            rows.append(got)
    if not rows:
        raise InputError(f"none of the articles has a text ({len(no_text)} without one; give the folder of "
                         "their <id>.txt with --texts)", path=str(path))
    frame = pd.DataFrame(rows, columns=["event_id", "notes", "lang", "event_date", "sub_event_type", "tactic"])
    return frame, {"file": str(path), "articles": len(rows), "without_text": len(no_text), "left_out": left_out}


def read_acled_csv(path: Path) -> pd.DataFrame:
    """An ACLED export as an events frame with the columns training needs (for use before ingest)."""
    try:
        df = pd.read_csv(path, low_memory=False)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as e:
        raise InputError(f"cannot read as CSV: {e}", path=str(path)) from e
    df.columns = [str(c).lower() for c in df.columns]
    lacking = [c for c in ("event_date", "notes", "sub_event_type") if c not in df.columns]
    if lacking:
        raise InputError(f"not an ACLED export: no column {', '.join(lacking)}", path=str(path))
    if "event_id_cnty" in df.columns:
        df = df.drop_duplicates("event_id_cnty")
        df["event_id"] = "acled:" + df["event_id_cnty"].astype(str)
    from .evaluation import _parse_date

    df["event_date"] = [_parse_date(v) for v in df["event_date"]]
    return df
