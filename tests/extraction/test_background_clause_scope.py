"""A background cue blanks its own clause, not the news clause beside it (sentences written for these tests).

A sentence joined by a semicolon or a colon may open with past or long-run context ("Les violences ont redoublé
depuis janvier : ...", "Since 2019, thousands have died; ...") and go on with an act told as news. The first
clause is context (blanked), the rest stays foreground; with no act told after the break, the whole sentence
stays background.
"""

import pytest

from sahelwatch.extraction.sentences import sentences


@pytest.mark.parametrize("lang,text,news", [
    ("fr", "Les violences jihadistes ont redoublé ces derniers mois : jeudi, onze bergers ont été tués près de Djenné.",
     "onze bergers"),
    ("fr", "Des milliers de civils ont péri depuis 2016 ; samedi encore, des hommes armés ont tué six cultivateurs.",
     "six cultivateurs"),
    ("en", "Raids on farms have intensified over the past year: on Friday, gunmen killed nine herders near Djibo.",
     "nine herders"),
    ("en", "Since 2017, tens of thousands have been displaced; on Monday, militants abducted four teachers in Kaya.",
     "four teachers"),
])
def test_the_clause_after_a_strong_break_stays_news(lang, text, news):
    (s,) = sentences(text, lang)
    assert not s.background
    (start, end), *_ = s.context
    assert start == s.start and text.index(news) >= end


@pytest.mark.parametrize("lang,text", [
    ("en", "Since 2017, tens of thousands have been displaced; the region's schools remain shut."),
    ("fr", "Le rapport affirmait que huit assaillants étaient morts : des combattants venus du nord avec des motos."),
    ("fr", "Des hommes armés avaient incendié le marché ; ils avaient tué trois commerçants."),
])
def test_with_no_news_after_the_break_the_sentence_stays_background(lang, text):
    (s,) = sentences(text, lang)
    assert s.background


def test_an_act_after_a_long_run_clause_gives_its_event(events):
    got = events("Les attaques contre les villages ont redoublé depuis le début de l'année ; mardi, des hommes armés "
                 "ont tué sept éleveurs à Ouenkoro.", "fr")
    assert got and got[0].sub_event_type == "Attack"
    assert got[0].fatalities["best"] == 7
