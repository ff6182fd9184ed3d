"""A blast told with no device takes a strike as its cause only where a sentence going on with the event tells the
strike as an act, not where it only names aircraft or an air force; a vehicle that blew up is a mine's or an IED's
frame; the French air force named as an institution is no strike (sentences written for these tests)."""

import pytest


@pytest.mark.parametrize("lang,text", [
    ("en", "Three gendarmes died in an explosion on the track east of Tinsa on Sunday. "
           "Drones were then flown over the district to look for the attackers."),
    ("en", "Five militiamen lost their lives when their pickup exploded outside Garo on Wednesday. "
           "Army drones were watching the road at the time."),
    ("fr", "Trois gendarmes sont morts dimanche dans une explosion sur la piste à l'est de Tinsa. "
           "Des drones ont ensuite survolé le secteur à la recherche des auteurs."),
    ("fr", "Cinq miliciens ont perdu la vie mercredi lorsque leur camionnette a explosé à la sortie de Garo. "
           "Un drone de l'armée survolait alors la route."),
])
def test_a_blast_beside_aircraft_only_named_stays_remote_violence(first_event, lang, text):
    assert first_event(text, lang).sub_event_type == "Remote explosive/landmine/IED"


@pytest.mark.parametrize("lang,text", [
    ("en", "Three gendarmes died in an explosion on the track east of Tinsa on Sunday. "
           "In the incident, a drone fired a missile at their position by mistake."),
    ("fr", "Trois gendarmes sont morts dimanche dans une explosion sur la piste à l'est de Tinsa. "
           "Lors de cet incident, un drone a frappé leur position par erreur."),
])
def test_a_blast_told_later_as_a_strike_is_still_an_air_strike(first_event, lang, text):
    assert first_event(text, lang).sub_event_type == "Air/drone strike"


def test_the_air_force_named_as_an_institution_is_no_air_strike(events):
    text = ("Un général de l'armée de l'air a visité jeudi la caserne de Garo, où quatre gardes avaient été tués "
            "au mois de mars.")
    assert "Air/drone strike" not in [e.sub_event_type for e in events(text, "fr")]


def test_the_air_force_told_striking_is_an_air_strike(first_event):
    text = "L'armée de l'air a bombardé jeudi un camp d'insurgés près de Garo, tuant une dizaine de combattants."
    assert first_event(text, "fr").sub_event_type == "Air/drone strike"
