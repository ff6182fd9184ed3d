"""Variation grammar of the event's kind: event type, sub-event type and tactic (ACLED's sub-event types met in the
Sahel), told in French and English news in the active, the passive and the nominal forms.

Written from the ACLED codebook's definitions and the two languages' ways of telling each kind of event, never from
an evaluation text. Places are invented (Kobou, Sonkoro, Tiengo, Dabaré) or towns of the shipped gazetteer.
The project's conventions (classify.py, docs/extraction.md): a territory change takes the tactic ``armed_clash``;
disrupted weapons use and mob violence ``other``; a protest of any kind ``protest``.
"""

from __future__ import annotations

import pytest

from tests.extraction.conftest import ANCHOR
from tests.extraction.variations import expand, params

B, V, R = "Battles", "Violence against civilians", "Explosions/Remote violence"
P, RI, S = "Protests", "Riots", "Strategic developments"


def _x(etype, sub, tactic):
    return {"event_type": etype, "sub_event_type": sub, "tactic": tactic}


CLASH = _x(B, "Armed clash", "armed_clash")
AMBUSH = _x(B, "Armed clash", "ambush")
RAID = _x(V, "Attack", "raid_on_village")
IED = _x(R, "Remote explosive/landmine/IED", "ied")
SUICIDE = _x(R, "Suicide bomb", "suicide_bombing")
AIR = _x(R, "Air/drone strike", "air_strike")
SHELL = _x(R, "Shelling/artillery/missile attack", "shelling")
ABDUCT = _x(V, "Abduction/forced disappearance", "abduction")
LOOT = _x(S, "Looting/property destruction", "looting_burning")
NSA = _x(B, "Non-state actor overtakes territory", "armed_clash")
GOV = _x(B, "Government regains territory", "armed_clash")
ARREST = _x(S, "Arrests", "arrest")
PEACEFUL = _x(P, "Peaceful protest", "protest")
INTERVENED = _x(P, "Protest with intervention", "protest")
EXCESSIVE = _x(P, "Excessive force against protesters", "protest")
VIOLENT_DEMO = _x(RI, "Violent demonstration", "protest")
MOB = _x(RI, "Mob violence", "other")
SEXUAL = _x(V, "Sexual violence", "sexual_violence")
DISRUPTED = _x(S, "Disrupted weapons use", "other")

FR_PLACE = ["Kobou", "Sonkoro", "Tiengo", "Dabaré", "Douentza", "Djibo"]
EN_PLACE = ["Kobou", "Sonkoro", "Tiengo", "Dabare", "Menaka", "Diffa"]
FR_WHEN = ["mardi", "lundi soir", "dans la nuit de lundi à mardi", "mardi matin"]
EN_WHEN = ["on Tuesday", "on Monday night", "early on Tuesday", "on Tuesday morning"]
FR_ARMY = ["les FAMa", "l'armée", "les forces de défense et de sécurité", "les soldats"]
EN_ARMY = ["the army", "Malian troops", "soldiers", "the security forces"]
FR_GROUP = ["des jihadistes", "des terroristes", "des hommes armés", "des éléments de l'EIGS"]
EN_GROUP = ["jihadists", "militants", "suspected jihadists", "fighters of the Islamic State"]

CASES = []
# -------------------------------------------------------------------------------------------------- Armed clash
# FR: a fight named by its noun, the two sides opposed ("des combats ont opposé l'armée à ...")
CASES += expand("{fight} ont opposé {army} à {group} {when} près de {place}.", tag="fr-clash-noun", limit=10, expect=CLASH,
                fight=["De violents affrontements", "Des combats", "Des échanges de tirs", "De violents accrochages"],
                army=FR_ARMY, group=FR_GROUP, when=FR_WHEN, place=FR_PLACE)
# FR: a clash reported with its toll ("un accrochage ... a fait N morts")
CASES += expand("Un accrochage entre {army} et {group} a fait {n} morts {when} à {place}.", tag="fr-clash-toll", limit=6,
                expect=CLASH, army=FR_ARMY, group=FR_GROUP, n=["trois", "sept", "douze"], when=FR_WHEN, place=FR_PLACE)
# FR: an attack on soldiers repelled ("l'armée a repoussé une attaque")
CASES += expand("{army_verb} une attaque {adj} contre {post} de {place} {when}.", tag="fr-clash-repelled", limit=8,
                expect=CLASH, army_verb=["L'armée a repoussé", "Les FAMa ont repoussé", "La garnison a mis en échec",
                                         "Les soldats ont riposté à"],
                adj=["terroriste", "jihadiste", "d'hommes armés"],
                post=["le poste militaire", "le camp", "la base militaire"], when=FR_WHEN, place=FR_PLACE)
# FR: the passive, soldiers "ont été attaqués" with fire returned ("ont riposté")
CASES += expand("Une patrouille de {force} a été attaquée {when} près de {place} ; les soldats ont riposté, tuant {n} assaillants.",
                tag="fr-clash-passive", limit=5, expect=CLASH, force=["l'armée", "la gendarmerie", "la garde nationale"],
                when=FR_WHEN, place=FR_PLACE, n=["trois", "cinq", "plusieurs"])
# FR: an ambush on soldiers ("tombés dans une embuscade", "une embuscade tendue à un convoi")
CASES += expand("{what} {when} près de {place}, faisant {n} morts parmi les soldats.", tag="fr-clash-ambush", limit=6,
                expect=AMBUSH,
                what=["Un convoi militaire est tombé dans une embuscade", "Des terroristes ont tendu une embuscade à une patrouille de l'armée",
                      "Une embuscade a visé une colonne des FAMa"],
                when=FR_WHEN, place=FR_PLACE, n=["quatre", "six", "dix"])
