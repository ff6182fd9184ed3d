"""With no publication date, a weekday the event's sentences name ("Samedi dernier", "mercredi matin") is placed by the
event's own full date when that date falls on the weekday ("le samedi 4 mars 2028"), and gives way to the day the
scene-setting sentence gives ("dans la nuit du mardi 7 au mercredi 8 mars 2028"); a full date on another weekday places
nothing (own sentences, both languages)."""

from __future__ import annotations

import pytest

from sahelwatch.extraction import Document


@pytest.fixture(scope="module")
def x(rules_only):
    """The conftest's one rules-only extractor."""
    return rules_only


def dates(x, text: str, lang: str) -> list[str | None]:
    res = x.extract(Document("t", text, lang, None))
    return [None if e.event_date is None else str(e.event_date) for e in res.events]


@pytest.mark.parametrize("lang,text,want", [
    ("fr", "Samedi dernier, des hommes armés ont tué trois gardes forestiers près de Kolondo. Selon l'état-major, « le "
           "samedi 4 mars 2028, vers 19 h, une patrouille a été attaquée sur l'axe Kolondo-Sorobéré ».", "2028-03-04"),
    ("en", "Last Saturday, gunmen killed three forest guards near Kolondo. According to the army, \"on Saturday 4 March "
           "2028, around 7 pm, a patrol was attacked on the Kolondo-Sorobere road\".", "2028-03-04"),
    # the full date is a Saturday, the weekday a Friday: the weekday stays unplaced
    ("fr", "Vendredi dernier, des hommes armés ont tué trois gardes forestiers près de Kolondo. Selon l'état-major, « le "
           "samedi 4 mars 2028, vers 19 h, une patrouille a été attaquée sur l'axe Kolondo-Sorobéré ».", None),
])
def test_an_unplaced_weekday_takes_the_events_full_date_on_that_weekday(x, lang, text, want):
    assert dates(x, text, lang)[:1] == [want]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Des jihadistes ont encore attaqué la commune de Kolondo dans la nuit du mardi 7 au "
           "mercredi 8 mars 2028. Le premier bilan fait état de six morts. Des tirs ont encore été entendus mercredi "
           "matin près du marché."),
    ("en", "The town of Kolondo was hit again by a jihadist attack on the night of Tuesday 7 to Wednesday 8 March 2028. "
           "A first toll reports six dead. Gunfire was still heard on Wednesday morning near the market."),
])
def test_an_unplaced_weekday_gives_way_to_the_scene_setting_day(x, lang, text):
    assert dates(x, text, lang)[:1] == ["2028-03-07"]
