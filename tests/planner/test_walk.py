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
from tests.planner.test_browser import Server, _new_plan, browser, server, settle, shot, type_in

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
#: A sentence that ends twice (a quoted title's own full stop and the text's).
STOPS = re.compile(r"\w{3,}\.\.(?!\.)")

#: The text a manager sees in the main area and the sidebar: text drawn at size 0 (words
#: of Streamlit's that the planner covers with its own) or not drawn at all is not seen.
VISIBLE_TEXT = """() => {
  const seen = [];
  for (const root of document.querySelectorAll(
      "[data-testid='stMain'], [data-testid='stSidebar']")) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      const style = getComputedStyle(element);
      if (style.fontSize === "0px" || style.visibility === "hidden") continue;
      if (!element.getClientRects().length) continue;
      seen.push(node.textContent);
    }
  }
  return seen.join("\\n");
}"""


def _visible_text(page: Page) -> str:
    return str(page.evaluate(VISIBLE_TEXT))


def _check(page: Page, name: str, example: str | None, problems: list[str]) -> None:
    """Look at the screen as a Dutch manager does; note what is wrong, save a picture.

    Every expander is opened first: the example and the findings are read too."""
    closed = page.locator("[data-testid='stMain'] details:not([open]) > summary")
    for _ in range(closed.count()):
        closed.first.click()
        page.wait_for_timeout(150)
    shot(page, f"walk-{name}")
    if page.locator("[data-testid='stException']").count():
        problems.append(f"{name}: a traceback")
    text = _visible_text(page)
    problems.extend(f"{name}: English '{word}'" for word in ENGLISH if word in text)
    problems.extend(f"{name}: English '{m}'" for m in set(ENGLISH_WORDS.findall(text)))
    problems.extend(f"{name}: escape '{m}' shown" for m in set(ESCAPE.findall(text)))
    problems.extend(f"{name}: two full stops in '{m}'" for m in set(STOPS.findall(text)))
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


def _choose(page: Page, label: str, option: str, problems: list[str], name: str) -> None:
    """Open a multiselect, look at the open list (its English), pick *option*."""
    page.get_by_role("combobox", name=label).click()
    page.wait_for_timeout(300)
    shown = page.locator("body").inner_text()  # the open list is outside the main area
    page.keyboard.type("qqq")  # a typo: what does the list say when nothing matches?
    page.wait_for_timeout(300)
    shown += page.locator("body").inner_text()
    shot(page, f"walk-{name}-typo")
    for _ in range(3):
        page.keyboard.press("Backspace")
    problems.extend(f"{name}: English '{w}' in '{label}'" for w in ENGLISH if w in shown)
    page.get_by_role("option", name=option).click()
    page.keyboard.press("Escape")
    settle(page)


def _goal_and_channel(page: Page, server: Server, plan: str, problems: list[str]) -> None:
    """Type a goal and a channel as a manager would; each change is saved at once."""
    page.goto(f"{server.url}/goals?d={plan}")
    settle(page)
    page.get_by_role("button", name="Toevoegen").click()
    settle(page)
    type_in(page, "Het doel in één zin", "Meer aanmeldingen voor dagbesteding via Facebook")
    shot(page, "walk-03-goals-title")
    _choose(page, "Dient deze processen", "Dagbesteding en werk", problems, "goal")
    _saved_at(page)
    _check(page, "03-goals-typed", None, problems)
    page.goto(f"{server.url}/channels?d={plan}")
    settle(page)
    page.get_by_role("button", name="Toevoegen").click()
    settle(page)
    type_in(page, "Naam van het account of de pagina", "Facebook-pagina De Brug")
    _choose(page, "Doelgroepen die we ermee bereiken", "Verwanten en naasten", problems, "channel")
    _saved_at(page)
    _check(page, "05-channels-typed", None, problems)


def test_a_new_disability_care_manager_walks_every_step_in_dutch(
    server: Server, browser: Browser
) -> None:
    started = time.monotonic()
    baken = ss.load(examples_dir() / example_for(ss.Sector.DISABILITY_CARE))
    example = baken.organisation.name
    assert example == "Stichting Het Baken"
    context = browser.new_context(viewport={"width": 1400, "height": 2400})
    page = context.new_page()
    page.goto(server.url)
    settle(page)
    problems: list[str] = []
    for number, tab in enumerate(page.get_by_role("tab").all_inner_texts()):
        page.get_by_role("tab", name=tab).click()
        settle(page)
        _check(page, f"00-start-{number}", None, problems)
    # The uploader's own English is covered by Dutch words of the planner.
    button = page.locator("[data-testid='stFileUploaderDropzone'] button p")
    assert button.evaluate("p => getComputedStyle(p, '::after').content") == '"Bestand kiezen"'

    _new_plan(page, "Gehandicaptenzorg", "Stichting De Brug")
    expect(page.get_by_role("heading", name="Organisatie en processen")).to_be_visible()
    plan = page.url.split("d=", 1)[1].split("&", 1)[0]
    saved = list(server.workspace.glob("stichting-de-brug-*.toml"))
    assert len(saved) == 1
    assert ss.load(saved[0]).organisation.sector is ss.Sector.DISABILITY_CARE

    _goal_and_channel(page, server, plan, problems)
    strategy = ss.load(saved[0])
    assert [g.title for g in strategy.goals] == ["Meer aanmeldingen voor dagbesteding via Facebook"]
    assert [c.name for c in strategy.channels] == ["Facebook-pagina De Brug"]

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
