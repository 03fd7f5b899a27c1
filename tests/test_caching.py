"""The bounded map that keeps saved revisions, written documents and opened drafts."""

from __future__ import annotations

import threading

from socialstrategy.caching import Bounded


def test_the_entry_used_longest_ago_goes_first() -> None:
    kept: Bounded[str, int] = Bounded(2)
    kept.put("a", 1)
    kept.put("b", 2)
    assert kept.get("a") == 1  # now "b" is the one used longest ago
    kept.put("c", 3)
    assert len(kept) == 2
    assert kept.get("b") is None
    assert (kept.get("a"), kept.get("c")) == (1, 3)


def test_putting_a_key_again_renews_it() -> None:
    kept: Bounded[str, int] = Bounded(2)
    kept.put("a", 1)
    kept.put("b", 2)
    kept.put("a", 10)
    kept.put("c", 3)
    assert (kept.get("a"), kept.get("b"), kept.get("c")) == (10, None, 3)


def test_a_popped_value_is_gone() -> None:
    kept: Bounded[str, int] = Bounded(4)
    kept.put("a", 1)
    assert kept.pop("a") == 1
    assert kept.pop("a") is None
    assert kept.get("a") is None


def test_many_threads_never_keep_more_than_the_bound() -> None:
    kept: Bounded[int, int] = Bounded(50)

    def fill(start: int) -> None:
        for n in range(start, start + 2000):
            kept.put(n, n)
            kept.get(n - 1)

    threads = [threading.Thread(target=fill, args=(i * 10_000,)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(kept) == 50
