"""Humanitarian impact: violence joined with Cadre Harmonisé phases, population and schools.

Joins are by admin2: on ``admin2_pcode`` when both sides have it, else on the
folded name (``Ségou`` = ``segou``); the units that found no partner are listed
in the result, never dropped silently.

Cadre Harmonisé (:func:`food_insecurity_association`)
    For every *current* CH analysis of an admin2 unit (the rows the file flags for
    use), violence is counted in the ``window_months`` (6) that end ``lag`` months
    before the analysis' reference period starts (lag 0 = the 6 months just before).
    Violence is political-violence events per 100,000 people (the CH population of
    the unit). For each lag, the association with the share of people in phase 3
    or worse is given two ways: Spearman's rank correlation with a 95% interval from
    a cluster bootstrap (admin2 units resampled, ``n_boot`` = 1,000, seeded), and the
    slope of the share on log(1 + events per 100k) with period fixed effects and
    admin2-clustered standard errors. Associations only: food insecurity and
    violence share causes (drought, displacement, markets), and both are reported
    with more care in some areas than others.
Schools (:func:`schools_association`)
    Per admin2, the share of schools closed for insecurity in the registry against
    violence per 100,000 people in the ``months`` (12) before ``as_of`` (default: the
    last event of the frame), Spearman with a cluster bootstrap interval. The
    registry is one snapshot, so there is no lag structure; say so when reporting it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Sequence

import numpy as np
import pandas as pd
from scipy import stats

from ..errors import UsageError
from ._frame import (
    VIOLENT_EVENT_TYPES,
    as_timestamp,
    event_dates,
    fatalities,
    norm_name,
    require,
)

CAVEATS = (
    "associations, not effects: drought, displacement and market shocks drive both violence and food insecurity",
    "reporting of violence and CH coverage are uneven across units and years",
    "units are joined by P-code, else by folded name; unmatched units are listed and left out",
)


@dataclass(frozen=True, slots=True)
class Association:
    measure: str  # spearman | fe_slope
    lag_months: int
    estimate: float
    low: float
    high: float
    n_obs: int
    n_units: int
    method: str


@dataclass(frozen=True, slots=True)
class HumanitarianResult:
    panel: pd.DataFrame = field(repr=False)
    associations: tuple[Association, ...]
    unmatched_events_units: tuple[str, ...]  # admin2 of the events with no partner on the other side
    unmatched_context_units: tuple[str, ...]
    caveats: tuple[str, ...] = CAVEATS
    #: the context files read: file, read (= kept + rejected), kept, rejected
    inputs: tuple[dict, ...] = ()
    #: the quarantine CSV of the rejected context records (None when none was rejected)
    quarantine: str | None = None

    def associations_frame(self) -> pd.DataFrame:
        from dataclasses import asdict

        return pd.DataFrame([asdict(a) for a in self.associations])


def _violent(df: pd.DataFrame) -> pd.DataFrame:
    require(df, ["event_date", "event_type", "fatalities_best", "admin2"], "humanitarian joins")
    v = df[df["event_type"].isin(VIOLENT_EVENT_TYPES)]
    key = v["admin2_norm"] if "admin2_norm" in v.columns and v["admin2_norm"].notna().any() else v["admin2"]
    out = pd.DataFrame({
        "date": event_dates(v),
        "admin2_norm": key.map(norm_name),
        "admin2_pcode": v["admin2_pcode"] if "admin2_pcode" in v.columns else None,
        "fatalities": fatalities(v),
    })
    return out


def _join_key(events: pd.DataFrame, ctx: pd.DataFrame) -> tuple[str, pd.Series, pd.Series]:
    if (events["admin2_pcode"].notna().any() if "admin2_pcode" in events else False) and ctx["admin2_pcode"].notna().any():
        return "admin2_pcode", events["admin2_pcode"], ctx["admin2_pcode"]
    return "admin2_norm", events["admin2_norm"], ctx["admin2_norm"]


def cluster_bootstrap_spearman(x, y, groups, *, n_boot: int = 1000, seed: int = 0) -> tuple[float, float, float]:
    """Spearman's rho with a 95% percentile interval from resampling whole groups."""
    x, y, groups = np.asarray(x, float), np.asarray(y, float), np.asarray(groups)
    rho = stats.spearmanr(x, y).statistic
    uniq = np.unique(groups)
    idx = {g: np.nonzero(groups == g)[0] for g in uniq}
    rng = np.random.default_rng(seed)
    draws = []
    for _ in range(n_boot):
        pick = rng.choice(uniq, size=len(uniq), replace=True)
        ii = np.concatenate([idx[g] for g in pick])
        if np.ptp(x[ii]) == 0 or np.ptp(y[ii]) == 0:
            continue
        draws.append(stats.spearmanr(x[ii], y[ii]).statistic)
    if len(draws) < n_boot // 2:
        return float(rho), float("nan"), float("nan")
    lo, hi = np.percentile(draws, [2.5, 97.5])
    return float(rho), float(lo), float(hi)


