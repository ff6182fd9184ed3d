"""Finding gazetteer names in a text: the matcher behind :meth:`Gazetteer.find_in_text`.

The rule. A *token* is a run of letters and digits. A name opens on a token that starts with an
upper-case letter, and runs on over the tokens that follow it one character apart (``In-Délimane``,
``Bobo-Dioulasso``, ``Fada N'Gourma``; never over ``", "``), at most as many tokens as the longest
name has; the tokens' folded keys, joined, must make the key (:func:`name_key`) of a gazetteer
name. At each opening token the longest such name is taken; names are taken left to right,
without overlaps. A name whose key is on the stoplist, or shorter than three letters, is kept
only when a unit word frames it (:func:`token_role`: ``cercle de X``, ``X region``). A token that
folds to a single letter opens no name (``À Djibo`` is Djibo, not ``Adjibo``; and so ``N'Tillit``,
in two tokens, is not found: a known gap of the rule).

How it stays fast, with the same matches:

* one regular-expression pass finds the capitalised tokens (the ASCII one on ASCII text); only
  those a name can open on are read further, each found with ``str.find`` after the previous
  one and checked to be a token of its own;
* what a token spelling means is folded once per gazetteer and kept: whether a name can open on
  it, its key, whether it is a unit word or a link word;
* every key prefix is kept with two flags, whether it is a key and whether a longer key goes on
  from it; whether the next token can carry a name on is told from its first two characters
  (a token that opens on ASCII letters folds to a key that opens on them, lower-cased), kept
  per opening token, so most names end without the next token being read;
* the unit word that frames a name is found by one match each side on ASCII text (the text
  before it read backwards from the reversed text), each tried only when the six characters on
  that side leave room for a unit or link word (kept per spelling of those characters), and token
  by token elsewhere.
"""

from __future__ import annotations

import re
import sys
from functools import lru_cache

from ..memo import BoundedMemo
from .gazetteer_names import LINK, TOKEN, WORD_ROLES, fold, token_role

__all__ = ["TextIndex"]

#: Flags of a key prefix: it is a whole key; a longer key goes on from it.
IS_KEY, GOES_ON = 1, 2
#: Token spellings whose folding a gazetteer keeps, per cache.
_TOKENS_MAX = 200_000
#: Openings of a next token whose outcome a gazetteer keeps, per token a name opens on.
_NEXT_MAX = 1_000

_ASCII_CAPITALISED = re.compile(r"[A-Z][A-Za-z0-9]*")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
#: Over reversed text: the separators, then the previous token (reversed).
_PREVIOUS = re.compile(r"[\W_]*([^\W_]+)")


