"""A first-level unit named with its title and type ("l'État de Katsina", "Zamfara State", "la région de Tillabéri",
"la province du Soum"), often as the unit of the official or the police who tell the event: it gives the event's
admin1 when no finer place is told, and stands aside for the town when one is told (the town's own units, whether or
not it lies in that unit). French names a Nigerian state by the word before it ("l'État de Zamfara"), which is read
only for a country whose units are states ("l'État du Niger" of a head of state is the country, no unit).

Near misses: a place named only as the place an official is titled by ("le gouverneur de Tillabéri", "le maire de
Djibo") comes after every other place of the sentence ("... a condamné l'attaque de Téra" places Téra), and places the
event only when no other is told or when the official is the one struck ("le convoi du gouverneur de ...").

Sentences written for these tests; Dankoli is an invented village the gazetteer lacks."""

from __future__ import annotations

import pytest

from sahelwatch.folding import words as fold_key


def _placed(first_event, lang: str, text: str) -> tuple:
    loc = first_event(text, lang).location
    return tuple(fold_key(loc.get(k) or "") or None for k in ("country", "admin1", "admin2"))


def _key(*parts) -> tuple:
    return tuple(fold_key(p) if p else None for p in parts)


@pytest.mark.parametrize("lang, text, country, admin1", [
    # French: a Nigerian state by the word before it, with no finer place
    ("fr", "Des hommes armés ont tué huit personnes lundi dans un village de l'État de Katsina, selon la police.",
     "Nigeria", "Katsina"),
    ("fr", "La police de l'État de Borno a annoncé que des jihadistes ont tué sept pêcheurs dimanche.",
     "Nigeria", "Borno"),
    ("fr", "Selon la police de l'Etat de Kano, des hommes armés ont abattu six commerçants mardi soir.",
     "Nigeria", "Kano"),
    ("fr", "Selon le gouverneur de l'État de Zamfara, des bandits ont tué douze villageois mardi.",
     "Nigeria", "Zamfara"),
    ("fr", "Des bandits ont tué douze villageois mardi à Dankoli, dans l'État de Zamfara.", "Nigeria", "Zamfara"),
    ("fr", "Le gouverneur de l'État de Zamfara a indiqué que des bandits ont tué douze villageois mardi à Dankoli.",
     "Nigeria", "Zamfara"),
    ("fr", "Des hommes armés ont tué six civils mardi dans les États de Kebbi et de Sokoto.", "Nigeria", "Kebbi"),
    ("fr", "Des bandits ont tué douze villageois mardi dans l'État nigérian de Zamfara.", "Nigeria", "Zamfara"),
    ("fr", "Selon la police de l'État de Borno, des jihadistes ont tué sept pêcheurs dimanche près de Dankoli.",
     "Nigeria", "Borno"),
    # English, the same constructions (already read)
    ("en", "The Borno State police said jihadists killed seven fishermen on Sunday.", "Nigeria", "Borno"),
    ("en", "The governor of Zamfara State said bandits killed twelve villagers on Tuesday in Dankoli.",
     "Nigeria", "Zamfara"),
    # Niger's regions, Burkina Faso's provinces, in both languages
    ("fr", "Le préfet de la région de Tillabéri a annoncé que des hommes armés ont tué six civils mardi à Dankoli.",
     "Niger", "Tillabéri"),
    ("en", "The governor of the Tillaberi region said gunmen killed six civilians on Tuesday in Dankoli.",
     "Niger", "Tillabéri"),
    ("fr", "Le haut-commissaire de la province du Soum a annoncé que des hommes armés ont tué six civils mardi.",
     "Burkina Faso", "Sahel"),
    ("en", "The high commissioner of Soum province said gunmen killed six civilians on Tuesday in Dankoli.",
     "Burkina Faso", "Sahel"),
    # Burkina Faso's Sahel region by its official, with no country named (the wider Sahel has no governor)
    ("fr", "Le gouverneur de la région du Sahel a annoncé que des hommes armés ont tué six civils mardi.",
     "Burkina Faso", "Sahel"),
    ("fr", "Des hommes armés ont tué six civils mardi à Dankoli, selon le haut-commissaire de la région du Sahel.",
     "Burkina Faso", "Sahel"),
    ("en", "The governor of the Sahel region said gunmen killed six civilians on Tuesday in Dankoli.",
     "Burkina Faso", "Sahel"),
    ("en", "Gunmen killed six civilians on Tuesday, the Sahel region governor said.", "Burkina Faso", "Sahel"),
])
def test_the_unit_places_the_event_when_no_finer_place_is_known(first_event, lang, text, country, admin1):
    assert _placed(first_event, lang, text)[:2] == _key(country, admin1)


