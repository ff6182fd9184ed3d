"""A speaker's appeal, demand or condemnation is a statement: its day ("a union called on Monday for ...", "une ONG a
condamné mardi ...") is the report's, not the act's, and the act takes the day the sentence gives it ("arrested two
days ago", "survenu dimanche"). Own sentences, both languages, published on a Wednesday."""

import datetime as dt

import pytest

from sahelwatch.extraction import Document

WEDNESDAY = dt.date(2031, 3, 19)


@pytest.mark.parametrize("lang,text,want", [
    ("en", "A lawyers' union called for the release of a radio host from Foo on Monday. Police arrested him two days "
           "ago.", "2031-03-17"),
    ("en", "Rights groups on Monday urged the police of Foo to free a teacher detained on Saturday.", "2031-03-15"),
    ("fr", "Une ONG a condamné mardi l'enlèvement d'un journaliste survenu dimanche à Foo.", "2031-03-16"),
    ("fr", "Un syndicat a appelé lundi à libérer un enseignant enlevé samedi près de Foo.", "2031-03-15"),
])
def test_an_appeal_or_a_condemnation_dates_the_statement_not_the_act(extractor, lang, text, want):
    events = extractor.extract(Document("t", text, lang, WEDNESDAY)).events
    assert len(events) == 1 and events[0].event_date == want
