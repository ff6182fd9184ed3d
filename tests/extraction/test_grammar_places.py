"""The variation grammar of an event's place (admin1, admin2): the ways French and English news place an event in
the central Sahel, with places of the shipped gazetteer, and the near misses a reader must not take for the place
(a person named like a village, a place in a group's name, where a statement was made, a dateline, a victim's
origin, where the displaced fled).

Written from general knowledge of the two languages (tests/extraction/variations.py); no sentence, phrase or place
list comes from an evaluation text. The villages were drawn with a fixed seed (16) from the shipped gazetteer's
populated places of Mali, Burkina Faso and Niger whose name no other entry has (one candidate, not a stopword, an
admin2 known), and carry the gazetteer's own admin1 and admin2; the towns and units are the seats and units of
the gazetteer's unit table. Namesakes (one name, two countries) were drawn the same way and are placed by the
country or the region the text names.
"""

from __future__ import annotations

import pytest

from sahelwatch.extraction.pipeline import Document
from sahelwatch.folding import fold
from tests.extraction.conftest import ANCHOR
from tests.extraction.variations import Case, expand, params

# --- reference lists (the shipped gazetteer's names, admin1 and admin2) -----------------------------------------

COUNTRY = {"MLI": "Mali", "BFA": "Burkina Faso", "NER": "Niger"}
AU = {"MLI": "au Mali", "BFA": "au Burkina Faso", "NER": "au Niger"}

#: villages, one entry each in the gazetteer (seed 16): name, iso3, admin1, admin2
VILLAGES = [
    ("Dyébougou", "MLI", "Koulikoro", "Nara"), ("Almaniana", "MLI", "Mopti", "Ténenkou"),
    ("Sidiano", "MLI", "Koulikoro", "Kati"), ("Kawéré", "MLI", "Mopti", "Bankass"),
    ("Dakoyra", "MLI", "Tombouctou", "Diré"), ("Mabrouké", "MLI", "Kayes", "Diéma"),
    ("Batigama", "MLI", "Gao", "Gao"), ("Koromougou", "MLI", "Ségou", "Ségou"),
    ("Dékorobougou", "MLI", "Sikasso", "Sikasso"), ("Sébanso", "MLI", "Ségou", "San"),
    ("Diéribougou", "MLI", "Sikasso", "Bougouni"), ("Konkorma", "MLI", "Kayes", "Bafoulabé"),
    ("Koussouko", "MLI", "Kayes", "Diéma"), ("Wènina", "MLI", "Ségou", "Macina"),
    ("Pètogo", "BFA", "Centre-Nord", "Namentenga"), ("Tistenga", "BFA", "Plateau-Central", "Ganzourgou"),
    ("Nagouandi", "BFA", "Est", "Gnagna"), ("Nabasnoguen", "BFA", "Plateau-Central", "Ganzourgou"),
    ("Logboloro", "BFA", "Centre-Nord", "Namentenga"), ("Sigoguen", "BFA", "Centre-Ouest", "Boulkiemdé"),
    ("Tambifwanou", "BFA", "Est", "Komondjari"), ("Bangassoko", "BFA", "Nord", "Yatenga"),
    ("Moissi", "BFA", "Boucle du Mouhoun", "Kossi"), ("Kolanga", "BFA", "Centre-Est", "Koulpélogo"),
    ("Pilifou", "BFA", "Centre-Nord", "Sanmatenga"), ("Bandiosi", "BFA", "Sahel", "Yagha"),
    ("Nioniopalogo", "BFA", "Plateau-Central", "Oubritenga"), ("Secaco", "BFA", "Boucle du Mouhoun", "Balé"),
    ("Giébé", "NER", "Tillabéri", "Filingué"), ("Agouzou", "NER", "Zinder", "Gouré"),
    ("Tinédènédi", "NER", "Dosso", "Dosso"), ("Alfagakoira", "NER", "Tillabéri", "Ouallam"),
    ("Kaooua", "NER", "Zinder", "Gouré"), ("Saidouri", "NER", "Diffa", "Diffa"),
    ("Iskiout", "NER", "Tillabéri", "Abala"), ("Séyté", "NER", "Tahoua", "Keita"),
    ("Bondaba", "NER", "Tillabéri", "Abala"), ("Chazoumalia", "NER", "Tahoua", "Madaoua"),
    ("Koumarya", "NER", "Diffa", "Diffa"), ("Agoudoufoga", "NER", "Tillabéri", "Banibangou"),
    ("Vitchi", "NER", "Zinder", "Mirriah"),
]

