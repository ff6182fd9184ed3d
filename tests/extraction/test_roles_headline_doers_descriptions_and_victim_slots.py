"""The doer a page's headline names, parents named only to describe armed men, a speaker's own deed, the men held in
an arrest, the forces that answer an attack, and the victims a toll names: bare participles, "N of its soldiers", a
speaker before the killing, people of no stated kind beside soldiers, the vehicle that hit a mine (sentences written
for these tests, with invented places)."""

import pytest

UNIDENTIFIED = "Unidentified armed group"


@pytest.mark.parametrize("lang,text,want,attribution", [
    # the headline names the group of the body's unnamed attackers
    ("fr", "Mali : attaque du JNIM contre une position de l'armée près de Tiwa\n\nDimanche, une position de l'armée a "
           "été prise pour cible par des hommes armés près de Tiwa. Six soldats ont été tués.", "jnim", "attributed"),
    ("en", "JNIM claims deadly raid on army post in northern Burkina\n\nGunmen attacked an army post near Tiwa on "
           "Sunday, killing six soldiers, a security source said.", "jnim", "claimed"),
    ("en", "Army repels JNIM attack on Tiwa base\n\nGunmen attacked an army base near Tiwa on Sunday, killing six "
           "soldiers, a security source said.", "jnim", "attributed"),
    # the headline speaks for a body that names no doer
    ("fr", "L'armée burkinabè affirme avoir neutralisé 40 terroristes dans l'est\n\nLes combats ont eu lieu mardi "
           "près de Tiwa, selon un communiqué lu à la télévision.", "bf_army", "attributed"),
    ("en", "Niger's army says it killed 40 terrorists in the west\n\nThe fighting took place on Tuesday near Tiwa, "
           "according to a statement read on television.", "niger_army", "attributed"),
    # a named group the attackers are associated with
    ("en", "Gunmen associated with JNIM killed five herders near Tiwa on Monday.", "jnim", "suspected"),
    ("fr", "Des hommes armés associés au JNIM ont tué cinq bergers lundi près de Tiwa.", "jnim", "suspected"),
    # a speaker that says it killed
    ("fr", "L'armée malienne affirme avoir neutralisé une quarantaine de terroristes lors d'une opération près de "
           "Tiwa mercredi.", "fama", "attributed"),
    # a claim told with an adverb after the group's gloss
    ("en", "Twelve soldiers were killed on Monday in an attack by suspected jihadists near Tiwa. Jama'at Nusrat "
           "al-Islam wal-Muslimin (JNIM), an al-Qaeda affiliate, earlier claimed responsibility for the attack.",
     "jnim", "claimed"),
    # the unnamed armed men of an arrest are the men held, the army's statement makes it the army's
    ("fr", "Quatre membres d'un réseau terroriste ont été arrêtés mardi à Bamako, selon un communiqué de l'armée.",
     "fama", "unknown"),
    ("en", "Four members of a terrorist cell were arrested in Bamako on Tuesday, the army said in a statement.",
     "fama", "unknown"),
])
def test_the_perpetrator_and_how_it_is_attributed(first_event, lang, text, want, attribution):
    e = first_event(text, lang)
    assert e.perpetrator.canonical_id == want
    assert e.attribution == attribution


@pytest.mark.parametrize("lang,text", [
    # the headline's army answered the attack its body tells; a headline that names no doer
    ("fr", "L'armée neutralise vingt terroristes près de Tiwa\n\nDimanche, des hommes armés ont attaqué un poste de "
           "l'armée près de Tiwa, tuant quatre soldats."),
    ("en", "Insecurity: the JNIM threat grows in the east\n\nGunmen attacked an army post near Tiwa on Sunday, "
           "killing six soldiers."),
    # parents that describe the region's armed men
    ("fr", "Au moins douze villageois ont été tués jeudi près de Tiwa par des hommes armés. La zone est un foyer de "
           "groupes jihadistes liés à Al-Qaïda ou au groupe État islamique."),
    ("en", "Gunmen killed twelve villagers near Tiwa on Thursday, in a region plagued by militants associated with "
           "al-Qaeda and the Islamic State group."),
    ("en", "Gunmen killed twelve villagers near Tiwa on Thursday, in a region troubled by insurgents tied to "
           "al-Qaeda and the Islamic State."),
    # the army's answer told after the attack; its "claim" of its own results; the auxiliaries who answered
    ("en", "Gunmen attacked the village of Tiwa on Monday, killing nine herders. Soldiers later killed four of the "
           "attackers, the army said."),
    ("en", "Three soldiers were killed on Sunday in an attack on their post near Tiwa blamed on jihadists. Since "
           "January the army has claimed responsibility for the death of dozens of militants."),
    ("fr", "Au moins six villageois ont été tués mardi lorsque des terroristes ont attaqué le village de Tiwa. La "
           "riposte des Volontaires pour la défense de la patrie a neutralisé quatre assaillants."),
    # a group named with no more than a weak cue in a later sentence
    ("en", "Gunmen killed seven herders near Tiwa on Sunday, local officials said. Members of JNIM and of the "
           "Islamic State have long been present in the wider region."),
    # a foiled infiltration is the attackers' doing
    ("fr", "Mardi, une tentative d'infiltration de terroristes a été déjouée à Tiwa : les militaires maliens ont "
           "neutralisé trois assaillants."),
    ("en", "Malian troops foiled an infiltration attempt by militants in Tiwa on Tuesday, killing three attackers."),
])
def test_the_unnamed_attackers_stay_unnamed(first_event, lang, text):
    assert first_event(text, lang).perpetrator.name == UNIDENTIFIED


