"""Claims and names: a group's name in any of its Latin spellings, a claim in the present tense or in the
group's own statement, a claim denied ("not claimed by any group"), and an agent after "by"/"par" that never
reaches across a comma (sentences written for these tests)."""

import pytest

from sahelwatch.extraction.actors import default_matcher, spelling_variants

UNIDENTIFIED = "Unidentified armed group"


@pytest.mark.parametrize("written,want", [
    ("Jama'a Nusrat al-Islam wa al-Muslimin", "jnim"),
    ("Jamaat Nusrat el-Islam wal Muslimin", "jnim"),
    ("la Katiba de Macina", "katiba_macina"),
])
def test_a_group_is_found_under_another_latin_spelling_of_its_name(written, want):
    found = default_matcher().find(f"Un porte-parole de {written} a parlé hier.")
    assert [m.canonical_id for m in found] == [want]


def test_spelling_variants_keep_the_name_as_written():
    assert "katiba du macina" in spelling_variants("Katiba du Macina")
    assert "jama'at nusrat ul-islam wal-muslimin" in spelling_variants("Jama'at Nusrat ul-Islam wal-Muslimin")


def test_a_claim_in_the_present_tense_names_the_perpetrator(first_event):
    e = first_event("Le GSIM revendique l'attaque de lundi contre un poste militaire près de Léré, où quatre soldats "
                    "ont été tués.", "fr")
    assert e.perpetrator.canonical_id == "jnim"


def test_a_groups_own_statement_about_the_operation_names_it(first_event):
    text = ("Quatre soldats ont été tués lundi près de Léré lors d'une attaque contre un poste militaire. "
            "Dans un communiqué diffusé mardi, le GSIM détaille l'opération et le butin emporté.")
    assert first_event(text, "fr").perpetrator.canonical_id == "jnim"


def test_a_denied_claim_names_no_group(first_event):
    text = ("Gunmen killed eleven traders at a cattle market near Seytenga on Sunday. The killings were not claimed by "
            "any group, but JNIM fighters are known to move through the area.")
    assert first_event(text, "en").perpetrator.name == UNIDENTIFIED


def test_the_agent_after_par_stops_at_a_comma(first_event):
    text = ("Le GSIM a attaqué lundi un poste militaire près de Léré, tuant quatre soldats. Contactée par un journaliste, "
            "l'armée malienne n'a pas donné de bilan.")
    assert first_event(text, "fr").perpetrator.canonical_id == "jnim"
