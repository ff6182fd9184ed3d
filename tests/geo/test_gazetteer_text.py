"""Names found in text: the gazetteer's matcher against a plain, token-by-token reading of the same rule.

The reference below reads every token of the text with ``TOKEN.finditer`` and tries every capitalised
one in turn, with no cache, no shortcut and no precomputed flag: the rule as stated in
``sahelwatch.geo.gazetteer_text``. The matcher must find exactly what it finds, with the same unit
hints, and each name's candidates must be the lookup's for that name and hint.
"""

from __future__ import annotations

import json

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sahelwatch.geo.gazetteer import Gazetteer, Mention, Place, fits_short_capitals, short_capitals
from sahelwatch.geo.gazetteer_names import LINK, TOKEN, fold, name_key, token_role
from tests.conftest import data_file as shared


class Reference:
    """The rule, read the slow way."""

    def __init__(self, gaz: Gazetteer):
        names = [n for p in gaz.places for n in p.names if name_key(n)]
        self.keys = {name_key(n) for n in names}
        self.prefixes = {k[:m] for k in self.keys for m in range(1, len(k) + 1)}
        self.max_tokens = max(len(fold(n).split()) for n in names)
        self.by_key: dict[str, list[Place]] = {}
        for p in gaz.places:
            for k in {name_key(n) for n in p.names}:
                self.by_key.setdefault(k, []).append(p)
        self.gaz = gaz

    def find(self, text: str) -> list[tuple[int, int, str, str | None]]:
        toks = [(m.start(), m.end(), fold(m.group())) for m in TOKEN.finditer(text)]
        out, last = [], 0
        for i, (start, _, first) in enumerate(toks):
            if start < last or not text[start].isupper() or len(first) == 1:
                continue
            found, acc = None, ""
            for j in range(i, min(i + self.max_tokens, len(toks))):
                if j > i and toks[j][0] != toks[j - 1][1] + 1:
                    break  # names do not span two characters
                acc += toks[j][2].replace(" ", "")
                if acc not in self.prefixes:
                    break
                if acc in self.keys:
                    found = (j, acc)
            if found is None:
                continue
            j, key = found
            hint = self.hint([t[2] for t in toks[max(0, i - 4):i]], toks[j + 1][2] if j + 1 < len(toks) else None)
            if hint is None and (self.gaz.is_stopword(key) or len(key) < 3):
                continue
            surface = text[start:toks[j][1]]
            last = toks[j][1]
            if short_capitals(surface) and not any(fits_short_capitals(p, key) for p in self.by_key.get(key, ())):
                continue  # an acronym: no entry may be it
            out.append((start, toks[j][1], surface, hint))
        return out

    @staticmethod
    def hint(before: list[str], after: str | None) -> str | None:
        k = len(before) - 1
        while k >= 0 and token_role(before[k]) == LINK and len(before) - k <= 3:
            k -= 1
        if k >= 0 and token_role(before[k]) not in ("", LINK):
            return token_role(before[k])
        if after is not None and token_role(after) not in ("", LINK):
            return token_role(after)
        return None


def found(gaz: Gazetteer, text: str, **ctx) -> list[tuple[int, int, str, str | None]]:
    ms = gaz.find_in_text(text, **ctx)
    for m in ms:
        assert text[m.start:m.end] == m.surface
        made = Mention(m.start, m.end, m.surface, m.candidates, m.kind_hint)
        assert m == made and hash(m) == hash(made) and repr(m) == repr(made)
        assert m.candidates == tuple(gaz.lookup(m.surface, kind=m.kind_hint, fuzzy=False, limit=10**6, **ctx))
    return [(m.start, m.end, m.surface, m.kind_hint) for m in ms]


def place(name: str, *aliases: str, kind: str = "place", admin1: str = "Mopti") -> Place:
    return Place(id=f"test:{name_key(name)}:{kind}", name=name, names=(name, *aliases), latitude=14.5,
                 longitude=-4.2, iso3="MLI", admin1=admin1, admin2=None, kind=kind)


# Invented places and spellings: the rule's corners, not real geography.
SMALL = Gazetteer(
    [
        place("Ségou"), place("Dia"), place("Diabali"), place("Tin Ahara"), place("Tin"),
        place("N'Kourou", "Nkourou"), place("In-Kerane"), place("Bœuf Rouge", "Boeuf Rouge"),
        place("Fada"), place("Fada N'Gourma"), place("Fada N'Gourma Est"), place("Kéré Kéré Kéré Kéré"),
        place("Sahel", kind="admin1", admin1="Sahel"), place("Mopti", kind="admin1"),
        place("Do", kind="admin2"), place("Dabo Bamba"), place("Bamba"),
    ],
    stoplist=["Sahel", "Tin"],
)


