"""The places a story is told from, beside the event's own: a paper's correspondent's town, the town the displaced
reached, the base the troops came from, the region an official governs or an armed group is active in. Each names a
place of the same country in another region than the event's village, before the village; the village places the
event. Near misses: the same words when the village lies in the unit named, when the village has a namesake there,
when the village is unknown to the gazetteer (the unit then places the event), and the troops' or the displaced's
town when it is the only place told (it is where the event is).

Written from general knowledge of the two languages (tests/extraction/variations.py); no sentence, phrase or place
list comes from an evaluation text. Villages, towns, units and namesakes are those of the place grammar (the shipped
gazetteer's); the unknown villages are invented names the gazetteer lacks.
"""

from __future__ import annotations

import pytest

from tests.extraction.test_grammar_places import NAMESAKES, REGIONS, TOWNS, VILLAGES, _assert_placed, _at
from tests.extraction.variations import Case, params

#: the French and English ways of naming a first-level unit: admin1 -> ("de Mopti" / "du Sahel", "Mopti")
REGION_OF = {a1: (art, a1) for art, a1, _ in REGIONS}


def _elsewhere(v) -> tuple | None:
    """A town of the village's country in another region, one the place grammar names, chosen by the name's letters."""
    towns = [t for t in TOWNS if t[1] == v[1] and t[2] != v[2]]
    return towns[sum(map(ord, v[0])) % len(towns)] if towns else None


def _region_elsewhere(v) -> tuple | None:
    """A region of the village's country, other than its own, that the place grammar names."""
    regions = [r for r in REGIONS if r[2] == v[1] and r[1] != v[2]]
    return regions[sum(map(ord, v[0])) % len(regions)] if regions else None


#: (village, town elsewhere, expectations): the village's units
PAIRS = [(v[0], _elsewhere(v)[0], _at(*v[1:])) for v in VILLAGES if _elsewhere(v)]
#: (village, region elsewhere as "de Mopti", its bare name, expectations)
REGION_PAIRS = [(v[0], r[0], r[1], _at(*v[1:])) for v in VILLAGES if (r := _region_elsewhere(v))]
ACTE = "des hommes armés ont tué cinq civils mardi à {v}"
ACT = "gunmen killed five civilians on Tuesday in {v}"


