"""Calibrated field confidence and review routing of extracted events.

The rules give each coded field a raw confidence (``field_confidence``) and each event one (``confidence``), set
by hand. A calibration maps each raw confidence to the probability, measured on labelled development sets, that
the field is right (the scorer's comparison, :func:`.evaluation.field_checks`, on the prediction paired with the
main gold event): a monotone (isotonic) map per field over both languages. ``event`` is the probability that the
event is one the text reports as news (from the event's ``confidence``: the prediction pairs with the main gold
event, or, where the text's other events are labelled, with an other event told as news); the other fields'
probabilities are those of a field of an event that pairs with the main event.

An event then carries ``field_probability`` ``{field: p}`` and ``review``: the fields whose ``p`` is below the
field's threshold, chosen out-of-fold on the development sets so that the fields accepted are right at least
the target share of the time (0.9) over the sets pooled, at the margin (the fields just above the threshold) and
in each set alone, and never below the target itself (:func:`choose_threshold`), in :data:`FIELDS` order (empty:
nothing to check). A field no threshold gets there is always to review. The maps are fitted on the rules'
confidences: where a trained sub-event model coded the event, the fields whose raw confidence it sets
(:data:`MODEL_FIELDS`) get no probability and are always to review.

The calibration is a JSON file (``extraction/data/calibration.json``) with its provenance (sets, commit, date,
counts); a missing or unreadable file is a :class:`CalibrationError` naming the file and the reason.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources as _res
from pathlib import Path
from typing import Iterable

from ..errors import SahelwatchError

#: the calibrated fields: name in ``field_probability`` -> (its raw confidence in ``field_confidence``, the
#: scorer's check of it in :func:`.evaluation.field_checks`); ``event`` reads the event's ``confidence``
FIELDS = {
    "event": ("confidence", None),
    "sub_event_type": ("sub_event_type", "sub_event_type"),
    "tactic": ("tactic", "tactic"),
    "perpetrator": ("actors", "perpetrator"),
    "target_category": ("target_category", "target"),
    "admin1": ("location", "admin1"),
    "fatalities": ("fatalities", "fatalities_exact"),
    "event_date": ("event_date", "date"),
}
#: the fields whose raw confidence a trained sub-event model sets when it replaces the rules' type (the type's
#: confidence is the model's probability, the tactic's follows it, the event's is their mean with the others)
MODEL_FIELDS = ("event", "sub_event_type", "tactic")
#: the width of probability above a review threshold whose fields must be right the target share of the time
MARGIN = 0.05
ANY_LANG = "*"
SHIPPED = "calibration.json"
_DATA = "sahelwatch.extraction.data"


class CalibrationError(SahelwatchError):
    """A calibration file that is missing or cannot be read, with the file and the reason."""


@dataclass(frozen=True, slots=True)
class Observation:
    """One predicted field of a labelled text: its raw confidence and whether the scorer judges it right."""

    field: str
    lang: str
    raw: float
    right: bool
    set: str = ""


def raw_confidences(event: dict) -> dict[str, float]:
    """The raw confidence of each calibrated field of an event's JSON (``event``: its ``confidence``)."""
    fc = event.get("field_confidence") or {}
    out = {}
    for name, (key, _) in FIELDS.items():
        value = event.get("confidence") if name == "event" else fc.get(key)
        if value is not None:
            out[name] = float(value)
    return out


def observations(gold_events: list[dict], preds: list[dict], lang: str, published, set_name: str = "",
                 other_events: list[dict] | None = None) -> list[Observation]:
    """The observations of one text: every prediction's ``event`` (does it pair with a gold event, or, the text's
    ``other_events`` given, do the predictions left over pair with one told as news, as the scorer pairs them?), and
    each field of a prediction paired with a gold event that codes that field (right as the scorer judges it).

    ``other_events`` None means the text's other events were never labelled: a prediction left over beside its main
    event may then be a real second event nobody labelled, so it is no observation of ``event`` at all (it would
    teach the map that second events are wrong). In a text labelled as reporting no event it stays a wrong one."""
    from .evaluation import field_checks, pair_text

    main, others = pair_text(gold_events, other_events, preds)
    paired = {pi: gi for gi, pi in main}
    news = {pi for oi, pi in others if other_events[oi].get("told_as") == "news"}
    unknown = other_events is None and bool(gold_events)
    out = []
    for pi, p in enumerate(preds):
        raw = raw_confidences(p)
        if unknown and pi not in paired:
            continue
        out.append(Observation("event", lang, raw["event"], pi in paired or pi in news, set_name))
        if pi not in paired:
            continue
        checks = field_checks(gold_events[paired[pi]], p, published)
        for name, (_, check) in FIELDS.items():
            if check in checks and name in raw:
                out.append(Observation(name, lang, raw[name], checks[check], set_name))
    return out


