"""Train sub-event type (and tactic) classifiers on a user's own coded events.

``train(events_df, out_dir)`` fits TF-IDF (word 1-2-grams and character 3-5-grams) +
logistic regression on event descriptions paired with their codes: ``sub_event_type``
always, ``tactic`` when at least :data:`MIN_TACTIC_ROWS` rows carry one. It holds out a
stratified share of rows, scores the trained model and the default rules on them
(accuracy and macro-F1), writes the model and a report, and returns the report.

The shipped default of sahelwatch is the rule set; a trained model is only ever built
from data the user ingested, and used when the user passes it (``--model``).
Models are pickled: load only models you trained yourself.
"""

from __future__ import annotations

import datetime as dt
import json
import pickle
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..errors import UsageError
from .pipeline import Document, Extractor

MIN_ROWS = 50
MIN_TACTIC_ROWS = 50
MODEL_FILE = "extract_model.pkl"
REPORT_FILE = "extract_model.json"


@dataclass
class TrainedModel:
    """A fitted sub-event classifier (and optional tactic classifier)."""

    sub_event: object
    tactic: object | None
    labels: tuple[str, ...]
    threshold: float = 0.5
    trained_on: int = 0
    created: str = ""

    def predict_one(self, text: str) -> tuple[str, float]:
        proba = self.sub_event.predict_proba([text])[0]
        i = int(proba.argmax())
        return str(self.sub_event.classes_[i]), float(proba[i])

    def predict(self, texts: list[str]) -> list[str]:
        return [str(x) for x in self.sub_event.predict(texts)]


def _pipeline():
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion, make_pipeline

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


def rules_predict(texts: list[str], dates: list, extractor: Extractor | None = None) -> tuple[list[str], list[str]]:
    """The default rules' sub-event type and tactic for each text ("NONE" when no event)."""
    extractor = extractor or Extractor()
    docs = [Document(str(i), t, None, (d + dt.timedelta(days=1)) if isinstance(d, dt.date) else None)
            for i, (t, d) in enumerate(zip(texts, dates))]
    subs, tactics = [], []
    for r in extractor.extract_many(docs, 256):
        subs.append(r.events[0].sub_event_type if r.events else "NONE")
        tactics.append(r.events[0].tactic if r.events else "NONE")
    return subs, tactics


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


def train(events_df: pd.DataFrame, out_dir: Path | None = None, test_size: float = 0.2, seed: int = 0,
          extractor: Extractor | None = None) -> dict:
    """Fit, compare with the rules on held-out rows, save; returns the report."""
    from sklearn.model_selection import train_test_split

    df = events_df[events_df["notes"].notna() & events_df["sub_event_type"].notna()].copy()
    df = df[df["notes"].astype(str).str.strip() != ""]
    if "event_id" in df.columns:
        df = df.drop_duplicates("event_id")
    counts = df["sub_event_type"].value_counts()
    df = df[df["sub_event_type"].isin(counts[counts >= 2].index)]
    if len(df) < MIN_ROWS or df["sub_event_type"].nunique() < 2:
        raise UsageError(f"training needs at least {MIN_ROWS} events with notes in two or more sub-event types; "
                         f"found {len(df)} usable rows")
    tr, te = train_test_split(df, test_size=test_size, random_state=seed, stratify=df["sub_event_type"])
    model = _pipeline().fit(tr["notes"].astype(str).tolist(), tr["sub_event_type"].tolist())
    y_true = te["sub_event_type"].tolist()
    trained_pred = [str(x) for x in model.predict(te["notes"].astype(str).tolist())]
    rules_sub, rules_tac = rules_predict(te["notes"].astype(str).tolist(), _dates(te), extractor)
    report = {
        "rows": int(len(df)), "train_rows": int(len(tr)), "test_rows": int(len(te)), "seed": seed,
        "labels": sorted(df["sub_event_type"].unique().tolist()),
        "sub_event_type": {"trained": _scores(y_true, trained_pred), "rules": _scores(y_true, rules_sub)},
        "tactic": None,
    }
    tactic_model = None
    if "tactic" in df.columns:
        tdf = df[df["tactic"].notna() & (df["tactic"].astype(str) != "")]
        if len(tdf) >= MIN_TACTIC_ROWS and tdf["tactic"].nunique() >= 2:
            ttr = tdf[tdf.index.isin(tr.index)]
            tte = tdf[tdf.index.isin(te.index)]
            if len(ttr) and len(tte) and ttr["tactic"].nunique() >= 2:
                tactic_model = _pipeline().fit(ttr["notes"].astype(str).tolist(), ttr["tactic"].tolist())
                t_true = tte["tactic"].tolist()
                t_pred = [str(x) for x in tactic_model.predict(tte["notes"].astype(str).tolist())]
                t_rules = [rules_tac[list(te.index).index(i)] for i in tte.index]
                report["tactic"] = {"trained": _scores(t_true, t_pred), "rules": _scores(t_true, t_rules),
                                    "rows": int(len(tdf))}

    if report["tactic"] is None:
        report["tactic_skipped"] = f"fewer than {MIN_TACTIC_ROWS} rows carry a tactic code (ACLED has none; " \
            "code some, e.g. with enrich() reviewed by an analyst, to train one)"
    # refit on every row for the saved model
    final = _pipeline().fit(df["notes"].astype(str).tolist(), df["sub_event_type"].tolist())
    tm = TrainedModel(final, tactic_model, tuple(report["labels"]), trained_on=int(len(df)),
                      created=dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"))
    if out_dir is not None:
        out_dir = Path(out_dir)
        out_dir.mkdir(parents=True, exist_ok=True)
        with open(out_dir / MODEL_FILE, "wb") as fh:
            pickle.dump(tm, fh)
        (out_dir / REPORT_FILE).write_text(json.dumps(report, indent=2), encoding="utf-8")
        report["model"] = str(out_dir / MODEL_FILE)
    return report


def load_model(model_dir: Path) -> TrainedModel:
    path = Path(model_dir) / MODEL_FILE
    if not path.exists():
        raise UsageError(f"no trained model in {model_dir} (expected {MODEL_FILE}); run 'sahelwatch extract train'")
    with open(path, "rb") as fh:
        obj = pickle.load(fh)  # noqa: S301 - a model the user trained and saved with train()
    if not isinstance(obj, TrainedModel):
        raise UsageError(f"{path} is not a sahelwatch extraction model")
    return obj


def read_acled_csv(path: Path) -> pd.DataFrame:
    """An ACLED export as an events frame with the columns training needs (for use before ingest)."""
    df = pd.read_csv(path, low_memory=False)
    df.columns = [c.lower() for c in df.columns]
    if "event_id_cnty" in df.columns:
        df = df.drop_duplicates("event_id_cnty")
        df["event_id"] = "acled:" + df["event_id_cnty"].astype(str)
    from .evaluation import _parse_date

    df["event_date"] = [_parse_date(v) for v in df["event_date"]]
    return df
