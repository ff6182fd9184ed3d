"""Air strikes in French army communiqués. "Frappe" after a number or an ordinal ("deux frappes", "une
quatrième frappe") or "vecteurs aériens" names a strike from the air; "neutralisé(s)" tells the outcome (men put out
of action), not a fight, so a strike told in a sentence that goes on with the event is its means. Sentences written
for these tests."""

import pytest


@pytest.mark.parametrize("text", [
    "Lors de trois frappes ciblées menées jeudi près de Tinfa, l'armée a neutralisé une douzaine de terroristes.",
    "Une quatrième frappe a détruit mardi un dépôt de munitions des terroristes près de Tinfa, selon l'état-major.",
    "Mardi près de Tinfa, les vecteurs aériens des FAMa ont neutralisé plusieurs terroristes à moto.",
])
def test_a_counted_strike_or_the_air_assets_make_an_air_strike(first_event, text):
    e = first_event(text, "fr")
    assert (e.sub_event_type, e.tactic) == ("Air/drone strike", "air_strike")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Les FAMa ont neutralisé mardi une quinzaine de terroristes dans le secteur de Tinfa. Une deuxième frappe "
           "a ensuite visé leurs véhicules."),
    ("en", "The army neutralised some fifteen militants near Tinfa on Tuesday. A drone strike then hit their "
           "vehicles."),
])
def test_men_neutralised_take_the_strike_told_next_as_their_means(first_event, lang, text):
    assert first_event(text, lang).sub_event_type == "Air/drone strike"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Les FAMa ont neutralisé mardi une quinzaine de terroristes dans le secteur de Tinfa. Les combats ont duré "
           "plusieurs heures, selon l'armée."),
    ("en", "Soldiers neutralised some fifteen militants near Tinfa on Tuesday after heavy fighting, the army said."),
])
def test_men_neutralised_in_a_fight_stay_a_battle(first_event, lang, text):
    assert first_event(text, lang).sub_event_type == "Armed clash"