# EN: fighting / clashes between two sides
CASES += expand("{fight} between {army} and {group} near {place} {when}.", tag="en-clash-noun", limit=9,
                expect=CLASH,
                fight=["Heavy fighting broke out", "Clashes erupted", "Gunfire was exchanged", "Fierce clashes took place"],
                army=EN_ARMY, group=EN_GROUP, place=EN_PLACE, when=EN_WHEN)
# EN: an attack repelled, the defenders killing attackers
CASES += expand("{army} repelled an attack by {group} on {post} in {place} {when}, killing {n} of the assailants.",
                tag="en-clash-repelled", limit=5, expect=CLASH, army=["The army", "Troops", "Soldiers"],
                group=EN_GROUP, post=["their base", "an army post", "a military camp"], place=EN_PLACE, when=EN_WHEN,
                n=["five", "a dozen"])
# EN: an ambush on soldiers
CASES += expand("{what} near {place} {when}, killing {n} soldiers.", tag="en-clash-ambush", limit=5, expect=AMBUSH,
                what=["Militants ambushed an army convoy", "An army patrol was ambushed", "Gunmen ambushed a military patrol"],
                place=EN_PLACE, when=EN_WHEN, n=["four", "seven", "11"])

# ------------------------------------------------------------------------------------------------------- Attack
# FR: a killing of civilians in a village (active, passive, nominal)
CASES += expand("{act} {when} dans le village de {place}, {toll}.", tag="fr-attack-village", limit=10, expect=RAID,
                act=["Des hommes armés ont ouvert le feu sur des villageois", "Des terroristes ont attaqué des civils",
                     "Une tuerie a eu lieu", "Un massacre a été perpétré", "Des assaillants ont fait irruption"],
                when=FR_WHEN, place=FR_PLACE,
                toll=["tuant huit civils", "faisant une douzaine de morts parmi les habitants", "où vingt civils ont été tués"])
# FR: the village as the target ("le village de X a été la cible d'une attaque", "l'attaque du village de X")
CASES += expand("{frame} {place} {when} a fait {n} morts parmi les civils.", tag="fr-attack-nominal", limit=6,
                expect=RAID,
                frame=["L'attaque du village de", "L'attaque menée par des hommes armés contre le village de",
                       "Le raid de jihadistes sur le hameau de"],
                place=FR_PLACE, when=FR_WHEN, n=["neuf", "quinze", "trente"])
CASES += expand("Le village de {place} a été la cible d'une attaque {who} {when} : {n} civils ont été tués.",
                tag="fr-attack-cible", limit=5, expect=RAID, place=FR_PLACE,
                who=["d'hommes armés", "de terroristes", "d'individus armés non identifiés"], when=FR_WHEN,
                n=["six", "onze", "vingt"])
# EN: a killing of villagers / a raid on a village
CASES += expand("{act} the village of {place} {when}, killing {n} civilians.", tag="en-attack-village", limit=9,
                expect=RAID,
                act=["Gunmen raided", "Armed men attacked", "Suspected jihadists stormed", "Militants opened fire in"],
                place=EN_PLACE, when=EN_WHEN, n=["eight", "14", "at least 20"])
CASES += expand("{n} villagers were killed {when} when {who} attacked {place}, a village in the {region} region.",
                tag="en-attack-passive", limit=5, expect=RAID, n=["Twelve", "Nine", "Thirty"],
                when=EN_WHEN, who=["gunmen on motorbikes", "armed men", "jihadists"], place=EN_PLACE,
                region=["Tillaberi", "Mopti", "Sahel"])

# ----------------------------------------------------------------------------------- Remote explosive/landmine/IED
# FR: a vehicle that hits a device ("a sauté sur une mine", "a heurté un engin explosif")
CASES += expand("{who} {verb} {device} {when} près de {place}, {toll}.", tag="fr-ied-vehicle", limit=10, expect=IED,
                who=["Un véhicule de l'armée", "Un camion de transport", "Un minibus", "Une charrette"],
                verb=["a sauté sur", "a heurté"],
                device=["une mine", "un engin explosif improvisé", "un EEI", "une mine artisanale"],
                when=FR_WHEN, place=FR_PLACE, toll=["faisant trois morts", "tuant cinq personnes"])
# FR: an explosion as a convoy passed ("une explosion au passage de")
CASES += expand("{n} {who} ont été tués {when} dans l'explosion d'un engin explosif au passage de leur {what} près de {place}.",
                tag="fr-ied-explosion", limit=5, expect=IED, n=["Deux", "Quatre", "Six"],
                who=["soldats", "civils", "passagers"], when=FR_WHEN, what=["véhicule", "convoi"], place=FR_PLACE)
# EN: a roadside bomb, an IED struck
CASES += expand("{what} {when} near {place}, killing {n}.", tag="en-ied", limit=9, expect=IED,
                what=["A roadside bomb hit an army vehicle", "A military truck struck an improvised explosive device",
                      "A bus ran over a landmine", "An IED exploded under a passing convoy",
                      "A car hit a mine"],
                when=EN_WHEN, place=EN_PLACE, n=["three soldiers", "six civilians", "two people"])

