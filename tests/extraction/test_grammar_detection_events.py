"""Variation grammar of detection, part two: short news that report one violent event, told in the forms the press
uses (a headline and one sentence, a lead alone, a passive, a noun phrase, the present tense, a wire's dateline, the
act told after a paragraph of context), and pages whose furniture must add no event and count no toll twice ("Lire
aussi :", "Read more:", a caption, a byline, share and newsletter lines, a headline that repeats the lead's toll).
Every item must give exactly one event.

Written for this grammar from general knowledge of French and English news of the region; places are real towns of
the shipped gazetteer or invented villages (Kobou, Sonkoro, Tindirma, Boussouma-Peulh). Part one (no-event news) is
test_grammar_detection.py.
"""

from __future__ import annotations

import pytest

from tests.extraction.conftest import ANCHOR
from tests.extraction.variations import expand, params

FR, EN = {"lang": "fr", "events": 1}, {"lang": "en", "events": 1}

#: one act told in one sentence, each a common kind and construction (French)
ACTS_FR = [
    # active, armed men and civilians
    "Des hommes armés ont tué six civils {when} dans le village de {village}, près de {town}.",
    # passive, soldiers in an ambush
    "Cinq soldats ont été tués {when} dans une embuscade tendue près de {village}, dans le cercle de {town}.",
    # a noun phrase: the attack as subject of its toll
    "Une attaque de présumés jihadistes contre le poste de gendarmerie de {village} a fait quatre morts {when}.",
    # present tense, two verbs
    "Des assaillants attaquent {when} le marché de {village} et tuent sept commerçants.",
    # an abduction, passive
    "Trois enseignants ont été enlevés {when} par des hommes armés à {village}, non loin de {town}.",
    # a mine under a vehicle
    "Un véhicule de l'armée a sauté sur une mine {when} entre {village} et {town}, tuant deux soldats.",
    # a strike
    "Une frappe de drone a tué au moins huit personnes {when} à {village}, dans la région de {town}.",
    # a fight between two armed sides
    "De violents affrontements ont opposé {when} l'armée à des combattants jihadistes près de {village}.",
]
ACTS_EN = [
    "Gunmen killed six civilians {when} in the village of {village}, near {town}.",
    "Five soldiers were killed {when} in an ambush near {village} in the {town} area.",
    "An attack by suspected jihadists on the gendarmerie post in {village} left four people dead {when}.",
    "Attackers storm the market in {village} {when}, killing seven traders.",
    "Three teachers were abducted {when} by armed men in {village}, not far from {town}.",
    "An army vehicle hit a landmine {when} between {village} and {town}, killing two soldiers.",
    "A drone strike killed at least eight people {when} in {village}, in the {town} region.",
    "Heavy fighting broke out {when} between the army and jihadist fighters near {village}.",
]


def _acts(acts: list[str], whens: list[str], villages: list[str], towns: list[str]) -> list[tuple[str, dict]]:
    """Each act with its day, village and town filled (one of each, in turn, so that every act gets a few)."""
    out = []
    for i, a in enumerate(acts):
        out.append(a.format(when=whens[i % len(whens)], village=villages[i % len(villages)], town=towns[i % len(towns)]))
    return out


VILLAGES = ["Kobou", "Sonkoro", "Tindirma", "Boussouma-Peulh"]
TOWNS_FR = ["Djibo", "Douentza", "Tillabéri", "Bankass", "Ménaka"]
TOWNS_EN = ["Djibo", "Douentza", "Tillaberi", "Bankass", "Menaka"]
A_FR = _acts(ACTS_FR, ["mardi", "dans la nuit de lundi à mardi", "lundi soir", "le 10 juin"], VILLAGES, TOWNS_FR)
A_EN = _acts(ACTS_EN, ["on Tuesday", "overnight on Monday", "on Monday evening", "on June 10"], VILLAGES, TOWNS_EN)

#: a source told after the act (a sentence that adds to it, never a second event)
SOURCE_FR = ["", " Le bilan a été confirmé par des sources locales.", " L'armée a confirmé l'information dans un communiqué.",
             " Aucun groupe n'a revendiqué l'attaque pour l'instant."]
SOURCE_EN = ["", " The toll was confirmed by local sources.", " The army confirmed the incident in a statement.",
             " No group has claimed responsibility so far."]

CASES = []

