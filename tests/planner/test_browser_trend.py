"""The score trend on the review step in a real browser: the chart of the adopted and
reviewed versions, the plan now against the last adopted one in words, and the line
under the score in the sidebar; in Dutch, without ids or English."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, expect

from socialstrategy.workspace import Workspace
from tests.a11y import described, violations
from tests.adopted import two_adoptions
from tests.planner.test_browser import Server, browser, server, settle, shot

pytestmark = pytest.mark.browser
__all__ = ["browser", "server"]  # fixtures of the browser tests, used here


def test_the_trend_shows_and_reads_right(server: Server, browser: Browser) -> None:
    draft = two_adoptions(Workspace(server.workspace))
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    page.goto(f"{server.url}/review?d={draft.id}")
    settle(page)
    heading = page.get_by_role("heading", name="Scoreverloop", exact=True)
    expect(heading).to_be_visible(timeout=30_000)
    # The chart: a point per counted version, and the plan now, with their scores.
    chart = page.locator("[data-testid='stVegaLiteChart']").filter(has_text="Scoreverloop")
    expect(chart).to_have_count(1, timeout=30_000)
    for label in ("Versie 3", "Versie 4", "Versie 6", "Versie 7", "Nu", "Vastgesteld"):
        expect(chart).to_contain_text(label)
    # The plan now against version 7: an arrow and a word per part, in a table.
    expect(page.get_by_text("Nu tegenover vastgestelde versie 7")).to_be_visible()
    table = page.locator("[data-testid='stTable']")
    overall = table.get_by_role("row").filter(has_text="Totaalscore")
    expect(overall).to_contain_text("▼ lager")
    expect(table.get_by_role("row").filter(has_text="Bespreekbaar maken")).to_contain_text(
        "▼ lager"
    )
    expect(table.get_by_role("row").filter(has_text="Kanalen")).to_contain_text("= gelijk")
    # The sidebar says it under the score.
    sidebar = page.locator("[data-testid='stSidebar']")
    expect(sidebar).to_contain_text("▼ lager dan vastgestelde versie 7 (41 → 38)")
    section = page.locator("[data-testid='stMain']")
    shown = section.inner_text()
    start = shown.index("Scoreverloop")
    trend = shown[start : shown.index("Het plan in beeld", start)]
    assert draft.id not in shown
    for english in ("Score trend", "Version", "Adopted", "lower", "unchanged", "Now"):
        assert not re.search(rf"\b{english}\b", trend), english
    heading.scroll_into_view_if_needed()
    shot(page, "review-trend")
    page.get_by_text("Alle vastgestelde en besproken versies (4)").click()
    settle(page)
    table.scroll_into_view_if_needed()
    shot(page, "review-trend-table")
    # The section meets WCAG AA like every step (the a11y suite sees no plan with history).
    found = violations(page)
    assert not found, described(found, "review with two adoptions")
    page.close()