@pytest.mark.parametrize("text, expected", [
    # accents, case and typographic apostrophes fold away; the name keeps its own spelling in the text
    ("SÉGOU a été attaquée, puis Segou.", [(0, 5, "SÉGOU", None), (27, 32, "Segou", None)]),
    ("Près de l’In-Kerane et d'In Kerane.", [(10, 19, "In-Kerane", None), (25, 34, "In Kerane", None)]),
    # a hyphen or a space inside the name; two spellings of one key
    ("In-Kerane, In Kerane, Inkerane.", [(0, 9, "In-Kerane", None), (11, 20, "In Kerane", None),
                                         (22, 30, "Inkerane", None)]),
    # œ folds to oe, whichever spelling the text uses
    ("Au Bœuf Rouge et au Boeuf Rouge.", [(3, 13, "Bœuf Rouge", None), (20, 31, "Boeuf Rouge", None)]),
    # the longest name wins over the shorter names it contains, and names do not overlap
    ("Fada N'Gourma Est puis Fada N'Gourma puis Fada.",
     [(0, 17, "Fada N'Gourma Est", None), (23, 36, "Fada N'Gourma", None), (42, 46, "Fada", None)]),
    ("Dabo Bamba et Bamba.", [(0, 10, "Dabo Bamba", None), (14, 19, "Bamba", None)]),
    # a name of four tokens, and one cut short by ", "
    ("Kéré Kéré Kéré Kéré, Kéré Kéré, Kéré.", [(0, 19, "Kéré Kéré Kéré Kéré", None)]),
    # a prefix of a longer name that is a name itself ("Dia" of "Diabali"), and one that is not
    ("Diabali, Dia, Diab.", [(0, 7, "Diabali", None), (9, 12, "Dia", None)]),
    # at the very start and the very end of the text
    ("Ségou", [(0, 5, "Ségou", None)]),
    ("vers Fada", [(5, 9, "Fada", None)]),
    # lower case, inside a word, or after an underscore
    ("ségou, iSégou, Ségou2, _Ségou", [(24, 29, "Ségou", None)]),
    # a stoplisted name only with a unit word; a short one likewise
    ("Le Sahel brûle, dans la région du Sahel.", [(34, 39, "Sahel", "admin1")]),
    ("Do. Le cercle de Do, Do cercle.", [(17, 19, "Do", "admin2"), (21, 23, "Do", "admin2")]),
    ("Tin Ahara et Tin.", [(0, 9, "Tin Ahara", None)]),
    # unit words before (through up to three link words) and after
    ("la région de la Mopti, Mopti region, the village of the Diabali",
     [(16, 21, "Mopti", "admin1"), (23, 28, "Mopti", "admin1"), (56, 63, "Diabali", "place")]),
    # three link words at most between the unit word and the name, on ASCII text and on any text
    ("village of the d'Diabali", [(17, 24, "Diabali", "place")]),
    ("village of the de la Diabali", [(21, 28, "Diabali", None)]),
    ("région de la d’Ségou", [(15, 20, "Ségou", "admin1")]),
    ("région de la de la Ségou", [(19, 24, "Ségou", None)]),
    # a token folding to one letter opens no name ("À Dia" is Dia)
    ("À Dia.", [(2, 5, "Dia", None)]),
    # text split into decomposed accents: the accent is a one-character separator
    ("Se\u0301gou.", [(0, 6, "Se\u0301gou", None)]),
    # an astral capital that folds to one letter; the modifier letter apostrophe is a letter that folds
    # to nothing, so a name runs on over it, and "NʼKourou" is one token
    ("\U0001d400 Ségou \u02bc et N\u02bcKourou", [(2, 9, "Ségou \u02bc", None), (13, 21, "N\u02bcKourou", None)]),
])
def test_finds_the_names_of_invented_sentences(text, expected):
    assert found(SMALL, text) == expected
    assert Reference(SMALL).find(text) == expected


ALPHABET = ["Ségou", "SEGOU", "Dia", "Diabali", "Tin", "Ahara", "N'Kourou", "N", "Kourou", "In", "Kerane",
            "Bœuf", "Boeuf", "Rouge", "Fada", "Gourma", "Est", "Kéré", "Sahel", "Mopti", "Do", "Dabo", "Bamba",
            "région", "cercle", "de", "la", "of", "the", "village", "À", "x", "Le", "2", "É", "ʼ"]
