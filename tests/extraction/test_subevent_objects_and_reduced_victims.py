"""Sub-event types read from what an act is done to (sentences written for these tests).

- An explosive device made safe ("neutralised an IED", "neutralisé un engin explosif") is no killing and no
  fight: the event is the device's disruption (ACLED's Disrupted weapons use).
- Livestock or goods driven off in a raid with no one hurt is looting; a bridge or a mast blown up is an
  explosive's work.
- Victims named as civilians right before a participle of killing ("40 civils, dont des femmes, tués ...",
  "civilians killed on Sunday") are the killing's victims, whoever is named after it; an active verb
  ("militiamen killed at least 32 civilians") keeps its subject as the killer.
"""

import pytest


@pytest.mark.parametrize("lang,text,sub", [
    ("en", "Engineers of the army neutralised an explosive device on the road to Hombori on Monday.",
     "Disrupted weapons use"),
    ("fr", "Mardi, les soldats ont neutralisé deux engins explosifs sur la route de Boni.",
     "Disrupted weapons use"),
    ("fr", "Les FAMa ont neutralisé mardi une dizaine de terroristes près de Boni.", "Armed clash"),
    ("en", "Gunmen raided a livestock market near Ayorou on Tuesday and made off with some 300 cattle.",
     "Looting/property destruction"),
    ("en", "Militants blew up a telephone mast outside Arbinda on Thursday.", "Remote explosive/landmine/IED"),
    ("fr", "Une ONG a recensé 40 civils, dont des femmes, tués dimanche à Sona par des hommes en tenue militaire.",
     "Attack"),
    ("en", "Dozo militiamen stormed the village of Kobou on Monday and killed at least 32 civilians.", "Attack"),
])
def test_the_object_of_an_act_decides_its_type(first_event, lang, text, sub):
    assert first_event(text, lang).sub_event_type == sub
