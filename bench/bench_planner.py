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
import time
from pathlib import Path

from streamlit.testing.v1 import AppTest

from socialstrategy.planner.steps import STEPS

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "src" / "socialstrategy" / "planner" / "pages"
ROUNDS = 25


def _median_rerun(at: AppTest, rounds: int = ROUNDS) -> float:
    at.run()  # warm: first run imports and builds caches
    at.run()
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        at.run()
        times.append(time.perf_counter() - start)
    assert not at.exception, at.exception
    return statistics.median(times)


def main() -> None:
    largest = max((ROOT / "strategies").glob("*.toml"), key=lambda p: p.stat().st_size)
    with tempfile.TemporaryDirectory() as folder:
        os.environ["SOCIALSTRATEGY_WORKSPACE"] = folder
        shutil.copyfile(largest, Path(folder) / "bench-draft.toml")
        floor = _median_rerun(AppTest.from_string("import streamlit as st\n"))
        print(f"largest example: {largest.name} ({largest.stat().st_size // 1024} KiB)")
        print(f"empty Streamlit app rerun: {floor * 1e3:.1f} ms (the floor)")
        print(f"{'step':14} {'rerun ms':>9} {'x floor':>8}")
        worst = ("", 0.0)
        for step in STEPS:
            at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
            at.query_params["d"] = "bench-draft"
            at.switch_page(str(PAGES / step.file))
            cost = _median_rerun(at)
            print(f"{step.key:14} {cost * 1e3:9.1f} {cost / floor:8.1f}")
            if cost > worst[1]:
                worst = (step.key, cost)
        print(f"heaviest step: {worst[0]}, {worst[1] / floor:.1f}x an empty app's rerun")


if __name__ == "__main__":
    main()
