"""The doer a page's headline names, parents named only to describe armed men, a speaker's own deed, the men held in
an arrest, the forces that answer an attack, a habit told of a group in a later sentence, and the victims a toll
names: bare participles, "N of its soldiers", a speaker before the killing, people of no stated kind beside soldiers,
the vehicle that hit a mine (sentences written for these tests, with invented places)."""

import pytest

UNIDENTIFIED = "Unidentified armed group"


@pytest.mark.parametrize("lang,text,want,attribution", [
    # the headline names the group of the body's unnamed attackers
    ("fr", "Mali : attaque du JNIM contre une position de l'armée près de Kemo\n\nDimanche, un poste de l'armée a été "
           "visé par des hommes armés près de Kemo. Six soldats ont été tués.", "jnim", "attributed"),
    ("en", "JNIM claims deadly raid on army post in northern Burkina\n\nGunmen attacked an army post near Kemo on "
           "Sunday, killing six soldiers, a security source said.", "jnim", "claimed"),
    ("en", "Army repels JNIM attack on Kemo base\n\nGunmen attacked an army base near Kemo on Sunday, killing six "
           "soldiers, a security source said.", "jnim", "attributed"),
    # the headline speaks for a body that names no doer
    ("fr", "L'armée burkinabè affirme avoir neutralisé 40 terroristes dans l'est\n\nLes combats ont eu lieu mardi "
           "près de Kemo, selon un communiqué lu à la télévision.", "bf_army", "attributed"),
    ("en", "Niger's army says it killed 40 terrorists in the west\n\nThe fighting took place on Tuesday near Kemo, "
           "according to a statement read on television.", "niger_army", "attributed"),
    # a named group the attackers are associated with
    ("en", "Gunmen associated with JNIM killed five herders near Kemo on Monday.", "jnim", "suspected"),
    ("fr", "Des hommes armés associés au JNIM ont tué cinq bergers lundi près de Kemo.", "jnim", "suspected"),
    # a speaker that says it killed
    ("fr", "L'armée malienne affirme avoir neutralisé une quarantaine de terroristes lors d'une opération près de "
           "Kemo mercredi.", "fama", "attributed"),
    # a claim told with an adverb after the group's gloss
    ("en", "Twelve soldiers were killed on Monday in an attack by suspected jihadists near Kemo. JNIM, the "
           "Sahel branch of al-Qaeda, earlier claimed responsibility for the attack.",
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
    ("fr", "L'armée neutralise vingt terroristes près de Kemo\n\nDimanche, des hommes armés ont attaqué un poste de "
           "l'armée près de Kemo, tuant quatre soldats."),
    ("en", "Insecurity: the JNIM threat grows in the east\n\nGunmen attacked an army post near Kemo on Sunday, "
           "killing six soldiers."),
    # parents that describe the region's armed men
    ("fr", "Quinze éleveurs ont été tués vendredi par des individus armés aux abords de Kemo. Dans ce secteur "
           "opèrent des katibas affiliées à Al-Qaïda ou au groupe État islamique."),
    ("en", "Gunmen killed twelve villagers near Kemo on Thursday, in a region plagued by militants associated with "
           "al-Qaeda and the Islamic State group."),
    ("en", "Gunmen killed twelve villagers near Kemo on Thursday, in a region troubled by insurgents tied to "
           "al-Qaeda and the Islamic State."),
    # the army's answer told after the attack; its "claim" of its own results; the auxiliaries who answered
    ("en", "Gunmen attacked the village of Kemo on Monday, killing nine herders. Soldiers later killed four of the "
           "attackers, the army said."),
    ("en", "Two gendarmes died on Thursday when suspected jihadists raided their checkpoint outside Kemo. So far "
           "this year the armed forces have claimed responsibility for killing more than a hundred insurgents."),
    ("fr", "Au moins six villageois ont été tués mardi lorsque des terroristes ont attaqué le village de Kemo. La "
           "riposte des Volontaires pour la défense de la patrie a neutralisé quatre assaillants."),
    # a group named with no more than a weak cue in a later sentence
    ("en", "Gunmen killed seven herders near Kemo on Sunday, local officials said. Members of JNIM and of the "
           "Islamic State have long been present in the wider region."),
    # a foiled infiltration is the attackers' doing
    ("fr", "Mardi, une tentative d'infiltration de terroristes a été déjouée à Kemo : les militaires maliens ont "
           "neutralisé trois assaillants."),
    ("en", "Malian troops foiled an infiltration attempt by militants in Kemo on Tuesday, killing three attackers."),
])
def test_the_unnamed_attackers_stay_unnamed(first_event, lang, text):
    assert first_event(text, lang).perpetrator.name == UNIDENTIFIED


def test_a_group_told_as_the_area_s_habit_is_no_perpetrator(first_event):
    e = first_event("Soldiers were accused on Tuesday of the summary execution of 15 herders near Kemo, a rights group "
                    "said. The area is frequently targeted by JNIM, which has waged attacks there for years.", "en")
    assert e.perpetrator.canonical_id != "jnim"
    assert e.target_category == "civilians"


@pytest.mark.parametrize("lang,text", [
    # the habit governs the group's own clause: the agent of a habitual passive, the adverb right after the group
    ("en", "Gunmen shot dead nine herders near Kemo on Friday. The district is frequently targeted by JNIM."),
    ("en", "Gunmen shot dead nine herders near Kemo on Friday. The district has been attacked by JNIM repeatedly."),
    ("fr", "Des hommes armés ont tué six commerçants mardi à Kemo. Le secteur est régulièrement visé par le JNIM."),
    ("fr", "Des hommes armés ont tué six commerçants mardi à Kemo. Le secteur a été attaqué par le JNIM à "
           "plusieurs reprises."),
])
def test_a_group_whose_own_clause_tells_a_habit_is_no_perpetrator(first_event, lang, text):
    assert first_event(text, lang).perpetrator.name == UNIDENTIFIED


@pytest.mark.parametrize("lang,text", [
    # the habit is told in a relative clause about the group (or about its victims), not in the group's own clause
    ("en", "Gunmen killed seven people in Foo near Kaya on Monday. Residents said JNIM fighters, who often raid the "
           "area, carried out the attack."),
    ("en", "Gunmen shot dead nine herders near Kemo on Friday. Witnesses said JNIM militants, who regularly cross "
           "the district, attacked the village."),
    ("en", "Gunmen shot dead nine herders near Kemo on Friday. Residents said JNIM fighters killed herders who "
           "often graze cattle there."),
    ("fr", "Des hommes armés ont tué six commerçants mardi à Kemo. Selon des habitants, des combattants du JNIM, "
           "qui sillonnent souvent la zone, ont mené l'attaque."),
    ("fr", "Des hommes armés ont tué six commerçants mardi à Kemo. Les autorités imputent l'attaque au JNIM, qui "
           "frappe régulièrement la région."),
    ("fr", "Des hommes armés ont tué six commerçants mardi à Kemo. Selon des habitants, les combattants du JNIM "
           "ont tué des commerçants qui passent souvent par là."),
    # the habit governs the group's clause, but the sentence claims or attributes the attack
    ("en", "Gunmen shot dead nine herders near Kemo on Friday. The district is frequently targeted by JNIM, which "
           "claimed Friday's attack."),
    ("en", "Gunmen shot dead nine herders near Kemo on Friday. The district is frequently targeted by JNIM, which "
           "officials held responsible for the raid."),
    ("fr", "Des hommes armés ont tué six commerçants mardi à Kemo. Le secteur est souvent visé par le JNIM, auteur "
           "de l'attaque selon les autorités."),
])
def test_a_habit_told_beside_a_group_does_not_withdraw_it(first_event, lang, text):
    assert first_event(text, lang).perpetrator.canonical_id == "jnim"


@pytest.mark.parametrize("lang,text,want", [
    # a bare participle, "N of its soldiers" after a speaker, workers
    ("fr", "Mardi, des jihadistes ont attaqué le village de Kemo, laissant derrière eux huit soldats et trois "
           "chasseurs dozos tués.", "security_forces"),
    ("en", "Mali's military said Wednesday insurgents killed nine of its troops outside Kemo.", "security_forces"),
    ("en", "A bomb blast killed at least six workers near the Kemo gold mine on Friday.", "civilians"),
    # people of no stated kind, among them gendarmes or auxiliaries, or killed when an army position was attacked
    ("fr", "Au moins neuf personnes ont été tuées, dont quatre gendarmes, lors d'une attaque armée mercredi près de "
           "Kemo.", "security_forces"),
    ("fr", "Onze personnes dont des Volontaires pour la défense de la patrie ont été tuées jeudi à Kemo par des "
           "hommes armés.", "security_forces"),
    ("en", "Three people were killed when gunmen attacked an army position near Kemo on Friday night.",
     "security_forces"),
    ("fr", "Au moins neuf personnes ont été tuées mercredi lors d'une attaque d'hommes armés contre le marché de Kemo.",
     "civilians"),
    ("en", "Three people were killed when gunmen attacked a market near Kemo on Friday night.", "civilians"),
    # soldiers dead in a fight against unnamed armed men, the army acting only in a later sentence; troopers
    ("fr", "Jeudi, dix-sept militaires sont morts au cours d'un accrochage avec des terroristes aux abords de "
           "Kemo. Des patrouilles de l'armée passent dans ce secteur chaque semaine.", "security_forces"),
    ("en", "Militants killed at least 20 troopers near Kemo last week, officials said.", "security_forces"),
    # the attackers the army answered, and those it says it killed
    ("fr", "Mardi, une tentative d'infiltration de terroristes a été déjouée à Kemo : les militaires maliens ont "
           "neutralisé trois assaillants.", "security_forces"),
    ("fr", "L'armée burkinabè affirme avoir neutralisé 40 terroristes dans l'est\n\nLes combats ont eu lieu mardi "
           "près de Kemo, selon un communiqué lu à la télévision.", "armed_group"),
    # the vehicle that hit a mine when no victim is named
    ("en", "A minibus hit a roadside bomb near Kemo on Tuesday, the toll is not known.", "civilians"),
    ("fr", "Mardi, une voiture a heurté un engin explosif près de Kemo.", "civilians"),
    ("fr", "Mardi, un camion militaire a sauté sur une mine près de Kemo.", "security_forces"),
    ("en", "An army vehicle hit a roadside bomb near Kemo on Tuesday.", "security_forces"),
    ("en", "A car hit a roadside bomb near Kemo on Tuesday.", "civilians"),
    # the French conjunction "car" is no car
    ("fr", "Mardi, un engin explosif a explosé près de Kemo, car les routes sont minées.", "security_forces"),
])
def test_the_target_category(first_event, lang, text, want):
    assert first_event(text, lang).target_category == want
