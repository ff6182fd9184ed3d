"""With no publication date, a weekday the event names takes a full date of that weekday told later only when that
sentence goes on with the event; a full date of another attack ("a similar attack had hit ...", in the pluperfect) on
the same weekday leaves the day unknown (sentences written for these tests)."""

import pytest


@pytest.mark.parametrize("lang,text", [
    ("en", "Last Thursday, raiders stormed the hamlet of Kolo near Tamba, shooting dead 5 herders. On Thursday 4 April "
           "2024, a comparable raid had struck a hamlet further east."),
    ("en", "Last Thursday, raiders stormed the hamlet of Kolo near Tamba, shooting dead 5 herders. On Thursday 4 April "
           "2024, the same band had burnt a granary in a hamlet further east."),
])
def test_another_attacks_full_date_does_not_place_the_weekday(rules_only, lang, text):
    from sahelwatch.extraction.pipeline import Document

    ev = rules_only.extract(Document("t", text, lang, None)).events[0]
    assert ev.event_date is None


def test_the_events_own_full_date_still_places_the_weekday(rules_only):
    from sahelwatch.extraction.pipeline import Document

    text = ("Last Thursday, raiders stormed the hamlet of Kolo near Tamba, shooting dead 5 herders. The assault on "
            "Thursday 4 April 2024 began before dawn, residents said.")
    ev = rules_only.extract(Document("t", text, "en", None)).events[0]
    assert str(ev.event_date) == "2024-04-04"
