"""A report's day that opens its sentence, hours and years counted back, and datelines with the country or the date
after the agency (sentences written for these tests, published on the conftest's ANCHOR, Wednesday 2024-06-12)."""

import datetime as dt

import pytest

from sahelwatch.extraction.dates import find_dates, report_dates
from sahelwatch.extraction.structure import anchor, layout

from .conftest import ANCHOR


@pytest.mark.parametrize("lang,text", [
    ("fr", "Mardi, le préfet de Djenné a indiqué que des assaillants ont incendié dimanche trois greniers et tué "
           "deux cultivateurs à Kéké."),
    ("fr", "Ce mardi 11 juin 2024, la gendarmerie a annoncé que des bandits ont abattu dimanche deux commerçants près "
           "de Kéké."),
    ("fr", "Dans un communiqué publié mardi, l'état-major affirme que des assaillants ont tué dimanche deux "
           "cultivateurs près de Kéké."),
    ("en", "On Tuesday, the prefect of Djenne said that raiders burned three granaries and killed two farmers in Keke "
           "on Sunday."),
    ("en", "In a statement on Tuesday, the police said bandits shot dead two traders near Keke on Sunday."),
])
def test_a_report_day_opening_the_sentence_leaves_the_event_its_own_day(first_event, lang, text):
    assert first_event(text, lang).event_date == "2024-06-09"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Dimanche, des assaillants ont tué deux cultivateurs à Kéké a confirmé le préfet de Djenné."),
    ("fr", "Dimanche, des assaillants ont tué deux cultivateurs à Kéké, a indiqué mardi le préfet."),
    ("en", "On Sunday raiders killed two farmers in Keke, the prefect said on Tuesday."),
])
def test_a_day_opening_a_clause_of_its_own_still_dates_the_event(first_event, lang, text):
    assert first_event(text, lang).event_date == "2024-06-09"


def test_only_the_opening_day_followed_by_its_subjects_reporting_verb_is_marked_a_report():
    text = "Mardi, la mairie a annoncé que dimanche deux puits avaient été détruits."
    kinds = [d.kind for d in report_dates(find_dates(text, ANCHOR, "fr"), text, "fr")]
    assert kinds == ["report", "weekday"]


@pytest.mark.parametrize("lang,text,day,precision", [
    ("fr", "Il y a 48 heures, des hommes armés ont tué trois éleveurs", "2024-06-10", "day"),
    ("en", "Gunmen killed three herders 24 hours ago", "2024-06-11", "day"),
    ("fr", "Il y a une dizaine d'heures", None, None),
    ("fr", "Il y a 10 heures, des hommes armés ont tué trois éleveurs", "2024-06-12", "week"),
])
def test_hours_counted_back_give_whole_days_before_the_anchor(lang, text, day, precision):
    found = find_dates(text, ANCHOR, lang)
    if day is None:
        assert found == []
        return
    assert (found[0].date.isoformat(), found[0].precision) == (day, precision)


@pytest.mark.parametrize("lang,text,day", [
    ("fr", "Il y a deux ans, des hommes armés avaient tué trois éleveurs", "2022-06-15"),
    ("fr", "il y a six mois", "2023-12-15"),
    ("en", "three months ago", "2024-03-15"),
    ("en", "a year ago", "2023-06-15"),
])
def test_months_and_years_counted_back_are_a_month_never_a_day(lang, text, day):
    d = find_dates(text, ANCHOR, lang)[0]
    assert (d.date.isoformat(), d.precision, d.kind) == (day, "month", "month")


def test_years_counted_back_with_no_anchor_stay_unknown():
    d = find_dates("Il y a deux ans, le marché avait été pillé", None, "fr")[0]
    assert (d.date, d.precision) == (None, "unknown")