#: towns and commune seats the gazetteer places without a rival
TOWNS = [
    ("Djibo", "BFA", "Sahel", "Soum"), ("Arbinda", "BFA", "Sahel", "Soum"), ("Sebba", "BFA", "Sahel", "Yagha"),
    ("Kongoussi", "BFA", "Centre-Nord", "Bam"), ("Diapaga", "BFA", "Est", "Tapoa"),
    ("Gayéri", "BFA", "Est", "Komondjari"), ("Solenzo", "BFA", "Boucle du Mouhoun", "Banwa"),
    ("Barsalogho", "BFA", "Centre-Nord", "Sanmatenga"),
    ("Hombori", "MLI", "Mopti", "Douentza"), ("Douentza", "MLI", "Mopti", "Douentza"),
    ("Ténenkou", "MLI", "Mopti", "Ténenkou"), ("Bankass", "MLI", "Mopti", "Bankass"),
    ("Niono", "MLI", "Ségou", "Niono"), ("Ansongo", "MLI", "Gao", "Ansongo"),
    ("Goundam", "MLI", "Tombouctou", "Goundam"), ("Diafarabé", "MLI", "Mopti", "Ténenkou"),
    ("Ouallam", "NER", "Tillabéri", "Ouallam"), ("Bankilaré", "NER", "Tillabéri", "Bankilaré"),
    ("Makalondi", "NER", "Tillabéri", "Torodi"), ("Tillia", "NER", "Tahoua", "Tillia"),
    ("Tassara", "NER", "Tahoua", "Tassara"), ("Ayorou", "NER", "Tillabéri", "Ayorou"),
    ("Filingué", "NER", "Tillabéri", "Filingué"), ("Mangaizé", "NER", "Tillabéri", "Ouallam"),
    ("Inatès", "NER", "Tillabéri", "Ayorou"),
]

#: Mali's cercles, Burkina Faso's provinces (with their French article) and Niger's departments: admin2, admin1
CERCLES = [("Douentza", "Mopti"), ("Bankass", "Mopti"), ("Ténenkou", "Mopti"), ("Niono", "Ségou"),
           ("Macina", "Ségou"), ("Ansongo", "Gao"), ("Goundam", "Tombouctou"), ("Nara", "Koulikoro"),
           ("Diéma", "Kayes"), ("Koutiala", "Sikasso")]
PROVINCES = [("du Soum", "Soum", "Sahel"), ("de l'Oudalan", "Oudalan", "Sahel"), ("du Yagha", "Yagha", "Sahel"),
             ("du Séno", "Séno", "Sahel"), ("du Loroum", "Loroum", "Nord"), ("du Yatenga", "Yatenga", "Nord"),
             ("du Bam", "Bam", "Centre-Nord"), ("du Sanmatenga", "Sanmatenga", "Centre-Nord"),
             ("du Namentenga", "Namentenga", "Centre-Nord"), ("de la Gnagna", "Gnagna", "Est"),
             ("de la Tapoa", "Tapoa", "Est"), ("de la Komondjari", "Komondjari", "Est"),
             ("de la Kossi", "Kossi", "Boucle du Mouhoun"), ("du Sourou", "Sourou", "Boucle du Mouhoun")]
DEPARTMENTS = [("Ouallam", "Tillabéri"), ("Téra", "Tillabéri"), ("Bankilaré", "Tillabéri"), ("Abala", "Tillabéri"),
               ("Banibangou", "Tillabéri"), ("Torodi", "Tillabéri"), ("Ayorou", "Tillabéri"),
               ("Filingué", "Tillabéri"), ("Tillia", "Tahoua"), ("Tassara", "Tahoua"), ("Bosso", "Diffa")]
#: first-level units with the French way of naming them ("la région de Mopti", "la région du Sahel")
REGIONS = [("de Mopti", "Mopti", "MLI"), ("de Ségou", "Ségou", "MLI"), ("de Gao", "Gao", "MLI"),
           ("de Tombouctou", "Tombouctou", "MLI"), ("de Kidal", "Kidal", "MLI"), ("de Koulikoro", "Koulikoro", "MLI"),
           ("du Sahel", "Sahel", "BFA"), ("du Nord", "Nord", "BFA"), ("du Centre-Nord", "Centre-Nord", "BFA"),
           ("de l'Est", "Est", "BFA"), ("de la Boucle du Mouhoun", "Boucle du Mouhoun", "BFA"),
           ("du Centre-Est", "Centre-Est", "BFA"), ("de Tillabéri", "Tillabéri", "NER"),
           ("de Tahoua", "Tahoua", "NER"), ("de Diffa", "Diffa", "NER"), ("de Maradi", "Maradi", "NER")]
