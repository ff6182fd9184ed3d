"""Events in Togo and Benin, and English and French unit phrases: a dateline run into the text is where the
story was filed; the neighbour a text names most is its country; a neighbour's commune framed by its unit
word names its country; a village the gazetteer lacks takes the region (and prefecture) the text frames it
in, or the direction of the country the event's sentence gives; a unit word in the plural heads every name
it lists; a misspelt region is still the region. A unit name that several countries share (the Savanes region of
Togo and of Côte d'Ivoire, the Adrar of Mauritania and of Algeria) is read in a country the text names, never in
one it does not name when one of the named has a unit of that name: the country named in the unit's own sentence
(by its name, a possessive, "Togo's army", or a demonym, "l'armée togolaise") first, then the one named most often;
a neighbour named only as a border or as where refugees fled does not count.

Sentences written for these tests, with invented villages (not taken from any evaluation set)."""

from __future__ import annotations

import pytest

from sahelwatch.extraction.places import text_places
from sahelwatch.folding import fold_aligned as fold


def _roles(text: str, lang: str) -> dict[str, str]:
    return {m.surface: m.role for m in text_places(text, fold(text), lang)}


CASES = [
    pytest.param("Gunmen kill four soldiers at a border post Parakou, March 3 (AFP) Four soldiers were killed on "
                 "Tuesday night when gunmen attacked an army post in Banikoara, in northern Benin, a security source "
                 "said.", "en", "Benin", "Alibori", id="a dateline run into the headline is where the story was filed"),
    pytest.param("Togo's army said on Sunday that gunmen had shot five herders dead near their hamlet outside Dapaong, "
                 "as armed groups based in Burkina Faso push south. Togolese soldiers "
                 "were sent to the area, and Togo's government promised help to the families.", "en", "Togo", "Savanes",
                 id="the neighbour a text names most is its country, not the one the insurgency comes from"),
    pytest.param("Des hommes armés ont attaqué un poste de police dans l'extrême nord du Bénin, tuant deux agents.",
                 "fr", "Benin", "Alibori", id="the far north of Benin"),
    pytest.param("Gunmen killed three herders in north-western Benin on Monday, local officials said.", "en",
                 "Benin", "Atacora", id="north-western Benin"),
    pytest.param("Gunmen killed seven traders at a market in north-eastern Togo, the army said.", "en",
                 "Togo", "Savanes", id="north-eastern Togo"),
    pytest.param("Le poste de gendarmerie de la commune de Banikoara a été attaqué mardi soir par des hommes armés.",
                 "fr", "Benin", "Alibori", id="a neighbour's commune framed by its unit word names its country"),
    pytest.param("Gunmen killed six people in a raid on a village in northern Togo on Friday, the army said. "
                 "The army said the assailants came on motorbikes and struck near Mandouri.", "en", "Togo", "Savanes",
                 id="the one region of a later sentence's places"),
    pytest.param("Des hommes armés ont tué trois bergers dans la région de Tombouctu, selon des élus locaux.", "fr",
                 "Mali", "Tombouctou", id="a unit word still finds a misspelt region"),
    pytest.param("Rangers were ambushed on Sunday in Park W, on Benin's side, close to the border with Niger and "
                 "Burkina Faso; nine of them were killed, Benin's army said.", "en", "Benin", "Alibori",
                 id="a park is read in the country its clause places it in, not in those it borders"),
    pytest.param("Trois soldats ont péri quand leur blindé a sauté sur une mine près de Kaya, en escortant un convoi vers Djibo, "
                 "dans la province du Soum, selon une source militaire burkinabè.", "fr", "Burkina Faso", "Centre-Nord",
                 id="a unit framing a later place of the sentence does not contain the event's place"),
    pytest.param("Gunmen shot dead eleven traders in the town of Kaya, about 100 km north of Ouagadougou, on Sunday.",
                 "en", "Burkina Faso", "Centre-Nord", id="a distance that situates a place, in English"),
    pytest.param("Onze commerçants ont été abattus dimanche à Kaya, à 100 km au nord de Ouagadougou.", "fr",
                 "Burkina Faso", "Centre-Nord", id="a distance that situates a place, in French"),
    pytest.param("A landmine killed six soldiers in the Tahoua region near the border with Mali and Burkina Faso.",
                 "en", "Niger", "Tahoua", id="countries named only as borders leave a region in its own country"),
    pytest.param("Suspected jihadists shot dead seven herders in the Tahoua area of Niger on Monday.", "en", "Niger",
                 "Tahoua", id="the area of a country is no unit of that name"),
    pytest.param("Bandits shot dead nine farmers in Illela, a market town of Sokoto State close to the Niger border.",
                 "en", "Nigeria", "Sokoto", id="a Nigerian state names its country, and its town wins over a homonym"),
    pytest.param("Gunmen kidnapped twenty travellers on a road of Zamfara state on Tuesday, police said.", "en",
                 "Nigeria", "Zamfara", id="a state in lower case"),
    pytest.param("Togo's army said gunmen killed five soldiers in the Savanes region near the border with Burkina "
                 "Faso on Monday. Burkina Faso has faced jihadist attacks since 2015, and Burkinabe refugees have "
                 "fled to Togo.", "en", "Togo", "Savanes", id="a possessive in the unit's sentence (the review's text)"),
    pytest.param("Mauritanian troops said smugglers shot dead two guards in the Adrar region close to the border "
                 "with Mali on Sunday. Mali has struggled with armed groups for a decade, and Malian herders often "
                 "cross into Mauritania.", "en", "Mauritania", "Adrar", id="a demonym in the unit's sentence"),
    pytest.param("L'armée togolaise a annoncé que des hommes armés avaient tué quatre gendarmes dans la région des "
                 "Savanes, non loin de la frontière avec le Burkina Faso, jeudi. Le Burkina Faso subit des attaques "
                 "depuis des années et des familles burkinabè se sont réfugiées au Togo.", "fr", "Togo", "Savanes",
                 id="l'adjectif du pays dans la phrase de l'unité"),
    pytest.param("Des soldats togolais ont été tués lundi dans la région des Savanes lors d'une embuscade. Les "
                 "autorités ivoiriennes ont dit suivre la situation ; la Côte d'Ivoire a renforcé sa frontière et la "
                 "Côte d'Ivoire appelle au calme.", "fr", "Togo", "Savanes",
                 id="le pays de la phrase de l'unité passe avant le pays nommé le plus souvent"),
    pytest.param("Des contrebandiers ont tué trois douaniers dans la région de l'Adrar samedi. Les autorités "
                 "mauritaniennes ont ouvert une enquête, la Mauritanie a renforcé ses patrouilles et le Mali a "
                 "proposé son aide.", "fr", "Mauritania", "Adrar",
                 id="jamais un pays que le texte ne nomme pas"),
]


