"""Text to coded events: French and English reports of violence in the central Sahel.

Public API::

    from sahelwatch.extraction import Extractor, Document, extract_file, enrich, evaluate_file

See ``docs/extraction.md`` for the rules, the scores and their limits.
"""

from .enrich import ENRICH_COLUMNS, enrich
from .evaluation import EvalReport, acled_gold, evaluate, evaluate_file, read_gold
from .linking import link_event, make_linker, match_score
from .pipeline import (
    Document,
    DocumentResult,
    ExtractedEvent,
    Extractor,
    RunSummary,
    extract_file,
)
from .training import load_model, train

__all__ = [
    "Document", "DocumentResult", "ENRICH_COLUMNS", "EvalReport", "ExtractedEvent", "Extractor", "RunSummary",
    "acled_gold", "enrich", "evaluate", "evaluate_file", "extract_file", "link_event", "load_model",
    "make_linker", "match_score", "read_gold", "train",
]
