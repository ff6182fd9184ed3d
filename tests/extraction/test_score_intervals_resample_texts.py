"""Bootstrap intervals of the extraction scores: texts drawn with replacement, each score recomputed from their parts
(texts invented for these tests)."""

from sahelwatch.extraction.text_scores import TextScore, bootstrap_intervals, quantile, score_texts


def text(i, right, gold=1):
    """A text with one gold event, its sub-event type right or not, its one prediction paired when right."""
    return TextScore(f"t{i}", gold=gold, predicted=1, paired=int(right),
                     hits=(("sub_event_type", int(right), 1),) if gold else (),
                     sub_pairs=(("Attack", "Attack" if right else "Armed clash"),) if gold else ())


def test_every_text_right_gives_the_interval_one_to_one():
    iv = bootstrap_intervals([text(i, True) for i in range(30)])
    assert iv["sub_event_type"] == [1.0, 1.0]
    assert iv["detection_precision"] == [1.0, 1.0] and iv["detection_recall"] == [1.0, 1.0]


def test_a_known_proportion_lies_inside_its_interval_and_more_texts_narrow_it():
    def width(n):
        texts = [text(i, i % 4 != 0) for i in range(n)]  # three in four right
        assert score_texts(texts)["sub_event_type"] == 0.75
        lo, hi = bootstrap_intervals(texts)["sub_event_type"]
        assert lo < 0.75 < hi
        return hi - lo

    small, large = width(20), width(320)
    assert large < small / 2  # the width falls as one over the square root of the texts: 4 times fewer here


def test_the_same_texts_give_the_same_interval():
    texts = [text(i, i % 3 != 0) for i in range(40)]
    first = bootstrap_intervals(texts)
    assert first == bootstrap_intervals(list(texts))
    assert first["sub_event_type"][0] < first["sub_event_type"][1]  # not a degenerate draw


def test_a_score_undefined_in_a_replicate_is_left_out_of_that_replicate_only():
    # one text without an event among twenty: many replicates draw it not at all
    texts = [text(i, True) for i in range(19)] + [TextScore("none", 0, 0, 0, (), ())]
    iv = bootstrap_intervals(texts)
    assert iv["no_event_texts_correct"] == [1.0, 1.0]
    assert "detection_precision_all_events" not in iv  # null for the texts, so no interval


def test_quantile_interpolates_between_order_statistics():
    assert quantile([3.0, 1.0, 2.0, 4.0], 0.5) == 2.5
    assert quantile([0.0, 10.0], 0.05) == 0.5
    assert quantile([7.0], 0.95) == 7.0
