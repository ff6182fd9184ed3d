"""Situation reports: the figures of a period, rendered as HTML and PDF in English or French.

:func:`write_situation_report` is what ``sahelwatch report`` calls; :func:`compute_report`
is the pure computation over event frames; :class:`SituationReport` holds every figure the
report states (the tests compare it with an independent count).
"""

from .figures import (
    Change,
    Coverage,
    Headline,
    Period,
    SituationReport,
    TopEvent,
    compute_report,
    one_row_per_event,
)
from .i18n import LANGUAGES, Locale
from .sitrep import (
    ReportFiles,
    build_situation_report,
    load_period_events,
    write_situation_report,
)

__all__ = [
    "LANGUAGES",
    "Change",
    "Coverage",
    "Headline",
    "Locale",
    "Period",
    "ReportFiles",
    "SituationReport",
    "TopEvent",
    "build_situation_report",
    "compute_report",
    "load_period_events",
    "one_row_per_event",
    "write_situation_report",
]
