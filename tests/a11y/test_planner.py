"""WCAG 2.1 AA in the planner: axe-core finds no violation on any of the twelve steps, with
a mature example open and with a young plan fresh from a sector (starter texts, empty
parts), in every tab and section of a step, with every expander open.

Captions are Streamlit's faded text (the theme's text colour at 60 %), the chosen section
on hover is the primary colour on a tint of itself: both are set by the theme in
``.streamlit/config.toml`` (and ``socialstrategy planner``'s copy of it), so that is where a
contrast failure here is fixed. Never skipped: ``make test`` installs Chromium and axe-core.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect

import socialstrategy as ss
from socialstrategy.planner.steps import STEPS, Step
from tests.a11y import described, violations
from tests.conftest import STRATEGIES
from tests.planner.test_browser import Server, browser, settle

pytestmark = pytest.mark.browser
__all__ = ["browser"]  # the shared Chromium fixture

#: The plans open in the planner: a mature example and a young plan.
PLANS = ("linde", "brug")
#: Steps with tabs or sections of their own: the test must have visited more than one view.
SECTIONED = {"start", "organisation", "guidelines", "crisis", "review"}


@pytest.fixture(scope="module")
def planner(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """One planner for all steps, with both plans in its workspace."""
    workspace = tmp_path_factory.mktemp("a11y") / "workspace"
    workspace.mkdir()
    shutil.copyfile(STRATEGIES / "zorggroep-de-linde.toml", workspace / "linde.toml")
    young = ss.new_strategy(ss.Sector.DISABILITY_CARE, "Stichting De Brug")
    ss.dump(young, workspace / "brug.toml")
    running = Server(workspace)
    running.start()
    yield running
    running.stop()


def _open_expanders(page: Page) -> None:
    """Open every closed expander: axe-core checks only what is shown."""
    closed = page.locator("[data-testid='stExpander'] details:not([open]) > summary")
    for _ in range(50):
        if closed.count() == 0:
            return
        closed.first.click()
    raise AssertionError("expanders kept closing")


def _visit(page: Page, planner: Server, step: Step, plan: str) -> None:
    page.goto(f"{planner.url}/{'' if step.key == 'start' else step.key}?d={plan}")
    settle(page)
    expect(page.get_by_role("heading", name=step.title.nl, exact=False).first).to_be_visible()
    assert page.locator("[data-testid='stException']").count() == 0, step.key


@pytest.mark.parametrize("plan", PLANS)
@pytest.mark.parametrize("step", STEPS, ids=lambda step: step.key)
def test_every_view_of_a_step_meets_wcag_aa(
    planner: Server, browser: Browser, step: Step, plan: str
) -> None:
    page = browser.new_page(viewport={"width": 1400, "height": 1600})
    problems: list[str] = []
    views: list[str] = []

    def check(view: str) -> None:
        _open_expanders(page)
        views.append(view)
        found = violations(page)
        if found:
            problems.append(described(found, f"{step.key} with {plan}, {view}"))

    try:
        _visit(page, planner, step, plan)
        # The mouse on the chosen language: a hovered choice is checked too.
        page.locator("[data-testid='stSidebar'] [data-testid='stButtonGroup'] button").first.hover()
        check("as opened")
        tabs = page.locator("[data-testid='stMain'] [role='tab']")
        for index in range(tabs.count()):
            tab = tabs.nth(index)
            tab.click()
            check(f"tab '{tab.inner_text()}'")
        sections = page.locator("[data-testid='stMain'] [data-testid='stButtonGroup']")
        if sections.count():
            choices = sections.first.locator("button")
            for index in range(1, choices.count()):
                choice = choices.nth(index)
                label = choice.inner_text()
                choice.click()  # the mouse stays on it: the chosen section, hovered
                settle(page)
                check(f"section '{label}'")
    finally:
        page.close()
    assert not problems, "\n\n".join(problems)
    assert step.key not in SECTIONED or len(views) > 1, views


def test_the_model_text_dialog_meets_wcag_aa(planner: Server, browser: Browser) -> None:
    """The crisis plan read as one document, in the dialog a young plan offers."""
    page = browser.new_page(viewport={"width": 1400, "height": 1600})
    try:
        _visit(page, planner, next(step for step in STEPS if step.key == "crisis"), "brug")
        page.get_by_role("button", name="Lees het hele crisisplan").click()
        expect(page.get_by_role("dialog")).to_be_visible()
        settle(page)
        found = violations(page)
    finally:
        page.close()
    assert not found, described(found, "crisis with brug, the whole crisis plan as a document")
