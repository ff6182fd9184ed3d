"""Prevention and community-resilience programs: the registry (3W, IATI and program-CSV readers,
areas matched to admin2 P-codes) and the evaluation of whether violence changed where they ran
(staggered difference-in-differences and synthetic control). See docs/programs.md."""

from .registry import FORMATS, ImportSummary, import_programs, list_programs, show_program

__all__ = ["FORMATS", "ImportSummary", "import_programs", "list_programs", "show_program"]
