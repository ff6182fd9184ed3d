"""An event whose own sentences name no place but "the town" ("dans la ville", "in the town") took place in the
last town the text named before it. Sentences and places written for these tests."""

import pytest


@pytest.mark.parametrize("text,lang,admin1", [
    ("Kaya, chef-lieu du Centre-Nord, vit dans la peur depuis des mois. Mardi, trois commerçants ont été enlevés "
     "dans la ville par des hommes armés.", "fr", "Centre-Nord"),
    ("Gao has seen a wave of crime this year. On Sunday two teachers were kidnapped in the town by armed men, "
     "residents said.", "en", "Gao"),
])
def test_the_town_an_event_points_back_at(first_event, text, lang, admin1):
    assert first_event(text, lang).location["admin1"] == admin1


def test_a_town_named_in_the_events_sentence_stays_the_place(first_event):
    loc = first_event("Kaya vit dans la peur. Mardi, des hommes armés ont enlevé trois commerçants dans la ville de "
                      "Djibo.", "fr").location
    assert loc["admin1"] == "Sahel"
