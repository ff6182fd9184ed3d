"""Variation grammar of detection, part one: short news of Mali, Burkina Faso and Niger that share the vocabulary of
violence and report no new violent event (ACLED codes acts, not talk about them): analyses and op-eds, statements and
condemnations, trials and verdicts, sanctions, diplomacy and summits, elections and transitions, budgets and arms
purchases, graduations and equipment handed over, recruitment drives, humanitarian appeals and displacement figures,
annual tallies and reports, anniversaries and commemorations, threats and warnings, travel advisories, sport and
culture told with war words. Every item must give no event.

Each item is a headline (a short line with no full stop, furniture the project never reads an event from) and two to
four sentences, written for this grammar from general knowledge of French and English news of the region; places are
real towns of the shipped gazetteer or invented villages. Part two (events, page furniture) is
test_grammar_detection_events.py.
"""

from __future__ import annotations

import pytest

from tests.extraction.conftest import ANCHOR
from tests.extraction.variations import expand, params

FR, EN = {"lang": "fr"}, {"lang": "en"}

CASES = []

# ---------------------------------------------------------------- analyses and op-eds (a state of violence, no act)
# (fr) an analysis: a period and a trend told as context, then an opinion
CASES += expand(
    "{head}\n{trend} {opinion}",
    head=["Sahel : l'impasse sécuritaire", "Analyse : pourquoi le Centre s'embrase", "Tribune : sortir de la spirale",
          "Décryptage : la guerre des drones au Sahel"],
    trend=["Depuis 2015, les groupes jihadistes ont étendu leur emprise sur de vastes zones rurales du Centre.",
           "Les attaques contre les civils se sont multipliées ces dernières années dans la zone des trois frontières.",
           "En dix ans, le conflit a fait des milliers de morts et plus de deux millions de déplacés.",
           "L'armée mène depuis plusieurs mois des opérations d'envergure contre les groupes armés dans le Nord."],
    opinion=["Pour de nombreux chercheurs, la réponse militaire seule ne suffira pas à vaincre l'insurrection.",
             "Les communautés rurales paient le prix fort d'une guerre qui ne dit pas son nom.",
             "Le dialogue avec les chefs jihadistes divise toujours la classe politique."],
    limit=12, seed=1, tag="ne-analysis-fr", expect=FR)
# (en) the same in English
CASES += expand(
    "{head}\n{trend} {opinion}",
    head=["Analysis: Why the Sahel's war keeps spreading", "Opinion: Guns alone will not end the insurgency",
          "Explainer: Who is fighting whom in Burkina Faso"],
    trend=["Jihadist violence has spread from northern Mali to the coastal states over the past decade.",
           "Attacks on civilians have surged since the juntas took power.",
           "The conflict has killed thousands of people and displaced millions since 2012.",
           "Armed groups now control or contest large parts of the countryside, analysts say."],
    opinion=["Experts say military force alone will not defeat the insurgency.",
             "Rural communities bear the brunt of a war that rarely makes headlines.",
             "Talks with militant leaders remain a divisive issue in the capitals of the region."],
    limit=12, seed=2, tag="ne-analysis-en", expect=EN)

# ---------------------------------------------------------------- statements and condemnations of no new act
# (fr) a condemnation of attacks in general, with a resolve
CASES += expand(
    "{head}\n{who} a fermement condamné {what} et {resolve}.",
    head=["Insécurité : le gouvernement hausse le ton", "Réaction", "Communiqué"],
    who=["Le gouvernement de transition", "L'Union africaine", "Le secrétaire général de l'ONU", "La CEDEAO"],
    what=["les attaques terroristes contre les populations civiles", "la recrudescence des violences dans le Nord",
          "les actes de terrorisme qui endeuillent le pays"],
    resolve=["réaffirmé sa détermination à sécuriser l'ensemble du territoire",
             "appelé au renforcement de la coopération régionale"],
    limit=10, seed=3, tag="ne-condemn-fr", expect=FR)
# (en) the same in English
CASES += expand(
    "{head}\n{who} strongly condemned {what} and {resolve}.",
    head=["Statement on the Sahel", "UN chief speaks out on Sahel violence"],
    who=["The transitional government", "The African Union", "The UN Secretary-General", "ECOWAS"],
    what=["terrorist attacks against civilians", "the upsurge of violence in the north",
          "acts of terrorism that have plunged the region into mourning"],
    resolve=["reaffirmed its resolve to secure the whole territory", "called for closer regional cooperation"],
    limit=10, seed=4, tag="ne-condemn-en", expect=EN)

