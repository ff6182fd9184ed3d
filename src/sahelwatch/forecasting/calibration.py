"""Is P(any fatal event) = 0.3 right three times in ten? Reliability tables and diagrams.

:func:`reliability` bins forecast probabilities (equal-width bins on [0, 1]) and
compares each bin's mean forecast with the observed share of unit-months that
saw a death. :func:`plot_reliability` draws the diagram of a backtest, one panel
per horizon and one line per model, with the count of forecasts per bin.
"""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

import numpy as np
import pandas as pd


def reliability(p: np.ndarray, outcome: np.ndarray, n_bins: int = 10) -> pd.DataFrame:
    """One row per non-empty bin: ``bin_low, bin_high, p_mean, observed, n``."""
    p = np.asarray(p, dtype=float)
    o = np.asarray(outcome, dtype=float)
    edges = np.linspace(0.0, 1.0, n_bins + 1)
    which = np.clip(np.searchsorted(edges, p, side="right") - 1, 0, n_bins - 1)
    rows = []
    for b in range(n_bins):
        m = which == b
        if m.any():
            rows.append(
                {"bin_low": edges[b], "bin_high": edges[b + 1], "p_mean": float(p[m].mean()),
                 "observed": float(o[m].mean()), "n": int(m.sum())}
            )
    return pd.DataFrame(rows, columns=["bin_low", "bin_high", "p_mean", "observed", "n"])


def expected_calibration_error(p: np.ndarray, outcome: np.ndarray, n_bins: int = 10) -> float:
    """Mean absolute gap between forecast and observed frequency, weighted by bin size."""
    t = reliability(p, outcome, n_bins)
    if t.empty:
        return float("nan")
    return float((t["n"] * (t["p_mean"] - t["observed"]).abs()).sum() / t["n"].sum())


def plot_reliability(
    records: pd.DataFrame,
    path: str | Path,
    *,
    models: Sequence[str] | None = None,
    horizons: Sequence[int] | None = None,
    n_bins: int = 10,
    title: str | None = None,
) -> Path:
    """Write a reliability diagram (PNG) of backtest ``records`` (see :class:`.BacktestResult`)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    if records.empty:
        raise ValueError("no forecasts to plot")
    models = list(models or dict.fromkeys(records["model"]))
    horizons = list(horizons or sorted(records["horizon"].unique()))
    fig, axes = plt.subplots(
        2, len(horizons), figsize=(4.2 * len(horizons), 5.6), squeeze=False,
        gridspec_kw={"height_ratios": [3, 1]}, sharex=True,
    )
    for j, h in enumerate(horizons):
        ax, hist = axes[0, j], axes[1, j]
        ax.plot([0, 1], [0, 1], color="0.6", lw=1, ls="--", label="perfect")
        for model in models:
            g = records[(records["model"] == model) & (records["horizon"] == h)]
            if g.empty:
                continue
            t = reliability(g["p_any"].to_numpy(), (g["y"] > 0).to_numpy(), n_bins)
            ece = expected_calibration_error(g["p_any"].to_numpy(), (g["y"] > 0).to_numpy(), n_bins)
            (line,) = ax.plot(t["p_mean"], t["observed"], marker="o", ms=3, lw=1.4 if model == "sahelwatch" else 0.9,
                              label=f"{model} (ECE {ece:.3f})")
            hist.bar((t["bin_low"] + t["bin_high"]) / 2, t["n"], width=1.0 / n_bins * 0.9, alpha=0.35,
                     color=line.get_color())
        ax.set_title(f"horizon {h} month{'s' if h > 1 else ''}")
        ax.set_xlim(0, 1)
        ax.set_ylim(0, 1)
        ax.set_ylabel("observed share with a fatality")
        ax.legend(fontsize=7, loc="upper left")
        hist.set_yscale("log")
        hist.set_xlabel("forecast P(any fatal event)")
        hist.set_ylabel("forecasts")
    if title:
        fig.suptitle(title)
    fig.tight_layout()
    out = Path(path)
    fig.savefig(out, dpi=110)
    plt.close(fig)
    return out
