"""``explode_ids``: one row per (event row, actor id), whatever holds the lists (Python lists, numpy arrays as the
store's frames give them, None, NaN, empty)."""

from __future__ import annotations

import numpy as np
import pandas as pd


def test_each_id_of_each_list_becomes_a_row_keeping_the_events_index_and_side():
    from sahelwatch.analytics._frame import explode_ids

    df = pd.DataFrame({"actor1_ids": [["jnim", "isgs"], None, np.array(["fama"], dtype=object), [], float("nan")],
                       "actor2_ids": [np.array([], dtype=object), ["mnla", ""], None, ["jnim"], ["isgs", None]]},
                      index=[10, 11, 12, 13, 14])
    out = explode_ids(df, ["actor1_ids", "actor2_ids"])
    assert list(zip(out["row"], out["actor_id"], out["side"])) == [
        (10, "jnim", "actor1_ids"), (10, "isgs", "actor1_ids"), (12, "fama", "actor1_ids"),
        (11, "mnla", "actor2_ids"), (13, "jnim", "actor2_ids"), (14, "isgs", "actor2_ids")]


def test_no_id_at_all_gives_an_empty_frame_with_the_three_columns():
    from sahelwatch.analytics._frame import explode_ids

    out = explode_ids(pd.DataFrame({"actor1_ids": [None, []]}), ["actor1_ids"])
    assert out.empty and list(out.columns) == ["row", "actor_id", "side"]
