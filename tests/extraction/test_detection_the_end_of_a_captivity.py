"""Event detection: people freed, seen again or heard from, their taking told only by a participle that qualifies
them ("le maire enlevé en mars", "reporters arrested after a broadcast") or in a clause of the time elapsed since it,
is the end of a captivity, not an abduction or an arrest, and the taking told again later in the text is its
background; a taking told as an act, or on a recent day, stays an event. (sentences written for these tests; the texts are
published on 12 June 2024)."""

import pytest

from sahelwatch.extraction.classify import no_event_reason, signals
from sahelwatch.folding import fold_aligned as fold


@pytest.mark.parametrize("lang,text", [
    ("en", "The junta has freed a radio presenter arrested after his show criticised the army, his employer said."),
    ("en", "Abducted two weeks ago by men posing as police, three reporters reappeared in a video posted online."),
    ("en", "Detained reporters resurface in uniform at a front-line camp."),
    ("en", "Three weeks after the police detained them at a checkpoint, two bloggers have surfaced in a prison."),
    ("fr", "Le maire de Kassa, enlevé le 3 février par des hommes armés, a donné un signe de vie après deux mois de "
           "captivité."),
    ("fr", "L'ingénieur, enlevé le 4 mars 2023, a été libéré samedi, a annoncé son employeur."),
    ("fr", "Deux syndicalistes interpellés à la sortie d'une réunion sont réapparus dans une vidéo de l'armée."),
])
def test_the_end_of_a_captivity_told_after_a_participle_is_no_event(events, lang, text):
    folded = fold(text)
    assert no_event_reason(folded, signals(folded, lang), lang) == "release"
    assert events(text, lang) == ()


@pytest.mark.parametrize("lang,text", [
    ("fr", "Cinq agents enlevés lundi près de Kassa ont été libérés mercredi."),
    ("en", "Three aid workers abducted on Sunday near Borvali were freed on Tuesday."),
    ("en", "Gunmen abducted ten travellers near Borvali on Sunday and freed them on Tuesday."),
    ("fr", "Dix voyageurs ont été enlevés dimanche à Kassa puis libérés mardi."),
    ("en", "Two men who were arrested at a checkpoint on Monday were released on bail on Tuesday."),
])
def test_a_taking_told_as_an_act_or_on_a_recent_day_is_still_an_event(events, lang, text):
    assert len(events(text, lang)) == 1


@pytest.mark.parametrize("lang,text", [
    ("en", "Two bloggers reappeared in a video on Monday, wearing uniforms. They had been missing since police "
           "officers arrested them at a checkpoint in Borvali on 2 June."),
    ("fr", "Le maire de Kassa, enlevé en mai par des inconnus, a été libéré lundi, a annoncé la préfecture. Il avait "
           "été enlevé par des hommes armés le 4 mai sur la route de Dounfa."),
])
def test_the_taking_told_again_after_a_captivity_ends_is_background(events, lang, text):
    assert events(text, lang) == ()


def test_an_act_told_after_a_captivity_ends_is_still_an_event(events):
    text = ("Two bloggers reappeared in a video on Monday, wearing uniforms. On Tuesday gunmen attacked a market in "
            "Borvali and killed six traders.")
    got = events(text, "en")
    assert len(got) == 1
    assert got[0].fatalities["best"] == 6


@pytest.mark.parametrize("lang,text", [
    # a taking told on a day after the release's is another one
    ("fr", "L'enseignant enlevé en mars a été libéré lundi. Mardi, sept éleveurs ont été enlevés près de Kassa."),
    ("en", "A reporter detained in April was released on Monday. Two more reporters were detained in Borvali on "
           "Tuesday."),
    # its takers' active verb with a count of the people taken tells a new taking, on no day too
    ("fr", "Le commerçant kidnappé en février a été relâché dimanche. Des hommes armés ont aussi enlevé quatre "
           "camionneurs sur la route de Dounfa."),
    ("en", "A trader kidnapped in February was freed on Sunday. Gunmen also kidnapped four truck drivers on the "
           "road to Dounfa."),
])
def test_a_new_taking_after_a_release_is_an_event(events, lang, text):
    assert len(events(text, lang)) == 1


@pytest.mark.parametrize("lang,text", [
    # the taking of the people freed, told again on its own earlier day or with no count of its own
    ("en", "Three aid workers abducted in May were freed on Sunday. They were abducted by gunmen on the road to "
           "Dounfa on 2 May."),
    ("fr", "Le journaliste interpellé la semaine dernière a été relâché lundi. Il avait été arrêté à son domicile "
           "de Kassa par des policiers en civil."),
])
def test_the_taking_of_the_people_freed_told_again_opens_no_event(events, lang, text):
    assert events(text, lang) == ()
