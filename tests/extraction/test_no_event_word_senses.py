"""The no-event route on news that is not about violence: politics, the economy, aid programmes, reports on a
past year (the release, equipment and decision frames are tested with the others in
test_detection_no_event_route.py). An event cue word in another sense ("la ville située", "les mines d'or", "l'élection
a été repoussée", "un arrêté ministériel", "le vol Bamako-Paris") opens no event, while the violent act
beside it still does (sentences written for these tests)."""

import pytest

NOT_VIOLENCE = [
    # a killing verb is a word of its own: "située", "constitue", "effectué" hold no "tué"
    ("fr", "Le gisement, situé à quarante kilomètres de Kayes, constitue la principale réserve du pays."),
    ("fr", "Le ministre a effectué mardi une tournée dans les écoles de Sévaré."),
    # a gold mine, the ministry of mines, prices that "explode", a country "miné par" a crisis
    ("fr", "Le Burkina Faso a retiré deux permis de mines d'or à des sociétés étrangères."),
    ("fr", "Le ministère des Mines prévoit une hausse de la production cette année."),
    ("fr", "Les ménages de Kayes se plaignent de l'explosion des prix du riz et de l'huile."),
    ("fr", "Le pays, miné par la crise économique, attend l'aide de ses voisins."),
    ("en", "Shopkeepers in Mopti say the cost of rice has exploded since the border closed."),
    # politics: a party's name, an election postponed, an opponent, a decree, leaving an organisation
    ("fr", "Le Rassemblement pour le progrès a désigné samedi son candidat à la présidentielle."),
    ("fr", "Le scrutin a été repoussé à une date ultérieure par le gouvernement."),
    ("fr", "L'opposant a été reçu jeudi par le Premier ministre pour parler de la transition."),
    ("fr", "Un arrêté ministériel interdit les réunions publiques jusqu'à la fin du mois."),
    ("fr", "Les trois pays ont pris la décision de se retirer de l'organisation régionale."),
    ("fr", "Le Premier ministre a présenté un programme qui vise à relancer l'agriculture."),
    ("fr", "Le président a appelé à soutenir la reconquête de l'intégrité du territoire national."),
    ("fr", "Le drapeau national a été hissé devant la mairie pour la fête de l'indépendance."),
    ("fr", "Les douaniers doivent désormais contrôler les prix des carburants aux frontières."),
    ("en", "The minister said the army had regained the initiative against the armed groups."),
    # the economy: a flight, livestock prices, an election won, power cuts
    ("fr", "Le vol Bamako-Dakar de la compagnie a été annulé lundi en raison d'une panne."),
    ("fr", "Le prix du bétail a doublé sur les marchés de Nioro avant la fête."),
    ("fr", "Le candidat sortant a remporté l'élection avec 60 % des voix."),
    ("fr", "Les délestages d'électricité durent jusqu'à dix heures par jour à Ségou."),
    # "le combat contre" a problem, "avions de combat" as equipment
    ("fr", "Le gouvernement a fait du combat contre la corruption sa priorité."),
    # an aid programme: a response plan to an epidemic, what a project aims at or targets, its schedule
    ("fr", "Le plan de riposte contre l'épidémie sera financé par la Banque mondiale."),
    ("fr", "Le projet vise la scolarisation des filles et la réhabilitation de vingt écoles."),
    ("fr", "L'action cible environ 3 000 ménages vulnérables du cercle de Niono."),
    ("fr", "Le programme sera exécuté sur une période de quatre ans par le ministère de la Santé."),
    ("fr", "Le gouvernement a décidé l'interdiction des rassemblements de plus de cinquante personnes."),
    ("fr", "Des manifestations communautaires seront organisées dans les villages pour promouvoir la vaccination."),
    ("fr", "Le projet finance la prévention des violences sexuelles et la prise en charge des survivantes."),
    ("en", "Health workers engaged with mothers in forty villages to promote vaccination."),
    ("en", "The evaluation demonstrated that the cash transfers reached the poorest households."),
    ("en", "The programme reached more targeted households than planned in the Mopti region."),
    ("en", "Volunteers are now educating targeted communities about hand washing in Sikasso."),
    ("en", "Targeted districts will receive seed and fertiliser before the rains."),
    ("en", "Nurses completed training on the referral of survivors, including of sexual exploitation, in Kayes."),
    ("en", "The grant helps the ministry protect its networks against cyber-attacks."),
]