# ----------------------------------------------------------------------------------------------- Suicide bomb
CASES += expand("{what} {when} {where} {place}, {toll}.", tag="fr-suicide", limit=6, expect=SUICIDE,
                what=["Un kamikaze s'est fait exploser", "Un attentat-suicide a eu lieu",
                      "Une kamikaze a actionné sa ceinture d'explosifs", "Deux kamikazes se sont fait exploser"],
                when=FR_WHEN, where=["dans un marché de", "devant une mosquée de"], place=FR_PLACE,
                toll=["tuant sept personnes", "faisant une dizaine de morts"])
CASES += expand("{what} {where} {place} {when}, killing {n}.", tag="en-suicide", limit=6, expect=SUICIDE,
                what=["A suicide bomber blew himself up", "A suicide car bomb exploded", "A female suicide bomber detonated her explosive vest",
                      "A suicide attack struck"],
                where=["at a market in", "outside a mosque in"], place=EN_PLACE, when=EN_WHEN,
                n=["nine people", "five worshippers"])

# -------------------------------------------------------------------------------------------- Air/drone strike
CASES += expand("{what} {when} près de {place}.", tag="fr-air", limit=10, expect=AIR,
                what=["Une frappe aérienne de l'armée a tué une vingtaine de terroristes",
                      "Une frappe de drone a visé un rassemblement de jihadistes",
                      "Des terroristes ont été neutralisés par des vecteurs aériens",
                      "Un bombardement aérien a fait plusieurs morts parmi des civils",
                      "L'aviation a frappé une base terroriste",
                      "Des frappes aériennes ont détruit des positions jihadistes"],
                when=FR_WHEN, place=FR_PLACE)
CASES += expand("{what} near {place} {when}.", tag="en-air", limit=9, expect=AIR,
                what=["An airstrike by the army killed at least 20 militants",
                      "A drone strike hit a gathering of fighters", "Military aircraft bombed a militant camp",
                      "A drone strike killed several civilians at a wedding",
                      "Air force jets struck jihadist positions"],
                place=EN_PLACE, when=EN_WHEN)

# --------------------------------------------------------------------------- Shelling/artillery/missile attack
CASES += expand("{what} {when} à {place}, {toll}.", tag="fr-shell", limit=8, expect=SHELL,
                what=["Des obus sont tombés sur le camp militaire", "Des tirs de mortier ont visé le camp de la mission de l'ONU",
                      "Des roquettes ont frappé l'aéroport", "Des terroristes ont tiré des obus sur la ville"],
                when=FR_WHEN, place=FR_PLACE, toll=["sans faire de victime", "blessant deux personnes", "tuant un enfant"])
CASES += expand("{what} in {place} {when}, {toll}.", tag="en-shell", limit=8, expect=SHELL,
                what=["Militants fired mortar shells at the military camp", "Rockets hit the airport",
                      "Shelling struck the town centre", "Mortar rounds landed inside the UN base"],
                place=EN_PLACE, when=EN_WHEN, toll=["causing no casualties", "wounding three people", "killing a child"])

# ------------------------------------------------------------------------------- Abduction/forced disappearance
CASES += expand("{what} {when} à {place}.", tag="fr-abduct", limit=8, expect=ABDUCT,
                what=["Des hommes armés ont enlevé cinq personnes", "Un chef de village a été enlevé par des individus armés",
                      "Le rapt de trois commerçants a eu lieu", "Des jihadistes ont kidnappé deux enseignants",
                      "Sept passagers ont été emmenés vers une destination inconnue par des hommes armés",
                      "Un enlèvement de quatre femmes a été signalé"],
                when=FR_WHEN, place=FR_PLACE)
CASES += expand("{what} in {place} {when}.", tag="en-abduct", limit=6, expect=ABDUCT,
                what=["Gunmen abducted six people", "A village chief was kidnapped by armed men",
                      "Militants kidnapped three aid workers", "Twelve passengers were taken hostage by armed men",
                      "Armed men seized four women and took them to an unknown destination"],
                place=EN_PLACE, when=EN_WHEN)

# ------------------------------------------------------------------------------ Looting/property destruction
CASES += expand("{what} {when} à {place}, sans faire de victime.", tag="fr-loot", limit=6, expect=LOOT,
                what=["Des hommes armés ont pillé le marché", "Des jihadistes ont incendié des greniers",
                      "Des bandits armés ont emporté le bétail des éleveurs", "Le marché a été incendié par des individus armés",
                      "Des assaillants ont pillé des boutiques et emporté des vivres"],
                when=FR_WHEN, place=FR_PLACE)
CASES += expand("{what} in {place} {when}; no one was hurt.", tag="en-loot", limit=6, expect=LOOT,
                what=["Gunmen looted the market", "Militants burned granaries", "Armed men stole hundreds of cattle",
                      "Jihadists set fire to the health centre", "Armed bandits looted shops"],
                place=EN_PLACE, when=EN_WHEN)

# --------------------------------------------------------------------- Non-state actor overtakes territory
CASES += expand("{who} {verb} {what} {place} {when}, après le retrait de l'armée.", tag="fr-nsa", limit=6, expect=NSA,
                who=["Les jihadistes", "Les rebelles", "Des combattants du JNIM"],
                verb=["ont pris le contrôle de", "se sont emparés de"],
                what=["la ville de", "la localité de"], place=FR_PLACE, when=FR_WHEN)
