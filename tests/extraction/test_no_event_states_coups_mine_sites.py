"""Texts that report no violent event although they hold event words (sentences written for these tests).

- A place's state of violence ("confronté à de nombreuses attaques", "plagued by attacks") names attacks but no
  act: no victim, death, wound or day.
- A coup that seized power ("se sont emparés du pouvoir", "a pris le pouvoir", "seized power") is no seizure of
  territory and its detentions are no arrests.
- A mine as a site ("la mine de ...", "a gold mine", "the mine collapsed") is no landmine; accounts or views that
  "clash" are no fighting.
- Deaths told after a disaster, with no act of violence, are the disaster's ("Rescuers recovered 52 bodies").
"""

import pytest


@pytest.mark.parametrize("lang,text", [
    ("fr", "Depuis 2015, le Burkina Faso fait face à des attaques répétées de groupes armés, qui pèsent sur les "
           "récoltes."),
    ("en", "Burkina Faso has been plagued by attacks from armed groups for a decade, and harvests have suffered."),
    ("fr", "En 2020, les militaires se sont emparés du pouvoir à Bamako et ont formé une transition."),
    ("fr", "Le capitaine a pris le pouvoir en 2022 et a fait arrêter plusieurs ministres."),
    ("en", "The army seized power in Niamey in July 2023 and detained the president in his residence."),
    ("en", "The colonel took control of the capital after a putsch in 2021 and the junta has since named a government."),
    ("fr", "Un convoi de minerai en provenance de la mine de Tasiast a quitté la ville pour rejoindre le port."),
    ("en", "Forty miners were killed when an artisanal gold mine collapsed near Kenieba on Saturday."),
    ("en", "The two accounts clash on what happened in the village on Sunday, and the army has opened an inquiry."),
    ("en", "Dozens of miners were killed when a tunnel collapsed at a gold-mining site near Kangaba on Friday, "
           "officials said. Rescuers have recovered 52 bodies so far, a local councillor said."),
    ("fr", "Plusieurs orpailleurs ont péri vendredi dans l'effondrement d'un puits près de Kangaba. Les secouristes "
           "ont retrouvé 52 corps, selon un conseiller communal."),
    ("en", "Floods killed twelve people in Niamey on Saturday. Seven more people died in the city, officials said."),
    ("en", "Heavy rains killed eight people in Mopti on Monday. The bodies of three more were found on Tuesday."),
    ("fr", "L'effondrement d'un puits a fait dix morts lundi près de Kéniéba. Les corps de six autres orpailleurs "
           "ont été retrouvés mardi à Kéniéba."),
    # pointing back carries over a sentence with no cue; a pit that flooded is a disaster of its own
    ("en", "A gold mine collapsed near Kenieba on Friday, killing dozens of miners. \"It started with a noise,\" an "
           "official told reporters. \"We have recovered 61 bodies,\" he said."),
    ("en", "A gold mine collapsed near Kenieba on Friday, killing dozens of miners. Officials said the site was "
           "illegal. Nine miners died in January when a pit they were working in flooded."),
    ("fr", "Les attaques se multiplient dans la région de Mopti depuis le début de l'année."),
    ("fr", "Le Burkina, qui compte vingt millions d'habitants, fait face à des attaques répétées de groupes armés."),
    ("fr", "Les ouvriers de la mine d'Inata ont été évacués."),
    ("en", "Workers at the mine said the gold mine's owner had halted production after the mine collapsed."),
])
def test_a_text_with_event_words_in_another_sense_gives_no_event(events, lang, text):
    assert events(text, lang) == ()


@pytest.mark.parametrize("lang,text,sub", [
    ("en", "A vehicle hit a mine near Gao on Monday, killing two soldiers.", "Remote explosive/landmine/IED"),
    ("fr", "Un véhicule de l'armée a sauté sur une mine lundi près de Gao.", "Remote explosive/landmine/IED"),
    ("fr", "Le Centre fait face à de nombreuses attaques : lundi, des hommes armés ont attaqué le poste "
           "de Koro.", None),
    ("en", "Floods killed twelve people in Niamey on Monday. Separately, gunmen killed five villagers near Tillaberi "
           "on Tuesday.", "Attack"),
])
def test_the_same_words_in_an_act_of_violence_still_give_an_event(events, lang, text, sub):
    got = events(text, lang)
    assert got
    if sub is not None:
        assert got[-1].sub_event_type == sub
