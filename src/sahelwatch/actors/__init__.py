"""Actors: the curated registry, the resolver from source strings to ids, targets and attribution.

>>> from sahelwatch.actors import resolve
>>> resolve("Military Forces of Mali (2020-2021)").ids
('fama',)
"""

from .columns import ACTOR_DERIVED_COLUMNS, derive_actor_columns, family_of
from .registry import (
    Actor,
    FuzzyDate,
    LineageLink,
    Registry,
    RegistryError,
    Source,
    expand_lineage,
    get_actor,
    lineage,
    linkage_relatives,
    load_registry,
)
from .report import unresolved_report
from .resolver import (
    Resolution,
    Resolver,
    actor_ids_for_filter,
    default_resolver,
    resolve,
    resolve_many,
    split_actor_cell,
)
from .targets import TARGET_COLUMNS, derive_targets

__all__ = [
    "ACTOR_DERIVED_COLUMNS",
    "Actor",
    "FuzzyDate",
    "LineageLink",
    "Registry",
    "RegistryError",
    "Resolution",
    "Resolver",
    "Source",
    "TARGET_COLUMNS",
    "actor_ids_for_filter",
    "default_resolver",
    "derive_actor_columns",
    "derive_targets",
    "expand_lineage",
    "family_of",
    "get_actor",
    "lineage",
    "linkage_relatives",
    "load_registry",
    "resolve",
    "resolve_many",
    "split_actor_cell",
    "unresolved_report",
]
