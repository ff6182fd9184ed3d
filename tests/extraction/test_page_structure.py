"""A page is split into headline, dateline, lead, body, captions and related links; the event
comes from the lead and body. All pages here are invented for the tests."""

import datetime as dt

from sahelwatch.extraction import Document
from sahelwatch.extraction.structure import layout

PAGE_FR = (
    "Centre du Mali : neuf civils tués dans l'attaque d'un marché\n"
    "SEVARE, 12 avril 2021 (AFP) - Neuf civils ont été tués dimanche lors de l'attaque du marché de "
    "Dinangourou par des hommes armés, selon des élus locaux.\n"
    "(Photo : des habitants devant des étals incendiés, © AFP)\n"
    "Lire aussi : Au Burkina, quarante soldats tués dans une embuscade\n"
    "Les assaillants ont aussi emporté du bétail."
)

PAGE_EN = (
    "Gunmen kill 11 in Niger village raid\n"
    "By a correspondent\n"
    "NIAMEY, Aug 2 (Reuters) - Gunmen killed 11 villagers in a raid on a village near Banibangou on Sunday, "
    "the interior ministry said.\n"
    "Residents flee on foot. Photo: REUTERS/Staff\n"
    "Read also: Thirty soldiers killed in Mali ambush\n"
    "The gunmen also burned granaries."
)


def test_page_parts_are_found():
    kinds = layout(PAGE_FR, "fr").kinds(PAGE_FR)
    assert kinds["headline"] == ["Centre du Mali : neuf civils tués dans l'attaque d'un marché"]
    assert kinds["dateline"] == ["SEVARE, 12 avril 2021 (AFP) -"]
    assert kinds["lead"][0].startswith("Neuf civils ont été tués dimanche")
    assert kinds["caption"] and kinds["related"] and kinds["body"] == ["Les assaillants ont aussi emporté du bétail."]


def test_english_page_parts_are_found():
    page = layout(PAGE_EN, "en")
    kinds = page.kinds(PAGE_EN)
    assert kinds["headline"] == ["Gunmen kill 11 in Niger village raid", "By a correspondent"]
    assert kinds["dateline"] == ["NIAMEY, Aug 2 (Reuters) -"]
    assert kinds["related"] == ["Read also: Thirty soldiers killed in Mali ambush"]
    assert kinds["caption"] == ["Residents flee on foot. Photo: REUTERS/Staff"]


def test_blanking_keeps_offsets():
    page = layout(PAGE_FR, "fr")
    story = page.story(PAGE_FR)
    assert len(story) == len(PAGE_FR)
    assert "Lire aussi" not in story and "Centre du Mali" not in story and "Neuf civils" in story


def test_related_links_and_captions_are_not_the_story(extractor):
    for text, lang in ((PAGE_FR, "fr"), (PAGE_EN, "en")):
        ev = extractor.extract(Document("p", text, lang, None)).events
        assert len(ev) == 1, [e.sub_event_type for e in ev]
        assert ev[0].fatalities["best"] in (9, 11)


def test_a_toll_repeated_in_headline_and_lead_counts_once(extractor):
    text = ("Quinze soldats tués dans une attaque près de Tessit\n"
            "Quinze soldats ont été tués jeudi dans l'attaque de leur poste près de Tessit. "
            "L'armée a confirmé la mort des quinze soldats.")
    ev = extractor.extract(Document("p", text, "fr", dt.date(2022, 3, 12))).events
    assert len(ev) == 1 and ev[0].fatalities["best"] == 15
    assert all(e.start > text.index("\n") for e in ev[0].evidence)  # nothing from the headline


def test_the_dateline_is_not_taken_for_the_place_or_date_of_a_one_line_note(extractor):
    text = "On 4 May 2019, gunmen killed a village chief in Ouenkoro."
    assert layout(text, "en").kinds(text) == {"lead": [text]}