# --------------------------------------------------------------------------- the monotone map
def _pool(blocks: list[list[float]]) -> list[list[float]]:
    """Pool adjacent violators: blocks [lowest x, highest x, sum of y, weight] in x order -> non-decreasing means."""
    out: list[list[float]] = []
    for b in blocks:
        out.append(list(b))
        while len(out) > 1 and out[-2][2] / out[-2][3] >= out[-1][2] / out[-1][3]:
            _, hi, s, w = out.pop()
            out[-1][1] = hi
            out[-1][2] += s
            out[-1][3] += w
    return out


@dataclass(frozen=True, slots=True)
class MonotoneMap:
    """A non-decreasing map of a raw confidence to a probability in [0, 1]: the knots ``xs`` (increasing) carry
    the probabilities ``ps`` (non-decreasing); between two knots the map interpolates linearly, outside them it
    holds the end value. ``n``: the observations it was fitted on."""

    xs: tuple[float, ...]
    ps: tuple[float, ...]
    n: int

    def __call__(self, x: float) -> float:
        xs, ps = self.xs, self.ps
        if x <= xs[0]:
            return ps[0]
        if x >= xs[-1]:
            return ps[-1]
        hi = next(i for i, k in enumerate(xs) if k >= x)
        lo = hi - 1
        t = (x - xs[lo]) / (xs[hi] - xs[lo])
        return ps[lo] + t * (ps[hi] - ps[lo])

    def as_json(self) -> dict:
        return {"xs": list(self.xs), "ps": list(self.ps), "n": self.n}


def fit_map(points: Iterable[tuple[float, bool]], prior: float = 2.0) -> MonotoneMap:
    """The isotonic map of raw confidence to the share right, each block's share drawn toward the overall share
    by ``prior`` pseudo-observations (a block of two observations is no certainty), then pooled again so the map
    stays non-decreasing. A block of several raw values holds its share from its lowest value to its highest (two
    knots); between blocks the map interpolates."""
    pts = sorted((float(x), bool(y)) for x, y in points)
    if not pts:
        raise ValueError("no observations to fit a calibration map on")
    base = sum(y for _, y in pts) / len(pts)
    blocks: list[list[float]] = []
    for x, y in pts:
        if blocks and blocks[-1][0] == x:
            blocks[-1][2] += y
            blocks[-1][3] += 1
        else:
            blocks.append([x, x, float(y), 1.0])
    pooled = _pool([[lo, hi, s + prior * base, w + prior] for lo, hi, s, w in _pool(blocks)])
    xs: list[float] = []
    ps: list[float] = []
    for lo, hi, s, w in pooled:
        for x in (lo, hi) if hi > lo else (lo,):
            xs.append(round(x, 4))
            ps.append(round(s / w, 4))
    return MonotoneMap(tuple(xs), tuple(ps), len(pts))


# --------------------------------------------------------------------------- reliability
def reliability(pairs: list[tuple[float, bool]], bins: int = 10) -> dict:
    """Brier score, expected calibration error (equal-width bins of the probability, weighted by their size) and
    each non-empty bin's count, mean probability and share right."""
    if not pairs:
        return {"n": 0, "brier": None, "ece": None, "accuracy": None, "bins": []}
    n = len(pairs)
    brier = sum((p - y) ** 2 for p, y in pairs) / n
    groups: dict[int, list[tuple[float, bool]]] = {}
    for p, y in pairs:
        groups.setdefault(min(int(p * bins), bins - 1), []).append((p, y))
    rows, ece = [], 0.0
    for b in sorted(groups):
        g = groups[b]
        mean_p = sum(p for p, _ in g) / len(g)
        acc = sum(y for _, y in g) / len(g)
        ece += len(g) / n * abs(mean_p - acc)
        rows.append({"bin": [b / bins, (b + 1) / bins], "n": len(g), "mean_p": round(mean_p, 4),
                     "accuracy": round(acc, 4)})
    return {"n": n, "brier": round(brier, 4), "ece": round(ece, 4),
            "accuracy": round(sum(y for _, y in pairs) / n, 4), "bins": rows}


