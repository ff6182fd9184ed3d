"""The human-rights view: violence against civilians, arrests and abductions by who commits them.

Perpetrators are classed by ACLED's inter code of ``actor1`` (the side that acts
in ACLED's coding of violence against civilians, arrests and abductions):

- ``state_forces``: inter 1 (Mali's army, police, gendarmerie, government);
- ``foreign_forces``: inter 8 (external forces: France, MINUSMA, foreign armies,
  Wagner / Africa Corps, as ACLED codes them);
- ``armed_groups``: inter 2, 3, 4 (rebel groups, political and identity militias,
  including the jihadist groups);
- ``other``: everything else (unidentified, rioters, protesters, civilians).

Civilian deaths are the fatalities of events of type *Violence against civilians*
or with ``target_category`` ``civilians``: ACLED counts only civilian deaths in the
former, and cannot split civilian from combatant deaths in battles, so battles
are not counted here.
Mass-casualty events are such events with at least ``threshold`` (default 10)
deaths. Notes are scanned for summary-execution cues in French and English
(``analytics/data/execution_cues.yaml``); a *strong* cue names a summary or
extrajudicial execution, a *weak* one ("executed") needs reading.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..errors import UsageError
from ._frame import (
    ARMED_GROUP_INTER,
    EXTERNAL_INTER,
    STATE_INTER,
    event_dates,
    fatalities,
    period_start,
    require,
)
from ._reference import execution_cues

VAC = "Violence against civilians"
ARRESTS = "Arrests"
ABDUCTION = "Abduction/forced disappearance"
CLASSES = ("state_forces", "foreign_forces", "armed_groups", "other")


def perpetrator_class(df: pd.DataFrame) -> pd.Series:
    """``state_forces`` / ``foreign_forces`` / ``armed_groups`` / ``other`` from ``inter1``."""
    require(df, ["inter1"], "perpetrator class")
    inter = pd.to_numeric(df["inter1"], errors="coerce")
    out = np.select(
        [inter.isin(STATE_INTER), inter.isin(EXTERNAL_INTER), inter.isin(ARMED_GROUP_INTER)],
        ["state_forces", "foreign_forces", "armed_groups"],
        default="other",
    )
    return pd.Series(out, index=df.index, name="perpetrator_class")


def _civilian_targeted(df: pd.DataFrame) -> pd.Series:
    return (df["event_type"] == VAC) | (df["target_category"] == "civilians")


def abuses_by_perpetrator(df: pd.DataFrame, freq: str = "year") -> pd.DataFrame:
    """Per period and perpetrator class: violence against civilians, civilian deaths, arrests, abductions.

    Every period from the first to the last event appears for every class (zeros when none).
    """
    require(df, ["event_date", "event_type", "sub_event_type", "inter1", "fatalities_best", "target_category"],
            "human-rights view")
    cols = ["period", "perpetrator_class", "civilian_events", "civilian_deaths", "arrests", "abductions"]
    if df.empty:
        return pd.DataFrame(columns=cols)
    civ = _civilian_targeted(df)
    work = pd.DataFrame(
        {
            "period": period_start(event_dates(df), freq),
            "perpetrator_class": perpetrator_class(df),
            "civilian_events": civ.astype(int),
            "civilian_deaths": np.where(civ, fatalities(df), 0),
            "arrests": (df["sub_event_type"] == ARRESTS).astype(int),
            "abductions": (df["sub_event_type"] == ABDUCTION).astype(int),
        }
    )
    g = work.groupby(["period", "perpetrator_class"]).sum()
    from ._frame import period_range

    periods = period_range(work["period"].min(), work["period"].max(), freq)
    g = g.reindex(pd.MultiIndex.from_product([periods, CLASSES], names=["period", "perpetrator_class"]), fill_value=0)
    return g.reset_index()[cols]


def mass_casualty_events(df: pd.DataFrame, threshold: int = 10) -> pd.DataFrame:
    """Events on civilians with at least ``threshold`` deaths, deadliest first, with the perpetrator class."""
    if threshold < 1:
        raise UsageError("the mass-casualty threshold must be at least 1")
    require(df, ["event_id", "event_date", "event_type", "target_category", "fatalities_best", "inter1", "actor1",
                 "admin1", "admin2", "location", "notes"], "mass-casualty flags")
    fat = fatalities(df)
    hit = df[_civilian_targeted(df) & (fat >= threshold)].copy()
    hit["civilian_deaths"] = fat[hit.index]
    hit["perpetrator_class"] = perpetrator_class(hit)
    hit["threshold"] = threshold
    cols = ["event_id", "event_date", "admin1", "admin2", "location", "actor1", "perpetrator_class",
            "civilian_deaths", "threshold", "notes"]
    return hit.sort_values(["civilian_deaths", "event_date"], ascending=[False, True])[cols].reset_index(drop=True)


def execution_flags(df: pd.DataFrame, *, include_weak: bool = True) -> pd.DataFrame:
    """Events whose notes carry a summary-execution cue (French or English).

    Returns ``event_id, event_date, admin1, admin2, actor1, perpetrator_class, fatalities,
    strength, cues, notes``; ``strength`` is ``strong`` when any strong cue matched.
    """
    require(df, ["event_id", "event_date", "notes", "inter1", "actor1", "admin1", "admin2", "fatalities_best"],
            "execution flags")
    notes = df["notes"].fillna("").astype(str)
    cues = [c for c in execution_cues() if include_weak or c.strength == "strong"]
    matched = pd.Series([[] for _ in range(len(df))], index=df.index, dtype=object)
    strong = pd.Series(False, index=df.index)
    for c in cues:
        m = notes.str.contains(c.pattern, regex=True)
        for i in m[m].index:
            matched[i] = matched[i] + [c.pattern.pattern]
        if c.strength == "strong":
            strong |= m
    hit = matched.map(len) > 0
    out = df.loc[hit, ["event_id", "event_date", "admin1", "admin2", "actor1", "notes"]].copy()
    out["perpetrator_class"] = perpetrator_class(df.loc[hit])
    out["fatalities"] = fatalities(df.loc[hit])
    out["strength"] = np.where(strong[hit], "strong", "weak")
    out["cues"] = matched[hit].map(lambda v: "; ".join(v))
    cols = ["event_id", "event_date", "admin1", "admin2", "actor1", "perpetrator_class", "fatalities", "strength",
            "cues", "notes"]
    return out[cols].sort_values(["strength", "event_date"]).reset_index(drop=True)
