"""Target category of arrests: a person held whom the text gives no armed or official kind (a named man, an
economist, a dissident, an influencer) is a civilian, ACLED's coding of the people state forces detain; people
named as fighters or soldiers keep their kind (sentences written for these tests, places invented)."""

import pytest


@pytest.mark.parametrize("lang,text", [
    ("fr", "Un économiste a été arrêté samedi soir à son domicile de Kourfa, puis conduit au commissariat central."),
    ("fr", "Le 3 mars à Tabandi, Issa Kone a été interpellé par la police, au grand dam de ses proches."),
    ("en", "A well-known dissident was detained in Kourfa on Tuesday after remarks critical of the transition."),
    ("en", "Police arrested Amadou Diallo, 48, at his home in Tabandi late on Sunday and seized his phone."),
])
def test_a_person_of_no_stated_kind_arrested_is_a_civilian(first_event, lang, text):
    e = first_event(text, lang)
    assert e.sub_event_type == "Arrests"
    assert e.target_category == "civilians"


@pytest.mark.parametrize("lang,text,category", [
    ("fr", "Quatre terroristes présumés ont été interpellés mardi par l'armée près de Tabandi.", "armed_group"),
    ("en", "Troops detained nine militants during a sweep around Kourfa on Friday, the army said.", "armed_group"),
    ("fr", "Deux gendarmes ont été arrêtés à Kourfa, soupçonnés d'avoir préparé un complot.", "security_forces"),
    # one fighter or leader, captured: the passive's subject
    ("fr", "Un chef jihadiste a été capturé mercredi par les forces spéciales près de Tabandi.", "armed_group"),
    ("en", "A senior militant commander was captured by soldiers near Kourfa on Wednesday.", "armed_group"),
])
def test_people_named_by_their_kind_keep_it(first_event, lang, text, category):
    e = first_event(text, lang)
    assert e.sub_event_type == "Arrests"
    assert e.target_category == category
