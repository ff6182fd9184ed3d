from analytics_frames import synthetic

from sahelwatch.analytics import human_rights as hr


def test_abuses_by_perpetrator_match_hand_counts(acled_events, acled_raw):
    t = hr.abuses_by_perpetrator(acled_events, freq="year")
    raw = acled_raw[acled_raw.event_date.dt.year == 2018]
    row = t[(t.period == "2018-01-01") & (t.perpetrator_class == "state_forces")].iloc[0]
    state = raw[raw.inter1 == 1]
    assert row["civilian_events"] == ((state.event_type == "Violence against civilians") | (state.inter2 == 7)).sum()
    assert row["arrests"] == (state.sub_event_type == "Arrests").sum()
    ag = t[(t.period == "2018-01-01") & (t.perpetrator_class == "armed_groups")].iloc[0]
    groups = raw[raw.inter1.isin([2, 3, 4])]
    assert ag["abductions"] == (groups.sub_event_type == "Abduction/forced disappearance").sum()
    vac = groups[(groups.event_type == "Violence against civilians") | (groups.inter2 == 7)]
    assert ag["civilian_deaths"] == vac.fatalities.sum()
    assert set(t.perpetrator_class) == set(hr.CLASSES)


def test_mass_casualty_flags_real(acled_events, acled_raw):
    m = hr.mass_casualty_events(acled_events, threshold=10)
    raw = acled_raw
    expected = raw[((raw.event_type == "Violence against civilians") | (raw.inter2 == 7)) & (raw.fatalities >= 10)]
    assert len(m) == len(expected) > 0
    assert set(m.event_id) == set("acled:" + expected.event_id_cnty)
    assert m.civilian_deaths.is_monotonic_decreasing
    assert (hr.mass_casualty_events(acled_events, threshold=30).civilian_deaths >= 30).all()


def test_execution_flags_real_notes(acled_events, acled_raw):
    f = hr.execution_flags(acled_events)
    notes = acled_raw.notes.fillna("")
    hand_strong = notes.str.contains("summary execution|summarily executed|extrajudicial|extra-judicial", case=False)
    hand_any = hand_strong | notes.str.contains(r"\bexecut(?:ed|es|ing|ion|ions)\b", case=False)
    assert (f.strength == "strong").sum() == hand_strong.sum() > 0
    assert len(f) == hand_any.sum()
    strong_only = hr.execution_flags(acled_events, include_weak=False)
    assert len(strong_only) == hand_strong.sum()


def test_execution_cues_in_french_and_english():
    rows = [
        {"event_date": "2024-01-01", "notes": "Des soldats ont exécuté sommairement 12 civils près de Djibo.", "inter1": 1},
        {"event_date": "2024-01-02", "notes": "Témoins: exécutions sommaires de bergers peuls.", "inter1": 8},
        {"event_date": "2024-01-03", "notes": "Troops summarily executed detainees.", "inter1": 1},
        {"event_date": "2024-01-04", "notes": "Reports of extrajudicial killings in Moura.", "inter1": 1},
        {"event_date": "2024-01-05", "notes": "JNIM militants executed a village chief.", "inter1": 2},
        {"event_date": "2024-01-06", "notes": "Clash between FAMa and JNIM near Boni.", "inter1": 1},
        {"event_date": "2024-01-07", "notes": "Un chef de village a été exécuté par des hommes armés.", "inter1": 2},
    ]
    f = hr.execution_flags(synthetic(rows)).set_index("event_id")
    assert f.loc[["test:0", "test:1", "test:2", "test:3"], "strength"].eq("strong").all()
    assert f.loc[["test:4", "test:6"], "strength"].eq("weak").all()
    assert "test:5" not in f.index
    assert f.loc["test:1", "perpetrator_class"] == "foreign_forces"


def test_mass_casualty_threshold_by_construction():
    rows = [
        {"event_date": "2024-01-01", "event_type": "Violence against civilians", "fatalities_best": 10, "target_category": "civilians"},
        {"event_date": "2024-01-02", "event_type": "Violence against civilians", "fatalities_best": 9, "target_category": "civilians"},
        {"event_date": "2024-01-03", "event_type": "Battles", "fatalities_best": 40},
    ]
    m = hr.mass_casualty_events(synthetic(rows))
    assert m.event_id.tolist() == ["test:0"]
