"""Which texts a regular expression can match at all: the literals every match contains.

A pattern such as ``\\b(?:a|ont)\\s+(?:ete\\s+)?(?:tue|abattu)e?s?\\b`` can only match a text that holds
``tue`` or ``abattu``. :func:`required_literals` reads that set from the pattern's syntax tree, and
:class:`Guarded` tests it (a few substring tests) before it runs the pattern, so a sentence with none of
the literals costs no regular-expression pass. The answers are the pattern's own: a guard only skips
texts the pattern cannot match.
"""

from __future__ import annotations

import re
import re._constants as _c
import re._parser as _p
from itertools import product

from ahocorasick_rs import BytesAhoCorasick, Implementation, MatchKind

__all__ = ["GuardSet", "Guarded", "guard", "holds_one", "literal_hits", "required_literals"]

_MAX_SET = 48  # a finite set of strings larger than this is not expanded
_ZERO_WIDTH = (_c.AT, _c.ASSERT_NOT)


def _exact(items) -> frozenset[str] | None:
    """Every string a (sub)pattern can match when they are few and its width is bounded, else None."""
    out = {""}
    for op, av in items:
        if op is _c.LITERAL:
            got = {chr(av)}
        elif op is _c.IN and av and all(o is _c.LITERAL for o, _ in av):
            got = {chr(v) for _, v in av}  # a class of a few plain characters: ['’]
        elif op in _ZERO_WIDTH or op is _c.ASSERT:
            got = {""}
        elif op is _c.SUBPATTERN:
            if av[1] & re.IGNORECASE:
                return None
            got = _exact(av[3])
        elif op is _c.BRANCH:
            got = set()
            for alt in av[1]:
                a = _exact(alt)
                if a is None:
                    return None
                got |= a
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[1] <= 1:
            sub = _exact(av[2])
            if sub is None:
                return None
            got = (sub | {""}) if av[0] == 0 else sub
        else:
            return None
        if got is None or len(out) * len(got) > _MAX_SET:
            return None
        out = {a + b for a, b in product(out, got)}
    return frozenset(out)


_AC_FROM = 8  # from this many literals on, one Aho-Corasick pass tests them all
_SHORT = 2  # literals this short are tested one by one before the pass (see holds_one)


def literal_hits(literals, matchkind: MatchKind = MatchKind.Standard):
    """``find_matches_as_indexes`` of an Aho-Corasick automaton of ``literals``, to call on a text's UTF-8 bytes
    (``text.encode()``): its matches' first items are the literals' indexes, their offsets are in bytes.

    The same literals are found as in the text itself (a literal's UTF-8 bytes occur in a text's only where the
    literal occurs), about three times faster than a pass over the ``str`` (no character offsets to compute) and,
    with a DFA, for a sentence's few hundred characters. Only for a test of which literals a text holds."""
    return BytesAhoCorasick([lit.encode() for lit in literals], matchkind=matchkind,
                            implementation=Implementation.DFA).find_matches_as_indexes


def holds_one(literals: tuple[str, ...] | None):
    """A test of whether a text holds one of ``literals`` (None: a test that always passes)."""
    if literals is None:
        return _always
    if len(literals) == 1:
        (lit,) = literals
        return lambda text: lit in text
    if len(literals) >= _AC_FROM:
        # a literal of one or two characters is in most texts, and the pass would list its every
        # occurrence: such literals are tested first, one substring test each
        short = tuple(lit for lit in literals if len(lit) <= _SHORT)
        rest = [lit for lit in literals if len(lit) > _SHORT]
        if not rest:
            return lambda text: any(lit in text for lit in short)
        find = literal_hits(rest, MatchKind.LeftmostFirst)
        if short:
            return lambda text: any(lit in text for lit in short) or bool(find(text.encode()))
        return lambda text: bool(find(text.encode()))

    def holds(text: str) -> bool:
        for lit in literals:
            if lit in text:
                return True
        return False
    return holds


def _always(text: str) -> bool:
    return True


def _minimal(strings) -> frozenset[str]:
    """The strings none of whose others is a part of: a text holds one of ``strings`` iff it holds one of these."""
    keep: list[str] = []
    for s in sorted(set(strings), key=len):
        if not any(k in s for k in keep):
            keep.append(s)
    return frozenset(keep)


