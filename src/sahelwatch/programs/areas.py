"""A program row's area, matched to an admin2 P-code.

sahelwatch ships no P-codes (OCHA's COD licence does not let it), so the admin2 units come from
what the user imported with ``sahelwatch geo import`` (a COD P-code table or boundaries), read by
:func:`sahelwatch.geo.boundaries.stored_boundaries`. A row is matched, in this order, by:

1. ``pcode``: its admin2 P-code, as given or through the crosswalk of the two formats
   (``pcode_crosswalk``: OCHA's codes before 2023 start with the ISO3 code, ``NER006001`` or
   ``MLI05``; the 2023 codes with the ISO2 code, ``NE006001``, ``ML05``);
2. ``admin3_pcode``: the admin2 P-code that begins its admin3 (commune) P-code;
3. ``name``: its admin2 name, folded, within its country and, when the name is ambiguous, its admin1;
4. ``name_lookup``: a name-to-P-code list the file itself carries (a hidden sheet), through the crosswalk;
5. ``name_fuzzy``: a misspelt name ("Sanmentenga") that is close to exactly one unit's name
   (similarity at least :data:`FUZZY_CUTOFF` with a small bonus for a shared beginning, and clearly
   closer than the next; a tie is no match);
6. ``point``: the polygon its coordinates fall in, when polygons were imported.

A row none of these matches is rejected with the reason.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

import numpy as np

from ..geo.admin_names import admin_norm
from ..geo.country_codes import country_to_iso3

#: how close a misspelt admin2 name must be to a unit's name (difflib ratio on folded names)
FUZZY_CUTOFF = 0.8
#: and how much closer than the runner-up
FUZZY_MARGIN = 0.05
#: a bonus per shared first letter (up to 4), as Jaro-Winkler gives: "Sanmentenga" is Sanmatenga,
#: not Namentenga, though both are as similar letter for letter
PREFIX_BONUS = 0.02


def _common_prefix(a: str, b: str, cap: int) -> int:
    n = 0
    while n < min(cap, len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n

_OLD_CODE = re.compile(r"^([A-Z]{3})(\d+)$")
_NEW_CODE = re.compile(r"^([A-Z]{2})(\d+)$")
#: admin3 P-code digits beyond the admin2 code, per country, when no boundaries say
_ADMIN3_EXTRA = {"BF": 2, "ML": 2, "NE": 3}


def crosswalk(code: object) -> str | None:
    """The 2023-format P-code of ``code`` (either format; spaces trimmed, upper case); None if not a P-code."""
    if not isinstance(code, str):
        return None
    c = code.strip().upper()
    m = _OLD_CODE.match(c)
    if m:
        iso2 = _iso2(m.group(1))
        return iso2 + m.group(2) if iso2 else None
    return c if _NEW_CODE.match(c) else None


def _iso2(iso3: str) -> str | None:
    from ..geo.country_codes import _codes

    return next((k for k, v in _codes()[1].items() if v == iso3), None)


def iso3_of_pcode(code: str | None) -> str | None:
    if not code:
        return None
    return country_to_iso3(np.array([code[:2]], dtype=object))[0]


@dataclass(frozen=True)
class AreaMatch:
    admin2_pcode: str | None
    admin2: str | None
    admin1_pcode: str | None
    iso3: str | None
    method: str | None
    reason: str | None = None  # why nothing matched


@dataclass
class AreaMatcher:
    """Matches rows against the imported admin2 units (``boundaries``: a BoundarySet or None)."""

    boundaries: object | None
    lookup: dict = field(default_factory=dict)  # folded admin2 name -> P-code (any format), from the file

    def __post_init__(self) -> None:
        self.names: dict[str, dict[str, set[str]]] = {}  # iso3 -> folded name -> P-codes
        self.known: dict[str, tuple[str, str | None]] = {}  # admin2 P-code -> (name, parent P-code)
        b = self.boundaries
        if b is None:
            return
        f = b.frame
        f = f[(f["level"] == 2) & f["pcode"].notna()]
        for r in f.itertuples(index=False):
            self.known.setdefault(r.pcode, (r.name, r.parent_pcode if isinstance(r.parent_pcode, str) else None))
            if isinstance(r.name_norm, str):
                self.names.setdefault(r.iso3, {}).setdefault(r.name_norm, set()).add(r.pcode)

    def _hit(self, code: str, method: str) -> AreaMatch:
        name, parent = self.known.get(code, (None, None))
        if parent is None and len(code) > 4:
            parent = code[:4]
        return AreaMatch(code, name, parent, iso3_of_pcode(code), method)

    def match(self, *, iso3: str | None = None, admin1: str | None = None, admin2: str | None = None,
              admin2_pcode: str | None = None, admin3_pcode: str | None = None,
              lat: float | None = None, lon: float | None = None) -> AreaMatch:
        reasons = []
        if isinstance(admin2_pcode, str) and admin2_pcode.strip():
            code = crosswalk(admin2_pcode)
            if code is None:
                reasons.append(f"admin2 P-code {admin2_pcode.strip()!r} is not a P-code")
            elif not self.known or code in self.known:
                method = "pcode" if code == admin2_pcode.strip().upper() else "pcode_crosswalk"
                return self._hit(code, method)
            else:
                reasons.append(f"admin2 P-code {code} is not among the imported admin2 units")
        if isinstance(admin3_pcode, str) and admin3_pcode.strip():
            code = crosswalk(admin3_pcode)
            if code:
                if self.known:
                    for k in range(len(code) - 1, 3, -1):
                        if code[:k] in self.known:
                            return self._hit(code[:k], "admin3_pcode")
                elif code[:2] in _ADMIN3_EXTRA:
                    return self._hit(code[: -_ADMIN3_EXTRA[code[:2]]], "admin3_pcode")
            reasons.append(f"admin3 P-code {admin3_pcode.strip()!r} is in no imported admin2 unit")
        if isinstance(admin2, str) and admin2.strip():
            hit = self._by_name(iso3, admin1, admin2)
            if isinstance(hit, AreaMatch):
                return hit
            reasons.append(hit)
        if lat is not None and lon is not None and self.boundaries is not None:
            try:
                la, lo = float(lat), float(lon)
            except (TypeError, ValueError):
                la = lo = float("nan")
            if np.isfinite(la) and np.isfinite(lo):
                got = self.boundaries.locate(2, np.array([lo]), np.array([la]))
                code = got["pcode"][0]
                if isinstance(code, str):
                    return self._hit(code, "point")
        if not reasons:
            reasons.append("no admin2 area given (no admin2 name, admin2 or admin3 P-code)")
        return AreaMatch(None, None, None, iso3, None, "; ".join(reasons))

    def _by_name(self, iso3: str | None, admin1: str | None, admin2: str) -> AreaMatch | str:
        countries = [iso3] if iso3 else sorted(self.names)
        hits: set[str] = set()
        for c in countries:
            norm = admin_norm(np.array([c], dtype=object), np.array([admin2], dtype=object), 2)[1][0]
            if isinstance(norm, str):
                hits |= self.names.get(c, {}).get(norm, set())
        if len(hits) > 1 and isinstance(admin1, str):
            hits = self._in_admin1(hits, admin1)
        if len(hits) == 1:
            return self._hit(next(iter(hits)), "name")
        if len(hits) > 1:
            return f"admin2 name {admin2!r} is ambiguous ({', '.join(sorted(hits))})"
        folded = admin_norm(np.array([iso3], dtype=object), np.array([admin2], dtype=object), 2)[1][0]
        looked = self.lookup.get(folded) if isinstance(folded, str) else None
        if looked:
            code = crosswalk(looked)
            if code and (not self.known or code in self.known):
                return self._hit(code, "name_lookup")
        if not self.names:
            return (f"admin2 name {admin2!r} cannot be matched: no admin2 units imported "
                    "(run 'sahelwatch geo import PCODES --level 2')")
        best = self._fuzzy(countries, admin1, admin2)
        if best:
            return self._hit(best, "name_fuzzy")
        where = f" in {iso3}" if iso3 else ""
        return f"admin2 name {admin2!r} matches no imported admin2 unit{where}"

    def _in_admin1(self, codes: set[str], admin1: str) -> set[str]:
        a1 = admin_norm(np.array([iso3_of_pcode(next(iter(codes)))], dtype=object),
                        np.array([admin1], dtype=object), 1)[1][0]
        names1 = getattr(self.boundaries, "name_of", {})
        keep = {c for c in codes if names1.get(self.known.get(c, (None, None))[1] or c[:4]) == a1}
        return keep or codes

    def _fuzzy(self, countries, admin1: str | None, admin2: str) -> str | None:
        scored = []
        for c in countries:
            norm = admin_norm(np.array([c], dtype=object), np.array([admin2], dtype=object), 2)[1][0]
            if not isinstance(norm, str):
                continue
            for name, codes in self.names.get(c, {}).items():
                r = difflib.SequenceMatcher(None, norm, name).ratio() + PREFIX_BONUS * _common_prefix(norm, name, 4)
                if r >= FUZZY_CUTOFF - FUZZY_MARGIN:
                    scored.extend((r, code) for code in codes)
        best_of: dict[str, float] = {}
        for r, code in scored:  # one score per unit (a unit may be listed under several spellings)
            best_of[code] = max(r, best_of.get(code, 0.0))
        scored = sorted(((r, c) for c, r in best_of.items()), reverse=True)
        if not scored:
            return None
        top, code = scored[0]
        if top < FUZZY_CUTOFF - 1e-9:
            return None
        if len(scored) > 1 and scored[1][0] > top - FUZZY_MARGIN:
            if isinstance(admin1, str):
                near = self._in_admin1({c for r, c in scored if r > top - FUZZY_MARGIN}, admin1)
                if len(near) == 1:
                    return next(iter(near))
            return None
        return code
