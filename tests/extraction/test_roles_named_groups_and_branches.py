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
