"""A name of places in two of the three countries a text names is read in the text's own country (the one it names
most, its event's): a report on Niger that names Burkina Faso and Mali only in its background places a village
that both Niger and Burkina Faso have in Niger, and a report on Burkina Faso in Burkina Faso. Sentences written for
these tests (Tallé: villages of that name in Burkina Faso's Nord and in Niger)."""

import pytest


@pytest.mark.parametrize("text,lang", [
    ("Six Nigerien soldiers were killed on Monday in an ambush near Tallé, Niger's army said. The insurgency reached "
     "Niger from Mali and Burkina Faso years ago.", "en"),
    ("Six soldats nigériens ont été tués lundi dans une embuscade près de Tallé, a annoncé l'armée du Niger. Les "
     "groupes armés sont venus du Mali et du Burkina Faso il y a plusieurs années.", "fr"),
])
def test_a_report_on_niger_reads_the_village_in_niger(first_event, text, lang):
    assert first_event(text, lang).location["country"] == "Niger"


def test_a_report_on_burkina_faso_reads_the_village_in_burkina_faso(first_event):
    loc = first_event("Burkinabe soldiers repelled an attack on Tallé on Sunday, Burkina Faso's army said; the group "
                      "is also active in Niger and Mali, and Burkina Faso's army says it killed twenty fighters.",
                      "en").location
    assert (loc["country"], loc["admin1"]) == ("Burkina Faso", "Nord")