#: two towns of one admin1, for roads and "between X and Y": the admin1 (the admin2 when both lie in one)
AXES = [("Djibo", "Arbinda", "BFA", "Sahel", "Soum"), ("Kongoussi", "Barsalogho", "BFA", "Centre-Nord", None),
        ("Douentza", "Hombori", "MLI", "Mopti", "Douentza"), ("Ouallam", "Mangaizé", "NER", "Tillabéri", "Ouallam"),
        ("Ayorou", "Inatès", "NER", "Tillabéri", "Ayorou"), ("Tillia", "Tassara", "NER", "Tahoua", None),
        ("Diapaga", "Gayéri", "BFA", "Est", None), ("Ténenkou", "Diafarabé", "MLI", "Mopti", "Ténenkou")]
#: one name, two entries in two countries (seed 16): name, (iso3, admin1, admin2) each
NAMESAKES = [
    ("Douroukou", ("BFA", "Boucle du Mouhoun", "Mouhoun"), ("MLI", "Mopti", "Koro")),
    ("Bonfan", ("BFA", "Sud-Ouest", "Noumbiel"), ("MLI", "Koulikoro", "Kangaba")),
    ("Kangue", ("BFA", "Nord", "Yatenga"), ("MLI", "Ségou", "Macina")),
    ("Dierma", ("BFA", "Centre-Est", "Boulgou"), ("MLI", "Mopti", "Ténenkou")),
    ("Korosso", ("BFA", "Hauts-Bassins", "Houet"), ("MLI", "Sikasso", "Bougouni")),
    ("Dabougou", ("BFA", "Est", "Gnagna"), ("MLI", "Koulikoro", "Dioïla")),
    ("Laladji", ("MLI", "Ségou", "Tominian"), ("NER", "Zinder", "Mirriah")),
    ("Dioga", ("BFA", "Sahel", "Yagha"), ("NER", "Tillabéri", "Torodi")),
    ("Kindi", ("BFA", "Centre-Ouest", "Boulkiemdé"), ("MLI", "Mopti", "Koro")),
    ("Kololo", ("BFA", "Centre-Ouest", "Boulkiemdé"), ("NER", "Tillabéri", "Abala")),
    ("Fofara", ("BFA", "Hauts-Bassins", "Kénédougou"), ("MLI", "Koulikoro", "Nara")),
    ("Kougoué", ("BFA", "Centre-Est", "Boulgou"), ("MLI", "Sikasso", "Koutiala")),
    ("Abankor", ("MLI", "Gao", "Gao"), ("NER", "Tahoua", "Bouza")),
    ("Kalédougou", ("BFA", "Hauts-Bassins", "Houet"), ("MLI", "Sikasso", "Yorosso")),
]
CAPITALS = {"MLI": "Bamako", "BFA": "Ouagadougou", "NER": "Niamey"}


def _at(iso, a1, a2=None):
    e = {"country": COUNTRY[iso], "admin1": a1}
    if a2:
        e["admin2"] = a2
    return e


def _village(v):
    return (v[0], _at(*v[1:]))


def _town_of_country(v):
    """A town of ``v``'s country (the reference point of a distance), chosen by the name's letters."""
    towns = [t for t in TOWNS if t[1] == v[1]]
    return towns[sum(map(ord, v[0])) % len(towns)]


VILLAGE = [_village(v) for v in VILLAGES]
VILLAGE_IN = [(f"{v[0]}, {AU[v[1]]}" if i % 2 else v[0], _at(*v[1:])) for i, v in enumerate(VILLAGES)]
TOWN = [_village(t) for t in TOWNS]
ACTE = ["des hommes armés ont tué cinq civils", "des jihadistes présumés ont tué trois gendarmes",
        "des assaillants non identifiés ont abattu sept villageois"]
ACT = ["gunmen killed five civilians", "suspected jihadists killed three gendarmes",
       "unidentified assailants shot dead seven villagers"]
QUAND = ["mardi", "dans la nuit de lundi à mardi"]
WHEN = ["on Tuesday", "overnight on Monday"]

CASES = []
# French -----------------------------------------------------------------------------------------------------------
# "à X": a bare village or town
CASES += expand("{acte} {quand} à {v}.", tag="fr-a", limit=20, seed=16, acte=ACTE, quand=QUAND, v=VILLAGE_IN + TOWN)
# "dans le village de X"
CASES += expand("{acte} {quand} dans le village de {v}.", tag="fr-village", limit=14, seed=16, acte=ACTE,
                quand=QUAND, v=VILLAGE_IN)
