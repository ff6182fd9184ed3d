"""An event told with its own relative clause ("which left nine dead on Friday") keeps that day over a later claim or
statement day, while a follow-up act (an arrest) still takes its own day; and "N of whom died" is the
toll when the rest of the sentence tells no death (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt

import pytest

from sahelwatch.extraction.counts import sentence_fatalities
from sahelwatch.extraction.pipeline import Document


@pytest.mark.parametrize("lang,text,published,day", [
    # the event's own clause: its day wins over a later claim or statement day
    ("en", "A raid on the gendarmerie in Ansongo, which left nine gendarmes dead on Friday, was claimed on Monday by "
           "the Islamic State.", dt.date(2025, 6, 10), "2025-06-06"),
    ("en", "The ambush near Tessalit that killed six drivers on Friday was claimed on Sunday by a jihadist group.",
     dt.date(2025, 6, 10), "2025-06-06"),
    ("en", "An assault on the checkpoint at Hombori, which left three soldiers dead on Friday, was condemned on "
           "Monday by the governor.", dt.date(2025, 6, 10), "2025-06-06"),
    ("fr", "L'attaque du poste de Ménaka, survenue vendredi, a été revendiquée lundi par l'État islamique.",
     dt.date(2025, 6, 10), "2025-06-06"),
    # a follow-up act after a recalled event keeps its own day
    ("en", "Two men who carried out the raid on the Ansongo market on June 6, 2025 were arrested on June 30, 2025 "
           "in Bamako.", dt.date(2025, 7, 2), "2025-06-30"),
    ("fr", "Les auteurs de l'attaque survenue le 6 juin 2025 à Ansongo ont été interpellés le 30 juin 2025 à Bamako.",
     dt.date(2025, 7, 2), "2025-06-30"),
])
def test_a_clauses_day_gives_way_only_to_a_follow_up_acts_day(rules_only, lang, text, published, day):
    got = rules_only.extract(Document("t", text, lang, published)).events
    assert got and got[0].event_date == day


@pytest.mark.parametrize("text,want", [
    # the clause tells the only death: its figure is the toll
    ("Insurgents stormed the camp at Kidal with about 50 fighters, fifteen of whom died in the assault, the army said.",
     15),
    ("Troops pushed back some 30 raiders near Ansongo on Friday, eight of whom were killed, officials said.", 8),
    # the sentence tells the total: the clause is a part of it
    ("Twelve herders were killed near Ansongo, four of whom died later in hospital.", 12),
    ("Nine traders, two of them sisters, were killed on the road to Gao.", 9),
])
def test_n_of_whom_died_is_the_toll_unless_the_sentence_tells_the_total(text, want):
    r = sentence_fatalities(text, "en")
    assert r is not None and r.best == want
