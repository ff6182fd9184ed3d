"""Cross-border spillover: border and Liptako-Gourma shares, cross-border actors, a diffusion test.

Border share
    The share of events within ``km`` (50) of an international border (``border_km``,
    from the store's geography) and in the Liptako-Gourma area
    (``liptako_gourma``), per period.
Cross-border actors
    Actor ids with events in more than one country, with their events per country
    and how many of them lie near a border.
Diffusion test (:func:`diffusion_test`)
    On a PRIO-GRID cell x month panel: does violence in a cell raise the chance of
    violence next month in neighbouring cells across the border, compared with
    neighbouring cells inside the same country? The panel holds every cell with at
    least one event in the frame (the observed universe), every month from the first
    to the last event; a cell's country is the most frequent ``iso3`` of its events.
    For the cells that have at least one queen neighbour in the same country *and*
    one in another country (border cells), a logistic regression of
    ``any event in the cell at t+1`` on ``own event at t``, ``any event at t in a
    same-country neighbour`` and ``any event at t in a cross-border neighbour``, with
    standard errors clustered by cell (cluster-robust sandwich), gives odds ratios
    with 95% intervals, and the ratio of the cross-border to the within-country odds
    ratio with its own interval (from the clustered covariance). A cross/within ratio
    above 1 whose interval excludes 1 says that cross-border neighbours carry more
    diffusion than domestic ones. It is an association, not a causal effect: common
    shocks (seasons, offensives) and reporting that differs between countries also
    move it, and a frame that holds only one country's events cannot estimate it.
"""

from __future__ import annotations

import logging
import warnings
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ._frame import event_dates, explode_ids, period_range, period_start, require
from .hotspots import PRIO_COLS, cell_ids

log = logging.getLogger(__name__)


def border_share(df: pd.DataFrame, freq: str = "year", *, km: float = 50.0) -> pd.DataFrame:
    """Per period: events, events within ``km`` of a border and in Liptako-Gourma, and their shares.

    Events without a border distance are counted in ``border_unknown`` and left out of
    the border share's denominator.
    """
    require(df, ["event_date", "border_km", "liptako_gourma"], "border share")
    cols = ["period", "events", "near_border", "border_unknown", "share_near_border", "liptako_gourma",
            "share_liptako_gourma"]
    if df.empty:
        return pd.DataFrame(columns=cols)
    bkm = pd.to_numeric(df["border_km"], errors="coerce")
    lg = df["liptako_gourma"].astype("boolean").fillna(False).astype(bool)
    work = pd.DataFrame({
        "period": period_start(event_dates(df), freq),
        "events": 1,
        "near_border": (bkm <= km).astype(int),
        "border_unknown": bkm.isna().astype(int),
        "liptako_gourma": lg.astype(int),
    })
    g = work.groupby("period")[["events", "near_border", "border_unknown", "liptako_gourma"]].sum()
    g = g.reindex(period_range(work["period"].min(), work["period"].max(), freq), fill_value=0)
    g.index.name = "period"
    known = g["events"] - g["border_unknown"]
    g["share_near_border"] = g["near_border"] / known.where(known > 0)
    g["share_liptako_gourma"] = g["liptako_gourma"] / g["events"].where(g["events"] > 0)
    out = g.reset_index()[cols]
    out.attrs["km"] = km
    return out


