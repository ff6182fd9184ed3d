"""A page whose one line holding nothing but a full date stands below a caption or a repeated headline is stamped by
that line: it anchors the story's yearless days and dates no event; a chronology's several date lines stamp nothing
(pages written for these tests, places invented)."""

from __future__ import annotations

import datetime as dt

from sahelwatch.extraction.structure import anchor, layout

PAGE = ("WORLD\n"
        "3 MIN READ\n"
        "Herders attacked near Foo\n"
        "Officials said that a camp of herders was attacked by gunmen near Foo last week.\n"
        "Herders attacked near Foo\n"
        "Men guard the camp near Foo after the raid. / Photo: Some Agency\n"
        "October 22, 2031\n"
        "Gunmen stormed a camp of herders near Foo last week, killing four, the prefect said on Tuesday.\n"
        "The raid took place on October 17 near the well of Bar, the prefect said.\n")


def test_the_one_lone_date_line_of_a_page_is_its_stamp():
    page = layout(PAGE, "en")
    kinds = [(b.kind, PAGE[b.start : b.end]) for b in page.blocks]
    assert ("dateline", "October 22, 2031") in kinds
    assert anchor(page, None) == dt.date(2031, 10, 22)


def test_the_event_of_a_page_stamped_low_takes_its_own_day(first_event):
    ev = first_event(PAGE, "en", None)
    assert ev.event_date == "2031-10-17"


def test_the_days_of_a_chronology_stamp_nothing():
    text = ("Chronology of the attacks near Foo\n"
            "The district has seen many raids this year, a local official said.\n"
            "Here are the main ones.\n"
            "Gunmen raided a market.\n"
            "Herders were attacked.\n"
            "A well was burned.\n"
            "March 3, 2031\n"
            "Gunmen killed two traders near the market of Foo.\n"
            "March 9, 2031\n"
            "A raid on a herders' camp left three dead.\n")
    page = layout(text, "en")
    assert not [b for b in page.blocks if b.kind == "dateline"]
