"""A new manager of a disability-care organisation walks the whole planner in Dutch.

Creates "Stichting De Brug" from Start's sector tab in a real headless Chromium, types a
goal and a channel as a manager would, then visits every step and every section of the
long steps. Each screen must be free of tracebacks and of Streamlit's own English widget
texts, and each example must come from the disability-care example organisation.
A screenshot per screen lands in ``tests/artifacts/screens/walk-*.png`` (look at them).
"""

from __future__ import annotations

import re
import time

from playwright.sync_api import Browser, Page, expect

import socialstrategy as ss
from socialstrategy.planner.steps import STEPS
from socialstrategy.workspace import example_for, examples_dir
from tests.planner.test_browser import Server, _new_plan, browser, server, settle, shot

__all__ = ["browser", "server"]  # the fixtures, used by name

#: Streamlit's and the browser's built-in English, as a Dutch manager would meet it.
ENGLISH = (
    "Select all",
    "No results",
    "No options",
    "Select...",
    "Choose an option",
    "Press Enter to apply",
    "Press Enter to submit",
    "Drag and drop",
    "Browse files",
    "Upload",
    "Add row",
    "Delete row",
    "Search",
    "Limit 200MB",
    "Show more",
    "Show less",
    "Clear all",
)
#: Whole words that are English where they stand alone (a cell that says "None").
ENGLISH_WORDS = re.compile(r"(?<![\w-])(None|True|False|nan|NaN|null)(?![\w-])")
#: A Markdown escape shown as it is: ``1\.500``, ``\:`` or ``\-``.
ESCAPE = re.compile(r"\\[-\\`*_{}\[\]()#+.!:|>~]")

def _visible_text(page: Page) -> str:
    main = page.locator("[data-testid='stMain']").inner_text()
    side = page.locator("[data-testid='stSidebar']").inner_text()
    return f"{main}\n{side}"


def _check(page: Page, name: str, example: str | None, problems: list[str]) -> None:
    """Look at the screen as a Dutch manager does; note what is wrong, save a picture."""
    shot(page, f"walk-{name}")
    if page.locator("[data-testid='stException']").count():
        problems.append(f"{name}: a traceback")
    text = _visible_text(page)
    problems.extend(f"{name}: English '{word}'" for word in ENGLISH if word in text)
    problems.extend(f"{name}: English '{m}'" for m in set(ENGLISH_WORDS.findall(text)))
    problems.extend(f"{name}: escape '{m}' shown" for m in set(ESCAPE.findall(text)))
    placeholders = page.locator("input[placeholder], textarea[placeholder]")
    for index in range(placeholders.count()):
        shown = placeholders.nth(index)
        placeholder = shown.get_attribute("placeholder") or ""
        # A placeholder is read where the field is empty (a choice made hides it).
        if any(word in placeholder for word in ENGLISH) and not shown.input_value():
            what = shown.get_attribute("aria-label")
            problems.append(f"{name}: English placeholder '{placeholder}' in '{what}'")
    if example is not None:
        headers = page.locator("[data-testid='stExpander'] summary").all_inner_texts()
        shown = [h for h in headers if "Voorbeeld uit" in h]
        if shown and not all(example in h for h in shown):
            problems.append(f"{name}: example not from {example}: {shown}")


def _sections(page: Page) -> list[str]:
    """The labels of the step's section choice (empty when the step has none)."""
    control = page.locator("[data-testid='stMain'] [data-testid='stButtonGroup']").first
    if not control.count():
        return []
    return [label.strip() for label in control.get_by_role("radio").all_inner_texts()]


def _saved_at(page: Page) -> None:
    side = page.locator("[data-testid='stSidebar']")
    expect(side).to_contain_text(re.compile(r"Opgeslagen om \d\d:\d\d:\d\d"))


def test_a_new_disability_care_manager_walks_every_step_in_dutch(
    server: Server, browser: Browser
) -> None:
    started = time.monotonic()
    baken = ss.load(examples_dir() / example_for(ss.Sector.DISABILITY_CARE))
    example = baken.organisation.name
    assert example == "Stichting Het Baken"
    context = browser.new_context(viewport={"width": 1400, "height": 1800})
    page = context.new_page()
    page.goto(server.url)
    settle(page)
    problems: list[str] = []
    _check(page, "00-start", None, problems)

    _new_plan(page, "Gehandicaptenzorg", "Stichting De Brug")
    expect(page.get_by_role("heading", name="Organisatie en processen")).to_be_visible()
    plan = page.url.split("d=", 1)[1].split("&", 1)[0]
    saved = list(server.workspace.glob("stichting-de-brug-*.toml"))
    assert len(saved) == 1
    assert ss.load(saved[0]).organisation.sector is ss.Sector.DISABILITY_CARE

    for index, step in enumerate(STEPS[1:], start=1):
        page.goto(f"{server.url}/{step.key}?d={plan}")
        settle(page)
        expect(page.get_by_role("heading", name=step.title.nl).first).to_be_visible()
        labels = _sections(page)
        _check(page, f"{index:02d}-{step.key}", example, problems)
        for number, label in enumerate(labels[1:], start=1):
            page.locator("[data-testid='stMain'] [data-testid='stButtonGroup']").first.get_by_role(
                "radio", name=label, exact=True
            ).click()
            settle(page)
            _check(page, f"{index:02d}-{step.key}-{number}", example, problems)

    elapsed = time.monotonic() - started
    print(f"walked every step in {elapsed:.0f} s")
    context.close()
    assert not problems, "\n".join(problems)
