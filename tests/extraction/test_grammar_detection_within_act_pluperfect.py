"""Detection (background): a pluperfect after a fronted phrase set at a moment inside the act is the news.

"Avant la fin de l'attaque, les assaillants avaient tué 14 villageois", "By the end of the assault, the gunmen had
killed 11 soldiers": the pluperfect tells what was done before the act's end, within the news, not an earlier event;
its dead are the event's. Near misses: a phrase set before the act ("Avant l'attaque, l'armée avait ...", "Before
the attack, the army had ..."), its start ("avant que l'attaque ne commence") and a backward-looking lead ("La
veille, ...") stay an earlier time.

Every sentence is written for these tests; places invented.
"""

from __future__ import annotations

import pytest

from tests.extraction.conftest import ANCHOR

LEAD = {"fr": "Un convoi militaire est tombé dans une embuscade jeudi près de Sonkoro. ",
        "en": "A military convoy was ambushed on Thursday near Sonkoro. "}

WITHIN = [
    ("fr", "À l'issue des combats, les assaillants avaient tué 9 soldats.", 9),
    ("fr", "Avant que l'assaut ne prenne fin, les jihadistes avaient tué 7 soldats.", 7),
    ("fr", "Jusqu'à la fin de l'embuscade, les hommes armés avaient abattu 6 gendarmes.", 6),
    ("en", "By the end of the attack, the gunmen had killed 11 soldiers.", 11),
    ("en", "At the end of the assault, the militants had killed 5 guards.", 5),
]
EARLIER = [
    ("fr", "Avant l'attaque, l'armée avait neutralisé 13 terroristes dans la zone."),
    ("fr", "Avant que l'attaque ne commence, les jihadistes avaient tué 4 bergers sur la route."),
    ("fr", "La veille, des hommes armés avaient tué 5 bergers."),
    ("en", "Before the attack, the army had killed 13 militants in the area."),
    ("en", "Weeks before the ambush, the militants had killed 3 herders on the same road."),
]


def _events(extractor, lang, text):
    from sahelwatch.extraction.pipeline import Document

    return extractor.extract(Document("within", LEAD[lang] + text, lang, ANCHOR)).events


@pytest.mark.parametrize(("lang", "text", "dead"), WITHIN, ids=[f"within-{i}" for i in range(len(WITHIN))])
def test_a_pluperfect_before_the_act_s_end_tells_the_news(extractor, lang, text, dead):
    assert [e.fatalities["best"] for e in _events(extractor, lang, text)] == [dead]


@pytest.mark.parametrize(("lang", "text"), EARLIER, ids=[f"earlier-{i}" for i in range(len(EARLIER))])
def test_a_pluperfect_before_the_act_stays_earlier(extractor, lang, text):
    assert [e.fatalities["best"] for e in _events(extractor, lang, text)] == [0]
