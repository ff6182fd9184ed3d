"""Analyses for monitoring and early warning: pure functions over an events DataFrame.

One module per analysis:

- :mod:`.trends`: counts, fatalities, lethality and civilian share per period and dimension;
- :mod:`.alerts`: subnational surges, 30-day fatality highs, a group's new presence;
- :mod:`.hotspots`: Getis-Ord Gi* (PRIO-GRID or H3) with a BH FDR correction, kernel density;
- :mod:`.spillover`: border and Liptako-Gourma shares, cross-border actors, a diffusion test;
- :mod:`.actor_dynamics`: expansion, rivalry, lineage-aware series;
- :mod:`.human_rights`: abuses by perpetrator class, mass-casualty and summary-execution flags;
- :mod:`.responses`: partner forces and violence before/after their deployment or withdrawal;
- :mod:`.humanitarian`: violence joined with Cadre Harmonisé phases, population and schools.

Each function takes a frame with the columns of :data:`sahelwatch.model.EVENT_COLUMNS`
plus the derived columns of the store, checks the columns it needs
(:class:`MissingColumnsError` names the missing ones) and returns a DataFrame or a
frozen result object. See ``docs/analytics.md``.
"""

from ._frame import MissingColumnsError

__all__ = ["MissingColumnsError"]
