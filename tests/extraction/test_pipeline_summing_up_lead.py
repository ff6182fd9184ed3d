"""A sentence that counts its own dead reports the act even when it also sums it up ("the latest attack in...",
"l'attaque la plus meurtrière depuis..."): it opens the event, and the event keeps its toll and date. A sentence
that only sums up (no count of its own) still gives way to a later sentence that reports the act
(sentences written for these tests)."""

import pytest

COUNTED_LEADS = [
    ("en", "Gunmen killed at least 17 villagers near Djibo on Monday, the latest deadly raid in a province "
           "besieged by jihadists. The assailants arrived on motorbikes and set fire to the granaries, residents said.",
     17, "2024-06-10"),
    ("en", "Insurgents shot dead 26 traders at a cattle market outside Tillaberi on Sunday, one of the deadliest "
           "attacks on civilians in the region this year. The raiders then drove off with the herds, an official said.",
     26, "2024-06-09"),
    ("fr", "Au moins 43 civils ont été tués lundi dans le village de Dinangourou, l'attaque la plus meurtrière "
           "dans le cercle depuis des mois. Les assaillants ont incendié des greniers avant de repartir.",
     43, "2024-06-10"),
    ("fr", "Des hommes armés ont de nouveau tué neuf orpailleurs dimanche sur un site près de Kéniéba. Ils ont "
           "emporté des motos et du matériel, selon un élu local.",
     9, "2024-06-09"),
]


@pytest.mark.parametrize("lang,text,toll,day", COUNTED_LEADS)
def test_a_sentence_that_counts_its_dead_opens_the_event_beside_a_summing_up_phrase(events, lang, text, toll, day):
    got = events(text, lang)
    assert len(got) == 1
    first = text.split(". ")[0]
    assert got[0].sentence_span[0] == 0 and text[got[0].sentence_span[0] : got[0].sentence_span[1]].startswith(first)
    assert got[0].fatalities["best"] == toll
    assert got[0].event_date == day


@pytest.mark.parametrize("lang,text", [
    ("en", "The raid was the latest in a conflict that has killed thousands since 2012. Militants killed eight "
           "soldiers at a checkpoint near Boni on Tuesday, the army said."),
    ("fr", "C'est une fois de plus la région de Mopti qui est frappée. Six gendarmes ont été tués mardi dans "
           "une embuscade près de Boni, a indiqué l'armée."),
])
def test_a_summing_up_sentence_with_no_count_of_its_own_gives_way_to_the_report(events, lang, text):
    got = events(text, lang)
    assert len(got) == 1
    assert "Boni" in text[got[0].sentence_span[0] : got[0].sentence_span[1]]
    assert got[0].event_date == "2024-06-11"