@pytest.mark.parametrize("lang, text, country, admin1, admin2", [
    # the town lies in the unit named
    ("fr", "Le gouverneur de l'État de Zamfara a indiqué que des bandits ont tué douze villageois mardi à Gusau.",
     "Nigeria", "Zamfara", "Gusau"),
    ("fr", "Des bandits ont tué douze villageois mardi à Kaura Namoda, dans l'État de Zamfara.",
     "Nigeria", "Zamfara", "Kaura Namoda"),
    ("en", "The governor of Zamfara State said bandits killed twelve villagers on Tuesday in Gusau.",
     "Nigeria", "Zamfara", "Gusau"),
    ("fr", "Le gouverneur de la région de Tillabéri a annoncé que des hommes armés ont tué six civils mardi à "
     "Ouallam.", "Niger", "Tillabéri", "Ouallam"),
    ("en", "The governor of the Tillaberi region said gunmen killed six civilians on Tuesday in Ouallam.",
     "Niger", "Tillabéri", "Ouallam"),
    ("fr", "Le haut-commissaire de la province du Soum a annoncé que des hommes armés ont tué six civils mardi à "
     "Djibo.", "Burkina Faso", "Sahel", "Soum"),
    # the official's unit is another than the town's: the town's units
    ("fr", "Le gouverneur de l'État de Katsina a indiqué que des bandits ont tué douze villageois mardi à Gusau.",
     "Nigeria", "Zamfara", "Gusau"),
    ("en", "The governor of Katsina State said bandits killed twelve villagers on Tuesday in Gusau.",
     "Nigeria", "Zamfara", "Gusau"),
    ("fr", "Le gouverneur de la région de Tahoua a annoncé que des hommes armés ont tué six civils mardi à Ouallam.",
     "Niger", "Tillabéri", "Ouallam"),
    ("fr", "Le haut-commissaire de la province du Soum a annoncé que des hommes armés ont tué six civils mardi à "
     "Kongoussi.", "Burkina Faso", "Centre-Nord", "Bam"),
    ("fr", "Le gouverneur de la région du Sahel a annoncé que des hommes armés ont tué six civils mardi à Kongoussi.",
     "Burkina Faso", "Centre-Nord", "Bam"),
])
def test_the_town_told_wins_over_the_unit(first_event, lang, text, country, admin1, admin2):
    assert _placed(first_event, lang, text) == _key(country, admin1, admin2)


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le gouverneur de Tillabéri a condamné l'attaque de Téra, où des hommes armés ont tué six civils mardi."),
    ("fr", "Le gouverneur de Tahoua a condamné l'attaque de Téra, où des hommes armés ont tué six civils mardi."),
    ("fr", "Le préfet de Tillabéri a condamné mardi l'attaque de Téra qui a fait six morts parmi les civils."),
    ("fr", "Le gouverneur de la région de Tillabéri a condamné l'attaque de Téra, où des hommes armés ont tué six "
     "civils."),
    ("en", "The governor of Tahoua condemned the attack on Tera, where gunmen killed six civilians on Tuesday."),
    ("en", "The Tahoua governor condemned the attack of Tera, where gunmen killed six civilians on Tuesday."),
])
def test_an_officials_title_in_a_reaction_leaves_the_event_at_its_town(first_event, lang, text):
    assert _placed(first_event, lang, text) == _key("Niger", "Tillabéri", "Téra")


@pytest.mark.parametrize("lang, text, country, admin1, admin2", [
    # the official's place is the only place told: it places the event
    ("fr", "Le gouverneur de Tahoua a annoncé que des hommes armés ont tué six civils mardi.",
     "Niger", "Tahoua", "Tahoua"),
    ("fr", "Le maire de Djibo a indiqué que des hommes armés ont tué six civils mardi.", "Burkina Faso", "Sahel", "Soum"),
    # the official is the one struck: his place is the event's
    ("fr", "Le convoi du gouverneur de Tillabéri a été attaqué mardi, six gardes ont été tués, selon le maire de Téra.",
     "Niger", "Tillabéri", "Tillabéri"),
    ("en", "Gunmen ambushed the convoy of the governor of Tillaberi on Tuesday, killing six guards, the mayor of Tera "
     "said.", "Niger", "Tillabéri", "Tillabéri"),
    # "l'État du Niger" of a head of state is the country, no Nigerian state
    ("fr", "Des hommes armés ont tué six civils mardi à Ouallam, a déclaré le chef de l'État du Niger.",
     "Niger", "Tillabéri", "Ouallam"),
    ("fr", "Le chef de l'État du Niger a condamné l'attaque de mardi à Ouallam, où des hommes armés ont tué six civils.",
     "Niger", "Tillabéri", "Ouallam"),
])
def test_near_misses_keep_their_place(first_event, lang, text, country, admin1, admin2):
    assert _placed(first_event, lang, text) == _key(country, admin1, admin2)