def _better(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """The more selective of two requirements (longer shortest literal, then fewer literals)."""
    if a is None or not a or "" in a:
        return b if b and "" not in b else None
    if b is None or not b or "" in b:
        return a
    ka, kb = (min(map(len, a)), -len(a)), (min(map(len, b)), -len(b))
    return a if ka >= kb else b


def _required(items) -> frozenset[str] | None:
    """A set of strings one of which every match of the sequence ``items`` holds, or None."""
    best: frozenset[str] | None = None
    run: list = []  # consecutive items whose strings are few: their product is required as a whole

    def close():
        nonlocal best, run
        if run:
            ex = _exact(run)
            if ex is not None:
                best = _better(best, _minimal(ex))
            else:  # too many strings: each item on its own
                for item in run:
                    sub = _exact([item])
                    if sub is not None:
                        best = _better(best, _minimal(sub))
            run = []

    for item in items:
        op, av = item
        if _exact([item]) is not None:
            run.append(item)
            if op is _c.ASSERT:  # a positive look-around's own text is in the string too
                best = _better(best, _required(av[1]))
            continue
        close()
        if op is _c.SUBPATTERN and not av[1] & re.IGNORECASE:
            best = _better(best, _required(av[3]))
        elif op is _c.BRANCH:
            alts = [_required(alt) for alt in av[1]]
            if all(a for a in alts):
                best = _better(best, _minimal(frozenset().union(*alts)))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and av[0] >= 1:
            best = _better(best, _required(av[2]))
        elif op is _c.ATOMIC_GROUP:
            best = _better(best, _required(av))
        elif op is _c.ASSERT:
            best = _better(best, _required(av[1]))
    close()
    return best


def required_literals(pattern: re.Pattern | str) -> frozenset[str] | None:
    """Strings one of which is in every text ``pattern`` matches (``None``: no such set is known).

    ``required_literals(r"\\b(?:a|ont)\\s+(?:tue|abattu)e?s?\\b") == {"tue", "abattu"}``. A pattern that
    ignores case, or whose every match could be made of classes and repeats only, has none."""
    rx = re.compile(pattern) if isinstance(pattern, str) else pattern
    if rx.flags & re.IGNORECASE:
        return None
    try:
        tree = _p.parse(rx.pattern, rx.flags)
    except re.error:  # pragma: no cover - a compiled pattern parses again
        return None
    got = _required(list(tree))
    return got if got and "" not in got else None


class Guarded:
    """A compiled pattern that first tests its required literals: ``search``, ``match``, ``fullmatch``,
    ``finditer`` and ``sub`` answer exactly as the pattern's own do, and skip a text that holds none of
    the literals (``pos``/``endpos`` are honoured: the literals are looked for in the whole text, which
    can only let more texts through).

    One literal is one substring test; a few, one test each until one is found; ``_AC_FROM`` or
    more, one Aho-Corasick pass over the text (no Python loop over the literals)."""

    __slots__ = ("pattern", "literals", "possible")

    def __init__(self, pattern: re.Pattern):
        self.pattern = pattern
        lits = required_literals(pattern)
        self.literals: tuple[str, ...] | None = tuple(sorted(lits, key=len)) if lits else None
        #: whether a text holds one of the required literals (always True when there are none)
        self.possible = holds_one(self.literals)

    def search(self, text: str, *args):
        return self.pattern.search(text, *args) if self.possible(text) else None

    def match(self, text: str, *args):
        return self.pattern.match(text, *args) if self.possible(text) else None

    def fullmatch(self, text: str, *args):
        return self.pattern.fullmatch(text, *args) if self.possible(text) else None

    def finditer(self, text: str, *args):
        return self.pattern.finditer(text, *args) if self.possible(text) else iter(())

    def sub(self, repl, text: str, count: int = 0):
        return self.pattern.sub(repl, text, count) if self.possible(text) else text

    def __repr__(self) -> str:
        return f"Guarded({self.pattern.pattern!r}, literals={self.literals!r})"


def guard(pattern: re.Pattern | str, flags: int = 0, max_literals: int = 64) -> Guarded | re.Pattern:
    """``pattern`` compiled and guarded by its required literals; the bare compiled pattern when it has
    none, or more than ``max_literals`` (then the test would pass about every text and cost what the
    search does)."""
    rx = re.compile(pattern, flags) if isinstance(pattern, str) else pattern
    g = Guarded(rx)
    return g if g.literals is not None and len(g.literals) <= max_literals else rx


class GuardSet:
    """Several patterns of :func:`guard` tested on one text: one Aho-Corasick pass over all their literals
    tells which of them may match (:meth:`possible`), instead of one test per pattern; a pattern with no
    literals always may. ``patterns`` are the bare patterns, to search once a pattern may match; ``literals``,
    when given, are each pattern's literals (instead of those of its guard)."""

    __slots__ = ("patterns", "_always", "_by_literal", "_find")

    def __init__(self, patterns, literals=None):
        patterns = list(patterns)
        self.patterns: tuple[re.Pattern, ...] = tuple(p.pattern if isinstance(p, Guarded) else p for p in patterns)
        if literals is None:
            literals = [p.literals if isinstance(p, Guarded) else None for p in patterns]
        by_literal: dict[str, list[int]] = {}
        always: list[int] = []
        for i, lits in enumerate(literals):
            if not lits:
                always.append(i)
            for lit in lits or ():
                by_literal.setdefault(lit, []).append(i)
        self._always = frozenset(always)
        self._by_literal = tuple(tuple(v) for v in by_literal.values())
        self._find = literal_hits(by_literal) if by_literal else None

    def possible(self, text: str) -> set[int]:
        """The indexes of the patterns that may match ``text`` (it holds one of their literals, or they have none)."""
        out = set(self._always)
        if self._find is not None:
            # every occurrence (overlapping): a literal inside another's occurrence is held too
            hits = self._find(text.encode(), overlapping=True)
            if hits:
                by_literal = self._by_literal
                for k in {hit[0] for hit in hits}:
                    out.update(by_literal[k])
        return out
