"""Extraction never hides a broken part behind a shorter list: the failure reaches the caller."""

from __future__ import annotations

import pytest

from sahelwatch.extraction import actors as extraction_actors
from sahelwatch.extraction import places


def test_a_gazetteer_that_cannot_be_read_is_an_error_not_a_shorter_list(monkeypatch):
    from sahelwatch.geo.gazetteer import Gazetteer

    def unreadable(cls):
        raise FileNotFoundError("gazetteer_geonames.csv.gz")

    monkeypatch.setattr(Gazetteer, "default", classmethod(unreadable))
    places.default_gazetteers.cache_clear()
    try:
        with pytest.raises(FileNotFoundError, match="gazetteer_geonames"):
            places.default_gazetteers()
    finally:
        places.default_gazetteers.cache_clear()


def test_a_failing_actor_resolver_is_not_replaced_by_the_lexicon(monkeypatch):
    import sahelwatch.actors.resolver as resolver

    def broken(name, **kw):
        raise RuntimeError("registry bug")

    monkeypatch.setattr(resolver, "resolve", broken)
    with pytest.raises(RuntimeError, match="registry bug"):
        extraction_actors.resolve_ids("JNIM")