@pytest.mark.parametrize("lang,text", NOT_VIOLENCE)
def test_a_cue_word_in_another_sense_opens_no_event(events, lang, text):
    assert events(text, lang) == ()


def test_a_report_on_the_past_year_is_context_not_an_event(events):
    text = ("L'ONG accuse l'armée d'avoir tué des dizaines de civils au cours de l'année écoulée "
            "et réclame une enquête indépendante.")
    assert events(text, "fr") == ()


@pytest.mark.parametrize("lang,text,sub", [
    # the violent act beside a word of those senses is still an event
    ("fr", "Des hommes armés ont tué trois orpailleurs dimanche près d'une mine d'or de Kéniéba.", "Attack"),
    ("fr", "Des jihadistes ont enlevé lundi six commerçants près de Léré ; deux ont été libérés le soir même.",
     "Abduction/forced disappearance"),
    ("fr", "Quatre enseignants enlevés lundi près de Ténenkou ont été relâchés mercredi.",
     "Abduction/forced disappearance"),
    ("fr", "L'armée a repoussé une attaque contre son poste de Dioura, tuant huit assaillants.", "Armed clash"),
    ("fr", "Une frappe de drone a tué cinq combattants près de Tinzaouatène mercredi.", "Air/drone strike"),
    ("fr", "Un camion a sauté sur une mine artisanale lundi près de Boni, tuant deux civils.",
     "Remote explosive/landmine/IED"),
    ("fr", "Des voleurs de bétail armés ont emporté une centaine de bœufs jeudi près de Nara.",
     "Looting/property destruction"),
    ("fr", "Les rebelles ont pris jeudi le contrôle de la localité de Ber après le départ des soldats.",
     "Non-state actor overtakes territory"),
    ("fr", "Deux hommes ont été arrêtés samedi à Kati pour complicité avec un groupe armé.", "Arrests"),
    ("fr", "Les soldats ont riposté à une attaque contre leur poste de Diafarabé, tuant quatre assaillants.",
     "Armed clash"),
    ("fr", "Un convoi de commerçants a été visé par des tirs lundi près de Douentza ; deux civils ont été tués.",
     "Attack"),
    ("fr", "Le chef du village a été pris pour cible par des hommes armés et tué devant sa maison.", "Attack"),
    # a word of care, training or health that does not govern the violence: the act told is the event
    ("en", "Three women were raped near Koro on Friday, health workers at the clinic said.", "Sexual violence"),
    ("en", "Militiamen raped a girl in Bankass on Saturday, survivors told a rights group.", "Sexual violence"),
    ("fr", "Deux femmes ont été violées vendredi près de Koro, selon le centre qui assure leur prise en charge.",
     "Sexual violence"),
    ("fr", "Des jihadistes ont fouetté trois commerçants à Léré, selon un agent chargé de la formation.", "Attack"),
    # a word of equipment that does not govern the weapon, or a strike told beside it
    ("en", "A military drone struck a rebel column equipped with anti-aircraft guns near Anefis.", "Air/drone strike"),
    ("fr", "Un drone de l'armée a frappé des pick-up dotés de mitrailleuses près d'Anéfis.", "Air/drone strike"),
    ("en", "Rockets hit the base at dawn, hours after a delivery of food.", "Shelling/artillery/missile attack"),
    # people taken on a day the text tells, freed since: a bare "hostages" is no captivity of long standing
    ("en", "Nine traders were kidnapped on Tuesday near Léré; two hostages were later released.",
     "Abduction/forced disappearance"),
    # the past year inside the clause of a dated killing is context for that clause only
    ("en", "Militants killed six gendarmes on Friday near Koro in the second raid on the post over the past year.",
     "Armed clash"),
    # "le combat" of two armed sides, an exploding device of any subject, attackers driven back "aux abords",
    # "targeted" as a verb
    ("fr", "Le combat a opposé toute la nuit des soldats à des rebelles près d'Anéfis.", "Armed clash"),
    ("en", "A bomb hidden by insurgents exploded near a checkpoint, wounding four passengers.",
     "Remote explosive/landmine/IED"),
    ("fr", "Les jihadistes ont été repoussés aux abords de la ville de Léré.", "Armed clash"),
    ("en", "Soldiers targeted people fleeing the village near Koro on Monday.", "Attack"),
])
def test_a_violent_act_beside_those_words_is_still_an_event(events, lang, text, sub):
    got = events(text, lang)
    assert len(got) == 1 and got[0].sub_event_type == sub
