"""Bootstrap intervals of the extraction scores: texts drawn with replacement, each score recomputed from their parts
(texts invented for these tests)."""

from sahelwatch.extraction import text_scores
from sahelwatch.extraction.text_scores import (
    SEED,
    OtherEventsScore,
    TextScore,
    bootstrap_intervals,
    macro_f1,
    score_texts,
)


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


class Drawn:
    """Stands in for random.Random: the replicates' draws are given, so that the interval can be worked out by hand.
    Replicate j (taken in a shuffled order) draws j texts right and 20 - j wrong: its share right is j / 20."""
    seeds: list = []

    def __init__(self, seed=None):
        Drawn.seeds.append(seed)
        self.order = [7, 0, 20, 13, 2, 19, 5, 11, 1, 16, 9, 3, 18, 12, 6, 15, 10, 4, 17, 8, 14]

    def choices(self, texts, k):
        right, wrong = text(0, True), text(1, False)
        j = self.order.pop(0)
        return [right] * j + [wrong] * (k - j)


def test_the_interval_is_the_5th_to_95th_percentile_of_the_replicates(monkeypatch):
    monkeypatch.setattr(text_scores.random, "Random", Drawn)
    Drawn.seeds = []
    texts = [text(i, i % 2 == 0) for i in range(20)]
    iv = bootstrap_intervals(texts, replicates=21)
    # the 21 replicates' shares are 0, 0.05, ..., 1: the 5% quantile is the second of them, the 95% the twentieth
    # (a 95% interval would be [0.025, 0.975], halfway to the outer ones)
    assert iv["sub_event_type"] == [0.05, 0.95] and iv["detection_precision"] == [0.05, 0.95]
    assert Drawn.seeds == [SEED]


def varied(n):
    """Texts whose scores take many values: one or two gold events, one to four predictions, some paired, the
    types mixed up among three; every other text labelled with a news other event, found in one text of four."""
    types = ("Attack", "Armed clash", "Arrests")
    none = text_scores.NO_EVENT
    out = []
    for i in range(n):
        gold, predicted = 1 + i % 2, 1 + i % 4
        paired = min(gold, predicted, (i * 5) % 3)
        said = [types[(i + g) % 3] if (i + g) % 5 else types[(i + g + 1) % 3] for g in range(paired)]  # 1 in 5 wrong
        sub = tuple((types[(i + g) % 3], said[g] if g < paired else none) for g in range(gold)) + (
            (none, types[i % 2]),) * (predicted - paired)
        found = i % 4 == 1 and predicted > paired
        news = ((types[(i + 2) % 3], types[(i + 2) % 3] if found else none),) if i % 2 else ()
        other_sub = sub[:gold] + news + sub[gold + found:]
        out.append(TextScore(f"v{i}", gold=gold, predicted=predicted, paired=paired,
                             hits=(("sub_event_type", sum(s == types[(i + g) % 3] for g, s in enumerate(said)),
                                    gold),),
                             sub_pairs=sub, other=OtherEventsScore(i % 2, 0, int(found), 0, other_sub)))
    return out


def test_the_same_seed_gives_the_same_interval_and_another_seed_another():
    texts = varied(60)
    first = bootstrap_intervals(texts)
    assert first == bootstrap_intervals(list(texts)) == bootstrap_intervals(texts, seed=SEED)
    others = [bootstrap_intervals(texts, seed=s) for s in (1, 2, 3, 4)]
    assert all(o != first for o in others)
    assert len({str(o["detection_precision"]) for o in others + [first]}) >= 4  # the draws differ, not the rounding


def test_the_macro_f1_intervals_come_from_the_texts_drawn():
    texts = varied(60)
    point, iv = score_texts(texts), bootstrap_intervals(texts)
    for key in ("sub_event_type_macro_f1", "sub_event_type_macro_f1_all_events"):
        lo, hi = iv[key]
        assert lo < point[key] < hi, key
        assert hi - lo > 0.05, key  # sixty texts of three types mixed up: far from one value


def test_the_macro_f1_counts_a_pair_as_often_as_it_occurs():
    # Attack: 2 right, 1 given as an arrest: precision 1, recall 2/3, F1 0.8; Arrests: 0; macro 0.4
    assert macro_f1([("Attack", "Attack"), ("Attack", "Attack"), ("Attack", "Arrests")]) == 0.4
    once = TextScore("a", 1, 1, 1, (), (("Attack", "Attack"),))
    wrong = TextScore("b", 1, 1, 1, (), (("Attack", "Arrests"),))
    assert score_texts([once, once, wrong])["sub_event_type_macro_f1"] == 0.4
    assert score_texts([once, wrong])["sub_event_type_macro_f1"] == round((2 / 3) / 2, 4)

