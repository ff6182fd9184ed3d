"""Leave-one-set-out comparison of the rules and a model trained on labelled news articles.

Can a model trained on real, labelled articles beat or usefully complement the rules for the
sub-event type (and event detection) on articles it was not trained on? Each development blind
set (blind3 to blind7) is left out in turn; the model is trained on the other four and the shared
French dev set, and every variant is scored on the SAME left-out texts with the scorer of
score_blind.py (``evaluate``: sub-event macro-F1 over the union of labels, accuracy over gold
events, detection precision and recall), per language and for both together:

- ``rules``: the rules alone (score_blind.py's figures, with the publication date);
- ``model``: every event the rules find takes the model's sub-event type (the model reads the
  whole article: its words and characters, or with ``--features concepts`` the concept ids of
  the rules' first event);
- ``code``: what ``extract --model`` does: a model fitted by ``extract train`` on the event
  articles overrides the rules when at least its threshold sure, reading the event's main sentence
  (or its concept ids);
- ``sure``: the article model overrides the rules only when at least ``--sure`` sure;
- ``unsure``: the article model overrides the rules only where the rules' own sub-event confidence
  is below ``--unsure``;
- ``sure+none``: ``sure``, and the rules' events of an article are dropped when the model is at
  least ``--none`` sure that it reports no event (a no-event vote).

The rules were written on these same sets: their figures here are in-sample, the model's are
out-of-fold. Texts are read from the local caches (var/<set>/texts); nothing is written but the
gold files score_blind.py writes (var/cv_learned/).

    python scripts/cv_learned.py [--features text|concepts] [--sets blind3 blind4 ...] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from score_blind import ROOT, BlindSetError, build_gold, read_labels  # noqa: E402

from sahelwatch.extraction.classify import SUB_TO_TYPE  # noqa: E402
from sahelwatch.extraction.evaluation import NO_EVENT, evaluate, read_gold  # noqa: E402
from sahelwatch.extraction.pipeline import Document, Extractor  # noqa: E402
from sahelwatch.extraction.training import TrainedModel, _pipeline, read_articles  # noqa: E402

#: the development sets that may be left out; the held-out sets are never read here
DEV_SETS = ("blind3", "blind4", "blind5", "blind6", "blind7")
DEV_GOLD = ROOT.parent / "shared" / "data" / "gold" / "fr_news_dev.jsonl"  # the shared data beside the project
VARIANTS = ("rules", "model", "code", "sure", "unsure", "sure+none")
SCORES = (("macro_f1", "sub_event_type_macro_f1"), ("accuracy", "sub_event_type"),
          ("det_p", "detection_precision"), ("det_r", "detection_recall"))


class Replayed:
    """An extractor that hands back results computed once, each event rewritten by ``rewrite``."""

    def __init__(self, results: dict, rewrite=None):
        self.results, self.rewrite = results, rewrite

    def extract_many(self, docs, batch_size: int = 64):
        for d in docs:
            r = self.results[d.id]
            yield r if self.rewrite is None else replace(r, events=tuple(self.rewrite(d.id, r.events)))


def _retyped(ev, sub: str):
    return replace(ev, sub_event_type=sub, event_type=SUB_TO_TYPE.get(sub, ev.event_type))


def _inputs(frame, results: dict, features: str) -> list[str]:
    if features == "text":
        return frame["notes"].astype(str).tolist()
    out = []
    for rid in frame["event_id"]:
        evs = results[rid].events
        out.append(" ".join(evs[0].concepts) if evs else "rules:no_event")
    return out


def _extract(extractor: Extractor, docs: list) -> dict:
    return {r.id: r for r in extractor.extract_many(Document(d.id, d.text, d.lang, d.published) for d in docs)}


def _scored(docs: list, extractor) -> dict:
    rep = evaluate(docs, extractor)
    return {"documents": rep.n_docs, "gold_events": rep.n_gold_events,
            **{k: rep.scores.get(src) for k, src in SCORES}}


def _changed(docs: list, run: Replayed, rules: Replayed) -> int:
    """How many texts the variant codes otherwise than the rules (another sub-event type, an event dropped)."""
    def types(r):
        return [e.sub_event_type for e in r.events]

    return sum(types(run.results[d.id]) != types(rules.results[d.id]) for d in docs)


def _rows(left: str, docs: list, runs: dict, trained_on: int | None) -> list[dict]:
    rows = []
    for lang in ("fr", "en", None):
        sub = [d for d in docs if lang is None or d.lang == lang]
        if sub:
            rows += [{"left_out": left, "lang": lang or "all", "variant": name, "trained_on": trained_on,
                      "changed": _changed(sub, runs[name], runs["rules"]), **_scored(sub, runs[name])}
                     for name in VARIANTS]
    return rows


def _print(table: list[dict], features: str, took: int) -> None:
    print(f"features {features}; the rules' figures are in-sample (written on these sets), the model's "
          f"out-of-fold; changed: texts coded otherwise than by the rules; {took} s")
    print(f"{'left out':9s} {'lang':4s} {'docs':>4s} {'variant':10s} {'macroF1':>7s} {'acc':>5s} {'detP':>5s} {'detR':>5s} {'changed':>7s}")
    for r in table:
        f = {k: "-" if r[k] is None else f"{r[k]:.2f}" for k, _ in SCORES}
        print(f"{r['left_out']:9s} {r['lang']:4s} {r['documents']:4d} {r['variant']:10s} {f['macro_f1']:>7s} "
              f"{f['accuracy']:>5s} {f['det_p']:>5s} {f['det_r']:>5s} {r['changed']:7d}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", nargs="+", choices=DEV_SETS, default=list(DEV_SETS), help="the sets left out in turn")
    ap.add_argument("--dev-gold", type=Path, default=DEV_GOLD, help="a gold file always trained on, never scored (default: ../shared/data/gold/fr_news_dev.jsonl)")
    ap.add_argument("--features", choices=("text", "concepts"), default="text")
    ap.add_argument("--sure", type=float, default=0.5, help="the article model's override threshold (sure)")
    ap.add_argument("--unsure", type=float, default=0.6, help="the rules' confidence under which the model decides")
    ap.add_argument("--none", type=float, default=0.6, help="the no-event vote's threshold")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    t0 = time.time()
    out_dir = ROOT / "var" / "cv_learned"
    gold_files, docs = {}, {}
    try:
        for s in DEV_SETS:
            labels = read_labels(ROOT / "data" / s / "labels.jsonl")
            gold_files[s], _ = build_gold(labels, ROOT / "var" / s / "texts", out_dir / f"{s}.jsonl", published=True)
            docs[s] = read_gold(gold_files[s])
    except BlindSetError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if not args.dev_gold.is_file():
        print(f"error: {args.dev_gold}: no such file", file=sys.stderr)
        return 2
    gold_files["dev"], docs["dev"] = args.dev_gold, read_gold(args.dev_gold)
    frames = {s: read_articles(p)[0] for s, p in gold_files.items()}
    for s, f in frames.items():
        f["set"] = s
        f["label"] = f["sub_event_type"].fillna(NO_EVENT)
    extractor = Extractor()
    # the rules' results on every text, once (the dev gold's only when a concept model reads them)
    results = {}
    for s in [*DEV_SETS, *(["dev"] if args.features == "concepts" else [])]:
        results.update(_extract(extractor, docs[s]))
    import pandas as pd

    table = []
    pooled: dict[str, dict] = {name: {} for name in VARIANTS}  # every left-out text's result, per variant
    for left in args.sets:
        train = pd.concat([f for s, f in frames.items() if s != left], ignore_index=True)
        test = frames[left]
        x_train = _inputs(train, results, args.features)
        # the article model (no-event articles are a class of their own) and the model 'extract train' fits
        article = _pipeline(args.features).fit(x_train, train["label"].tolist())
        has_event = train["sub_event_type"].notna().tolist()
        fitted = _pipeline(args.features).fit([x for x, k in zip(x_train, has_event) if k],
                                              train.loc[has_event, "sub_event_type"].tolist())
        threshold = 0.7 if args.features == "concepts" else 0.5  # as train() sets it
        code_model = TrainedModel(fitted, None, tuple(fitted.classes_), threshold, int(sum(has_event)),
                                  features=args.features)
        classes = [str(c) for c in article.classes_]
        proba = dict(zip(test["event_id"], article.predict_proba(_inputs(test, results, args.features))))

        def best(rid):
            p = proba[rid]
            ranked = sorted(((p[i], c) for i, c in enumerate(classes) if c != NO_EVENT), reverse=True)
            none = p[classes.index(NO_EVENT)] if NO_EVENT in classes else 0.0
            return ranked[0][1], ranked[0][0], none

        def model(rid, evs):
            return [_retyped(e, best(rid)[0]) for e in evs]

        def sure(rid, evs):
            sub, p, _ = best(rid)
            return [_retyped(e, sub) if p >= args.sure else e for e in evs]

        def unsure(rid, evs):
            sub = best(rid)[0]
            return [_retyped(e, sub) if e.field_confidence.get("sub_event_type", 1.0) < args.unsure else e
                    for e in evs]

        def sure_none(rid, evs):
            return [] if best(rid)[2] >= args.none else sure(rid, evs)

        extractor.model = code_model
        code_results = _extract(extractor, docs[left])
        extractor.model = None
        runs = {"rules": Replayed(results), "model": Replayed(results, model), "code": Replayed(code_results),
                "sure": Replayed(results, sure), "unsure": Replayed(results, unsure),
                "sure+none": Replayed(results, sure_none)}
        for name, run in runs.items():
            pooled[name].update({r.id: r for r in run.extract_many(docs[left])})
        table += _rows(left, docs[left], {name: Replayed(pooled[name]) for name in VARIANTS}, len(train))
    every = [d for s in args.sets for d in docs[s]]
    table += _rows("pooled", every, {name: Replayed(pooled[name]) for name in VARIANTS}, None)
    took = round(time.time() - t0)
    if args.json:
        print(json.dumps({"features": args.features, "seconds": took, "rows": table}, indent=1))
        return 0
    _print(table, args.features, took)
    return 0


if __name__ == "__main__":
    sys.exit(main())