# "X, localité située à N km de Y": the village, not the town it is measured from
CASES += expand("{acte} {quand} à {v}.", tag="fr-localite", limit=14, seed=16, acte=ACTE, quand=QUAND, v=[
    (f"{v[0]}, {kind} située à {15 + 5 * (i % 6)} km de {_town_of_country(v)[0]}", _at(*v[1:]))
    for i, v in enumerate(VILLAGES) for kind in ("localité", "une bourgade")])
# "dans la commune (rurale) de X"
CASES += expand("{acte} {quand} dans la commune {rurale}de {t}.", tag="fr-commune", limit=12, seed=16, acte=ACTE,
                quand=QUAND, rurale=["", "rurale "], t=TOWN)
# "dans le cercle de X" (Mali)
CASES += expand("{acte} {quand} dans le cercle de {c}.", tag="fr-cercle", acte=ACTE[:1], quand=QUAND[:1],
                c=[(c, _at("MLI", a1, c)) for c, a1 in CERCLES])
# "dans la province du X" (Burkina Faso)
CASES += expand("{acte} {quand} dans la province {p}.", tag="fr-province", acte=ACTE[1:2], quand=QUAND[:1],
                p=[(art, _at("BFA", a1, p)) for art, p, a1 in PROVINCES])
# "dans le département de X, région de Y" (Niger)
CASES += expand("{acte} {quand} dans le département de {d}.", tag="fr-departement", acte=ACTE[2:], quand=QUAND[:1],
                d=[(f"{d}, région de {a1}" if i % 2 else d, _at("NER", a1, d)) for i, (d, a1) in enumerate(DEPARTMENTS)])
# "dans la région de X" (Burkina Faso's regions with generic names, Nord, Est, Sahel, ..., are read with the country
# the text names: "la région du Nord" alone may be Cameroon's or Côte d'Ivoire's, "la région du Sahel" the belt)
CASES += expand("{acte} {quand} dans la région {r}.", tag="fr-region", acte=ACTE[:1], quand=QUAND[1:],
                r=[(art + (", au Burkina Faso" if iso == "BFA" and i % 2 else " burkinabè" if iso == "BFA" else ""),
                    _at(iso, a1)) for i, (art, a1, iso) in enumerate(REGIONS)])
# "dans la région du Centre-Nord" with no country: names only Burkina Faso has
CASES += expand("{acte} {quand} dans la région {r}.", tag="fr-region-bare", acte=ACTE[1:2], quand=QUAND[:1],
                r=[(art, _at("BFA", a1)) for art, a1 in [("du Centre-Nord", "Centre-Nord"),
                   ("des Hauts-Bassins", "Hauts-Bassins"), ("du Plateau-Central", "Plateau-Central"),
                   ("de la Boucle du Mouhoun", "Boucle du Mouhoun")]])
# "X, dans la région de Y" / "X (cercle de Y)"
CASES += expand("{acte} {quand} à {v}.", tag="fr-village-region", limit=14, seed=16, acte=ACTE, quand=QUAND, v=[
    (f"{v[0]}, dans la région de {v[2]}" if i % 2 else f"{v[0]} ({'cercle' if v[1] == 'MLI' else 'province' if v[1] == 'BFA' else 'département'} de {v[3]})",
     _at(*v[1:])) for i, v in enumerate(VILLAGES)])
# "sur l'axe X-Y" and "entre X et Y": a road or a stretch between two towns of one admin1
CASES += expand("{acte} {quand} {axe}.", tag="fr-axe", acte=ACTE[1:2], quand=QUAND[:1], axe=[
    (f"sur l'axe {a}-{b}", _at(iso, a1, a2)) for a, b, iso, a1, a2 in AXES] + [
    (f"entre {a} et {b}", _at(iso, a1, a2)) for a, b, iso, a1, a2 in AXES])
# "dans le nord du pays" after a named village: the village places the event
CASES += expand("{pays}, {acte} {quand} à {v}, dans le {dir} du pays.", tag="fr-nord", limit=8, seed=16,
                pays=["Selon les autorités"], acte=ACTE, quand=QUAND, dir=["nord", "centre", "nord-ouest"],
                v=[_village(v) for v in VILLAGES if v[1] != "MLI"][:8])

# English ----------------------------------------------------------------------------------------------------------
# "in X" / "in X, Mali"
CASES += expand("{act} in {v} {when}.", tag="en-in", limit=18, seed=16, act=ACT, when=WHEN,
                v=[(f"{v[0]}, {COUNTRY[v[1]]}" if i % 2 else v[0], _at(*v[1:])) for i, v in enumerate(VILLAGES)])
