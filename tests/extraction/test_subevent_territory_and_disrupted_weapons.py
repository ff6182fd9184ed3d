"""Sub-event types of territory taken and of weapons stopped before use (sentences written for these tests).

- A town taken by the state or its allies is regained territory (ACLED's Government regains territory) whatever
  the verb: "took control of" said of the army is no non-state takeover. A taking told after a sentence of
  fighting with no death stands; a taking by rebels stays their takeover.
"""

import pytest


@pytest.mark.parametrize("lang,text,sub", [
    ("en", "Malian troops took control of the town of Ber on Sunday after the rebels left it.",
     "Government regains territory"),
    ("fr", "Les FAMa ont pris le contrôle de la localité de Léré samedi matin.", "Government regains territory"),
    ("en", "Fighting went on near Ber between the army and the rebel coalition on Saturday. On Sunday, the army "
           "said its soldiers had taken control of the town.", "Government regains territory"),
    ("en", "Rebels of the coalition took control of the town of Ber on Sunday after the army withdrew.",
     "Non-state actor overtakes territory"),
    ("en", "Fighting between the army and the rebels near Ber killed twelve soldiers on Saturday. On Sunday, the "
           "army said it had taken control of the town.", "Armed clash"),
])
def test_the_side_that_takes_a_town_decides_its_type(first_event, lang, text, sub):
    assert first_event(text, lang).sub_event_type == sub
