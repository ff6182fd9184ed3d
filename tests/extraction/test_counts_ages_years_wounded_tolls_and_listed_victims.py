"""An age ("d'une cinquantaine d'années") and a span of years ("(1970-1975)") count no dead; a toll of the wounded ("un
bilan faisant état de cinq blessés graves") is no death toll; a list of victims runs on past a comma to a second verb with its
own object ("ont abattu trois gardes, deux bergers et blessé un enfant"); the dead of a relative clause dated by a
part of a month ("où ... ont été tués fin mars") and of a killing the event followed ("after the massacre of 80
people") are another event's; a passive with no figure ("des jihadistes ont péri") counts the side of its
subject (sentences written for these tests, places invented)."""

from __future__ import annotations

import pytest

from sahelwatch.extraction.counts import sentence_fatalities


@pytest.mark.parametrize("lang,text,best", [
    ("fr", "Un commerçant d'une cinquantaine d'années a été abattu hier soir par des inconnus à Foo.", 1),
    ("fr", "Une cinquantaine de villageois ont été tués à Foo.", 50),
])
def test_an_age_is_no_count(sentence_best, lang, text, best):
    assert sentence_best(text, lang) == best


@pytest.mark.parametrize("lang,text,best", [
    ("fr", "Le fondateur du parti, ancien président (1970-1975) tué lors d'un coup d'Etat, reste célèbre à Foo.", None),
    ("fr", "Entre 2000 et 3000 personnes ont été tuées dans la région de Foo.", 2000),
    ("en", "Between 2000 and 3000 people were killed in the district of Foo.", 2000),
])
def test_a_span_of_years_is_no_count(sentence_best, lang, text, best):
    assert sentence_best(text, lang) == best


@pytest.mark.parametrize("lang,text,best", [
    ("fr", "Selon la mairie, un bilan encore partiel faisait état de cinq blessés graves à Foo.", None),
    ("fr", "Le maire a péri ; pour le reste, le bilan fait état de quatre villageois blessés.", 1),
    ("fr", "Le bilan fait état de trois morts et deux blessés.", 3),
    ("fr", "Le bilan est de trois soldats tués et deux blessés.", 3),
])
def test_a_toll_of_the_wounded_counts_no_dead(sentence_best, lang, text, best):
    assert sentence_best(text, lang) == best


@pytest.mark.parametrize("lang,text,best", [
    ("fr", "Les hommes armés ont abattu trois gardes, deux bergers et blessé un enfant.", 5),
    ("en", "Gunmen killed three guards, two herders and wounded a child near Foo.", 5),
])
def test_a_list_of_victims_runs_on_to_a_second_verb(sentence_best, lang, text, best):
    assert sentence_best(text, lang) == best


@pytest.mark.parametrize("lang,text,best", [
    ("fr", "Les assaillants ont tué cinq soldats et deux blessés.", 5),
    ("en", "Gunmen killed five soldiers and two wounded near Foo.", 5),
    ("fr", "Ils ont tué trois gardes et blessé deux enfants.", 3),
])
def test_the_wounded_after_the_dead_are_still_not_added(sentence_best, lang, text, best):
    assert sentence_best(text, lang) == best


@pytest.mark.parametrize("lang,text,best", [
    ("fr", "Des bandits ont attaqué le bourg de Foo, où 25 villageois ont été tués fin mars par des jihadistes.", None),
    ("en", "Gunmen attacked the town of Foo, where 25 villagers were killed in late March by jihadists.", None),
    ("en", "Troops killed ten militants, following the killing of 80 villagers in Foo.", 10),
    ("en", "Troops killed about ten militants in sweeps, after the massacre of at least 80 people in the village of Foo.", 10),
    ("fr", "L'armée a neutralisé dix terroristes, après le massacre d'au moins 80 villageois à Foo.", 10),
])
def test_another_events_dead_are_not_counted(sentence_best, lang, text, best):
    assert sentence_best(text, lang) == best


@pytest.mark.parametrize("lang,text,best", [
    ("fr", "Quatre villageois ont été tués fin mars à Foo.", 4),
    ("en", "Four villagers were killed in late March in Foo.", 4),
    ("fr", "Trois jours après la mort de cinq soldats, quatre civils ont été tués.", 4),
])
def test_the_events_own_dead_in_a_month_part_still_count(sentence_best, lang, text, best):
    assert sentence_best(text, lang) == best


@pytest.mark.parametrize("lang,text,side", [
    ("fr", "Selon l'état-major, des jihadistes ont péri sous les frappes près de Foo.", "armed"),
    ("fr", "Des civils ont été tués par les terroristes à Foo.", "other"),
    ("en", "Several militants were killed in the raid on Foo.", "armed"),
    ("en", "Several villagers were killed by the militants in Foo.", "other"),
])
def test_a_figureless_passive_takes_the_side_of_its_subject(lang, text, side):
    assert sentence_fatalities(text, lang).side == side


def test_a_vague_plural_of_the_armed_side_gives_way_to_its_figure(event_toll):
    assert event_toll(["Selon l'état-major, des jihadistes ont péri sous les frappes près de Foo.",
                   "Les pilotes ont visé un campement et tué six jihadistes, d'après la même source."],
                  "fr").best == 6