@pytest.mark.parametrize("lang, text", [
    ("fr", "Des hommes armés ont tué six civils mardi à Dankoli, un village de la région du Sahel."),
    ("en", "Gunmen killed six civilians on Tuesday in Dankoli, a village of the Sahel region."),
    ("fr", "Des hommes armés actifs dans la région du Sahel ont tué six civils mardi à Dankoli."),
    ("en", "Gunmen active in the Sahel region killed six civilians on Tuesday in Dankoli."),
])
def test_the_sahel_region_with_no_official_and_no_country_stays_the_wider_sahel(first_event, lang, text):
    assert _placed(first_event, lang, text)[1] is None


@pytest.mark.parametrize("lang, text", [
    # a director of the Sahel region in an aid group or agency: the wider Sahel has directors, no governor
    ("en", "Gunmen killed 15 civilians on Monday, the aid group's Sahel region director said."),
    ("en", "Gunmen killed 15 civilians on Monday, said the director of the Sahel region at the aid group."),
    ("fr", "Des hommes armés ont tué 15 civils lundi, a indiqué le directeur de la région du Sahel de l'ONG."),
    ("fr", "Selon la directrice de la région du Sahel du programme, des hommes armés ont tué neuf bergers jeudi."),
])
def test_a_director_of_the_sahel_region_is_no_official_of_burkina_faso(first_event, lang, text):
    assert _placed(first_event, lang, text)[1] is None


@pytest.mark.parametrize("lang, text, country, admin1", [
    # where the attackers came from is not where they killed: the unit of the killing places the event
    ("fr", "Des bandits venus de l'État de Sokoto ont tué 10 villageois dans la région de Tahoua, au Niger.",
     "Niger", "Tahoua"),
    ("fr", "Des assaillants venus de la région de Mopti ont tué huit civils jeudi dans la région de Ségou.",
     "Mali", "Ségou"),
    ("fr", "Le gouverneur de la région de Mopti a indiqué que des hommes armés ont tué huit civils jeudi dans la "
     "région de Ségou.", "Mali", "Ségou"),
    ("en", "Bandits who came from Sokoto State killed ten villagers on Monday in the Tahoua region of Niger.",
     "Niger", "Tahoua"),
    # near misses: the origin or the official's unit, the only unit told, still places the event
    ("fr", "Des assaillants venus de la région de Mopti ont tué huit civils jeudi, selon des sources locales.",
     "Mali", "Mopti"),
    ("fr", "Selon le gouverneur de la région de Ségou, des hommes armés ont tué huit civils jeudi.", "Mali", "Ségou"),
    # near misses: a unit the survivors fled to is no unit of the event
    ("fr", "Des hommes armés ont tué huit civils jeudi, a indiqué le gouverneur de la région de Mopti, et les "
     "rescapés ont fui vers la région de Ségou.", "Mali", "Mopti"),
    ("en", "Gunmen killed eight civilians on Thursday, the governor of the Mopti region said, and survivors fled to "
     "the Segou region.", "Mali", "Mopti"),
])
def test_an_origin_or_an_officials_unit_stands_aside_for_the_unit_of_the_event(first_event, lang, text, country,
                                                                                admin1):
    assert _placed(first_event, lang, text)[:2] == _key(country, admin1)


@pytest.mark.parametrize("lang, text", [
    # where the official speaks from is a place of the story: the place he is titled by stays the event's
    ("en", "The governor of Tillaberi, speaking by phone from Niamey, said 12 soldiers were killed in an ambush on "
     "Monday."),
    ("en", "The governor of Tillaberi, speaking over the phone from Niamey, said gunmen killed 12 soldiers on Monday."),
    ("fr", "Le gouverneur de Tillabéri, qui s'exprimait depuis Niamey, a indiqué que 12 soldats ont été tués lundi "
     "dans une embuscade."),
    ("fr", "Le gouverneur de Tillabéri, s'exprimant par téléphone depuis Niamey, a indiqué que des hommes armés ont "
     "tué 12 soldats lundi."),
    # near miss: already a place of the story before
    ("en", "The governor of Tillaberi, speaking from Niamey, said gunmen killed 12 soldiers on Monday."),
])
def test_where_the_official_speaks_from_leaves_the_event_at_his_title(first_event, lang, text):
    assert _placed(first_event, lang, text)[:2] == _key("Niger", "Tillabéri")


