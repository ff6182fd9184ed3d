"""``programs evaluate``: did violence change where a program ran, against similar places without it?

:func:`evaluate_program` takes a stored program, builds the admin2 x month outcome panel
(:mod:`.outcomes`), marks the program's areas as treated from their start month, removes the
neighbours of treated areas from the controls (spillover), and runs :func:`estimate`: staggered
difference-in-differences (:mod:`.did`) or a synthetic control (:mod:`.synth`), with placebos in
time and in space. The output is the interfaces.md JSON plus the event study, the placebos and
the stated warnings (placement bias, reporting bias, a failed pre-trend test).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np

from ..errors import NotFoundError, UsageError
from .did import NEVER, staggered_did
from .outcomes import outcome_panel, unit_neighbours
from .synth import synthetic_control

METHODS = ("did", "synth")
#: months before the start that the event study shows and the pre-trend test uses
PRE_MONTHS = 12
#: how far back the placebo in time moves the start
PLACEBO_SHIFT = 12
PLACEBO_DRAWS = 199
#: below this many treated units, the DiD interval and p-value come from the placebos in space
FEW_FOR_BOOTSTRAP = 10

PLACEMENT_BIAS = ("placement bias: programs go where violence is expected or already high (Berman, Shapiro and "
                  "Felter 2011), so treated areas differ from controls before the start; the estimate is causal "
                  "only if, without the program, their trends would have been parallel")
REPORTING_BIAS = ("reporting bias: a program's presence (staff, radio, partners) can raise the reporting of "
                  "violence in its areas, so a rise in recorded events may be a rise in reporting")


def _month_index(months: np.ndarray, d) -> int:
    m = np.datetime64(d, "M")
    return int((m - months[0]).astype(int))


def estimate(y: np.ndarray, unit_ids, cohort: dict, *, method: str = "did", neighbours: dict | None = None,
             end: int | None = None, seed: int = 0, pre: int = PRE_MONTHS) -> dict:
    """The effect of a treatment starting at ``cohort[unit]`` (a month index) on ``y`` (units x months).

    Neighbours of treated units are dropped from the controls. Returns the estimate, its interval and
    p-value, the pre-trend p-value, the event study (DiD) or gap (synth), placebos and unit lists."""
    if method not in METHODS:
        raise UsageError(f"method is one of {', '.join(METHODS)}, not {method!r}")
    ids = list(unit_ids)
    treated = [u for u in ids if u in cohort]
    if not treated:
        raise UsageError("none of the program's areas is in the outcome panel")
    excluded = sorted({n for u in treated for n in (neighbours or {}).get(u, ()) if n not in cohort})
    keep = [i for i, u in enumerate(ids) if u not in excluded]
    y = y[keep]
    ids = [ids[i] for i in keep]
    g = np.array([cohort.get(u, NEVER) for u in ids], dtype=np.int64)
    controls = [u for u in ids if u not in cohort]
    T = y.shape[1]
    last = T - 1 if end is None else min(end, T - 1)
    first = int(g[g != NEVER].min())
    out = {"treated_units": treated, "control_units": controls, "excluded_neighbours": excluded,
           "n_pre": first, "n_post": max(0, last - first + 1)}
    if first < 2:
        raise UsageError("the program starts before the outcome panel has two months of data")
    if method == "did":
        r = staggered_did(y, g, pre=pre, last=last, seed=seed)
        out |= {"att": r.att, "se": r.se, "ci_low": r.ci_low, "ci_high": r.ci_high, "p_value": r.p_value,
                "pre_trend_p": r.pre_trend_p, "event_study": r.event_study, "group_time": r.group_time}
        out["placebo_time"] = _placebo_time(y, g, first, seed)
        space = _placebo_space(y, g, r.att, last, seed, pre)
        out["placebo_space"] = space
        out["inference"] = "wild bootstrap (clustered by unit)"
        if space is not None and len(treated) < FEW_FOR_BOOTSTRAP:
            # few treated units: the bootstrap is too narrow (measured on real HDX data, docs/programs.md),
            # so the interval and p-value come from the placebos in space (randomisation inference)
            out["bootstrap"] = {k: out[k] for k in ("ci_low", "ci_high", "p_value")}
            out |= {"ci_low": space["ci_low"], "ci_high": space["ci_high"], "p_value": space["p_value"],
                    "inference": "placebo in space (randomisation inference)"}
    else:
        starts = set(g[g != NEVER].tolist())
        if len(starts) > 1:
            out["note"] = "areas start at different months; the synthetic control uses the earliest start"
        t_rows = g != NEVER
        s = synthetic_control(y[t_rows].mean(axis=0), y[~t_rows], first, end=last)
        donor_ids = [u for u, t in zip(ids, t_rows) if not t]
        out |= {"att": s.att, "ci_low": s.ci_low, "ci_high": s.ci_high, "p_value": s.p_value,
                "pre_trend_p": None, "pre_rmspe": s.pre_rmspe,
                "weights": {donor_ids[i]: w for i, w in sorted(s.weights.items(), key=lambda kv: -kv[1])},
                "gap": [float(x) for x in s.gap], "placebo_space": {"draws": s.n_placebos, "p_value": s.p_value}}
        pre_sd = float(np.std(y[t_rows].mean(axis=0)[:first]))
        out["poor_pre_fit"] = bool(s.pre_rmspe > pre_sd) if pre_sd > 0 else False
    return out


def _placebo_time(y, g, first, seed) -> dict | None:
    """The same estimator with every start moved :data:`PLACEBO_SHIFT` months earlier, on the months
    before the real first start only: an effect here is a pre-existing difference, not the program."""
    fake = np.where(g != NEVER, g - PLACEBO_SHIFT, NEVER)
    if first - PLACEBO_SHIFT < 2:
        return None
    try:
        r = staggered_did(y[:, :first], fake, pre=0, seed=seed)
    except ValueError:
        return None
    return {"shift_months": PLACEBO_SHIFT, "att": r.att, "ci_low": r.ci_low, "ci_high": r.ci_high,
            "p_value": r.p_value}


def _placebo_space(y, g, att, last, seed, pre) -> dict | None:
    """The estimate with the program's start months given to random sets of control units instead:
    the share of placebo effects at least as large (in absolute value) is a permutation p-value, and
    the estimate minus the placebo effects' 97.5% and 2.5% quantiles an interval (by inversion,
    assuming one additive effect)."""
    treated = np.flatnonzero(g != NEVER)
    ctrl = np.flatnonzero(g == NEVER)
    if len(ctrl) < len(treated) + 2:
        return None
    rng = np.random.default_rng(seed)
    yc = y[ctrl]
    atts = []
    for _ in range(PLACEBO_DRAWS):
        pick = rng.choice(len(ctrl), size=len(treated), replace=False)
        fake = np.full(len(ctrl), NEVER, dtype=np.int64)
        fake[pick] = g[treated]
        try:
            atts.append(staggered_did(yc, fake, pre=0, last=last, boot=2, seed=seed).att)
        except ValueError:
            continue
    if not atts:
        return None
    atts = np.array(atts)
    return {"draws": len(atts), "p_value": float((1 + (np.abs(atts) >= abs(att)).sum()) / (1 + len(atts))),
            "placebo_att_sd": float(atts.std(ddof=1)) if len(atts) > 1 else None,
            "ci_low": att - float(np.quantile(atts, 0.975)), "ci_high": att - float(np.quantile(atts, 0.025))}


def _warnings(r: dict, neighbour_method: str, method: str) -> list[str]:
    w = [PLACEMENT_BIAS, REPORTING_BIAS]
    if r.get("pre_trend_p") is not None and r["pre_trend_p"] < 0.05:
        w.append(f"failed pre-trend test (p = {r['pre_trend_p']:.3f}): treated and control areas already "
                 "diverged before the start; the estimate is not credible as an effect of the program")
    pt = r.get("placebo_time")
    if pt and pt["p_value"] < 0.05:
        w.append(f"placebo in time is significant (ATT {pt['att']:.3f}, p = {pt['p_value']:.3f}) at a fake start "
                 f"{pt['shift_months']} months early")
    if method == "synth" and r.get("poor_pre_fit"):
        w.append("poor pre-start fit: the synthetic control does not reproduce the treated areas before the start")
    if len(r["treated_units"]) < 5:
        w.append(f"only {len(r['treated_units'])} treated area(s): intervals from few clusters are unreliable")
    if neighbour_method == "none":
        w.append("spillover not handled: no admin2 polygons or centroids, so neighbours of treated areas "
                 "stay among the controls")
    return w


def evaluate_program(store, program_id: str, *, outcome: str = "events", method: str = "did",
                     source: str = "events", seed: int = 0, plot: Path | str | None = None) -> dict:
    """Evaluate a stored program; see the module docstring."""
    if method not in METHODS:
        raise UsageError(f"method is one of {', '.join(METHODS)}, not {method!r}")
    p = store.programs.get(program_id)
    if p is None:
        raise NotFoundError(f"no program {program_id!r} (see 'sahelwatch programs list')")
    areas = [a for a in p["areas"] if a["admin2_pcode"]]
    panel, y = outcome_panel(store, source=source, outcome=outcome,
                             units=[a["admin2_pcode"] for a in areas] if source == "events" else ())
    months = panel.months
    cohort, outside = {}, []
    for a in areas:
        start = a["start_date"] or p["start_date"]
        if start is None:
            raise UsageError(f"program {program_id} has no start date for area {a['admin2_pcode']}; "
                             "an evaluation needs one")
        if a["admin2_pcode"] not in panel.unit_ids:
            outside.append(a["admin2_pcode"])
            continue
        k = _month_index(months, start)
        if not 2 <= k < len(months):  # no two months before the start, or a start after the panel
            outside.append(a["admin2_pcode"])
            continue
        cohort[a["admin2_pcode"]] = k
    end = _month_index(months, p["end_date"]) if isinstance(p["end_date"], dt.date) else None
    neighbours, how = unit_neighbours(store, panel)
    r = estimate(y, panel.unit_ids, cohort, method=method, neighbours=neighbours, end=end, seed=seed)
    r = {"program_id": program_id, "method": method, "outcome": outcome, "source": source} | r
    r["spillover"] = {"neighbours_by": how, "excluded": r.pop("excluded_neighbours")}
    r["areas_outside_panel"] = outside
    r["panel"] = {"first_month": str(months[0]), "last_month": str(months[-1]), "units": len(panel.unit_ids)}
    r["warnings"] = _warnings(r, how, method)
    if plot is not None:
        r["plot"] = str(plot_result(r, plot))
    return _finite(r)


def _finite(v):
    """Plain floats, and None for an estimate that could not be made (NaN): the output is strict JSON."""
    if isinstance(v, dict):
        return {k: _finite(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [_finite(x) for x in v]
    if isinstance(v, (float, np.floating)):
        return float(v) if np.isfinite(v) else None
    if isinstance(v, np.integer):
        return int(v)
    return v


def plot_result(r: dict, target, *, labels: dict | None = None):
    """The event study (DiD: effect by month from the start, with 95% intervals) or the gap (synth),
    as a PNG written to ``target`` (a path, or a binary file object); ``labels`` overrides the
    English axis and legend texts (keys ``x``, ``y``, ``effect``, ``interval``, ``gap``)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    text = {"x": "months from the start", "y": f"{r['outcome'].replace('_', ' ')} per area-month",
            "effect": "effect", "interval": "95% interval", "gap": "treated minus synthetic"} | (labels or {})
    fig, ax = plt.subplots(figsize=(7, 3.6), dpi=120)
    if r["method"] == "did":
        es = r["event_study"]
        e = np.array([x["e"] for x in es])
        ax.fill_between(e, [x["ci_low"] for x in es], [x["ci_high"] for x in es], color="#9ecae1", alpha=0.6,
                        label=text["interval"])
        ax.plot(e, [x["att"] for x in es], "o-", color="#08519c", ms=3, label=text["effect"])
    else:
        gap = np.array(r["gap"])
        ax.plot(np.arange(len(gap)) - r["n_pre"], gap, color="#08519c", label=text["gap"])
    ax.axhline(0, color="#444", lw=0.8)
    ax.axvline(-0.5, color="#b00", lw=0.8, ls="--")
    ax.set_xlabel(text["x"])
    ax.set_ylabel(text["y"])
    ax.set_title(f"{r['program_id']}: {r['method']}", fontsize=9)
    ax.legend(fontsize=7, loc="upper left")
    fig.tight_layout()
    if isinstance(target, (str, Path)):
        target = Path(target)
    fig.savefig(target, format="png", metadata={"Software": None})
    plt.close(fig)
    return target
