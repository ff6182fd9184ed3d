"""The armed noun after "par"/"by" is the agent of a participle, not the subject of the passive that follows ("des
bergers retenus par des insurgés ont été tués" are not the armed side's dead); a figure right after "neutraliser" is
the armed side's; hours of the clock and a range of the wounded are no span of days; a killing named after "after"/
"après" is the event's own when the rest of the sentence tells no act (a closed market, a march); a toll of the
wounded skips to the dead told after them, and an adverb ("grièvement", "seriously") or English keeps it no death
toll (sentences written for these tests, places invented)."""

from __future__ import annotations

import pytest

from sahelwatch.extraction.counts import sentence_fatalities


@pytest.mark.parametrize("lang,sentences,best", [
    ("fr", ["Des bergers retenus par des insurgés ont été tués pendant l'assaut de Bar.", "Cinq militaires ont péri."], 5),
    ("en", ["Traders seized by insurgents were killed during the assault on Bar.", "Five soldiers died too."], 5),
    ("fr", ["Des insurgés ont été tués par les soldats lors d'un combat près de Bar.",
            "L'état-major dit en avoir neutralisé neuf."], 9),
    # the subject that opens its clause still takes its side
    ("fr", ["Des insurgés ont été tués par les soldats lors d'un combat près de Bar.",
            "L'état-major dit avoir neutralisé neuf insurgés."], 9),
])
def test_the_agent_of_a_participle_is_not_the_passives_subject(event_toll, lang, sentences, best):
    assert event_toll(sentences, lang).best == best


@pytest.mark.parametrize("lang,text,side", [
    ("fr", "Des bergers retenus par des insurgés ont été tués près de Bar.", "other"),
    ("en", "Traders seized by insurgents were killed near Bar.", "other"),
    ("fr", "Près de Bar, des insurgés ont été tués lors d'un combat.", "armed"),
    ("en", "Near Bar, several insurgents were killed in a firefight.", "armed"),
])
def test_a_figureless_passive_takes_the_side_of_the_subject_opening_its_clause(lang, text, side):
    assert sentence_fatalities(text, lang).side == side


@pytest.mark.parametrize("lang,sentences,best", [
    ("en", ["Gunmen shot dead 9 herders between 4 and 5 p.m. on Friday near Bar.", "A guard was killed in the fighting."], 9),
    ("fr", ["Des hommes armés ont abattu 9 éleveurs entre 4 et 5 heures vendredi près de Bar.",
            "Un gardien a été tué lors de l'échange de tirs."], 9),
    ("fr", ["L'assaut de vendredi contre Bar a fait 14 morts et entre 20 et 25 blessés.",
            "Un gendarme a été tué dans l'assaut."], 14),
    ("en", ["Friday's assault on Bar killed 14 people and left between 20 and 25 wounded.",
            "A gendarme was killed in the assault."], 14),
])
def test_clock_hours_and_ranges_of_people_are_no_span_of_days(event_toll, lang, sentences, best):
    assert event_toll(sentences, lang).best == best


@pytest.mark.parametrize("lang,sentences,best", [
    ("en", ["Traders shut the market of Bar on Tuesday after the killing of six herders by gunmen near the town."], 6),
    ("fr", ["Les élèves de Bar ont défilé mardi après le meurtre de deux enseignants par des hommes armés."], 2),
    # an act of the sentence's own: the killing it followed is another event
    ("fr", ["L'armée a lancé une opération autour de Bar après la tuerie de 50 villageois.",
            "Les soldats ont tué 7 assaillants."], 7),
    ("en", ["Troops launched a sweep and an offensive around Bar following the massacre of 50 villagers.",
            "Soldiers killed 7 militants."], 7),
])
def test_a_killing_after_after_is_the_events_own_when_the_sentence_tells_no_act(event_toll, lang, sentences, best):
    assert event_toll(sentences, lang).best == best


@pytest.mark.parametrize("lang,text,best", [
    ("fr", "Le bilan fait état de trois gardes blessés et d'un passant tué.", 1),
    ("en", "The toll stands at three guards wounded and one passer-by killed.", 1),
    ("fr", "Le bilan provisoire fait état de deux civils grièvement blessés.", None),
    ("en", "The provisional toll stands at four seriously injured.", None),
    ("en", "The toll stands at two wounded.", None),
    # a toll of the dead first keeps its figure
    ("fr", "Le bilan fait état de deux morts et de trois blessés légèrement atteints.", 2),
    ("en", "The toll stands at two dead and three wounded.", 2),
])
def test_a_toll_of_the_wounded_skips_to_its_dead(sentence_best, lang, text, best):
    assert sentence_best(text, lang) == best
