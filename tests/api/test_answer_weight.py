"""The answer cache's byte bound weighs what an answer really holds: frames and arrays by their memory, objects by
their attributes, not a fixed few bytes."""
import numpy as np
import pandas as pd

from sahelwatch.api.db import _weight


def test_a_frame_weighs_at_least_its_columns():
    frame = pd.DataFrame({"n": np.arange(100_000), "name": ["Ménaka"] * 100_000})
    assert _weight(frame) >= frame.memory_usage(deep=True).sum() > 800_000
    assert _weight(frame["n"]) >= 800_000


def test_arrays_and_objects_weigh_their_contents():
    assert _weight(np.zeros(50_000)) >= 400_000

    class Answer:
        def __init__(self):
            self.rows = ["x" * 1_000] * 100

    assert _weight(Answer()) >= 100_000
    assert _weight({"a": [b"y" * 10_000]}) >= 10_000
    assert _weight(7) < _weight("seven letters" * 10)
