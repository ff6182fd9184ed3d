"""Event detection: a tally over a period ("since January", "under the junta", "depuis l'arrivée de la junte au
pouvoir", "since the military took power") is background, the long run of violence, not an event; an act told on its
day beside such a period stays one (sentences written for these tests; the texts are published on 12 June 2024)."""

import pytest


@pytest.mark.parametrize("lang,text", [
    ("en", "At least twelve opposition figures have been detained under the junta, according to a rights group."),
    ("en", "More than 2,000 civilians have been killed in the region since January, the UN said in a report."),
    ("en", "Some 40 journalists have been arrested since the military took power, a press freedom group said."),
    ("fr", "Au moins douze opposants ont été arrêtés depuis l'arrivée de la junte au pouvoir, selon une ONG."),
    ("fr", "Plus de 900 civils ont été tués dans la région depuis janvier, selon un rapport d'une ONG."),
])
def test_a_tally_over_a_period_is_no_event(events, lang, text):
    assert events(text, lang) == ()


@pytest.mark.parametrize("lang,text", [
    ("en", "Gunmen killed 14 villagers in Borvali on Sunday, the deadliest attack since January."),
    ("fr", "Des hommes armés ont tué 14 villageois dimanche à Kassa, l'attaque la plus meurtrière depuis janvier."),
])
def test_an_act_on_its_day_beside_a_period_is_still_an_event(events, lang, text):
    assert len(events(text, lang)) == 1
