"""Sub-event types that fire only on their own evidence: an arrest or an abduction with beatings or a killing is an
attack, destruction beside an attack on soldiers or a wound is not looting, shells fired in a fight make a clash, a
riot with no mob is a violent demonstration, a bomber opening an assault told as a fight leaves a clash
(sentences written for these tests)."""

import pytest


@pytest.mark.parametrize("lang,text", [
    ("en", "Soldiers detained four herders near Diafarabe on Monday and beat them with rifle butts."),
    ("fr", "Des militaires ont interpellé quatre bergers lundi près de Diafarabé et les ont torturés."),
])
def test_detainees_beaten_or_tortured_are_an_attack_not_arrests(first_event, lang, text):
    assert first_event(text, lang).sub_event_type == "Attack"


@pytest.mark.parametrize("lang,text", [
    ("en", "Gunmen abducted a trader on the road to Gossi on Tuesday and later killed him."),
    ("en", "Armed men kidnapped a radio host in Mopti on Tuesday and beat him severely."),
    ("fr", "Des hommes armés ont enlevé un commerçant mardi près de Gossi avant de l'exécuter."),
])
def test_an_abductee_killed_or_beaten_is_an_attack(first_event, lang, text):
    assert first_event(text, lang).sub_event_type == "Attack"


@pytest.mark.parametrize("lang,text", [
    ("en", "Armed men kidnapped two aid workers on the road to Tessit on Thursday."),
    ("fr", "Des hommes armés ont enlevé deux agents humanitaires jeudi sur la route de Tessit."),
])
def test_an_abduction_alone_stays_an_abduction(first_event, lang, text):
    assert first_event(text, lang).sub_event_type == "Abduction/forced disappearance"


@pytest.mark.parametrize("lang,text,sub", [
    ("en", "Militants attacked a gendarmerie post near Sofara on Monday and set it on fire; no casualties were reported.",
     "Armed clash"),
    ("en", "Armed men stole the motorbike of a nurse near Bandiagara on Friday, wounding him in the leg.", "Attack"),
    ("en", "Armed men raided the hamlet of Kessa on Monday and burned its granaries; no one was hurt.",
     "Looting/property destruction"),
    ("fr", "Des hommes armés ont incendié lundi les greniers du hameau de Kessa, sans faire de victime.",
     "Looting/property destruction"),
])
def test_destruction_is_looting_only_without_other_violence(first_event, lang, text, sub):
    assert first_event(text, lang).sub_event_type == sub


@pytest.mark.parametrize("lang,text,sub", [
    ("en", "Militants fired mortar rounds at the army camp in Lere on Monday and the soldiers returned fire.", "Armed clash"),
    ("en", "Militants fired mortar rounds at the army camp in Lere on Monday, damaging a warehouse.",
     "Shelling/artillery/missile attack"),
])
def test_shells_fired_in_a_fight_make_a_clash(first_event, lang, text, sub):
    assert first_event(text, lang).sub_event_type == sub


@pytest.mark.parametrize("lang,text,sub", [
    ("en", "Youths burned tyres and threw stones at the town hall of Niono on Monday over repeated power cuts.",
     "Violent demonstration"),
    ("fr", "Des émeutes ont éclaté lundi à Niono, où des jeunes ont brûlé des pneus devant la mairie pour dénoncer les coupures d'électricité.",
     "Violent demonstration"),
    ("en", "A suspected thief was lynched by a mob in the market of Niono on Monday.", "Mob violence"),
    ("fr", "Un présumé voleur a été lynché lundi par la foule au marché de Niono.", "Mob violence"),
])
def test_a_riot_is_mob_violence_only_when_a_mob_acts(first_event, lang, text, sub):
    assert first_event(text, lang).sub_event_type == sub


@pytest.mark.parametrize("lang,text,sub", [
    ("en", "A suicide car bomb exploded at the gate of the army camp in Dioura on Sunday, then gunmen stormed the base "
           "and fighting went on for two hours.", "Armed clash"),
    ("en", "A suicide bomber blew himself up at the gate of the army camp in Dioura on Sunday, killing two soldiers.",
     "Suicide bomb"),
])
def test_a_bomber_opening_an_assault_told_as_a_fight_leaves_a_clash(first_event, lang, text, sub):
    assert first_event(text, lang).sub_event_type == sub


@pytest.mark.parametrize("lang,text,sub", [
    ("en", "Soldiers clashed with militants near Tenenkou on Monday and arrested six of them.", "Armed clash"),
    ("fr", "Des militaires ont interpellé deux suspects mardi lors d'une opération de sécurisation près de Kayes.", "Arrests"),
    ("en", "Police arrested three men suspected of smuggling weapons in Sikasso on Monday.", "Arrests"),
])
def test_people_taken_in_a_fight_make_the_fight_not_an_arrest(first_event, lang, text, sub):
    assert first_event(text, lang).sub_event_type == sub


@pytest.mark.parametrize("text", [
    "Soldiers raided a militant hideout near Ansongo on Monday; two hostages were liberated.",
    "Police recaptured two escaped prisoners near Ansongo on Monday.",
])
def test_people_freed_or_recaptured_are_no_territory_regained(events, text):
    assert "Government regains territory" not in {e.sub_event_type for e in events(text, "en")}


@pytest.mark.parametrize("text", [
    "Armed men attacked a road works camp near Kita on Saturday and destroyed two bulldozers. Three workers were "
    "kidnapped during the raid, the company said.",
    "The raid on a road works camp near Kita on Saturday destroyed two bulldozers, the army said. Three engineers "
    "were kidnapped.",
])
def test_destruction_told_beside_an_abduction_is_no_looting_event(events, text):
    assert "Looting/property destruction" not in {e.sub_event_type for e in events(text, "en")}
