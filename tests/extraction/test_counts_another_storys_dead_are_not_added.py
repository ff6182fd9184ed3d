"""The dead of another side are added to an event's toll when the later sentence names that side ("Côté militaire",
"on the army side") or adds ("In addition", "En outre") while naming the event back ("in the attack"); an opener of
another story ("Moreover", "Furthermore", "De plus" with no word of this event, "Par ailleurs") adds nothing
(sentences written for these tests)."""

import pytest


@pytest.mark.parametrize("lang,text", [
    ("en", "Raiders shot dead 9 villagers on Friday at a camp near Tamba in the Mopti region. Moreover, four gendarmes were "
           "killed on Saturday when their patrol was ambushed outside Kolo."),
    ("en", "Raiders shot dead 9 villagers on Friday at a camp near Tamba in the Mopti region. Furthermore, four gendarmes "
           "lost their lives a month ago in a comparable raid close to Kolo."),
    ("fr", "Des assaillants ont abattu 9 villageois vendredi dans un campement près de Tamba, dans la région de Mopti. De "
           "plus, quatre gendarmes ont été tués le mois dernier près de Kolo."),
    ("en", "Raiders shot dead 9 villagers on Friday at a camp near Tamba in the Mopti region. In addition, four gendarmes "
           "were killed in the attack on the Kolo post last month."),
])
def test_the_dead_of_another_story_are_not_added(first_event, lang, text):
    assert first_event(text, lang).fatalities["best"] == 9


@pytest.mark.parametrize("lang,text", [
    ("en", "Raiders shot dead 9 villagers on Friday at a camp near Tamba in the Mopti region. In addition, four gendarmes "
           "were killed in the attack."),
    ("fr", "Des assaillants ont abattu 9 villageois vendredi dans un campement près de Tamba, dans la région de Mopti. "
           "Côté militaire, quatre gendarmes ont été tués."),
    ("fr", "Des assaillants ont abattu 9 villageois vendredi dans un campement près de Tamba, dans la région de Mopti. "
           "En outre, quatre gendarmes y ont également perdu la vie."),
])
def test_the_dead_of_another_side_of_the_same_event_are_added(first_event, lang, text):
    assert first_event(text, lang).fatalities["best"] == 13
