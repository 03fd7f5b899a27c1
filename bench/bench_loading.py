"""Loading and validating a strategy, as a ratio to the raw TOML parse of the same text.

``socialstrategy.loads`` parses with tomli, migrates, structures the model with cattrs
(every field checked) and checks every cross-reference; ``tomli.loads`` only parses.
Both get the same decoded text, measured in the same run, for every bundled example:

    python bench/bench_loading.py
"""

from __future__ import annotations

import statistics

import tomli
from _common import examples, median_times, ms, table

import socialstrategy as ss

ROUNDS = 30


def main() -> None:
    rows, ratios = [], []
    for path in examples():
        text = path.read_text(encoding="utf-8")
        parse, load = median_times(
            lambda text=text: tomli.loads(text), lambda text=text: ss.loads(text), rounds=ROUNDS
        )
        ratios.append(load / parse)
        rows.append((path.stem, len(text) // 1024, ms(parse), ms(load), f"{load / parse:.1f}"))
    table(("strategy", "KiB", "toml parse ms", "load ms", "load/parse"), rows)
    print(
        f"median load/parse ratio: {statistics.median(ratios):.1f}"
        " (loading and validating costs that many raw TOML parses)"
    )


if __name__ == "__main__":
    main()
