"""The model card of a backtested ``sahelwatch`` model: what it is, what it uses, how it scored.

:func:`model_card` builds a plain dict (written as JSON) from a
:class:`.BacktestResult`; :func:`render_markdown` turns it into a page for
people. Feature importance is each feature's share of the total split gain of
the classifier and the positive-part regressor, averaged over every refit of
the backtest, per horizon.
"""

from __future__ import annotations

import json
import math
from dataclasses import asdict
from pathlib import Path

from .backtest import BacktestResult
from .baselines import BASELINE_NAMES
from .features import feature_doc
from .models import MODEL_NAME, HurdleGBM
from .panel import month_str

LIMITATIONS: tuple[str, ...] = (
    "Counts are what the source reported: months with few reports (remote areas, communication cuts) "
    "look calmer than they were, and the model learns that reporting pattern too.",
    "The model forecasts from history alone; it cannot anticipate a first attack in a unit and its "
    "neighbours that have never seen violence, nor a sudden mass-casualty event.",
    "Scores are pooled over unit-months and dominated by the most violent units; read the worst cases "
    "in the backtest output before trusting a forecast for a quiet unit.",
    "P(any fatal event) is not re-calibrated after training; check the reliability diagram.",
)


def model_card(result: BacktestResult, model_name: str = MODEL_NAME) -> dict:
    model = result.models.get(model_name)
    if not isinstance(model, HurdleGBM):
        raise ValueError(f"the backtest has no {model_name!r} model to describe")
    scores = result.scores()
    importance = model.mean_importance()
    names = []
    for h in sorted(importance):
        names.extend(n for n in importance[h] if n not in names)
    comparison = {}
    for h in result.horizons:
        key = f"h{h}"
        if key not in scores.get(model_name, {}):
            continue
        base, base_crps = result.best_baseline(h, "crps")
        ap_base, ap_best = result.best_baseline(h, "ap_any_fatal")
        mine = scores[model_name][key]
        comparison[key] = {
            "best_baseline_crps": base,
            "crps": mine["crps"],
            "baseline_crps": base_crps,
            "crps_reduction": 1 - mine["crps"] / base_crps if base_crps else None,
            "best_baseline_ap": ap_base,
            "ap_any_fatal": mine["ap_any_fatal"],
            "baseline_ap_any_fatal": ap_best,
        }
    fits = {f"h{h}": len(v) for h, v in model.fits.items()}
    params = {
        k: v for k, v in asdict(model).items()
        if k not in ("fits", "neighbours", "name")
    }
    return _clean({
        "model": model_name,
        "kind": "hurdle: LightGBM classifier for P(fatalities > 0) + LightGBM quantile regressors of "
                "log1p(fatalities) given any (or a regressor with its out-of-sample error law), linearly pooled "
                f"with weight {model.pool_weight} with the unit's last {model.pool_window} monthly counts",
        "unit": result.unit,
        "backtest": {
            "origins": len(result.origins),
            "first_origin": month_str(result.origins[0]),
            "last_origin": month_str(result.origins[-1]),
            "horizons": list(result.horizons),
            "skipped": {f"h{h}": int(n) for h, n in result.skipped.items()},
            "refits": fits,
            "retraining": f"refitted every {model.refit_every} origin month(s) on all unit-months whose "
                          f"target is known at the origin; the latest fit forecasts in between",
        },
        "parameters": params,
        "neighbours": "given" if model.neighbours else "none (spatial-lag features dropped)",
        "features": [
            {"name": n, "doc": feature_doc(n),
             "importance": {f"h{h}": importance[h].get(n) for h in sorted(importance)}}
            for n in names
        ],
        "scores": scores,
        "baselines": list(BASELINE_NAMES),
        "comparison": comparison,
        "limitations": list(LIMITATIONS),
    })


def _clean(v):
    if isinstance(v, float) and math.isnan(v):
        return None
    if isinstance(v, dict):
        return {str(k): _clean(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [_clean(x) for x in v]
    if hasattr(v, "item"):
        return _clean(v.item())
    return v


def render_markdown(card: dict) -> str:
    def f(v, digits=3):
        return "n/a" if v is None else f"{v:.{digits}f}"

    lines = [
        f"# Model card: `{card['model']}` ({card['unit']})",
        "",
        card["kind"] + ".",
        "",
        "## Backtest",
        "",
        f"Origins {card['backtest']['first_origin']} to {card['backtest']['last_origin']} "
        f"({card['backtest']['origins']}), horizons {', '.join(map(str, card['backtest']['horizons']))}; "
        f"skipped (target beyond the data): "
        + ", ".join(f"{k} {v}" for k, v in card["backtest"]["skipped"].items())
        + f". {card['backtest']['retraining'].capitalize()}.",
        "",
        "| model | horizon | CRPS | Brier (any fatal) | AP (any fatal) | MSE log1p |",
        "|---|---|---|---|---|---|",
    ]
    for model, per_h in card["scores"].items():
        for h, s in per_h.items():
            name = f"**{model}**" if model == card["model"] else model
            lines.append(
                f"| {name} | {h} | {f(s['crps'])} | {f(s['brier_any_fatal'], 4)} | "
                f"{f(s['ap_any_fatal'])} | {f(s['mse_log1p'])} |"
            )
    lines += ["", "## Against the best baseline", ""]
    for h, c in card["comparison"].items():
        red = c["crps_reduction"]
        lines.append(
            f"- {h}: CRPS {f(c['crps'])} vs {f(c['baseline_crps'])} ({c['best_baseline_crps']}), "
            f"{'a reduction' if red and red > 0 else 'a change'} of {f(100 * red if red is not None else None, 1)}%; "
            f"AP {f(c['ap_any_fatal'])} vs {f(c['baseline_ap_any_fatal'])} ({c['best_baseline_ap']})."
        )
    horizons = sorted({h for ft in card["features"] for h in ft["importance"]})
    lines += [
        "",
        "## Features",
        "",
        "Importance: share of the split gain (classifier and positive-part regressor), averaged over refits.",
        "",
        "| feature | meaning | " + " | ".join(horizons) + " |",
        "|---|---|" + "---|" * len(horizons),
    ]
    for ft in card["features"]:
        imp = " | ".join(f(ft["importance"].get(h)) for h in horizons)
        lines.append(f"| `{ft['name']}` | {ft['doc']} | {imp} |")
    lines += ["", "## Parameters", "", "```json", json.dumps(card["parameters"], indent=2, default=str), "```"]
    lines += ["", "## Limitations", ""] + [f"- {x}" for x in card["limitations"]] + [""]
    return "\n".join(lines)


def write_model_card(card: dict, path: str | Path) -> Path:
    """Write ``card`` as JSON (``.json``) or Markdown (anything else)."""
    p = Path(path)
    if p.suffix.lower() == ".json":
        p.write_text(json.dumps(card, indent=2, ensure_ascii=False, default=str) + "\n", encoding="utf-8")
    else:
        p.write_text(render_markdown(card), encoding="utf-8")
    return p
