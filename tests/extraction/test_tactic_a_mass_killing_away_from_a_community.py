"""A killing of many by an armed group where no community was hit (sentences written for these tests).

An armed group (not the state) that kills five or more civilians raids their community even where no village is
named (a farm, a place), but not where the text puts the dead away from any community: in a convoy, a lorry, at a
checkpoint, at a gold mine or a gold-panning site, or among the captives the group held. Those killings stay 'other',
as a killing on a road or in a bus does; a killing of villagers told with a taking of hostages stays a raid.
"""

import pytest


@pytest.mark.parametrize("lang,text", [
    ("fr", "Des hommes armés ont attaqué mercredi un convoi de camions de marchandises près de Sabou et ont tué sept "
           "chauffeurs."),
    ("en", "Armed men opened fire on a convoy of trucks carrying cattle near Sabou on Wednesday, killing eight drivers."),
    ("fr", "Mercredi, des assaillants ont abattu six personnes à bord d'un camion qui se rendait à Sabou."),
    ("en", "Gunmen killed seven men travelling in a truck near Sabou on Wednesday."),
    ("en", "Jihadists killed eight people at a checkpoint set up by villagers near Sabou."),
])
def test_a_mass_killing_in_a_convoy_a_lorry_or_at_a_checkpoint_is_no_raid(first_event, lang, text):
    ev = first_event(text, lang)
    assert (ev.sub_event_type, ev.tactic) == ("Attack", "other")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Des jihadistes ont tué mercredi huit orpailleurs sur un site d'orpaillage proche de Gomboro."),
    ("en", "Militants stormed an artisanal gold mine near Gomboro on Wednesday and killed ten workers."),
])
def test_a_mass_killing_at_a_mine_is_no_raid(first_event, lang, text):
    ev = first_event(text, lang)
    assert (ev.sub_event_type, ev.tactic) == ("Attack", "other")


@pytest.mark.parametrize("lang,text", [
    ("en", "Insurgents killed six of the hostages they held near Sabou, a security source said."),
    ("fr", "Les jihadistes ont tué mardi sept des otages qu'ils retenaient depuis des mois près de Sabou."),
])
def test_a_killing_of_captives_is_no_raid(first_event, lang, text):
    assert first_event(text, lang).tactic == "other"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Des hommes armés ont tué mercredi neuf civils dans une ferme près de Gomboro."),
    ("en", "Gunmen killed ten villagers near Gomboro on Wednesday and took five hostages."),
    ("fr", "Des hommes armés ont tué dix civils mercredi près de Gomboro et ont enlevé cinq otages."),
])
def test_a_mass_killing_of_a_community_stays_a_raid(first_event, lang, text):
    ev = first_event(text, lang)
    assert (ev.sub_event_type, ev.tactic) == ("Attack", "raid_on_village")
