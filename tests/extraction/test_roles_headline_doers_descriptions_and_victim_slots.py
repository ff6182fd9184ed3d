"""The doer a page's headline names, parents named only to describe armed men, a speaker's own deed, the men held in
an arrest, and the victims a toll names: bare participles, "N of its soldiers", a speaker before the killing, the
vehicle that hit a mine (sentences written for these tests, with invented places)."""

import pytest

UNIDENTIFIED = "Unidentified armed group"


@pytest.mark.parametrize("lang,text,want,attribution", [
    ("fr", "Mali : attaque du JNIM contre une position de l'armée près de Tiwa\n\nDimanche, une position de l'armée a "
           "été prise pour cible par des hommes armés près de Tiwa. Six soldats ont été tués.", "jnim", "attributed"),
    ("en", "JNIM claims deadly raid on army post in northern Burkina\n\nGunmen attacked an army post near Tiwa on "
           "Sunday, killing six soldiers, a security source said.", "jnim", "claimed"),
    ("en", "Army repels JNIM attack on Tiwa base\n\nGunmen attacked an army base near Tiwa on Sunday, killing six "
           "soldiers, a security source said.", "jnim", "attributed"),
])
def test_the_headline_names_the_group_of_the_unnamed_attackers(first_event, lang, text, want, attribution):
    e = first_event(text, lang)
    assert e.perpetrator.canonical_id == want
    assert e.attribution == attribution


@pytest.mark.parametrize("lang,text", [
    # the headline's army answered the attack its body tells: the body's attackers stay the perpetrators
    ("fr", "L'armée neutralise vingt terroristes près de Tiwa\n\nDimanche, des hommes armés ont attaqué un poste de "
           "l'armée près de Tiwa, tuant quatre soldats."),
    # a headline that names no doer leaves the body's reading
    ("en", "Insecurity: the JNIM threat grows in the east\n\nGunmen attacked an army post near Tiwa on Sunday, "
           "killing six soldiers."),
])
def test_a_headline_without_an_armed_doer_leaves_the_unnamed_attackers(first_event, lang, text):
    assert first_event(text, lang).perpetrator.name == UNIDENTIFIED


@pytest.mark.parametrize("lang,text,want", [
    ("fr", "L'armée burkinabè affirme avoir neutralisé 40 terroristes dans l'est\n\nLes combats ont eu lieu mardi "
           "près de Tiwa, selon un communiqué lu à la télévision.", "bf_army"),
    ("en", "Niger's army says it killed 40 terrorists in the west\n\nThe fighting took place on Tuesday near Tiwa, "
           "according to a statement read on television.", "niger_army"),
])
def test_the_headline_speaks_for_a_body_that_names_no_doer(first_event, lang, text, want):
    e = first_event(text, lang)
    assert e.perpetrator.canonical_id == want
    assert e.target_category == "armed_group"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Au moins douze villageois ont été tués jeudi près de Tiwa par des hommes armés. La zone est un foyer de "
           "groupes jihadistes liés à Al-Qaïda ou au groupe État islamique."),
    ("en", "Gunmen killed twelve villagers near Tiwa on Thursday, in a region plagued by militants associated with "
           "al-Qaeda and the Islamic State group."),
    ("en", "Gunmen killed twelve villagers near Tiwa on Thursday, in a region troubled by insurgents tied to "
           "al-Qaeda and the Islamic State."),
])
def test_parents_that_describe_the_region_s_armed_men_are_no_perpetrator(first_event, lang, text):
    assert first_event(text, lang).perpetrator.name == UNIDENTIFIED


@pytest.mark.parametrize("lang,text,want", [
    ("en", "Gunmen associated with JNIM killed five herders near Tiwa on Monday.", "jnim"),
    ("fr", "Des hommes armés associés au JNIM ont tué cinq bergers lundi près de Tiwa.", "jnim"),
])
def test_a_named_group_the_attackers_are_associated_with_is_the_perpetrator(first_event, lang, text, want):
    e = first_event(text, lang)
    assert e.perpetrator.canonical_id == want
    assert e.attribution == "suspected"


def test_a_speaker_that_says_it_killed_is_the_perpetrator(first_event):
    e = first_event("L'armée malienne affirme avoir neutralisé une quarantaine de terroristes lors d'une opération "
                    "près de Tiwa mercredi.", "fr")
    assert e.perpetrator.canonical_id == "fama"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Quatre membres d'un réseau terroriste ont été arrêtés mardi à Bamako, selon un communiqué de l'armée."),
    ("en", "Four members of a terrorist cell were arrested in Bamako on Tuesday, the army said in a statement."),
])
def test_the_armed_men_of_an_arrest_are_the_men_held(first_event, lang, text):
    e = first_event(text, lang)
    assert e.sub_event_type == "Arrests"
    assert e.perpetrator.name != UNIDENTIFIED
    assert e.perpetrator.canonical_id == "fama"


@pytest.mark.parametrize("lang,text,want", [
    ("fr", "Mardi, des jihadistes ont attaqué le village de Tiwa, laissant derrière eux huit soldats et trois "
           "chasseurs dozos tués.", "security_forces"),
    ("en", "Niger's army said Saturday jihadists killed 12 of its soldiers near Tiwa.", "security_forces"),
    ("en", "A bomb blast killed at least six workers near the Tiwa gold mine on Friday.", "civilians"),
])
def test_the_victims_a_sentence_counts_give_the_target(first_event, lang, text, want):
    assert first_event(text, lang).target_category == want


