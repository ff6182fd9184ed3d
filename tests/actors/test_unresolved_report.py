"""The unresolved-actors report counts events, not rows or names."""

from __future__ import annotations

import pandas as pd

from sahelwatch.actors import unresolved_report


def test_counts_events_per_unresolved_name():
    rows = pd.DataFrame(
        {
            "actor1": ["JNIM: Group for Support of Islam and Muslims", "Zorglub Brigade", "Zorglub Brigade", "Syrian insurgents"],
            "assoc_actor_1": [None, "Katiba Macina; Quux Front", None, None],
            "actor2": ["Civilians (Mali)", "Quux Front", "Civilians (Mali)", "Government of Syria"],
            "assoc_actor_2": ["Fulani Ethnic Group (Mali)", None, None, None],
            "source": ["acled", "acled", "acled", "ucdp-ged"],
            "actor1_source_id": [None, None, None, 4456],
        }
    )
    rep = unresolved_report(rows)
    assert rep["events"] == 4
    assert rep["events_fully_resolved"] == 2  # the JNIM row and the UCDP row (kept by UCDP's own id)
    assert rep["share_fully_resolved"] == 0.5
    # "Quux Front" appears twice in one event: counted once
    assert rep["unresolved"] == [{"name": "Zorglub Brigade", "events": 2}, {"name": "Quux Front", "events": 1}]


def test_accepts_records_and_empty_input():
    rep = unresolved_report([{"actor1": "GSIM", "actor2": None, "source": "field"}])
    assert rep["events_fully_resolved"] == 1 and rep["unresolved"] == []
    empty = unresolved_report([])
    assert empty == {"unresolved": [], "events": 0, "events_fully_resolved": 0, "share_fully_resolved": 1.0}


def test_ucdp_side_id_columns_are_understood():
    rows = [{"actor1": "Sinaloa Cartel", "actor2": "Civilians", "source": "ucdp-ged", "side_a_new_id": 775}]
    assert unresolved_report(rows)["events_fully_resolved"] == 1


def test_a_row_standing_for_several_events_counts_as_that_many():
    one_each = [
        {"actor1": "Zorglub Brigade", "actor2": "Civilians (Mali)", "source": "acled"},
        {"actor1": "Zorglub Brigade", "actor2": "Civilians (Mali)", "source": "acled"},
        {"actor1": "Zorglub Brigade", "actor2": "Civilians (Mali)", "source": "acled"},
        {"actor1": "GSIM", "actor2": "Military Forces of Mali (2021-)", "source": "acled"},
    ]
    grouped = [
        {"actor1": "Zorglub Brigade", "actor2": "Civilians (Mali)", "source": "acled", "n_events": 3},
        {"actor1": "GSIM", "actor2": "Military Forces of Mali (2021-)", "source": "acled", "n_events": 1},
    ]
    assert unresolved_report(grouped) == unresolved_report(one_each)
    assert unresolved_report(grouped)["unresolved"] == [{"name": "Zorglub Brigade", "events": 3}]
    assert unresolved_report(grouped)["events"] == 4
