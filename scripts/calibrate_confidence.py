"""Fit, or evaluate, the calibration of the extractor's field confidences on labelled sets.

Fit (the default): extracts the texts of the development sets (data/<set>/labels.jsonl with their cached texts in
var/<set>/texts, and gold files given with --gold), pairs each prediction with the gold events as the scorer does,
and fits per field a monotone map of raw confidence to the share right (see sahelwatch.extraction.calibration).
It judges the maps LEAVE-ONE-SET-OUT (fit on the other sets, measure on the set left out) against the raw
confidences (Brier, ECE), chooses each field's review threshold on those out-of-fold probabilities (the lowest,
at least --target, at which the accepted fields are right at least --target of the time, pooled with 90%
confidence, at the margin and in every set alone: the sets differ, and the rules were written reading most of
them), routes each set by thresholds chosen without it (nested: on maps fitted without it either), prints the
reliability before and after, per field the share accepted and the accuracy of the accepted fields, and per set
where the calibration loses (worse than raw, or accepted fields right less than --target), and writes the
calibration fitted on every set with its provenance (the commit it ran at, whether the tree was clean) to --out
(only the fields whose map beats the raw confidence out of fold over the sets pooled, unless --force). Fit at a
commit, on a clean tree, so that the provenance names the code that fitted the file.

Validate (--validate-set / --validate-gold, with a fit): the maps and thresholds fitted, their routing is checked
on VALIDATION sets, text they were not fitted on and best text the rules were not written from (maps fitted on read
text are too confident on unread text): a field whose accepted share is right less than --target there always
goes to review (threshold 1.0). The validation's aggregates are kept in the provenance.

Evaluate (--evaluate): applies an existing calibration file (--calibration, default the shipped one) to the sets
given, without refitting, and prints aggregates only: per field, the reliability of the raw and the calibrated
confidence, the share accepted and the accuracy of the accepted fields.

    python scripts/calibrate_confidence.py --set blind2 blind3 ... [--gold FILE ...] [--validate-set blindN ...]
        [--out FILE] [--json]
    python scripts/calibrate_confidence.py --evaluate --set blindN ... [--calibration FILE] [--json]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# the code of this checkout (not another one installed in the environment), so that the provenance's commit is
# the code that fitted the file
sys.path[:0] = [str(ROOT / "src"), str(Path(__file__).resolve().parent)]

DEV_SETS = ("blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10")
DEFAULT_OUT = ROOT / "src" / "sahelwatch" / "extraction" / "data" / "calibration.json"


def set_docs(name: str, tmp: Path) -> list:
    """The gold texts of blind set ``name`` whose cached text is the labelled one, with their other events where the
    set labels them (as score_blind builds them)."""
    from score_blind import BlindSetError, build_gold, read_labels, read_other_events

    from sahelwatch.extraction.evaluation import read_gold

    labels = ROOT / "data" / name / "labels.jsonl"
    if not labels.is_file():
        raise SystemExit(f"error: {labels}: no labels file for set '{name}'")
    try:
        rows = read_labels(labels)
        others = read_other_events(ROOT / "data" / name / "other_events.jsonl", {r["id"] for r in rows})
    except BlindSetError as exc:
        raise SystemExit(f"error: {exc}") from None
    gold, _ = build_gold(rows, ROOT / "var" / name / "texts", tmp / f"{name}.jsonl", published=True,
                         other_events=others)
    docs = read_gold(gold)
    if not docs:
        raise SystemExit(f"error: set '{name}': none of its labelled texts is cached (var/{name}/texts)")
    return docs


def collect(named_docs: list[tuple[str, list]]) -> list:
    """The observations of every set: the extractor's raw confidences, without calibration, and what was right."""
    from sahelwatch.extraction.calibration import observations
    from sahelwatch.extraction.pipeline import Document, Extractor

    extractor = Extractor(calibration=None)
    out = []
    for name, docs in named_docs:
        results = extractor.extract_many(Document(d.id, d.text, d.lang, d.published) for d in docs)
        for d, r in zip(docs, results):
            preds = [e.as_json() for e in r.events]
            out.extend(observations(list(d.events), preds, d.lang or r.lang or "", d.published, name,
                                    None if d.other_events is None else list(d.other_events)))
    return out


