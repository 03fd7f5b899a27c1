"""Every export of the largest example, as a ratio to building its outline alone.

Building the outline (scoring, the document's blocks, the Vega-Lite specs of its
charts) is the floor every format pays; rendering comes on top. Each export is timed
as ``export(strategy, fmt, document=...)``, the median of 5 after a warm-up, taking
turns with the build so both see the same load. "first" is the export before any chart
was drawn (pictures are cached per spec): what the first download of a session costs.

    python bench/bench_export.py
"""

from __future__ import annotations

import datetime as dt
import statistics
import time

from _common import largest_example, median_times, ms, table

import socialstrategy as ss
from socialstrategy.export import DOCUMENTS, FORMATS, build, export, static_charts

ROUNDS = 5
TODAY = dt.date(2026, 11, 23)


def main() -> None:
    path = largest_example()
    strategy = ss.load(path)
    print(f"{path.name}: {len(strategy.goals)} goals, {len(strategy.channels)} channels")
    rows, ratios = [], []
    for document in DOCUMENTS:
        for fmt in FORMATS:
            static_charts.clear_cache()
            start = time.perf_counter()
            data = export(strategy, fmt, document=document, today=TODAY)
            first = time.perf_counter() - start
            floor, spent = median_times(
                lambda document=document: build(strategy, document, today=TODAY),
                lambda document=document, fmt=fmt: export(
                    strategy, fmt, document=document, today=TODAY
                ),
                rounds=ROUNDS,
            )
            ratios.append(spent / floor)
            rows.append(
                (
                    f"{document} {fmt}",
                    f"{len(data) // 1024}",
                    ms(floor),
                    ms(first),
                    ms(spent),
                    f"{spent / floor:.1f}",
                )
            )
    table(("export", "KiB", "build ms", "first ms", "export ms", "export/build"), rows)
    print(
        f"median export/build ratio: {statistics.median(ratios):.1f}"
        " (an export costs that many builds of its outline)"
    )


if __name__ == "__main__":
    main()
