"""Text helpers shared by the extraction steps.

``fold`` keeps the length of the text (one character in, one out), so every offset
found on folded text is an offset into the original text: evidence spans stay valid.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..folding import fold_aligned as fold  # noqa: F401 - offsets into folded text are offsets into the text
from ..folding import words as fold_key  # noqa: F401 - the comparison key of a name


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


WORD_RE = re.compile(r"[\w'’\-]+", re.UNICODE)
