"""The folding the extraction steps use, from :mod:`sahelwatch.folding` (the one set of rules).

``fold`` keeps the length of the text (one character in, one out), so every offset
found on folded text is an offset into the original text: evidence spans stay valid.
``fold_key`` is the comparison key of a name, the same key the gazetteer and the
registry use.
"""

from __future__ import annotations

from ..folding import fold_aligned as fold  # noqa: F401 - offsets into folded text are offsets into the text
from ..folding import words as fold_key  # noqa: F401 - the comparison key of a name
