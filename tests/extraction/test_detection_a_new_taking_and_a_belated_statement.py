"""Event detection, two background rules kept to their frame (sentences written for these tests).

After the end of a captivity, a taking told by its takers' active verb whose object names people by an indefinite
noun ("abducted a village head", "ont enlevé des bergers") is a new abduction or arrest, whatever its count; a
pronoun, a passive or a length of time after the verb ("kidnapped her a week earlier") still tells the freed
people's taking again.

A month of an earlier year is no history when a statement's verb of confirming or announcing takes the act as its
object ("a confirmé jeudi la mort de ...", "announced on Monday the deaths of ..."): the day between them is the
statement's, and the act is its news; nor when it is one of the two months before the report's across a new year (a
December told in January). A month two years back beside a statement's day is still history."""

import datetime as dt

import pytest

from sahelwatch.extraction.pipeline import Document

EARLY_JANUARY = dt.date(2025, 1, 9)


@pytest.mark.parametrize("lang,text", [
    ("en", "A nurse abducted in April near Borvali was freed on Sunday. Armed men also abducted a village head in "
           "Kassa."),
    ("en", "A teacher kidnapped in April was released on Sunday. Soldiers also arrested other herders near Dounfa."),
    ("fr", "L'instituteur enlevé en avril a été libéré dimanche. Des hommes armés ont aussi enlevé des bergers près "
           "de Dounfa."),
    ("fr", "L'infirmière kidnappée en avril a été relâchée dimanche. Des inconnus armés ont enlevé d'autres "
           "commerçants sur la route de Kassa."),
])
def test_a_new_taking_named_by_an_indefinite_noun_after_a_release_is_an_event(events, lang, text):
    assert len(events(text, lang)) == 1


@pytest.mark.parametrize("lang,text", [
    ("en", "A nurse abducted in April was freed on Sunday. Armed men had kidnapped her a week earlier near Kassa."),
    ("fr", "Le commerçant enlevé en avril a été libéré dimanche. Il a été enlevé une semaine plus tôt à Kassa."),
    ("fr", "Le commerçant enlevé en avril a été libéré dimanche. Des hommes armés l'avaient enlevé une semaine plus "
           "tôt près de Kassa."),
])
def test_the_freed_peoples_taking_told_again_is_still_background(events, lang, text):
    assert events(text, lang) == ()


@pytest.mark.parametrize("lang,text", [
    ("fr", "La gendarmerie a confirmé mardi la mort de onze gendarmes dans une embuscade près de Kassa en décembre "
           "2024."),
    ("en", "Officials announced on Monday the deaths of eleven herders shot by gunmen near Dounfa in December 2024."),
    ("en", "The army confirmed on Tuesday that jihadists killed nine soldiers near Borvali in December 2024."),
    # a December told in January by a trailing statement is a belated report
    ("en", "Jihadists killed nine soldiers near Borvali in December 2024, the army said on Tuesday."),
    ("fr", "Des jihadistes ont tué neuf soldats près de Borvali en décembre 2024, a indiqué mardi l'armée."),
])
def test_a_belated_statement_of_an_act_of_the_year_before_is_an_event(rules_only, lang, text):
    assert len(rules_only.extract(Document("t", text, lang, EARLY_JANUARY)).events) == 1


@pytest.mark.parametrize("lang,text", [
    ("en", "Nine soldiers were killed near Borvali in March 2023, and the road has stayed closed since, the union "
           "said on Tuesday."),
    ("fr", "Neuf soldats avaient été tués près de Borvali en mars 2023, et la route reste fermée depuis, a déclaré "
           "mardi le syndicat."),
])
def test_an_act_two_years_back_beside_a_statements_day_is_still_history(rules_only, lang, text):
    assert rules_only.extract(Document("t", text, lang, EARLY_JANUARY)).events == ()
