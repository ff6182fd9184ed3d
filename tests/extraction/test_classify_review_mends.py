"""Territory, mine and fight cues in their scope: a road accident, a displacement, a plan, a ranking or a report
is no change of territory; a mine set off by a vehicle is a blast whatever the verb, a mine is a mining site
only when the text says so; troops fighting jihadists who come under fire are in a fight (sentences written
for these tests)."""

import pytest

TERRITORY = {"Non-state actor overtakes territory", "Government regains territory"}


@pytest.mark.parametrize("lang,text", [
    ("en", "Mali overtook Somalia as the country with the most displaced people in a ranking released on Thursday."),
    ("en", "A lorry overtook a minibus near Bla on Thursday and hit a motorbike, killing four people."),
    ("en", "The drought forced 3,500 households from the area around Gossi in May, the UN said on Thursday."),
    ("en", "Floods pushed hundreds of farmers from the area around Mopti in August, the Red Cross said on Thursday."),
    ("en", "Nurses drove 150 km from the city of Mopti to vaccinate children in Bandiagara on Thursday."),
    ("en", "The bridge to Gossi is down; it takes the town's traders two days to reach Gao, officials said on Thursday."),
    ("en", "The army is getting ready to retake the town of Leré from the armed groups, an officer said on Thursday."),
    ("en", "The prime minister pledged on Thursday to retake all the land held by the armed groups."),
    ("en", "Foreign firms have gained control of most of the cotton sector in Burkina Faso, a study said on Thursday."),
    ("en", "Unions called on the junta to take control of fuel imports, in a statement issued on Thursday."),
    ("fr", "Le nouveau commandant de la zone prend le contrôle des opérations à Gao, a indiqué l'armée jeudi."),
])
def test_an_accident_a_displacement_a_plan_or_a_report_is_no_territory(events, lang, text):
    assert not any(e.sub_event_type in TERRITORY for e in events(text, lang))


def test_a_report_of_ground_held_is_no_territory(events):
    text = "Militants have gained control of wide rural areas around Dori, the UN said in a report on Thursday."
    assert not any(e.sub_event_type in TERRITORY for e in events(text, "en"))


def test_villagers_driving_bandits_out_after_a_clash_is_a_clash(first_event):
    text = "Residents drove the bandits out of the village of Sarafere on Thursday after a short clash, a local official said."
    assert first_event(text, "en").sub_event_type == "Armed clash"


@pytest.mark.parametrize("lang,text,label", [
    ("en", "Jihadists drove the soldiers out of the town of Tinzaouaten on Thursday after hours of fighting.",
     "Non-state actor overtakes territory"),
    ("en", "Militants took over the town of Boulkessi on Thursday, residents said.", "Non-state actor overtakes territory"),
    ("en", "Militants overran the army base at Mondoro on Thursday, residents said.", "Non-state actor overtakes territory"),
    ("en", "The army retook the town of Anefis on Thursday, the general staff said.", "Government regains territory"),
    ("fr", "Les jihadistes ont pris le contrôle de la ville de Léré jeudi, selon des habitants.",
     "Non-state actor overtakes territory"),
])
def test_ground_taken_in_the_past_is_still_territory(first_event, lang, text, label):
    assert first_event(text, lang).sub_event_type == label


@pytest.mark.parametrize("text", [
    "An army truck triggered a mine on the road to Ansongo on Thursday, the army said, without giving a toll.",
    "A supply lorry drove onto a mine near Kidal on Thursday, a local official said.",
    "A donkey cart set off a mine near Intahaka on Thursday, the army said.",
    "A patrol vehicle detonated a mine near Tessalit on Thursday, the army said.",
    "A shepherd stepped on a mine near Ber on Thursday, the army said.",
])
def test_a_mine_set_off_by_anyone_is_a_blast(first_event, text):
    assert first_event(text, "en").sub_event_type == "Remote explosive/landmine/IED"


@pytest.mark.parametrize("lang,text", [
    ("en", "The government took a 35% stake in the Goulamina lithium mine on Thursday."),
    ("fr", "La mine de Sadiola a été nationalisée jeudi par le gouvernement."),
])
def test_a_mining_site_is_still_no_event(events, lang, text):
    assert not events(text, lang)


def test_troops_fighting_jihadists_who_come_under_fire_are_in_a_fight(first_event):
    text = "Soldiers fighting militants near Tessit came under sustained fire and asked for air support, a military source said."
    assert first_event(text, "en").sub_event_type == "Armed clash"


def test_an_army_fighting_jihadists_named_in_a_policy_is_still_no_event(events):
    text = "Niger thanked the countries fighting jihadists in the Sahel for their support, the minister said."
    assert not events(text, "en")


@pytest.mark.parametrize("lang,text,kept", [
    ("fr", "Des manifestants ont défilé mardi à Kaya; plus tard, une attaque jihadiste contre la base militaire a été "
           "repoussée par l'armée.", True),
    ("en", "Traders marched in Kaya on Tuesday; later, a jihadist assault on the army base was repelled by soldiers.", True),
    ("fr", "La marche des commerçants a été repoussée par les policiers mardi à Kaya.", False),
    ("en", "Protesters were repelled by police in Kaya on Tuesday.", False),
])
def test_only_a_crowd_pushed_back_loses_its_clash(lang, text, kept):
    from sahelwatch.extraction.classify import signals
    from sahelwatch.folding import fold_aligned

    folded = fold_aligned(text)
    folded = folded[0] if isinstance(folded, tuple) else folded
    assert ("clash" in signals(folded, lang)) is kept