def food_insecurity_association(
    events: pd.DataFrame,
    ch: pd.DataFrame,
    *,
    lags_months: Sequence[int] = (0, 6, 12),
    window_months: int = 6,
    n_boot: int = 1000,
    seed: int = 0,
    universe: str = "context",
) -> HumanitarianResult:
    """Lagged association of violence with Cadre Harmonisé phase 3+ shares (see the module doc).

    ``ch`` is :func:`sahelwatch.sources.context.read_cadre_harmonise`'s frame; only its
    ``current`` rows flagged for use are taken, and only its periods that the events
    cover (the CH period's window lies within the events' first and last dates).

    ``universe`` says which units enter: ``context`` (the default) takes every CH unit,
    counting a unit without any event as zero violence (right when the events cover
    the whole country, as ACLED does), except units whose name is an events unit
    plus a qualifier (CH's ``Koro accessible`` / ``Koro limitedaccess`` splits), which
    are left out; ``events`` keeps only the CH units that match an events unit.
    The units counted as zero are listed in ``unmatched_context_units``.
    """
    if universe not in ("context", "events"):
        raise UsageError("universe must be 'context' or 'events'")
    require(ch, ["admin2_pcode", "admin2_norm", "population", "share_phase35", "chtype", "period_start", "use"],
            "food-insecurity association")
    if window_months < 1 or any(l < 0 for l in lags_months):
        raise UsageError("window_months must be >= 1 and lags >= 0")
    ev = _violent(events)
    cur = ch[(ch["chtype"] == "current") & ch["use"] & ch["population"].notna() & (ch["population"] > 0)].copy()
    name, ev_key, ch_key = _join_key(ev, cur)
    ev = ev.assign(key=ev_key)
    cur = cur.assign(key=ch_key)
    ev_units, ch_units = set(ev["key"].dropna()), set(cur["key"].dropna())
    split = {u for u in ch_units - ev_units if any(str(u).startswith(f"{e} ") for e in ev_units)}
    keep_units = (ch_units & ev_units) if universe == "events" else (ch_units - split)
    cur = cur[cur["key"].isin(keep_units)]
    first, last = ev["date"].min(), ev["date"].max()
    rows = []
    for lag in lags_months:
        for r in cur.itertuples(index=False):
            end = pd.Timestamp(r.period_start) - pd.DateOffset(months=lag)
            start = end - pd.DateOffset(months=window_months)
            if start < first or end > last + pd.Timedelta(days=1):
                continue
            rows.append((lag, r.key, r.admin2, r.exercise, pd.Timestamp(r.period_start), start, end, float(r.population),
                         float(r.share_phase35)))
    panel = pd.DataFrame(rows, columns=["lag_months", "key", "admin2", "exercise", "period_start", "window_start",
                                        "window_end", "population", "share_phase35"])
    if not panel.empty:
        # count events per (unit, window) with one sorted pass per unit
        counts, fats = [], []
        by_unit = {k: g["date"].sort_values().to_numpy() for k, g in ev.groupby("key")}
        fat_unit = {k: g.sort_values("date")["fatalities"].to_numpy() for k, g in ev.groupby("key")}
        for k, s, e in zip(panel["key"], panel["window_start"], panel["window_end"]):
            d = by_unit.get(k)
            if d is None:
                counts.append(0)
                fats.append(0)
                continue
            lo, hi = np.searchsorted(d, np.datetime64(s), "left"), np.searchsorted(d, np.datetime64(e), "left")
            counts.append(hi - lo)
            fats.append(int(fat_unit[k][lo:hi].sum()))
        panel["events"] = counts
        panel["fatalities"] = fats
        panel["events_per_100k"] = panel["events"] / panel["population"] * 1e5
    assoc = []
    for lag in lags_months:
        p = panel[panel["lag_months"] == lag] if not panel.empty else panel
        if len(p) < 10 or p["key"].nunique() < 5:
            continue
        rho, lo, hi = cluster_bootstrap_spearman(p["events_per_100k"], p["share_phase35"], p["key"], n_boot=n_boot,
                                                 seed=seed)
        assoc.append(Association("spearman", lag, rho, lo, hi, len(p), p["key"].nunique(),
                                 f"Spearman rho, cluster bootstrap over admin2 ({n_boot} draws) 95% CI"))
        import statsmodels.formula.api as smf

        d = p.assign(x=np.log1p(p["events_per_100k"]), period=p["exercise"].astype(str))
        try:
            fit = smf.ols("share_phase35 ~ x + C(period)", data=d).fit(cov_type="cluster",
                                                                       cov_kwds={"groups": pd.factorize(d["key"])[0]})
            b, (l, h) = float(fit.params["x"]), fit.conf_int().loc["x"].tolist()
            assoc.append(Association("fe_slope", lag, b, float(l), float(h), len(d), d["key"].nunique(),
                                     "OLS share_phase35 ~ log1p(events per 100k) + period FE, admin2-clustered 95% CI"))
        except (np.linalg.LinAlgError, ValueError) as e:  # a degenerate panel: report why
            assoc.append(Association("fe_slope", lag, float("nan"), float("nan"), float("nan"), len(d),
                                     d["key"].nunique(), f"not estimable: {e}"))
    return HumanitarianResult(
        panel=panel.rename(columns={"key": name}),
        associations=tuple(assoc),
        unmatched_events_units=tuple(sorted(ev_units - ch_units)),
        unmatched_context_units=tuple(sorted(ch_units - ev_units)),
        caveats=CAVEATS + ((f"CH units split by access and left out: {', '.join(sorted(split))}",) if split else ())
        + ((f"CH units with no event in the frame, counted as zero violence: "
            f"{', '.join(sorted(keep_units - ev_units))}",) if keep_units - ev_units else ()),
    )


