"""Event detection: a text gives an event when it reports a violent act, not when it holds a cue word.
Politics, disasters, accidents, disease, trials, statements of intent and reactions give no event
(sentences written for these tests)."""

import pytest

from sahelwatch.extraction.classify import no_event_reason, signals
from sahelwatch.folding import fold_aligned as fold

NO_EVENT = [
    # disasters, accidents and disease: deaths with no attacker, weapon or seizure
    ("fr", "Quatorze orpailleurs ont péri samedi dans l'éboulement d'une galerie près de Kéniéba.", "disaster"),
    ("fr", "Les inondations provoquées par des pluies torrentielles ont fait onze morts à Niamey cette semaine.", "disaster"),
    ("fr", "Une collision entre un minibus et un camion-citerne a fait six morts mardi sur l'axe Ségou-Bla.", "disaster"),
    ("fr", "L'épidémie de choléra a déjà tué vingt personnes dans la région de Tillabéri.", "disaster"),
    ("en", "Fourteen gold miners died on Saturday when a shaft caved in and collapsed near Kenieba.", "disaster"),
    ("en", "Flooding after days of heavy rain has killed eleven people in Niamey this week.", "disaster"),
    ("en", "Six travellers died when their minibus collided with a fuel tanker on the Segou road on Tuesday.", "disaster"),
    ("en", "A meningitis outbreak has killed 20 people in the Tillaberi region, the health ministry said.", "disaster"),
    # trials and sentences
    ("fr", "Le procès de trois hommes accusés d'avoir préparé l'attaque du poste s'ouvre lundi à Bamako.", "trial"),
    ("en", "A court in Bamako sentenced two men to death for their part in the attack on the hotel.", "trial"),
    # statements of intent, readiness or threat
    ("fr", "Les rebelles se disent prêts à reprendre les combats si la médiation échoue.", "intent"),
    ("fr", "Le groupe armé menace d'attaquer les convois qui ravitaillent la ville.", "intent"),
    ("en", "The junta vowed to keep fighting the armed groups until the north is secured.", "intent"),
    ("en", "Separatist leaders said they were ready to resume fighting if the deal collapsed.", "intent"),
    # reactions that name attacks but no victim
    ("fr", "Le gouvernement a condamné les attaques terroristes et décrété un deuil national de trois jours.", "reaction"),
    ("en", "The African Union condemned the recent attacks and called a summit on regional security.", "reaction"),
    # a change of government: the head of state held by his guard is no arrest event
    ("fr", "Le président a été renversé mercredi et arrêté par des militaires de sa garde.", "coup"),
    ("en", "The president was deposed and detained on Wednesday by officers of his own guard.", "coup"),
    # hostages or people held for long, freed: the end of a captivity is no abduction
    ("fr", "Les trois otages italiens enlevés en 2021 ont été libérés dimanche, a annoncé la présidence.", "release"),
    ("fr", "Retenu en otage pendant deux ans par un groupe armé, le médecin a été libéré et se porte bien.", "release"),
    ("en", "The two aid workers held hostage since 2022 were freed on Sunday, the presidency said.", "release"),
    ("en", "Four engineers kidnapped two years ago were released on Friday, their company said.", "release"),
    # aircraft and drones as equipment bought or delivered, with no strike
    ("fr", "L'armée a réceptionné jeudi une livraison de drones et d'hélicoptères de combat.", "equipment"),
    ("en", "The air force took delivery of four new drones and two attack helicopters on Thursday.", "equipment"),
    ("fr", "Le ministre a annoncé l'acquisition de six drones armés pour l'aviation.", "equipment"),
    # a decision to withdraw is no withdrawal
    ("fr", "Le pays a annoncé sa décision de se retirer de l'alliance avec effet immédiat.", "intent"),
]


@pytest.mark.parametrize("lang,text,reason", NO_EVENT)
def test_a_text_with_no_violent_act_gives_no_event(events, lang, text, reason):
    folded = fold(text)
    assert no_event_reason(folded, signals(folded, lang), lang) == reason
    assert events(text, lang) == ()


@pytest.mark.parametrize("lang,text,sub", [
    ("fr", "Des hommes armés ont tué six orpailleurs samedi sur un site aurifère près de Kéniéba.", "Attack"),
    ("en", "Gunmen killed five people as they fled a flooded village near Mopti on Monday.", "Attack"),
    ("en", "The UN chief condemned the attack that killed seven peacekeepers near Douentza on Wednesday.", "Armed clash"),
    ("fr", "Le ministre a condamné l'embuscade qui a coûté la vie à quatre gendarmes lundi près de Niono.",
     "Armed clash"),
    ("en", "Militants threatened to attack the town, and on Sunday they killed four soldiers at a checkpoint there.",
     "Armed clash"),
    ("en", "Militants vowed to attack and killed four soldiers at a checkpoint near Boni on Sunday.", "Armed clash"),
    ("en", "Soldiers arrested a former minister accused of plotting a coup on Tuesday in Bamako.", "Arrests"),
    ("fr", "Des centaines de jeunes ont manifesté lundi à Gao pour dénoncer l'insécurité.", "Peaceful protest"),
])
def test_a_violent_act_beside_a_no_event_word_is_still_an_event(events, lang, text, sub):
    got = events(text, lang)
    assert len(got) == 1 and got[0].sub_event_type == sub


@pytest.mark.parametrize("lang,text", [
    ("fr", "C'est l'une des attaques les plus meurtrières de l'année dans le pays. Au moins 30 soldats ont été tués "
           "lundi dans une embuscade près de Tessit, a annoncé l'armée."),
    ("en", "It was one of the deadliest attacks on the army this year. At least 30 soldiers were killed on Monday in an "
           "ambush near Tessit, the army said."),
])
def test_a_sentence_that_sums_up_does_not_stand_for_the_event_a_later_sentence_reports(events, lang, text):
    got = events(text, lang)
    assert len(got) == 1
    assert "30" in text[got[0].sentence_span[0] : got[0].sentence_span[1]]
    assert got[0].fatalities["best"] == 30


@pytest.mark.parametrize("lang,text", [
    ("fr", "Est-ce l'attaque la plus meurtrière contre l'armée depuis des mois ?"),
    ("en", "Was this the deadliest attack on the army in months?"),
])
def test_a_summing_up_sentence_alone_still_gives_its_event(events, lang, text):
    assert len(events(text, lang)) == 1


@pytest.mark.parametrize("lang,text", [
    ("fr", "Au moins douze soldats ont été tués dimanche dans une attaque contre le camp de Boulkessi. Le bilan "
           "officiel, publié mercredi, fait état de douze morts et de huit blessés."),
    ("en", "At least twelve soldiers were killed on Sunday in an attack on the Boulkessi camp. The official toll, "
           "released on Wednesday, gave twelve dead and eight wounded."),
])
def test_a_toll_published_days_later_is_not_a_later_event(events, lang, text):
    assert len(events(text, lang)) == 1


def test_a_web_address_reports_no_event(events):
    text = "Lire aussi : https://www.example.org/afrique/massacre-au-village-attaque-jihadiste.html"
    assert events(text, "fr") == ()
