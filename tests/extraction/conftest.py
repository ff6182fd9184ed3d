from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.conftest import data_file as shared_file  # noqa: F401  (re-exported to the tests here)

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "data"
GOLD = Path(__file__).resolve().parent / "gold"




@pytest.fixture(scope="session")
def extractor():
    from sahelwatch.extraction import Extractor

    return Extractor()


#: the publication date of the sentences written for the rule tests (a Wednesday)
ANCHOR = dt.date(2024, 6, 12)


@pytest.fixture(scope="session")
def rules_only():
    """One extractor of the rules alone (no spaCy), shared by the rule tests."""
    from sahelwatch.extraction.pipeline import Extractor

    return Extractor(use_spacy=False)


@pytest.fixture(scope="session")
def first_event(rules_only):
    """The first event the rules alone (no spaCy) code from one text, published on ANCHOR unless told."""
    from sahelwatch.extraction.pipeline import Document

    def run(text, lang="en", published=ANCHOR):
        return rules_only.extract(Document("t", text, lang, published)).events[0]

    return run


@pytest.fixture(scope="session")
def events(rules_only):
    """All the events the rules alone (no spaCy) code from one text, published on ANCHOR."""
    from sahelwatch.extraction.pipeline import Document

    return lambda text, lang: rules_only.extract(Document("t", text, lang, ANCHOR)).events


@pytest.fixture(scope="session")
def event_toll():
    """The count rules' reading of the dead of one event told by ``sentences`` (joined by one space, the first its
    lead): each sentence's reading, then the event's (:func:`~sahelwatch.extraction.counts.event_fatalities`)."""
    from sahelwatch.extraction.counts import event_fatalities, sentence_fatalities
    from sahelwatch.folding import fold_aligned as fold

    def run(sentences, lang):
        folded, readings, pos = fold(" ".join(sentences)), [], 0
        for s in sentences:
            if (r := sentence_fatalities(s, lang, pos, folded[pos : pos + len(s)])) is not None:
                readings.append(r)
            pos += len(s) + 1
        return event_fatalities(readings, len(sentences[0]), folded)

    return run


@pytest.fixture(scope="session")
def sentence_best():
    """The dead the count rules read in one sentence (their best figure), or None when it reports none."""
    from sahelwatch.extraction.counts import sentence_fatalities

    def run(text, lang):
        r = sentence_fatalities(text, lang)
        return None if r is None else r.best

    return run
