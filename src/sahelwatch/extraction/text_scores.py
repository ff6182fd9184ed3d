"""Extraction scores as sums of what each text contributes, so that texts can be pooled and resampled.

:func:`~sahelwatch.extraction.evaluation.score_text` says what one text adds to every score (a :class:`TextScore`);
:func:`score_texts` adds the parts of any texts and divides at the end, the one way every score is computed: over a
set (:func:`report_of`), over the texts of several sets (:func:`pooled`: no extraction runs again), and over texts
drawn with replacement for a bootstrap interval (:func:`bootstrap_intervals`). The text is the unit resampled, as it
is the unit of labelling: a text's events are not independent of each other.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable

import numpy as np

NO_EVENT = "NONE"  # the placeholder label of an unpaired event's missing side


def macro_f1(pairs: Iterable[tuple[str, str]]) -> float | None:
    """Macro-F1 over the union of gold and predicted labels (the ``NONE`` placeholder is not a label)."""
    return macro_f1_of_counts(Counter(pairs))


def macro_f1_of_counts(pairs: Counter) -> float | None:
    """:func:`macro_f1` of the (gold, predicted) pairs counted: how many times each pair occurs."""
    if not sum(pairs.values()):
        return None
    labels = ({g for g, _ in pairs} | {p for _, p in pairs}) - {NO_EVENT, None}
    f1s = []
    for lab in sorted(labels):
        tp = sum(c for (g, p), c in pairs.items() if g == lab and p == lab)
        fp = sum(c for (g, p), c in pairs.items() if g != lab and p == lab)
        fn = sum(c for (g, p), c in pairs.items() if g == lab and p != lab)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1s.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    return sum(f1s) / len(f1s) if f1s else 0.0


@dataclass(frozen=True, slots=True)
class OtherEventsScore:
    """A text's other events (see the module's doc) and what its predictions left by the main events pair with."""
    news: int
    background: int
    paired_news: int
    paired_background: int
    #: the text's (gold, predicted) sub-event pairs when the news other events are scored as main events are: a
    #: prediction paired with one is scored on its type, one no prediction pairs with is (its type, ``NONE``)
    sub_pairs: tuple[tuple[str, str], ...]


@dataclass(frozen=True, slots=True)
class TextScore:
    """What one text adds to every score: the scores are sums over texts of these parts, divided at the end."""
    id: str
    gold: int
    predicted: int
    paired: int
    #: (score, right, scored) for each field score the text's gold events take part in, in the order first met
    hits: tuple[tuple[str, int, int], ...]
    #: (gold, predicted) sub-event types: a paired or missed gold event, or a prediction left unpaired
    sub_pairs: tuple[tuple[str, str], ...]
    #: None when the text is not labelled for other events
    other: OtherEventsScore | None = None


#: the counts of the other events a report gives (null, with the reason, unless every text is labelled for them)
OTHER_EVENT_COUNTS = ("other_events", "other_events_news", "other_events_background", "paired_other_news",
                      "paired_other_background", "unpaired_predictions")


@dataclass
class EvalReport:
    n_docs: int
    n_gold_events: int
    n_pred_events: int
    n_paired: int
    scores: dict
    errors: list
    #: the other events' counts (:data:`OTHER_EVENT_COUNTS`), the texts not labelled for them and the reason when
    #: the all-events figures are null
    all_events: dict = field(default_factory=dict)
    #: each text's part of the scores, for pooling and intervals
    texts: tuple[TextScore, ...] = ()

    def as_json(self) -> dict:
        return {"documents": self.n_docs, "gold_events": self.n_gold_events, "predicted_events": self.n_pred_events,
                "paired": self.n_paired, "scores": self.scores, "all_events": self.all_events, "errors": self.errors}


def _all_events_missing(texts: list[TextScore]) -> str | None:
    """Why the all-events figures of these texts cannot be computed, or None when they can."""
    unlabelled = sum(t.other is None for t in texts)
    if not texts:
        return "no text scored"
    if unlabelled == len(texts):
        return "no text is labelled for other events"
    if unlabelled:
        return f"{unlabelled} of {len(texts)} texts are not labelled for other events"
    return None


def score_texts(texts: Iterable[TextScore], digits: int | None = 4) -> dict:
    """Every score of these texts (rounded to ``digits`` places, or not at all with None): a field score is right
    over scored, the detection scores paired over predicted or gold, the macro-F1 over the pairs of every text."""
    texts = list(texts)
    right: dict[str, int] = {}
    scored: dict[str, int] = {}
    for t in texts:
        for k, r, n in t.hits:
            right[k] = right.get(k, 0) + r
            scored[k] = scored.get(k, 0) + n

    def ratio(a: int, b: int) -> float | None:
        return None if not b else a / b if digits is None else round(a / b, digits)

    def rounded(v: float | None) -> float | None:
        return v if v is None or digits is None else round(v, digits)

    scores = {k: ratio(right[k], scored[k]) for k in scored}
    scores["sub_event_type_macro_f1"] = rounded(macro_f1_of_counts(Counter(p for t in texts for p in t.sub_pairs)))
    n_pred, n_gold, n_pair = (sum(t.predicted for t in texts), sum(t.gold for t in texts),
                              sum(t.paired for t in texts))
    scores["detection_precision"] = ratio(n_pair, n_pred)
    scores["detection_recall"] = ratio(n_pair, n_gold)
    no_event = [t for t in texts if not t.gold]
    scores["no_event_texts_correct"] = ratio(sum(1 for t in no_event if not t.predicted), len(no_event))
    every = _all_events_missing(texts) is None
    news = sum(t.other.paired_news for t in texts) if every else 0
    scores["detection_precision_all_events"] = ratio(n_pair + news, n_pred) if every else None
    scores["detection_recall_all_events"] = ratio(n_pair + news, n_gold + sum(t.other.news for t in texts)) \
        if every else None
    scores["sub_event_type_macro_f1_all_events"] = rounded(macro_f1_of_counts(
        Counter(p for t in texts for p in t.other.sub_pairs))) if every else None
    scores["extra_background"] = ratio(sum(t.other.paired_background for t in texts), n_pred) if every else None
    return scores


def report_of(texts: Iterable[TextScore], errors: list | None = None) -> EvalReport:
    """The report of these texts' parts (and the ``errors`` found on them)."""
    texts = tuple(texts)
    reason = _all_events_missing(list(texts))
    counts = dict.fromkeys(OTHER_EVENT_COUNTS)
    if reason is None:
        o = [t.other for t in texts]
        counts = dict(zip(OTHER_EVENT_COUNTS, (
            sum(x.news + x.background for x in o), sum(x.news for x in o), sum(x.background for x in o),
            sum(x.paired_news for x in o), sum(x.paired_background for x in o),
            sum(t.predicted - t.paired - t.other.paired_news - t.other.paired_background for t in texts))))
    all_events = {"texts_not_labelled_for_other_events": sum(t.other is None for t in texts), **counts,
                  "reason": reason}
    return EvalReport(len(texts), sum(t.gold for t in texts), sum(t.predicted for t in texts),
                      sum(t.paired for t in texts), score_texts(texts), list(errors or []), all_events, texts)