def _with_town(tag: str, template: str, limit: int = 12) -> list[Case]:
    return [Case(f"{tag}-{i}", template.format(v=v, t=t), exp)
            for i, (v, t, exp) in enumerate(PAIRS) if i % max(1, len(PAIRS) // limit) == 0][:limit]


def _with_region(tag: str, template: str, limit: int = 12) -> list[Case]:
    return [Case(f"{tag}-{i}", template.format(v=v, r=r, re=re_), exp)
            for i, (v, r, re_, exp) in enumerate(REGION_PAIRS) if i % max(1, len(REGION_PAIRS) // limit) == 0][:limit]


CASES: list[Case] = []
# a paper's correspondent's town, heading the story
CASES += _with_town("fr-correspondant", "De notre correspondant à {t} - " + ACTE.capitalize() + ".")
CASES += _with_town("fr-correspondante", "Notre correspondante à {t} rapporte que " + ACTE + ".")
CASES += _with_town("en-correspondent", "From our correspondent in {t}: " + ACT.capitalize() + ".")
# the town the displaced or the survivors reached, before the event's village
CASES += _with_town("fr-deplaces-arrives", "Des déplacés arrivés à {t} racontent que " + ACTE + ".")
CASES += _with_town("fr-rescapes-parvenus", "Des rescapés parvenus jusqu'à {t} ont raconté que " + ACTE + ".")
# the troops' own base, before the place they were ambushed
CASES += _with_town("en-based", "Troops based in {t} were ambushed on Tuesday in {v}, and five soldiers were killed.")
CASES += _with_town("en-stationed", "Soldiers stationed at {t} came under fire on Tuesday in {v}; five were killed.")
CASES += _with_town("fr-bases", "Des soldats basés à {t} sont tombés mardi dans une embuscade à {v}, où cinq "
                                "d'entre eux ont été tués.")
# the region an official governs, named before the event's village
CASES += _with_region("fr-gouverneur", "Le gouverneur de la région {r} a annoncé que " + ACTE + ".")
CASES += _with_region("fr-gouverneur-adjoint", "Selon le gouverneur adjoint de la région {r}, " + ACTE + ".")
CASES += _with_region("en-governor-of", "The governor of the {re} region said " + ACT + ".")
CASES += _with_region("en-region-governor", "The {re} region governor said " + ACT + ".")
# the region an armed group is active in
CASES += _with_region("fr-groupe-actif", "Le groupe jihadiste actif dans la région {r} a tué cinq civils mardi à {v}.")
CASES += _with_region("fr-groupe-sevit", "Des combattants d'un groupe qui sévit dans la région {r} ont tué cinq civils "
                                         "mardi à {v}.")
CASES += _with_region("en-group-operates", "Jihadists who operate in the {re} region killed five civilians on Tuesday "
                                           "in {v}.")
CASES += _with_region("en-group-active", "A militant group active mainly in the {re} region killed five civilians on "
                                         "Tuesday in {v}.")

# Near misses ------------------------------------------------------------------------------------------------------
# the village lies in the unit the official governs or the group is active in: its own units, as before
SAME = [(v[0], REGION_OF[v[2]][0], v[2], _at(*v[1:])) for v in VILLAGES if v[2] in REGION_OF]
CASES += [Case(f"fr-gouverneur-meme-{i}", f"Le gouverneur de la région {r} a annoncé que {ACTE.format(v=v)}.", exp)
          for i, (v, r, _, exp) in enumerate(SAME)][:8]
CASES += [Case(f"en-group-same-{i}", f"Jihadists who operate in the {re_} region killed five civilians on Tuesday in "
                                     f"{v}.", exp) for i, (v, _, re_, exp) in enumerate(SAME)][:8]
# a namesake: the governor's region picks the village of that name inside it
for i, (name, *entries) in enumerate(NAMESAKES):
    for j, (iso, a1, a2) in enumerate(entries):
        if a1 in REGION_OF:
            CASES.append(Case(f"fr-gouverneur-homonyme{i}{j}", f"Le gouverneur de la région {REGION_OF[a1][0]} a "
                                                               f"annoncé que {ACTE.format(v=name)}.", _at(iso, a1, a2)))
            CASES.append(Case(f"en-governor-namesake{i}{j}", f"The governor of the {a1} region said "
                                                             f"{ACT.format(v=name)}.", _at(iso, a1, a2)))
# a village the gazetteer does not know: the region the official governs is the likeliest place
UNKNOWN = ["Tagouldéni", "Kobourénga", "Sanfoukaré", "Wendtoussin", "Gourmalaye", "Toulbéguel"]
#: (regions whose names are no plain word: "the Nord region" alone may be another country's, see the place grammar)
NAMED_REGIONS = [r for r in REGIONS if r[1] not in ("Nord", "Est", "Sahel")]
CASES += [Case(f"fr-gouverneur-inconnu-{i}", f"Le gouverneur de la région {art} a annoncé que {ACTE.format(v=u)}.",
               _at(iso, a1)) for i, (u, (art, a1, iso)) in enumerate(zip(UNKNOWN, NAMED_REGIONS[::2]))]
CASES += [Case(f"en-governor-unknown-{i}", f"The governor of the {a1} region said {ACT.format(v=u)}.", _at(iso, a1))
          for i, (u, (_, a1, iso)) in enumerate(zip(UNKNOWN, NAMED_REGIONS[1::2]))]
# the troops' base or the displaced's town as the only place told: the event is there
CASES += [Case(f"fr-stationnes-seul-{i}", f"Des hommes armés ont attaqué mardi des soldats stationnés à {t[0]}, tuant "
                                          f"cinq d'entre eux.", _at(*t[1:])) for i, t in enumerate(TOWNS[::3])]
CASES += [Case(f"en-stationed-alone-{i}", f"Gunmen attacked troops stationed in {t[0]} on Tuesday, killing five of them.",
               _at(*t[1:])) for i, t in enumerate(TOWNS[1::3])]
CASES += [Case(f"fr-deplaces-installes-{i}", f"Des hommes armés ont tué mardi cinq déplacés installés à {t[0]}.",
               _at(*t[1:])) for i, t in enumerate(TOWNS[2::3])]


@pytest.mark.parametrize("case", params(CASES, {}))
def test_the_place_told_from_is_not_the_events(extractor, case):
    _assert_placed(extractor, case)


def test_each_case_names_a_place():
    assert 150 <= len(CASES) <= 400
    assert all(c.expect.get("admin1") and c.expect.get("country") for c in CASES)


# A road named by one town, then the point of the road where the event happened: the point is the event's place
ROAD = []
ROAD += _with_town("fr-route-hauteur", "Des hommes armés ont tué cinq civils mardi sur la route de {t}, à hauteur de {v}.")
ROAD += _with_town("fr-axe-niveau", "Une embuscade a tué cinq soldats mardi sur l'axe menant à {t}, au niveau du village "
                                    "de {v}.")
ROAD += _with_town("fr-troncon-hauteur", "Des jihadistes ont tué cinq civils mardi sur le tronçon de {t}, à la hauteur "
                                         "de {v}.")
# near misses: the road alone places the event at its town; "à hauteur de" alone places it at the village
ROAD += [Case(f"fr-route-seule-{i}", f"Des hommes armés ont tué cinq civils mardi sur la route de {t[0]}.", _at(*t[1:]))
         for i, t in enumerate(TOWNS[::3])]
ROAD += [Case(f"fr-hauteur-seule-{i}", f"Des hommes armés ont tué cinq civils mardi à hauteur de {v[0]}.", _at(*v[1:]))
         for i, v in enumerate(VILLAGES[::5])]


@pytest.mark.parametrize("case", params(ROAD, {}))
def test_the_point_of_the_road_is_the_events(extractor, case):
    _assert_placed(extractor, case)


# "au niveau de X" with no road before it is the level an authority speaks at, no point of a road: the village of the
# sentence is the event's
AT_LEVEL = []
AT_LEVEL += _with_town("fr-niveau-ministre", "Au niveau de {t}, le ministre a condamné l'attaque contre le village de {v} "
                                             "qui a fait dix morts.", limit=10)
AT_LEVEL += _with_town("fr-niveau-autorites", "Au niveau de {t}, les autorités ont annoncé que des jihadistes ont attaqué "
                                              "le village de {v}, tuant huit civils.", limit=10)


@pytest.mark.parametrize("case", params(AT_LEVEL, {}))
def test_au_niveau_de_without_a_road_is_no_place(extractor, case):
    _assert_placed(extractor, case)


# The troops' base named as the place they were struck ("ont attaqué les soldats basés à X", "attacked troops stationed
# in X") is the event's, whatever town the attackers came from ("venus de Y", "from Y", "after crossing from Y")
BASE_STRUCK = []
BASE_STRUCK += _with_town("fr-venus-bases", "Des jihadistes venus de {t} ont attaqué les soldats basés à {v}, tuant "
                                            "quatre militaires.", limit=8)
BASE_STRUCK += _with_town("fr-venus-stationnes", "Des hommes armés venus de {t} ont pris pour cible des gendarmes "
                                                 "stationnés à {v}, tuant deux d'entre eux.", limit=8)
BASE_STRUCK += _with_town("en-from-stationed", "Gunmen from {t} attacked troops stationed in {v}, killing four soldiers.",
                          limit=8)
BASE_STRUCK += _with_town("en-based-crossing", "Jihadists attacked troops based in {v}, killing four, after crossing from "
                                               "{t}.", limit=8)


@pytest.mark.parametrize("case", params(BASE_STRUCK, {}))
def test_the_base_struck_is_the_events(extractor, case):
    _assert_placed(extractor, case)


# The official the event struck: the official's region is the event's (the convoy of a governor, attacked on its way
# to the capital): never the capital the convoy was bound for, nor a village of another region named after it
STRUCK = [Case(f"fr-convoi-gouverneur-{i}", f"Le convoi du gouverneur de la région {art}, en partance pour "
                                            f"{'Bamako' if iso == 'MLI' else 'Niamey' if iso == 'NER' else 'Ouagadougou'}"
                                            ", a été visé mardi par une attaque qui a fait un mort.", _at(iso, a1))
          for i, (art, a1, iso) in enumerate(NAMED_REGIONS)]
STRUCK += [Case(f"en-governor-convoy-{i}", f"The convoy of the governor of the {a1} region came under attack on "
                                           f"Tuesday, and one escort was killed.", _at(iso, a1))
           for i, (_, a1, iso) in enumerate(NAMED_REGIONS)]


@pytest.mark.parametrize("case", params(STRUCK, {}))
def test_the_official_struck_keeps_the_region(extractor, case):
    _assert_placed(extractor, case)


# A state named as the office that speaks ("the Katsina State police command said") or as where the attackers came
# from ("bandits who fled from Katsina State"), beside a village of another state: the village's state. Towns of the
# shipped gazetteer in three of Nigeria's north-western states, each with its state and local government area.
NIGERIA = [("Dan Sadau", "Zamfara", "Maru"), ("Tsafe", "Zamfara", "Tsafe"), ("Anka", "Zamfara", "Anka"),
           ("Faskari", "Katsina", "Faskari"), ("Batsari", "Katsina", "Batsari"), ("Jibia", "Katsina", "Jibia"),
           ("Gwadabawa", "Sokoto", "Gwadabawa"), ("Goronyo", "Sokoto", "Goronyo")]
STATES = ["Zamfara", "Katsina", "Sokoto"]


def _ng(a1, a2=None):
    return {"country": "Nigeria", "admin1": a1, **({"admin2": a2} if a2 else {})}


OTHER_STATE = [(v, next(s for s in STATES[i % 3:] + STATES if s != a1), _ng(a1, a2))
               for i, (v, a1, a2) in enumerate(NIGERIA)]
STATE_CASES = [Case(f"en-state-police-{i}", f"The {s} State police command said bandits killed five villagers on "
                                            f"Tuesday in {v}.", exp) for i, (v, s, exp) in enumerate(OTHER_STATE)]
STATE_CASES += [Case(f"en-state-spokesman-{i}", f"The {s} State police spokesman said gunmen killed five people on "
                                                f"Tuesday in {v}.", exp) for i, (v, s, exp) in enumerate(OTHER_STATE)]
STATE_CASES += [Case(f"en-fled-from-state-{i}", f"Bandits who fled from {s} State killed five villagers on Tuesday in "
                                                f"{v}.", exp) for i, (v, s, exp) in enumerate(OTHER_STATE)]
STATE_CASES += [Case(f"fr-venus-region-{i}", f"Des assaillants venus de la région {r} ont tué cinq civils mardi à {v}.",
                     exp) for i, (v, r, _, exp) in enumerate(REGION_PAIRS) if i % 3 == 0]
STATE_CASES += [Case(f"en-state-commissioner-{i}", f"The {s} State Commissioner for Internal Security said bandits "
                                                   f"killed five people on Tuesday in {v}.", exp)
                for i, (v, s, exp) in enumerate(OTHER_STATE)]
# near misses: the state or the region the speaker or the attackers' origin names holds the village: its own units
STATE_CASES += [Case(f"en-state-police-same-{i}", f"The {a1} State police command said bandits killed five villagers on "
                                                  f"Tuesday in {v}.", _ng(a1, a2)) for i, (v, a1, a2) in enumerate(NIGERIA)]
STATE_CASES += [Case(f"fr-venus-meme-region-{i}", f"Des assaillants venus de la région {r} ont tué cinq civils mardi "
                                                  f"à {v}.", exp) for i, (v, r, _, exp) in enumerate(SAME[:8])]


@pytest.mark.parametrize("case", params(STATE_CASES, {}))
def test_a_state_named_as_a_speaker_or_an_origin_is_not_the_events(extractor, case):
    _assert_placed(extractor, case)