def test_a_year_counted_back_never_dates_an_event_told_in_a_later_sentence(first_event):
    text = ("Des hommes armés ont tué dimanche trois éleveurs près de Kéké, dans le cercle de Djenné. "
            "Il y a deux ans, le même village avait perdu dix habitants.")
    assert first_event(text, "fr").event_date == "2024-06-09"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Tillabéri (ANP) 10 juin 2024 - Des hommes armés ont tué dimanche trois éleveurs près de Téra."),
    ("fr", "Dori (AIB), le 10 juin 2024 - Des hommes armés ont tué dimanche trois éleveurs près de Seytenga."),
    ("en", "GAO, Mali, June 10, 2024 (AP) — Gunmen killed three herders near Ansongo on Sunday, a local official said."),
])
def test_a_dateline_with_its_country_or_its_date_after_the_agency_anchors_an_undated_text(first_event, lang, text):
    page = layout(text, lang)
    assert anchor(page, None) == dt.date(2024, 6, 10)
    assert "dateline" in page.kinds(text)
    assert first_event(text, lang, published=None).event_date == "2024-06-09"


def test_a_place_and_agency_with_no_date_after_them_give_no_anchor():
    text = "Tillabéri (ANP) - Des hommes armés ont tué dimanche trois éleveurs près de Téra."
    assert anchor(layout(text, "fr"), None) is None


@pytest.mark.parametrize("lang,text", [
    ("fr", "Kéké : trois éleveurs abattus dimanche par des assaillants\n\nDes assaillants à moto ont abattu trois éleveurs près de "
           "Kéké (cercle de Djenné), d'après un conseiller communal."),
    ("en", "Three herders killed in Sunday raid near Keke\n\nThree herders were killed by gunmen near Keke, in the "
           "Djenne district, a local official said."),
])
def test_the_headlines_day_dates_a_first_event_that_its_story_leaves_undated(first_event, lang, text):
    ev = first_event(text, lang)
    assert (ev.event_date, ev.date_precision) == ("2024-06-09", "day")


def test_the_storys_own_day_wins_over_the_headlines(first_event):
    text = ("Kéké : trois éleveurs abattus dimanche par des assaillants\n\nDes assaillants à moto ont abattu lundi trois "
            "éleveurs près de Kéké (cercle de Djenné), d'après un conseiller communal.")
    assert first_event(text, "fr").event_date == "2024-06-10"


def test_a_report_day_in_the_headline_dates_no_event(first_event):
    text = ("Mali : l'armée annonce mardi la mort de trois éleveurs près de Kéké\n\nDes assaillants à moto ont abattu trois "
            "éleveurs près de Kéké (cercle de Djenné), d'après un conseiller communal.")
    ev = first_event(text, "fr")
    assert (ev.event_date, ev.date_precision) == ("2024-06-12", "week")


@pytest.mark.parametrize("lang,text,day", [
    ("en", "On Sunday, June 9, raiders once again stormed Kouré's gendarmerie post. The toll is three gendarmes dead.",
     "2024-06-09"),
    ("fr", "Le poste de gendarmerie de Kouré a de nouveau été attaqué lundi par des hommes armés. Le bilan est de trois "
           "gendarmes tués.", "2024-06-10"),
])
def test_a_summing_up_sentence_told_with_its_day_dates_the_event_that_follows(first_event, lang, text, day):
    assert first_event(text, lang).event_date == day


def test_a_day_a_summing_up_sentence_counts_from_dates_no_event(first_event):
    text = ("Raiders stormed the gendarmerie post of Kouré, the deadliest attack there since June 2, 2024. The toll is "
            "three gendarmes dead.")
    ev = first_event(text, "en")
    assert (ev.event_date, ev.date_precision) == ("2024-06-12", "week")


def test_a_day_before_an_english_clause_of_violence_with_no_comma_still_dates_the_event(first_event):
    text = "On Sunday raiders killed two farmers the prefect said."
    assert first_event(text, "en").event_date == "2024-06-09"


