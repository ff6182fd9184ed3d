"""Early-warning alerts: subnational surges, fatality highs and a group's new presence.

Each alert is a frozen :class:`Alert` that says why it fired: the value, the
threshold it crossed and a sentence with the numbers. Every function takes the
reference date ``as_of`` from its caller (never the wall clock), and only looks at
events dated on or before it, so a past situation replays exactly.

Rules (the thresholds are arguments; these are the defaults)
-------------------------------------------------------------
``surge``
    Following ACLED's subnational surge tracker: the events of the last 7 days
    (``as_of`` - 6 .. ``as_of``) are at least ``ratio`` (2) times the weekly average
    of the 4 weeks before (``as_of`` - 34 .. ``as_of`` - 7), and at least
    ``min_events`` (3). The minimum keeps a unit that goes from 0 or 1 event a
    month to 2 events in a week from firing: the threshold is
    ``max(ratio * baseline, min_events)``.
``fatalities_1y_high`` / ``fatalities_3y_high``
    As HDX Signals does for ACLED: the fatalities of the last 30 days exceed every
    30-day total that ended in the 1 (or 3) years before that window (windows ending
    ``as_of`` - 365 .. ``as_of`` - 30, so none overlaps the current one), and number at
    least ``min_fatalities`` (10). A lookback is only judged when the data cover it
    (``data_start`` <= its first day); when both hold, only the 3-year alert is given.
``new_presence``
    An armed group (an actor id on a side whose ACLED inter code is a rebel group,
    political or identity militia, by default) has an event in an admin2 unit in the
    last ``window_days`` (7) and had none there in the 365 days before that window.
    Judged only when the data cover those 365 days.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Iterable, Mapping, Sequence

import numpy as np
import pandas as pd

from ..errors import UsageError
from ._frame import (
    ARMED_GROUP_INTER,
    as_timestamp,
    event_dates,
    fatalities,
    require,
    unit_codes,
    unit_key,
    unit_values,
)

SURGE = "surge"
FATALITIES_1Y_HIGH = "fatalities_1y_high"
FATALITIES_3Y_HIGH = "fatalities_3y_high"
NEW_PRESENCE = "new_presence"
KINDS = (SURGE, FATALITIES_1Y_HIGH, FATALITIES_3Y_HIGH, NEW_PRESENCE)
#: every column :func:`alerts` reads, with its default units or a surge unit of admin1 (a caller reading the
#: events from a store reads only these: the whole row, notes and sources included, took most of the time)
COLUMNS = ("event_date", "fatalities_best", "country", "iso3", "admin1", "admin2", "actor1_ids", "actor2_ids",
           "inter1", "inter2")


@dataclass(frozen=True, slots=True)
class Alert:
    """One alert and why it fired."""

    kind: str  # one of KINDS
    unit: str  # the unit key, e.g. "MLI/Mopti/Bandiagara", or "jnim@MLI/Gao/Ansongo" for new presence
    date: dt.date  # the as_of date of the check
    value: float  # the observed value (events in the week, fatalities in 30 days, events of the group)
    threshold: float  # surge/new presence: the value reached it; fatality highs: the value exceeded it (the prior high)
    reason: str  # a sentence with the numbers

    def to_dict(self) -> dict:
        return asdict(self)


def surge_alerts(
    df: pd.DataFrame,
    as_of: dt.date | str,
    *,
    unit: str = "admin2",
    ratio: float = 2.0,
    min_events: int = 3,
    baseline_weeks: int = 4,
) -> list[Alert]:
    """Units whose last 7 days are at least ``ratio`` x the weekly average of the ``baseline_weeks`` before."""
    if ratio <= 0 or min_events < 1 or baseline_weeks < 1:
        raise UsageError("surge needs ratio > 0, min_events >= 1 and baseline_weeks >= 1")
    require(df, ["event_date"], "surge alerts")
    end = as_of_ts = as_timestamp(as_of)
    week_start = end - pd.Timedelta(days=6)
    base_start = week_start - pd.Timedelta(days=7 * baseline_weeks)
    base_end = week_start - pd.Timedelta(days=1)
    require(df, [unit], "surge alerts")
    dates = event_dates(df).to_numpy()
    near = (dates >= base_start.to_datetime64()) & (dates <= end.to_datetime64())
    dates = dates[near]
    codes, labels = unit_codes(df[near], unit, "surge alerts")  # only the 5 weeks that matter
    ok = codes >= 0
    in_last = ok & (dates >= week_start.to_datetime64()) & (dates <= end.to_datetime64())
    in_base = ok & (dates >= base_start.to_datetime64()) & (dates <= base_end.to_datetime64())
    last = np.bincount(codes[in_last], minlength=len(labels))
    base = np.bincount(codes[in_base], minlength=len(labels))
    table = pd.DataFrame({"last": last, "base": base}, index=labels)
    table = table[(table["last"] > 0) & pd.notna(table.index)]
    table["avg"] = table["base"] / baseline_weeks
    table["threshold"] = np.maximum(ratio * table["avg"], min_events)
    hits = table[(table["last"] >= table["threshold"]) & (table["last"] > 0)]
    out = []
    for u, r in hits.sort_values("last", ascending=False).iterrows():
        out.append(
            Alert(
                kind=SURGE,
                unit=str(u),
                date=as_of_ts.date(),
                value=float(r["last"]),
                threshold=float(r["threshold"]),
                reason=(
                    f"{int(r['last'])} events in the 7 days to {as_of_ts.date()} against a weekly average of "
                    f"{r['avg']:.2f} over the {baseline_weeks} weeks before ({int(r['base'])} events); "
                    f"threshold max({ratio:g} x average, {min_events}) = {r['threshold']:.2f}"
                ),
            )
        )
    return out


def fatality_high_alerts(
    df: pd.DataFrame,
    as_of: dt.date | str,
    *,
    unit: str = "country",
    min_fatalities: int = 10,
    data_start: dt.date | str | None = None,
) -> list[Alert]:
    """Units whose 30-day fatality total is higher than any in the 1 or 3 years before."""
    require(df, ["event_date", "fatalities_best"], "fatality-high alerts")
    as_of_ts = as_timestamp(as_of)
    dates = event_dates(df)
    if data_start is None:
        if dates.empty:
            return []
        data_start_ts = dates.min()
    else:
        data_start_ts = as_timestamp(data_start)
    lookbacks = [(FATALITIES_3Y_HIGH, 3 * 365, "3 years"), (FATALITIES_1Y_HIGH, 365, "year")]
    far = as_of_ts - pd.Timedelta(days=3 * 365 + 29)
    keep = ((dates >= far) & (dates <= as_of_ts)).to_numpy()
    key = unit_key(df, unit, "fatality-high alerts")[keep]
    day = ((dates[keep] - far).dt.days).to_numpy()
    fat = fatalities(df).to_numpy()[keep]
    n_days = (as_of_ts - far).days + 1
    out = []
    units = pd.Series(key.to_numpy()).dropna().unique()
    codes = pd.Categorical(key.to_numpy(), categories=units).codes
    ok = codes >= 0
    daily = np.zeros((len(units), n_days))
    np.add.at(daily, (codes[ok], day[ok]), fat[ok])
    csum = np.concatenate([np.zeros((len(units), 1)), np.cumsum(daily, axis=1)], axis=1)
    # rolling 30-day total of the window ending on day index e: csum[e+1] - csum[e-29]
    ends = np.arange(29, n_days)
    roll = csum[:, ends + 1] - csum[:, ends - 29]  # column j is the window ending on day ends[j]
    current = roll[:, -1]
    for i, u in enumerate(units):
        cur = current[i]
        if cur < min_fatalities:
            continue
        for kind, days, label in lookbacks:
            first_end = as_of_ts - pd.Timedelta(days=days)
            if data_start_ts > first_end - pd.Timedelta(days=29):
                continue  # the data do not cover this lookback
            lo = (first_end - far).days - 29  # index into ends
            hi = (as_of_ts - pd.Timedelta(days=30) - far).days - 29
            prior_max = roll[i, lo : hi + 1].max()
            if cur > prior_max:
                out.append(
                    Alert(
                        kind=kind,
                        unit=str(u),
                        date=as_of_ts.date(),
                        value=float(cur),
                        threshold=float(prior_max),  # the value exceeds it (and reaches min_fatalities)
                        reason=(
                            f"{int(cur)} fatalities in the 30 days to {as_of_ts.date()}, above every 30-day "
                            f"total of the {label} before (highest {int(prior_max)}) and at least {min_fatalities}"
                        ),
                    )
                )
                break
    return sorted(out, key=lambda a: -a.value)


def new_presence_alerts(
    df: pd.DataFrame,
    as_of: dt.date | str,
    *,
    unit: str = "admin2",
    window_days: int = 7,
    absence_days: int = 365,
    groups: Iterable[str] | None = None,
    inter_codes: Iterable[int] | None = ARMED_GROUP_INTER,
    data_start: dt.date | str | None = None,
    lineage: Mapping[str, Iterable[str]] | None = None,
) -> list[Alert]:
    """A group's first event in a unit where it had none in the ``absence_days`` before the window.

    ``groups`` restricts the check to these actor ids. ``inter_codes`` keeps only
    the ids on a side whose ACLED inter code is in the set (``None`` keeps all).
    ``lineage`` (successor -> predecessors) counts a predecessor's presence as the
    successor's, so JNIM is not "new" where Ansar Dine was active.
    """
    require(df, ["event_date", "actor1_ids", "actor2_ids"], "new-presence alerts")
    if inter_codes is not None:
        require(df, ["inter1", "inter2"], "new-presence alerts")
    as_of_ts = as_timestamp(as_of)
    win_start = as_of_ts - pd.Timedelta(days=window_days - 1)
    abs_start = win_start - pd.Timedelta(days=absence_days)
    dates = event_dates(df)
    ds = dates.min() if data_start is None else as_timestamp(data_start)
    if dates.empty or ds > abs_start:
        return []
    keep = ((dates >= abs_start) & (dates <= as_of_ts)).to_numpy()
    # one pass in Python over the year's id lists, no frame per step (the exploded frame's joins, filters and
    # groupby had cost most of an alerts answer)
    sides = [df["actor1_ids"].to_numpy()[keep], df["actor2_ids"].to_numpy()[keep]]
    if inter_codes is None:
        allowed = [None, None]
    else:
        codes = set(int(c) for c in inter_codes)
        allowed = [df[c].isin(codes).to_numpy()[keep] for c in ("inter1", "inter2")]
    roll = {}
    if lineage:
        from .actor_dynamics import _rollup_map

        roll = _rollup_map(lineage)
    wanted = None if groups is None else set(groups)
    units = unit_values(df, unit, "new-presence alerts", keep)
    recent_day = (dates.to_numpy()[keep] >= win_start.to_datetime64())
    seen: set = set()
    recent: dict = {}
    for i in range(len(units)):
        u = units[i]
        actors = set()
        for lists, ok in zip(sides, allowed):
            ids = lists[i]
            if ids is None or (isinstance(ids, float) and np.isnan(ids)) or (ok is not None and not ok[i]):
                continue
            for a in ids:
                if a == "" if isinstance(a, str) else pd.isna(a):
                    continue
                a = roll.get(a, a)
                if wanted is None or a in wanted:
                    actors.add(a)
        if u is None or not actors:
            continue
        if recent_day[i]:
            for a in actors:
                recent[(a, u)] = recent.get((a, u), 0) + 1
        else:
            seen.update((a, u) for a in actors)
    out = []
    for (actor, u), n in sorted(recent.items()):
        if (actor, u) in seen:
            continue
        out.append(
            Alert(
                kind=NEW_PRESENCE,
                unit=f"{actor}@{u}",
                date=as_of_ts.date(),
                value=float(n),
                threshold=1.0,
                reason=(
                    f"{actor}: {n} event(s) in {u} between {win_start.date()} and {as_of_ts.date()}, "
                    f"none there in the {absence_days} days before (since {abs_start.date()})"
                ),
            )
        )
    return out


def alerts(
    df: pd.DataFrame,
    as_of: dt.date | str,
    *,
    kinds: Sequence[str] = KINDS,
    surge_unit: str = "admin2",
    fatality_unit: str = "country",
    presence_unit: str = "admin2",
) -> list[Alert]:
    """All alerts of ``kinds`` at ``as_of``, surges first, each group sorted by value."""
    unknown = set(kinds) - set(KINDS)
    if unknown:
        raise UsageError(f"unknown alert kind(s) {sorted(unknown)}; known: {', '.join(KINDS)}")
    if "event_date" in df.columns:  # the dates read once for the three checks, not once in each
        df = df.assign(event_date=event_dates(df))
    out: list[Alert] = []
    if SURGE in kinds:
        out += surge_alerts(df, as_of, unit=surge_unit)
    if FATALITIES_1Y_HIGH in kinds or FATALITIES_3Y_HIGH in kinds:
        out += [a for a in fatality_high_alerts(df, as_of, unit=fatality_unit) if a.kind in kinds]
    if NEW_PRESENCE in kinds:
        out += new_presence_alerts(df, as_of, unit=presence_unit)
    return out


def surge_history(
    df: pd.DataFrame,
    start: dt.date | str,
    end: dt.date | str,
    *,
    step_days: int = 7,
    **kwargs,
) -> list[Alert]:
    """Surge alerts at every ``step_days`` from ``start`` to ``end`` (to look back at what would have fired)."""
    s, e = as_timestamp(start), as_timestamp(end)
    out: list[Alert] = []
    for d in pd.date_range(s, e, freq=f"{step_days}D"):
        out += surge_alerts(df, d, **kwargs)
    return out
