"""A report that tells, after its event, another act at another place or on another day as news codes that act as an
event of its own, and leaves the first event its sentences, its toll and its day: an attack of the days before told
in its own sentence with its own dead, "une autre attaque" at a village of its own, a reply told on another day, a
second place hit "also" in an attack of its own, one of several acts a lead announced named by its rank or as the
others ("la seconde attaque", "two other attacks"), "une autre" standing for an act's noun, an act told on another day
by its distance from the event ("le lendemain", "the next day") at a new place or as a new act. The same attack told
again (its dead counted again, the attackers' losses in the fight, its place named only later, its claim or later
toll, its doers or its night told again, its funerals, condemnation or pursuit told the next day, its wounded who died
or its bodies found days later, the event ranked among a span's acts: "the third attack this year") and an act of
another month or year or an anniversary (history) open no event, nor does a sentence back to an event opened before;
a second event told with no day of its own takes the event's (sentences written for these tests; the texts are
published on Wednesday 12 June 2024)."""

import pytest


@pytest.mark.parametrize("lang,text,first,second", [
    # an earlier attack of the same week, told with its own day, place and dead
    ("en", "Gunmen killed nine villagers in Titao on Monday, a local official said. On Saturday, militants attacked a "
           "gendarmerie post in Sebba, killing four gendarmes.",
     (9, "2024-06-10"), (4, "2024-06-08")),
    ("fr", "Des hommes armés ont tué neuf villageois lundi à Titao, selon un élu local. Samedi, des jihadistes ont "
           "attaqué un poste de gendarmerie à Sebba, tuant quatre gendarmes.",
     (9, "2024-06-10"), (4, "2024-06-08")),
    # another attack named by its own noun, at a village of its own, the same day
    ("fr", "Des hommes armés ont tué six civils lundi à Titao, selon une source locale. Une autre attaque a visé le "
           "village de Sebba, faisant trois morts.",
     (6, "2024-06-10"), (3, "2024-06-10")),
    ("en", "Gunmen killed six civilians in Titao on Monday, a local source said. Another attack hit the village of "
           "Sebba, leaving three dead.",
     (6, "2024-06-10"), (3, "2024-06-10")),
    # the reply, told on the next day
    ("fr", "Des jihadistes ont tué huit soldats dimanche dans une embuscade près d'Ansongo. En représailles, l'aviation "
           "a frappé lundi leurs positions, tuant une vingtaine de combattants.",
     (8, "2024-06-09"), (20, "2024-06-10")),
    ("en", "Jihadists killed eight soldiers in an ambush near Ansongo on Sunday. In retaliation, the air force struck "
           "their positions on Monday, killing about twenty fighters.",
     (8, "2024-06-09"), (20, "2024-06-10")),
    # a second place hit the same day, "also", in an attack of its own
    ("en", "Jihadists killed twelve soldiers in an ambush near Kantchari on Tuesday, the army said. Three volunteers "
           "were also killed in an attack on the village of Titao, it added.",
     (12, "2024-06-11"), (3, "2024-06-11")),
    ("fr", "Des jihadistes ont tué douze soldats mardi dans une embuscade près de Kantchari, selon l'armée. Trois "
           "volontaires ont également été tués dans une attaque contre le village de Titao, a-t-elle ajouté.",
     (12, "2024-06-11"), (3, "2024-06-11")),
    # a second blast told with no day of its own: the event's day, not the publication's
    ("fr", "Une mine a tué cinq soldats lundi près de Tessit. Une seconde explosion a frappé le convoi peu après près "
           "de Labbezanga, tuant trois autres soldats.",
     (5, "2024-06-10"), (3, "2024-06-10")),
    ("en", "A mine killed five soldiers near Tessit on Monday. A second blast hit the convoy shortly afterwards near "
           "Labbezanga, killing three more soldiers.",
     (5, "2024-06-10"), (3, "2024-06-10")),
    # an attack of the week before, dated by its own full day (not background, though dated before the event)
    ("en", "Gunmen killed eleven villagers in Titao on Monday. On 1 June, militants raided a post in Sebba, killing "
           "three gendarmes.",
     (11, "2024-06-10"), (3, "2024-06-01")),
    ("fr", "Des hommes armés ont tué onze villageois lundi à Titao. Le 1er juin, des jihadistes ont attaqué un poste à "
           "Sebba, tuant trois gendarmes.",
     (11, "2024-06-10"), (3, "2024-06-01")),
])
def test_another_act_at_another_place_or_day_is_an_event_of_its_own(events, lang, text, first, second):
    got = events(text, lang)
    assert len(got) == 2
    assert got[0].sentence_span[0] == 0  # the main event keeps the text's first sentence
    assert (got[0].fatalities["best"], got[0].event_date) == first
    assert (got[1].fatalities["best"], got[1].event_date) == second