@pytest.mark.parametrize("lang, text", [
    # a news conference where the official speaks, in English as in French
    ("en", "The mayor of Djibo said at a news conference in Ouagadougou that gunmen killed 20 civilians on Monday."),
    # near miss: the French form already read
    ("fr", "Le maire de Djibo a déclaré lors d'une conférence de presse à Ouagadougou que des hommes armés ont tué 20 "
     "civils lundi."),
])
def test_where_the_mayor_speaks_from_leaves_the_event_at_his_town(first_event, lang, text):
    assert _placed(first_event, lang, text) == _key("Burkina Faso", "Sahel", "Soum")


@pytest.mark.parametrize("lang, text, country, admin1", [
    # near misses: the place of the killing named after the official's, with no speaking word, stays the event's
    ("en", "The governor of Tillaberi said gunmen killed 12 soldiers in Niamey on Monday.", "Niger", "Niamey"),
    ("fr", "Le gouverneur de Tillabéri a indiqué que des hommes armés ont tué 12 soldats lundi à Niamey.",
     "Niger", "Niamey"),
])
def test_a_place_of_the_killing_after_the_title_stays_the_events(first_event, lang, text, country, admin1):
    assert _placed(first_event, lang, text)[:2] == _key(country, admin1)


@pytest.mark.parametrize("lang, text, country, admin1", [
    # a Nigerian state bearing a country's name, in a text that names Nigeria
    ("fr", "Des hommes armés ont tué 20 villageois dans l'État du Niger, dans le centre du Nigeria.", "Nigeria", "Niger"),
    ("fr", "Des bandits ont tué 20 villageois mardi dans un village de l'État du Niger, au Nigeria.", "Nigeria", "Niger"),
    ("en", "Gunmen killed 20 villagers on Tuesday in Niger State, central Nigeria.", "Nigeria", "Niger"),
    # near misses: the head of state's title, or no Nigeria named, keeps the country
    ("fr", "Le chef de l'État du Niger a annoncé que des jihadistes ont tué 20 soldats mardi près de la frontière "
     "avec le Nigeria.", "Niger", None),
    ("fr", "Le président de l'État du Niger a condamné l'attaque de mardi qui a tué 20 soldats.", "Niger", None),
])
def test_a_state_bearing_a_countrys_name_in_a_nigerian_story(first_event, lang, text, country, admin1):
    assert _placed(first_event, lang, text)[:2] == _key(country, admin1)


@pytest.mark.parametrize("lang, text, country, admin1", [
    # the town an official titled by another place visits as he tells the event is where he tells from
    ("fr", "Le gouverneur de Tillabéri, en visite à Dosso, a annoncé qu'une embuscade a tué 12 soldats lundi.",
     "Niger", "Tillabéri"),
    ("fr", "Le gouverneur de la région de Tillabéri, en visite de travail à Dosso, a indiqué que des hommes armés ont "
     "tué 12 soldats lundi.", "Niger", "Tillabéri"),
    ("en", "The governor of Tillaberi, on a visit to Dosso, said an ambush killed 12 soldiers on Monday.",
     "Niger", "Tillabéri"),
    ("en", "The Tillaberi governor, visiting Dosso, said gunmen killed 12 soldiers on Monday.", "Niger", "Tillabéri"),
    # near misses: the official struck on his visit, or no title place told, keeps the visit's town
    ("fr", "Le convoi du gouverneur de Tillabéri, en visite à Dosso, a été attaqué lundi et 12 gardes ont été tués.",
     "Niger", "Dosso"),
    ("fr", "Le gouverneur de Tillabéri, en visite à Dosso, a échappé lundi à une embuscade qui a tué 12 gardes.",
     "Niger", "Dosso"),
    ("en", "The governor of Tillaberi, visiting Dosso, escaped an ambush that killed 12 guards on Monday.",
     "Niger", "Dosso"),
    ("fr", "Le ministre, en visite à Dosso, a annoncé que des hommes armés ont tué 12 soldats lundi.", "Niger", "Dosso"),
])
def test_the_town_an_official_visits_as_he_tells_is_where_he_tells_from(first_event, lang, text, country, admin1):
    assert _placed(first_event, lang, text)[:2] == _key(country, admin1)