# ---------------------------------------------------------------- trials and verdicts of old attacks
# (fr) a trial opens or a verdict falls; the old attack is its charge
CASES += expand(
    "{head}\n{court} {charge}. {after}",
    head=["Justice : un procès très attendu", "Terrorisme : le verdict est tombé"],
    court=["Le procès de quatre hommes accusés",
           "La cour d'assises spéciale de Bamako a condamné à la prison à perpétuité trois hommes reconnus coupables",
           "Le tribunal de grande instance de Ouagadougou juge depuis lundi six prévenus soupçonnés"],
    charge=["d'avoir participé à l'attaque d'un hôtel de la capitale en 2015",
            "d'avoir planifié l'assassinat de deux gendarmes en 2019",
            "d'actes de terrorisme et d'association de malfaiteurs"],
    after=["Le verdict est attendu dans deux semaines.", "Leurs avocats ont annoncé qu'ils feraient appel.",
           "Les familles des victimes étaient présentes à l'audience."],
    limit=10, seed=5, tag="ne-trial-fr", expect=FR)
# (en) the same in English
CASES += expand(
    "{head}\n{court} {charge}. {after}",
    head=["Court opens terrorism trial", "Verdict in Bamako attack case"],
    court=["The trial of four men accused", "A special criminal court in Bamako sentenced three men to life in prison",
           "A court in Niamey began hearing the case of six defendants charged"],
    charge=["of taking part in an attack on a hotel in the capital in 2015",
            "over the killing of two gendarmes in 2019", "with terrorism and criminal conspiracy"],
    after=["A verdict is expected within two weeks.", "Their lawyers said they would appeal.",
           "Relatives of the victims attended the hearing."],
    limit=10, seed=6, tag="ne-trial-en", expect=EN)

# ---------------------------------------------------------------- sanctions, diplomacy and summits
# (fr) sanctions imposed or lifted, their cause an old act
CASES += expand(
    "{head}\n{who} {act} {cause}. {after}",
    head=["Sanctions : la pression s'accentue", "Diplomatie"],
    who=["Washington", "L'Union européenne", "La CEDEAO"],
    act=["a imposé des sanctions à deux responsables militaires", "a levé les sanctions économiques visant le pays"],
    cause=["après les massacres de civils dans le Centre", "à la suite du coup d'État de juillet",
           "en raison des exactions commises lors d'opérations antiterroristes"],
    after=["Les autorités ont dénoncé une décision injuste.", "La mesure entre en vigueur immédiatement."],
    limit=8, seed=7, tag="ne-sanction-fr", expect=FR)
# (en) the same in English
CASES += expand(
    "{head}\n{who} {act} {cause}. {after}",
    head=["Sanctions", "US targets Sahel officials"],
    who=["Washington", "The European Union", "ECOWAS"],
    act=["imposed sanctions on two senior officers", "lifted economic sanctions on the country"],
    cause=["over the massacre of civilians in the centre", "after the July coup",
           "over abuses committed during counter-terrorism operations"],
    after=["The government called the decision unfair.", "The measure takes effect immediately."],
    limit=8, seed=8, tag="ne-sanction-en", expect=EN)
# (fr/en) a summit or a meeting on security
CASES += expand(
    "{head}\n{leaders} {met} {place} pour {topic}. {after}",
    head=["AES : sommet à Niamey", "Sécurité régionale"],
    leaders=["Les chefs d'État de l'Alliance des États du Sahel", "Les ministres de la Défense de la région"],
    met=["se sont réunis mercredi à", "ont tenu lundi une réunion extraordinaire à"],
    place=["Niamey", "Bamako", "Ouagadougou"],
    topic=["coordonner la lutte contre le terrorisme", "créer une force conjointe contre les groupes armés",
           "discuter de la sécurité aux frontières"],
    after=["Un communiqué final a été publié à l'issue des travaux.", "La prochaine rencontre aura lieu en décembre."],
    limit=8, seed=9, tag="ne-summit-fr", expect=FR)