@pytest.mark.parametrize("lang,text,dead", [
    # the attackers' losses in the same fight, "in response"
    ("en", "Militants killed five soldiers in an attack on a post near Kantchari on Tuesday. In response, the troops "
           "neutralised at least fifteen of the attackers, the army said.", None),
    ("fr", "Des jihadistes ont tué cinq soldats mardi lors d'une attaque contre un poste près de Kantchari. En "
           "réponse, les militaires ont neutralisé au moins quinze assaillants, selon l'armée.", None),
    # the event's dead counted again where its place is first named
    ("en", "Nine villagers were killed in northern Burkina Faso, officials said on Tuesday. Gunmen attacked the "
           "village of Titao on Monday, killing nine people.", 9),
    # another attack of another month: history beside the news
    ("fr", "Des hommes armés ont tué six civils lundi à Titao. Cette attaque survient après une autre attaque en "
           "mars, où dix soldats avaient été tués à Sebba.", 6),
    ("en", "Gunmen killed six civilians in Titao on Monday. Another attack in March had left ten soldiers dead in "
           "Sebba.", 6),
    ("en", "Gunmen killed six civilians in Titao on Monday. Another attack in April killed ten soldiers in Sebba.", 6),
    ("fr", "Des hommes armés ont tué six civils lundi à Titao. Une autre attaque en avril a tué dix soldats à Sebba.", 6),
    ("en", "Gunmen killed six civilians in Titao on Monday. Another attack killed ten soldiers in Sebba in late May.", 6),
    ("fr", "Des hommes armés ont tué six civils lundi à Titao. Une autre attaque a tué dix soldats à Sebba fin mai.", 6),
    # another attack of an earlier year, dated by its full day: history, whether the event's day is known or not
    # (then measured from the publication day)
    ("en", "Gunmen killed seven civilians in Tin-Akoff on Monday. Another attack on 5 April 2022 had left fifteen "
           "soldiers dead in Markoye.", 7),
    ("fr", "Des hommes armés ont tué sept civils lundi à Tin-Akoff. Une autre attaque, le 5 avril 2022, avait fait "
           "quinze morts à Markoye.", 7),
    ("en", "Gunmen have killed seven villagers in Tin-Akoff, residents said. On 5 April 2022, another attack killed "
           "eighteen soldiers in Markoye.", 7),
    ("fr", "Six éleveurs ont été tués lors d'une attaque près de Tin-Akoff, selon des habitants. Le 5 avril 2022, une "
           "autre attaque avait tué dix-huit soldats à Markoye.", 6),
    # an anniversary: history, though the date reader gives it no day
    ("fr", "Des hommes armés ont tué sept civils lundi à Tin-Akoff. Il y a un an jour pour jour, une autre attaque "
           "avait fait quinze morts parmi les soldats à Markoye.", 7),
    ("en", "Gunmen killed seven civilians in Tin-Akoff on Monday. A year ago to the day, another attack killed "
           "fifteen soldiers in Markoye.", 7),
    # a night across two days: the raid named back on its first evening, with no dead of its own, is the event's
    ("en", "Gunmen raided the village of Titao overnight from Sunday to Monday, killing seven people. The raid started "
           "late on Sunday and the gunmen set fire to shops in Sebba before leaving on Monday morning.", 7),
    ("fr", "Des hommes armés ont tué sept personnes lundi à Titao. L'attaque avait commencé samedi et les assaillants "
           "ont brûlé des boutiques à Sebba.", 7),
    # the same raid's doers named back on its first day elsewhere, with no dead of their own; or the event named back
    # with dead elsewhere on its first day
    ("en", "Gunmen killed seven people in Titao on Monday. On Saturday, the gunmen burned shops in Sebba on their way.",
     7),
    ("en", "Gunmen killed seven people in Titao on Monday. The attack had begun on Saturday, and two guards were killed "
           "in Sebba.", None),
    ("fr", "Des hommes armés ont tué sept personnes lundi à Titao. L'attaque avait commencé samedi, et deux gardiens ont "
           "été tués à Sebba.", None),
    # the event's own later toll or claim, told on a day of its own at a place of its own
    ("en", "Gunmen killed nine villagers in Titao on Saturday. On Monday, the toll of the attack rose to eleven, a "
           "nurse in Sebba said.", None),
    ("fr", "Des hommes armés ont tué neuf villageois samedi à Titao. Lundi, le bilan de l'attaque est passé à onze "
           "morts, selon un infirmier de Sebba.", None),
    ("en", "Gunmen killed nine villagers in Titao on Saturday. On Monday, JNIM claimed another attack in Sebba.", 9),
    ("fr", "Des hommes armés ont tué neuf villageois samedi à Titao. Lundi, le JNIM a revendiqué une autre attaque à "
           "Sebba.", 9),
    # the event's wounded who died the next day elsewhere: a death, no act of its own
    ("en", "Jihadists killed eight soldiers in an ambush near Ansongo on Sunday. Two of the wounded died on Monday in "
           "a hospital in Gao.", None),
    ("fr", "Des jihadistes ont tué huit soldats dimanche dans une embuscade près d'Ansongo. Deux des blessés sont morts "
           "lundi à l'hôpital de Gao.", None),
    # the next day at the same place, no dead of its own: the same raid's damage
    ("en", "Gunmen attacked the market of Titao on Sunday, killing four traders. On Monday, gunmen burned shops in "
           "Titao.", 4),
    ("fr", "Des hommes armés ont attaqué le marché de Titao dimanche, tuant quatre commerçants. Lundi, des hommes armés "
           "ont incendié des boutiques à Titao.", 4),
    ("en", "Gunmen attacked the market of Titao on Sunday, killing four traders. On Monday, the gunmen killed two "
           "herders in Titao before leaving.", None),
    ("fr", "Des hommes armés ont attaqué le marché de Titao dimanche, tuant quatre commerçants. Lundi, les assaillants "
           "ont tué deux bergers à Titao avant de repartir.", None),
    # a reply told on its own day with no dead of its own, or at a new place with no dead and no day of its own
    ("en", "Jihadists killed eight soldiers near Ansongo on Sunday. In response, the army said on Tuesday that it had "
           "launched an operation in the area.", 8),
    ("fr", "Des jihadistes ont tué huit soldats dimanche près d'Ansongo. En réponse, l'armée a lancé mardi une "
           "opération dans la zone.", 8),
    ("en", "Jihadists killed eight soldiers near Ansongo on Sunday. In response, the air force struck their positions "
           "near Gao.", None),
    ("fr", "Des jihadistes ont tué huit soldats dimanche près d'Ansongo. En représailles, l'aviation a frappé leurs "
           "positions près de Gao.", None),
    # dead told "also" at a place of the same fight, in no attack of their own
    ("en", "Jihadists killed twelve soldiers near Kantchari on Tuesday. Three volunteers were also killed in Titao, "
           "the army added.", None),
    ("fr", "Des jihadistes ont tué douze soldats mardi près de Kantchari. Trois volontaires ont également été tués à "
           "Titao, a ajouté l'armée.", None),
    ("en", "Jihadists killed twelve soldiers near Kantchari on Tuesday. The attackers also burned two trucks in Titao, "
           "killing three drivers.", None),
    ("fr", "Des jihadistes ont tué douze soldats mardi près de Kantchari. Les assaillants ont aussi incendié deux "
           "camions à Titao, tuant trois chauffeurs.", None),
    # the event's dead counted again "also in an attack" where its place is first named
    ("en", "Gunmen killed nine villagers in northern Burkina Faso on Monday, officials said. Nine people were also "
           "killed in an attack on the village of Sebba, a resident said.", None),
    ("fr", "Des hommes armés ont tué neuf villageois lundi dans le nord du Burkina Faso, selon des élus. Neuf "
           "personnes ont aussi été tuées lors d'une attaque contre le village de Sebba, selon un habitant.", 9),
    # the event named again by its rank
    ("fr", "Des hommes armés ont tué six civils lundi à Titao. C'est la deuxième attaque en une semaine contre un "
           "village de la commune de Sebba.", None),
    ("en", "Gunmen killed six civilians in Titao on Monday. This is the second attack in a week on a village of the "
           "Sebba district.", None),
    # the event's doers named back on another day
    ("en", "Gunmen killed seven people in Titao on Monday. The next day, the gunmen burned granaries in Sebba as they "
           "withdrew.", None),
    ("fr", "Des hommes armés ont tué sept personnes lundi à Titao. Le lendemain, les assaillants ont brûlé des greniers "
           "à Sebba en se retirant.", None),
    # the first of the acts announced is the event's own
    ("en", "Two attacks hit the north on Tuesday, local sources said. The first attack targeted a post in Titao, "
           "killing five soldiers.", None),
    # on a later day told by its distance, the event named back: its funerals, a pursuit of its doers, its
    # condemnation (a cowardly attack: the event named by an indefinite noun, no act of its own)
    ("fr", "Des jihadistes ont tué six gendarmes samedi près de Markoye. Le lendemain, les gendarmes tués dans "
           "l'embuscade ont été inhumés à Dori.", 6),
    ("en", "Jihadists killed six gendarmes near Markoye on Saturday. The next day, the gendarmes who died in the "
           "ambush were buried in Dori.", None),
    ("en", "Gunmen killed four traders near Tessit on Tuesday. The following day, troops combed the area around "
           "Ansongo to find those responsible for the raid.", 4),
    ("fr", "Des hommes armés ont tué quatre commerçants mardi près de Tessit. Le lendemain, des soldats ont fouillé "
           "les environs d'Ansongo à la recherche des auteurs de l'attaque.", 4),
    ("fr", "Des hommes armés ont attaqué mardi un marché près de Tessit, tuant quatre commerçants. Le lendemain à Gao, "
           "les autorités ont condamné une attaque lâche contre des civils.", 4),
    ("en", "Gunmen attacked a market near Tessit on Tuesday, killing four traders. The next day in Gao, the "
           "authorities condemned a cowardly attack on civilians.", 4),
    # the event's wounded who died days later, its bodies found days later elsewhere: its toll grows
    ("en", "Militants ambushed a convoy near Tessit on Sunday, killing six soldiers. Three of the wounded died on "
           "Wednesday at the hospital in Gao.", None),
    ("fr", "Des jihadistes ont tendu dimanche une embuscade à un convoi près de Tessit, tuant six soldats. Trois "
           "blessés ont succombé mercredi à l'hôpital de Gao.", None),
    ("en", "Militants ambushed a convoy near Tessit on Sunday, killing six soldiers. The bodies of two more soldiers "
           "were recovered near Ansongo on Wednesday.", None),
    ("fr", "Des jihadistes ont tendu dimanche une embuscade à un convoi près de Tessit, tuant six soldats. Les corps de "
           "deux autres soldats ont été découverts mercredi près d'Ansongo.", None),
    # the event ranked among the acts of a span ("the third attack this year"), after a verb that names it as it
    ("en", "Militants ambushed a convoy near Tessit on Sunday, killing six soldiers. The ambush marks the third attack "
           "on the Ansongo area this year.", 6),
    ("fr", "Des jihadistes ont tendu dimanche une embuscade à un convoi près de Tessit, tuant six soldats. Cette "
           "embuscade constitue la troisième attaque contre la zone d'Ansongo depuis janvier.", 6),
])
def test_the_same_attack_told_again_or_history_opens_no_event(events, lang, text, dead):
    got = events(text, lang)
    assert len(got) == 1
    if dead is not None:  # (how the fight's dead are summed is the counts' rule, not this one's)
        assert got[0].fatalities["best"] == dead