# "in X village, Y district/province/department"
CASES += expand("{act} in {v} {when}.", tag="en-village-district", limit=14, seed=16, act=ACT, when=WHEN, v=[
    (f"{v[0]} village, {v[3]} {unit}", _at(*v[1:])) for v in VILLAGES
    for unit in ({"MLI": ("district", "cercle"), "BFA": ("province",), "NER": ("department",)}[v[1]])])
# "near X"
CASES += expand("{act} near {t} {when}.", tag="en-near", limit=12, seed=16, act=ACT, when=WHEN, t=TOWN)
# "in northern Mali's Y region", "in Burkina Faso's Y region"
CASES += expand("{act} in {r} region {when}.", tag="en-region", act=ACT[:1], when=WHEN[:1], r=[
    (f"{adj}{COUNTRY[iso]}'s {a1}", _at(iso, a1)) for (_, a1, iso), adj in zip(REGIONS, [
        "northern ", "central ", "northern ", "", "northern ", "", "", "northern ", "", "eastern ", "western ",
        "", "western ", "", "south-eastern ", "southern "])])
# "the town of X in Burkina Faso's Z province"
CASES += expand("Militants attacked the town of {t} {when}, killing four soldiers.", tag="en-town-of", limit=14,
                seed=16, when=WHEN, t=[
                    (f"{t[0]} in {COUNTRY[t[1]]}'s {t[3]} {'province' if t[1] == 'BFA' else 'cercle' if t[1] == 'MLI' else 'department'}",
                     _at(*t[1:])) for t in TOWNS])
# "in the X department of Y region": a unit named like its seat, beside its region
CASES += expand("{act} {when} in the {d} region.", tag="en-department", act=ACT[1:2], when=WHEN[:1],
                d=[(f"{d} department of {a1}", _at("NER", a1, d)) for d, a1 in DEPARTMENTS])
# "in X, in the Liptako-Gourma": the village, not the three-border area
CASES += expand("{act} {when} in {v}, in the {area}.", tag="en-liptako", limit=10, seed=16, act=ACT, when=WHEN,
                area=["Liptako-Gourma area", "tri-border area"], v=[_village(t) for t in TOWNS if t[2] in (
                    "Sahel", "Tillabéri", "Gao")])
# "the war-torn Sahel state": a country's epithet, not Burkina Faso's Sahel region
CASES += expand("{act} {when} in {v}.", tag="en-sahel-state", limit=10, seed=16, act=ACT, when=WHEN, v=[
    (f"{v[0]}, a village in the {epithet} of {COUNTRY[v[1]]}", _at(*v[1:])) for v in VILLAGES if v[2] != "Sahel"
    for epithet in ("war-torn Sahel state", "Sahel country", "landlocked Sahel nation")])

# Namesakes: the country, the region or the admin2 unit the text names picks the entry ----------------------
UNIT_FR = {"MLI": "le cercle de", "BFA": "la province de", "NER": "le département de"}
UNIT_EN = {"MLI": "cercle", "BFA": "province", "NER": "department"}
for i, (name, *entries) in enumerate(NAMESAKES[:12]):
    for j, (iso, a1, a2) in enumerate(entries):
        if (i + j) % 2:
            CASES += expand(f"{{acte}} mardi à {name}, {{where}}.", tag=f"fr-namesake{i}{j}", acte=ACTE[:1], where=[
                (f"{AU[iso]}", _at(iso, a1)), (f"dans la région {dict((r[1], r[0]) for r in REGIONS).get(a1, 'de ' + a1)}", _at(iso, a1)),
                (f"dans {UNIT_FR[iso]} {a2}", _at(iso, a1, a2))])
        else:
            CASES += expand(f"{{act}} on Tuesday in {name}, {{where}}.", tag=f"en-namesake{i}{j}", act=ACT[:1], where=[
                (COUNTRY[iso], _at(iso, a1)), (f"in {COUNTRY[iso]}'s {a1} region", _at(iso, a1)),
                (f"{a2} {UNIT_EN[iso]}", _at(iso, a1, a2))])

# "X, près de la frontière avec le Mali": a country named only as the border near the place is where the place is
# not; a namesake in that country and another is the other's (a town of one country alone keeps its country)
FRONTIERE = {"MLI": ("avec le Mali", "malienne"), "BFA": ("avec le Burkina Faso", "burkinabè"),
             "NER": ("avec le Niger", "nigérienne")}
BORDER = {"MLI": ("border with Mali", "Malian border"), "BFA": ("border with Burkina Faso", "Burkinabe border"),
          "NER": ("border with Niger", "Nigerien border")}