def pooled(reports: Iterable[EvalReport], keep_errors: int = 200) -> EvalReport:
    """One report over the texts of several reports (sets scored apart, their text ids distinct), as though their
    texts had been scored together: no extraction runs again."""
    reports = list(reports)
    return report_of((t for r in reports for t in r.texts), [e for r in reports for e in r.errors][:keep_errors])


#: the bootstrap's defaults: replicates, the interval's level and the seed (the same texts, the same interval)
REPLICATES = 1000
LEVEL = 0.90
SEED = 14


def bootstrap_intervals(texts: Iterable[TextScore], *, replicates: int = REPLICATES, level: float = LEVEL,
                        seed: int = SEED) -> dict[str, list[float]]:
    """A percentile bootstrap interval at ``level`` for every score of these texts that is not null: the texts are
    drawn with replacement ``replicates`` times (a fixed ``seed``: deterministic) and each score recomputed from the
    texts drawn. A replicate where a score is undefined (no text drawn that it is scored on) is left out of that
    score's interval. ``{score: [low, high]}``, rounded to four places."""
    texts = list(texts)
    if not texts:
        return {}
    keys = [k for k, v in score_texts(texts).items() if v is not None]
    rng = random.Random(seed)
    drawn: dict[str, list[float]] = {k: [] for k in keys}
    for _ in range(replicates):
        scores = score_texts(rng.choices(texts, k=len(texts)), digits=None)
        for k in keys:
            if scores.get(k) is not None:
                drawn[k].append(scores[k])
    tail = (1 - level) / 2  # the quantiles linear between the two nearest replicates (numpy's default)
    return {k: [round(float(x), 4) for x in np.quantile(v, [tail, 1 - tail])] for k, v in drawn.items() if v}