# ---------------------------------------------------------------- the forms of one event
# (fr) a headline and one sentence
CASES += expand("{head}\n{act}{source}", head=["Mali : nouvelle attaque meurtrière", "Burkina : deuil dans le Nord",
                                               "Niger : des victimes dans la région de Tillabéri"],
                act=A_FR, source=SOURCE_FR, limit=24, seed=31, tag="ev-headline-fr", expect=FR)
# (en) the same in English
CASES += expand("{head}\n{act}{source}", head=["Mali: deadly attack in the centre", "Burkina: mourning in the north",
                                               "Niger: casualties in Tillaberi region"],
                act=A_EN, source=SOURCE_EN, limit=24, seed=32, tag="ev-headline-en", expect=EN)
# (fr) a wire's dateline before the lead
CASES += expand("{dateline} - {act}{source}",
                dateline=["BAMAKO, 12 juin (AFP)", "OUAGADOUGOU (Reuters)", "Niamey, le 11 juin 2024 (APS)"],
                act=A_FR, source=SOURCE_FR[:2], limit=12, seed=33, tag="ev-dateline-fr", expect=FR)
CASES += expand("{dateline} - {act}{source}",
                dateline=["BAMAKO, June 12 (Reuters)", "OUAGADOUGOU (AP)", "NIAMEY, 11 June 2024 (AFP)"],
                act=A_EN, source=SOURCE_EN[:2], limit=12, seed=34, tag="ev-dateline-en", expect=EN)
# (fr) a paragraph of context (the long war, the region's state) before the act
CASES += expand("{head}\n{context}\n\n{act}{source}",
                head=["Sahel : la violence ne faiblit pas", "Insécurité"],
                context=["Le Centre du Mali est en proie aux violences jihadistes depuis 2015. Des milliers de personnes y ont été tuées et des centaines de milliers ont fui.",
                         "Le Burkina Faso fait face depuis 2016 à des attaques répétées de groupes armés. Plus de deux millions d'habitants ont dû quitter leur foyer.",
                         "Les attaques se sont multipliées ces derniers mois dans la zone des trois frontières, malgré les opérations de l'armée."],
                act=A_FR, source=SOURCE_FR[:2], limit=12, seed=35, tag="ev-context-fr", expect=FR)
CASES += expand("{head}\n{context}\n\n{act}{source}",
                head=["Sahel: no let-up in violence", "Insecurity"],
                context=["Central Mali has been plagued by jihadist violence since 2015. Thousands of people have been killed there and hundreds of thousands have fled.",
                         "Burkina Faso has been battling attacks by armed groups since 2016. More than two million people have been forced from their homes.",
                         "Attacks have increased in recent months in the tri-border area despite army operations."],
                act=A_EN, source=SOURCE_EN[:2], limit=12, seed=36, tag="ev-context-en", expect=EN)

# ---------------------------------------------------------------- page furniture adds no event
# (fr) a byline, a "read also" line naming another story, a caption, share and newsletter lines, around one act
CASES += expand("{head}\n{byline}\n{act}\n{furniture}\nLe bilan a été confirmé par des sources locales.",
                head=["Mali : nouvelle attaque meurtrière", "Burkina : deuil dans le Nord"],
                byline=["Par notre correspondant à Mopti", "Publié le 12 juin 2024 à 10h15"],
                act=A_FR,
                furniture=["Lire aussi : Burkina : trois soldats tués dans une embuscade près de Dori",
                           "À lire aussi : Niger : une frappe de drone fait dix morts dans le Sud-Ouest",
                           "Des habitants fuyant les violences. (Photo d'illustration : AFP)",
                           "Partager sur Facebook Partager sur X Envoyer par e-mail",
                           "Inscrivez-vous à notre newsletter pour recevoir l'essentiel de l'actualité du Sahel."],
                limit=20, seed=37, tag="ev-furniture-fr", expect=FR)
CASES += expand("{head}\n{byline}\n{act}\n{furniture}\nThe toll was confirmed by local sources.",
                head=["Mali: deadly attack in the centre", "Burkina: mourning in the north"],
                byline=["By our correspondent in Mopti", "Published June 12, 2024 at 10:15"],
                act=A_EN,
                furniture=["Read more: Burkina Faso: three soldiers killed in ambush near Dori",
                           "Related: Niger drone strike kills ten in the southwest",
                           "Residents fleeing the violence. (Photo: AFP)",
                           "Share on Facebook Share on X Email this article",
                           "Sign up for our newsletter to get the Sahel news in your inbox."],
                limit=20, seed=38, tag="ev-furniture-en", expect=EN)
