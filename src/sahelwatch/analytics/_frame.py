"""What every analysis shares: column checks, date handling, time bins and unit keys.

Analyses are pure functions over an events DataFrame with the columns of
:data:`sahelwatch.model.EVENT_COLUMNS` plus the derived columns the store adds.
Each one names the columns it needs; :func:`require` fails with a message that
names every missing column, so a broken contract never turns into a silent zero.
"""

from __future__ import annotations

import datetime as dt
from typing import Iterable, Sequence

import numpy as np
import pandas as pd

from ..errors import UsageError
from ..folding import join_key

#: ACLED inter codes, grouped as the analyses use them.
STATE_INTER = frozenset({1})  # state forces (Mali's army, police, government)
EXTERNAL_INTER = frozenset({8})  # external / other forces (France, MINUSMA, foreign armies, Wagner)
ARMED_GROUP_INTER = frozenset({2, 3, 4})  # rebel groups, political militias, identity militias

#: Sub-event types that count as political violence (ACLED's "political violence" filter:
#: battles, explosions/remote violence, violence against civilians; not protests, riots
#: or strategic developments).
VIOLENT_EVENT_TYPES = frozenset(
    {"Battles", "Explosions/Remote violence", "Violence against civilians"}
)


class MissingColumnsError(UsageError):
    """The events frame lacks columns an analysis needs."""

    def __init__(self, analysis: str, missing: Sequence[str]):
        self.analysis = analysis
        self.missing = tuple(missing)
        super().__init__(
            f"{analysis} needs the column(s) {', '.join(self.missing)}, "
            "which the events frame does not have"
        )


def require(df: pd.DataFrame, columns: Iterable[str], analysis: str) -> None:
    """Raise :class:`MissingColumnsError` naming every column of ``columns`` not in ``df``."""
    if not isinstance(df, pd.DataFrame):
        raise UsageError(f"{analysis} expects a pandas DataFrame of events, got {type(df).__name__}")
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise MissingColumnsError(analysis, missing)


def event_dates(df: pd.DataFrame) -> pd.Series:
    """``event_date`` as ``datetime64[ns]`` (midnight), whatever the store gave (date32, str, datetime)."""
    s = df["event_date"]
    if not pd.api.types.is_datetime64_any_dtype(s):
        s = pd.to_datetime(s, errors="raise")
    if getattr(s.dt, "tz", None) is not None:
        s = s.dt.tz_localize(None)
    return s.dt.normalize()


def as_timestamp(d: dt.date | str | pd.Timestamp) -> pd.Timestamp:
    try:
        ts = pd.Timestamp(d)
    except (TypeError, ValueError) as e:
        raise UsageError(f"not a date: {d!r}") from e
    if ts is pd.NaT:
        raise UsageError(f"not a date: {d!r}")
    return ts.normalize().tz_localize(None) if ts.tzinfo else ts.normalize()


def fatalities(df: pd.DataFrame) -> pd.Series:
    """Best fatality estimate with unknown as 0 (an unknown count adds nothing to a sum)."""
    return pd.to_numeric(df["fatalities_best"], errors="coerce").fillna(0).astype("int64")


FREQS = {"week": "W-SUN", "month": "MS", "quarter": "QS", "year": "YS"}


def period_start(dates: pd.Series, freq: str) -> pd.Series:
    """The first day of each date's period: ISO week (Monday), calendar month, quarter or year."""
    v = dates.to_numpy(dtype="datetime64[ns]")
    if freq == "week":
        days = v.astype("datetime64[D]")
        # 1970-01-01 was a Thursday: (days + 3) % 7 is 0 on Mondays
        out = days - ((days.astype("int64") + 3) % 7).astype("timedelta64[D]")
    elif freq == "month":
        out = v.astype("datetime64[M]")
    elif freq == "quarter":
        m = v.astype("datetime64[M]").astype("int64")
        out = (m - m % 3).astype("datetime64[M]")
    elif freq == "year":
        out = v.astype("datetime64[Y]")
    else:
        raise UsageError(f"unknown period {freq!r}: use one of week, month, quarter, year")
    return pd.Series(out.astype("datetime64[ns]"), index=dates.index, name="period")


def period_range(start: pd.Timestamp, end: pd.Timestamp, freq: str) -> pd.DatetimeIndex:
    if freq == "week":
        return pd.date_range(start, end, freq="7D")
    return pd.date_range(start, end, freq=FREQS[freq])


