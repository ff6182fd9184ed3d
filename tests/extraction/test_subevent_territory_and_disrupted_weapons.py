"""Sub-event types of territory taken, weapons stopped before use and crowds fired on (sentences written for these tests).

- A town taken by the state or its allies is regained territory (ACLED's Government regains territory) whatever
  the verb: "took control of" said of the army is no non-state takeover. A taking told after a sentence of
  fighting with no death stands; a taking by rebels stays their takeover.
- A device defused or made safe, a cache of arms found, weapons seized or an attack foiled, with no one killed
  and no fight, is ACLED's Disrupted weapons use (a strategic development); a device that went off and killed
  stays remote violence (so does one that wounded), a raid whose fight is told stays a clash, and arms seized by
  attackers who are not the state are no disruption.
- The crowd of a gathering fired on ("ouvert le feu sur la foule lors d'un rassemblement") is the target of an attack,
  like the gathering itself; a crowd of demonstrators fired on stays a protest met with force.
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


@pytest.mark.parametrize("lang,text,sub", [
    ("en", "Army engineers defused a roadside bomb on the Gao road on Wednesday morning.", "Disrupted weapons use"),
    ("en", "French troops discovered two rockets and a launcher in a camp north of Menaka on Friday.",
     "Disrupted weapons use"),
    ("fr", "Une patrouille a désamorcé jeudi une mine artisanale près de Douentza.", "Disrupted weapons use"),
    ("fr", "Lundi, les militaires ont découvert dans une grotte près de Hombori une cache d'armes et d'engins explosifs.",
     "Disrupted weapons use"),
    ("en", "A roadside bomb killed three soldiers near Gao on Wednesday while engineers were clearing the road.",
     "Remote explosive/landmine/IED"),
    ("fr", "Quatre soldats ont été tués par une mine près de Boni, alors qu'ils allaient désamorcer un engin.",
     "Remote explosive/landmine/IED"),
    ("en", "Soldiers fought the militants for an hour near Nampala on Monday and seized their weapons.",
     "Armed clash"),
    ("en", "A soldier was wounded on Friday when his truck hit a device, though it is not clear if it was a mine.",
     "Remote explosive/landmine/IED"),
    ("en", "Militants attacked a convoy of the militia near Anderamboukane on Sunday and seized arms and a "
           "pickup before escaping.", "Armed clash"),
])
def test_a_weapon_stopped_before_use_is_disrupted(first_event, lang, text, sub):
    event = first_event(text, lang)
    assert event.sub_event_type == sub
    assert (event.event_type == "Strategic developments") == (sub == "Disrupted weapons use")


@pytest.mark.parametrize("lang,text,sub", [
    ("fr", "Des hommes armés ont ouvert le feu sur la foule lors d'un rassemblement à Tessit mardi, tuant six civils.",
     "Attack"),
    ("fr", "Les policiers ont tiré à balles réelles sur la foule des manifestants à Kati mardi, tuant deux jeunes.",
     "Excessive force against protesters"),
])
def test_a_crowd_fired_on_at_a_gathering_is_the_target_not_a_protest(first_event, lang, text, sub):
    assert first_event(text, lang).sub_event_type == sub
