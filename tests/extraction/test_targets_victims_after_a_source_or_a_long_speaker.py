"""Target category: the victims that follow a source clause opened by a linking adverb ("En effet, selon ...,",
"However, according to ...,") or a long speaker that tells no killing itself ("The prefect of a province in the
far north says gunmen killed ...") are the main sentence's victims, before those of a later sentence or the speaker;
a toll told before its source keeps it (sentences written for these tests, places invented)."""

import pytest


@pytest.mark.parametrize("lang,text,category", [
    ("fr", "En effet, selon un élu local, des hommes armés ont tué trois gendarmes près de Kourfa. Un berger a aussi "
           "été blessé par balle.", "security_forces"),
    ("en", "However, according to local sources, gunmen killed two soldiers near Tabandi on Sunday. A herder was also "
           "wounded.", "security_forces"),
    ("en", "The prefect of a province in the far north of the country says gunmen killed eleven villagers near Kourfa "
           "on Friday.", "civilians"),
])
def test_the_victims_after_the_source_are_the_target(first_event, lang, text, category):
    assert first_event(text, lang).target_category == category


@pytest.mark.parametrize("lang,text,category", [
    ("fr", "Deux gendarmes tués, selon l'armée, lors d'une attaque près de Kourfa. Un berger a aussi été blessé par "
           "balle.", "security_forces"),
    ("en", "Four soldiers were killed near Kourfa on Monday, residents of the area said.", "security_forces"),
])
def test_a_toll_before_its_source_keeps_its_victims(first_event, lang, text, category):
    assert first_event(text, lang).target_category == category
