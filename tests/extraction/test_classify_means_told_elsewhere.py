"""The means of an event: a device named in another sentence does not make an attack told by gunmen remote
violence, but a weapon told after an attack on unarmed people with no fight is its means; a vehicle bomb ("car bomb",
"voiture piégée") is an explosive device unless its attacker dies by it (ACLED's Suicide bomb); "un attentat à la
mine" is a mine; "une première frappe" is an air strike; a march pushed back by the police is an intervention (sentences written for these tests)."""

import pytest


@pytest.mark.parametrize("lang,text", [
    ("en", "Gunmen on motorbikes killed nine traders in an attack on a weekly market near Dori on Tuesday. "
           "The attackers also planted a mine on the road out of the town."),
    ("fr", "Des hommes armés ont tué onze commerçants lors d'une attaque contre le marché de Boni mardi. "
           "Une explosion a été entendue près du marché pendant leur fuite."),
])
def test_an_attack_told_by_its_attackers_is_no_device_named_elsewhere(first_event, lang, text):
    assert first_event(text, lang).sub_event_type == "Attack"


@pytest.mark.parametrize("lang,text", [
    ("en", "Seven civilians died near Douentza on Monday. Their minibus struck a landmine on the road."),
    ("fr", "Sept civils sont morts lundi près de Douentza. Leur minibus a sauté sur une mine."),
])
def test_deaths_with_no_act_of_their_own_take_the_device_told_beside_them(first_event, lang, text):
    assert first_event(text, lang).sub_event_type == "Remote explosive/landmine/IED"


@pytest.mark.parametrize("lang,text", [
    ("en", "A vehicle bomb struck an army camp near Boulkessi on Sunday, killing four soldiers."),
    ("en", "Militants drove a booby-trapped car into the gate of a police station in Menaka on Friday, killing two officers."),
    ("en", "A car bomb parked outside a hotel in Gao went off on Tuesday, killing three guests."),
    ("fr", "Un véhicule piégé a explosé dimanche devant un camp militaire près de Boulkessi, tuant quatre soldats."),
    ("fr", "Une voiture piégée garée devant un hôtel de Gao a explosé mardi, faisant trois morts."),
])
def test_a_vehicle_bomb_with_no_suicide_bomber_is_an_explosive_device(first_event, lang, text):
    # ACLED codes a suicide bomb only when the attacker dies by his own device; a car bomb is remote violence
    assert first_event(text, lang).sub_event_type == "Remote explosive/landmine/IED"


@pytest.mark.parametrize("lang,text", [
    ("en", "A suicide car bomb struck an army camp near Boulkessi on Sunday, killing four soldiers."),
    ("en", "The bomber detonated his explosive vest at the gate of a police station in Menaka on Friday, killing two officers."),
    ("fr", "Un kamikaze au volant d'un véhicule piégé a foncé dimanche sur un camp militaire près de Boulkessi, tuant quatre soldats."),
    ("fr", "Un assaillant s'est fait exploser vendredi devant le commissariat de Ménaka, tuant deux policiers."),
    ("fr", "Deux assaillants se sont fait exploser vendredi à l'entrée d'une caserne de Ménaka, tuant trois militaires."),
])
def test_a_bomber_killed_by_his_own_device_is_a_suicide_bomb(first_event, lang, text):
    assert first_event(text, lang).sub_event_type == "Suicide bomb"


def test_an_attentat_a_la_mine_is_a_mine(first_event):
    text = "Trois gendarmes ont perdu la vie jeudi dans un attentat à la mine sur la route de Djibo."
    assert first_event(text, "fr").sub_event_type == "Remote explosive/landmine/IED"


def test_a_mine_of_gold_is_still_no_device(first_event):
    text = "Des hommes armés ont tué quatre orpailleurs jeudi près de la mine d'or de Kalsaka."
    assert first_event(text, "fr").sub_event_type == "Attack"