@pytest.mark.parametrize("text, lang, country, admin1", CASES)
def test_the_event_is_placed_in_its_country_and_region(first_event, text, lang, country, admin1):
    loc = first_event(text, lang).location
    assert (loc["country"], loc["admin1"]) == (country, admin1)


@pytest.mark.parametrize("text", [
    "Gunmen kill four soldiers at a border post Parakou, March 3 (AFP) Four soldiers were killed.",
    "Four soldiers killed\nParakou (AFP) Four soldiers died when gunmen stormed their post on Tuesday.",
])
def test_a_dateline_run_into_the_text_is_read_as_a_dateline(text):
    assert _roles(text, "en")["Parakou"] == "dateline"


def test_an_unknown_village_takes_the_prefecture_and_region_the_lead_frames_it_in(first_event):
    # (the year of the lead's own date does not make it a sentence about another time)
    text = ("Au Togo, la préfecture de Tône, dans la région des Savanes, a de nouveau été frappée dans la nuit du "
            "3 au 4 mars 2024. "
            "Selon des sources locales, des hommes armés ont tué quatre personnes à Zibankoudi.")
    loc = first_event(text, "fr").location
    assert (loc["country"], loc["admin1"], loc["admin2"], loc["name"]) == ("Togo", "Savanes", "Tône", "Zibankoudi")


def test_a_name_of_mali_and_of_the_neighbour_the_text_is_about_is_the_neighbours(first_event):
    text = ("Benin's army said on Friday that gunmen had killed six farmers in the commune of Kérou. Benin has "
            "suffered attacks by groups based in Mali and Burkina Faso; Beninese troops patrol the border.")
    loc = first_event(text, "en").location
    assert (loc["country"], loc["admin1"], loc["admin2"]) == ("Benin", "Atacora", "Kérou")


@pytest.mark.parametrize("text, lang, names, role", [
    ("Des attaques dans les provinces du Soum et du Loroum ont fait dix morts.", "fr", ("Soum", "Loroum"), "admin2"),
    ("Des hommes armés sont actifs dans les régions de Tahoua, de Maradi et de Dosso.", "fr",
     ("Tahoua", "Maradi", "Dosso"), "admin1"),
    ("Attacks in Tahoua and Tillaberi regions killed twelve soldiers last week.", "en", ("Tahoua", "Tillaberi"), "admin1"),
    ("Gunmen raided villages in the Kpendjal and Oti prefectures overnight.", "en", ("Kpendjal", "Oti"), "admin2"),
])
def test_a_unit_word_in_the_plural_heads_every_name_it_lists(text, lang, names, role):
    roles = _roles(text, lang)
    assert [roles.get(n) for n in names] == [role] * len(names)


def test_an_unknown_village_takes_no_region_from_a_sentence_about_another_time(first_event):
    text = ("Gunmen killed twelve villagers in Zibankoudi on Sunday, the army said. Last month, twenty people were "
            "killed in the Soum province.")
    loc = first_event(text, "en").location
    assert (loc["name"], loc["admin1"]) == ("Zibankoudi", None)
