"""Detection: the frames in which violence is named but no act of the news is told, and their near misses.

- a condemnation of attacks on a class of people ("les attaques contre les populations civiles", "attacks against
  civilians") is a reaction; a condemnation that tells the act's dead or a count of victims still tells the act;
- a cause told by a participle of citing ("invoquant l'insécurité liée aux attaques", "citing insecurity caused by
  attacks") after a political act is no event; a cause told as a clause with its own dead is;
- a massacre named as what a book, a film or a report tells is the work's subject; a witness's telling, or a report
  that counts the dead, still tells an act;
- football's attack words (a defence stormed during a match, the striker who scores) are play; armed men who attack a
  stadium or a team's bus are not;
- an anniversary named as the time of an act ("à la veille du deuxième anniversaire de ...", "on the eve of the
  anniversary of ...") dates the act; an anniversary that is the sentence's news is a commemoration;
- an active "gunned down" tells a killing.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.extraction.conftest import ANCHOR

NO_EVENT = [
    # a condemnation of attacks on a class of people
    ("fr", "Le Premier ministre a vivement condamné les attaques contre les civils et promis des mesures fortes."),
    ("fr", "Le président de la Commission a condamné les attentats visant les populations civiles du Sahel."),
    ("en", "The prime minister strongly condemned attacks on civilians and promised tough measures."),
    ("en", "The bloc's chairman condemned the attacks targeting innocent civilians across the Sahel."),
    # a cause told by a participle of citing
    ("fr", "La mairie a annulé le festival de musique, invoquant l'insécurité due aux attaques terroristes."),
    ("fr", "Le préfet a suspendu les foires hebdomadaires en évoquant la menace des attaques jihadistes."),
    ("en", "The mayor cancelled the music festival, citing insecurity caused by militant attacks."),
    ("en", "The regional vote could not be held in three districts, citing the threat posed by jihadist attacks."),
    ("en", "Schools in the district closed, citing attacks by armed groups."),
    ("en", "The governor suspended the weekly fairs, citing raids by masked gunmen on the roads."),
    # a massacre told as a work's subject
    ("fr", "Dans ce documentaire, la réalisatrice retrace les massacres qui ont endeuillé la région pendant dix ans."),
    ("fr", "Le roman raconte la tuerie d'un village imaginaire du Sahel à travers les yeux d'un enfant."),
    ("en", "In the documentary, the director chronicles the massacres that scarred the region for a decade."),
    ("en", "Her first novel depicts the massacre of an imaginary village through the eyes of a child."),
    # football's attack words
    ("fr", "Les Aigles ont pris d'assaut la défense adverse pendant toute la seconde mi-temps."),
    ("fr", "L'attaquant a frappé trois fois dans les arrêts de jeu pour offrir la victoire à son équipe."),
    ("en", "The opposing defence was stormed for the whole of the second half of the match."),
    # an anniversary that is the news
    ("fr", "À la veille de l'anniversaire de la tuerie de Sonkoro, les familles se sont recueillies."),
    ("en", "On the eve of the anniversary of the Sonkoro massacre, families gathered to pray."),
    # the same fronted before a comma: the dead are a memorial's, or what is recalled
    ("fr", "À la veille du deuxième anniversaire de l'attaque, les habitants se sont recueillis devant la stèle des "
           "quarante soldats tués."),
    ("fr", "Alors que le pays commémorait l'anniversaire du massacre, les familles ont prié pour les trente villageois "
           "tués."),
    ("en", "On the eve of the anniversary, families gathered at the cemetery where 30 villagers were killed in 2022."),
    ("en", "On the anniversary of the massacre, families gathered in Kobou to pray for the 30 villagers killed."),
    ("en", "Days before the anniversary of the massacre, survivors said gunmen had killed their relatives."),
]

EVENT = [
    # a condemnation that tells the act
    ("fr", "Le gouvernement a condamné l'attaque qui a tué douze civils dimanche à Boni."),
    ("fr", "Le gouvernement a condamné l'attaque contre douze civils dimanche à Boni."),
    ("en", "The government condemned Sunday's attack in which gunmen killed 12 civilians in Boni."),
    # a cause told as a clause with its dead
    ("fr", "Le préfet a fermé le marché après que des hommes armés ont tué cinq commerçants lundi à Kobou."),
    ("en", "The governor closed the market after gunmen killed five traders in Kobou on Monday."),
    ("en", "Schools in the district closed after armed men killed two teachers in Kobou on Monday."),
    # a witness's telling, a report that counts the dead
    ("fr", "Un rescapé raconte l'attaque qui a tué cinq civils lundi à Kobou."),
    ("en", "A survivor recounts how gunmen killed five civilians in Kobou on Monday."),
    # armed men at a match
    ("fr", "Des hommes armés ont attaqué le stade de Kobou pendant le match, tuant deux supporters."),
    ("en", "Gunmen attacked the team bus in Kobou after the match, killing two players."),
    ("fr", "L'attaquant a été abattu par les soldats devant le camp de Boni."),
    # an anniversary as the act's time
    ("fr", "Des jihadistes ont tué six soldats mardi près de Boni, à la veille du troisième anniversaire du coup d'État."),
    ("en", "Militants killed six soldiers near Boni on Tuesday, on the eve of the third anniversary of the coup."),
    # the anniversary phrase fronted before its comma, or kin forms placed after the act
    ("fr", "Le jour même du premier anniversaire du massacre, des hommes armés ont tué quatre habitants de Sonkoro."),
    ("fr", "Alors que le pays célébrait le 64e anniversaire de son indépendance, des jihadistes ont attaqué un poste "
           "militaire à Boni."),
    ("fr", "Des hommes armés ont tué six civils lundi à Kobou, jour du deuxième anniversaire du massacre de Sonkoro."),
    ("en", "Days before the anniversary of the massacre, gunmen killed three herders near Sonkoro."),
    ("en", "Hours ahead of the anniversary ceremony, a roadside bomb killed two soldiers near Boni."),
    ("en", "Gunmen killed six civilians in Kobou on Monday, a day before the second anniversary of the coup."),
    ("en", "Gunmen killed four civilians in Kobou on Monday, on the anniversary of the massacre."),
    ("en", "Gunmen killed ten soldiers near Boni as the country marked the anniversary of its independence."),
    ("en", "Two days before the vote, gunmen killed three herders near Sonkoro."),
    # an active "gunned down"
    ("en", "Unknown gunmen gunned down a village chief in Kobou on Sunday."),
    ("en", "Armed men gunned down four herders near Boni on Monday night."),
    # the condemnation of one attack (singular, or with its day) whose victims are named by class
    ("fr", "Le chef de l'État a condamné l'attaque lâche contre nos soldats hier à Boni."),
    ("fr", "Le gouverneur a dénoncé l'attaque contre des civils dimanche au marché de Kobou."),
    ("fr", "Le gouvernement condamne l'attaque terroriste contre des civils survenue dimanche à Kobou."),
    ("fr", "La ministre a condamné les attaques contre les civils de Kobou et de Sonkoro lundi."),
    ("en", "The president condemned Sunday's attack on soldiers in Boni."),
    ("en", "The president condemned the attack against soldiers in Boni on Sunday."),
    ("en", "The government condemned the attack on civilians in Kobou on Sunday and declared three days of national "
           "mourning."),
    ("en", "Mali's junta condemned an attack against civilians near Kobou on Tuesday that it blamed on JNIM."),
    # a witness's or an official's account, a report or an account as the source: the news, no work's subject
    ("en", "A survivor describes how gunmen massacred villagers in Kobou, according to local media reports."),
    ("en", "A local official describes the attack on the Boni camp, citing army reports."),
    ("en", "The governor describes the attack on the Boni camp as a cowardly act, the state broadcaster reports."),
    ("en", "Reports tell of gunmen killing villagers in Kobou."),
    ("en", "The report describes how soldiers executed villagers in Kobou last month."),
    ("fr", "Un habitant décrit l'attaque du marché de Kobou, selon le rapport de la gendarmerie."),
    ("fr", "Dans un récit poignant, un rescapé raconte comment les assaillants ont tué son père à Kobou."),
    # armed or angry men who attack a team's bus or players after a match; a knifeman caught by a security team
    ("en", "Gunmen attacked the opposing team's bus after the match in Kobou, police said."),
    ("en", "Self-defence militiamen attacked supporters after a football match in Kobou on Sunday."),
    ("fr", "Des supporters en colère ont attaqué le bus de l'équipe adverse après le match à Kobou."),
    ("fr", "Des miliciens d'autodéfense ont attaqué leurs adversaires peuls après un match de football à Kobou."),
    ("fr", "L'attaquant, armé d'un couteau, a blessé deux policiers avant d'être maîtrisé par une équipe de sécurité."),
]


# the condemnation of one attack opens the event, which keeps its day when the toll follows in the next sentence
CONDEMNED_THEN_TOLD = [
    ("en", "The government condemned Sunday's attack on civilians in Kobou. The provisional toll stands at twelve dead."),
    ("fr", "Le gouvernement a condamné l'attaque de dimanche contre des civils à Kobou. Le bilan provisoire fait état de "
           "douze morts."),
]


def _events(extractor, lang, text):
    from sahelwatch.extraction.pipeline import Document

    return extractor.extract(Document("frames", text, lang, ANCHOR)).events


@pytest.mark.parametrize(("lang", "text"), NO_EVENT, ids=[f"no-{i}" for i in range(len(NO_EVENT))])
def test_violence_named_in_another_frame_gives_no_event(extractor, lang, text):
    assert [(e.sub_event_type, e.sentence_span) for e in _events(extractor, lang, text)] == []


@pytest.mark.parametrize(("lang", "text"), EVENT, ids=[f"ev-{i}" for i in range(len(EVENT))])
def test_the_act_told_beside_the_frame_is_an_event(extractor, lang, text):
    assert _events(extractor, lang, text)


@pytest.mark.parametrize(("lang", "text"), CONDEMNED_THEN_TOLD,
                         ids=[f"condemned-{i}" for i in range(len(CONDEMNED_THEN_TOLD))])
def test_the_condemned_attack_opens_its_event_with_its_day(extractor, lang, text):
    events = _events(extractor, lang, text)
    assert [(e.sentence_span[0], str(e.event_date)) for e in events] == [(0, "2024-06-09")]