@pytest.mark.parametrize("text", [
    "L'armée a annoncé samedi qu'une première frappe a détruit trois motos de terroristes près de Tin-Akoff.",
    "Une deuxième frappe a visé dimanche un campement de combattants près d'Inates, selon l'état-major.",
])
def test_a_first_or_second_strike_is_an_air_strike(first_event, text):
    assert first_event(text, "fr").sub_event_type == "Air/drone strike"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Une marche de l'opposition a été repoussée par la police avec des gaz lacrymogènes samedi à Niamey."),
    ("en", "Hundreds of protesters were repelled by police with tear gas on Saturday in Bamako."),
])
def test_a_march_pushed_back_by_the_police_is_an_intervention_not_a_fight(first_event, lang, text):
    assert first_event(text, lang).sub_event_type == "Protest with intervention"


def test_an_attack_pushed_back_by_the_army_stays_a_clash(first_event):
    text = "L'attaque du poste a été repoussée par l'armée samedi près de Djibo."
    assert first_event(text, "fr").sub_event_type == "Armed clash"


@pytest.mark.parametrize("lang,text", [
    ("en", "Militants attacked a cargo boat on the Niger river near Bourem on Thursday. Two rockets hit the boat's engine."),
    ("fr", "Des jihadistes ont attaqué un bateau de passagers jeudi sur le fleuve Niger près de Bourem. "
           "Deux roquettes ont touché le moteur."),
])
def test_an_attack_on_unarmed_people_takes_the_weapon_told_after_it(first_event, lang, text):
    assert first_event(text, lang).sub_event_type == "Shelling/artillery/missile attack"


def test_an_attack_on_soldiers_with_a_fight_stays_a_clash_whatever_the_weapon(first_event):
    text = "Militants attacked an army post near Bourem on Thursday. Two rockets hit the post before soldiers fought back."
    assert first_event(text, "en").sub_event_type == "Armed clash"


@pytest.mark.parametrize("lang,text,sub", [
    ("en", "Rebel fighters take control of the town of Ber after the army withdraws, residents say.",
     "Non-state actor overtakes territory"),
    ("en", "Militants overtake the town of Lere on Monday, a local official said.", "Non-state actor overtakes territory"),
    ("en", "Jihadists drove the militia out of the town of Tessit on Sunday, residents said.",
     "Non-state actor overtakes territory"),
    ("fr", "Des rebelles prennent le contrôle de la ville de Ber dimanche, selon des habitants.",
     "Non-state actor overtakes territory"),
    ("en", "Malian troops regain control of the town of Lere on Friday, the army said.", "Government regains territory"),
    ("en", "The army retakes the town of Boni on Friday after militants fled.", "Government regains territory"),
    ("fr", "L'armée malienne reprend le contrôle de la ville de Boni vendredi, selon l'état-major.",
     "Government regains territory"),
])
def test_a_town_taken_in_the_present_tense_or_as_an_overtaking_is_a_change_of_territory(first_event, lang, text, sub):
    assert first_event(text, lang).sub_event_type == sub


@pytest.mark.parametrize("lang,text", [
    ("en", "The ruling party gained control of parliament after the vote on Sunday."),
    ("en", "The new board assumes control of the national airline on Monday."),
    ("en", "The student had to retake the exam on Monday in Bamako."),
    ("fr", "L'Etat prend le contrôle de la société minière lundi, a annoncé le ministre."),
])
def test_control_of_an_institution_or_a_firm_is_no_territory(events, lang, text):
    assert not events(text, lang)


@pytest.mark.parametrize("lang,text,sub", [
    ("fr", "Cinq éleveurs et deux volontaires pour la défense de la patrie (VDP) ont péri samedi à Djibo sous les "
           "balles d'assaillants.", "Armed clash"),
    ("en", "Four traders and three members of the self-defence militia (VDP) were shot dead on Saturday outside Djibo "
           "by assailants.", "Armed clash"),
    ("fr", "Cinq cultivateurs (tous des hommes) ont péri samedi à Djibo sous les balles d'assaillants.", "Attack"),
])
def test_an_acronym_in_brackets_does_not_cut_the_victims_from_their_killing(first_event, lang, text, sub):
    assert first_event(text, lang).sub_event_type == sub