def cross_border_actors(df: pd.DataFrame, *, km: float = 50.0, min_events: int = 1) -> pd.DataFrame:
    """Actor ids active in two or more countries (at least ``min_events`` in each).

    Columns: ``actor_id, countries`` (``;``-joined ISO3 codes), ``n_countries``, ``events``,
    ``events_by_country`` (``MLI:12; BFA:3``), ``near_border`` (events within ``km`` of a
    border), ``first_date``, ``last_date``.
    """
    require(df, ["event_date", "iso3", "actor1_ids", "actor2_ids", "border_km"], "cross-border actors")
    ex = explode_ids(df, ["actor1_ids", "actor2_ids"]).drop_duplicates(["row", "actor_id"])
    cols = ["actor_id", "countries", "n_countries", "events", "events_by_country", "near_border", "first_date",
            "last_date"]
    if ex.empty:
        return pd.DataFrame(columns=cols)
    dates = event_dates(df)
    ex = ex.assign(iso3=df["iso3"].loc[ex["row"]].to_numpy(), date=dates.loc[ex["row"]].to_numpy(),
                   near=(pd.to_numeric(df["border_km"], errors="coerce") <= km).loc[ex["row"]].to_numpy())
    ex = ex.dropna(subset=["iso3"])
    per = ex.groupby(["actor_id", "iso3"]).size().rename("n").reset_index()
    per = per[per["n"] >= min_events]
    multi = per.groupby("actor_id").filter(lambda g: len(g) >= 2)
    rows = []
    for actor, g in multi.groupby("actor_id"):
        g = g.sort_values("n", ascending=False)
        e = ex[ex["actor_id"] == actor]
        rows.append({
            "actor_id": actor,
            "countries": ";".join(g["iso3"]),
            "n_countries": len(g),
            "events": len(e),
            "events_by_country": "; ".join(f"{c}:{n}" for c, n in zip(g["iso3"], g["n"])),
            "near_border": int(e["near"].sum()),
            "first_date": e["date"].min().date(),
            "last_date": e["date"].max().date(),
        })
    return pd.DataFrame(rows, columns=cols).sort_values("events", ascending=False, ignore_index=True)


@dataclass(frozen=True, slots=True)
class OddsRatio:
    estimate: float
    low: float
    high: float
    p: float


@dataclass(frozen=True, slots=True)
class DiffusionResult:
    """The cross-border diffusion test and what it rests on."""

    estimable: bool
    reason: str  # why it could not be estimated, or a one-line reading of the result
    cells: int  # border cells in the regression
    observations: int  # cell-months
    months: int
    outcome_rate: float  # share of cell-months with an event at t+1
    own: OddsRatio | None
    within: OddsRatio | None  # same-country neighbour active at t
    cross: OddsRatio | None  # cross-border neighbour active at t
    cross_vs_within: OddsRatio | None  # the ratio of the two odds ratios
    method: str = "logit, cluster-robust (by cell) 95% CI"
    caveats: tuple[str, ...] = (
        "association, not a causal effect: common shocks and offensives move neighbours together",
        "reporting density differs between countries; a country covered less makes cross-border links look weaker",
        "the universe is the cells with at least one event in the frame; quiet cells never observed are left out",
    )


def _neighbours(gids: np.ndarray) -> list[np.ndarray]:
    index = {g: i for i, g in enumerate(gids)}
    offs = [dr * PRIO_COLS + dc for dr in (-1, 0, 1) for dc in (-1, 0, 1) if (dr, dc) != (0, 0)]
    return [np.array([index[g + o] for o in offs if g + o in index], dtype=int) for g in gids]