CASES += expand(
    "{head}\n{leaders} {met} {place} to {topic}. {after}",
    head=["Sahel leaders meet", "Regional security summit"],
    leaders=["The heads of state of the Alliance of Sahel States", "Defence ministers from the region"],
    met=["met on Wednesday in", "held an emergency meeting on Monday in"],
    place=["Niamey", "Bamako", "Ouagadougou"],
    topic=["coordinate the fight against terrorism", "set up a joint force against armed groups",
           "discuss border security"],
    after=["A final communique was issued after the talks.", "The next meeting is due in December."],
    limit=8, seed=10, tag="ne-summit-en", expect=EN)

# ---------------------------------------------------------------- elections and transitions
# (fr/en) a vote postponed for insecurity, a transition extended
CASES += expand(
    "{head}\n{act} {reason}.",
    head=["Transition : le calendrier bouleversé", "Politique"],
    act=["La junte au pouvoir a reporté sine die l'élection présidentielle prévue en février,",
         "Les assises nationales ont prolongé la transition de cinq ans,",
         "Le scrutin n'a pas pu se tenir dans une dizaine de communes du Nord,"],
    reason=["invoquant l'insécurité liée aux attaques jihadistes", "en raison de la menace terroriste",
            "les groupes armés contrôlant une partie du territoire"],
    limit=6, seed=11, tag="ne-vote-fr", expect=FR)
CASES += expand(
    "{head}\n{act} {reason}.",
    head=["Transition: the timetable slips", "Politics"],
    act=["The ruling junta postponed indefinitely the presidential election planned for February,",
         "A national conference extended the transition by five years,",
         "Voting could not take place in a dozen northern districts,"],
    reason=["citing insecurity caused by jihadist attacks", "because of the terrorist threat",
            "with armed groups controlling part of the territory"],
    limit=6, seed=12, tag="ne-vote-en", expect=EN)

# ---------------------------------------------------------------- budgets, arms purchases, equipment handed over
# (fr) weapons bought or received, a budget for them
CASES += expand(
    "{head}\n{who} {got} {what} {purpose}.",
    head=["Défense : de nouveaux moyens pour l'armée", "Équipement militaire"],
    who=["Le Mali", "L'armée burkinabè", "Le Niger"],
    got=["a réceptionné", "a acquis", "s'est doté de"],
    what=["deux hélicoptères de combat", "quatre drones armés", "une cinquantaine de véhicules blindés"],
    purpose=["pour renforcer la lutte contre le terrorisme", "destinés aux unités engagées dans le Nord"],
    limit=8, seed=13, tag="ne-arms-fr", expect=FR)
# (en) the same in English
CASES += expand(
    "{head}\n{who} {got} {what} {purpose}.",
    head=["Defence: new hardware for the army", "Military equipment"],
    who=["Mali", "Burkina Faso's army", "Niger"],
    got=["took delivery of", "acquired", "received"],
    what=["two attack helicopters", "four armed drones", "some fifty armoured vehicles"],
    purpose=["to step up the fight against terrorism", "for units deployed in the north"],
    limit=8, seed=14, tag="ne-arms-en", expect=EN)
# (fr/en) a defence budget
CASES += [*expand(
    "{head}\nLe budget de la défense {rise} l'an prochain afin de financer {what}.",
    head=["Loi de finances", "Budget 2025"],
    rise=["augmentera de 20 %", "atteindra un niveau record"],
    what=["l'achat de drones et d'avions de combat", "le recrutement de nouveaux soldats et l'achat de munitions"],
    tag="ne-budget-fr", expect=FR), *expand(
    "{head}\nThe defence budget {rise} next year to pay for {what}.",
    head=["Finance bill", "2025 budget"],
    rise=["will rise by 20%", "will reach a record high"],
    what=["drones and fighter jets", "new recruits and ammunition"],
    tag="ne-budget-en", expect=EN)]

# ---------------------------------------------------------------- graduations and recruitment drives
# (fr) a graduation or a call for recruits
CASES += expand(
    "{head}\n{act} {when} {place}. {after}",
    head=["Armée : une nouvelle promotion", "Recrutement"],
    act=["Plus de 800 jeunes recrues ont achevé leur formation militaire",
         "Quelque 300 élèves officiers ont reçu leurs galons",
         "Le gouvernement a lancé le recrutement de 5 000 volontaires pour la défense de la patrie"],
    when=["samedi", "ce mardi"],
    place=["à Kati", "à l'école militaire de Koulikoro", "à Pô"],
    after=["Ils seront déployés dans les zones en proie aux attaques terroristes.",
           "La cérémonie était présidée par le ministre de la Défense."],
    limit=8, seed=15, tag="ne-graduation-fr", expect=FR)
