"""New presence: which ids count (inter codes, blank ids, a unit unknown), an event counted once when the group is on
both sides, a group's events counted per unit, the alerts ordered by group then unit."""
from analytics_frames import synthetic

from sahelwatch.analytics import alerts as al


def _rows():
    return [
        # a year before the window: isgs was already in Ansongo
        {"event_date": "2023-06-01", "actor1_ids": ["isgs"], "admin1": "Gao", "admin2": "Ansongo"},
        # the window (2024-01-01 .. 2024-01-07)
        {"event_date": "2024-01-02", "actor1_ids": ["jnim"], "actor2_ids": ["jnim"], "inter2": 2, "admin2": "Koro"},
        {"event_date": "2024-01-03", "actor1_ids": ["jnim", ""], "admin2": "Koro"},
        {"event_date": "2024-01-04", "actor1_ids": ["isgs"], "admin1": "Gao", "admin2": "Ansongo"},
        {"event_date": "2024-01-04", "actor1_ids": ["isgs"], "admin1": "Gao", "admin2": "Menaka"},
        {"event_date": "2024-01-05", "actor1_ids": ["fama"], "actor2_ids": ["dozo"], "inter1": 1, "inter2": 4,
         "admin2": "Bankass"},
        {"event_date": "2024-01-06", "actor1_ids": ["jnim"], "admin2": None},  # no district: not judged
        {"event_date": "2024-01-06", "actor1_ids": None, "actor2_ids": ["ansar_dine"], "inter1": 1, "inter2": 2,
         "admin2": "Douentza"},
        {"event_date": "2024-01-08", "actor1_ids": ["jnim"], "admin2": "Tenenkou"},  # after the date of the check
    ]


def test_new_presence_counts_each_event_once_and_orders_by_group_then_unit():
    got = al.new_presence_alerts(synthetic(_rows()), "2024-01-07", data_start="2022-01-01")
    assert [(a.unit, a.value) for a in got] == [
        ("ansar_dine@MLI/Mopti/Douentza", 1.0),
        ("dozo@MLI/Mopti/Bankass", 1.0),  # the militia on the second side, the state forces on the first left out
        ("isgs@MLI/Gao/Menaka", 1.0),  # Ansongo is not new for isgs
        ("jnim@MLI/Mopti/Koro", 2.0),  # on both sides of one event: still two events
    ]
    assert got[-1].reason.startswith("jnim: 2 event(s) in MLI/Mopti/Koro between 2024-01-01 and 2024-01-07")


def test_new_presence_with_every_side_kept_groups_and_lineage():
    df = synthetic(_rows())
    every = al.new_presence_alerts(df, "2024-01-07", data_start="2022-01-01", inter_codes=None)
    assert [a.unit for a in every] == ["ansar_dine@MLI/Mopti/Douentza", "dozo@MLI/Mopti/Bankass",
                                       "fama@MLI/Mopti/Bankass", "isgs@MLI/Gao/Menaka", "jnim@MLI/Mopti/Koro"]
    only = al.new_presence_alerts(df, "2024-01-07", data_start="2022-01-01", groups=["isgs", "fama"])
    assert [a.unit for a in only] == ["isgs@MLI/Gao/Menaka"]
    # ansar_dine's event is jnim's under the lineage: jnim is then new in Douentza and Koro
    rolled = al.new_presence_alerts(df, "2024-01-07", data_start="2022-01-01", lineage={"jnim": ["ansar_dine"]})
    assert [(a.unit, a.value) for a in rolled] == [("dozo@MLI/Mopti/Bankass", 1.0), ("isgs@MLI/Gao/Menaka", 1.0),
                                                   ("jnim@MLI/Mopti/Douentza", 1.0), ("jnim@MLI/Mopti/Koro", 2.0)]


def test_all_alerts_at_once_are_those_of_each_check():
    df = synthetic(_rows() + [{"event_date": "2022-01-03", "admin2": "Djenne"}])  # the data cover the year before
    together = al.alerts(df, "2024-01-07", kinds=(al.NEW_PRESENCE, al.SURGE))
    alone = al.surge_alerts(df, "2024-01-07") + al.new_presence_alerts(df, "2024-01-07")
    assert together == alone and len(together) >= 4