@pytest.mark.parametrize("lang,text", [
    ("en", "Gunmen killed eleven villagers in Titao on Monday. On Saturday, militants raided a post in Sebba, killing "
           "three gendarmes. The Monday raiders in Titao also burned the granaries, the prefect said."),
    ("en", "Gunmen killed eleven villagers in Titao on Monday. On Saturday, militants raided a post in Sebba, killing "
           "three gendarmes. The Monday raiders in Titao also killed two guards, the prefect said."),
    ("fr", "Des hommes armés ont tué onze villageois lundi à Titao. Samedi, des jihadistes ont attaqué un poste à "
           "Sebba, tuant trois gendarmes. À Titao lundi, les assaillants ont aussi brûlé les greniers, selon le préfet."),
    ("fr", "Des hommes armés ont tué onze villageois lundi à Titao. Samedi, des jihadistes ont attaqué un poste à "
           "Sebba, tuant trois gendarmes. À Titao lundi, les assaillants ont aussi tué deux gardiens, selon le préfet."),
])
def test_a_sentence_back_to_an_earlier_event_opens_no_third(events, lang, text):
    """After a second event opens, a sentence told on the first event's day at its place is measured against every
    event opened, not the last alone: it is no other place and no other day, and opens no third event."""
    got = events(text, lang)
    assert [e.event_date for e in got] == ["2024-06-10", "2024-06-08"]
    assert got[1].fatalities["best"] == 3