for i, (name, *entries) in enumerate(NAMESAKES[:10]):
    for j, (iso, a1, a2) in enumerate(entries):
        there = entries[1 - j][0]  # the border named is the other entry's country
        if (i + j) % 2:
            CASES += expand(f"{{acte}} mardi à {name}, {{near}}.", tag=f"fr-frontiere{i}{j}", acte=ACTE[:1], near=[
                (f"près de la frontière {FRONTIERE[there][0]}", _at(iso, a1, a2)),
                (f"non loin de la frontière {FRONTIERE[there][1]}", _at(iso, a1, a2))])
        else:
            CASES += expand(f"{{act}} on Tuesday in {name}, {{near}}.", tag=f"en-border{i}{j}", act=ACT[:1], near=[
                (f"near the {BORDER[there][0]}", _at(iso, a1, a2)), (f"close to the {BORDER[there][1]}", _at(iso, a1, a2))])
# the country the attackers came from or withdrew to, and "frontalier du X", "bordering X": the event is not there
for i, (name, *entries) in enumerate(NAMESAKES[:10]):
    for j, (iso, a1, a2) in enumerate(entries):
        there = COUNTRY[entries[1 - j][0]]
        du = "du " + there if there != "Mali" else "du Mali"
        if (i + j) % 2:
            CASES += expand("{how}.", tag=f"fr-ailleurs{i}{j}", how=[
                (f"Des assaillants venus {du} ont tué cinq civils mardi à {name}", _at(iso, a1)),
                (f"Des hommes armés ont tué cinq civils mardi à {name}, avant de se replier vers le {there.replace('Burkina Faso', 'Burkina')}", _at(iso, a1)),
                (f"Des hommes armés ont tué cinq civils mardi à {name}, localité frontalière {du}", _at(iso, a1))])
        else:
            CASES += expand("{how}.", tag=f"en-elsewhere{i}{j}", how=[
                (f"Gunmen who crossed from {there} killed five civilians on Tuesday in {name}", _at(iso, a1)),
                (f"Gunmen killed five civilians on Tuesday in {name} before withdrawing into {there}", _at(iso, a1)),
                (f"Gunmen killed five civilians on Tuesday in {name}, a village bordering {there}", _at(iso, a1))])
# the country where survivors found refuge, told in the next sentence: the event is not there
for i, (name, *entries) in enumerate(NAMESAKES[:10]):
    for j, (iso, a1, a2) in enumerate(entries):
        there = entries[1 - j][0]
        if (i + j) % 2:
            CASES.append(Case(f"fr-refuge{i}{j}", f"{ACTE[0][:1].upper()}{ACTE[0][1:]} mardi à {name}. Les survivants ont "
                                                  f"trouvé refuge {AU[there]}.", _at(iso, a1)))
        else:
            CASES.append(Case(f"en-refuge{i}{j}", f"{ACT[0][:1].upper()}{ACT[0][1:]} on Tuesday in {name}. Survivors sought "
                                                  f"refuge in {COUNTRY[there]}.", _at(iso, a1)))
# the country the attackers came from or withdrew to beside the unit the text names: the unit places the village
# ("venus du Mali ... à X, dans la province du Soum"), whatever the gazetteer's order of the name's namesakes; the
# name of two countries (the origin's and another), in a unit of the third country that has no place of the name
#: names of populated places in two of the three countries only (drawn with seed 16 from the shipped gazetteer)
TWO_COUNTRIES = [("Nari", "MLI", "NER"), ("Tiéla", "MLI", "NER"), ("Walila", "MLI", "NER"), ("Kombo", "MLI", "NER"),
                 ("Namboya", "BFA", "MLI"), ("Nanguila", "BFA", "MLI"), ("Guilé", "BFA", "MLI"),
                 ("Kourki", "BFA", "NER"), ("Pati", "BFA", "NER"), ("Raka", "BFA", "NER"), ("Karba", "BFA", "NER")]
#: a unit of each country, French and English: (French phrase, English phrase, admin1, admin2)
UNITS_OF = {"BFA": [(f"la province {art}", f"{p} province", a1, p) for art, p, a1 in PROVINCES],
            "MLI": [(f"le cercle de {c}", f"{c} cercle", a1, c) for c, a1 in CERCLES],
            "NER": [(f"le département de {d}", f"{d} department", a1, d) for d, a1 in DEPARTMENTS]}
