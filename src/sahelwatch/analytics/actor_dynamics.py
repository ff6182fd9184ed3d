"""Actor dynamics: geographic expansion, rivalry between groups, lineage-aware series.

Actors are the canonical ids of ``actor1_ids`` and ``actor2_ids`` (an event
involves every id on either side). A *lineage* maps a successor id to the ids of
its predecessors, e.g. ``{"jnim": ["ansar_dine", "aqim", "al_mourabitoun",
"katiba_macina"]}``; when given, the predecessors' events count as the
successor's ("roll up"), so JNIM's series starts with Ansar Dine's history. The
ids themselves never change: the roll-up happens only in the analysis, only when
asked. Pass the registry's lineage (``sahelwatch.actors``) or any mapping.
"""

from __future__ import annotations

from typing import Iterable, Mapping

import numpy as np
import pandas as pd

from ..errors import UsageError
from ._frame import (
    event_dates,
    explode_ids,
    fatalities,
    period_range,
    period_start,
    require,
    unit_key,
)

Lineage = Mapping[str, Iterable[str]]


def _rollup_map(lineage: Lineage | None) -> dict[str, str]:
    if not lineage:
        return {}
    out: dict[str, str] = {}
    for successor, preds in lineage.items():
        for p in preds:
            if p == successor:
                continue
            if p in out and out[p] != successor:
                raise UsageError(f"lineage gives {p!r} two successors: {out[p]!r} and {successor!r}")
            out[p] = successor
    # follow chains (a -> b -> c) to the last successor
    for p in list(out):
        seen = {p}
        s = out[p]
        while s in out:
            if s in seen:
                raise UsageError(f"lineage has a cycle through {s!r}")
            seen.add(s)
            s = out[s]
        out[p] = s
    return out


def actor_events(df: pd.DataFrame, *, lineage: Lineage | None = None) -> pd.DataFrame:
    """One row per (event, actor id) with the id rolled up along ``lineage``.

    Columns: ``row`` (the event's index in ``df``), ``actor_id``, ``source_id`` (the id
    before roll-up), ``side``. An event where two ids roll up into one counts once.
    """
    require(df, ["actor1_ids", "actor2_ids"], "actor events")
    ex = explode_ids(df, ["actor1_ids", "actor2_ids"])
    roll = _rollup_map(lineage)
    ex = ex.assign(source_id=ex["actor_id"], actor_id=ex["actor_id"].map(lambda a: roll.get(a, a)))
    return ex.drop_duplicates(["row", "actor_id"]).reset_index(drop=True)


def actor_series(
    df: pd.DataFrame,
    actors: Iterable[str] | None = None,
    freq: str = "quarter",
    *,
    lineage: Lineage | None = None,
) -> pd.DataFrame:
    """Events and fatalities per period for each actor (rolled up along ``lineage``)."""
    require(df, ["event_date", "fatalities_best", "actor1_ids", "actor2_ids"], "actor series")
    ex = actor_events(df, lineage=lineage)
    if actors is not None:
        ex = ex[ex["actor_id"].isin(set(actors))]
    cols = ["period", "actor_id", "events", "fatalities"]
    if ex.empty:
        return pd.DataFrame(columns=cols)
    dates = event_dates(df)
    ex = ex.assign(period=period_start(dates.loc[ex["row"]].reset_index(drop=True), freq).to_numpy(),
                   fatalities=fatalities(df).loc[ex["row"]].to_numpy(), events=1)
    g = ex.groupby(["period", "actor_id"])[["events", "fatalities"]].sum()
    periods = period_range(period_start(dates, freq).min(), period_start(dates, freq).max(), freq)
    g = g.reindex(pd.MultiIndex.from_product([periods, sorted(ex["actor_id"].unique())], names=["period", "actor_id"]),
                  fill_value=0)
    return g.reset_index()[cols]


