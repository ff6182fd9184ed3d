"""A page's own publication stamp (its date furniture) anchors relative dates when the record gives no
publication date, and is never read as the story; a long line under the headline is the standfirst, the lead.
All pages here are invented for the tests."""

import datetime as dt

import pytest

from sahelwatch.extraction import Document
from sahelwatch.extraction.structure import layout


def events(extractor, text, lang="fr", published=None):
    return extractor.extract(Document("p", text, lang, published)).events


@pytest.mark.parametrize("page,lang,stamp", [
    # a line that is a date and little else: counters, a byline, a reading time
    ("Attaque contre un poste de douane\njeudi 6 mars 2025 • 412 lectures • 3 commentaires\n"
     "Des hommes armés ont tué mardi deux douaniers à Koury.", "fr", dt.date(2025, 3, 6)),
    ("Customs post attacked\nJane Roe March 6, 2025 3 min read\n"
     "Gunmen killed two customs officers in Koury on Tuesday.", "en", dt.date(2025, 3, 6)),
    ("Customs post attacked\n6 March 2025\nGunmen killed two customs officers in Koury on Tuesday.", "en",
     dt.date(2025, 3, 6)),
    # a "Publié le" stamp inside a line of the head
    ("Accueil Monde Afrique Attaque contre un poste de douane Publié le jeudi 6 mars 2025 | exemple.net\n"
     "Des hommes armés ont tué mardi deux douaniers à Koury.", "fr", dt.date(2025, 3, 6)),
    ("Publish date : 2025-03-06 08:15:00\nGunmen killed two customs officers in Koury on Tuesday.", "en",
     dt.date(2025, 3, 6)),
    # a numeric date with its time, or set off by separators, at the head
    ("Des douaniers tués à Koury Agence • 06/03/2025 à 11:20\n"
     "Des hommes armés ont tué mardi deux douaniers à Koury.", "fr", dt.date(2025, 3, 6)),
    ("06-03-2025 11:20 - Des douaniers tués à Koury\n"
     "Des hommes armés ont tué mardi deux douaniers à Koury.", "fr", dt.date(2025, 3, 6)),
    # the same classes in other wordings: reading counts and times in either language, a long byline, an ordinal
    # English date, dotted and ISO dates with a time written "11h20" or "am"
    ("Attaque contre un poste de douane\nPar Jean-Baptiste Exemple | jeudi 6 mars 2025 | Temps de lecture : 3 min\n"
     "Des hommes armés ont tué mardi deux douaniers à Koury.", "fr", dt.date(2025, 3, 6)),
    ("Customs post attacked\nBy Mary Jane Roe-Smith March 6th, 2025 · 2 min read · 1,204 views\n"
     "Gunmen killed two customs officers in Koury on Tuesday.", "en", dt.date(2025, 3, 6)),
    ("Customs post attacked\nThursday, March 6, 2025 | 12 comments | 3,210 reads\n"
     "Gunmen killed two customs officers in Koury on Tuesday.", "en", dt.date(2025, 3, 6)),
    ("Des douaniers tués à Koury | 06.03.2025 11h20\n"
     "Des hommes armés ont tué mardi deux douaniers à Koury.", "fr", dt.date(2025, 3, 6)),
    ("Customs officers killed in Koury | 2025-03-06 11:20 am\n"
     "Gunmen killed two customs officers in Koury on Tuesday.", "en", dt.date(2025, 3, 6)),
    ("Des douaniers tués à Koury\n11:20 06/03/2025\n"
     "Des hommes armés ont tué mardi deux douaniers à Koury.", "fr", dt.date(2025, 3, 6)),
    # an English dateline whose date holds a comma before the year
    ("KOURY, March 6, 2025 (AFP) - Gunmen killed two customs officers on Tuesday.", "en", dt.date(2025, 3, 6)),
    # a dateline whose bracket holds the site and the date
    ("Koury, (Exemple News / Wire - 6th Mar, 2025 ) :Gunmen killed two customs officers on Tuesday.", "en",
     dt.date(2025, 3, 6)),
])
def test_a_page_stamp_anchors_relative_dates(extractor, page, lang, stamp):
    page_layout = layout(page, lang)
    assert page_layout.dateline is not None and page_layout.dateline.date == stamp
    ev = events(extractor, page, lang)
    assert len(ev) == 1 and ev[0].event_date == "2025-03-04"  # the Tuesday before the stamp