# (fr/en) a headline that repeats the lead's toll: one event, the toll counted once
CASES += expand("{head}\n{lead}",
                head=[("Mali : six civils tués à Kobou", {"fatalities": 6}), ("Six morts dans une attaque à Kobou", {"fatalities": 6})],
                lead=["Des hommes armés ont tué six civils mardi dans le village de Kobou, près de Douentza.",
                      "Six civils ont été tués mardi lors d'une attaque d'hommes armés contre le village de Kobou, a-t-on appris de sources locales."],
                tag="ev-headtoll-fr", expect=FR)
CASES += expand("{head}\n{lead}",
                head=[("Mali: six civilians killed in Kobou", {"fatalities": 6}), ("Six dead in attack on Kobou village", {"fatalities": 6})],
                lead=["Gunmen killed six civilians on Tuesday in the village of Kobou, near Douentza.",
                      "Six civilians were killed on Tuesday when gunmen attacked the village of Kobou, local sources said."],
                tag="ev-headtoll-en", expect=EN)

# ---------------------------------------------------------------- more constructions of the act's one sentence
# (fr) a verbless sentence (participle), the present of a headline-like lead, the army's own deed, an impersonal toll
CASES += expand("{head}\n{act}{source}",
                head=["Mali : nouvelle attaque meurtrière", "Burkina : deuil dans le Nord"],
                act=["Six civils tués mardi à Kobou par des hommes armés.",
                     "L'armée neutralise une vingtaine de terroristes près de Sonkoro.",
                     "Des hommes armés non identifiés ont ouvert le feu lundi soir sur des fidèles dans une mosquée de Tindirma, faisant cinq morts.",
                     "On dénombre au moins neuf morts après l'attaque d'une colonne de camions sur la piste de Tindirma à Sonkoro.",
                     "Plusieurs boutiques ont été incendiées et du bétail emporté lors d'une incursion d'hommes armés à Sonkoro dans la nuit de dimanche à lundi."],
                source=SOURCE_FR[:3], tag="ev-forms-fr", expect=FR)
# (en) the same in English
CASES += expand("{head}\n{act}{source}",
                head=["Mali: deadly attack in the centre", "Burkina: mourning in the north"],
                act=["Six civilians killed in Kobou by gunmen on Tuesday.",
                     "Army says it neutralised some twenty terrorists near Sonkoro.",
                     "Unidentified gunmen opened fire on worshippers at a mosque in Tindirma on Monday evening, killing five.",
                     "At least nine people died when a column of lorries came under attack on the track from Tindirma to Sonkoro.",
                     "Shops were torched and cattle driven off during a raid by armed men on Sonkoro overnight on Sunday."],
                source=SOURCE_EN[:3], tag="ev-forms-en", expect=EN)
# (fr/en) a page of the web: a dateline stamp, the act, "read also" on its own line with the other story's title on
# the next, a caption, then a list of links to other stories after the text
CASES += expand("{head}\n{stamp}\n{act}\n{read}\n{caption}\nLe bilan a été confirmé par des sources locales.\n{links}",
                head=["Mali : nouvelle attaque meurtrière"],
                stamp=["Publié le 12/06/2024 à 09:30 | Mis à jour le 12/06/2024 à 11:02", "Mopti, 12 juin 2024 (ABI)"],
                act=A_FR[:4],
                read=["Lire aussi\nBurkina : deux gendarmes tués dans l'attaque d'un poste à Dori",
                      "À LIRE AUSSI : Niger : sept soldats tués dans une embuscade près de Tillabéri"],
                caption=["Des soldats en patrouille dans le Centre. © AFP/Archives", "Photo d'archives : un poste de l'armée (DR)"],
                links=["- Burkina : une frappe de drone fait douze morts\n- Niger : trois civils enlevés près de Diffa",
                       "Articles similaires\nMali : des hommes armés tuent quatre bergers\nNiger : un convoi attaqué près de Ayorou"],
                limit=16, seed=39, tag="ev-page-fr", expect=FR)
CASES += expand("{head}\n{stamp}\n{act}\n{read}\n{caption}\nThe toll was confirmed by local sources.\n{links}",
                head=["Mali: deadly attack in the centre"],
                stamp=["Published: 12 June 2024 09:30 | Updated: 12 June 2024 11:02", "MOPTI, June 12, 2024 (AP)"],
                act=A_EN[:4],
                read=["Read also\nBurkina Faso: two gendarmes killed in attack on Dori post",
                      "READ MORE: Niger: seven soldiers killed in ambush near Tillaberi"],
                caption=["Soldiers on patrol in central Mali. © AFP/File", "File photo: an army post (Reuters)"],
                links=["- Burkina Faso: drone strike kills twelve\n- Niger: three civilians abducted near Diffa",
                       "Related stories\nMali: gunmen kill four herders\nNiger: convoy attacked near Ayorou"],
                limit=16, seed=40, tag="ev-page-en", expect=EN)

