"""Scoring cost per strategy, as a ratio to loading the same file, in one run.

python bench/bench_scoring.py
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

import socialstrategy as ss
from socialstrategy.scoring import score

STRATEGIES = Path(__file__).resolve().parent.parent / "strategies"
ROUNDS = 30


def _median(fn: object, rounds: int = ROUNDS) -> float:
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    print(f"{'strategy':32} {'load ms':>8} {'score ms':>9} {'score/load':>10}")
    ratios = []
    for path in sorted(STRATEGIES.glob("*.toml")):
        text = path.read_bytes()
        strategy = ss.loads(text)
        load = _median(lambda text=text: ss.loads(text))
        run = _median(lambda strategy=strategy: score(strategy))
        ratios.append(run / load)
        print(f"{path.stem:32} {load * 1e3:8.2f} {run * 1e3:9.2f} {run / load:10.2f}")
    print(f"median score/load ratio: {statistics.median(ratios):.2f} (below 1: scoring costs less)")


if __name__ == "__main__":
    main()
