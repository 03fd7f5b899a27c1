"""An earlier revision of a bundled example, opened in real Chromium from the review step:
every step shows it read only under a banner, a refresh keeps it, and the button goes
back to the current version. Nothing is written meanwhile."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.planner.test_browser import browser, server, settle, shot

if TYPE_CHECKING:
    from pathlib import Path

    from tests.planner.test_browser import Server

__all__ = ["browser", "server"]  # the shared fixtures

pytestmark = pytest.mark.browser
PLAN = "ziekenhuis-amstelzicht"
BANNER = "Je bekijkt versie 4 van 18 november 2025 (vastgesteld) — alleen lezen."
CLOSED = "Ziekenhuis Amstelzicht locatie Diemen"


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _main(page: Page) -> str:
    return page.locator("[data-testid='stMain']").inner_text()


def test_an_old_revision_is_read_on_every_step_and_left_again(
    server: Server, browser: Browser
) -> None:
    context = browser.new_context(viewport={"width": 1400, "height": 1800})
    page = context.new_page()
    page.goto(f"{server.url}/review?d={PLAN}")  # the new workspace is seeded with history
    settle(page)
    before = _files(server.workspace)
    assert f".history/{PLAN}/000011.toml" in before

    # Scrolled to first: the charts above it draw as they come into view, and move it.
    since = page.get_by_role("combobox", name="Sinds versie")
    since.scroll_into_view_if_needed()
    settle(page)
    since.click()
    page.get_by_role("option", name="Versie 4 ·", exact=False).click()
    settle(page)
    page.get_by_role("button", name="Versie 4 bekijken").click()
    settle(page)
    expect(page.get_by_text(BANNER)).to_be_visible()
    assert "v=4" in page.url
    page.get_by_text(BANNER).scroll_into_view_if_needed()
    shot(page, "revision-00-review-version-4")

    # Another step through the sidebar: the same revision, read only.
    page.locator("[data-testid='stSidebarNav'] a[href*='channels']").click()
    settle(page)
    expect(page.get_by_text(BANNER)).to_be_visible()
    assert "v=4" in page.url
    assert CLOSED in _main(page)  # the page merged into the main one since
    # Every field disabled (the pickers of which item to show stay open: reading).
    fields = page.locator(
        "[data-testid='stMain'] input[type='text']:not([role='combobox']),"
        " [data-testid='stMain'] textarea"
    )
    assert fields.count() > 0
    for index in range(fields.count()):
        expect(fields.nth(index)).to_be_disabled()
    shot(page, "revision-01-channels-version-4")
    text = _main(page)
    for english in ("Read only", "You are viewing", "Back to", "revision"):
        assert english not in text

    page.reload()
    settle(page)
    expect(page.get_by_text(BANNER)).to_be_visible()

    page.get_by_role("button", name="Terug naar de huidige versie").click()
    settle(page)
    expect(page.get_by_text(BANNER)).to_have_count(0)
    assert "v=" not in page.url
    assert CLOSED not in _main(page)
    shot(page, "revision-02-channels-current")
    assert _files(server.workspace) == before
    context.close()
