"""Trends and composition: counts, fatalities, lethality and civilian targeting per period.

Every series is complete: periods without events appear with zero events, so a
chart or a rate never skips a quiet week. Rows whose ``by`` value is missing are
kept under the label ``"(unknown)"`` rather than dropped, so totals add up.

Definitions
-----------
- *events*: rows of the frame (one per event; filter the store as you need).
- *fatalities*: the sum of ``fatalities_best``; an unknown count adds 0.
- *lethality*: fatalities per event in the period (NaN when there is no event).
- *civilian events*: events whose ``target_category`` is ``civilians``. Events whose
  target category is not coded are counted in ``target_unknown`` and kept out of the
  share's denominator, so a gap in coding shows instead of lowering the share.
- *civilian share*: civilian events / events with a coded target category, among
  political-violence events (battles, explosions/remote violence, violence against
  civilians), as in ACLED's political-violence filter.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np
import pandas as pd

from ..errors import UsageError
from ._frame import (
    VIOLENT_EVENT_TYPES,
    event_dates,
    factorize_labels,
    fatalities,
    period_range,
    period_start,
    require,
)

UNKNOWN = "(unknown)"


def _by_columns(by: str | Sequence[str] | None) -> list[str]:
    if by is None:
        return []
    if isinstance(by, str):
        return [by]
    return list(by)


def trends(
    df: pd.DataFrame,
    freq: str = "month",
    by: str | Sequence[str] | None = None,
    *,
    complete: bool = True,
) -> pd.DataFrame:
    """Events, fatalities, lethality and civilian targeting per period (and per ``by`` value).

    Returns one row per (period, by...) with columns ``period`` (first day of the
    week/month/quarter/year), the ``by`` columns, ``events``, ``fatalities``,
    ``fatalities_per_event``, ``violent_events``, ``civilian_events``,
    ``target_unknown`` and ``civilian_share``.
    With ``complete``, every combination of period (from the first to the last event)
    and ``by`` value is present, with zeros where nothing happened.
    """
    by_cols = _by_columns(by)
    require(df, ["event_date", "fatalities_best", "event_type", "target_category", *by_cols], "trends")
    out_cols = ["period", *by_cols, "events", "fatalities", "fatalities_per_event", "violent_events",
                "civilian_events", "target_unknown", "civilian_share"]
    if df.empty:
        return pd.DataFrame({c: pd.Series(dtype="float64") for c in out_cols})
    keys = ["period", *by_cols]
    dates = event_dates(df)
    violent = df["event_type"].isin(VIOLENT_EVENT_TYPES).to_numpy()
    target = df["target_category"]
    measures = {
        "events": None,
        "fatalities": fatalities(df).to_numpy().astype("float64"),
        "violent_events": violent.astype("float64"),
        "civilian_events": (violent & (target == "civilians").to_numpy()).astype("float64"),
        "target_unknown": (violent & target.isna().to_numpy()).astype("float64"),
    }
    # one integer key per (period, by...) and np.bincount: much faster than a groupby on objects
    pvals = period_start(dates, freq).to_numpy()
    pcodes, puniq = pd.factorize(pvals, sort=True)
    combined = pcodes.astype("int64")
    level_labels = []
    for c in by_cols:
        codes, labels = factorize_labels(df[c], missing=UNKNOWN)
        combined = combined * len(labels) + codes
        level_labels.append(labels)
    size = len(puniq)
    for labels in level_labels:
        size *= len(labels)
    sums = {k: np.bincount(combined, weights=w, minlength=size) for k, w in measures.items()}
    shape = [len(puniq)] + [len(l) for l in level_labels]
    index = pd.MultiIndex.from_product([pd.DatetimeIndex(puniq)] + [pd.Index(l) for l in level_labels],
                                       names=keys) if by_cols else pd.Index(pd.DatetimeIndex(puniq), name="period")
    g = pd.DataFrame({k: v.reshape(shape).ravel() for k, v in sums.items()}, index=index)
    if not complete:
        g = g[g["events"] > 0]
    else:
        periods = period_range(pd.Timestamp(puniq[0]), pd.Timestamp(puniq[-1]), freq)
        if by_cols:
            levels = [periods] + [sorted(l, key=str) for l in level_labels]
            full = pd.MultiIndex.from_product(levels, names=keys)
        else:
            full = pd.Index(periods, name="period")
        g = g.reindex(full, fill_value=0)
    g = g.astype({"events": "int64", "violent_events": "int64", "civilian_events": "int64",
                  "target_unknown": "int64"})
    g = g.reset_index()
    g["fatalities"] = g["fatalities"].round().astype("int64")  # sums of integer counts
    g["fatalities_per_event"] = np.where(g["events"] > 0, g["fatalities"] / g["events"].where(g["events"] > 0, 1), np.nan)
    coded = g["violent_events"] - g["target_unknown"]
    g["civilian_share"] = np.where(coded > 0, g["civilian_events"] / coded.where(coded > 0, 1), np.nan)
    return g[out_cols]


def composition(
    df: pd.DataFrame,
    by: str,
    freq: str = "month",
    *,
    weight: str = "events",
) -> pd.DataFrame:
    """Each ``by`` value's share of the period's events (or fatalities) as a wide table.

    Rows are periods, columns the ``by`` values (missing values as ``"(unknown)"``);
    each row sums to 1 when the period has any event or fatality, and is NaN otherwise.
    """
    if weight not in ("events", "fatalities"):
        raise UsageError(f"weight must be 'events' or 'fatalities', not {weight!r}")
    t = trends(df, freq=freq, by=by)
    wide = t.pivot(index="period", columns=by, values=weight).fillna(0)
    total = wide.sum(axis=1)
    return wide.div(total.where(total > 0), axis=0)


def lethality(df: pd.DataFrame, freq: str = "month", by: str | Sequence[str] | None = None) -> pd.DataFrame:
    """Fatalities per event per period (a thin view of :func:`trends`)."""
    t = trends(df, freq=freq, by=by)
    return t[["period", *_by_columns(by), "events", "fatalities", "fatalities_per_event"]]


def civilian_share(df: pd.DataFrame, freq: str = "month", by: str | Sequence[str] | None = None) -> pd.DataFrame:
    """Share of political violence aimed at civilians per period (a thin view of :func:`trends`)."""
    t = trends(df, freq=freq, by=by)
    return t[["period", *_by_columns(by), "violent_events", "civilian_events", "target_unknown", "civilian_share"]]