def accepted(pairs: list[tuple[float, bool]], threshold: float) -> dict:
    """The share of fields whose probability reaches ``threshold`` and the share of those that are right."""
    kept = [y for p, y in pairs if p >= threshold]
    return {"threshold": threshold, "n": len(pairs), "accepted_share": round(len(kept) / len(pairs), 4) if pairs else None,
            "accepted_accuracy": round(sum(kept) / len(kept), 4) if kept else None}


def wilson_lower(right: int, n: int, z: float = 1.2816) -> float:
    """The lower end of the Wilson interval of a share ``right`` / ``n`` (z 1.2816: one-sided 90%)."""
    if n == 0:
        return 0.0
    p = right / n
    centre = p + z * z / (2 * n)
    margin = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return (centre - margin) / (1 + z * z / n)


def choose_threshold(pairs: list[tuple[float, bool]], target: float, groups: list[str] | None = None) -> float:
    """The lowest probability threshold, at least ``target`` itself, at which the fields accepted (probability at or
    above it) are right at least ``target`` of the time: all of them with 90% confidence (the Wilson lower bound of
    their share right reaches ``target``), those at the margin (probability below the threshold + :data:`MARGIN`:
    the ones a lower threshold accepts first) and, ``groups`` given (each pair's set), those of every set taken
    alone (a set with no field accepted passes): as much as can be accepted, no more. A field whose own probability
    is below the target is never accepted, and a small group of low probabilities cannot ride on a large mass of
    high ones. 1.0 when no threshold does: every such field is to review."""
    for t in sorted({p for p, _ in pairs if p >= target}):
        kept = [y for p, y in pairs if p >= t]
        if wilson_lower(sum(kept), len(kept)) < target:
            continue
        edge = [y for p, y in pairs if t <= p < t + MARGIN]
        if sum(edge) < target * len(edge):
            continue
        by_group: dict[str, list[bool]] = {}
        for (p, y), g in zip(pairs, groups or ()):
            if p >= t:
                by_group.setdefault(g, []).append(y)
        if all(sum(ys) / len(ys) >= target for ys in by_group.values()):
            return t
    return 1.0


# --------------------------------------------------------------------------- the calibration
@dataclass(frozen=True)
class Calibration:
    """Per field, a map per language (``"*"``: every language, used for a language without its own map) and the
    review threshold; ``provenance`` says what it was fitted on."""

    maps: dict[str, dict[str, MonotoneMap]]
    thresholds: dict[str, float]
    provenance: dict = field(default_factory=dict)

    def probabilities(self, raw: dict[str, float], lang: str | None) -> dict[str, float]:
        """The calibrated probability of each field whose raw confidence is given and that has a map."""
        out = {}
        for name in FIELDS:
            by_lang = self.maps.get(name)
            if name in raw and by_lang:
                m = by_lang.get(lang or ANY_LANG) or by_lang.get(ANY_LANG)
                if m is not None:
                    out[name] = round(m(raw[name]), 3)
        return out

    def review(self, probabilities: dict[str, float]) -> list[str]:
        """The fields to check: those whose probability is below their threshold, in :data:`FIELDS` order."""
        return [k for k in FIELDS if k in probabilities and probabilities[k] < self.thresholds.get(k, 0.0)]

    def route(self, field_confidence: dict, confidence: float, lang: str | None,
              by_model: Iterable[str] = ()) -> tuple[dict[str, float], list[str]]:
        """An event's ``field_probability`` and ``review`` from its raw confidences. ``by_model``: the fields whose
        raw confidence a trained model set (:data:`MODEL_FIELDS`): the maps read the rules' confidences, so these
        get no probability and, where the calibration has a map for them, are always to review."""
        model = set(by_model)
        raw = raw_confidences({"field_confidence": field_confidence, "confidence": confidence})
        probs = self.probabilities({k: v for k, v in raw.items() if k not in model}, lang)
        below = set(self.review(probs)) | (model & set(self.maps))
        return probs, [k for k in FIELDS if k in below]

    def as_json(self) -> dict:
        return {"format": 1, "provenance": self.provenance, "thresholds": self.thresholds,
                "maps": {f: {lang: m.as_json() for lang, m in by.items()} for f, by in self.maps.items()}}