CASES += expand(
    "{head}\n{act} {when} {place}. {after}",
    head=["Army: a new class of officers", "Recruitment"],
    act=["More than 800 new recruits completed their military training",
         "Some 300 officer cadets received their commissions",
         "The government launched a drive to recruit 5,000 volunteers to fight jihadists"],
    when=["on Saturday", "on Tuesday"],
    place=["in Kati", "at the Koulikoro military academy", "in Po"],
    after=["They will be deployed to areas hit by terrorist attacks.",
           "The defence minister presided over the ceremony."],
    limit=8, seed=16, tag="ne-graduation-en", expect=EN)

# (fr/en) a place told by the attacks that mark it ("les zones touchées par les attaques", "areas hit by attacks"): a
# state, where aid, troops or schools go
CASES += expand(
    "{head}\n{who} {go} {places} {marked} {kind}. {more}",
    head=["Éducation en situation d'urgence", "Aide d'urgence"],
    who=["Les enseignants volontaires", "Les nouvelles unités", "Les convois d'aide"],
    go=["seront envoyés dans les", "se rendront dans les"],
    places=["zones", "communes", "localités"],
    marked=["touchées par les", "frappées par des", "affectées par les"],
    kind=["attaques terroristes", "violences armées"],
    more=["Le ministère promet des moyens supplémentaires.", "Une évaluation des besoins est en cours."],
    limit=6, seed=41, tag="ne-placestate-fr", expect=FR)
CASES += expand(
    "{head}\n{who} {go} {places} {marked} {kind}. {more}",
    head=["Education in emergencies", "Emergency aid"],
    who=["Volunteer teachers", "The new units", "Aid convoys"],
    go=["will be sent to", "are heading to"],
    places=["areas", "districts", "communities"],
    marked=["hit by", "affected by", "ravaged by"],
    kind=["terrorist attacks", "armed violence", "jihadist attacks"],
    more=["The ministry pledged more resources.", "A needs assessment is under way."],
    limit=6, seed=42, tag="ne-placestate-en", expect=EN)
# (fr/en) the same with a day of its own: the day dates the arrival, the aid or the visit, not an attack
CASES += expand(
    "{head}\n{who} {went} {when} {places} {marked} {kind}, {source}.",
    head=["Aide d'urgence"],
    who=["Les premiers convois d'aide", "Une mission du ministère"],
    went=["sont arrivés", "s'est rendue"],
    when=["lundi dans les", "mardi dans les"],
    places=["zones", "communes"],
    marked=["touchées par les", "frappées par des"],
    kind=["attaques terroristes", "violences armées"],
    source=["selon l'ONU", "a annoncé le gouvernorat"],
    limit=6, seed=43, tag="ne-placestate-day-fr", expect=FR)
CASES += expand(
    "{head}\n{who} {went} {places} {marked} {kind} {when}, {source}.",
    head=["Emergency aid"],
    who=["The first aid convoys", "A ministry team"],
    went=["reached", "visited"],
    places=["areas", "districts"],
    marked=["hit by", "affected by"],
    kind=["terrorist attacks", "armed violence"],
    when=["on Monday", "on Tuesday"],
    source=["the UN said", "the governor's office said"],
    limit=6, seed=44, tag="ne-placestate-day-en", expect=EN)

# ---------------------------------------------------------------- humanitarian appeals and displacement figures
# (fr) people fled violence; an appeal for aid
CASES += expand(
    "{head}\n{figure} {source}. {appeal}",
    head=["Crise humanitaire : l'alerte de l'ONU", "Déplacés : des chiffres records"],
    figure=["Plus de deux millions de personnes ont fui les violences armées au Burkina Faso,",
            "Les attaques répétées des groupes armés ont forcé 400 000 personnes à quitter leur foyer dans la région de Tillabéri,",
            "Près de 6 000 écoles restent fermées à cause de l'insécurité dans le Sahel central,"],
    source=["selon le HCR", "d'après un rapport publié mardi par l'OCHA"],
    appeal=["Les Nations unies lancent un appel de fonds de 800 millions de dollars.",
            "Les ONG réclament un accès humanitaire aux zones sous blocus."],
    limit=8, seed=17, tag="ne-displaced-fr", expect=FR)
