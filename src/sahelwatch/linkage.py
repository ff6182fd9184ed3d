"""Linkage: records that report the same real event, across sources and releases, become one cluster.

Two records are compared only when their dates and places could be the same event given each
record's *own* precision: a record with month precision may lie anywhere in its month, a record
coded to an admin1 capital may be hundreds of km from the fighting. Each candidate pair gets a
score from four parts, each in [0, 1]:

* **date**: 1 when the date ranges overlap, falling to 0 at the edge of the precision windows;
* **place**: 1 at the same point, 0.5 at the edge of the combined uncertainty radius, 0 at twice it;
* **actors**: compared side by side (actor1 and its associates against the other record's actor1 or,
  crossed, its actor2): a side matches when the two share a specific actor (aliases and lineage
  resolved, so GSIM = JNIM and Ansar Dine ~ JNIM), scores 0.6 when either names only generic actors
  ("unidentified armed group"), and 0 when both name specific actors and none is shared. The score
  is the worse side of the better pairing, so JNIM-vs-army and ISGS-vs-army never link; at 0 the pair
  is never linked;
* **deaths**: 1 - |a - b| / max(a, b, 1) on the best estimates;
* **name**: 1 when both name the same place (accents and case folded), 0 when they name different
  places, 0.5 when one names none.

``score = (0.25 date + 0.25 place + 0.25 actors + 0.15 deaths + 0.1 name) x type`` where ``type`` is 1 for
the same event type, 0.8 for compatible ones (an IED on soldiers is Explosions in ACLED and
state-based violence, coded Battles, in UCDP) and for any two types in two releases of one
source (which recodes its own events: a real-time "Strategic development" becomes a Battle in
the later export), and 0.3 otherwise. Pairs scoring at least
:data:`THRESHOLD` link. Clusters are built greedily from the best link down, and a cluster never
takes two records of the same source and release: by that source's own definition they are
distinct events.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Callable, Iterable, Mapping

import numpy as np
import pandas as pd

from .folding import compact
from .geo.distance import haversine_km
from .model import DATE_PRECISION_DAYS, GEO_PRECISION_KM, DatePrecision, GeoPrecision

THRESHOLD = 0.62
WEIGHTS = {"date": 0.25, "place": 0.25, "actors": 0.25, "deaths": 0.15, "name": 0.10}
#: ids that say nothing about who acted: they never make two records incompatible
GENERIC_ACTORS = frozenset({
    "unidentified_armed_group", "civilians", "protesters", "rioters", "unidentified_communal_militia",
    "private_security", "unidentified", "prisoners", "refugees_idps", "journalists", "humanitarian_workers",
})
_COMPATIBLE_TYPES = {
    frozenset({"Battles", "Explosions/Remote violence"}),
    frozenset({"Violence against civilians", "Explosions/Remote violence"}),
    frozenset({"Battles", "Violence against civilians"}),
    frozenset({"Protests", "Riots"}),
}


@dataclass(frozen=True)
class Link:
    a: str
    b: str
    score: float
    parts: Mapping[str, float]
    why: str

    def explanation(self) -> str:
        return json.dumps({"score": round(self.score, 3), **{k: round(v, 3) for k, v in self.parts.items()},
                           "why": self.why})


@dataclass(frozen=True)
class Linkage:
    links: tuple[Link, ...]  # the links that made the clusters
    clusters: Mapping[str, str]  # event_id -> cluster_id (every record; a lone record is its own)
    candidates: int

    @property
    def n_clusters(self) -> int:
        return len(set(self.clusters.values()))

    @property
    def linked_records(self) -> int:
        sizes = pd.Series(list(self.clusters.values())).value_counts()
        return int(sizes[sizes > 1].sum())


def _days(prec: pd.Series) -> np.ndarray:
    m = {p.value: d for p, d in DATE_PRECISION_DAYS.items()}
    return prec.map(m).fillna(DATE_PRECISION_DAYS[DatePrecision.DAY]).to_numpy(float)


def _radius(prec: pd.Series) -> np.ndarray:
    m = {p.value: r for p, r in GEO_PRECISION_KM.items()}
    return prec.map(m).fillna(GEO_PRECISION_KM[GeoPrecision.NEAR]).to_numpy(float)


def actor_keys(ids: Iterable[str] | None) -> frozenset[str]:
    """The specific actors of a record (generic ones like "civilians" say nothing about who acted)."""
    return frozenset(i for i in (ids if ids is not None else ()) if i and i not in GENERIC_ACTORS)


def candidate_pairs(df: pd.DataFrame, max_days: int | None = None) -> pd.DataFrame:
    """Pairs that could be one event: within both records' date windows and the place tolerance.

    Records are sorted by date and compared with those whose window can overlap, so the work grows
    with the number of records in a window, not with the square of the store.
    """
    n = len(df)
    if n < 2:
        return pd.DataFrame({"i": [], "j": []}, dtype=int)
    start = pd.to_datetime(df["event_date"]).to_numpy("datetime64[D]").astype(np.int64)
    end_raw = pd.to_datetime(df["date_end"]).to_numpy("datetime64[D]")
    end = np.where(np.isnat(end_raw), start, end_raw.astype("datetime64[D]").astype(np.int64))
    w = _days(df["date_precision"])
    if max_days is None:
        max_days = int(w.max() * 2 + (end - start).max() + 1)
    lo, hi = start - w, end + w
    order = np.argsort(lo, kind="stable")
    lo_s, hi_s = lo[order], hi[order]
    # for each record (in order of lo), the records whose lo falls before its hi
    right = np.searchsorted(lo_s, hi_s, side="right")
    counts = right - np.arange(n) - 1
    counts = np.clip(counts, 0, None)
    ii = np.repeat(np.arange(n), counts)
    offs = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
    jj = ii + 1 + offs
    i, j = order[ii], order[jj]
    # the windows overlap when lo_j <= hi_i (true by construction) and lo_i <= hi_j
    keep = lo[i] <= hi[j]
    i, j = i[keep], j[keep]
    # never within one source and release
    src = (df["source"].astype(str) + "\x1f" + df["release"].fillna("").astype(str)).to_numpy()
    keep = src[i] != src[j]
    i, j = i[keep], j[keep]
    # place tolerance, when both have coordinates
    lat, lon = df["latitude"].to_numpy(float), df["longitude"].to_numpy(float)
    r = _radius(df["geo_precision"])
    d = haversine_km(lat[i], lon[i], lat[j], lon[j])
    near = np.isnan(d) | (d <= 2 * (r[i] + r[j]))
    return pd.DataFrame({"i": i[near], "j": j[near]})


def score_pairs(df: pd.DataFrame, pairs: pd.DataFrame, relatives=None) -> pd.DataFrame:
    i, j = pairs["i"].to_numpy(), pairs["j"].to_numpy()
    start = pd.to_datetime(df["event_date"]).to_numpy("datetime64[D]").astype(np.int64)
    end_raw = pd.to_datetime(df["date_end"]).to_numpy("datetime64[D]")
    end = np.where(np.isnat(end_raw), start, end_raw.astype("datetime64[D]").astype(np.int64))
    w = _days(df["date_precision"])
    gap = np.maximum(0, np.maximum(start[i], start[j]) - np.minimum(end[i], end[j]))
    tol = w[i] + w[j]
    date = np.clip(1 - gap / (tol + 1), 0, 1)

    lat, lon = df["latitude"].to_numpy(float), df["longitude"].to_numpy(float)
    r = _radius(df["geo_precision"])
    d = haversine_km(lat[i], lon[i], lat[j], lon[j])
    rr = r[i] + r[j]
    place = np.where(d <= rr, 1 - 0.5 * d / rr, np.clip(0.5 * (2 - d / rr), 0, 0.5))
    # without coordinates, the same admin unit is all we can say
    a2 = df.get("admin2_norm", df.get("admin2"))
    same_admin = (a2.to_numpy()[i] == a2.to_numpy()[j]) if a2 is not None else np.zeros(len(i), bool)
    place = np.where(np.isnan(d), np.where(same_admin, 0.7, 0.3), place)

    side1 = [actor_keys(_ids(r, "actor1_ids") + _ids(r, "assoc_actor_1_ids")) for r in _rows(df)]
    side2 = [actor_keys(_ids(r, "actor2_ids") + _ids(r, "assoc_actor_2_ids")) for r in _rows(df)]
    related: dict[str, frozenset[str]] = {}

    def near(x: str) -> frozenset[str]:
        if x not in related:
            related[x] = frozenset({x}) | (frozenset(relatives(x)) if relatives else frozenset())
        return related[x]

    def match(a: frozenset[str], b: frozenset[str]) -> float:
        """1 when two sides share an actor or a direct lineage relative (Ansar Dine ~ JNIM, never
        through a common ancestor: JNIM and ISGS both descend from al-Mourabitoun), 0.6 when either
        side is not specific, 0 when both are and differ."""
        if not a or not b:
            return 0.6
        return 1.0 if any(y in near(x) or x in near(y) for x in a for y in b) else 0.0

    actors = np.empty(len(i))
    for k, (a, b) in enumerate(zip(i, j)):
        straight = min(match(side1[a], side1[b]), match(side2[a], side2[b]))
        c1, c2 = match(side1[a], side2[b]), match(side2[a], side1[b])
        # the sides are crossed only when a specific actor really matches across them
        crossed = min(c1, c2) if max(c1, c2) == 1.0 else 0.0
        actors[k] = max(straight, crossed)

    loc = df["location"].map(_fold) if "location" in df.columns else pd.Series([""] * len(df))
    loc = loc.to_numpy(object)
    name = np.where((loc[i] == "") | (loc[j] == ""), 0.5, (loc[i] == loc[j]).astype(float))

    fa = df["fatalities_best"].to_numpy(float)
    fa_i, fa_j = np.nan_to_num(fa[i], nan=-1), np.nan_to_num(fa[j], nan=-1)
    unknown = (fa_i < 0) | (fa_j < 0)
    deaths = np.where(unknown, 0.5, 1 - np.abs(fa_i - fa_j) / np.maximum(np.maximum(fa_i, fa_j), 1))

    et = df["event_type"].fillna("").to_numpy()
    same = et[i] == et[j]
    compat = np.array([frozenset({x, y}) in _COMPATIBLE_TYPES for x, y in zip(et[i], et[j])], dtype=bool)
    # a source recodes its own events between releases (a real-time "Strategic development" is a
    # "Battle" in the later export): across releases of one source, any two types are compatible
    source = df["source"].astype(str).to_numpy()
    recoded = source[i] == source[j]  # candidate pairs never hold two records of one release
    typ = np.where(same, 1.0, np.where(compat | recoded, 0.8, 0.3))

    score = (WEIGHTS["date"] * date + WEIGHTS["place"] * place + WEIGHTS["actors"] * actors
             + WEIGHTS["deaths"] * deaths + WEIGHTS["name"] * name) * typ
    score = np.where(actors == 0, 0.0, score)
    return pd.DataFrame({"i": i, "j": j, "score": score, "date": date, "place": place, "actors": actors,
                         "deaths": deaths, "name": name, "type": typ, "km": d, "days_apart": gap})


def _rows(df: pd.DataFrame) -> list[dict]:
    cols = [c for c in ("actor1_ids", "actor2_ids", "assoc_actor_1_ids", "assoc_actor_2_ids") if c in df.columns]
    return df[cols].to_dict("records")


_fold = compact


def _ids(row: Mapping, col: str) -> list[str]:
    v = row.get(col)
    if v is None or (isinstance(v, float) and np.isnan(v)):
        return []
    return list(v)


def _why(r) -> str:
    bits = [f"{int(r.days_apart)} days apart" if r.days_apart else "same dates",
            "no coordinates" if np.isnan(r.km) else f"{r.km:.1f} km apart",
            {1.0: "a shared actor", 0.6: "actors not specific on one side", 0.0: "no shared actor"}.get(
                round(r.actors, 1), "actors"),
            f"deaths similarity {r.deaths:.2f}", "same event type" if r.type == 1 else "compatible event types"]
    return "; ".join(bits)


def link_records(df: pd.DataFrame, relatives: Callable[[str], Iterable[str]] | None = None,
                 threshold: float = THRESHOLD) -> Linkage:
    """Link the records of ``df`` (one row per stored record) into clusters."""
    df = df.reset_index(drop=True)
    ids = df["event_id"].to_numpy()
    pairs = candidate_pairs(df)
    scored = score_pairs(df, pairs, relatives) if len(pairs) else pd.DataFrame(columns=["score"])
    good = scored[scored["score"] >= threshold].sort_values("score", ascending=False, kind="stable")
    src = (df["source"].astype(str) + "\x1f" + df["release"].fillna("").astype(str)).to_numpy()
    parent = np.arange(len(df))
    members: dict[int, set[str]] = {k: {src[k]} for k in range(len(df))}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    links: list[Link] = []
    for r in good.itertuples(index=False):
        a, b = find(int(r.i)), find(int(r.j))
        if a == b or members[a] & members[b]:
            continue  # already together, or would hold two records of one source and release
        parent[b] = a
        members[a] |= members.pop(b)
        links.append(Link(ids[int(r.i)], ids[int(r.j)], float(r.score),
                          {"date": float(r.date), "place": float(r.place), "actors": float(r.actors),
                           "deaths": float(r.deaths), "name": float(r.name), "type": float(r.type)}, _why(r)))
    roots = np.array([find(k) for k in range(len(df))])
    # a cluster is named after its earliest record id, so ids are stable across runs
    cluster_name: dict[int, str] = {}
    for k in np.lexsort((ids.astype(str), roots)):
        cluster_name.setdefault(roots[k], f"c:{ids[k]}")
    clusters = {ids[k]: cluster_name[roots[k]] for k in range(len(df))}
    return Linkage(tuple(links), clusters, int(len(pairs)))


def consolidate(events: pd.DataFrame, clusters: Mapping[str, str]) -> pd.DataFrame:
    """One row per cluster: its sources, dates, place and fatalities across its sources.

    ``fatalities_low`` is the lowest figure any source gives (its low, else its best), ``high``
    the highest, and ``best`` the median of the sources' best estimates.
    """
    df = events.copy()
    df["cluster_id"] = df["event_id"].map(clusters).fillna("c:" + df["event_id"])
    df["_lo"] = df["fatalities_low"].fillna(df["fatalities_best"])
    df["_hi"] = df["fatalities_high"].fillna(df["fatalities_best"])
    g = df.groupby("cluster_id", sort=True)
    out = g.agg(
        records=("event_id", "size"),
        event_ids=("event_id", lambda s: ";".join(sorted(s))),
        sources=("source", lambda s: ";".join(sorted(set(s)))),
        date_first=("event_date", "min"),
        date_last=("event_date", "max"),
        latitude=("latitude", "median"),
        longitude=("longitude", "median"),
        fatalities_low=("_lo", "min"),
        fatalities_best=("fatalities_best", "median"),
        fatalities_high=("_hi", "max"),
    ).reset_index()
    first = g.first()[["country", "admin1", "admin2", "location", "event_type", "actor1", "actor2"]].reset_index()
    return out.merge(first, on="cluster_id")


def link_store(store, relatives: Callable[[str], Iterable[str]] | None = None) -> dict:
    """Link every current record of ``store`` and save the links and clusters."""
    import pyarrow as pa

    if relatives is None:
        from .actors import linkage_relatives as relatives
    df = store.linkage.frame()
    result = link_records(df, relatives)
    links = pa.table({
        "event_id_a": pa.array([lk.a for lk in result.links], pa.string()),
        "event_id_b": pa.array([lk.b for lk in result.links], pa.string()),
        "score": pa.array([lk.score for lk in result.links], pa.float64()),
        "explanation": pa.array([lk.explanation() for lk in result.links], pa.string()),
    })
    clusters = pa.table({"event_id": pa.array(list(result.clusters), pa.string()),
                         "cluster_id": pa.array(list(result.clusters.values()), pa.string())})
    store.linkage.save(links, clusters)
    return {"records": len(df), "clusters": result.n_clusters, "linked_records": result.linked_records,
            "links": len(result.links), "candidate_pairs": result.candidates}
