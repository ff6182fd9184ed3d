"""Words of death and arrest that name something else: "corps" in a unit's name (Africa Corps, Peace Corps) is no
body; an aircraft or a drone "abattu" (shot down) is no one killed and no strike; a group that "arrête sa présence" stops
something, it arrests no one. Sentences written for these tests."""

import pytest

from sahelwatch.extraction.pipeline import Document


@pytest.mark.parametrize("text", [
    "La société militaire privée quitte le pays, et ses hommes rejoindront l'Africa Corps, selon des diplomates.",
    "Le pays accuse son voisin d'avoir abattu un drone de son armée près de la frontière la semaine dernière.",
    "Officiellement, la mission arrête sa présence dans le nord du pays à la fin du mois, a indiqué un diplomate.",
])
def test_a_unit_name_an_aircraft_shot_down_or_a_presence_ended_is_no_event(rules_only, text):
    assert rules_only.extract(Document("t", text, "fr", None)).events == ()


@pytest.mark.parametrize("text,sub", [
    ("Des hommes armés ont abattu trois bergers lundi près de Tinfa.", "Attack"),
    ("Les corps de six civils ont été retrouvés lundi près de Tinfa après une attaque de jihadistes.", "Attack"),
    ("La gendarmerie arrête quatre suspects lundi à Tinfa après le vol d'un troupeau.", "Arrests"),
])
def test_people_shot_bodies_found_and_suspects_arrested_stay_events(first_event, text, sub):
    assert first_event(text, "fr").sub_event_type == sub
