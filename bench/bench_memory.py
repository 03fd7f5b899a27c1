"""Memory of planner sessions: the server's RSS growth, as a ratio to its RSS when idle.

A planner server starts on a workspace holding a copy of the largest example; its RSS
is read once it answers ``/_stcore/health`` (idle: no session yet). A headless Chromium
then opens that draft and visits every step through the sidebar, in one session; the
growth of the RSS is compared with the idle RSS. The first session also pays for the
one-off imports and caches, so a second session, with the first still open, does the
same walk afterwards:

    python bench/bench_memory.py
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from _common import APP, MIB, Server, chromium, largest_example, settle, table

import socialstrategy as ss
from socialstrategy.planner.steps import STEPS

if TYPE_CHECKING:
    from playwright.sync_api import BrowserContext

DRAFT = "bench-draft"
VIEWPORT = {"width": 1400, "height": 1000}


def walk(context: BrowserContext, server: Server, organisation: str) -> None:
    """Open the draft on the Start page and visit every step in one browser session."""
    page = context.new_page()
    page.goto(f"{server.url}/?d={DRAFT}")
    for index, step in enumerate(STEPS):
        if index > 0:  # a click in the page keeps the session; page.goto would not
            page.locator(f"[data-testid='stSidebarNavLink'][href$='/{step.key}']").click()
        heading = page.get_by_role("heading", name=step.title.nl, exact=True, level=1)
        heading.wait_for(timeout=60_000)
        settle(page)
        assert page.locator("[data-testid='stException']").count() == 0, step.key
        if step.key == "organisation":  # the draft is open, not a blank plan
            field = page.get_by_label("Naam", exact=True)
            assert field.input_value() == organisation, field.input_value()


def main() -> None:
    largest = largest_example()
    organisation = ss.load(largest).organisation.name
    with tempfile.TemporaryDirectory(prefix="bench-memory-") as folder, chromium() as browser:
        workspace = Path(folder)
        shutil.copyfile(largest, workspace / f"{DRAFT}.toml")
        with Server(APP, workspace=workspace) as server:
            server.start()
            time.sleep(1)  # let the server finish starting up
            idle = server.rss()
            # The first session stays open while the second walks: two users at once.
            first_user = browser.new_context(viewport=VIEWPORT)
            second_user = browser.new_context(viewport=VIEWPORT)
            try:
                walk(first_user, server, organisation)
                first = server.rss()
                walk(second_user, server, organisation)
                second = server.rss()
            finally:
                first_user.close()
                second_user.close()
    print(f"draft: {largest.name} ({largest.stat().st_size // 1024} KiB), {len(STEPS)} steps")
    table(
        ("server RSS", "MiB", "growth MiB", "growth/idle"),
        [
            ("idle", f"{idle / MIB:.0f}", "", ""),
            (
                "after 1st session",
                f"{first / MIB:.0f}",
                f"{(first - idle) / MIB:.0f}",
                f"{(first - idle) / idle:.2f}",
            ),
            (
                "after 2nd session (1st open)",
                f"{second / MIB:.0f}",
                f"{(second - first) / MIB:.0f}",
                f"{(second - first) / idle:.2f}",
            ),
        ],
    )
    growth, more = (first - idle) / MIB, (second - first) / MIB
    print(
        f"one planner session: +{growth:.0f} MiB, {(first - idle) / idle:.2f}x the idle"
        f" server's RSS ({idle / MIB:.0f} MiB); a second one at the same time: +{more:.0f} MiB"
    )


if __name__ == "__main__":
    main()
