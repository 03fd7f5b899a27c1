"""Organisations and roles in real Chromium, signed in through the real OpenID Connect
provider (tests/oidc): a plan of another organisation is not found, a viewer cannot
change a field, and an admin gives someone access on "Toegang en rollen"."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, Page, expect

from socialstrategy.access import Membership, Organisation, Role
from socialstrategy.storage import FolderStore
from tests.conftest import STRATEGIES
from tests.oidc import PEOPLE
from tests.planner.test_browser import browser, settle, shot
from tests.planner.test_signin_browser import Planner, _sign_in, signed

__all__ = ["browser", "signed"]  # the shared fixtures

pytestmark = pytest.mark.browser
#: A plan of Stichting Het Baken; its id says nothing of whose it is.
OTHER = "plan-b-0123456789abcdef0123456789abcdef"
MISSING = "plan-x-0123456789abcdef0123456789abcdef"


def _organisations(planner: Planner) -> FolderStore:
    """Besides De Linde (Anna edits and manages it): Carla reads De Linde's plans, and
    Het Baken has a plan of its own and Bram as its editor."""
    store = FolderStore(planner.workspace)
    directory = store.directory()
    directory.add_organisation(Organisation("baken", "Stichting Het Baken"))
    directory.grant(Membership(PEOPLE["carla"][0], "linde", Role.VIEWER))
    directory.grant(Membership(PEOPLE["bram"][0], "baken", Role.EDITOR))
    data = (STRATEGIES / "stichting-het-baken.toml").read_bytes()
    store.put(OTHER, data, organisation="baken")
    return store


def _signed_in(planner: Planner, browser: Browser, login: str) -> Page:
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.goto(planner.url)
    settle(page)
    _sign_in(page, login)
    return page


def _text(page: Page) -> str:
    return page.locator("[data-testid='stMain']").inner_text()


def test_an_editor_of_one_organisation_cannot_open_a_plan_of_another(
    signed: Planner, browser: Browser
) -> None:
    """Anna (De Linde) opens Het Baken's plan by its URL: "not found", the very page an
    id that does not exist gives, and nothing of Het Baken anywhere on it."""
    _organisations(signed)
    page = _signed_in(signed, browser, "anna")
    page.goto(f"{signed.url}/organisation?d={OTHER}")
    settle(page)
    body = page.locator("body").inner_text()
    assert f"Het plan {OTHER} bestaat niet (meer)" in body
    assert "Baken" not in body
    assert "baken" not in body.lower()
    assert page.get_by_role("textbox").count() == 0
    shot(page, "roles-01-other-organisation-not-found")
    # Word for word the page of an id that was never made.
    page.goto(f"{signed.url}/organisation?d={MISSING}")
    settle(page)
    missing = _text(page)
    page.goto(f"{signed.url}/organisation?d={OTHER}")
    settle(page)
    assert _text(page).replace(OTHER, MISSING) == missing
    # Start lists De Linde's plan, not Het Baken's.
    page.goto(signed.url)
    settle(page)
    page.get_by_role("combobox", name="Plan in de werkmap").click()
    options = page.get_by_role("option").all_inner_texts()
    assert len(options) == 1
    assert "Zorggroep De Linde" in options[0]
    page.context.close()


def test_a_viewer_cannot_change_a_field(signed: Planner, browser: Browser) -> None:
    """Carla reads De Linde's plan: told she reads it, every field disabled; typing into
    one changes nothing, in the page or in the store."""
    store = _organisations(signed)
    before = store.data("draft-linde")
    page = _signed_in(signed, browser, "carla")
    page.goto(f"{signed.url}/organisation?d=draft-linde")
    settle(page)
    expect(page.get_by_text("Je bent lezer van dit plan")).to_be_visible()
    name = page.get_by_label("Naam", exact=True)
    expect(name).to_be_disabled()
    textboxes = page.locator("[data-testid='stMain'] input[type='text'], textarea")
    assert textboxes.count() > 3
    assert all(textboxes.nth(i).is_disabled() for i in range(textboxes.count()))
    shot(page, "roles-02-viewer-step")
    name.click(force=True)
    page.keyboard.type("Overgenomen")
    page.keyboard.press("Enter")
    settle(page)
    expect(name).to_have_value(re.compile("Zorggroep De Linde"))
    assert store.data("draft-linde") == before
    assert [r.actor for r in store.directory().audit(plan="draft-linde")] == [""]
    page.context.close()


def test_the_admin_gives_someone_access(signed: Planner, browser: Browser) -> None:
    """Anna, De Linde's admin, adds Bram as a reviewer on "Toegang en rollen"; the store
    has his membership and the audit trail says Anna gave it."""
    store = _organisations(signed)
    page = _signed_in(signed, browser, "anna")
    page.locator("[data-testid='stSidebarNav']").get_by_text("Toegang en rollen").click()
    settle(page)
    expect(page.get_by_role("heading", name="Toegang en rollen")).to_be_visible()
    page.get_by_label("E-mailadres", exact=True).fill(PEOPLE["bram"][0])
    page.get_by_role("combobox", name="Rol").first.click()
    page.get_by_role("option", name="Meelezer", exact=True).click()
    page.get_by_role("button", name="Toegang geven").click()
    settle(page)
    done = page.locator("[data-testid='stAlertContentSuccess']")
    expect(done).to_contain_text("is nu meelezer bij Zorggroep De Linde.")
    assert f"{PEOPLE['bram'][0]} is nu" in done.inner_text().replace("\u2060", "")
    assert done.get_by_role("link").count() == 0  # an address, not a mail link
    assert Membership(PEOPLE["bram"][0], "linde", Role.REVIEWER) in store.directory().members()
    record = store.directory().audit(organisation="linde")[-1]
    assert (record.actor, record.member, record.detail) == (
        PEOPLE["anna"][0],
        PEOPLE["bram"][0],
        "reviewer",
    )
    shot(page, "roles-03-admin-page")
    page.context.close()


def test_the_access_page_is_for_admins_only(signed: Planner, browser: Browser) -> None:
    """Carla is no admin: the address of the page shows her nothing of it."""
    _organisations(signed)
    page = _signed_in(signed, browser, "carla")
    page.goto(f"{signed.url}/toegang")
    settle(page)
    assert "Toegang en rollen" not in page.locator("body").inner_text()
    assert PEOPLE["anna"][0] not in page.locator("body").inner_text()
    page.context.close()


def test_a_person_of_no_organisation_is_told_whom_to_ask(signed: Planner, browser: Browser) -> None:
    """Bram signs in, but no organisation has given him access: he is told whom to ask,
    and even a link to De Linde's plan shows nothing of it."""
    page = _signed_in(signed, browser, "bram")
    expect(page.get_by_role("heading", name="Nog geen toegang")).to_be_visible()
    body = page.locator("body").inner_text()
    assert "Vraag de beheerder van de planner in je organisatie" in body
    assert PEOPLE["bram"][0] in body.replace("\u2060", "")  # a word joiner stops a mail link
    shot(page, "roles-04-no-organisation")
    page.goto(f"{signed.url}/organisation?d=draft-linde")
    settle(page)
    body = page.locator("body").inner_text()
    assert "Nog geen toegang" in body
    assert "Linde" not in body
    assert page.get_by_role("textbox").count() == 0
    page.context.close()