SEPARATORS = [" ", "  ", "-", "'", "’", ", ", ". ", "_", "\n", "ʼ", "\u0301", ""]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(ALPHABET), st.sampled_from(SEPARATORS)), max_size=14))
def test_any_run_of_names_and_separators_matches_the_reference(parts):
    text = "".join(w + s for w, s in parts)
    assert found(SMALL, text) == Reference(SMALL).find(text)


ASCII_WORDS = ["Mopti", "MOPTI", "Diabali", "Dia", "Do", "Sahel", "Tin", "Ahara", "Fada", "Gourma", "In", "Kerane",
               "region", "REGION", "Regions", "regional", "cercle", "Cercles", "District", "town", "towns", "Village",
               "commune", "state", "lga", "de", "dE", "d", "l", "la", "of", "The", "the", "in", "near", "and", "x",
               "ne", "on", "Le", "2", "re", "reg", "regionale", "cercleux", "ofthe", "Of", "vil"]
ASCII_SEPARATORS = [" ", ", ", "-", "'", " (", ") ", ".", "\n", "  ", " - ", "     ", " ,  - ", ""]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.sampled_from(ASCII_WORDS), st.sampled_from(ASCII_SEPARATORS)), max_size=14))
def test_unit_words_beside_names_in_plain_ascii_text_match_the_reference(parts):
    # plain ASCII text takes the shortcuts that rule out a unit word from the letters beside a name
    text = "".join(w + s for w, s in parts)
    assert found(SMALL, text) == Reference(SMALL).find(text)


@pytest.mark.parametrize("text, expected", [
    # a word that ends like a unit or link word without being one, and one that is one
    ("Kercle Mopti, the Mopti, Anne de Mopti et cercle Do", [(7, 12, "Mopti", None), (18, 23, "Mopti", None),
                                                           (33, 38, "Mopti", None), (49, 51, "Do", "admin2")]),
    # a word after a name that opens like a unit word, or has one letter, and a unit word in capitals
    ("Mopti reg, Mopti r, Mopti REGION", [(0, 5, "Mopti", None), (11, 16, "Mopti", None),
                                          (20, 25, "Mopti", "admin1")]),
    # unit words through link words of two and three letters
    ("village of Diabali, region of the Mopti", [(11, 18, "Diabali", "place"), (34, 39, "Mopti", "admin1")]),
    # a unit word beyond a run of separators longer than the few characters read beside a name
    ("Mopti ,  -  region; cercle  ,  - Do", [(0, 5, "Mopti", "admin1"), (33, 35, "Do", "admin2")]),
    # words cut short by the end of the text, or by the few characters read beside a name
    ("Mopti re", [(0, 5, "Mopti", None)]),
    ("Xvillage Mopti, Mopti regionale", [(9, 14, "Mopti", None), (16, 21, "Mopti", None)]),
    # one-letter link words, and separators of more than one character
    ("district of d Diabali, village  ( Diabali", [(14, 21, "Diabali", "admin2"), (34, 41, "Diabali", "place")]),
])
def test_unit_words_are_told_from_words_that_only_look_like_them(text, expected):
    assert found(SMALL, text) == expected
    assert Reference(SMALL).find(text) == expected


def test_matches_the_reference_after_learning_a_new_name():
    g = Gazetteer(SMALL.places, stoplist=["Sahel", "Tin"])
    text = "De Ségou Nord à Ségou, puis Kalana Sud."
    assert found(g, text) == [(3, 8, "Ségou", None), (16, 21, "Ségou", None)]
    events = pd.DataFrame({"location": ["Ségou Nord", "Kalana Sud"], "latitude": [13.5, 11.0],
                           "longitude": [-6.2, -8.2], "iso3": ["MLI", "MLI"], "admin1": [None, None],
                           "source": ["test", "test"]})
    g.learn(events)
    assert found(g, text) == Reference(g).find(text) == [(3, 13, "Ségou Nord", None), (16, 21, "Ségou", None),
                                                          (28, 38, "Kalana Sud", None)]


# --------------------------------------------------------------------------- real texts
@pytest.fixture(scope="module")
def real_texts() -> list[str]:
    with shared("gold/fr_news_dev.jsonl").open(encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f if line.strip()]
    notes = pd.read_csv(shared("acled/acled_mali_dyadic_1997-2018.csv"), index_col=0)["notes"].dropna()
    return texts + list(notes)


@pytest.mark.slow
def test_real_texts_give_the_references_names(real_texts):
    gaz = Gazetteer.default()
    ref = Reference(gaz)
    for text in real_texts:
        assert found(gaz, text) == ref.find(text), text[:80]
    # and in another context, where only the candidates' ranking may change
    for text in real_texts[:300]:
        assert found(gaz, text, country="MLI", admin1="Gao") == ref.find(text)