@pytest.mark.parametrize("lang,text,dead", [
    # one of several acts a lead announced, named by its rank, at a place of its own
    ("fr", "Deux attaques ont frappé mardi le nord du pays, selon des sources locales. La première a visé un poste à "
           "Titao, tuant cinq soldats. La seconde attaque a frappé Sebba, où trois civils ont été tués.", 3),
    ("en", "Two attacks hit the north of the country on Tuesday, local sources said. The first targeted a post in "
           "Titao, killing five soldiers. The second attack hit Sebba, where three civilians were killed.",
     3),
    # the others of several acts
    ("fr", "Des jihadistes ont attaqué mardi le village de Titao, tuant six civils. Deux autres attaques ont ensuite "
           "frappé Sebba, faisant quatre morts.", 4),
    ("en", "Jihadists attacked the village of Titao on Tuesday, killing six civilians. Two other attacks then hit "
           "Sebba, killing four people.", 4),
    # "une autre" standing for the act's noun
    ("fr", "Des hommes armés ont tué deux bergers mardi à Titao. Cette attaque suit une autre qui a visé le poste de "
           "Sebba, tuant un gendarme.", 1),
    # another day told by its distance from the event's, at a new place or by a new act's noun
    ("fr", "Des hommes armés ont attaqué lundi un poste de gendarmerie à Titao, tuant sept gendarmes. Le lendemain, "
           "des jihadistes ont attaqué une école à Sebba.", None),
    ("en", "Gunmen attacked a gendarmerie post in Titao on Monday, killing seven gendarmes. The next day, militants "
           "attacked a school in Sebba.", None),
    ("fr", "Des hommes armés ont tué sept personnes lundi à Titao et à Sebba. Le lendemain, une nouvelle attaque a "
           "visé un convoi près de Sebba.", None),
    # doers named anew beside the event named back ("the day after the attack", its funerals as the scene), and
    # another act the event came the day after
    ("en", "Militants killed nine soldiers near Tessit on Monday. The day after the attack, as families buried the "
           "soldiers, gunmen killed three herders near Ansongo.", 3),
    ("fr", "Des jihadistes ont tué neuf soldats lundi près de Tessit. Au lendemain de l'attaque, alors que les familles "
           "enterraient les soldats, des hommes armés ont tué trois bergers près d'Ansongo.", 3),
    ("fr", "Des jihadistes ont tué neuf soldats lundi près de Tessit. Cette embuscade a eu lieu au lendemain d'une "
           "autre qui avait tué deux douaniers près d'Ansongo.", None),
    # the day before, "also", at a new place, with no dead of its own
    ("en", "Shells hit the camp in Gao on Sunday without casualties, the mission said. On Saturday, the camp in "
           "Tessit also came under mortar fire.", 0),
    ("fr", "Des obus ont touché dimanche le camp de Gao sans faire de victimes, selon la mission. Samedi, la base de "
           "Tessit a aussi été visée par des tirs de mortier.", 0),
    # dead of the days before told alone, with their own day, well apart from the event's
    ("en", "Jihadists killed nine soldiers near Kantchari on Monday. Last Thursday, four civilians were killed near "
           "Titao.", 4),
    ("fr", "Des jihadistes ont tué neuf soldats lundi près de Kantchari. Jeudi dernier, quatre civils ont été tués "
           "près de Titao.", 4),
])
def test_an_act_by_its_rank_or_its_distance_is_an_event_of_its_own(events, lang, text, dead):
    got = events(text, lang)
    assert len(got) == 2
    assert got[0].sentence_span[0] == 0  # the main event keeps the text's first sentence
    if dead is not None:
        assert got[1].fatalities["best"] == dead
