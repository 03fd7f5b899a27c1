"""Managers editing at once: browser sessions on one planner, each typing into a field.

Shared by the load test (``test_load.py``) and the saving benchmark
(``bench/bench_saving.py``). Each session opens its own plan, types a new value into a
text field, presses Enter, and goes on; *Enter to saved* is the time until the value is in
the plan's file on disk. At the end it waits until the page is quiet and compares the
value the page shows, the value on disk and the value after a reload.
"""

from __future__ import annotations

import asyncio
import random
import time
from pathlib import Path
from typing import TYPE_CHECKING

import attrs

import socialstrategy as ss

if TYPE_CHECKING:
    from playwright.async_api import Browser, Page

QUIET = (
    "() => { const app = document.querySelector(\"[data-testid='stApp']\");"
    " return app && app.getAttribute('data-test-script-state') === 'notRunning'; }"
)


@attrs.define
class Outcome:
    """What one session did and what became of it."""

    session: int
    edits: int = 0
    #: Seconds from Enter until the value was in the file, per edit.
    to_saved: list[float] = attrs.Factory(list)
    shown: str = ""
    on_disk: str = ""
    after_reload: str = ""
    status: str = ""

    @property
    def lost(self) -> bool:
        return not (self.shown == self.on_disk == self.after_reload)


async def quiet(page: Page, timeout: float = 180_000) -> None:
    await page.wait_for_timeout(100)  # let the rerun that was just asked for begin
    await page.wait_for_function(QUIET, timeout=timeout)


async def _until_on_disk(path: Path, value: str, limit: float = 120.0) -> float | None:
    """Seconds until *path* holds *value* (polled), None when it never did."""
    needle = f'"{value}"'.encode()
    begin = time.monotonic()
    while time.monotonic() - begin < limit:
        try:
            if needle in path.read_bytes():
                return time.monotonic() - begin
        except OSError:
            pass
        await asyncio.sleep(0.05)
    return None


async def edit(
    browser: Browser,
    url: str,
    plan: Path,
    session: int,
    *,
    seconds: float,
    pace: tuple[float, float] | None = None,
    label: str = "Werkgebied",
) -> Outcome:
    """One session typing into *label* of the organisation step of *plan* for *seconds*:
    as fast as the page allows (*pace* None: the next value once the page is quiet), or
    one edit every *pace* seconds (drawn evenly between the two)."""
    outcome = Outcome(session)
    pick = random.Random(session)
    context = await browser.new_context(viewport={"width": 1300, "height": 1100})
    context.set_default_timeout(90_000)
    try:
        page = await context.new_page()
        await page.goto(f"{url}/organisation?d={plan.stem}")
        await quiet(page)
        field = page.get_by_label(label, exact=True)
        end = time.monotonic() + seconds
        waits: list[asyncio.Task[float | None]] = []
        while time.monotonic() < end:
            outcome.edits += 1
            value = f"s{session}-e{outcome.edits}"
            await field.fill(value)
            await field.press("Enter")
            waits.append(asyncio.create_task(_until_on_disk(plan, value)))
            if pace is None:
                await quiet(page)
            else:
                await page.wait_for_timeout(1000 * pick.uniform(*pace))
        await quiet(page)
        outcome.to_saved = [t for t in await asyncio.gather(*waits) if t is not None]
        outcome.shown = await field.input_value()
        outcome.on_disk = ss.load(plan).organisation.region
        outcome.status = await page.locator("[data-testid='stSidebar']").inner_text()
        await page.reload()
        await quiet(page)
        # The browser fills a field a moment after drawing it: wait (as `expect` would) up
        # to 30 s for the value on disk; another value, or none, is what is recorded.
        fresh = page.get_by_label(label, exact=True)
        for _ in range(60):
            outcome.after_reload = await fresh.input_value()
            if outcome.after_reload == outcome.on_disk:
                break
            await page.wait_for_timeout(500)
    finally:
        await context.close()
    return outcome


async def run(
    url: str,
    plans: list[Path],
    *,
    seconds: float,
    pace: tuple[float, float] | None = None,
    executable: str,
    args: list[str],
) -> list[Outcome]:
    """Every plan edited by a session of its own, all at once, in one headless Chromium;
    the whole of it bounded in time (a planner that hangs fails, it does not hang CI)."""
    return await asyncio.wait_for(
        _run(url, plans, seconds=seconds, pace=pace, executable=executable, args=args),
        timeout=seconds + 300,
    )


async def _run(
    url: str,
    plans: list[Path],
    *,
    seconds: float,
    pace: tuple[float, float] | None,
    executable: str,
    args: list[str],
) -> list[Outcome]:
    from playwright.async_api import async_playwright  # noqa: PLC0415 (only when run)

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(executable_path=executable, args=args)
        try:
            return list(
                await asyncio.gather(
                    *(
                        edit(browser, url, plan, i, seconds=seconds, pace=pace)
                        for i, plan in enumerate(plans)
                    )
                )
            )
        finally:
            await browser.close()
