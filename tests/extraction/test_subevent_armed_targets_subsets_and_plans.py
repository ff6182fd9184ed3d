"""Attack or Armed clash from who was hit (ACLED: violence against armed people is a battle): an attack aimed at an
army post, a camp, a patrol or a police station is on armed people even where its dead are "people" or civilians
(killed in a battle); a toll of people whose subset after the verb names soldiers or police ("douze personnes ont
péri, dont cinq douaniers") has armed dead; a post that only places the attack ("near an army camp", "au camp
militaire", "non loin d'un poste militaire") is no target; "troopers" and "security personnel" are soldiers. Attacks
named only as planned or plotted are no attack done; an earlier attack recalled ("la dernière attaque remonte au
...") is another story; soldiers killed in another sentence do not make a protest violent. Sentences written for
these tests."""

import pytest


@pytest.mark.parametrize("lang,text", [
    ("en", "Three people were killed and several wounded when militants attacked an army position near Tinfa on "
           "Thursday night, the army said."),
    ("fr", "Trois personnes ont été tuées jeudi soir lorsque des jihadistes ont attaqué un poste militaire près de "
           "Tinfa, selon l'armée."),
    ("fr", "Au moins cinq personnes ont été tuées, dont deux policiers et trois supplétifs de l'armée, lors d'une "
           "attaque jeudi près de Tinfa."),
    ("en", "At least five people were killed, including two police officers and three militia members, in an attack "
           "near Tinfa on Thursday."),
    ("en", "Insurgents killed at least 30 troopers near Tinfa last week, officials said."),
    ("en", "Gunmen killed eleven security personnel near Tinfa on Sunday, officials said."),
    # civilians killed when an army post is attacked: a battle with civilians among its dead
    ("en", "Three civilians were killed when militants attacked an army position near Tinfa on Thursday night."),
    ("fr", "Deux civils ont été tués lorsque des jihadistes ont attaqué un poste militaire près de Tinfa jeudi soir."),
])
def test_an_attack_on_armed_people_is_an_armed_clash(first_event, lang, text):
    assert first_event(text, lang).sub_event_type == "Armed clash"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Au moins cinq personnes ont été tuées, dont deux femmes, lors d'une attaque jeudi près de Tinfa."),
    ("fr", "Des hommes armés ont attaqué un camp de déplacés près de Tinfa jeudi, tuant trois personnes."),
    ("en", "Gunmen attacked a camp for displaced people near Tinfa on Thursday, killing three people."),
])
def test_an_attack_on_unarmed_people_stays_an_attack(first_event, lang, text):
    assert first_event(text, lang).sub_event_type == "Attack"


@pytest.mark.parametrize("lang,text", [
    # the post after a preposition, or beside a victim the attack took as its object: it only places the attack
    ("en", "Gunmen attacked traders near an army camp in Kaya on Monday, killing five civilians."),
    ("fr", "Des hommes armés ont attaqué des orpailleurs au camp militaire de Tinfa lundi, tuant quatre civils."),
    ("en", "Militants ambushed herders beside a police checkpoint outside Tinfa on Tuesday, killing four."),
    ("fr", "Des orpailleurs ont été attaqués lundi près d'un camp militaire à Tinfa, faisant quatre morts."),
    ("en", "Traders near an army post were attacked in Tinfa on Monday; four of them were killed."),
    ("en", "Herders camped close to a military base were attacked in Tinfa on Monday, leaving four of them dead."),
    # people killed where a post is named only as a landmark
    ("en", "Gunmen killed seven people at a market near an army post in Kaya on Monday."),
    ("fr", "Des hommes armés ont tué sept personnes au marché, non loin d'un poste militaire, lundi à Kaya."),
    ("fr", "Trois personnes ont été tuées à côté d'un camp de l'armée lorsque des hommes armés ont attaqué le marché de "
           "Tinfa lundi."),
    ("en", "Five people were killed close to a military base in Tinfa when gunmen raided the market on Monday."),
])
def test_a_post_that_only_places_the_attack_leaves_its_victims_unarmed(first_event, lang, text):
    e = first_event(text, lang)
    assert (e.sub_event_type, e.target_category) == ("Attack", "civilians")


@pytest.mark.parametrize("lang,text,armed", [
    ("en", "Militants attacked a remote army post near Tinfa on Monday.", True),
    ("en", "The group claimed Monday's attack against two army posts near Tinfa.", True),
    ("en", "Officials said that an army camp near Tinfa was attacked on Monday.", True),
    ("fr", "Des jihadistes ont attaqué dimanche le poste avancé de l'armée à Tinfa.", True),
    ("fr", "Le groupe a revendiqué l'attaque de lundi contre le camp militaire de Tinfa.", True),
    ("fr", "Lundi, un poste militaire a été attaqué près de Tinfa.", True),
    ("en", "Gunmen attacked villagers at the gate of a military base in Tinfa on Monday.", False),
    ("en", "Traders near an army post were attacked in Tinfa on Monday, and four of them were killed.", False),
    ("en", "Villagers who had fled to an army camp were attacked near Tinfa on Monday.", False),
    ("fr", "Des hommes armés ont attaqué des commerçants à côté du camp militaire de Tinfa.", False),
    ("fr", "Des déplacés installés près d'un poste militaire ont été attaqués lundi à Tinfa.", False),
])
def test_the_post_is_an_armed_object_only_as_the_attack_object(lang, text, armed):
    from sahelwatch.extraction.classify import signals
    from sahelwatch.folding import fold_aligned as fold

    assert ("armed_object" in signals(fold(text), lang)) is armed


@pytest.mark.parametrize("lang,text", [
    ("fr", "L'armée a affirmé jeudi avoir fait échouer un projet d'attentats visant le marché de Tinfa. Huit "
           "combattants ont péri sous des frappes aériennes contre leur repaire."),
    ("en", "Intelligence officers uncovered a plot to attack the market in Tinfa, the army said on Thursday. Eight "
           "fighters died when aircraft bombed their hideout."),
])
def test_attacks_only_planned_are_no_attack_and_the_strike_on_the_planners_is_the_act(first_event, lang, text):
    assert first_event(text, lang).sub_event_type == "Air/drone strike"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le précédent assaut contre ce poste remonte au 3 mai : trois hommes armés y avaient péri."),
    ("en", "The previous attack dates back to May 3, when two assailants were killed in fighting with the army."),
])
def test_an_earlier_attack_recalled_is_another_story(lang, text):
    from sahelwatch.extraction.classify import continues_event
    from sahelwatch.folding import fold_aligned as fold

    assert continues_event(text, fold(text), "", "", lang, next_to_main=True) is False


def test_soldiers_killed_in_another_sentence_do_not_make_a_protest_violent():
    from sahelwatch.extraction.classify import classify

    main = {"protest": (0, 9), "injury": (20, 28)}
    rest = {"death": (100, 106), "victims_armed": (110, 118), "victims_forces": (110, 118)}
    kw = dict(perp_kind="state", target_category="civilians", fatalities=0)
    assert classify(main, rest, **kw).sub_event_type == "Peaceful protest"
    assert classify({**main, "death": (30, 36), "victims_armed": (40, 48)}, {}, **kw).sub_event_type \
        == "Violent demonstration"
