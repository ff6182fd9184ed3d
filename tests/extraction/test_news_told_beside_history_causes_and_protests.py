"""Where a sentence's news lies when it also holds history, a cause or a protest (sentences written for these tests):
history after a semicolon or colon stays history; an attack told as the cause of a flight, with its own day and toll,
is news; force by protesters makes their protest violent, not a victim of excessive force."""

import datetime as dt

import pytest

from sahelwatch.extraction import Document, Extractor


@pytest.fixture(scope="module")
def ex():
    return Extractor()


def _run(ex, text, lang, pub="2024-03-20"):
    return ex.extract(Document("t", text, lang, dt.date.fromisoformat(pub)))


@pytest.mark.parametrize("lang,text", [
    ("en", "Last year, rebels killed scores of herders in the district; the bloodiest raid, near Tessit, killed "
           "forty-one people."),
    ("en", "Since 2016, raids have killed hundreds of villagers in the area: the worst was near Tessit, where gunmen "
           "killed 41 herders in May 2019."),
    ("fr", "L'an dernier, des rebelles ont tué des dizaines d'éleveurs dans le cercle ; l'attaque la plus meurtrière, "
           "près de Tessit, a tué quarante et une personnes."),
])
def test_history_after_a_semicolon_or_colon_stays_history(ex, lang, text):
    assert not _run(ex, text, lang).events


def test_a_dated_act_after_a_semicolon_is_still_news(ex):
    r = _run(ex, "Raids have grown more frequent in the district this year; on Monday, gunmen killed seven herders "
                 "near Tessit.", "en")
    assert [e.sub_event_type for e in r.events] == ["Attack"]


@pytest.mark.parametrize("text", [
    "Hundreds of families fled after an assault by militants on the village of Tessit on Monday left nine soldiers dead.",
    "Dozens of traders fled after a raid by gunmen on the market of Tessit struck the town on Monday.",
])
def test_an_attack_told_as_the_cause_of_a_flight_with_an_irregular_verb_is_news(ex, text):
    assert _run(ex, text, "en").events


def test_a_cause_named_by_a_noun_phrase_alone_stays_no_event(ex):
    assert not _run(ex, "The European Union imposed sanctions on two officers over the killing of civilians in "
                        "the centre.", "en").events


@pytest.mark.parametrize("lang,text", [
    ("en", "A gendarme was seriously injured by demonstrators in Dori on Monday during a march against power cuts."),
    ("en", "Demonstrators opened fire on gendarmes guarding the prefecture in Dori on Monday."),
    ("fr", "Des manifestants armés ont ouvert le feu sur les policiers lundi à Dori lors d'une marche."),
    ("fr", "Un gendarme a été grièvement blessé par des manifestants lundi à Dori lors d'une marche contre les "
           "délestages."),
])
def test_force_used_by_protesters_makes_a_violent_demonstration(ex, lang, text):
    assert [e.sub_event_type for e in _run(ex, text, lang).events] == ["Violent demonstration"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Police opened fire on demonstrators in Dori on Monday during a march against power cuts."),
    ("fr", "Les gendarmes ont ouvert le feu sur les manifestants lundi à Dori lors d'une marche contre les délestages."),
])
def test_force_used_on_protesters_is_excessive_force(ex, lang, text):
    assert [e.sub_event_type for e in _run(ex, text, lang).events] == ["Excessive force against protesters"]


def test_a_cause_with_a_toll_and_a_day_of_its_own_is_news(ex):
    assert _run(ex, "Families fled the town after the raid on its market on Monday, with nine soldiers dead.", "en").events


@pytest.mark.parametrize("lang,text", [
    ("en", "Protesters marched in Dori on Monday to denounce the killing of four herders by soldiers."),
    ("fr", "Des centaines de personnes ont manifesté lundi à Dori pour dénoncer le meurtre de quatre éleveurs."),
])
def test_the_dead_of_a_protests_grievance_are_not_its_toll(ex, lang, text):
    events = _run(ex, text, lang).events
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]
    assert not (events[0].fatalities or {}).get("best")


@pytest.mark.parametrize("lang,text", [
    ("en", "Gunmen attacked the village of Tessit on Monday. The country is grappling with an insurgency that began "
           "in 2016 and has killed over 12,000 people."),
    ("en", "Gunmen attacked the village of Tessit on Monday. The conflict, which has killed more than 9,000 people "
           "over the years, has displaced two million."),
    ("fr", "Des hommes armés ont attaqué le village de Tessit lundi. L'insurrection, qui a débuté en 2016, a fait "
           "plus de 12 000 morts."),
])
def test_a_conflict_wide_toll_is_background_not_the_events_toll(ex, lang, text):
    events = _run(ex, text, lang).events
    assert [e.sub_event_type for e in events] == ["Attack"]
    assert (events[0].fatalities or {}).get("best", 0) < 100


@pytest.mark.parametrize("lang,text", [
    ("en", "The army has lost more than 20 soldiers in the district this month, including 9 killed in an ambush near "
           "Tessit on Monday."),
    ("fr", "L'armée a perdu plus de 20 soldats dans le cercle ce mois-ci, dont 9 tués dans une embuscade près de "
           "Tessit lundi."),
])
def test_a_running_total_whose_breakdown_tells_a_dated_act_keeps_the_act(ex, lang, text):
    assert [e.sub_event_type for e in _run(ex, text, lang).events] == ["Armed clash"]


def test_a_running_total_alone_stays_background(ex):
    assert not _run(ex, "The army has lost more than 20 soldiers in the district this month.", "en").events