CASES += expand("{who} {verb} the town of {place} {when} after the army withdrew.", tag="en-nsa", limit=5, expect=NSA,
                who=["Rebels", "Jihadists", "Fighters of the JNIM"],
                verb=["took control of", "seized", "captured"], place=EN_PLACE, when=EN_WHEN)

# ------------------------------------------------------------------------------ Government regains territory
CASES += expand("{who_verb} {what} {place} {when}.", tag="fr-gov", limit=6, expect=GOV,
                who_verb=["L'armée a repris le contrôle de", "Les FAMa ont reconquis", "Les forces armées ont repris",
                          "L'armée a réinvesti"],
                what=["la ville de", "la localité de"], place=FR_PLACE, when=FR_WHEN)
CASES += expand("{who} {verb} the town of {place} {when}.", tag="en-gov", limit=5, expect=GOV,
                who=["The army", "Government forces", "Malian troops"],
                verb=["retook", "regained control of", "recaptured"], place=EN_PLACE, when=EN_WHEN)

# --------------------------------------------------------------------------------------------------- Arrests
CASES += expand("{who} {verb} {n} {whom} {when} à {place}.", tag="fr-arrest", limit=6, expect=ARREST,
                who=["La gendarmerie", "La police", "Les forces de sécurité"],
                verb=["a interpellé", "a arrêté", "a appréhendé"],
                n=["trois", "cinq"], whom=["suspects", "personnes soupçonnées de complicité avec les terroristes"],
                when=FR_WHEN, place=FR_PLACE)
CASES += expand("{who} {verb} {whom} in {place} {when}.", tag="en-arrest", limit=5, expect=ARREST,
                who=["Police", "The gendarmerie", "Security forces"],
                verb=["arrested", "detained"], whom=["four suspects", "a journalist", "two opposition activists"],
                place=EN_PLACE, when=EN_WHEN)

# ------------------------------------------------------------------------------------------------- Protests
# FR: peaceful (a march, a sit-in, "ont manifesté")
CASES += expand("{who} {verb} {when} à {place} pour {why}.", tag="fr-protest", limit=6, expect=PEACEFUL,
                who=["Des centaines de personnes", "Des jeunes", "Des commerçants"],
                verb=["ont manifesté", "ont marché", "ont observé un sit-in"],
                when=FR_WHEN, place=["Niamey", "Bamako", "Ouagadougou", "Kobou"],
                why=["réclamer plus de sécurité", "dénoncer la hausse des prix"])
# FR: dispersed by the police (intervention)
CASES += expand("{who} {when} à {place} a été dispersée {how}.", tag="fr-protest-dispersed", limit=4, expect=INTERVENED,
                who=["Une manifestation de jeunes", "Une marche de l'opposition"], when=FR_WHEN,
                place=["Niamey", "Bamako", "Ouagadougou"],
                how=["par la police à coups de gaz lacrymogènes", "par les forces de l'ordre"])
# FR: live fire on the protesters (excessive force)
CASES += expand("{who} ont tiré à balles réelles sur des manifestants {when} à {place}, tuant {n} personnes.",
                tag="fr-protest-force", limit=4, expect=EXCESSIVE, who=["Les forces de l'ordre", "Les policiers"],
                when=FR_WHEN, place=["Niamey", "Bamako", "Ouagadougou"], n=["deux", "trois"])
# FR: protesters who burn and throw stones (violent demonstration)
CASES += expand("Des manifestants en colère ont {what} {when} à {place}.", tag="fr-riot", limit=4, expect=VIOLENT_DEMO,
                what=["incendié des pneus et jeté des pierres sur les policiers", "saccagé la mairie",
                      "brûlé des véhicules lors d'une manifestation"],
                when=FR_WHEN, place=["Niamey", "Bamako", "Kaya"])
# FR: a mob (lynching, popular justice)
CASES += expand("{what} {when} à {place}.", tag="fr-mob", limit=4, expect=MOB,
                what=["Une foule en colère a lynché un voleur présumé", "Un présumé voleur de bétail a été lynché par une foule",
                      "Des habitants en furie ont battu à mort un homme accusé de vol"],
                when=FR_WHEN, place=FR_PLACE)
CASES += expand("{who} {verb} in {place} {when} to {why}.", tag="en-protest", limit=5, expect=PEACEFUL,
                who=["Hundreds of people", "Students", "Traders"], verb=["protested", "marched", "held a rally"],
                place=["Niamey", "Bamako", "Ouagadougou"], when=EN_WHEN,
                why=["demand better security", "denounce rising prices"])
CASES += expand("Police fired tear gas to disperse {who} in {place} {when}.", tag="en-protest-dispersed", limit=4,
                expect=INTERVENED, who=["protesters", "a crowd of demonstrators"], place=["Niamey", "Bamako"], when=EN_WHEN)
CASES += expand("Security forces opened fire on protesters in {place} {when}, killing {n}.", tag="en-protest-force",
                limit=4, expect=EXCESSIVE, place=["Niamey", "Bamako", "Ouagadougou"], when=EN_WHEN, n=["two", "three people"])
CASES += expand("Rioters {what} in {place} {when}.", tag="en-riot", limit=4, expect=VIOLENT_DEMO,
                what=["burned tyres and threw stones at police", "ransacked the town hall during a protest"],
                place=["Niamey", "Bamako"], when=EN_WHEN)
CASES += expand("{what} in {place} {when}.", tag="en-mob", limit=4, expect=MOB,
                what=["An angry mob lynched a suspected thief", "A suspected cattle thief was beaten to death by a mob"],
                place=EN_PLACE, when=EN_WHEN)