def diffusion_test(df: pd.DataFrame, *, min_cells: int = 5) -> DiffusionResult:
    """Does violence spread more across borders than within countries? (see the module doc)."""
    require(df, ["event_date", "iso3"], "diffusion test")
    cells_all = cell_ids(df)
    keep = cells_all.notna() & df["iso3"].notna()
    sub = df[keep].assign(priogrid_gid=cells_all[keep].astype("int64"))

    def empty(reason: str, cells=0, obs=0, months=0, rate=float("nan")) -> DiffusionResult:
        return DiffusionResult(False, reason, cells, obs, months, rate, None, None, None, None)

    if sub.empty:
        return empty("no event with both a grid cell and a country")
    gid = sub["priogrid_gid"].astype("int64").to_numpy()
    month = period_start(event_dates(sub), "month")
    months = period_range(month.min(), month.max(), "month")
    if len(months) < 3:
        return empty("fewer than 3 months of data", months=len(months))
    cells = np.unique(gid)
    country = pd.DataFrame({"gid": gid, "iso3": sub["iso3"].to_numpy()}).groupby("gid")["iso3"].agg(
        lambda s: s.value_counts().index[0])
    iso = country.reindex(cells).to_numpy()
    ci = {g: i for i, g in enumerate(cells)}
    mi = {m: i for i, m in enumerate(months)}
    active = np.zeros((len(cells), len(months)), dtype=bool)
    active[[ci[g] for g in gid], [mi[m] for m in month]] = True
    nbs = _neighbours(cells)
    within_nb = [n[iso[n] == iso[i]] for i, n in enumerate(nbs)]
    cross_nb = [n[iso[n] != iso[i]] for i, n in enumerate(nbs)]
    border = np.array([len(w) > 0 and len(c) > 0 for w, c in zip(within_nb, cross_nb)])
    if border.sum() < min_cells:
        return empty(
            f"only {int(border.sum())} cells have neighbours both inside and across a border "
            f"(need {min_cells}); the frame needs events on both sides of a border",
            cells=int(border.sum()), months=len(months),
        )
    T = len(months) - 1
    rows_y, rows_own, rows_w, rows_c, groups = [], [], [], [], []
    for i in np.nonzero(border)[0]:
        rows_y.append(active[i, 1:])
        rows_own.append(active[i, :-1])
        rows_w.append(active[within_nb[i], :-1].any(axis=0))
        rows_c.append(active[cross_nb[i], :-1].any(axis=0))
        groups.append(np.full(T, i))
    y = np.concatenate(rows_y).astype(float)
    X = np.column_stack([np.ones_like(y), np.concatenate(rows_own), np.concatenate(rows_w), np.concatenate(rows_c)]).astype(float)
    g = np.concatenate(groups)
    n_cells, n_obs = int(border.sum()), len(y)
    rate = float(y.mean())
    if y.min() == y.max() or np.any(X[:, 1:].std(axis=0) == 0):
        return empty("the outcome or an exposure never varies in the border cells", n_cells, n_obs, T, rate)
    import statsmodels.api as sm
    from statsmodels.tools import sm_exceptions as smx

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            fit = sm.Logit(y, X).fit(disp=0, cov_type="cluster", cov_kwds={"groups": g}, maxiter=200)
        except (smx.PerfectSeparationError, np.linalg.LinAlgError, ValueError) as e:  # separation, singular design
            log.warning("diffusion test not estimable: the logistic regression failed: %s", e)
            return empty(f"the logistic regression failed: {e}", n_cells, n_obs, T, rate)
    b = np.asarray(fit.params)
    V = np.asarray(fit.cov_params())
    # statsmodels warns, and returns estimates, when the fit did not converge or the outcome is separated
    trouble = sorted({str(w.message).split(". ")[0] for w in caught if issubclass(
        w.category, (smx.ConvergenceWarning, smx.PerfectSeparationWarning, smx.HessianInversionWarning))})
    if trouble or not fit.mle_retvals.get("converged", True) or not (np.isfinite(b).all() and np.isfinite(V).all()) \
            or (np.diag(V) < 0).any():
        why = "; ".join(trouble) or "no finite estimates"
        log.warning("diffusion test not estimable: the logistic regression did not converge (%s)", why)
        return empty(f"the logistic regression did not converge ({why}): its odds ratios would mean nothing",
                     n_cells, n_obs, T, rate)
    from scipy import stats

    def orat(est: float, se: float) -> OddsRatio:
        z = est / se if se > 0 else float("nan")
        return OddsRatio(float(np.exp(est)), float(np.exp(est - 1.96 * se)), float(np.exp(est + 1.96 * se)),
                         float(2 * stats.norm.sf(abs(z))))

    se = np.sqrt(np.diag(V))
    diff = b[3] - b[2]
    se_diff = float(np.sqrt(V[3, 3] + V[2, 2] - 2 * V[2, 3]))
    cvw = orat(diff, se_diff)
    if cvw.low > 1:
        reading = "cross-border neighbours raise next month's risk more than same-country neighbours"
    elif cvw.high < 1:
        reading = "same-country neighbours raise next month's risk more than cross-border neighbours"
    else:
        reading = "no clear difference between cross-border and same-country neighbours"
    return DiffusionResult(True, reading, n_cells, n_obs, T, rate, orat(b[1], se[1]), orat(b[2], se[2]),
                           orat(b[3], se[3]), cvw)


@dataclass(frozen=True, slots=True)
class SpilloverReport:
    border_share: pd.DataFrame
    cross_border_actors: pd.DataFrame
    diffusion: DiffusionResult
    km: float


def spillover_report(df: pd.DataFrame, freq: str = "year", *, km: float = 50.0) -> SpilloverReport:
    """The three spillover analyses on one frame."""
    return SpilloverReport(border_share(df, freq, km=km), cross_border_actors(df, km=km), diffusion_test(df), km)
