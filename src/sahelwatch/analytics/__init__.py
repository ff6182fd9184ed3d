"""Analyses for monitoring and early warning: pure functions over an events DataFrame.

Each module holds one analysis; each function takes a frame with the columns of
:data:`sahelwatch.model.EVENT_COLUMNS` plus the derived columns of the store,
checks the columns it needs (:class:`MissingColumnsError` names the missing ones)
and returns a DataFrame or a frozen result object. See ``docs/analytics.md``.
"""

from ._frame import MissingColumnsError

__all__ = ["MissingColumnsError"]