@pytest.mark.parametrize("page,stamp", [
    ("Koury, (Exemple News / Wire - 1st Mar, 2025) :Gunmen killed two customs officers on Friday.",
     dt.date(2025, 3, 1)),
    ("Koury (Exemple News / Wire - 2nd Mar, 2025) - Gunmen killed two customs officers on Friday.",
     dt.date(2025, 3, 2)),
    ("KOURY, (Exemple Daily - March 3rd, 2025): Gunmen killed two customs officers on Friday.", dt.date(2025, 3, 3)),
])
def test_a_bracketed_site_and_ordinal_date_after_a_place_is_a_dateline(extractor, page, stamp):
    assert layout(page, "en").dateline.date == stamp
    ev = events(extractor, page, "en")
    assert len(ev) == 1 and ev[0].event_date == "2025-02-28"  # the Friday before each stamp


def test_counters_beside_a_date_do_not_make_a_story_line_a_stamp():
    page = ("Douaniers tués à Koury\n"
            "jeudi 6 mars 2025 : 12 morts et 30 blessés dans une attaque contre le poste de Koury\n"
            "Les assaillants ont pris la fuite vers la frontière.")
    assert layout(page, "fr").dateline is None


def test_the_stamp_is_furniture_not_the_event_date(extractor):
    # with the publication date given, the bracketed date of the dateline is not the attack's day
    page = "Koury, (Exemple News / Wire - 6th Mar, 2025 ) :Gunmen killed two customs officers on Tuesday."
    ev = events(extractor, page, "en", dt.date(2025, 3, 6))
    assert len(ev) == 1 and ev[0].event_date == "2025-03-04"


def test_a_bracket_without_a_date_after_a_place_is_no_dateline():
    page = "Koury, (a border town) : gunmen killed two customs officers on Tuesday."
    assert layout(page, "en").dateline is None
    assert "dateline" not in layout(page, "en").kinds(page)


def test_a_numeric_date_inside_the_story_is_no_stamp(extractor):
    page = ("Douaniers tués à Koury\n"
            "Le 04/03/2025 à 14:30, des hommes armés ont tué deux douaniers à Koury, selon la préfecture.\n"
            "Les assaillants ont pris la fuite vers la frontière.")
    assert layout(page, "fr").dateline is None
    ev = events(extractor, page)
    assert len(ev) == 1 and ev[0].event_date == "2025-03-04"


def test_a_short_dated_sentence_of_the_story_is_no_stamp(extractor):
    page = ("Douaniers tués à Koury\n"
            "Des hommes armés ont attaqué le poste de Koury.\n"
            "Le 4 mars 2025, deux douaniers sont morts.\n"
            "Les assaillants ont pris la fuite.")
    assert layout(page, "fr").dateline is None
    assert "Le 4 mars 2025, deux douaniers sont morts." in layout(page, "fr").kinds(page)["body"]


def test_a_long_line_under_the_headline_is_the_standfirst():
    page = ("Koury : deux douaniers tués\n"
            "Deux douaniers ont été tués mardi dans une attaque contre le poste de Koury, près de la frontière, "
            "alors que les assaillants ont pris la fuite, selon une... 06.03.2025, Agence Exemple\n"
            "Un premier bilan avait fait état d'un blessé.")
    kinds = layout(page, "fr").kinds(page)
    assert kinds["headline"] == ["Koury : deux douaniers tués"]
    assert kinds["lead"][0].startswith("Deux douaniers ont été tués mardi")
    assert kinds["dateline"] == ["06.03.2025, Agence Exemple"]
    assert layout(page, "fr").dateline.date == dt.date(2025, 3, 6)


def test_a_short_subhead_stays_headline_matter():
    page = ("Koury : deux douaniers tués\n"
            "Les assaillants ont visé le poste frontalier en fin de journée\n"
            "Deux douaniers ont été tués mardi dans une attaque contre le poste de Koury.")
    kinds = layout(page, "fr").kinds(page)
    assert len(kinds["headline"]) == 2 and kinds["lead"][0].startswith("Deux douaniers")
