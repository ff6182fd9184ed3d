"""Variation grammars: many short news items built from templates and slot fillers, each with what the
extractor must code from it.

A grammar is written from general knowledge of how French and English news report violence in the Sahel
(the ways a toll, a perpetrator, a victim, a kind of event, a date or a place is told), never from an
evaluation text. It exercises a field across the constructions and word families a reader meets, so that a
gap found there is a gap of the language, not of one article.

    cases = expand(
        "{actor} ont attaqué le village de {place} {when}.",
        actor=[("Des hommes armés", {"perpetrator": "unidentified_armed_group"}), ...],
        place=["Kobou", "Sonkoro"],
        when=[("mardi", {"event_date": "2024-06-11"}), ...],
        limit=60,
    )

Each slot filler is a surface string, or a pair (surface, expectations) whose expectations are merged into
the case's. When the product of the fillers exceeds ``limit``, a fixed-seed sample is kept, so a grammar's
cases are the same on every run and on every machine. Case ids name the template and the fillers' positions,
so a failing case can be found again.
"""

from __future__ import annotations

import itertools
import random
import string
from collections import Counter
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Case:
    id: str
    text: str
    expect: dict = field(default_factory=dict)

    def __repr__(self) -> str:  # pytest shows it when a case fails
        return f"Case({self.id!r}, {self.text!r}, {self.expect!r})"


def _slots(template: str) -> list[str]:
    names = []
    for _, name, _, _ in string.Formatter().parse(template):
        if name is not None and name not in names:
            names.append(name)
    return names


def expand(template: str, *, limit: int | None = None, seed: int = 0, tag: str = "t", expect: dict | None = None,
           **fillers) -> list[Case]:
    """The cases of one template: every combination of its slots' fillers (a fixed-seed sample of ``limit`` when
    there are more), each with ``expect`` updated by its fillers' expectations, in slot order."""
    names = _slots(template)
    missing = [n for n in names if n not in fillers]
    if missing:
        raise ValueError(f"template {template!r}: no fillers for {', '.join(missing)}")
    options = []
    for n in names:
        values = fillers[n]
        if not values:
            raise ValueError(f"template {template!r}: slot {n!r} has no fillers")
        options.append([v if isinstance(v, tuple) else (v, {}) for v in values])
    combos = list(itertools.product(*(range(len(o)) for o in options)))
    if limit is not None and len(combos) > limit:
        combos = sorted(random.Random(seed).sample(combos, limit))
    cases = []
    for combo in combos:
        surfaces, exp = {}, dict(expect or {})
        for n, o, i in zip(names, options, combo):
            surface, more = o[i]
            surfaces[n] = surface
            exp.update(more)
        text = template.format(**surfaces)
        cases.append(Case(f"{tag}-" + "-".join(map(str, combo)), text[:1].upper() + text[1:], exp))
    return cases


def params(cases: list[Case], gaps: dict[str, str] | None = None):
    """``cases`` as pytest parameters; the ids in ``gaps`` (id -> the reason the extractor still misses it) are
    strict expected failures, so a gap that closes fails the run until it is moved out of ``gaps``."""
    import pytest

    gaps = dict(gaps or {})
    ids = {c.id for c in cases}
    unknown = sorted(set(gaps) - ids)
    if unknown:
        raise ValueError(f"gaps name no case: {', '.join(unknown)}")
    dup = [i for i, n in Counter(c.id for c in cases).items() if n > 1]
    if dup:
        raise ValueError(f"case ids repeated: {', '.join(sorted(dup))}")
    return [pytest.param(c, id=c.id, marks=[pytest.mark.xfail(strict=True, reason=gaps[c.id])] if c.id in gaps else [])
            for c in cases]

