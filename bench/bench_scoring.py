"""Scoring cost per strategy, as a ratio to loading the same file, in one run.

python bench/bench_scoring.py
"""

from __future__ import annotations

import statistics

from _common import examples, median_times, ms, table

import socialstrategy as ss
from socialstrategy.scoring import score

ROUNDS = 30


def main() -> None:
    rows, ratios = [], []
    for path in examples():
        text = path.read_bytes()
        strategy = ss.loads(text)
        load, run = median_times(
            lambda text=text: ss.loads(text), lambda s=strategy: score(s), rounds=ROUNDS
        )
        ratios.append(run / load)
        rows.append((path.stem, ms(load), ms(run), f"{run / load:.2f}"))
    table(("strategy", "load ms", "score ms", "score/load"), rows)
    print(f"median score/load ratio: {statistics.median(ratios):.2f} (below 1: scoring costs less)")


if __name__ == "__main__":
    main()
