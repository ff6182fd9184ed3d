"""Several attacks named together are one cue (several_attacks in cues.yaml) that the sub-event signals, the victims of
a total and the toll all read: each wording any of them knew is known to all three (sentences written for these
tests)."""

import pytest

from sahelwatch.extraction.classify import signals
from sahelwatch.extraction.resources import cue
from sahelwatch.folding import fold


@pytest.mark.parametrize("lang,words", [
    ("en", "two separate attacks"), ("en", "twin raids"), ("en", "a series of raids"), ("en", "a spate of attacks"),
    ("en", "coordinated ambushes"), ("en", "three distinct incidents"), ("en", "several villages"),
    ("en", "a wave of strikes"),
    ("fr", "une double attaque"), ("fr", "deux attaques distinctes"), ("fr", "plusieurs embuscades"),
    ("fr", "une série d'attaques"), ("fr", "une vague d'attentats"), ("fr", "des attaques coordonnées"),
    ("fr", "diverses attaques"), ("fr", "cinq localités"),
])
def test_the_cue_holds_every_wording_of_several_attacks(lang, words):
    assert cue("several_attacks", lang).search(fold(words)) is not None


@pytest.mark.parametrize("lang,words", [
    ("en", "two soldiers killed in attacks"), ("en", "an attack and its aftermath"),
    ("fr", "deux soldats tués dans des attaques"), ("fr", "une attaque meurtrière"),
])
def test_a_number_that_does_not_govern_the_attacks_is_none(lang, words):
    assert cue("several_attacks", lang).search(fold(words)) is None


@pytest.mark.parametrize("lang,text", [
    ("en", "Nineteen people were killed in a series of raids over the weekend."),
    ("en", "Nineteen people were killed in coordinated raids over the weekend."),
    ("fr", "Dix-neuf personnes ont été tuées lors de diverses attaques ce week-end."),
    ("fr", "Dix-neuf personnes ont été tuées dans une vague d'attentats ce week-end."),
])
def test_a_death_over_several_attacks_is_a_summed_toll_for_the_sub_event(lang, text):
    assert "_several" in signals(fold(text), lang)


@pytest.mark.parametrize("lang,text", [
    ("en", "Twenty-three people were killed in a spate of raids on hamlets around Kolo on Sunday. In Tamba alone, "
           "gunmen killed eight herders."),
    ("fr", "Vingt-trois personnes ont été tuées dimanche dans diverses attaques contre des hameaux autour de Kolo. A "
           "Tamba, des hommes armés ont tué huit éleveurs."),
])
def test_a_total_over_several_attacks_gives_way_to_the_figure_of_one(first_event, lang, text):
    assert first_event(text, lang).fatalities["best"] == 8


def test_simultaneous_attacks_are_one_operation_whose_toll_stands(first_event):
    text = ("Vingt-trois personnes ont été tuées dimanche lors d'attaques simultanées contre des hameaux autour de Kolo. "
            "A Tamba, des hommes armés ont tué huit éleveurs.")
    assert first_event(text, "fr").fatalities["best"] == 23


def test_the_victims_of_a_total_over_a_wave_of_attacks_are_those_of_the_next_killing(first_event):
    text = ("Dix-neuf personnes, soldats et villageois, ont péri ce week-end lors d'une vague d'attaques dans l'est du "
            "pays, selon une source locale. Samedi, des hommes armés ont tué onze villageois près d'un puits à Kolo.")
    assert first_event(text, "fr").target_category == "civilians"