def expansion(
    df: pd.DataFrame,
    actors: Iterable[str] | None = None,
    freq: str = "quarter",
    *,
    unit: str = "admin2",
    lineage: Lineage | None = None,
) -> pd.DataFrame:
    """Per actor and period: units where it was active, units new to it, and its cumulative reach.

    A unit is *new* in the period of the actor's first event there in the frame (so
    filter the frame's start date with care: the first period shows every unit as new).
    Columns: ``period, actor_id, units_active, new_units, cumulative_units, new_unit_names``.
    """
    require(df, ["event_date", "actor1_ids", "actor2_ids", unit], "expansion")
    ex = actor_events(df, lineage=lineage)
    if actors is not None:
        ex = ex[ex["actor_id"].isin(set(actors))]
    cols = ["period", "actor_id", "units_active", "new_units", "cumulative_units", "new_unit_names"]
    if ex.empty:
        return pd.DataFrame(columns=cols)
    dates = event_dates(df)
    key = unit_key(df, unit, "expansion")
    ex = ex.assign(period=period_start(dates.loc[ex["row"]].reset_index(drop=True), freq).to_numpy(),
                   unit=key.loc[ex["row"]].to_numpy()).dropna(subset=["unit"])
    first = ex.groupby(["actor_id", "unit"])["period"].min().rename("first").reset_index()
    active = ex.groupby(["period", "actor_id"])["unit"].nunique().rename("units_active")
    new = first.groupby(["first", "actor_id"]).agg(new_units=("unit", "size"),
                                                   new_unit_names=("unit", lambda u: "; ".join(sorted(u))))
    new.index = new.index.set_names(["period", "actor_id"])
    periods = period_range(period_start(dates, freq).min(), period_start(dates, freq).max(), freq)
    full = pd.MultiIndex.from_product([periods, sorted(ex["actor_id"].unique())], names=["period", "actor_id"])
    out = pd.concat([active, new], axis=1).reindex(full)
    out["units_active"] = out["units_active"].fillna(0).astype(int)
    out["new_units"] = out["new_units"].fillna(0).astype(int)
    out["new_unit_names"] = out["new_unit_names"].fillna("")
    out["cumulative_units"] = out.groupby(level="actor_id")["new_units"].cumsum()
    return out.reset_index()[cols]


def rivalry(
    df: pd.DataFrame,
    a: str = "jnim",
    b: str = "isgs",
    freq: str = "quarter",
    *,
    lineage: Lineage | None = None,
) -> pd.DataFrame:
    """Events between ``a`` and ``b`` (one on each side) per period, with fatalities.

    With the default ids this is the JNIM - Islamic State Sahel confrontation
    (ISGS, later IS Sahel Province, under the id ``isgs``). Columns ``period, events,
    fatalities, a_initiated, b_initiated`` (``actor1`` is the initiator in ACLED's coding).
    """
    require(df, ["event_date", "fatalities_best", "actor1_ids", "actor2_ids"], "rivalry")
    if a == b:
        raise UsageError("rivalry needs two different actors")
    roll = _rollup_map(lineage)

    def has(col: str, who: str) -> pd.Series:
        return df[col].map(lambda ids: ids is not None and not isinstance(ids, float)
                           and any(roll.get(i, i) == who for i in ids))

    a1, a2, b1, b2 = has("actor1_ids", a), has("actor2_ids", a), has("actor1_ids", b), has("actor2_ids", b)
    between = (a1 & b2) | (b1 & a2)
    dates = event_dates(df)
    work = pd.DataFrame({
        "period": period_start(dates, freq),
        "events": between.astype(int),
        "fatalities": np.where(between, fatalities(df), 0),
        "a_initiated": (a1 & b2).astype(int),
        "b_initiated": (b1 & a2 & ~(a1 & b2)).astype(int),
    })
    cols = ["period", "events", "fatalities", "a_initiated", "b_initiated"]
    if work.empty:
        return pd.DataFrame(columns=cols)
    g = work.groupby("period")[cols[1:]].sum()
    g = g.reindex(period_range(work["period"].min(), work["period"].max(), freq), fill_value=0)
    g.index.name = "period"
    out = g.reset_index()
    out.attrs.update(a=a, b=b)
    return out


def registry_lineage(actor_ids: Iterable[str], until=None) -> dict[str, list[str]]:
    """The lineage mapping of ``actor_ids`` from the actor registry (:mod:`sahelwatch.actors`).

    Each id maps to the predecessors whose history rolls into it (registry's
    ``expand_lineage``). Raises :class:`UsageError` when the registry is unavailable.
    """
    try:
        from ..actors.registry import expand_lineage
    except ImportError as e:
        raise UsageError(f"the actor registry is not available for lineage roll-up: {e}") from e
    return {a: sorted(set(expand_lineage([a], until=until)) - {a}) for a in actor_ids}