# --------------------------------------------------------------------------------------------- Sexual violence
CASES += expand("{what} {when} à {place}.", tag="fr-sexual", limit=4, expect=SEXUAL,
                what=["Des femmes ont été violées par des hommes armés", "Des hommes armés ont violé trois femmes",
                      "Des cas de viols commis par des assaillants ont été signalés"],
                when=FR_WHEN, place=FR_PLACE)
CASES += expand("{what} in {place} {when}.", tag="en-sexual", limit=4, expect=SEXUAL,
                what=["Armed men raped several women", "Two girls were raped by gunmen"], place=EN_PLACE, when=EN_WHEN)

# -------------------------------------------------------------------------------------- Disrupted weapons use
CASES += expand("{who} {verb} {what} {when} près de {place}.", tag="fr-disrupted", limit=5, expect=DISRUPTED,
                who=["Les démineurs de l'armée", "Une patrouille", "Les FAMa"],
                verb=["ont désamorcé", "ont neutralisé"],
                what=["un engin explosif improvisé", "deux mines artisanales", "un EEI"], when=FR_WHEN, place=FR_PLACE)
CASES += expand("{who} defused {what} near {place} {when}.", tag="en-disrupted", limit=4, expect=DISRUPTED,
                who=["Army engineers", "A bomb disposal team", "Soldiers"],
                what=["a roadside bomb", "an improvised explosive device"], place=EN_PLACE, when=EN_WHEN)

# ------------------------------------------------------------------- more constructions of each kind (passive, present)
# headline present: the act told in the present tense ("Des hommes armés tuent huit civils à X", "Army retakes X")
CASES += expand("{what} {place}", tag="fr-headline", limit=14,
                what=[("Des hommes armés tuent huit villageois dans le village de", RAID),
                      ("L'armée reprend le contrôle de la ville de", GOV),
                      ("Un kamikaze se fait exploser dans un marché de", SUICIDE),
                      ("Des jihadistes enlèvent cinq personnes à", ABDUCT),
                      ("Une frappe de drone tue plusieurs terroristes près de", AIR),
                      ("Un véhicule saute sur une mine près de", IED),
                      ("Des soldats tués dans une embuscade près de", AMBUSH)],
                place=["Kobou", "Sonkoro", "Tiengo"])
CASES += expand("{what} {place}", tag="en-headline", limit=14,
                what=[("Gunmen kill eight villagers in raid on the village of", RAID),
                      ("Army retakes the town of", GOV),
                      ("Suicide bomber kills five at a market in", SUICIDE),
                      ("Jihadists abduct five people in", ABDUCT),
                      ("Drone strike kills several militants near", AIR),
                      ("Landmine kills three soldiers near", IED),
                      ("Soldiers killed in ambush near", AMBUSH)],
                place=["Kobou", "Sonkoro", "Tiengo"])
# FR: an attack on soldiers or their post told with no fight (ACLED: an attack on an armed side is a battle)
CASES += expand("{who} {verb} {post} {when} à {place}.", tag="fr-attack-armed", limit=8, expect=CLASH,
                who=["Des hommes armés", "Des terroristes"], verb=["ont attaqué", "ont pris d'assaut"],
                post=["un poste de gendarmerie", "le camp militaire", "une position de l'armée"], when=FR_WHEN,
                place=FR_PLACE)
CASES += expand("{who} attacked {post} in {place} {when}.", tag="en-attack-armed", limit=6, expect=CLASH,
                who=["Gunmen", "Jihadists"], post=["a gendarmerie post", "an army base", "a military checkpoint"],
                place=EN_PLACE, when=EN_WHEN)
# an individual killed (an assassination): a chief, an imam, an official shot
CASES += expand("{who} {verb} {when} à {place} par des hommes armés.", tag="fr-assassination", limit=8,
                expect=_x(V, "Attack", "assassination"),
                who=["Le chef du village", "Un imam", "Le maire de la commune", "Un conseiller municipal"],
                verb=["a été assassiné", "a été abattu"], when=FR_WHEN, place=FR_PLACE)
CASES += expand("{who} was {verb} by gunmen in {place} {when}.", tag="en-assassination", limit=6,
                expect=_x(V, "Attack", "assassination"),
                who=["The village chief", "An imam", "A local councillor"], verb=["shot dead", "assassinated"],
                place=EN_PLACE, when=EN_WHEN)
# IED, passive and intransitive ("une mine a explosé au passage de", "was killed by a landmine", "a device went off")
CASES += expand("{what} {when} près de {place}.", tag="fr-ied-passive", limit=8, expect=IED,
                what=["Une mine a explosé au passage d'un véhicule de transport, tuant quatre passagers",
                      "Trois soldats ont été tués par l'explosion d'un engin explosif improvisé",
                      "Un engin explosif a explosé au passage d'une patrouille, faisant deux morts",
                      "Deux civils ont péri lorsque leur charrette a sauté sur une mine"],
                when=FR_WHEN, place=FR_PLACE)
CASES += expand("{what} near {place} {when}.", tag="en-ied-passive", limit=8, expect=IED,
                what=["Three soldiers were killed by a landmine", "An explosive device went off under a bus, killing six",
                      "Two civilians died when their cart hit an improvised explosive device",
                      "Four soldiers were killed when a roadside bomb struck their vehicle"],
                place=EN_PLACE, when=EN_WHEN)
