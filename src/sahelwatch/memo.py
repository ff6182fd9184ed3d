"""One bounded memo for the answers that never change once computed (a shipped gazetteer's lookups, a token's
spelling): ``memo[key]`` is ``fn(key)``, computed when first asked for and kept; when ``max_size`` answers are kept,
all are dropped before the next is kept, so memory stays bounded whatever the input."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any


class BoundedMemo(dict):
    __slots__ = ("_fn", "_max")

    def __init__(self, fn: Callable[[Any], Any], max_size: int):
        super().__init__()
        self._fn, self._max = fn, max_size

    def __missing__(self, key: Hashable):
        if len(self) >= self._max:
            self.clear()
        value = self[key] = self._fn(key)
        return value