DU = {"MLI": "du Mali", "BFA": "du Burkina Faso", "NER": "du Niger"}
VERS = {"MLI": "le Mali", "BFA": "le Burkina", "NER": "le Niger"}
for i, (name, *isos) in enumerate(TWO_COUNTRIES):
    (third,) = set(COUNTRY) - set(isos)
    fr, en, a1, a2 = UNITS_OF[third][i % len(UNITS_OF[third])]
    for j, iso in enumerate(isos):
        at = _at(third, a1, a2)
        if (i + j) % 2:
            CASES += expand("{how}.", tag=f"fr-venus-unite{i}{j}", how=[
                (f"Des assaillants venus {DU[iso]} ont tué cinq civils mardi à {name}, dans {fr}", at),
                (f"Des hommes armés ont tué cinq civils mardi à {name}, dans {fr}, avant de se replier vers {VERS[iso]}", at),
                (f"Des hommes armés ont tué cinq civils mardi à {name}, dans {fr}. D'après un élu, ils étaient venus "
                 f"{DU[iso]}", at)])
        else:
            CASES += expand("{how}.", tag=f"en-crossed-unit{i}{j}", how=[
                (f"Gunmen who crossed from {COUNTRY[iso]} killed five civilians on Tuesday in {name}, {en}", at),
                (f"Gunmen killed five civilians on Tuesday in {name}, {en}, before withdrawing into {COUNTRY[iso]}", at),
                (f"Gunmen killed five civilians on Tuesday in {name}, {en}. Survivors sought refuge in {COUNTRY[iso]}", at)])
CASES += expand("{acte} mardi à {t}.", tag="fr-frontiere-ville", t=[
    (f"{t[0]}, près de la frontière {FRONTIERE[o][0]}", _at(*t[1:])) for t in TOWNS[::3] for o in COUNTRY if o != t[1]][:10],
    acte=ACTE[2:])

# Near misses ------------------------------------------------------------------------------------------------------
# a person named like a village (an official quoted, a victim named)
PERSONS = ["Moussa Issoufou", "Adama Sankara", "Ibrahim Keïta", "Salif Kaboré", "Hamadou Sidibé"]
CASES += expand("Selon {p}, un élu local, {acte} {quand} à {v}.", tag="fr-personne", limit=12, seed=16, p=PERSONS,
                acte=ACTE, quand=QUAND, v=VILLAGE)
CASES += expand("{act} {when} in {v}, local official {p} told reporters.", tag="en-person", limit=10, seed=16,
                act=ACT, when=WHEN, v=VILLAGE, p=PERSONS)
# a place in a group's name
GROUPS = [("des combattants de la katiba Macina", "Ségou"), ("des combattants de l'État islamique au Sahel", "Sahel"),
          ("des hommes du Front de libération du Macina", "Ségou"), ("des jihadistes de l'État islamique au Grand Sahara", "Sahel")]
CASES += expand("{g} ont tué six civils {quand} à {v}.", tag="fr-groupe", limit=12, seed=16, g=[g for g, _ in GROUPS],
                quand=QUAND, v=[_village(v) for v in VILLAGES if v[2] not in {a for _, a in GROUPS}])
CASES += expand("Fighters of the {g} killed six civilians {when} in {v}.", tag="en-group", limit=8, seed=16,
                g=["Islamic State Sahel Province", "Macina Liberation Front", "Islamic State in the Greater Sahara"],
                when=WHEN, v=[_village(v) for v in VILLAGES if v[2] not in ("Ségou", "Sahel")])
# where a statement was made
CASES += expand("Lors d'une conférence de presse à {cap}, le gouvernement a annoncé que {acte} {quand} à {v}.",
                tag="fr-conference", limit=24, seed=16, cap=sorted(CAPITALS.values()), acte=ACTE, quand=QUAND,
                v=VILLAGE)
CASES += expand("In a statement issued in {cap}, the army said {act} {when} in {v}.", tag="en-statement", limit=20,
                seed=16, cap=sorted(CAPITALS.values()), act=ACT, when=WHEN, v=VILLAGE)
# a dateline
CASES += expand("{cap} (AFP) - {acte} {quand} à {v}.", tag="fr-dateline", limit=20, seed=16,
                cap=["BAMAKO", "OUAGADOUGOU", "NIAMEY"], acte=ACTE, quand=QUAND, v=VILLAGE)
CASES += expand("{cap}, June 12 (Reuters) - {act} {when} in {v}.", tag="en-dateline", limit=20, seed=16,
                cap=["BAMAKO", "OUAGADOUGOU", "NIAMEY"], act=ACT, when=WHEN, v=VILLAGE)
# a victim's origin
CASES += expand("Un commerçant originaire de {o} a été tué {quand} à {v} par des hommes armés.", tag="fr-origine",
                limit=12, seed=16, quand=QUAND, o=[t[0] for t in TOWNS[::3]], v=VILLAGE)
CASES += expand("A trader from {o} was shot dead {when} in {v} by gunmen.", tag="en-origin", limit=8, seed=16,
                when=WHEN, o=[t[0] for t in TOWNS[1::3]], v=VILLAGE)
