"""A cell padded with any white space Arrow trims (a vertical tab, a form feed, a no-break or an ideographic
space) reads the same whatever the other cells of its column hold: trimming never depends on whether another
row happens to be padded too."""

from __future__ import annotations

import pyarrow as pa
import pyarrow.compute as pc
import pytest

from sahelwatch.sources import _convert as cv

PADS = ["\x0b", "\x0c", "\x1c", "\x1f", "\x85", "\xa0", "\u1680", "\u2003", "\u200a", "\u2028", "\u202f", "\u205f",
        "\u3000", " ", "\t"]


@pytest.mark.parametrize("pad", PADS, ids=[f"U+{ord(p):04X}" for p in PADS])
def test_a_padded_cell_is_trimmed_alone_as_among_padded_ones(pad):
    alone = cv.text(pa.chunked_array([pa.array([pad + "Battles", "Protests"])]), 2).to_pylist()
    among = cv.text(pa.chunked_array([pa.array([pad + "Battles", " Protests"])]), 2).to_pylist()
    assert alone == among == ["Battles", "Protests"]
    end = cv.text(pa.chunked_array([pa.array(["Riots" + pad, "Protests"])]), 2).to_pylist()
    assert end == ["Riots", "Protests"]


def test_every_character_arrow_trims_is_known_as_padding():
    cps = [c for c in range(0x10000) if not 0xD800 <= c < 0xE000]
    trimmed = pc.binary_length(pc.utf8_trim_whitespace(pa.array([chr(c) for c in cps]))).to_pylist()
    assert {chr(c) for c, n in zip(cps, trimmed) if n == 0} == set(cv._TRIMMED)