CASES += expand(
    "{head}\n{figure} {source}. {appeal}",
    head=["Humanitarian crisis: UN sounds the alarm", "Displacement hits record"],
    figure=["More than two million people have fled armed violence in Burkina Faso,",
            "Repeated attacks by armed groups have forced 400,000 people from their homes in the Tillaberi region,",
            "Nearly 6,000 schools remain closed because of insecurity across the central Sahel,"],
    source=["according to UNHCR", "a report released on Tuesday by OCHA said"],
    appeal=["The United Nations is appealing for 800 million dollars.",
            "Aid groups are calling for humanitarian access to besieged areas."],
    limit=8, seed=18, tag="ne-displaced-en", expect=EN)

# ---------------------------------------------------------------- annual tallies and reports
# (fr) a count over a year or a period: a tally, no event
CASES += expand(
    "{head}\n{tally} {source}. {comment}",
    head=["Bilan annuel : une année noire", "Rapport"],
    tally=["Au moins 8 000 personnes ont été tuées dans des violences au Sahel central en 2023,",
           "Plus de 1 200 civils ont été tués par des groupes armés depuis le début de l'année,",
           "Le nombre de civils tués lors d'opérations militaires a doublé l'an dernier,"],
    source=["selon un rapport publié mardi", "d'après les données d'une ONG spécialisée"],
    comment=["Il s'agit de l'année la plus meurtrière depuis le début de la crise.",
             "L'organisation appelle les belligérants à épargner les civils."],
    limit=8, seed=19, tag="ne-tally-fr", expect=FR)
CASES += expand(
    "{head}\n{tally} {source}. {comment}",
    head=["Annual toll: a dark year", "Report"],
    tally=["At least 8,000 people were killed in violence across the central Sahel in 2023,",
           "More than 1,200 civilians have been killed by armed groups since the start of the year,",
           "The number of civilians killed in military operations doubled last year,"],
    source=["according to a report published on Tuesday", "data compiled by a monitoring group showed"],
    comment=["It was the deadliest year since the crisis began.",
             "The group urged all sides to spare civilians."],
    limit=8, seed=20, tag="ne-tally-en", expect=EN)

# ---------------------------------------------------------------- anniversaries and commemorations
# (fr) an old attack remembered on its day
CASES += expand(
    "{head}\n{when}, {old} {rite}",
    head=["Souvenir", "Il y a dix ans"],
    when=["Il y a dix ans jour pour jour", "Il y a cinq ans"],
    old=["des assaillants prenaient d'assaut un hôtel de la capitale, faisant vingt morts.",
         "une attaque contre le camp militaire de la ville coûtait la vie à 49 soldats."],
    rite=["Une cérémonie d'hommage aux victimes s'est tenue ce mercredi.", "Les familles réclament toujours justice.",
          "Une gerbe de fleurs a été déposée devant le monument aux morts."],
    limit=8, seed=21, tag="ne-anniversary-fr", expect=FR)
CASES += expand(
    "{head}\n{when}, {old} {rite}",
    head=["Remembrance", "Ten years on"],
    when=["Ten years ago to the day", "Five years ago"],
    old=["gunmen stormed a hotel in the capital, killing 20 people.",
         "an attack on the town's military camp killed 49 soldiers."],
    rite=["A ceremony was held on Wednesday to honour the victims.", "Relatives are still calling for justice.",
          "Wreaths were laid at the war memorial."],
    limit=8, seed=22, tag="ne-anniversary-en", expect=EN)

# (fr) an act told by years back inside a sentence whose news is something else (people return, a fallen soldier is
# decorated, a suspect extradited, a book launched): history, no event
CASES += expand(
    "{head}\n{history} {more}",
    head=["Retour au village", "Hommage", "Justice"],
    history=["Chassés par les attaques des groupes armés il y a deux ans, les habitants de Sonkoro regagnent peu à peu leur village.",
             "Le sergent-chef, tombé au combat en 2021 près de Boni, a été décoré à titre posthume mardi.",
             "Un ancien chef de milice soupçonné d'avoir commandité le massacre d'un village en 2019 a été extradé vers Bamako.",
             "Dans son dernier livre, le journaliste raconte les massacres qui ont ensanglanté le Centre entre 2018 et 2020."],
    more=["Les écoles ont rouvert leurs portes.", "La cérémonie s'est tenue en présence du ministre."],
    tag="ne-yearsback-fr", expect=FR)
