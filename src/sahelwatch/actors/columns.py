"""The actor columns the store derives for every event (see ``model.DERIVED_SCHEMA``)."""

from __future__ import annotations

import pandas as pd

from .registry import Registry
from .resolver import Resolver, default_resolver
from .targets import _derive

__all__ = ["ACTOR_DERIVED_COLUMNS", "derive_actor_columns", "family_of"]

ACTOR_DERIVED_COLUMNS: tuple[str, ...] = (
    "actor1_ids",
    "actor2_ids",
    "assoc_actor_1_ids",
    "assoc_actor_2_ids",
    "actor1_family",
    "actor2_family",
    "perpetrator_ids",
    "target_ids",
    "perpetrator_family",
    "derived_target_category",
    "derived_attribution",
)


def family_of(ids, registry: Registry) -> str | None:
    """The chart family of a set of ids: their common family; two jihadist families
    (an "and/or" composite of JNIM and ISGS) give ``jihadist_other``; None when unknown."""
    fams = [registry.actors[i].family for i in ids if i in registry.actors]
    if not fams:
        return None
    distinct = list(dict.fromkeys(fams))
    if len(distinct) == 1:
        return distinct[0]
    if all(f.startswith("jihadist_") for f in distinct):
        return "jihadist_other"
    return distinct[0]


def derive_actor_columns(df: pd.DataFrame, *, resolver: Resolver | None = None) -> pd.DataFrame:
    """Resolved ids, families, roles, target category and attribution for every event row.

    Input columns as in :func:`~sahelwatch.actors.targets.derive_targets`. Returns the
    columns :data:`ACTOR_DERIVED_COLUMNS` (id columns hold lists of strings), same index.
    """
    r = resolver or default_resolver()
    targets, ids = _derive(df, r)
    reg = r.registry
    perp = targets["perpetrator_ids"].tolist()
    sides = targets["perpetrator_side"].tolist()
    a1, a2 = ids["actor1_ids"], ids["actor2_ids"]
    perp_family = []
    for k in range(len(df)):
        primary = a1[k] if sides[k] == "actor1" else a2[k] if sides[k] == "actor2" else ()
        perp_family.append(family_of(primary or perp[k], reg) if perp[k] else None)
    return pd.DataFrame(
        {
            "actor1_ids": [list(x) for x in a1],
            "actor2_ids": [list(x) for x in a2],
            "assoc_actor_1_ids": [list(x) for x in ids["assoc_actor_1_ids"]],
            "assoc_actor_2_ids": [list(x) for x in ids["assoc_actor_2_ids"]],
            "actor1_family": [family_of(x, reg) for x in a1],
            "actor2_family": [family_of(x, reg) for x in a2],
            "perpetrator_ids": [list(x) for x in perp],
            "target_ids": [list(x) for x in targets["target_ids"]],
            "perpetrator_family": perp_family,
            "derived_target_category": targets["target_category"].tolist(),
            "derived_attribution": targets["attribution"].tolist(),
        },
        index=df.index,
    )
