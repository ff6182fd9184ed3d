"""How much of the stored data the registry understands: the unresolved-actors report."""

from __future__ import annotations

from collections import Counter
from typing import Any, Iterable, Mapping

import pandas as pd

from .resolver import Resolver, default_resolver, split_actor_cell

__all__ = ["unresolved_report", "ACTOR_STRING_COLUMNS"]

#: Columns the report reads (the store's ``events.actor_strings()`` returns these).
ACTOR_STRING_COLUMNS: tuple[str, ...] = ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "source")
#: Optional column: how many events a row stands for (the store gives distinct combinations with their counts).
WEIGHT_COLUMN = "n_events"
#: Optional columns with the source's own actor ids (UCDP side ids), by actor column.
_SOURCE_ID_COLUMNS: Mapping[str, tuple[str, ...]] = {
    "actor1": ("actor1_source_id", "side_a_new_id"),
    "actor2": ("actor2_source_id", "side_b_new_id"),
}


def unresolved_report(
    rows: pd.DataFrame | Iterable[Mapping[str, Any]],
    *,
    resolver: Resolver | None = None,
    limit: int | None = None,
) -> dict:
    """The actor strings that resolve to no id, with the number of events naming each.

    ``rows`` holds one event per row with the columns :data:`ACTOR_STRING_COLUMNS`
    (associated-actor cells may hold several names separated by "; "), plus optionally
    ``actor1_source_id``/``actor2_source_id`` (or UCDP's ``side_a_new_id``/``side_b_new_id``), and
    optionally ``n_events``, the number of events a row stands for (1 when absent).
    Returns ``{"unresolved": [{"name", "events"}], "events", "events_fully_resolved",
    "share_fully_resolved"}``; the list is sorted by events (most first), then name.
    An event is fully resolved when every name in every actor cell resolves.
    With no events the share is 1.0 (nothing is unresolved).
    """
    r = resolver or default_resolver()
    df = rows if isinstance(rows, pd.DataFrame) else pd.DataFrame(list(rows))
    rows_n = len(df)
    weights = df[WEIGHT_COLUMN].astype("int64").tolist() if WEIGHT_COLUMN in df.columns else [1] * rows_n
    n = sum(weights)
    if n == 0:
        return {"unresolved": [], "events": 0, "events_fully_resolved": 0, "share_fully_resolved": 1.0}

    def column(name: str) -> list:
        return df[name].tolist() if name in df.columns else [None] * rows_n

    sources = column("source")
    per_name: Counter[str] = Counter()
    fully = 0
    cache: dict[tuple, bool] = {}
    actor_cols = [c for c in ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2")]
    values = {c: column(c) for c in actor_cols}
    id_values = {}
    for c, candidates in _SOURCE_ID_COLUMNS.items():
        present = next((x for x in candidates if x in df.columns), None)
        id_values[c] = column(present) if present else [None] * rows_n
    for i in range(rows_n):
        source = sources[i] if isinstance(sources[i], str) else None
        missing: set[str] = set()
        for c in actor_cols:
            names = split_actor_cell(values[c][i])
            sid = id_values[c][i] if c in id_values and len(names) == 1 else None
            for name in names:
                key = (name, source, None if sid is None else str(sid))
                ok = cache.get(key)
                if ok is None:
                    ok = r.resolve(name, source=source, source_actor_id=sid).resolved
                    cache[key] = ok
                if not ok:
                    missing.add(name)
        if missing:
            per_name.update({name: weights[i] for name in missing})
        else:
            fully += weights[i]
    items = sorted(per_name.items(), key=lambda kv: (-kv[1], kv[0]))
    if limit is not None:
        items = items[:limit]
    return {
        "unresolved": [{"name": k, "events": v} for k, v in items],
        "events": n,
        "events_fully_resolved": fully,
        "share_fully_resolved": fully / n,
    }