# (en) the same in English
CASES += expand(
    "{head}\n{history} {more}",
    head=["Back home", "Tribute", "Justice"],
    history=["Driven out by attacks two years ago, the residents of Sonkoro are slowly returning home.",
             "A sergeant killed in action near Boni in 2021 was posthumously decorated on Tuesday.",
             "A former militia leader suspected of ordering a village massacre in 2019 was extradited to Bamako.",
             "In his new book, the reporter recounts the massacres that bloodied central Mali between 2018 and 2020."],
    more=["Schools have reopened.", "The minister attended the ceremony."],
    tag="ne-yearsback-en", expect=EN)

# ---------------------------------------------------------------- threats, warnings and travel advisories
# (fr) a threat or a warning of attacks to come
CASES += expand(
    "{head}\n{threat} {after}",
    head=["Menace terroriste", "Alerte sécuritaire"],
    threat=["Le JNIM menace d'attaquer les camions-citernes qui ravitaillent la capitale.",
            "Les autorités mettent en garde contre un risque élevé d'attentats pendant les fêtes.",
            "Le groupe État islamique a appelé ses combattants à frapper les forces étrangères.",
            "Le ministère des Affaires étrangères déconseille formellement tout déplacement dans le nord du pays en raison du risque d'enlèvement."],
    after=["Les mesures de sécurité ont été renforcées aux abords des bâtiments publics.",
           "Les voyageurs sont invités à la plus grande prudence."],
    limit=8, seed=23, tag="ne-threat-fr", expect=FR)
CASES += expand(
    "{head}\n{threat} {after}",
    head=["Terror threat", "Security alert"],
    threat=["JNIM has threatened to attack fuel tankers heading to the capital.",
            "Officials warned of a high risk of attacks during the festive season.",
            "The Islamic State group called on its fighters to strike foreign forces.",
            "The State Department urged its citizens not to travel to the north of the country because of the risk of kidnapping."],
    after=["Security has been stepped up around public buildings.", "Travellers are advised to exercise extreme caution."],
    limit=8, seed=24, tag="ne-threat-en", expect=EN)

# ---------------------------------------------------------------- sport and culture told with war words
# (fr) a match, a concert or a film told with attack, shot and blast words
CASES += expand(
    "{head}\n{story} {more}",
    head=["Football : les Aigles s'imposent", "Culture", "CAN : exploit des Étalons"],
    story=["Les Aigles du Mali ont écrasé les Étalons 3-0 dimanche soir au stade du 26-Mars.",
           "L'attaquant a frappé à deux reprises avant la pause, offrant la victoire à son équipe.",
           "Le concert du rappeur a fait exploser l'audimat samedi soir à Ouagadougou.",
           "Le film raconte la vie d'une famille déchirée par la guerre dans le Nord."],
    more=["Les supporters ont envahi les rues pour célébrer la qualification.",
          "La défense adverse a été prise d'assaut pendant tout le match.",
          "Le réalisateur a été ovationné par le public du Fespaco."],
    limit=8, seed=25, tag="ne-sport-fr", expect=FR)
CASES += expand(
    "{head}\n{story} {more}",
    head=["Football: Eagles soar", "Culture", "AFCON: Stallions stun hosts"],
    story=["Mali's Eagles crushed the Stallions 3-0 on Sunday night in Bamako.",
           "The striker fired two shots past the keeper before half-time to seal the win.",
           "The rapper's concert blew up social media on Saturday night in Ouagadougou.",
           "The film tells the story of a family torn apart by the war in the north."],
    more=["Fans poured into the streets to celebrate the win.",
          "The visitors' defence was under siege for the whole match.",
          "The director received a standing ovation at the festival."],
    limit=8, seed=26, tag="ne-sport-en", expect=EN)

# the constructions the rules still miss (strict expected failures: a gap that closes fails the run)
GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", params(CASES, GAPS))
def test_news_with_the_words_of_violence_but_no_new_act_gives_no_event(extractor, case):
    from sahelwatch.extraction.pipeline import Document

    res = extractor.extract(Document(case.id, case.text, case.expect["lang"], ANCHOR))
    assert [(e.sub_event_type, e.sentence_span) for e in res.events] == []
