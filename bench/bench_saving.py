"""Saving with many managers at once: 20 browser sessions at a human pace vs. one.

Each session opens a plan of its own on one planner server and types a new value into
Organisatie → Werkgebied every 2–4 s (drawn per session, the same every run). Prints the
edits made, the edits lost (shown on the page but not in the file, or not after a
reload: must be 0), and the p50/p95 time from Enter to the value being in the file, as
a ratio to the same measure with one session at the same pace, measured in the same run.

First, the writer alone: the largest example with a comment above every header and a
note after every third value, one field edited, written into that text (comments kept,
``dumps_over``) vs. by the plain writer (``dumps``); ``python bench/bench_saving.py writer``
prints only that figure.
"""

from __future__ import annotations

import asyncio
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import attrs
from _common import (
    CHROMIUM,
    CHROMIUM_FLAGS,
    ROOT,
    STRATEGIES,
    Server,
    largest_example,
    median_times,
    ms,
    quiet_streamlit,
    table,
)

import socialstrategy as ss

sys.path.insert(0, str(ROOT))
from tests.files.test_inplace import commented  # the comments the tests add
from tests.planner import editors  # the driver the load test uses too

PACE = (2.0, 4.0)
SECONDS = 60.0
SESSIONS = 20


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def measure(sessions: int, seconds: float) -> tuple[int, int, list[float]]:
    """Edits, losses and every Enter-to-saved time of *sessions* at once."""
    with tempfile.TemporaryDirectory(prefix="bench-saving-") as folder:
        workspace = Path(folder)
        plans = []
        for i in range(sessions):
            plans.append(workspace / f"plan-{i:02d}.toml")
            shutil.copyfile(STRATEGIES / "zorggroep-de-linde.toml", plans[-1])
        server = Server(ROOT / "app.py", workspace=workspace).start()
        try:
            outcomes = asyncio.run(
                editors.run(
                    server.url,
                    plans,
                    seconds=seconds,
                    pace=PACE,
                    executable=CHROMIUM,
                    args=list(CHROMIUM_FLAGS),
                )
            )
        finally:
            server.stop()
    times = [t for o in outcomes for t in o.to_saved]
    edits = sum(o.edits for o in outcomes)
    lost = sum(o.lost for o in outcomes) + (edits - len(times))
    return edits, lost, times


def _next_save(text: str, was: ss.Strategy) -> tuple[float, float]:
    """A second edit after a first (the planner's usual case: the tree the first save
    wrote is kept): median seconds of the plain writer and of keeping the comments."""
    once = attrs.evolve(was, meta=attrs.evolve(was.meta, title="Een nieuwe titel"))
    twice = attrs.evolve(once, organisation=attrs.evolve(once.organisation, name="De Linde"))
    plain_times, next_times = [], []
    for _ in range(15):
        first = ss.dumps_over(text, once, was)
        start = time.perf_counter()
        ss.dumps_over(first, twice, once)
        next_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        ss.dumps(twice)
        plain_times.append(time.perf_counter() - start)
    return statistics.median(plain_times), statistics.median(next_times)


def writer() -> None:
    """Writing one edit of a commented file: kept comments vs. the plain writer, for
    start-hier (as bundled) and the largest example (commented the way the tests do),
    a first save (the text parsed) and the next one."""
    rows, ratios = [], []
    for path in (STRATEGIES / "start-hier.toml", largest_example()):
        text = commented(path.read_text(encoding="utf-8"))
        was = ss.loads(text)
        edited = attrs.evolve(was, meta=attrs.evolve(was.meta, title="Een nieuwe titel"))
        assert ss.dumps_over(text, edited, was) != ss.dumps(edited), "comments not kept"
        first = median_times(
            lambda e=edited: ss.dumps(e),
            lambda t=text, e=edited, w=was: ss.dumps_over(t, e, w),
            rounds=15,
        )
        for name, (plain, keeping) in (("first save", first), ("next save", _next_save(text, was))):
            ratios.append(keeping / plain)
            rows.append(
                (
                    f"{path.stem}, {name}",
                    len(text) // 1024,
                    ms(plain),
                    ms(keeping),
                    f"{keeping / plain:.1f}",
                )
            )
    table(("strategy", "KiB", "plain ms", "comments kept ms", "kept/plain"), rows)
    print(
        "saving one edit into a commented file, as a ratio to the plain writer:"
        f" start-hier {ratios[0]:.1f}x the first save, {ratios[1]:.1f}x the next;"
        f" the largest example {ratios[2]:.1f}x and {ratios[3]:.1f}x"
    )


def main() -> None:
    writer()
    if sys.argv[1:] == ["writer"]:
        return
    quiet_streamlit()
    one = measure(1, SECONDS / 2)
    many = measure(SESSIONS, SECONDS)
    rows = []
    for name, (edits, lost, times) in (("1 session", one), (f"{SESSIONS} sessions", many)):
        rows.append(
            (
                name,
                edits,
                lost,
                ms(statistics.median(times)),
                ms(_percentile(times, 0.95)),
            )
        )
    table(("sessions", "edits", "lost", "p50 Enter→saved", "p95 Enter→saved"), rows)
    p50 = statistics.median(many[2]) / statistics.median(one[2])
    p95 = _percentile(many[2], 0.95) / _percentile(one[2], 0.95)
    print(
        f"saving with {SESSIONS} sessions at a human pace: {many[1]} of {many[0]} edits lost;"
        f" Enter to saved {p50:.1f}x (p50) and {p95:.1f}x (p95) one session's"
    )


if __name__ == "__main__":
    main()