def field_table(obs: list, prob) -> dict:
    """Per field: the reliability of ``prob(observation)`` (and the counts)."""
    from sahelwatch.extraction.calibration import FIELDS, reliability

    return {f: reliability([(prob(o), o.right) for o in obs if o.field == f]) for f in FIELDS
            if any(o.field == f for o in obs)}


def out_of_fold(obs: list) -> dict[int, float]:
    """Each observation's calibrated probability (by position) from the maps fitted on the other sets (none for a
    field no other set has)."""
    from sahelwatch.extraction.calibration import fit_calibration

    oof: dict[int, float] = {}
    for name in sorted({o.set for o in obs}):
        cal = fit_calibration([o for o in obs if o.set != name], {})
        for i, o in enumerate(obs):
            if o.set == name and o.field in cal.maps:
                oof[i] = cal.probabilities({o.field: o.raw}, o.lang)[o.field]
    return oof


def leave_one_set_out(obs: list, target: float) -> tuple[dict, dict, dict]:
    """Out-of-fold calibrated probabilities (each set's from the maps fitted on the others), the reliability of the
    raw and the out-of-fold confidences per field, the thresholds chosen on all the out-of-fold probabilities, and
    the routing of each set by thresholds chosen WITHOUT it, per set and pooled (``nested``): the thresholds that
    route a set are chosen on the other sets' probabilities from maps fitted without that set either (nested), so
    the set routed has no part in its routing. ``losses``: per set, the fields whose calibrated probability is worse
    than the raw confidence there (Brier or ECE), and the fields whose accepted share right falls below the target
    there."""
    from sahelwatch.extraction.calibration import accepted

    sets = sorted({o.set for o in obs})
    oof = out_of_fold(obs)
    index = {id(o): i for i, o in enumerate(obs)}
    before = field_table(obs, lambda o: o.raw)
    after = field_table(obs, lambda o: oof[index[id(o)]])
    thresholds = thresholds_on(obs, oof, target)
    per_set, decided = {}, {}
    for name in sets:
        mine = [(i, o) for i, o in enumerate(obs) if o.set == name]
        inner = [o for o in obs if o.set != name]
        without = thresholds_on(inner, out_of_fold(inner), target)
        raw = field_table([o for _, o in mine], lambda o: o.raw)
        cal = field_table([o for _, o in mine], lambda o: oof[index[id(o)]])
        for i, o in mine:
            decided[i] = without.get(o.field, 1.0)
        route = {f: accepted([(oof[i], o.right) for i, o in mine if o.field == f], without.get(f, 1.0)) for f in raw}
        per_set[name] = {f: {"n": raw[f]["n"], "accuracy": raw[f]["accuracy"], "brier_raw": raw[f]["brier"],
                             "brier_calibrated": cal[f]["brier"], "ece_raw": raw[f]["ece"],
                             "ece_calibrated": cal[f]["ece"], "threshold_without_it": route[f]["threshold"],
                             "accepted_share": route[f]["accepted_share"],
                             "accepted_accuracy": route[f]["accepted_accuracy"]} for f in raw}
    nested = {}
    for f in thresholds:
        kept = [o.right for i, o in enumerate(obs) if o.field == f and oof[i] >= decided[i]]
        n = sum(1 for o in obs if o.field == f)
        nested[f] = {"n": n, "accepted_share": round(len(kept) / n, 4),
                     "accepted_accuracy": round(sum(kept) / len(kept), 4) if kept else None}
    return {"before": before, "after": after, "per_set": per_set, "nested": nested,
            "losses": losses(per_set, target)}, thresholds, oof


