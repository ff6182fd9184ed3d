from sahelwatch.memo import BoundedMemo


def test_each_key_is_computed_once_and_the_memo_stays_bounded():
    calls = []

    def square(k):
        calls.append(k)
        return k * k

    memo = BoundedMemo(square, max_size=3)
    assert [memo[2], memo[2], memo[3]] == [4, 4, 9]
    assert calls == [2, 3]
    for k in range(10):
        assert memo[k] == k * k
        assert len(memo) <= 3
    assert memo[9] == 81 and calls.count(9) == 1
