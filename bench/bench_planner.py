"""The planner's rerun cost per step, as a ratio to an empty Streamlit app's rerun.

Both are measured in the same run with Streamlit's AppTest (server side, no browser),
on the largest bundled example strategy:

    python bench/bench_planner.py
"""

from __future__ import annotations

import os
import shutil
import statistics
import tempfile
from pathlib import Path

from _common import APP, ROOT, largest_example, median_times, quiet_streamlit, table
from streamlit.testing.v1 import AppTest

from socialstrategy.planner.steps import STEPS

PAGES = ROOT / "src" / "socialstrategy" / "planner" / "pages"
ROUNDS = 25


def _median_reruns(at: AppTest, empty: AppTest, rounds: int = ROUNDS) -> tuple[float, float]:
    """The median rerun of *at* and of the empty app, the two taking turns."""
    # Two warm-up runs: the first imports and builds caches.
    cost, floor = median_times(at.run, empty.run, rounds=rounds, warmup=2)
    assert not at.exception, at.exception
    return cost, floor


def main() -> None:
    quiet_streamlit()
    largest = largest_example()
    with tempfile.TemporaryDirectory(prefix="bench-planner-") as folder:
        os.environ["SOCIALSTRATEGY_WORKSPACE"] = folder
        shutil.copyfile(largest, Path(folder) / "bench-draft.toml")
        empty = AppTest.from_string("import streamlit as st\n")
        print(f"largest example: {largest.name} ({largest.stat().st_size // 1024} KiB)")
        rows, floors, worst = [], [], ("", 0.0)
        for step in STEPS:
            at = AppTest.from_file(str(APP), default_timeout=60)
            at.query_params["d"] = "bench-draft"
            at.switch_page(str(PAGES / step.file))
            # The floor is measured anew with every step, rerun for rerun in turn with it,
            # so that a burst of load on the machine moves both sides of the ratio.
            cost, floor = _median_reruns(at, empty)
            floors.append(floor)
            rows.append(
                (step.key, f"{cost * 1e3:.1f}", f"{floor * 1e3:.1f}", f"{cost / floor:.1f}")
            )
            if cost / floor > worst[1]:
                worst = (step.key, cost / floor)
        print(
            f"empty Streamlit app rerun (the floor): {statistics.median(floors) * 1e3:.1f} ms"
            f" (median; {min(floors) * 1e3:.1f}-{max(floors) * 1e3:.1f} ms)"
        )
        table(("step", "rerun ms", "floor ms", "x floor"), rows)
        print(f"heaviest step: {worst[0]}, {worst[1]:.1f}x an empty app's rerun")


if __name__ == "__main__":
    main()
