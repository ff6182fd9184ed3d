"""Who the unnamed attackers are when the report names their group elsewhere, a claim when no perpetrator is named,
and the local branch a parent organisation stands for in an undated report (sentences written for these tests)."""

import pytest

from sahelwatch.extraction.actors import undated_id

UNIDENTIFIED = "Unidentified armed group"


@pytest.mark.parametrize("lang,text,want", [
    ("fr", "Samedi, de présumés jihadistes ont incendié les entrepôts d'une entreprise près de Kayes. Selon un ouvrier, "
           "les jihadistes du Groupe de soutien à l'islam et aux musulmans cherchaient des otages.", "jnim"),
    ("en", "Gunmen stormed a market near Ayorou on Friday, killing nine traders. Residents said the gunmen of the "
           "Islamic State West Africa Province had come on motorbikes.", "iswap"),
])
def test_unnamed_attackers_are_the_group_a_description_names(first_event, lang, text, want):
    e = first_event(text, lang)
    assert e.perpetrator.canonical_id == want


@pytest.mark.parametrize("lang,text", [
    ("en", "Militants overran an army base near Djibo on Sunday, killing 20 soldiers. JNIM claimed responsibility for "
           "the assault, according to a monitoring group."),
    ("fr", "Un camp militaire a été pris d'assaut dimanche près de Djibo et 20 soldats ont été tués. Le JNIM a "
           "revendiqué l'attaque dans un communiqué."),
])
def test_a_claim_names_the_perpetrator_when_the_report_names_none(first_event, lang, text):
    e = first_event(text, lang)
    assert e.perpetrator.canonical_id == "jnim"
    assert e.attribution == "claimed"


@pytest.mark.parametrize("lang,text", [
    ("en", "The Red Cross claims that two of its drivers were kidnapped near Gao on Monday."),
])
def test_a_claim_by_no_armed_group_names_no_perpetrator(first_event, lang, text):
    e = first_event(text, lang)
    assert e.perpetrator.name == UNIDENTIFIED


def test_an_undated_parent_is_its_local_branch_when_its_branches_there_are_one_group():
    # in Mali and Burkina Faso the Islamic State's branch is ISGS, renamed the Sahel Province: one group
    assert undated_id("islamic_state", "Mali") == "is_sahel"
    assert undated_id("islamic_state", "Burkina Faso") == "is_sahel"
    # in Niger it is the Sahel Province or ISWAP, and al-Qaeda in Mali AQIM or JNIM by date: no single branch
    assert undated_id("islamic_state", "Niger") == "islamic_state"
    assert undated_id("al_qaeda", "Mali") == "al_qaeda"
    assert undated_id("islamic_state", None) == "islamic_state"
    assert undated_id("jnim", "Mali") == "jnim"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Des combattants de l'État islamique ont tué huit villageois près de Ménaka, selon des élus locaux."),
    ("en", "Islamic State fighters killed eight villagers near Menaka, local officials said."),
])
def test_an_undated_report_of_the_islamic_state_in_mali_names_its_sahel_branch(first_event, lang, text):
    e = first_event(text, lang, None)
    assert e.event_date is None
    assert e.perpetrator.canonical_id == "is_sahel"


@pytest.mark.parametrize("lang,text", [
    ("en", "Soldiers and allied volunteer militias massacred herders near Nouna on Tuesday, a rights group said."),
    ("en", "The army and allied militias \"tortured and killed\" villagers near Nouna on Tuesday, residents said."),
    ("fr", "Des soldats ont \"exécuté\" des villageois lundi près de Nouna, selon des habitants."),
])
def test_a_bare_plural_after_the_killing_verb_is_the_victims_category(first_event, lang, text):
    e = first_event(text, lang)
    assert e.target_category == "civilians"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Jeudi, une attaque kamikaze des jihadistes de la katiba Macina contre le camp de Sévaré a été contenue par "
           "les FAMa, qui ont perdu deux hommes."),
    ("fr", "Une attaque de terroristes de l'EIGS contre le poste de Tessit a été déjouée par les FAMa mardi."),
])
def test_forces_that_contained_an_attack_are_its_target(first_event, lang, text):
    e = first_event(text, lang)
    assert e.perpetrator is not None and e.perpetrator.canonical_id not in ("fama", "mali_army")
    assert any(a.role == "target" and a.name in ("FAMa", "Military Forces of Mali") for a in e.actors)
    assert e.target_category == "security_forces"


@pytest.mark.parametrize("lang,text,want", [
    ("en", "Islamic State fighters stormed a gendarmerie post near Diffa on Tuesday, killing three gendarmes.", "iswap"),
    ("fr", "Des combattants de l'État islamique ont attaqué mardi un poste de gendarmerie près de Diffa, tuant trois "
           "gendarmes.", "iswap"),
    ("en", "Islamic State fighters stormed a gendarmerie post near Ouallam on Tuesday, killing three gendarmes.", "is_sahel"),
    ("fr", "Des combattants de l'État islamique ont attaqué mardi un poste de gendarmerie près d'Ouallam, tuant trois "
           "gendarmes.", "is_sahel"),
])
def test_the_islamic_state_in_niger_is_iswap_by_lake_chad_and_its_sahel_branch_elsewhere(first_event, lang, text, want):
    assert first_event(text, lang).perpetrator.canonical_id == want


def test_an_undated_event_goes_by_the_branch_of_its_reports_day():
    from sahelwatch.extraction.actors import event_actor_id

    # no event date: the publication date picks al-Qaeda's branch in Mali (JNIM after the 2017 merger)
    assert event_actor_id("al-Qaeda", "al_qaeda", None, "Mali", None, "2023-05-02") == "jnim"
    assert event_actor_id("al-Qaeda", "al_qaeda", None, "Mali", None, "2012-05-02") == "aqim"
    assert event_actor_id("al-Qaeda", "al_qaeda", None, "Mali") == "al_qaeda"


def test_a_states_operation_is_its_forces_with_or_without_a_date():
    from sahelwatch.extraction.actors import event_actor_id

    assert event_actor_id("Barkhane", "barkhane", None, "Mali") == "french_forces"
    assert event_actor_id("Barkhane", "barkhane", "2020-01-09", "Mali") == "french_forces"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Trois soldats ont été tués mardi dans une attaque contre un poste près de Kolo. C'est la deuxième attaque "
           "en une semaine dans la zone, après une autre menée vendredi par l'EIGS près de la frontière."),
    ("en", "Three soldiers were killed on Tuesday in an attack on a post near Kolo. It was the second attack in a week "
           "in the area, after another one carried out on Friday by ISGS near the border."),
])
def test_a_group_named_as_the_doer_of_another_attack_is_not_this_ones(first_event, lang, text):
    e = first_event(text, lang)
    assert e.perpetrator.canonical_id == "unidentified_armed_group"
