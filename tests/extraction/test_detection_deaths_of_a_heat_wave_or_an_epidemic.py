"""Deaths of a heat wave, an epidemic or a rainy season are no political violence. A disaster named by its weather or
its disease (a heat wave, temperatures that soar, dengue) frames the deaths told in its sentence; a sentence that names
the disaster with no cue of an act ("La canicule s'abat sur la ville.") also sets the scene of the deaths the very next
sentence counts, as a disaster's deaths do. Deaths by an attack told beside hot weather stay an attack, and a disaster
word gives no cover to a killing at a new place on a new day. Sentences and places written for these tests."""

import pytest

from sahelwatch.extraction.pipeline import Document


@pytest.mark.parametrize("text, lang", [
    ("Une chaleur accablante a coûté la vie à une quarantaine d'habitants de Doukoro la semaine passée, le mercure "
     "dépassant les 46 degrés.", "fr"),
    ("La canicule écrase la région de Doukoro depuis dix jours, avec des températures très élevées. Une trentaine de "
     "personnes âgées sont décédées à l'hôpital de la ville.", "fr"),
    ("Dengue fever killed 120 people in the Doukoro district last month, health officials said.", "en"),
    ("A heat wave has gripped Doukoro for a week, and temperatures reached 47 degrees Celsius on Tuesday. The town "
     "hospital recorded 60 deaths over the week.", "en"),
    ("Forty heat-related deaths were recorded in Doukoro last week, hospital staff said.", "en"),
])
def test_deaths_of_a_heat_wave_or_an_epidemic_are_no_event(rules_only, text, lang):
    assert rules_only.extract(Document("t", text, lang, None)).events == ()


@pytest.mark.parametrize("text, lang", [
    ("Malgré une chaleur torride, des hommes armés ont tué six bergers lundi près de Doukoro.", "fr"),
    ("La canicule frappe la région de Doukoro. Mardi, des hommes armés ont abattu quatre commerçants à Baraka.", "fr"),
    ("Gunmen killed five traders at the Doukoro market on Monday as temperatures reached 45 degrees Celsius.", "en"),
])
def test_a_killing_told_beside_hot_weather_is_still_an_event(first_event, text, lang):
    e = first_event(text, lang)
    assert e.event_type in ("Violence against civilians", "Battles")
