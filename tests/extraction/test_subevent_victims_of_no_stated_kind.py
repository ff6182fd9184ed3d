"""Who the dead are, for Attack against Armed clash (sentences written for these tests).

- "Civilian" as an adjective of an armed auxiliary ("civilian members of a self-defence militia", "civilian
  volunteers") names no civilians.
- People of no stated kind ("12 people dead") leave the side to the target when the attack is named as on
  soldiers, auxiliaries or an armed group; named as civilians, the victims make an attack whatever the target.
- Fighters named after "among whom"/"among which" are a subset of the victims, not their kind.
"""

import pytest


@pytest.mark.parametrize("lang,text,sub", [
    ("en", "Six civilian members of a self-defence militia died in an ambush near Djibo on Monday, local sources "
           "said.", "Armed clash"),
    ("en", "Six civilians died in an ambush on a bus near Djibo on Monday, local sources said.", "Attack"),
    ("en", "Militants attacked soldiers guarding a market near Dori on Monday; the attack left at least 12 people "
           "dead.", "Armed clash"),
    ("en", "Militants attacked soldiers guarding a market near Dori on Monday; the attack left at least 12 civilians "
           "dead.", "Attack"),
    ("en", "Gunmen killed 12 people in the village of Toulfe on Monday, residents said.", "Attack"),
    ("en", "Soldiers are accused of having executed some 40 civilians, among whom were a few armed herders, near "
           "Sofara on Monday.", "Attack"),
])
def test_the_kind_of_the_dead_and_the_target_decide_attack_or_clash(events, lang, text, sub):
    got = events(text, lang)
    assert got and got[0].sub_event_type == sub
