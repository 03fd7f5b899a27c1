"""The living plan in real Chromium, signed in: a reviewer (meelezer) comments on a goal
without editing it, the editor resolves the comment and records the adoption, and an
edit of the adopted plan makes a new draft while the adopted revision stays as it was
and can still be downloaded."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, Page, expect

import socialstrategy as ss
from socialstrategy.access import Membership, Role
from socialstrategy.model import Goal
from socialstrategy.storage import Draft, FolderStore
from socialstrategy.vocab import PlanStatus
from tests.oidc import PEOPLE
from tests.planner.test_browser import browser, settle, shot, type_in
from tests.planner.test_signin_browser import Planner, _sign_in, signed

__all__ = ["browser", "signed"]  # the shared fixtures

pytestmark = pytest.mark.browser
PLAN = "draft-linde"


def _signed_in(planner: Planner, browser: Browser, login: str) -> Page:
    context = browser.new_context(accept_downloads=True, viewport={"width": 1400, "height": 1800})
    page = context.new_page()
    page.goto(planner.url)
    settle(page)
    _sign_in(page, login)
    return page


def _main(page: Page) -> str:
    return page.locator("[data-testid='stMain']").inner_text()


def _reviewer_comments(planner: Planner, browser: Browser, store: FolderStore) -> Goal:
    """Carla reads along: her fields are disabled, but she comments on the first goal,
    and the plan itself is not touched."""
    before = store.data(PLAN)
    goal = store.open(PLAN).strategy.goals[0]
    page = _signed_in(planner, browser, "carla")
    page.goto(f"{planner.url}/goals?d={PLAN}")
    settle(page)
    expect(page.get_by_label("Het doel in één zin", exact=True).first).to_be_disabled()
    page.get_by_text("Reacties: nog geen").first.click()
    box = page.get_by_label("Je reactie op dit onderdeel", exact=True).first
    box.fill("Is 40% meer sollicitaties haalbaar zonder extra budget?")
    page.get_by_role("button", name="Reactie plaatsen").first.click()
    settle(page)
    expect(page.get_by_text("Reacties: 1 open").first).to_be_visible()
    expect(page.get_by_text("Is 40% meer sollicitaties haalbaar").first).to_be_visible()
    assert "carla@" in _main(page)
    shot(page, "lifecycle-01-reviewer-comment")
    (comment,) = store.comments(PLAN)
    assert (comment.part, comment.author) == (f"goals/{goal.id}", PEOPLE["carla"][0])
    assert store.data(PLAN) == before  # a comment is no edit of the plan
    page.context.close()
    return goal


def _viewer_reads(planner: Planner, browser: Browser) -> None:
    """Bram only reads: the comment, but no field to write one, no button to resolve."""
    page = _signed_in(planner, browser, "bram")
    page.goto(f"{planner.url}/goals?d={PLAN}")
    settle(page)
    expect(page.get_by_text("Is 40% meer sollicitaties haalbaar").first).to_be_visible()
    expect(page.get_by_text("reageren kan als meelezer of bewerker").first).to_be_visible()
    assert page.get_by_label("Je reactie op dit onderdeel", exact=True).count() == 0
    assert page.get_by_role("button", name="Afgehandeld").count() == 0
    page.context.close()


def _editor_resolves_and_adopts(
    page: Page, planner: Planner, store: FolderStore, goal: Goal
) -> Draft:
    """Anna resolves the comment on the review step, sends the plan for review, records
    the advice and the adoption: the revision that holds the adoption is the one adopted."""
    page.goto(f"{planner.url}/review?d={PLAN}")
    settle(page)
    expect(page.get_by_text("Status: Concept")).to_be_visible()
    expect(page.get_by_text(f"Doel: {goal.title}").first).to_be_visible()
    page.get_by_role("button", name="Afgehandeld").first.click()
    settle(page)
    page.get_by_text("Reacties: 1, alle afgehandeld").first.click()  # closed once resolved
    expect(page.get_by_text(re.compile(r"Afgehandeld door anna@")).first).to_be_visible()
    (comment,) = store.comments(PLAN)
    assert comment.resolved_by == PEOPLE["anna"][0]

    page.get_by_role("button", name="Ter bespreking aanbieden").click()
    settle(page)
    expect(page.get_by_text("Status: Ter bespreking")).to_be_visible()
    assert store.open(PLAN).strategy.lifecycle.status is PlanStatus.IN_REVIEW
    page.get_by_label("Samenvatting van het advies", exact=True).fill("Positief advies.")
    page.get_by_role("button", name="Advies vastleggen").click()
    settle(page)
    page.get_by_label("Besluit (zoals genotuleerd)", exact=True).fill("Vastgesteld door de RvB.")
    page.get_by_role("button", name="Vaststelling vastleggen").click()
    settle(page)
    expect(page.get_by_text("Status: Vastgesteld")).to_be_visible()
    adopted = store.open(PLAN)
    lifecycle = adopted.strategy.lifecycle
    assert lifecycle.status is PlanStatus.ADOPTED
    assert lifecycle.advice.summary == "Positief advies."
    assert lifecycle.adoption.decision == "Vastgesteld door de RvB."
    assert lifecycle.adopted_revision == adopted.revision
    shot(page, "lifecycle-02-adopted")
    return adopted


def test_a_reviewer_comments_and_an_edit_of_the_adopted_plan_makes_a_draft(
    signed: Planner, browser: Browser
) -> None:
    """Comments by role, adoption, and an edit after it: a draft on top of the adopted
    revision, which stays as it was and is still downloadable."""
    store = FolderStore(signed.workspace)
    directory = store.directory()
    directory.grant(Membership(PEOPLE["carla"][0], "linde", Role.REVIEWER))
    directory.grant(Membership(PEOPLE["bram"][0], "linde", Role.VIEWER))
    goal = _reviewer_comments(signed, browser, store)
    _viewer_reads(signed, browser)
    page = _signed_in(signed, browser, "anna")
    adopted = _editor_resolves_and_adopts(page, signed, store, goal)
    frozen = store.data(PLAN)

    page.goto(f"{signed.url}/organisation?d={PLAN}")
    settle(page)
    type_in(page, "Werkgebied", "Achterhoek, Liemers en Twente")
    now = store.open(PLAN)
    assert now.revision > adopted.revision
    assert now.strategy.lifecycle.status is PlanStatus.DRAFT
    assert now.strategy.lifecycle.adopted_revision == adopted.revision
    kept = store.open_revision(PLAN, adopted.revision)
    assert kept.strategy == adopted.strategy
    assert kept.strategy.organisation.region != "Achterhoek, Liemers en Twente"

    page.goto(f"{signed.url}/review?d={PLAN}")
    settle(page)
    expect(page.get_by_text("Status: Concept")).to_be_visible()
    expect(
        page.get_by_text(f"Dit concept wijzigt de vastgestelde versie {adopted.revision}")
    ).to_be_visible()
    shot(page, "lifecycle-03-draft-on-top")
    with page.expect_download() as download:
        page.get_by_role(
            "button", name=f"Vastgestelde versie {adopted.revision} downloaden (.toml)"
        ).click()
    data = download.value.path().read_bytes()
    assert ss.loads(data) == adopted.strategy
    assert data == frozen
    page.context.close()