# air, passive ("frappés par un drone", "killed in a drone strike", "pilonné par l'aviation")
CASES += expand("{what} {when} près de {place}.", tag="fr-air-passive", limit=8, expect=AIR,
                what=["Une base terroriste a été frappée par un drone de l'armée",
                      "Une dizaine de jihadistes ont été tués dans une frappe aérienne",
                      "Des positions terroristes ont été pilonnées par l'aviation",
                      "Un drone armé a bombardé un rassemblement de combattants"],
                when=FR_WHEN, place=FR_PLACE)
CASES += expand("{what} near {place} {when}.", tag="en-air-passive", limit=8, expect=AIR,
                what=["A dozen militants were killed in an airstrike", "Several civilians died in a drone strike",
                      "A jihadist camp was bombed by military aircraft", "An air raid hit a weekly market"],
                place=EN_PLACE, when=EN_WHEN)
# shelling, passive and nominal ("la ville a été pilonnée à l'arme lourde", "artillery fire")
CASES += expand("{what} {when}.", tag="fr-shell-passive", limit=4, expect=SHELL,
                what=["Le camp militaire de Kobou a été visé par des tirs d'obus", "Plusieurs roquettes se sont abattues sur la ville de Sonkoro",
                      "Des tirs de mortier ont touché le camp de Tiengo"], when=FR_WHEN)
CASES += expand("{what} {when}.", tag="en-shell-passive", limit=4, expect=SHELL,
                what=["The army camp in Kobou came under mortar fire", "Several rockets landed on the town of Sonkoro",
                      "Artillery shells hit the outskirts of Tiengo"], when=EN_WHEN)
# abduction, passive ("ont été pris en otage", "taken away by gunmen")
CASES += expand("{what} {when} à {place}.", tag="fr-abduct-passive", limit=6, expect=ABDUCT,
                what=["Trois humanitaires ont été pris en otage par des hommes armés",
                      "Un commerçant a été kidnappé par des individus armés",
                      "Six femmes ont été enlevées par des jihadistes"], when=FR_WHEN, place=FR_PLACE)
CASES += expand("{what} in {place} {when}.", tag="en-abduct-passive", limit=6, expect=ABDUCT,
                what=["Three aid workers were taken away by gunmen", "A trader was abducted by armed men",
                      "Six women were kidnapped by jihadists"], place=EN_PLACE, when=EN_WHEN)
# looting, passive ("les greniers ont été incendiés", "cattle were rustled")
CASES += expand("{what} {when} à {place} par des hommes armés, sans faire de victime.", tag="fr-loot-passive", limit=6,
                expect=LOOT, what=["Des greniers ont été incendiés", "Le bétail du village a été emporté",
                                   "Des boutiques ont été pillées"], when=FR_WHEN, place=FR_PLACE)
CASES += expand("{what} by gunmen in {place} {when}; no one was hurt.", tag="en-loot-passive", limit=6, expect=LOOT,
                what=["Granaries were set on fire", "Hundreds of cattle were rustled", "Shops were looted"],
                place=EN_PLACE, when=EN_WHEN)
# disrupted, passive ("un engin explosif a été désamorcé", "a bomb was defused")
CASES += expand("{what} {when} près de {place}.", tag="fr-disrupted-passive", limit=4, expect=DISRUPTED,
                what=["Un engin explosif improvisé a été désamorcé par les démineurs",
                      "Une mine artisanale a été découverte et neutralisée par l'armée"], when=FR_WHEN, place=FR_PLACE)
CASES += expand("{what} near {place} {when}.", tag="en-disrupted-passive", limit=4, expect=DISRUPTED,
                what=["A roadside bomb was defused by army engineers", "An improvised explosive device was found and disarmed"],
                place=EN_PLACE, when=EN_WHEN)
# arrests, passive ("ont été interpellés par la gendarmerie", "were arrested by police")
CASES += expand("{what} {when} à {place}.", tag="fr-arrest-passive", limit=4, expect=ARREST,
                what=["Quatre suspects ont été interpellés par la gendarmerie", "Un journaliste a été arrêté par la police"],
                when=FR_WHEN, place=["Niamey", "Bamako", "Kobou"])
CASES += expand("{what} in {place} {when}.", tag="en-arrest-passive", limit=4, expect=ARREST,
                what=["Four suspects were arrested by police", "A journalist was detained by the security services"],
                place=["Niamey", "Bamako", "Kobou"], when=EN_WHEN)
# suicide bomb with a vehicle and a bomber ("un véhicule piégé conduit par un kamikaze", "suicide bombers on motorcycles")
CASES += expand("{what} {when} à {place}.", tag="fr-suicide-vehicle", limit=4, expect=SUICIDE,
                what=["Un véhicule piégé conduit par un kamikaze a explosé devant le camp militaire",
                      "Des kamikazes à moto ont actionné leurs charges devant une mosquée"],
                when=FR_WHEN, place=FR_PLACE)
CASES += expand("{what} in {place} {when}.", tag="en-suicide-vehicle", limit=4, expect=SUICIDE,
                what=["A suicide bomber drove an explosives-laden truck into an army base",
                      "Two suicide bombers on motorcycles blew themselves up at a checkpoint"],
                place=EN_PLACE, when=EN_WHEN)

