"""A program's sector: the OECD DAC purpose code and sahelwatch's own program type.

The table (``data/sectors.csv``) maps words of a sector, activity or title (folded with
:func:`sahelwatch.folding.words`) to a DAC CRS purpose code and a program type; each row names the
DAC code it gives. The first row whose words appear wins, so the prevention and resilience rows come
first: "Protection / cohésion sociale" is ``dialogue_mediation``, not ``humanitarian``.
"""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from importlib import resources

from ..folding import words

#: the program types, in the order a report lists them
PROGRAM_TYPES = ("dialogue_mediation", "pcve", "reintegration", "radio_media", "local_governance",
                 "youth_livelihoods", "resilience", "humanitarian", "development", "other")


@dataclass(frozen=True)
class SectorRule:
    patterns: tuple[str, ...]
    dac_code: str
    program_type: str


@functools.cache
def sector_rules() -> tuple[SectorRule, ...]:
    with resources.files("sahelwatch.programs").joinpath("data/sectors.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    return tuple(SectorRule(tuple(w for w in (words(p) for p in r["pattern"].split("|")) if w),
                            r["dac_code"], r["program_type"]) for r in rows)


def classify(*texts: object, dac_code: str | None = None) -> tuple[str | None, str]:
    """(DAC code, program type) of a program from its sector, activity and title texts.

    A DAC code the source gives is kept; its type comes from the table's first row with that code,
    else from the texts. Nothing matched: (None, ``other``)."""
    folded = " " + " ".join(words(t) for t in texts if isinstance(t, str)) + " "
    by_text = next((r for r in sector_rules() if any(f" {p} " in folded for p in r.patterns)), None)
    if dac_code:
        by_code = next((r for r in sector_rules() if r.dac_code == dac_code), None)
        if by_code is not None:
            return dac_code, by_code.program_type
        return dac_code, by_text.program_type if by_text else "other"
    if by_text is None:
        return None, "other"
    return by_text.dac_code, by_text.program_type