def schools_association(
    events: pd.DataFrame,
    schools_by_unit: pd.DataFrame,
    population: pd.DataFrame,
    *,
    as_of: dt.date | str | None = None,
    months: int = 12,
    n_boot: int = 1000,
    seed: int = 0,
) -> HumanitarianResult:
    """Share of schools closed for insecurity against violence per 100k in the ``months`` to ``as_of``.

    ``schools_by_unit`` is :func:`sahelwatch.sources.context.schools_by_admin2`'s frame,
    ``population`` :func:`sahelwatch.sources.context.read_population`'s.
    """
    require(schools_by_unit, ["admin2_norm", "schools", "share_closed_insecurity"], "schools association")
    require(population, ["admin2_norm", "population"], "schools association")
    ev = _violent(events)
    end = as_timestamp(as_of) if as_of is not None else ev["date"].max()
    start = end - pd.DateOffset(months=months)
    win = ev[(ev["date"] > start) & (ev["date"] <= end)]
    counts = win.groupby("admin2_norm").size()
    units = schools_by_unit.merge(population[["admin2_norm", "population"]], on="admin2_norm", how="left")
    ev_units = set(ev["admin2_norm"].dropna())
    panel = units[units["population"].notna() & (units["population"] > 0)].copy()
    panel["events"] = panel["admin2_norm"].map(counts).fillna(0).astype(int)
    panel["events_per_100k"] = panel["events"] / panel["population"] * 1e5
    panel["window_start"], panel["window_end"] = start, end
    assoc = []
    if len(panel) >= 5:
        rho, lo, hi = cluster_bootstrap_spearman(panel["events_per_100k"], panel["share_closed_insecurity"],
                                                 panel["admin2_norm"], n_boot=n_boot, seed=seed)
        assoc.append(Association("spearman", 0, rho, lo, hi, len(panel), len(panel),
                                 f"Spearman rho, bootstrap over admin2 ({n_boot} draws) 95% CI; "
                                 f"violence {start.date()} to {end.date()}"))
    sch_units = set(schools_by_unit["admin2_norm"].dropna())
    caveats = CAVEATS + ("the school registry is one snapshot; if it postdates the events, the association "
                         "mixes periods",)
    return HumanitarianResult(panel=panel, associations=tuple(assoc),
                              unmatched_events_units=tuple(sorted(ev_units - sch_units)),
                              unmatched_context_units=tuple(sorted(sch_units - set(population["admin2_norm"]))),
                              caveats=caveats)


def _quarantined(result: HumanitarianResult, read: list[tuple[str, pd.DataFrame]],
                 quarantine_dir) -> HumanitarianResult:
    """``result`` with the counts of the context files read, their rejects written to the quarantine CSV."""
    from dataclasses import replace
    from pathlib import Path

    from ..ingest import Quarantine

    inputs = tuple({"file": str(path), "read": df.attrs["read"], "kept": len(df),
                    "rejected": len(df.attrs["rejects"])} for path, df in read)
    if quarantine_dir is None or not any(i["rejected"] for i in inputs):
        return replace(result, inputs=inputs)
    quarantine = Quarantine(Path(quarantine_dir))
    for path, df in read:
        quarantine.add(Path(path), list(df.attrs["rejects"]))
    return replace(result, inputs=inputs, quarantine=quarantine.path)


def food_insecurity_report(events: pd.DataFrame, ch_path, *, iso3: str | None = None, quarantine_dir=None,
                           **kwargs) -> HumanitarianResult:
    """Read a Cadre Harmonisé file and run :func:`food_insecurity_association` on it; its rejected records
    go to a quarantine CSV in ``quarantine_dir``."""
    from ..sources.context import read_cadre_harmonise

    ch = read_cadre_harmonise(ch_path, iso3=iso3)
    return _quarantined(food_insecurity_association(events, ch, **kwargs), [(ch_path, ch)], quarantine_dir)


def schools_report(events: pd.DataFrame, schools_path, population_path, *, quarantine_dir=None,
                   **kwargs) -> HumanitarianResult:
    """Read the school registry and population files and run :func:`schools_association`; their rejected
    records go to a quarantine CSV in ``quarantine_dir``."""
    from ..sources.context import read_population, read_schools, schools_by_admin2

    schools, population = read_schools(schools_path), read_population(population_path)
    return _quarantined(schools_association(events, schools_by_admin2(schools), population, **kwargs),
                        [(schools_path, schools), (population_path, population)], quarantine_dir)