def test_a_group_told_as_the_area_s_habit_is_no_perpetrator(first_event):
    e = first_event("Soldiers were accused on Tuesday of the summary execution of 15 herders near Tiwa, a rights group "
                    "said. The area is frequently targeted by JNIM, which has waged attacks there for years.", "en")
    assert e.perpetrator.canonical_id != "jnim"
    assert e.target_category == "civilians"


@pytest.mark.parametrize("lang,text,want", [
    # a bare participle, "N of its soldiers" after a speaker, workers
    ("fr", "Mardi, des jihadistes ont attaqué le village de Tiwa, laissant derrière eux huit soldats et trois "
           "chasseurs dozos tués.", "security_forces"),
    ("en", "Niger's army said Saturday jihadists killed 12 of its soldiers near Tiwa.", "security_forces"),
    ("en", "A bomb blast killed at least six workers near the Tiwa gold mine on Friday.", "civilians"),
    # people of no stated kind, among them gendarmes or auxiliaries, or killed when an army position was attacked
    ("fr", "Au moins neuf personnes ont été tuées, dont quatre gendarmes, lors d'une attaque armée mercredi près de "
           "Tiwa.", "security_forces"),
    ("fr", "Onze personnes dont des Volontaires pour la défense de la patrie ont été tuées jeudi à Tiwa par des "
           "hommes armés.", "security_forces"),
    ("en", "Three people were killed when gunmen attacked an army position near Tiwa on Friday night.",
     "security_forces"),
    ("fr", "Au moins neuf personnes ont été tuées mercredi lors d'une attaque d'hommes armés contre le marché de Tiwa.",
     "civilians"),
    ("en", "Three people were killed when gunmen attacked a market near Tiwa on Friday night.", "civilians"),
    # soldiers dead in a fight against unnamed armed men, the army acting only in a later sentence; troopers
    ("fr", "Mardi, une trentaine de soldats sont morts dans un combat contre des jihadistes près de Tiwa. Les forces "
           "de défense ont pris l'habitude de patrouiller dans ce secteur.", "security_forces"),
    ("en", "Militants killed at least 20 troopers near Tiwa last week, officials said.", "security_forces"),
    # the attackers the army answered, and those it says it killed
    ("fr", "Mardi, une tentative d'infiltration de terroristes a été déjouée à Tiwa : les militaires maliens ont "
           "neutralisé trois assaillants.", "security_forces"),
    ("fr", "L'armée burkinabè affirme avoir neutralisé 40 terroristes dans l'est\n\nLes combats ont eu lieu mardi "
           "près de Tiwa, selon un communiqué lu à la télévision.", "armed_group"),
    # the vehicle that hit a mine when no victim is named
    ("en", "A minibus hit a roadside bomb near Tiwa on Tuesday, the toll is not known.", "civilians"),
    ("fr", "Mardi, une voiture a heurté un engin explosif près de Tiwa.", "civilians"),
    ("fr", "Mardi, un camion militaire a sauté sur une mine près de Tiwa.", "security_forces"),
    ("en", "An army vehicle hit a roadside bomb near Tiwa on Tuesday.", "security_forces"),
    ("en", "A car hit a roadside bomb near Tiwa on Tuesday.", "civilians"),
    # the French conjunction "car" is no car
    ("fr", "Mardi, un engin explosif a explosé près de Tiwa, car les routes sont minées.", "security_forces"),
])
def test_the_target_category(first_event, lang, text, want):
    assert first_event(text, lang).target_category == want