def losses(per_set: dict, target: float) -> dict:
    """Where calibration loses, per set: ``worse``, the fields whose out-of-fold probability has a higher Brier or
    ECE than the raw confidence in that set; ``routing``, the fields whose accepted share right in that set, by
    thresholds chosen without it, is below ``target``."""
    worse, routing_ = [], []
    for name, per in per_set.items():
        for f, r in per.items():
            metrics = [m for m in ("brier", "ece") if r[f"{m}_calibrated"] > r[f"{m}_raw"]]
            if metrics:
                worse.append({"set": name, "field": f, "n": r["n"], **{
                    m: [r[f"{m}_raw"], r[f"{m}_calibrated"]] for m in metrics}})
            if r["accepted_accuracy"] is not None and r["accepted_accuracy"] < target:
                routing_.append({"set": name, "field": f, "threshold": r["threshold_without_it"],
                                 "accepted_share": r["accepted_share"], "accepted_accuracy": r["accepted_accuracy"]})
    return {"worse": worse, "routing": routing_}


def thresholds_on(obs: list, probs: dict[int, float], target: float) -> dict[str, float]:
    """Each field's review threshold chosen on these observations' probabilities (``probs`` by position; an
    observation without one has no part in it, and a field without any is to review: 1.0)."""
    from sahelwatch.extraction.calibration import FIELDS, choose_threshold

    out = {}
    for f in FIELDS:
        mine = [(probs.get(i), o) for i, o in enumerate(obs) if o.field == f]
        if mine:
            out[f] = choose_threshold([(p, o.right) for p, o in mine if p is not None], target,
                                      [o.set for p, o in mine if p is not None])
    return out


def routing(obs: list, probs: dict[int, float], thresholds: dict[str, float]) -> dict:
    from sahelwatch.extraction.calibration import accepted

    return {f: accepted([(probs[i], o.right) for i, o in enumerate(obs) if o.field == f], t)
            for f, t in thresholds.items()}


def validated(cal, obs: list, target: float) -> tuple[dict[str, float], dict]:
    """The thresholds after a check on VALIDATION sets (text the maps and thresholds were not fitted on, best text the
    rules were not written from either): a field whose accepted share there is right less than ``target`` of the
    time always goes to review (threshold 1.0); its figures there are kept in the provenance."""
    from sahelwatch.extraction.calibration import accepted

    probs = {i: cal.probabilities({o.field: o.raw}, o.lang)[o.field] for i, o in enumerate(obs) if o.field in cal.maps}
    route = {f: accepted([(probs[i], o.right) for i, o in enumerate(obs) if o.field == f and i in probs], t)
             for f, t in cal.thresholds.items()}
    failed = sorted(f for f, r in route.items()
                    if cal.thresholds[f] < 1.0 and r["accepted_accuracy"] is not None and r["accepted_accuracy"] < target)
    return ({f: 1.0 if f in failed else t for f, t in cal.thresholds.items()},
            {"routing": route, "sent_to_review": failed})


def code_state(root: Path = ROOT, written: Path | None = None) -> dict:
    """The commit the fitting code ran at (``commit``: HEAD) and whether its tree was clean there (``clean``: no
    change, staged, unstaged or untracked, under src/, scripts/ or data/, the file written aside; else ``changed``,
    the paths): a calibration fitted by uncommitted code names no commit that reproduces it. Outside a git
    checkout: commit "unknown", clean None."""
    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=True).stdout

    try:
        head = git("rev-parse", "--short", "HEAD").strip()
        status = git("status", "--porcelain", "--", "src", "scripts", "data")
    except (OSError, subprocess.CalledProcessError):
        return {"commit": "unknown", "clean": None}
    skip = None
    if written is not None:
        try:
            skip = Path(written).resolve().relative_to(Path(root).resolve()).as_posix()
        except ValueError:
            skip = None
    changed = sorted(p for p in (line[3:].strip().strip('"') for line in status.splitlines()) if p != skip)
    return {"commit": head, "clean": not changed} | ({"changed": changed} if changed else {})


