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