@pytest.mark.parametrize("lang,text", [
    ("en", "Raiders shot two farmers dead near Kéké, a village burned three years ago by bandits."),
    ("en", "Raiders shot two farmers dead near Kéké, which bandits had burned three years ago."),
    ("fr", "Des bandits ont abattu deux cultivateurs près de Kéké, une localité incendiée il y a trois ans."),
])
def test_years_counted_back_in_a_background_clause_leave_the_event_undated(first_event, lang, text):
    ev = first_event(text, lang)
    assert (ev.event_date, ev.date_precision) == ("2024-06-12", "week")


@pytest.mark.parametrize("lang,text", [
    ("en", "Raiders shot two farmers dead near Kéké 200 years ago."),
    ("en", "Raiders shot two farmers dead near Kéké, in the Djenné district, three years ago."),
    ("fr", "Des bandits ont abattu deux cultivateurs près de Kéké, dans le cercle de Djenné, il y a trois ans."),
])
def test_an_act_its_own_clause_dates_years_back_is_history_not_an_event(events, lang, text):
    # the project codes no history: an act dated years back (or centuries) in its own clause is no event at all,
    # whatever date it would get (a coded one counts as a false detection)
    assert not events(text, lang)


def test_months_counted_back_in_the_events_own_clause_still_date_it(first_event):
    ev = first_event("Raiders shot two farmers dead near Kéké, in the Djenné district, three months ago.", "en")
    assert (ev.event_date, ev.date_precision) == ("2024-03-15", "month")


@pytest.mark.parametrize("lang,text", [
    ("fr", "Mardi, des bandits repérés depuis une semaine autour du marché ont abattu deux commerçants à Kéké."),
    ("fr", "Mardi des bandits signalés par les bergers ont incendié trois greniers à Kéké."),
    ("fr", "Mardi, un homme armé signalé la veille près du puits a abattu deux bergers à Kéké."),
    ("en", "On Tuesday bandits reported by herders burned three granaries in Keke."),
    ("en", "On Tuesday demonstrators rallied in Mopti and stated their grievances to the governor."),
    ("fr", "Mardi, des centaines de manifestants ont déclaré leur colère devant le gouvernorat de Mopti."),
])
def test_a_participle_in_the_subject_or_a_protests_statement_is_no_report_day(first_event, lang, text):
    ev = first_event(text, lang)
    assert (ev.event_date, ev.date_precision) == ("2024-06-11", "day")


@pytest.mark.parametrize("lang,text", [
    ("en", "On Tuesday, the army and the gendarmerie said bandits burned three granaries in Keke on Sunday."),
    ("fr", "Mardi, le maire confirme à Djenné que des bandits ont incendié dimanche trois greniers à Kéké."),
])
def test_a_subjects_own_reporting_verb_after_and_or_a_preposition_still_marks_the_opening_day_a_report(first_event,
                                                                                                        lang, text):
    assert first_event(text, lang).event_date == "2024-06-09"


@pytest.mark.parametrize("lang,text", [
    ("fr", "Kéké : les familles inhument mardi les deux cultivateurs tués\n\nDes bandits ont abattu deux cultivateurs "
           "près de Kéké, selon le maire."),
    ("en", "Keke mourns on Tuesday two farmers shot by bandits\n\nBandits shot two farmers dead near Keke, the mayor "
           "said."),
    ("fr", "Kéké : dix jours après l'embuscade de mardi, le marché reste fermé\n\nDes bandits ont abattu deux "
           "cultivateurs près de Kéké, selon le maire."),
    ("en", "Governor visits Keke on Tuesday\n\nBandits shot two farmers dead near Keke, the mayor said."),
])
def test_a_headlines_day_of_funerals_a_visit_or_counted_from_dates_no_event(first_event, lang, text):
    ev = first_event(text, lang)
    assert (ev.event_date, ev.date_precision) == ("2024-06-12", "week")
