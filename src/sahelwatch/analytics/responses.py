"""Responses and partners: events involving MINUSMA, French forces, Takuba, Wagner / Africa Corps
and the G5 Sahel Joint Force, and violence before and after their deployment or withdrawal.

Partners and their milestones live in ``analytics/data/partner_forces.yaml`` with
their sources. An event involves a partner when one of the partner's actor ids is
in ``actor1_ids``/``actor2_ids``, or when ``actor1``, ``actor2`` or an associated
actor matches the partner's pattern (so the analysis works before actor
resolution, and catches partners named only as associated actors).

Before / after (:func:`before_after`)
    The *areas concerned* are the admin2 units where the partner has at least one
    event in the window after a deployment (or before a withdrawal), unless the
    caller gives them. In those areas, and in the rest of the same countries as a
    comparison, it counts political-violence events, their fatalities and the
    events aimed at civilians in the ``window_days`` before the milestone and the
    ``window_days`` from it. Each comparison has an after/before rate ratio with a
    95% interval (Poisson, log scale, +0.5 when a count is zero), and the areas'
    ratio is divided by the comparison's (a difference-in-differences on the log
    scale). The caveats travel with the result.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from typing import Iterable

import numpy as np
import pandas as pd

from ..errors import UsageError
from ._frame import (
    VIOLENT_EVENT_TYPES,
    as_timestamp,
    event_dates,
    fatalities,
    period_range,
    period_start,
    require,
    unit_key,
)
from ._reference import Partner, partner_forces

CAVEATS = (
    "areas are chosen where the partner operated, which is where violence already was: regression to the mean "
    "and selection bias push the after/before ratio in either direction",
    "a partner's presence changes reporting (more sources, more access), not only violence",
    "other events in the same windows (coups, offensives, other deployments, the rainy season) are not controlled for",
    "intervals assume Poisson counts; conflict counts are overdispersed, so the true intervals are wider, "
    "and fatality intervals are the least reliable",
    "the comparison is the rest of the same countries, which the partner may also have affected",
)


def partners() -> dict[str, Partner]:
    """The curated partner forces (key -> :class:`Partner`)."""
    return partner_forces()


def _involves(df: pd.DataFrame, p: Partner) -> pd.Series:
    hit = pd.Series(False, index=df.index)
    ids = set(p.actor_ids)
    for col in ("actor1_ids", "actor2_ids"):
        if col in df.columns and ids:
            hit |= df[col].map(lambda v: v is not None and not isinstance(v, float) and bool(ids.intersection(v)))
    for col in ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2"):
        if col in df.columns:
            hit |= df[col].fillna("").astype(str).str.contains(p.actor_pattern, regex=True)
    return hit


def _partner(key: str) -> Partner:
    ps = partner_forces()
    if key not in ps:
        raise UsageError(f"unknown partner {key!r}; known: {', '.join(sorted(ps))}")
    return ps[key]


def partner_events(df: pd.DataFrame, keys: Iterable[str] | None = None) -> pd.DataFrame:
    """One row per (event, partner) for the events involving each partner: ``event_id, partner`` and the event columns."""
    require(df, ["event_id", "actor1", "actor2"], "partner events")
    parts = []
    for k in (keys or sorted(partner_forces())):
        m = _involves(df, _partner(k))
        parts.append(df[m].assign(partner=k))
    return pd.concat(parts, ignore_index=True) if parts else df.iloc[0:0].assign(partner=None)


def partner_trends(df: pd.DataFrame, freq: str = "year", keys: Iterable[str] | None = None) -> pd.DataFrame:
    """Events and fatalities involving each partner per period (zeros filled)."""
    require(df, ["event_date", "fatalities_best", "actor1", "actor2"], "partner trends")
    keys = list(keys or sorted(partner_forces()))
    if df.empty:
        return pd.DataFrame(columns=["period", "partner", "events", "fatalities"])
    dates = event_dates(df)
    per = period_start(dates, freq)
    rows = []
    for k in keys:
        m = _involves(df, _partner(k)).to_numpy()
        g = pd.DataFrame({"period": per[m], "events": 1, "fatalities": fatalities(df)[m]}).groupby("period").sum()
        g = g.reindex(period_range(per.min(), per.max(), freq), fill_value=0)
        g.index.name = "period"
        rows.append(g.reset_index().assign(partner=k))
    return pd.concat(rows, ignore_index=True)[["period", "partner", "events", "fatalities"]]


@dataclass(frozen=True, slots=True)
class Comparison:
    metric: str  # events | fatalities | civilian_events
    group: str  # areas | rest
    before: int
    after: int
    ratio: float
    low: float
    high: float


@dataclass(frozen=True, slots=True)
class BeforeAfter:
    partner: str
    kind: str  # deployment | withdrawal
    date: dt.date
    window_days: int
    areas: tuple[str, ...]
    area_rule: str
    comparisons: tuple[Comparison, ...]
    difference_in_differences: tuple[Comparison, ...]  # ratio of the areas' ratio to the rest's
    covered: bool  # the data span both windows
    source: str
    caveats: tuple[str, ...] = field(default=CAVEATS)

    def to_frame(self) -> pd.DataFrame:
        from dataclasses import asdict

        return pd.DataFrame([asdict(c) for c in self.comparisons + self.difference_in_differences])


def _rate_ratio(before: float, after: float) -> tuple[float, float, float]:
    if before == 0 and after == 0:
        return float("nan"), float("nan"), float("nan")
    a, b = (after, before) if after > 0 and before > 0 else (after + 0.5, before + 0.5)
    r = a / b
    se = math.sqrt(1 / a + 1 / b)
    return r, r * math.exp(-1.96 * se), r * math.exp(1.96 * se)


def before_after(
    df: pd.DataFrame,
    partner: str,
    *,
    milestone: str | int = 0,
    window_days: int = 365,
    areas: Iterable[str] | None = None,
    unit: str = "admin2",
) -> BeforeAfter:
    """Violence before and after a partner's milestone in the areas concerned and in the rest.

    ``milestone`` is the index of the partner's milestone in the reference file or
    its kind (``deployment``/``withdrawal``, the first of that kind). ``areas`` are
    unit keys as :func:`sahelwatch.analytics._frame.unit_key` makes them
    (``MLI/Gao/Ansongo``) or plain unit names.
    """
    require(df, ["event_date", "event_type", "fatalities_best", "target_category", "actor1", "actor2", unit],
            "before/after comparison")
    if window_days < 7:
        raise UsageError("window_days must be at least 7")
    p = _partner(partner)
    if isinstance(milestone, str):
        ms = [m for m in p.milestones if m.kind == milestone]
        if not ms:
            raise UsageError(f"{partner} has no {milestone} milestone")
        m = ms[0]
    else:
        if not 0 <= milestone < len(p.milestones):
            raise UsageError(f"{partner} has milestones 0..{len(p.milestones) - 1}")
        m = p.milestones[milestone]
    d = as_timestamp(m.date)
    w = pd.Timedelta(days=window_days)
    dates = event_dates(df)
    key = unit_key(df, unit, "before/after comparison")
    before = ((dates >= d - w) & (dates < d)).to_numpy()
    after = ((dates >= d) & (dates < d + w)).to_numpy()
    covered = bool(len(dates)) and dates.min() <= d - w and dates.max() >= d + w - pd.Timedelta(days=1)
    if areas is None:
        involved = _involves(df, p).to_numpy()
        window = after if m.kind == "deployment" else before
        chosen = set(key[involved & window].dropna())
        rule = (f"{unit} units with at least one event involving {partner} in the {window_days} days "
                f"{'from' if m.kind == 'deployment' else 'before'} {m.date}")
    else:
        wanted = set(areas)
        chosen = {k for k in key.dropna().unique() if k in wanted or str(k).rsplit("/", 1)[-1] in wanted}
        rule = "given by the caller"
    in_area = key.isin(chosen).to_numpy()
    if "iso3" in df.columns and chosen:
        countries = set(df.loc[in_area, "iso3"].dropna())
        rest = (~in_area) & df["iso3"].isin(countries).to_numpy() & key.notna().to_numpy()
    else:
        rest = (~in_area) & key.notna().to_numpy()
    violent = df["event_type"].isin(VIOLENT_EVENT_TYPES).to_numpy()
    fat = fatalities(df).to_numpy()
    civ = (df["target_category"] == "civilians").to_numpy()
    comps = []
    for metric, vals in (("events", violent.astype(int)), ("fatalities", np.where(violent, fat, 0)),
                         ("civilian_events", (violent & civ).astype(int))):
        per_group = {}
        for group, mask in (("areas", in_area), ("rest", rest)):
            b = int(vals[mask & before].sum())
            a = int(vals[mask & after].sum())
            r, lo, hi = _rate_ratio(b, a)
            per_group[group] = (b, a)
            comps.append(Comparison(metric, group, b, a, r, lo, hi))
    did = []
    for metric in ("events", "fatalities", "civilian_events"):
        (b1, a1), (b2, a2) = [(c.before, c.after) for c in comps if c.metric == metric]
        if b1 + a1 == 0 or b2 + a2 == 0:
            did.append(Comparison(metric, "areas_vs_rest", b1 + b2, a1 + a2, float("nan"), float("nan"), float("nan")))
            continue
        vals = [v if min(b1, a1, b2, a2) > 0 else v + 0.5 for v in (b1, a1, b2, a2)]
        r = (vals[1] / vals[0]) / (vals[3] / vals[2])
        se = math.sqrt(sum(1 / v for v in vals))
        did.append(Comparison(metric, "areas_vs_rest", b1 + b2, a1 + a2, r, r * math.exp(-1.96 * se),
                              r * math.exp(1.96 * se)))
    extra = ()
    if not covered:
        extra += ("the data do not cover both windows in full: counts near the edge of the data are truncated",)
    if not chosen:
        extra += (f"no event involves {partner} in the window, so there is no area to compare "
                  "(is the partner named in these events? pass areas= to choose them)",)
    return BeforeAfter(
        partner=partner, kind=m.kind, date=d.date(), window_days=window_days, areas=tuple(sorted(chosen)),
        area_rule=rule, comparisons=tuple(comps), difference_in_differences=tuple(did), covered=covered,
        source=m.source,
        caveats=CAVEATS + extra,
    )