def print_tables(title: str, before: dict, after: dict, route: dict | None) -> None:
    print(title)
    print(f"  {'field':16s} {'n':>5s} {'right':>6s}  {'Brier raw':>9s} {'cal':>6s}  {'ECE raw':>7s} {'cal':>6s}"
          f"  {'thresh':>6s} {'accepted':>8s} {'acc.acc':>7s}")
    for f, b in before.items():
        a = after[f]
        r = (route or {}).get(f) or {}
        print(f"  {f:16s} {b['n']:5d} {b['accuracy']:6.3f}  {b['brier']:9.4f} {a['brier']:6.4f}  {b['ece']:7.4f} "
              f"{a['ece']:6.4f}  {r.get('threshold', float('nan')):6.3f} {r.get('accepted_share') or 0:8.3f} "
              f"{r.get('accepted_accuracy') or float('nan'):7.3f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", nargs="*", dest="sets", default=None,
                    help=f"blind sets by name (default for a fit: {' '.join(DEV_SETS)}; none for --evaluate)")
    ap.add_argument("--gold", nargs="*", type=Path, default=[], help="gold files (JSON lines) to add, each a set")
    ap.add_argument("--validate-set", nargs="*", default=[], dest="validate_sets",
                    help="blind sets (unread text, not fitted on) on which a fit's routing is checked: a field whose "
                         "accepted share is right less than the target there always goes to review")
    ap.add_argument("--validate-gold", nargs="*", type=Path, default=[], help="gold files to validate on, each a set")
    ap.add_argument("--evaluate", action="store_true", help="evaluate an existing calibration file, no refit")
    ap.add_argument("--calibration", type=Path, help="the calibration file to evaluate (default: the shipped one)")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where a fit writes the calibration")
    ap.add_argument("--target", type=float, default=0.9, help="share right the accepted fields must reach")
    ap.add_argument("--force", action="store_true", help="write the fit even if it does not beat the raw confidence")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)
    from sahelwatch.errors import SahelwatchError
    from sahelwatch.extraction.calibration import MARGIN, fit_calibration, load_calibration
    from sahelwatch.extraction.evaluation import read_gold

    sets = args.sets if args.sets is not None else ([] if args.evaluate else list(DEV_SETS))
    if not sets and not args.gold:
        print("error: no set to work on (--set NAME ... or --gold FILE ...)", file=sys.stderr)
        return 2
    try:
        cal = load_calibration(args.calibration) if args.evaluate else None
        with tempfile.TemporaryDirectory() as tmp:
            named = [(name, set_docs(name, Path(tmp))) for name in sets]
            named += [(g.stem, read_gold(g)) for g in args.gold]
            obs = collect(named)
            checked = [(name, set_docs(name, Path(tmp))) for name in args.validate_sets]
            checked += [(g.stem, read_gold(g)) for g in args.validate_gold]
            held = collect(checked) if checked and not args.evaluate else []
    except SahelwatchError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.evaluate:
        missing = sorted({o.field for o in obs} - set(cal.maps))
        obs = [o for o in obs if o.field in cal.maps]  # a field the calibration leaves out has no probability
        probs = {i: cal.probabilities({o.field: o.raw}, o.lang)[o.field] for i, o in enumerate(obs)}
        index = {id(o): i for i, o in enumerate(obs)}
        report = {"calibration": cal.provenance, "sets": [n for n, _ in named],
                  "texts": sum(len(d) for _, d in named), "fields_not_calibrated": missing,
                  "before": field_table(obs, lambda o: o.raw),
                  "after": field_table(obs, lambda o: probs[index[id(o)]]),
                  "routing": routing(obs, probs, cal.thresholds)}
        if args.json:
            print(json.dumps(report, indent=1))
        else:
            print_tables(f"calibration evaluated on {', '.join(report['sets'])} (raw vs calibrated; aggregates)",
                         report["before"], report["after"], report["routing"])
        return 0
    loso, thresholds, oof = leave_one_set_out(obs, args.target)
    # a field's map is kept when, out of fold, it beats the raw confidence on Brier and ECE over the sets pooled
    beats = {f: loso["after"][f]["brier"] < loso["before"][f]["brier"] and loso["after"][f]["ece"] < loso["before"][f]["ece"]
             for f in loso["before"]}
    kept = [f for f, ok in beats.items() if ok or args.force]
    counts = {f: {"n": loso["before"][f]["n"], "right": round(loso["before"][f]["accuracy"] * loso["before"][f]["n"])}
              for f in loso["before"]}
    provenance = {"sets": [n for n, _ in named], **code_state(ROOT, args.out), "date": dt.date.today().isoformat(),
                  "texts": sum(len(d) for _, d in named), "counts": counts, "target": args.target,
                  "note": "the rules were written reading most of these sets: the probabilities are those of read "
                          "text (the leave-one-set-out is out of fold for the calibration only); measure them on unread "
                          "sets with --evaluate",
                  "thresholds_from": "leave-one-set-out probabilities over the sets: the lowest, at least the "
                                     "target, at which the fields accepted are right at least the target share over "
                                     "the sets pooled (Wilson 90% lower bound), at the margin (probability within "
                                     f"{MARGIN} above the threshold) and in every set alone",
                  "losses_per_set": loso["losses"],
                  "leave_one_set_out": {f: {"brier_raw": loso["before"][f]["brier"],
                                            "brier_calibrated": loso["after"][f]["brier"],
                                            "ece_raw": loso["before"][f]["ece"], "ece_calibrated": loso["after"][f]["ece"],
                                            **{k: loso["nested"][f][k] for k in ("accepted_share", "accepted_accuracy")}}
                                        for f in loso["before"]}}
    cal = fit_calibration(obs, {f: thresholds[f] for f in kept}, provenance=provenance, fields=kept)
    if checked:
        final, check = validated(cal, held, args.target)
        provenance["validation"] = {"sets": [n for n, _ in checked], "texts": sum(len(d) for _, d in checked),
                                    **check}
        cal = fit_calibration(obs, final, provenance=provenance, fields=kept)
    written = bool(kept)
    if written:
        args.out.write_text(json.dumps(cal.as_json(), indent=1) + "\n", encoding="utf-8")
    if args.json:
        print(json.dumps({"leave_one_set_out": loso, "thresholds": thresholds,
                          "beats_raw": beats, "validation": cal.provenance.get("validation"),
                          "written": str(args.out) if written else None}, indent=1))
    else:
        print_tables("leave-one-set-out over " + ", ".join(n for n, _ in named) + " (raw vs out-of-fold calibrated; "
                     "routing by thresholds chosen without the set routed)", loso["before"], loso["after"],
                     {f: {**loso["nested"][f], "threshold": thresholds[f]} for f in thresholds})
        for name, per in loso["per_set"].items():
            print(f"  left out {name}: " + "  ".join(
                f"{f} {r['n']} acc {r['accuracy']:.2f} Brier {r['brier_raw']:.3f}->{r['brier_calibrated']:.3f} "
                f"threshold {r['threshold_without_it']:.3f} accepted {r['accepted_share'] or 0:.2f} at "
                f"{r['accepted_accuracy'] or float('nan'):.2f}"
                for f, r in per.items()))
        for w in loso["losses"]["worse"]:
            print(f"  calibration loses in {w['set']}: {w['field']} ({w['n']}) " + ", ".join(
                f"{m} {w[m][0]:.3f}->{w[m][1]:.3f}" for m in ("brier", "ece") if m in w))
        for r in loso["losses"]["routing"]:
            print(f"  routing below {args.target} in {r['set']}: {r['field']} threshold {r['threshold']:.3f} accepted "
                  f"{r['accepted_share']:.2f} right {r['accepted_accuracy']:.2f}")
        print(f"calibrated beats raw (Brier and ECE) out of fold, pooled: {beats}")
        if checked:
            v = cal.provenance["validation"]
            print(f"validated on {', '.join(v['sets'])}: " + "  ".join(
                f"{f} accepted {r['accepted_share'] or 0:.2f} right {r['accepted_accuracy'] or float('nan'):.2f}"
                for f, r in v["routing"].items()))
            print("sent to review by the validation: " + (", ".join(v["sent_to_review"]) or "none"))
        print(f"written ({', '.join(kept)}): {args.out}" if written else
              "not written (no field's map beats the raw confidence; --force)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
