"""How costs grow with the size of a strategy: 1x, 10x and 100x the largest example.

The larger strategies come from ``bench/_grow.py`` (goals, audiences, channels, actions
and scenarios repeated with fresh ids and consistent references, checked valid). For
each size: writing it (``dumps``), reading it back (``loads``, with every check) and
scoring it, each as a ratio to the same operation on the 1x strategy, timed in turn
with it in the same run.
Only the repeated parts grow, so the file grows by less than the factor; costs that
are linear in the size of the file follow its KiB ratio:

    python bench/bench_growth.py
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from _common import largest_example, median_time, median_times, ms, table
from _grow import grow

import socialstrategy as ss

if TYPE_CHECKING:
    from collections.abc import Callable

#: Size factors, each with the number of timed rounds (fewer for the big ones).
SIZES = ((1, 20), (10, 9), (100, 5))
#: The 1x operation runs this many times in each round of a larger one (mean taken).
REPEAT = 5


def _operations(strategy: ss.Strategy) -> tuple[Callable[[], object], ...]:
    text = ss.dumps(strategy)
    assert ss.loads(text) == strategy
    return (lambda: ss.dumps(strategy), lambda: ss.loads(text), lambda: ss.score(strategy))


def _repeated(fn: Callable[[], object]) -> Callable[[], object]:
    return lambda: [fn() for _ in range(REPEAT)]


def main() -> None:
    base = ss.load(largest_example())
    print(f"grown from: {largest_example().name}")
    one = _operations(base)
    one_size = len(ss.dumps(base).encode())
    rows = []
    for factor, rounds in SIZES:
        strategy = grow(base, factor)
        size = len(ss.dumps(strategy).encode())
        cells = []
        for small, large in zip(one, _operations(strategy), strict=True):
            if factor == 1:
                cells.append(f"{ms(median_time(small, rounds))} (1.0x)")
                continue
            # The 1x operation takes turns with the large one, so that both meet the same
            # load on the machine; the ratio is of those two medians.
            base_cost, cost = median_times(_repeated(small), large, rounds=rounds)
            cells.append(f"{ms(cost)} ({cost / (base_cost / REPEAT):.1f}x)")
        rows.append(
            (
                f"{factor}x",
                len(strategy.goals),
                len(strategy.actions),
                f"{size // 1024} ({size / one_size:.1f}x)",
                *cells,
            )
        )
    table(("size", "goals", "actions", "KiB", "dumps ms", "loads ms", "score ms"), rows)
    print(
        "(n x): a multiple of the 1x strategy's; only the repeated parts grow, so the file"
        " grows less than the factor: costs linear in the file's size follow the KiB column"
    )


if __name__ == "__main__":
    main()
