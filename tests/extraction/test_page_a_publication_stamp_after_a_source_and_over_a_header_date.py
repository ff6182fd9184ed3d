"""A page's publication stamp after a source's name set off by a bar or a bullet ("Agence | Updated: 15-07-2031 03:15
| Created: ...") is date furniture, never a sentence of the story; and a stamp that says it is the publication's
("Published : 27 Feb 2031, 03:35") anchors the page before a bare date of its head (a site's header of the day it
was read). All pages here are invented for the tests."""

import datetime as dt

from sahelwatch.extraction import Document
from sahelwatch.extraction.structure import layout


def test_an_updated_stamp_after_a_source_is_furniture_not_the_events_day(extractor):
    page = ("Menu\n\nArmy says herders killed by mistake near Foo\n\n"
            "Relatives said the herders were driving their cattle home when the aircraft struck.\n\n"
            "Exemple Wire | Updated: 17-03-2031 04:10 IST | Created: 17-03-2031 04:10 IST\n"
            "Nine herders killed on Saturday night near Foo were hit by an air strike, the army said on Wednesday.")
    page_layout = layout(page, "en")
    assert any(b.kind == "dateline" and "Updated" in page[b.start : b.end] for b in page_layout.blocks)
    assert page_layout.dateline is not None and page_layout.dateline.date == dt.date(2031, 3, 17)
    ev = Document("p", page, "en", dt.date(2031, 3, 17))
    events = extractor.extract(ev).events
    assert len(events) == 1 and events[0].event_date == "2031-03-15"  # the Saturday, not the stamp's day


def test_a_published_stamp_anchors_the_page_before_a_header_date():
    page = ("Wednesday June 11, 2031\n\nHerders killed near Foo\n\nPublished : 19 Mar 2031, 08:20\n\n"
            "Gunmen killed nine herders near Foo on Monday, officials said.")
    page_layout = layout(page, "en")
    assert page_layout.dateline is not None and page_layout.dateline.date == dt.date(2031, 3, 19)
