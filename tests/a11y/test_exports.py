"""WCAG 2.1 AA in the HTML exports: axe-core finds no violation in any document of a
mature example and of the blank starting version, in Dutch and in English.

The document forbids scripts (its Content-Security-Policy): the browser context bypasses
that policy so that axe-core can be injected, as a browser extension would be.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from socialstrategy.export import DOCUMENTS, export
from socialstrategy.i18n import Language
from tests.a11y import described, violations
from tests.export.built import TODAY, strategy
from tests.export.histories import with_history
from tests.planner.test_browser import browser

pytestmark = pytest.mark.browser
__all__ = ["browser"]  # the shared Chromium fixture

#: A mature example and the blank starting version (placeholders, empty tables).
EXAMPLES = ("zorggroep-de-linde", "start-hier")


@pytest.fixture(scope="module")
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(bypass_csp=True)
    yield context.new_page()
    context.close()


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("document", DOCUMENTS)
@pytest.mark.parametrize("example", EXAMPLES)
def test_every_html_document_meets_wcag_aa(
    page: Page, tmp_path: Path, example: str, document: str, language: Language
) -> None:
    html = tmp_path / f"{example}-{document}-{language}.html"
    html.write_bytes(
        export(strategy(example), "html", document=document, language=language, today=TODAY)
    )
    page.goto(html.as_uri())
    assert page.locator("h1").count() >= 1  # the document itself, not an error page
    found = violations(page)
    assert not found, described(found, html.name)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_progress_report_with_a_history_meets_wcag_aa(
    page: Page, tmp_path: Path, language: Language
) -> None:
    """With an adopted revision: the changes, the trend's arrows and the revisions."""
    plan, history, _ = with_history(strategy("ziekenhuis-amstelzicht"))
    html = tmp_path / f"progress-history-{language}.html"
    html.write_bytes(
        export(plan, "html", document="progress", language=language, today=TODAY, history=history)
    )
    page.goto(html.as_uri())
    assert page.locator("h1").count() == 1
    found = violations(page)
    assert not found, described(found, html.name)