# the rarer ways: fights told by their verb or epithet, ground that falls, protests told by their noun, nominal crimes
CASES += expand("{what} {when} près de {place}.", tag="fr-rare", limit=22,
                what=[("Les FAMa ont été accrochées par des terroristes", CLASH),
                      ("Une patrouille a été prise à partie par des hommes armés ; les soldats ont riposté", CLASH),
                      ("Les soldats ont engagé le combat avec des jihadistes", CLASH),
                      ("La localité est tombée aux mains des jihadistes", NSA),
                      ("Les terroristes occupent désormais la ville", NSA),
                      ("Un attentat kamikaze a fait six morts", SUICIDE),
                      ("Un viol collectif commis par des hommes armés a été signalé", SEXUAL),
                      ("Une marche de protestation contre la vie chère a rassemblé des centaines de personnes", PEACEFUL),
                      ("Les manifestants ont été dispersés à coups de gaz lacrymogènes", INTERVENED),
                      ("Un voleur présumé a été brûlé vif par une foule", MOB),
                      ("Des jihadistes ont razzié le bétail de plusieurs villages, sans faire de victime", LOOT)],
                when=["mardi", "lundi soir"], place=["Kobou", "Sonkoro"])
CASES += expand("{what} near {place} {when}.", tag="en-rare", limit=22,
                what=[("Troops engaged militants in a gunfight", CLASH),
                      ("A firefight broke out between soldiers and jihadists", CLASH),
                      ("An army patrol came under attack and returned fire", CLASH),
                      ("The town fell into the hands of jihadists", NSA),
                      ("Militants overran the town", NSA),
                      ("A suicide bombing killed six people", SUICIDE),
                      ("Several women were gang-raped by armed men", SEXUAL),
                      ("A protest march against rising prices drew hundreds of people", PEACEFUL),
                      ("Protesters were dispersed with tear gas", INTERVENED),
                      ("A suspected thief was set ablaze by a mob", MOB),
                      ("Gunmen rustled cattle from several villages; no one was hurt", LOOT)],
                place=["Kobou", "Sonkoro"], when=["on Tuesday", "on Monday night"])

# ---------------------------------------------------------------------- background: the type named only as history
# the main event decides; a kind of event named as the past ("l'an dernier", "last year") leaves it alone
CASES += expand("{main} {when} près de {place}. {past}", tag="fr-background", limit=8, expect=CLASH,
                main=["Des combats ont opposé l'armée à des jihadistes", "Un accrochage a opposé les FAMa à des terroristes"],
                when=FR_WHEN, place=FR_PLACE,
                past=["La localité avait déjà été visée par une frappe aérienne l'an dernier.",
                      "En 2021, un kamikaze s'y était fait exploser."])
CASES += expand("{main} near {place} {when}. {past}", tag="en-background", limit=6, expect=CLASH,
                main=["Fighting broke out between the army and jihadists", "Troops clashed with militants"],
                place=EN_PLACE, when=EN_WHEN,
                past=["The area was hit by an airstrike last year.", "A suicide bomber struck the town in 2021."])

# ------------------------------------------------------------- near misses: violence words in other senses, no event
NEAR = []
NEAR += expand("{what} {when} à {place}.", tag="fr-near", limit=14,
               what=["Les prix des céréales explosent", "L'attaque de l'équipe nationale a brillé lors du match",
                     "La Banque centrale a lancé la frappe de nouvelles pièces de monnaie",
                     "L'opposition a lancé une attaque en règle contre le budget du gouvernement",
                     "Les demandes de visas ont explosé",
                     "Une explosion de joie a suivi la victoire des Aigles",
                     "Le cours de l'or a explosé sur les marchés"],
               when=["cette semaine", "depuis janvier"], place=["Bamako", "Niamey"])
NEAR += expand("{what} in {place} {when}.", tag="en-near", limit=12,
               what=["Food prices have exploded", "The national team's attack dazzled in the final",
                     "The minister suffered a heart attack", "Rents for shops near the market have exploded",
                     "The opposition launched a fierce attack on the budget", "Demand for solar panels exploded"],
               place=["Bamako", "Niamey"], when=["this week", "since January"])

# -------------------------------------------------------------------------- a transport vehicle ambushed or fired on
# (docs/extraction.md: an ambush of unarmed people with no fighting is an Attack; a bus, a truck or a minibus carries
# civilians where no victim is named; a military vehicle, soldiers aboard or fire returned make it a battle)
AMBUSH_ATTACK = _x(V, "Attack", "ambush")
ATTACK = _x(V, "Attack", "other")
CASES += expand("{vehicle} {verb} {when} près de {place}.", tag="fr-vehicle-hit", limit=12,
                vehicle=["Un autocar de voyageurs", "Un minibus", "Un car de transport en commun", "Un camion de commerçants"],
                verb=[("est tombé dans une embuscade", AMBUSH_ATTACK), ("a essuyé des tirs", ATTACK),
                      ("a été la cible d'une attaque", ATTACK)],
                when=FR_WHEN, place=FR_PLACE)
CASES += expand("{who} {verb} {vehicle} {when} près de {place}.", tag="fr-vehicle-ambushed", limit=8,
                expect=AMBUSH_ATTACK, who=["Des hommes armés", "Des individus armés", "Des bandits"],
                verb=["ont tendu une embuscade à"], vehicle=["un autocar", "un minibus", "un camion de marchandises"],
                when=FR_WHEN, place=FR_PLACE)
CASES += expand("{vehicle} {verb} near {place} {when}.", tag="en-vehicle-hit", limit=12,
                vehicle=["A passenger bus", "A minibus", "A truck carrying traders", "A commuter bus"],
                verb=[("was ambushed", AMBUSH_ATTACK), ("came under fire", ATTACK), ("came under heavy gunfire", ATTACK)],
                when=EN_WHEN, place=EN_PLACE)