def _word_pattern(words, reverse: bool = False) -> str:
    """A regular expression that matches one of ``words`` (each reversed, with ``reverse``), as a
    tree of letters, so that a failing match is told at its first letters."""
    tree: dict = {}
    for w in words:
        node = tree
        for ch in (w[::-1] if reverse else w):
            node = node.setdefault(ch, {})
        node[""] = {}

    def branch(node: dict) -> str:
        alts = [re.escape(ch) + branch(node[ch]) for ch in sorted(node) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 and "" not in node else "(?:" + "|".join(alts) + ")"
        return body + ("?" if "" in node else "")

    return branch(tree)


_UNITS = [w for w, role in WORD_ROLES.items() if role != LINK]
_LINKS = [w for w, role in WORD_ROLES.items() if role == LINK]
# On ASCII text a token's folded form is its lower case, so the unit word that frames a name is
# found by one match each side. Over reversed text from the name's start: up to three link words,
# then a unit word ("cercle de X", "region de la X"); over the text from its end: a unit word.
_ASCII_UNIT_BEFORE = re.compile(
    rf"[^a-z0-9]*(?:(?:{_word_pattern(_LINKS, True)})[^a-z0-9]+){{0,3}}({_word_pattern(_UNITS, True)})(?![a-z0-9])",
    re.IGNORECASE | re.ASCII)
_ASCII_UNIT_AFTER = re.compile(rf"[^a-z0-9]*({_word_pattern(_UNITS)})(?![a-z0-9])", re.IGNORECASE | re.ASCII)
# Most names have a plain word beside them, which those matches would only reject: the word before
# a name can frame it only if it is a unit or link word, the word after it only if it opens like a
# unit word. Both are read from a few characters each side (:func:`_may_frame_before`, ``_after``).
_ROLE_ENDS = frozenset(w[-2:] for w in WORD_ROLES if len(w) >= 2)
_UNIT_OPENINGS = frozenset(w[:3] for w in _UNITS)
#: Characters read each side of a name to rule out a unit word there.
_SIDE = 6


def _may_frame_before(b: str) -> bool:
    """Whether the :data:`_SIDE` characters before a name in ASCII text (fewer at its start) leave room
    for a unit or link word before it: the last word in them, when they hold all of it, must be one;
    when they hold its end only, that end must end one."""
    j = len(b) - 1
    while j >= 0 and not b[j].isalnum():
        j -= 1
    if j < 0:
        return True  # a longer run of separators, or none: the match tells
    k = j
    while k > 0 and b[k - 1].isalnum():
        k -= 1
    word = b[k:j + 1].lower()
    if k > 0 or len(b) < _SIDE:  # the whole word
        return word in WORD_ROLES
    return len(word) < 2 or word[-2:] in _ROLE_ENDS


def _may_frame_after(a: str) -> bool:
    """Whether the :data:`_SIDE` characters after a name in ASCII text (fewer at its end) leave room for
    a unit word after it: the first word in them must open like one (unit words have three letters
    or more)."""
    i = 0
    while i < len(a) and not a[i].isalnum():
        i += 1
    w = a[i:i + 3]
    if len(w) < 3:  # cut short: by the end of the text (no word of three letters), else the match tells
        return len(a) == _SIDE
    return w.isalnum() and w.lower() in _UNIT_OPENINGS


_BEFORE, _AFTER = BoundedMemo(_may_frame_before, _TOKENS_MAX), BoundedMemo(_may_frame_after, _TOKENS_MAX)


@lru_cache(maxsize=2)
def _capitalised(astral: bool = False) -> re.Pattern:
    """A run of letters and digits that opens on an upper-case letter (``str.isupper``); with
    ``astral``, also one outside the Basic Multilingual Plane (a character class that holds them
    is searched letter by letter, so texts without them use the smaller one).

    A match can open inside a token (``iPhone``); the caller drops those, since a name opens only
    on a token's first character. Every upper-case letter that no earlier match covers opens a
    match, so a match's offset is the first occurrence of its text after the previous match."""
    top = sys.maxunicode if astral else 0xFFFF
    ranges: list[list[int]] = []
    for o in range(top + 1):
        c = chr(o)
        if c.isupper() and TOKEN.fullmatch(c):
            if ranges and ranges[-1][1] == o - 1:
                ranges[-1][1] = o
            else:
                ranges.append([o, o])
    upper = "".join(re.escape(chr(a)) + (f"-{re.escape(chr(b))}" if b > a else "") for a, b in ranges)
    return re.compile(rf"[{upper}][^\W_]*")


class TextIndex:
    """The gazetteer's name keys as text matching reads them, and what it learned of token spellings.

    :meth:`add` is called for every (name, entry) the gazetteer indexes; :meth:`find` gives the
    names of a text. The caches of token spellings are bounded and emptied when a key is added.
    """

    __slots__ = ("_stop", "_prefixes", "_max_tokens", "_opens", "_keys", "_roles", "_rroles")

    def __init__(self, stop: frozenset[str]):
        self._stop = stop
        self._prefixes: dict[str, int] = {}  # every prefix of a key -> IS_KEY | GOES_ON
        self._max_tokens = 1
        # capitalised token -> what a name opening on it starts from (:meth:`_open`), read when first met
        self._opens = BoundedMemo(self._open, _TOKENS_MAX)
        self._keys: dict[str, str] = {}  # token -> its key (folded, no spaces)
        self._roles: dict[str, str] = {}  # token -> its unit kind, LINK, or ""
        self._rroles: dict[str, str] = {}  # reversed token -> the same

    def add(self, key: str, tokens: int) -> None:
        """Index a name's key; ``tokens``: the number of words the name folds to."""
        p = self._prefixes
        p[key] = p.get(key, 0) | IS_KEY
        for m in range(len(key) - 1, 0, -1):
            k = key[:m]
            f = p.get(k, 0)
            if f & GOES_ON:  # set for it, so for every shorter prefix too
                break
            p[k] = f | GOES_ON
        self._max_tokens = max(self._max_tokens, tokens)
        self._opens.clear()

    def find(self, text: str) -> list[tuple[int, int, str, str | None]]:
        """``(start, end, key, unit hint)`` of every name in ``text`` (the module's rule)."""
        out: list[tuple[int, int, str, str | None]] = []
        n = len(text)
        find = text.find
        rtext = None
        last = pos = 0
        ascii = text.isascii()
        toks = (_ASCII_CAPITALISED if ascii else _capitalised(_ASTRAL.search(text) is not None)).findall(text)
        # Only the tokens a name can open on are read; the offset of each is the first occurrence
        # of its spelling after the previous one that the pattern would match, which is its own
        # (an earlier one would be a match of the same spelling, so read before it).
        for tok, size, key, is_key, goes_on, plain in filter(None, map(self._opens.__getitem__, toks)):
            start = find(tok, pos)
            pos = start + size
            if text[start - 1:start].isalnum() or text[pos:pos + 1].isalnum():
                while not _matched(text, start, size):  # seldom: an occurrence inside a longer token
                    start = find(tok, start + 1)
                pos = start + size
                if text[start - 1:start].isalnum():
                    continue  # a match inside a token ("iPhone")
            if start < last:
                continue  # inside the previous name
            if goes_on is None:  # a name's key that no longer key goes on from
                end = pos
                if pos + 1 < n and text[pos + 1] >= "\x80":  # a token that may fold to nothing
                    end, k = self._longer(text, pos, key, pos)
                    if k != key:
                        key, plain = k, self._plain(k)
            else:
                # whether the next token may carry the name on, told from its first two characters
                g = goes_on.get(s2 := text[pos + 1:pos + 3])
                if g is None:
                    g = self._may_go_on(goes_on, key, s2)
                if g:
                    end, k = self._longer(text, pos, key, pos if is_key else -1)
                    if end < 0:
                        continue
                    if k != key:
                        key, plain = k, self._plain(k)
                elif is_key:
                    end = pos
                else:
                    continue
            if not ascii:
                hint = self._hint(text, start, end)
            # on ASCII text, a unit word frames a name only if the word beside it can be one
            elif start and _BEFORE[text[max(0, start - _SIDE):start]] \
                    and (m := _ASCII_UNIT_BEFORE.match(rtext or (rtext := text[::-1]), n - start)):
                hint = WORD_ROLES[m.group(1)[::-1].lower()]
            elif _AFTER[text[end:end + _SIDE]] and (m := _ASCII_UNIT_AFTER.match(text, end)):
                hint = WORD_ROLES[m.group(1).lower()]
            else:
                hint = None
            if hint is None and not plain:
                continue
            out.append((start, end, key, hint))
            last = end
        return out

    def _may_go_on(self, goes_on: dict[str, bool], key: str, s2: str) -> bool:
        """Whether a name may go on from ``key`` over the token opening on ``s2`` (the two characters
        after the separator; fewer at the end of the text): a token that opens on ASCII letters or
        digits folds to a key that opens on them, lower-cased."""
        c = s2[:1]
        if not c or self._max_tokens < 2:
            got = False
        elif c >= "\x80":
            got = True  # read it
        elif not c.isalnum():
            got = False  # the next token is more than one character away
        elif len(s2) == 2 and s2[1] < "\x80" and s2[1].isalnum():
            got = key + s2.lower() in self._prefixes
        else:  # a one-character token, or one whose second character folds to who knows what
            got = key + c.lower() in self._prefixes
        if len(goes_on) >= _NEXT_MAX:
            goes_on.clear()
        goes_on[s2] = got
        return got

    def _longer(self, text: str, end: int, acc: str, found: int) -> tuple[int, str]:
        """The end and key of the longest name that runs on from the tokens ``acc`` keys, ending at
        ``end``, over the tokens one character apart that follow (``found``: ``end`` when ``acc``
        is a name's key, else -1); -1 when none."""
        n, prefixes, keys, key = len(text), self._prefixes, self._keys, acc
        for _ in range(self._max_tokens - 1):
            if end + 1 >= n:
                break
            c = text[end + 1]
            if c < "\x80" and (not c.isalnum() or acc + c.lower() not in prefixes):
                break
            nxt = TOKEN.match(text, end + 1)
            if nxt is None:  # the next token is more than one character away
                break
            t = nxt.group()
            w = keys.get(t)
            acc += self._key(t) if w is None else w
            end = nxt.end()
            f = prefixes.get(acc)
            if f is None:
                break
            if f & IS_KEY:
                found, key = end, acc
        return found, key

    def _hint(self, text: str, start: int, end: int) -> str | None:
        """The level a unit word gives the name ``text[start:end]``: before it, followed by at most
        three link words (``cercle de X``, ``région de la X``), or right after it (``X region``)."""
        p = len(text) - start
        rtext = text[::-1] if start else ""
        for depth in (1, 2, 3, 4):
            m = _PREVIOUS.match(rtext, p)
            if m is None:
                break
            r = m.group(1)
            role = self._rroles.get(r)
            if role is None:
                role = self._rrole(r)
            if role is LINK and depth < 4:
                p = m.end()
                continue
            if role and role is not LINK:
                return role
            break
        m = TOKEN.search(text, end)
        if m is None:
            return None
        a = m.group()
        role = self._roles.get(a)
        if role is None:
            role = self._role(a)
        return role if role and role is not LINK else None

    # ----------------------------------------------------------------- token spellings, folded once
    def _open(self, tok: str) -> tuple[str, int, str, bool, dict[str, bool] | None, bool] | None:
        """What a name opening on the capitalised token ``tok`` starts from: ``None`` when no name opens
        on it, else (the token, its length, its key, whether the key is a name's, whether a name may go
        on over the next token, by its first two characters: None when no longer key goes on from this
        one, and whether the key is a name text matching reports without a unit word)."""
        words = fold(tok)
        key = words.replace(" ", "")
        flags = self._prefixes.get(key)
        if not flags or len(words) == 1:
            return None
        return tok, len(tok), key, bool(flags & IS_KEY), {} if flags & GOES_ON else None, self._plain(key)

    def _plain(self, key: str) -> bool:
        """Whether a name of this key is reported without a unit word: not stoplisted, three letters or more."""
        return len(key) >= 3 and key not in self._stop

    def _key(self, tok: str) -> str:
        return _put(self._keys, tok, fold(tok).replace(" ", ""))

    def _role(self, tok: str) -> str:
        return _put(self._roles, tok, token_role(fold(tok)))

    def _rrole(self, rtok: str) -> str:
        return _put(self._rroles, rtok, token_role(fold(rtok[::-1])))


def _matched(text: str, start: int, size: int) -> bool:
    """Whether the capitalised pattern matches ``text[start:start + size]`` (``start``: an
    occurrence of that match's text): the run of letters and digits ends there, and no upper-case
    letter stands before ``start`` in it (an earlier match would have covered ``start``)."""
    end = start + size
    if end < len(text) and text[end].isalnum():
        return False
    i = start
    while i and text[i - 1].isalnum():
        i -= 1
        if text[i].isupper():
            return False
    return True


def _put(cache: dict, k, v):
    if len(cache) >= _TOKENS_MAX:
        cache.clear()
    cache[k] = v
    return v