def explode_ids(df: pd.DataFrame, columns: Sequence[str]) -> pd.DataFrame:
    """One row per (event row index, actor id) from list columns such as ``actor1_ids``.

    Returns a frame with the original index in ``row`` and columns ``actor_id`` and
    ``side`` (the list column it came from). Empty or missing lists give no rows.
    """
    parts = []
    index = df.index.to_numpy()
    for col in columns:
        # one pass in Python over the lists, then numpy (Series.map and Series.explode had cost most of an alerts
        # computation: new presence explodes a year of events)
        lists = [v if v is not None and not (isinstance(v, float) and np.isnan(v)) else () for v in df[col].to_numpy()]
        lengths = np.fromiter((len(v) for v in lists), dtype=np.int64, count=len(lists))
        if not lengths.any():
            continue
        ids = np.empty(int(lengths.sum()), dtype=object)
        ids[:] = [x for v in lists for x in v]
        parts.append(pd.DataFrame({"row": np.repeat(index, lengths), "actor_id": ids, "side": col}))
    if not parts:
        return pd.DataFrame({"row": pd.Series(dtype=df.index.dtype), "actor_id": pd.Series(dtype=object),
                             "side": pd.Series(dtype=object)})
    out = pd.concat(parts, ignore_index=True)
    return out[out["actor_id"].notna() & (out["actor_id"] != "")]


#: Fold a place name for joining: no accents, lower case, single spaces (``Ségou`` -> ``segou``).
norm_name = join_key


def unit_key(df: pd.DataFrame, unit: str, analysis: str) -> pd.Series:
    """The grouping key for an administrative or grid unit.

    ``unit`` is a column name (``admin1``, ``admin2``, ``admin2_pcode``, ``priogrid_gid``,
    ``h3``, ``country`` ...). For ``admin1``/``admin2`` the key is prefixed with the
    country so that units of the same name in two countries stay apart.
    """
    require(df, [unit], analysis)
    key = df[unit]
    if unit in ("admin1", "admin2", "admin1_norm", "admin2_norm") and "iso3" in df.columns:
        parts = [df["iso3"].astype("string").fillna("?")]
        if unit.startswith("admin2") and "admin1" in df.columns:
            parts.append(df["admin1"].astype("string").fillna("?"))
        parts.append(key.astype("string"))
        key = parts[0].str.cat(parts[1:], sep="/")
        key = key.where(df[unit].notna())
    return key


def unit_values(df: pd.DataFrame, unit: str, analysis: str, rows: np.ndarray | None = None) -> np.ndarray:
    """:func:`unit_key` of the ``rows`` (a boolean mask; all when None) as an object array, ``None`` where the
    unit is missing; the country-prefixed keys built once per distinct unit, not once per row."""
    require(df, [unit], analysis)
    admin = unit in ("admin1", "admin2", "admin1_norm", "admin2_norm")
    cols = [c for c in ("iso3", "admin1") if admin and c in df.columns]
    part = df[list(dict.fromkeys(cols + [unit]))]  # cut the key's columns, not the lists of ids
    if rows is not None:
        part = part[rows]
    if admin and "iso3" in df.columns:
        codes, labels = unit_codes(part, unit, analysis)
        out = np.empty(len(codes), dtype=object)
        out[:] = [labels[c] if c >= 0 else None for c in codes]
        return out
    key = unit_key(part, unit, analysis)
    out = key.to_numpy(dtype=object, copy=True)
    out[key.isna().to_numpy()] = None
    return out


def factorize_labels(s: pd.Series, missing: str | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Integer codes and their labels; missing values get the label ``missing`` (or code -1 when None)."""
    if missing is None:
        codes, uniq = pd.factorize(s, sort=False, use_na_sentinel=True)
        return codes, np.asarray(uniq, dtype=object)
    codes, uniq = pd.factorize(s, sort=False, use_na_sentinel=False)
    labels = np.array([missing if (u is None or (isinstance(u, float) and np.isnan(u)) or u is pd.NA) else u
                       for u in uniq], dtype=object)
    return codes, labels


def unit_codes(df: pd.DataFrame, unit: str, analysis: str) -> tuple[np.ndarray, np.ndarray]:
    """Fast form of :func:`unit_key`: integer codes per row (-1 when the unit is missing) and the key labels."""
    require(df, [unit], analysis)
    cols = [unit]
    if unit in ("admin1", "admin2", "admin1_norm", "admin2_norm") and "iso3" in df.columns:
        cols = ["iso3"] + (["admin1"] if unit.startswith("admin2") and "admin1" in df.columns else []) + [unit]
    missing_unit = df[unit].isna().to_numpy()
    combined = np.zeros(len(df), dtype="int64")
    parts = []
    for c in cols:
        codes, labels = factorize_labels(df[c], missing="?")
        combined = combined * len(labels) + codes
        parts.append(labels)
    combined[missing_unit] = -1
    codes, uniq = pd.factorize(combined, sort=False, use_na_sentinel=True)
    # decode each combined code back into its parts
    labels = []
    for u in uniq:
        if u < 0:
            labels.append(None)
            continue
        names = []
        for p in reversed(parts):
            names.append(str(p[u % len(p)]))
            u //= len(p)
        labels.append("/".join(reversed(names)))
    labels = np.array(labels, dtype=object)
    codes = np.where(labels[codes] == None, -1, codes) if len(labels) else codes  # noqa: E711
    return codes, labels