def fit_calibration(obs: list[Observation], thresholds: dict[str, float], provenance: dict | None = None,
                    fields: Iterable[str] = tuple(FIELDS)) -> Calibration:
    """A map per field of ``fields`` over every language (the ``"*"`` map)."""
    maps = {name: {ANY_LANG: fit_map((o.raw, o.right) for o in obs if o.field == name)} for name in fields
            if any(o.field == name for o in obs)}
    return Calibration(maps, dict(thresholds), dict(provenance or {}))


def _problem(data) -> str | None:
    """What keeps ``data`` (a parsed calibration file) from being a calibration, or None."""
    if not isinstance(data, dict) or data.get("format") != 1:
        return "expected an object with \"format\": 1"
    for key in ("maps", "thresholds", "provenance"):
        if not isinstance(data.get(key), dict):
            return f"'{key}' must be an object"
    for name, t in data["thresholds"].items():
        if name not in FIELDS or not isinstance(t, (int, float)) or not 0.0 <= t <= 1.0:
            return f"threshold of '{name}' must be a known field's number in [0, 1], got {t!r}"
    for name, by_lang in data["maps"].items():
        if name not in FIELDS or not isinstance(by_lang, dict) or ANY_LANG not in by_lang:
            return f"map of '{name}' must be a known field's object with a '{ANY_LANG}' map"
        if name not in data["thresholds"]:
            return f"map of '{name}' has no threshold"
        for lang, m in by_lang.items():
            where = f"map '{name}' ({lang})"
            if not isinstance(m, dict) or not all(isinstance(m.get(k), list) for k in ("xs", "ps")) or \
                    not isinstance(m.get("n"), int):
                return f"{where} must hold lists 'xs' and 'ps' and a count 'n'"
            xs, ps = m["xs"], m["ps"]
            if not xs or len(xs) != len(ps) or not all(isinstance(v, (int, float)) and math.isfinite(v)
                                                       for v in xs + ps):
                return f"{where}: 'xs' and 'ps' must be lists of numbers of one non-zero length"
            if any(b <= a for a, b in zip(xs, xs[1:])):
                return f"{where}: 'xs' must increase"
            if any(b < a for a, b in zip(ps, ps[1:])) or not all(0.0 <= p <= 1.0 for p in ps):
                return f"{where}: 'ps' must be non-decreasing probabilities in [0, 1]"
    return None


def calibration_from_json(data, source: str) -> Calibration:
    problem = _problem(data)
    if problem:
        raise CalibrationError(f"{source}: not a calibration file: {problem}")
    maps = {name: {lang: MonotoneMap(tuple(float(x) for x in m["xs"]), tuple(float(p) for p in m["ps"]), m["n"])
                   for lang, m in by.items()} for name, by in data["maps"].items()}
    return Calibration(maps, {k: float(v) for k, v in data["thresholds"].items()}, data["provenance"])


def load_calibration(path: Path | None = None) -> Calibration:
    """The calibration in ``path``, else the shipped one; :class:`CalibrationError` naming the file and the reason
    when it is missing, not JSON or not a calibration."""
    if path is not None:
        return _read(str(path), lambda: Path(path).read_text(encoding="utf-8"))
    return _shipped()


@lru_cache(maxsize=1)
def _shipped() -> Calibration:
    where = f"sahelwatch/extraction/data/{SHIPPED}"
    return _read(where, lambda: _res.files(_DATA).joinpath(SHIPPED).read_text(encoding="utf-8"))


def _read(source: str, read) -> Calibration:
    try:
        text = read()
    except FileNotFoundError:
        raise CalibrationError(f"{source}: calibration file missing (fit one with scripts/calibrate_confidence.py)") \
            from None
    except (OSError, UnicodeDecodeError) as e:
        raise CalibrationError(f"{source}: calibration file unreadable: {e}") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise CalibrationError(f"{source}: calibration file is not JSON: {e.msg} (line {e.lineno})") from None
    return calibration_from_json(data, source)
