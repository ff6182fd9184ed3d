"""A list of links to other stories after the story is page furniture, not the story (own pages)."""

from __future__ import annotations

import datetime as dt

from sahelwatch.extraction import Document
from sahelwatch.extraction.structure import layout

PAGE_EN = """Gunmen kill nine in Mali village

Gunmen killed nine villagers on Sunday near Bankass, officials said.

Residents fled to the nearest town.
- Floods kill 12 in Niger capital
- At least 40 soldiers killed in ambush in Nigeria
- Election results delayed in Chad
"""

PAGE_FR = """Neuf villageois tués près de Bankass

Des hommes armés ont tué neuf villageois dimanche près de Bankass, selon des élus locaux.

Les habitants ont fui vers la ville voisine.
• Inondations : 12 morts à Niamey
• Au moins 40 soldats tués dans une embuscade au Nigeria
"""


def test_a_trailing_list_of_bulleted_titles_is_related_links():
    kinds = layout(PAGE_EN, "en").kinds(PAGE_EN)
    assert kinds["related"] == ["- Floods kill 12 in Niger capital", "- At least 40 soldiers killed in ambush in Nigeria",
                                "- Election results delayed in Chad"]
    assert kinds["body"] == ["Residents fled to the nearest town."]


def test_bulleted_sentences_of_the_story_stay_in_the_story():
    page = "Gunmen killed nine villagers on Sunday near Bankass.\n- Residents fled to the town.\n- Shops stayed shut.\n"
    kinds = layout(page, "en").kinds(page)
    assert "related" not in kinds


def test_a_toll_in_a_link_list_is_not_the_events_toll(rules_only):
    for text, lang in ((PAGE_EN, "en"), (PAGE_FR, "fr")):
        res = rules_only.extract(Document("p", text, lang, dt.date(2024, 3, 11)))
        assert res.events and res.events[0].fatalities["best"] == 9
