"""Link an extracted event to a stored event that reports the same thing.

An extracted event matches a stored candidate when all hold:

- dates within the window both precisions allow (:data:`model.DATE_PRECISION_DAYS`,
  the larger of the two; at least one day, as reports date night events either way);
- places within the radius both precisions imply (:data:`model.GEO_PRECISION_KM`,
  summed) when both have coordinates, else the same admin2 (or admin1 when either side
  is only known to admin1);
- compatible actors: the extracted perpetrator's canonical ids meet the candidate's
  actor ids, or one side has no resolved named actor (an unidentified group is
  compatible with anyone);
- compatible types: the same ACLED event type, or both political violence (Battles,
  Explosions/Remote violence, Violence against civilians).

Among matches the best scores highest on closeness in time and space, actor overlap and
an identical sub-event type. The caller supplies candidates as a DataFrame with the
store's event columns (see :func:`candidate_window`).
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Callable

from ..folding import words as fold_key
from ..geo.distance import haversine_km
from ..model import DATE_PRECISION_DAYS, GEO_PRECISION_KM, DatePrecision, GeoPrecision
from .actors import resolve_ids

VIOLENT = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
_GENERIC_IDS = frozenset({"unidentified_armed_group", "civilians", "protesters", "rioters"})


def _days(prec: str | None) -> int:
    try:
        return DATE_PRECISION_DAYS[DatePrecision(prec or "day")]
    except ValueError:
        return 7


def _radius(prec: str | None) -> float:
    try:
        return GEO_PRECISION_KM[GeoPrecision(prec)] if prec else GEO_PRECISION_KM[GeoPrecision.ADMIN2]
    except ValueError:
        return GEO_PRECISION_KM[GeoPrecision.ADMIN2]


def _nan(v) -> bool:
    return v is None or (isinstance(v, float) and math.isnan(v))


def candidate_window(event: dict) -> tuple[dt.date, dt.date]:
    """The date range of stored events worth comparing with ``event``."""
    d = dt.date.fromisoformat(event["event_date"])
    w = max(_days(event.get("date_precision")), DATE_PRECISION_DAYS[DatePrecision.MONTH])
    return d - dt.timedelta(days=w), d + dt.timedelta(days=w)


def _actor_ids(row) -> set[str]:
    out: set[str] = set()
    for col in ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2"):
        v = row.get(col)
        if isinstance(v, str) and v:
            for part in v.split(";"):
                out.update(resolve_ids(part.strip()))
    return out - _GENERIC_IDS


def match_score(event: dict, row) -> float | None:
    """How well a stored row matches an extracted event (None: no match)."""
    try:
        d = dt.date.fromisoformat(event["event_date"])
    except (KeyError, ValueError, TypeError):
        return None
    rd = row.get("event_date")
    if _nan(rd):
        return None
    rd = rd if isinstance(rd, dt.date) else dt.date.fromisoformat(str(rd)[:10])
    if isinstance(rd, dt.datetime):
        rd = rd.date()
    window = max(1, _days(event.get("date_precision")), _days(row.get("date_precision")))
    dd = abs((rd - d).days)
    if dd > window:
        return None
    et, ret = event.get("event_type"), row.get("event_type")
    if et and isinstance(ret, str) and et != ret and not (et in VIOLENT and ret in VIOLENT):
        return None
    loc = event.get("location") or {}
    lat, lon = loc.get("latitude"), loc.get("longitude")
    rlat, rlon = row.get("latitude"), row.get("longitude")
    if not any(_nan(x) for x in (lat, lon, rlat, rlon)):
        limit = _radius(loc.get("precision")) + _radius(row.get("geo_precision"))
        dist = haversine_km(lat, lon, rlat, rlon)
        if dist > limit:
            return None
        space = 1 - dist / limit
    else:
        a2, ra2 = loc.get("admin2"), row.get("admin2")
        a1, ra1 = loc.get("admin1"), row.get("admin1")
        if a2 and isinstance(ra2, str) and fold_key(a2) == fold_key(ra2):
            space = 0.7
        elif a1 and isinstance(ra1, str) and fold_key(a1) == fold_key(ra1) and "admin1" in (loc.get("precision"), row.get("geo_precision")):
            space = 0.3
        else:
            return None
    ext_ids = {a["canonical_id"] for a in event.get("actors", []) if a.get("canonical_id")} - _GENERIC_IDS
    row_ids = _actor_ids(row)
    overlap = 0.0
    if ext_ids and row_ids:
        if not ext_ids & row_ids:
            return None
        overlap = 1.0
    same_sub = 0.5 if event.get("sub_event_type") and event.get("sub_event_type") == row.get("sub_event_type") else 0.0
    return round((1 - dd / (window + 1)) + space + overlap + same_sub, 4)


def link_event(event: dict, candidates) -> str | None:
    """The ``event_id`` of the stored event (a row of ``candidates``) that ``event`` reports, or None."""
    best, best_id = None, None
    if candidates is None or len(candidates) == 0:
        return None
    for row in candidates.to_dict("records"):
        s = match_score(event, row)
        if s is not None and (best is None or s > best):
            best, best_id = s, row.get("event_id")
    return best_id


def make_linker(fetch: Callable[[dt.date, dt.date], object]) -> Callable[[dict], str | None]:
    """A linker for :func:`pipeline.extract_file`: ``fetch(since, until)`` returns the stored
    candidates (a DataFrame) for a date window; windows are cached by month."""
    cache: dict[tuple, object] = {}

    def link(event: dict) -> str | None:
        if not event.get("event_date"):
            return None  # an undated event (precision "unknown") has no date window to search
        since, until = candidate_window(event)
        key = (since.replace(day=1), until.replace(day=1))
        if key not in cache:
            cache[key] = fetch(key[0], (until.replace(day=28) + dt.timedelta(days=4)).replace(day=1))
        return link_event(event, cache[key])

    return link
