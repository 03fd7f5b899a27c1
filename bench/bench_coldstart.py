"""The planner's cold start, as a ratio to a hello-world Streamlit app's, in one run.

A cold start runs from spawning ``streamlit run`` to the moment a headless Chromium
shows the first page's title (the planner's Start page; ``st.title("Hallo")`` for the
hello-world app). The browser is launched beforehand; each start gets a fresh server
and a fresh browser context. Beside it: when ``/_stcore/health`` first answered, and
when the first script run had finished. Median of 3, the two apps taking turns:

    python bench/bench_coldstart.py
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from _common import (
    APP,
    SCRIPT_DONE,
    Server,
    chromium,
    ms,
    seeded_workspace,
    table,
)

if TYPE_CHECKING:
    from playwright.sync_api import Browser

ROUNDS = 3
HELLO = 'import streamlit as st\n\nst.title("Hallo")\n'


def cold_start(browser: Browser, script: Path, title: str, workspace: Path) -> tuple[float, ...]:
    """Seconds from spawning the server to: health ok, title shown, first run done."""
    with Server(script, workspace=workspace) as server:
        server.spawn()
        server.wait_healthy()
        healthy = time.perf_counter() - server.started
        context = browser.new_context()
        try:
            page = context.new_page()
            page.goto(server.url)
            page.get_by_role("heading", name=title, exact=True, level=1).wait_for(timeout=60_000)
            shown = time.perf_counter() - server.started
            page.wait_for_function(SCRIPT_DONE, timeout=60_000)
            done = time.perf_counter() - server.started
            assert page.locator("[data-testid='stException']").count() == 0
        finally:
            context.close()
    return healthy, shown, done


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="bench-coldstart-") as folder, chromium() as browser:
        hello = Path(folder) / "hello.py"
        hello.write_text(HELLO, encoding="utf-8")
        workspace = seeded_workspace(Path(folder) / "workspace")
        apps = {"planner": (APP, "Start"), "hello world": (hello, "Hallo")}
        times: dict[str, list[tuple[float, ...]]] = {name: [] for name in apps}
        for _ in range(ROUNDS):
            for name, (script, title) in apps.items():
                times[name].append(cold_start(browser, script, title, workspace))
    medians = {
        name: [statistics.median(run[i] for run in runs) for i in range(3)]
        for name, runs in times.items()
    }
    planner, floor = medians["planner"], medians["hello world"]
    table(
        ("app", "health ms", "title shown ms", "first run done ms"),
        [(name, *(ms(t) for t in m)) for name, m in medians.items()],
    )
    print(
        f"planner cold start: {planner[1] / floor[1]:.1f}x a hello-world app's to the title"
        f" shown, {planner[2] / floor[2]:.1f}x to the first run done (median of {ROUNDS})"
    )


if __name__ == "__main__":
    main()