@pytest.mark.parametrize("lang,text,want", [
    ("en", "A minibus hit a roadside bomb near Tiwa on Tuesday, the toll is not known.", "civilians"),
    ("fr", "Mardi, une voiture a heurté un engin explosif près de Tiwa.", "civilians"),
    ("fr", "Mardi, un camion militaire a sauté sur une mine près de Tiwa.", "security_forces"),
    ("en", "An army vehicle hit a roadside bomb near Tiwa on Tuesday.", "security_forces"),
])
def test_the_vehicle_that_hit_a_mine_tells_whose_it_was(first_event, lang, text, want):
    e = first_event(text, lang)
    assert e.sub_event_type == "Remote explosive/landmine/IED"
    assert e.target_category == want


@pytest.mark.parametrize("lang,text", [
    # the army's answer, told after the attack: the attackers stay unnamed
    ("en", "Gunmen attacked the village of Tiwa on Monday, killing nine herders. Soldiers later killed four of the "
           "attackers, the army said."),
    # the army's own results of earlier weeks, which it "claimed", are no claim of this attack
    ("en", "Three soldiers were killed on Sunday in an attack on their post near Tiwa blamed on jihadists. Since "
           "January the army has claimed responsibility for the death of dozens of militants."),
    # the auxiliaries who answered the attack are its target, not its authors
    ("fr", "Au moins six villageois ont été tués mardi lorsque des terroristes ont attaqué le village de Tiwa. La "
           "riposte des Volontaires pour la défense de la patrie a neutralisé quatre assaillants."),
])
def test_the_forces_that_answer_unnamed_attackers_are_not_their_name(first_event, lang, text):
    assert first_event(text, lang).perpetrator.name == UNIDENTIFIED


@pytest.mark.parametrize("lang,text,want", [
    ("en", "Soldiers were accused on Tuesday of the summary execution of 15 herders near Tiwa, a rights group said. "
           "The area is frequently targeted by JNIM, which has waged attacks there for years.", "civilians"),
])
def test_a_group_told_as_the_area_s_habit_is_no_perpetrator(first_event, lang, text, want):
    e = first_event(text, lang)
    assert e.perpetrator.canonical_id != "jnim"
    assert e.target_category == want


@pytest.mark.parametrize("lang,text", [
    ("fr", "Mardi, une tentative d'infiltration de terroristes a été déjouée à Tiwa : les militaires maliens ont "
           "neutralisé trois assaillants."),
    ("en", "Malian troops foiled an infiltration attempt by militants in Tiwa on Tuesday, killing three attackers."),
])
def test_a_foiled_infiltration_is_the_attackers_doing(first_event, lang, text):
    e = first_event(text, lang)
    assert e.perpetrator.name == UNIDENTIFIED
    assert e.target_category == "security_forces"


@pytest.mark.parametrize("lang,text", [
    # people of no stated kind, among them gendarmes or auxiliaries
    ("fr", "Au moins neuf personnes ont été tuées, dont quatre gendarmes, lors d'une attaque armée mercredi près de "
           "Tiwa."),
    ("fr", "Onze personnes dont des Volontaires pour la défense de la patrie ont été tuées jeudi à Tiwa par des "
           "hommes armés."),
    # people of no stated kind killed when an army position was attacked
    ("en", "Three people were killed when gunmen attacked an army position near Tiwa on Friday night."),
    # soldiers dead in a fight against unnamed armed men, the army acting only in a later sentence
    ("fr", "Mardi, une trentaine de soldats sont morts dans un combat contre des jihadistes près de Tiwa. Les forces "
           "de défense ont pris l'habitude de patrouiller dans ce secteur."),
    ("en", "Militants killed at least 20 troopers near Tiwa last week, officials said."),
])
def test_the_state_s_forces_among_the_dead_are_the_target(first_event, lang, text):
    assert first_event(text, lang).target_category == "security_forces"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Au moins neuf personnes ont été tuées mercredi lors d'une attaque d'hommes armés contre le marché de Tiwa."),
    ("en", "Three people were killed when gunmen attacked a market near Tiwa on Friday night."),
])
def test_people_of_no_stated_kind_killed_away_from_the_forces_are_civilians(first_event, lang, text):
    assert first_event(text, lang).target_category == "civilians"


def test_a_claim_told_with_an_adverb_after_the_group_s_gloss_names_the_perpetrator(first_event):
    text = ("Twelve soldiers were killed on Monday in an attack by suspected jihadists near Tiwa. Jama'at Nusrat "
            "al-Islam wal-Muslimin (JNIM), an al-Qaeda affiliate, earlier claimed responsibility for the attack.")
    e = first_event(text, "en")
    assert e.perpetrator.canonical_id == "jnim"
    assert e.attribution == "claimed"


def test_a_group_named_with_a_weak_cue_in_a_later_sentence_leaves_the_main_sentence_s_attackers(first_event):
    text = ("Gunmen killed seven herders near Tiwa on Sunday, local officials said. Members of JNIM and of the "
            "Islamic State have long been present in the wider region.")
    assert first_event(text, "en").perpetrator.name == UNIDENTIFIED
