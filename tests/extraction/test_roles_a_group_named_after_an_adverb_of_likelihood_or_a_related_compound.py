"""A group named after an adverb of likelihood ("vraisemblablement membres de l'EIGS", "probablement des combattants
du JNIM") is the suspected perpetrator, as after "présumés"; a parent named in an "-related" compound ("ISIS-related
jihadists") describes the unnamed attackers, as "-linked" does (sentences written for these tests, invented places)."""

import pytest

UNIDENTIFIED = "Unidentified armed group"


@pytest.mark.parametrize("text,group", [
    ("Six villageois ont péri dimanche à Kobadié dans un raid de jihadistes. Selon un élu, les tireurs, "
     "vraisemblablement membres de l'EIGS, ont ouvert le feu sur les habitants avant de fuir.", ("isgs", "is_sahel")),
    ("Quatre bergers ont été tués jeudi près de Wassoré par des hommes armés. Les assaillants, probablement des "
     "combattants du JNIM, sont repartis avec le bétail.", ("jnim",)),
])
def test_a_group_named_after_an_adverb_of_likelihood_is_the_suspected_perpetrator(first_event, text, group):
    e = first_event(text, "fr")
    assert e.perpetrator is not None and e.perpetrator.canonical_id in group


def test_a_parent_in_a_related_compound_describes_the_attackers(first_event):
    e = first_event("At least nine herders were killed on Tuesday near Lere Kouma in northern Mali by suspected "
                    "ISIS-related militants, local officials said.", "en")
    assert e.perpetrator is not None and e.perpetrator.name != UNIDENTIFIED


def test_an_adverb_of_likelihood_before_the_victims_names_no_doer(first_event):
    # the adverb qualifies the deed, not the group: the army's soldiers stay the victims
    e = first_event("Des hommes armés ont probablement tué des soldats de l'armée malienne près de Wassoré mardi.", "fr")
    assert e.perpetrator is not None and e.perpetrator.name == UNIDENTIFIED


@pytest.mark.parametrize("text", [
    "Les FAMa ont abattu jeudi onze terroristes, vraisemblablement des éléments de l'EIGS, dans la forêt de Wassoré.",
    "Des frappes de l'armée ont tué une trentaine d'hommes, probablement des combattants du JNIM, près de Kobadié.",
])
def test_an_adverb_of_likelihood_after_the_dead_describes_them(first_event, text):
    # the apposition after the object of the killing names the dead, not the doers: the army stays the perpetrator
    e = first_event(text, "fr")
    assert e.perpetrator is not None and e.perpetrator.canonical_id not in ("jnim", "isgs", "is_sahel")
    assert e.perpetrator.name != UNIDENTIFIED
