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
]

EVENT = [
    # a condemnation that tells the act
    ("fr", "Le gouvernement a condamné l'attaque qui a tué douze civils dimanche à Boni."),
    ("fr", "Le gouvernement a condamné l'attaque contre douze civils dimanche à Boni."),
    ("en", "The government condemned Sunday's attack in which gunmen killed 12 civilians in Boni."),
    # a cause told as a clause with its dead
    ("fr", "Le préfet a fermé le marché après que des hommes armés ont tué cinq commerçants lundi à Kobou."),
    ("en", "The governor closed the market after gunmen killed five traders in Kobou on Monday."),
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
    # an active "gunned down"
    ("en", "Unknown gunmen gunned down a village chief in Kobou on Sunday."),
    ("en", "Armed men gunned down four herders near Boni on Monday night."),
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