CASES += expand("{who} ambushed {vehicle} near {place} {when}.", tag="en-vehicle-ambushed", limit=8,
                expect=AMBUSH_ATTACK, who=["Gunmen", "Armed men", "Bandits on motorbikes"],
                vehicle=["a bus", "a minibus", "a lorry"], when=EN_WHEN, place=EN_PLACE)
# near misses: a military vehicle, soldiers aboard, or fire returned (a battle)
CASES += expand("{what} {when} près de {place}.", tag="fr-vehicle-armed", limit=6, expect=AMBUSH,
                what=["Un camion militaire est tombé dans une embuscade",
                      "Un autocar transportant des soldats est tombé dans une embuscade",
                      "Un minibus est tombé dans une embuscade ; les soldats de l'escorte ont riposté"],
                when=FR_WHEN, place=FR_PLACE)
CASES += expand("{what} near {place} {when}.", tag="en-vehicle-armed", limit=6, expect=AMBUSH,
                what=["A military truck was ambushed", "A bus carrying soldiers was ambushed",
                      "Gunmen ambushed a bus, and the soldiers escorting it fought back,"],
                when=EN_WHEN, place=EN_PLACE)
# -------------------------------------------------------------------- "attack" in its other senses, read from its object
# (a party, the government, critics, the press, someone's words or a policy; a team's striker; "abattre du travail")
NEAR += expand("{who} {verb} {whom} {when}.", tag="fr-near-words", limit=12,
               who=["Le ministre", "Le porte-parole du parti", "Un député de la majorité"],
               verb=["a lancé une violente attaque contre", "a vivement attaqué", "s'est livré à une attaque en règle contre"],
               whom=["l'opposition", "le gouvernement", "les détracteurs de la transition", "la presse", "les propos du Premier ministre"],
               when=["lundi", "mardi à Bamako", "lors d'un meeting"])
NEAR += expand("{who} {verb} {whom} {when}.", tag="en-near-words", limit=12,
               who=["The minister", "The party spokesman", "An opposition lawmaker"],
               verb=["launched a fierce attack on", "sharply attacked", "mounted a scathing attack on"],
               whom=["the opposition", "the government", "the junta's critics", "the press", "the president's remarks"],
               when=["on Monday", "in a speech on Tuesday", "on state television"])
NEAR += expand("{who} {what} {when}.", tag="fr-near-striker", limit=6,
               who=["L'attaquant du Stade", "Un attaquant international", "L'attaquant vedette des Aigles"],
               what=["a abattu un travail énorme", "a marqué deux buts", "a signé dans un club voisin"],
               when=["dimanche", "lors du match de samedi"])
# ... and the same objects as the place or the people of a real attack stay attacks (the object's head decides)
CASES += expand("{who} {verb} {what} {when} à {place}.", tag="fr-attack-party-site", limit=6, expect=ATTACK,
                who=["Des hommes armés", "Des individus armés"],
                verb=["ont attaqué", "ont lancé une attaque contre"],
                what=["le siège du parti", "le domicile d'un député de l'opposition", "les partisans du gouvernement"],
                when=FR_WHEN, place=FR_PLACE)
CASES += expand("{who} {verb} {what} in {place} {when}.", tag="en-attack-party-site", limit=6, expect=ATTACK,
                who=["Gunmen", "Armed men"], verb=["attacked", "launched an attack on"],
                what=["the party headquarters", "an opposition lawmaker's home", "the opposition leader's convoy"],
                when=EN_WHEN, place=EN_PLACE)

# ------------------------------------------------------------- a French headline's plural present ("massacrent", "exécutent")
# (the tactic left aside: five civilians killed where no village is named is a raid on their community)
CASES += expand("{place} : {who} {verb} {whom}", tag="fr-head-plural", limit=8,
                expect={k: ATTACK[k] for k in ("event_type", "sub_event_type")},
                place=FR_PLACE, who=["des hommes armés", "des jihadistes", "des bandits armés"],
                verb=["massacrent", "exécutent", "tuent"], whom=["huit villageois", "des civils", "cinq commerçants"])
NEAR += expand("{place} : {who} exécutent {what}", tag="fr-near-head-plural", limit=4, place=["Bamako", "Niamey"],
               who=["les communes", "des entreprises locales"],
               what=["le budget de l'année", "des projets d'adduction d'eau"])


def _events(extractor, text, lang):
    from sahelwatch.extraction.pipeline import Document

    return extractor.extract(Document("g", text, lang, ANCHOR)).events


GAPS = {}


def check_kind(extractor, case):
    """The first event coded from a case's text has the fields it expects (the case id's prefix is its language)."""
    events = _events(extractor, case.text, "fr" if case.id.startswith("fr-") else "en")
    assert events, "no event"
    assert {k: getattr(events[0], k) for k in case.expect} == case.expect


@pytest.mark.parametrize("case", params(CASES, GAPS))
def test_the_kind_of_event_is_coded_from_how_it_is_told(extractor, case):
    check_kind(extractor, case)


NEAR_GAPS = {}


@pytest.mark.parametrize("case", params(NEAR, NEAR_GAPS))
def test_violence_words_in_other_senses_code_no_event(extractor, case):
    lang = "fr" if case.id.startswith("fr-") else "en"
    assert [e.sub_event_type for e in _events(extractor, case.text, lang)] == []
