"""Measurements typed into the planner in a real browser reach the file and the chart.

The goals step shows, per indicator, a table of measurements and its progress chart
beside it; the chart is drawn from the table as edited, Dutch dates and decimal commas
included (``31-03-2026``, ``52,5``).
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

import attrs
import pytest
from playwright.sync_api import Browser, Page, expect

import socialstrategy as ss
from tests.conftest import ROOT
from tests.planner.test_browser import Server, browser, server, settle, shot

if TYPE_CHECKING:
    from pathlib import Path

pytestmark = pytest.mark.browser
__all__ = ["browser", "server"]  # fixtures of the browser tests, used here


def _wait_for(check: Callable[[], bool], saved: Callable[[], object] = lambda: None) -> None:
    """A table's edit reaches the server a moment after Enter: wait for the file."""
    waited = time.monotonic()
    while not check() and time.monotonic() - waited < 20:
        time.sleep(0.2)
    assert check(), saved()  # what was saved, to tell a lost edit from a cell missed


def _unmeasured_plan(folder: Path) -> Path:
    """De Linde, its first indicator without measurements."""
    plan = ss.load(ROOT / "strategies" / "zorggroep-de-linde.toml")
    goal = plan.goals[0]
    first = attrs.evolve(goal.indicators[0], measurements=())
    goal = attrs.evolve(goal, indicators=(first, *goal.indicators[1:]))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "voortgang-linde.toml"
    ss.dump(attrs.evolve(plan, goals=(goal, *plan.goals[1:])), path)
    return path


def _points(page: Page) -> int:
    """The symbols the first progress chart draws: a dot per measurement, the target."""
    return int(
        page.evaluate(
            "() => document.querySelector(\"[data-testid='stVegaLiteChart']\")"
            ".querySelectorAll('g.mark-symbol path').length"
        )
    )


def test_measurements_typed_in_show_in_the_progress_chart(server: Server, browser: Browser) -> None:
    path = _unmeasured_plan(server.workspace)
    page = browser.new_page(viewport={"width": 1400, "height": 2400})
    page.goto(f"{server.url}/goals?d=voortgang-linde")
    settle(page)
    # The first goal's indicators table, then one table of measurements per indicator.
    # All of them drawn first: the tables come in as the page streams, and the second
    # indicator's measurements (it has some) were at times the second table in the page
    # for a moment, so the measurement went into that one.
    frames = page.locator("[data-testid='stDataFrame']")
    expect(frames).to_have_count(1 + len(ss.load(path).goals[0].indicators), timeout=30_000)
    settle(page)
    grid = frames.nth(1)
    expect(grid).to_be_visible(timeout=30_000)
    chart = page.locator("[data-testid='stVegaLiteChart']").first
    expect(chart).to_contain_text("Nog geen metingen", timeout=30_000)

    def saved() -> tuple[ss.Measurement, ...]:
        return ss.load(path).goals[0].indicators[0].measurements

    def everything() -> object:
        goal = ss.load(path).goals[0]
        return [(i.kpi[:30], i.baseline, i.measurements) for i in goal.indicators]

    def type_in(text: str) -> None:
        editor = page.locator("textarea.gdg-input")
        expect(editor).to_be_visible()
        editor.fill(text)
        page.keyboard.press("Enter")
        expect(editor).to_have_count(0)
        settle(page)

    typed = [
        ("31-03-2026", "52,5", dt.date(2026, 3, 31), 52.5),
        ("30-06-2026", "55", dt.date(2026, 6, 30), 55.0),
        ("30-09-2026", "61", dt.date(2026, 9, 30), 61.0),
    ]
    for row, (date_text, value_text, date, value) in enumerate(typed):
        box = grid.bounding_box()
        assert box is not None
        # A click in the empty row below adds a row and opens its first cell (the date).
        page.mouse.click(box["x"] + 60, box["y"] + 52 + 35 * row)
        type_in(date_text)
        _wait_for(
            lambda row=row, date=date: len(saved()) > row and saved()[row].date == date, everything
        )
        settle(page)
        page.mouse.click(box["x"] + 60, box["y"] + 52 + 35 * row)
        page.keyboard.press("ArrowRight")
        page.keyboard.press("Enter")
        type_in(value_text)
        _wait_for(lambda row=row, value=value: saved()[row].value == value, everything)
        settle(page)

    assert [(m.date, m.value) for m in saved()] == [(d, v) for _, _, d, v in typed]
    expect(chart).to_contain_text("Laatste meting 61% (30 sep 2026)", timeout=30_000)
    # Three measurements make a trend: 52,5 → 61 in half a year reaches 75% by 2027's end.
    expect(chart).to_contain_text("Op koers")
    assert _points(page) == 3 + 1  # the three measurements and the target at the deadline
    shot(page, "30-goals-progress")
    page.close()