# where the displaced fled
CASES += expand("{acte} {quand} à {v} ; des centaines d'habitants ont fui vers {o}.", tag="fr-deplaces", limit=12,
                seed=16, acte=ACTE, quand=QUAND, v=VILLAGE, o=[t[0] for t in TOWNS[2::3]])
CASES += expand("{act} {when} in {v}, and hundreds of residents fled to {o}.", tag="en-displaced", limit=8, seed=16,
                act=ACT, when=WHEN, v=VILLAGE, o=[t[0] for t in TOWNS[::4]])

# the cases a near miss pairs with a town of the village's own admin1 test nothing: drop them by construction
_TOWN_A1 = {t[0]: t[2] for t in TOWNS}
CASES = [c for c in CASES if not any(w in _TOWN_A1 and _TOWN_A1[w] == c.expect.get("admin1")
                                     for w in c.text.replace(".", " ").replace(",", " ").split()
                                     if c.id.split("-")[1] in ("origine", "origin", "deplaces", "displaced"))]

# a capital's statement or dateline about a village of another country is no near miss: keep the capital's own country
CASES = [c for c in CASES if c.id.split("-")[1] not in ("conference", "statement", "dateline")
         or next(COUNTRY[i] for i in CAPITALS if CAPITALS[i].upper() in c.text.upper()) == c.expect["country"]]

#: the extraction reports a unit in ACLED's spelling where the gazetteer's differs (Niger's Ayorou department is
#: ACLED's Ayerou): the expectation takes ACLED's
ACLED_SPELLING = {"ayorou": "ayerou"}


def _key(v):
    k = None if v is None else fold(str(v)).lower().replace("-", " ").strip()
    return ACLED_SPELLING.get(k, k)


GAPS: dict[str, str] = {}


def _assert_placed(extractor, case: Case) -> None:
    """The case's first event is placed as it expects (its language read from its id's prefix)."""
    lang = "fr" if case.id.startswith("fr-") else "en"
    events = extractor.extract(Document("t", case.text, lang, ANCHOR)).events
    assert events, case.text
    loc = events[0].location
    got = {k: loc.get(k) for k in case.expect}
    assert {k: _key(v) for k, v in got.items()} == {k: _key(v) for k, v in case.expect.items()}, (case.text, loc)


@pytest.mark.parametrize("case", params(CASES, GAPS))
def test_the_event_is_placed(extractor, case):
    _assert_placed(extractor, case)


#: names of populated places in each of the three countries (drawn with seed 16 from the shipped gazetteer), with the
#: country whose place the gazetteer gives first
THREE_COUNTRIES = [("Doumbou", "BFA"), ("Gouma", "BFA"), ("Toro", "BFA"), ("Bouya", "NER"), ("Gama", "BFA"),
                   ("Boui", "BFA")]
#: the name of the three countries, its first country named only as the attackers' origin or refuge, and no unit: the
#: two others have the name and nothing the text says chooses between them, so the village stays unplaced (neither
#: the origin's nor the one the gazetteer lists first)
UNPLACED = [Case(f"fr-venus-trois{i}", f"Des assaillants venus {DU[iso]} ont tué cinq civils mardi à {name}.",
                 {"not": COUNTRY[iso]})
            for i, (name, iso) in enumerate(THREE_COUNTRIES)] + [
    Case(f"en-withdrew-three{i}", f"Gunmen killed five civilians on Tuesday in {name} before withdrawing into "
                                  f"{COUNTRY[iso]}.", {"not": COUNTRY[iso]}) for i, (name, iso) in enumerate(THREE_COUNTRIES)] + [
    Case(f"fr-frontiere-trois{i}", f"Des hommes armés ont tué cinq civils mardi à {name}, non loin de la frontière "
                                   f"{FRONTIERE[iso][1]}.", {"not": COUNTRY[iso]}) for i, (name, iso) in enumerate(THREE_COUNTRIES)]


@pytest.mark.parametrize("case", params(UNPLACED, {}))
def test_a_name_of_the_two_other_countries_is_not_placed_by_the_gazetteers_order(extractor, case):
    lang = "fr" if case.id.startswith("fr-") else "en"
    events = extractor.extract(Document("t", case.text, lang, ANCHOR)).events
    assert events, case.text
    loc = events[0].location
    assert loc.get("admin1") is None and loc.get("country") != case.expect["not"], (case.text, loc)


def test_the_grammar_is_large_enough_and_each_case_names_a_place():
    assert 200 <= len(CASES) <= 700
    assert all(c.expect.get("admin1") and c.expect.get("country") for c in CASES)