# (fr/en) near misses of the displacement tally: one attack told on its day that also drove people out is an event
CASES += [*expand("{head}\n{act}", head=["Mali : exode après une attaque"],
                  act=["Une attaque d'hommes armés contre le village de Kobou a tué six civils dimanche et forcé 2 000 habitants à fuir.",
                       "Dimanche, les violences ont fait six morts à Sonkoro et poussé des centaines de familles à partir."],
                  tag="ev-displace-fr", expect=FR),
          *expand("{head}\n{act}", head=["Mali: exodus after attack"],
                  act=["An attack by gunmen on the village of Kobou on Sunday killed six civilians and forced 2,000 residents to flee.",
                       "Gunmen raided Sonkoro on Sunday, killing six and driving hundreds of families from their homes."],
                  tag="ev-displace-en", expect=EN)]

# (fr/en) near misses of the history cue: a news act told on its day whose sentence also carries a year or years
# counted back for something else (a relative clause on the place or the attackers, a comparison with an older
# massacre, an ordinal or a superlative counting the news among the year's acts, victims who fled, came back or were
# taken years ago) is one event; the year dates the other thing, not the act
CASES += expand("{head}\n{act}{source}", head=["Mali : nouvelle attaque meurtrière"],
                act=_acts(["Les hommes armés qui avaient incendié le marché de Kobou en 2020 ont de nouveau frappé {when}, "
                           "tuant cinq villageois.",
                           "Des jihadistes ont tué six civils {when} à Sonkoro où le chef de village avait été assassiné en 2021.",
                           "Huit éleveurs ont été tués {when} à Tindirma lors d'une attaque semblable au massacre de 2019.",
                           "Des hommes armés ont tué quatre déplacés rentrés il y a trois ans à Kobou, a indiqué {when} un élu local.",
                           "Des assaillants ont tué {when} un infirmier enlevé il y a deux ans puis libéré en mars, selon sa famille.",
                           "Des hommes armés ont tué neuf personnes {when} à Sonkoro, la troisième attaque en 2024 contre ce village.",
                           "L'armée a annoncé {when} avoir tué quinze combattants tenus pour responsables des attaques de 2023 "
                           "contre Tindirma."], ["dimanche", "lundi soir"], VILLAGES, TOWNS_FR),
                source=SOURCE_FR[:2], tag="ev-year-fr", expect=FR)
CASES += expand("{head}\n{act}{source}", head=["Mali: new deadly attack"],
                act=_acts(["Gunmen who burned the market in Kobou in 2020 struck again {when}, killing five villagers.",
                           "Jihadists killed six civilians {when} in Sonkoro where the village chief was murdered in 2021.",
                           "Eight herders were killed {when} in Tindirma in an attack similar to the massacre in 2019 that "
                           "left dozens dead.",
                           "Gunmen killed four displaced people who had fled Kobou three years ago, a local official said {when}.",
                           "Attackers killed a nurse who had been abducted two years ago and released in March, his family "
                           "said {when}.",
                           "Gunmen killed nine people in Sonkoro {when} in the third attack in 2024 on the village.",
                           "Jihadists ambushed a patrol near Tindirma {when}, killing eleven soldiers in the army's worst loss "
                           "in 2024.",
                           "The army said {when} it had killed fifteen fighters behind the attacks in 2023 on Tindirma."],
                           ["on Sunday", "on Monday evening"], VILLAGES, TOWNS_EN),
                source=SOURCE_EN[:2], tag="ev-year-en", expect=EN)

GAPS: dict[str, str] = {}


@pytest.mark.parametrize("case", params(CASES, GAPS))
def test_one_act_told_in_any_form_gives_one_event(extractor, case):
    from sahelwatch.extraction.pipeline import Document

    res = extractor.extract(Document(case.id, case.text, case.expect["lang"], ANCHOR))
    assert len(res.events) == case.expect["events"], [(e.sub_event_type, e.sentence_span) for e in res.events]
    if "fatalities" in case.expect:
        assert res.events[0].fatalities["best"] == case.expect["fatalities"]
