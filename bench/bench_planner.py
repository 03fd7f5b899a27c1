"""The planner's rerun cost per step, as a ratio to an empty Streamlit app's rerun.

Both are measured in the same run with Streamlit's AppTest (server side, no browser),
on the largest bundled example strategy. The headline keeps compiled scripts between
runs as a Streamlit server does; a second column shows the ratio as AppTest runs by
itself, compiling every script on every run:

    python bench/bench_planner.py
"""

from __future__ import annotations

import os
import shutil
import statistics
import tempfile
from pathlib import Path

from _common import (
    APP,
    ROOT,
    largest_example,
    median_times,
    quiet_streamlit,
    table,
    with_server_script_cache,
)
from streamlit.testing.v1 import AppTest

from socialstrategy.planner.steps import STEPS

PAGES = ROOT / "src" / "socialstrategy" / "planner" / "pages"
ROUNDS = 25


def _median_reruns(
    at: AppTest, empty: AppTest, rounds: int = ROUNDS
) -> tuple[float, float, float, float]:
    """The median rerun of *at* and of the empty app, the two taking turns.

    First the two as a server runs them (scripts compiled once), then as AppTest runs
    them (every script compiled anew on every run).
    """
    # Two warm-up runs: the first imports and builds caches.
    timings = median_times(
        with_server_script_cache(at.run),
        with_server_script_cache(empty.run),
        at.run,
        empty.run,
        rounds=rounds,
        warmup=2,
    )
    assert not at.exception, at.exception
    return timings


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
            cost, floor, compiling, compiling_floor = _median_reruns(at, empty)
            floors.append(floor)
            rows.append(
                (
                    step.key,
                    f"{cost * 1e3:.1f}",
                    f"{floor * 1e3:.1f}",
                    f"{cost / floor:.1f}",
                    f"{compiling / compiling_floor:.1f}",
                )
            )
            if cost / floor > worst[1]:
                worst = (step.key, cost / floor)
        print(
            f"empty Streamlit app rerun (the floor): {statistics.median(floors) * 1e3:.1f} ms"
            f" (median; {min(floors) * 1e3:.1f}-{max(floors) * 1e3:.1f} ms)"
        )
        table(("step", "rerun ms", "floor ms", "x floor", "x floor, compiling"), rows)
        print(
            "x floor: scripts compiled once, as a server keeps them; compiling: as AppTest"
            " runs them, every script compiled anew on every run"
        )
        print(f"heaviest step: {worst[0]}, {worst[1]:.1f}x an empty app's rerun")


if __name__ == "__main__":
    main()
