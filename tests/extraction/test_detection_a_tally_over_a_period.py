"""Event detection: a tally over a period ("since January", "under the junta", "depuis l'arrivée de la junte au
pouvoir", "since the military took power") is background, the long run of violence, not an event; an act told on its
day beside such a period stays one (sentences written for these tests; the texts are published on 12 June 2024)."""

import pytest


@pytest.mark.parametrize("lang,text", [
    ("en", "Dozens of reporters have been jailed under the junta, a press union said."),
    ("en", "Under the junta, more than 60 trade unionists have been arrested, their federation said."),
    ("fr", "Sous son régime, une quarantaine d'opposants ont été arrêtés, selon une association."),
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


@pytest.mark.parametrize("lang,text", [
    # a period that qualifies a noun (a command, a siege, a power one is placed under) frames no tally
    ("en", "Soldiers acting under the junta's instructions shot dead five fishermen near Kassa, a local official said."),
    ("en", "The village, blockaded since April, was raided by militants who killed nine farmers, residents said."),
    ("fr", "La commune, encerclée depuis avril, a été attaquée par des jihadistes qui ont tué neuf cultivateurs."),
    ("fr", "Des gendarmes placés sous le pouvoir du préfet ont abattu trois bandits présumés à Kassa."),
    # a period beside an act told in the simple past on its day, or opening it
    ("en", "Under the junta, troops and allied hunters killed 22 herders in Kassa on Friday, survivors said."),
    ("en", "Police under the military regime detained four student leaders in the capital on Thursday."),
])
def test_a_period_that_frames_no_tally_leaves_the_act_its_event(events, lang, text):
    assert len(events(text, lang)) == 1


@pytest.mark.parametrize("lang,text", [
    ("en", "Gunmen killed eight herders near Kassa on Sunday, in a district where 40 people have been killed since "
           "March."),
    ("fr", "Des hommes armés ont tué huit bergers près de Kassa dimanche, dans une zone où 40 personnes ont été tuées "
           "depuis mars."),
])
def test_a_tally_in_a_trailing_clause_is_not_the_events_toll(events, lang, text):
    got = events(text, lang)
    assert len(got) == 1
    assert got[0].fatalities["best"] == 8
