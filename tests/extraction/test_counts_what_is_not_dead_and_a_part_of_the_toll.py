"""What a death reading must not count: victims of a harm that does not kill, or victims told mostly wounded ("a
clinic counted 14 victims of beatings", "onze victimes, la plupart blessées"); things that fell ("quatre obus sont
tombés": only people who fall are dead); a figure with a verb of its own after a killing ("... and some 200 families
fled" is no one more killed); and, across sentences, a part of an approximate toll ("nine of the militants", "lors du
premier assaut") never replaces it. A toll named as earlier with no other count in its sentence is still its count,
but never a toll that outweighs the event's count told in another sentence (own sentences, both languages)."""

from __future__ import annotations

import pytest

from sahelwatch.extraction.counts import sentence_fatalities


@pytest.mark.parametrize("lang,text", [
    ("fr", "Une ONG a recensé neuf victimes de viols dans les villages autour de Foo."),
    ("fr", "Le dispensaire de Kolondo a dénombré onze victimes, la plupart blessées par balle."),
    ("en", "The clinic counted 14 victims of beatings after the soldiers left Kolondo."),
    ("en", "There were some twenty victims in the blast at Foo, most of them lightly injured."),
    ("fr", "Pendant l'assaut contre le camp de Foo, quatre obus sont tombés."),
])
def test_victims_not_told_dead_and_things_that_fell_are_no_dead(lang, text):
    r = sentence_fatalities(text, lang)
    assert r is None or not r.best


@pytest.mark.parametrize("lang,text,want", [
    # people who fell, victims of an attack, objects joined to the killing still count
    ("fr", "Pendant l'assaut contre le camp de Foo, quatre gendarmes sont tombés.", 4),
    ("en", "The clinic counted 14 victims after the gunmen left Kolondo.", 14),
    ("en", "Gunmen shot dead three farmers and two traders near Foo.", 5),
    # a figure with its own verb is no object of the killing
    ("en", "Gunmen shot dead three farmers near Foo and some 200 families fled to Kolondo.", 3),
    ("en", "Gunmen shot dead three farmers near Foo and more than a hundred families fled.", 3),
    ("fr", "Des hommes armés ont tué trois cultivateurs près de Foo et plus de deux cents familles ont fui vers Kolondo.", 3),
    # an earlier toll with no other count in its sentence stands
    ("en", "The ministry stood by its previous toll of six soldiers killed near Foo.", 6),
    ("fr", "Le ministère s'en tient à son bilan précédent de six soldats tués près de Foo.", 6),
])
def test_the_dead_counted_are_only_the_dead_told(lang, text, want):
    r = sentence_fatalities(text, lang)
    assert r is not None and r.best == want


@pytest.mark.parametrize("lang,text,want", [
    ("en", "Troops killed a dozen militants near Foo on Monday. Nine of the militants died in the first assault, the "
           "army said.", 12),
    ("fr", "L'armée a neutralisé une quinzaine de terroristes lundi près de Foo. Douze terroristes ont été tués lors du "
           "premier assaut.", 15),
])
def test_a_part_of_an_approximate_toll_does_not_replace_it(first_event, lang, text, want):
    assert first_event(text, lang).fatalities["best"] == want


@pytest.mark.parametrize("lang,text,want", [
    ("en", "At least 40 villagers were killed in the raid on Foo, officials said on Friday. That is well above their "
           "earlier death toll of 25.", 40),
    ("fr", "Au moins 40 villageois ont été tués lors du raid contre Foo, selon les autorités. Le bilan précédent de 25 "
           "morts est donc dépassé.", 40),
])
def test_an_earlier_toll_told_apart_never_outweighs_the_events_count(first_event, lang, text, want):
    assert first_event(text, lang).fatalities["best"] == want
