"""The country an event's own sentence places it in ("in Foo, a village in Burkina Faso", "au Niger", "dans l'est du
Burkina Faso", "Burkina Faso's eastern region") wins over a neighbour the rest of the text names more often: a story
of refugees, of a neighbour's statement or of a border closure names the neighbour again and again, and the event
does not move there. A country named as where people fled, found refuge or are hosted is not counted at all, so
the most-named rule, which only decides when the event's sentences place it in no country, does not pick it either.

Sentences written for these tests, with invented villages (not taken from any evaluation set)."""

from __future__ import annotations

import pytest

CASES = [
    pytest.param("Gunmen killed five civilians in Foo, a village in Burkina Faso, on Monday. Thousands have fled to "
                 "Ghana, where Ghanaian officials say Ghana is struggling to host them. Ghana's government appealed "
                 "for aid.", "en", "Burkina Faso", id="refugees in a neighbour (the review's text)"),
    pytest.param("Suspected jihadists killed nine farmers in Tindogo, a hamlet in western Niger, on Tuesday. Since "
                 "then more than two thousand residents have crossed into Nigeria, and Nigerian relief workers said "
                 "Nigeria's camps were full; Nigeria has asked donors for tents.", "en", "Niger",
                 id="people who crossed into a neighbour"),
    pytest.param("Gunmen killed six soldiers at an army post in Bandiagoro, in central Mali, on Friday. Senegal "
                 "condemned the attack: Senegal's foreign ministry said Senegal stood by its neighbour, and "
                 "Senegalese officers offered to help.", "en", "Mali", id="a neighbour's statement"),
    pytest.param("Gunmen killed eleven villagers in Lorobané, a village in northern Burkina Faso, on Sunday. Ghana "
                 "closed its frontier the next day; Ghana's security minister said Ghana's troops were on alert, and "
                 "Ghanaians living close by were told to stay at home.", "en", "Burkina Faso",
                 id="a neighbour closes its border"),
    pytest.param("Gunmen shot dead ten traders on Saturday at Koulnongo, a market of Burkina Faso's eastern region. "
                 "Many survivors fled to Togo; Togolese officials said Togo's northern towns were now hosting them, "
                 "and Togo asked for help.", "en", "Burkina Faso", id="a region named with the country's possessive"),
    pytest.param("Des hommes armés ont tué sept civils à Damsoagré, un village du nord du Burkina Faso, dimanche. "
                 "Des centaines d'habitants ont fui vers le Ghana voisin, où les autorités ghanéennes disent que le "
                 "Ghana peine à les accueillir. Le Ghana a demandé de l'aide.", "fr", "Burkina Faso",
                 id="des habitants qui ont fui vers un pays voisin"),
    pytest.param("Une embuscade a coûté la vie à huit soldats près de Talbanga, au Niger, mardi. Le Bénin a condamné "
                 "l'attaque ; le gouvernement béninois a dit que le Bénin restait solidaire, et l'armée béninoise a "
                 "renforcé ses patrouilles.", "fr", "Niger", id="la déclaration d'un pays voisin"),
    pytest.param("Des assaillants ont tué cinq civils à Tiékoungou, dans l'est du Burkina Faso, samedi. Le Togo a "
                 "fermé sa frontière dès le lendemain ; les autorités togolaises ont déclaré que le Togo renforçait "
                 "ses postes, et des soldats togolais ont été déployés.", "fr", "Burkina Faso",
                 id="un pays voisin ferme sa frontière"),
    pytest.param("Des hommes armés ont tué quatre bergers à Warpalgo-Nord, au Burkina, lundi. Plusieurs familles se "
                 "sont réfugiées au Ghana ; le Ghana accueille déjà des milliers de déplacés, et les autorités "
                 "ghanéennes ont ouvert un camp. Le Ghana appelle à l'aide.", "fr", "Burkina Faso",
                 id="des familles réfugiées dans un pays voisin qui les accueille"),
]


@pytest.mark.parametrize("text, lang, country", CASES)
def test_the_country_of_the_event_sentence_wins_over_the_most_named_neighbour(first_event, text, lang, country):
    assert first_event(text, lang).location["country"] == country


@pytest.mark.parametrize("text, lang", [
    ("Gunmen shot dead ten traders at the market of Koulnongo on Saturday, Burkinabe security sources said. Many "
     "survivors fled to Togo; refugees in Togo told reporters the gunmen came at dawn, and Togo hosts more of them "
     "every week.", "en"),
    ("Des hommes armés ont tué dix commerçants au marché de Koulnongo samedi, selon des sources sécuritaires "
     "burkinabè. Beaucoup de rescapés ont fui vers le Togo ; des réfugiés au Togo racontent que les assaillants sont "
     "arrivés à l'aube, et le Togo accueille chaque semaine de nouveaux arrivants.", "fr"),
])
def test_a_country_named_only_as_a_refuge_or_a_host_is_not_counted(first_event, text, lang):
    # the event's sentence places it in no country: the tally decides, without the neighbour's refuge mentions
    assert first_event(text, lang).location["country"] == "Burkina Faso"
