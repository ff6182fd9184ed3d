"""Places of the story that are not the event's: the capital a source speaks from, the town travellers were heading
to or the far end of the road they were on, and the capital heading a story that the event's own sentence puts in a
part of the country. A village the text says is "un village de la commune de X" is read in that unit, and every
mention of its name with it.

Sentences written for these tests, with invented or generic villages."""

import pytest

from sahelwatch.extraction.places import resolve_location
from sahelwatch.folding import fold_aligned


def _loc(text, lang="fr", last_sentence=False):
    start = max(text.rfind(". ") + 2, text.rfind("\n") + 1) if last_sentence else 0
    return resolve_location(text, fold_aligned(text), lang, [(start, len(text))])


@pytest.mark.parametrize("text,lang", [
    ("Au moins huit hommes ont été tués lundi par des soldats, a confirmé une source sécuritaire à Niamey. Les corps "
     "ont été retrouvés près de Filingué.", "fr"),
    ("Neuf bergers ont été abattus mardi, selon un élu local joint par téléphone à Bamako. Ils gardaient leurs "
     "troupeaux près de Niono.", "fr"),
    ("At least eight villagers were killed on Monday, a security source in Ouagadougou said. The bodies were found "
     "near Kaya.", "en"),
    ("At least eight villagers were killed on Monday, according to officials reached in Niamey. The raid struck a "
     "hamlet near Tahoua.", "en"),
])
def test_the_capital_a_source_speaks_from_gives_way_to_the_event_place(text, lang):
    assert _loc(text, lang).admin1 not in ("Niamey", "Bamako", "Centre")


@pytest.mark.parametrize("text,lang,admin1", [
    # witnesses are where the event is
    ("Mardi, des gendarmes ont dispersé à coups de matraque un sit-in d'enseignants, selon des témoins à "
     "Ouagadougou.", "fr", "Centre"),
    ("Des policiers ont interpellé jeudi quatre étudiants, d'après leurs familles contactées à Bamako.", "fr",
     "Bamako"),
    ("Riot police used batons on striking nurses on Thursday, officials in Niamey said.", "en", "Niamey"),
    ("Soldiers detained two traders on Friday, according to relatives reached in Ouagadougou.", "en", "Centre"),
])
def test_the_capital_a_source_speaks_from_places_an_event_nothing_else_places(text, lang, admin1):
    assert _loc(text, lang).admin1 == admin1


def test_a_source_in_the_capital_places_no_event_told_in_a_part_of_the_country():
    loc = _loc("Gunmen killed eleven herders in northern Niger on Friday, a security source in Niamey said.", "en")
    assert loc.country == "Niger" and loc.admin1 != "Niamey"


def test_a_provincial_town_a_source_speaks_from_is_kept():
    # the source's town in the provinces is most often the event's own
    loc = _loc("Au moins huit hommes ont été tués lundi, selon une source locale jointe à Djibo.")
    assert (loc.admin1, loc.admin2) == ("Sahel", "Soum")


def test_the_unit_a_village_is_said_to_lie_in_places_an_event_told_from_the_capital():
    text = ("Tanako est un village de la commune de Dilly (cercle de Nara). Au moins huit villageois y ont été tués "
            "lundi, selon une source sécuritaire à Bamako.")
    assert _loc(text, last_sentence=True).admin1 == "Koulikoro"


@pytest.mark.parametrize("text,lang,admin1", [
    ("Un minibus reliant Koutiala à Ségou a été arrêté et incendié mardi par des assaillants.", "fr", "Sikasso"),
    ("Les voyageurs enlevés samedi, qui se rendaient à Bamako, ont été interceptés sur l'axe de Bandiagara.", "fr",
     "Mopti"),
    ("Gunmen burned a truck on the road connecting Kaya with Ouagadougou on Friday.", "en", "Centre-Nord"),
])
def test_where_travellers_were_heading_is_not_the_event_place(text, lang, admin1):
    assert _loc(text, lang).admin1 == admin1


def test_the_destination_alone_places_nothing():
    loc = _loc("Les passagers enlevés samedi par des hommes armés partaient à Bamako pour une fête.")
    assert loc.admin1 is None


@pytest.mark.parametrize("text,lang,country", [
    ("Ouagadougou - Des hommes armés ont tué douze orpailleurs dans le nord du Burkina Faso, selon une source "
     "sécuritaire.", "fr", "Burkina Faso"),
    ("Niamey - Gunmen killed nine soldiers in western Niger on Tuesday, the army said.", "en", "Niger"),
])
def test_a_capital_heading_a_story_set_in_a_part_of_the_country_is_not_the_place(text, lang, country):
    loc = _loc(text, lang)
    assert loc.country == country and loc.admin1 not in ("Centre", "Niamey")


def test_a_capital_heading_a_story_with_no_other_place_still_places_it():
    assert _loc("Niamey - Gunmen killed nine civilians on Tuesday, the army said.", "en").admin1 == "Niamey"


def test_a_village_said_to_be_of_a_cercle_is_read_there():
    # "Sona" is also a village of Sikasso and of Ségou
    loc = _loc("Sona est un village du cercle de Djenné, où des hommes armés ont tué six personnes lundi.")
    assert (loc.admin1, loc.admin2) == ("Mopti", "Djenne")


def test_every_mention_of_a_situated_village_takes_its_reading():
    text = ("Attaque meurtrière à Sona\nLe village de Sona, situé dans le cercle de Djenné, a été attaqué à l'aube.\n"
            "Lundi matin, des hommes armés ont incendié le village et tué six personnes.")
    assert _loc(text, last_sentence=True).admin1 == "Mopti"
