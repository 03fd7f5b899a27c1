"""Sign-in in real Chromium: Streamlit's ``st.login`` against a real OpenID Connect
provider (``oidc-provider`` on Node.js, tests/oidc), never a mock of Streamlit's auth.

The planner and the provider are both reached as ``localhost``: Streamlit's cookie is for
the host the browser used, and the redirect URI the provider accepts names it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from socialstrategy.access import Membership, Organisation, Role
from socialstrategy.storage import FolderStore
from tests.conftest import STRATEGIES
from tests.oidc import CLIENT_ID, CLIENT_SECRET, PEOPLE, Provider
from tests.planner.test_browser import Server, _free_port, browser, settle, shot

__all__ = ["browser"]  # the shared Chromium fixture

pytestmark = pytest.mark.browser
PLAN = "Zorggroep De Linde"  # the title of the plan in the workspace


class Planner(Server):
    """The shared planner server, reached at ``localhost`` (the sign-in cookie is for the
    host the browser used), its log kept in a file."""

    def __init__(self, workspace: Path, log: Path, *flags: str) -> None:
        super().__init__(workspace, *flags, log=log, host="localhost")


def _workspace(folder: Path) -> Path:
    """A folder with De Linde's plan, of the organisation "linde"; Anna edits its plans
    and manages its members (roles in the browser: test_roles_browser.py)."""
    folder.mkdir()
    store = FolderStore(folder)
    store.directory().add_organisation(Organisation("linde", "Zorggroep De Linde"))
    store.directory().grant(Membership(PEOPLE["anna"][0], "linde", Role.EDITOR, admin=True))
    data = (STRATEGIES / "zorggroep-de-linde.toml").read_bytes()
    store.put("draft-linde", data, organisation="linde")
    return folder


@pytest.fixture
def signed(tmp_path: Path) -> Iterator[Planner]:
    """A planner that requires sign-in at a provider of its own, both on localhost."""
    port = _free_port()
    redirect = f"http://localhost:{port}/oauth2callback"
    provider = Provider(_free_port(), redirect, tmp_path / "provider.log")
    provider.start()
    secrets = tmp_path / "secrets.toml"
    secrets.write_text(
        "[auth]\n"
        f'redirect_uri = "{redirect}"\n'
        'cookie_secret = "test-only-cookie-secret-of-enough-length"\n'
        f'client_id = "{CLIENT_ID}"\n'
        f'client_secret = "{CLIENT_SECRET}"\n'
        f'server_metadata_url = "{provider.discovery}"\n'
        # The test provider knows the prompts login/consent, not Entra's select_account.
        'client_kwargs = { prompt = "login" }\n',
        encoding="utf-8",
    )
    planner = Planner(
        _workspace(tmp_path / "workspace"),
        tmp_path / "planner.log",
        f"--secrets.files={secrets}",
    )
    planner.port = port
    try:
        planner.start()
        yield planner
    finally:
        planner.stop()
        provider.stop()


def _only_sign_in(page: Page) -> None:
    """The sign-in page and nothing else: no plan, no list, no steps."""
    expect(page.get_by_role("button", name="Inloggen")).to_be_visible()
    body = page.locator("body").inner_text()
    assert PLAN not in body
    assert "draft-linde" not in body
    assert page.locator("[data-testid='stSidebarNav']").count() == 0
    assert page.get_by_role("tab").count() == 0
    assert "Page not found" not in body


def _sign_in(page: Page, login: str) -> None:
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_selector("input[name='login']", timeout=30_000)  # the provider's form
    page.fill("input[name='login']", login)
    page.fill("input[name='password']", "whatever-the-test-provider-accepts")
    page.get_by_role("button", name="Sign-in").click()
    page.wait_for_url(lambda url: url.startswith("http://localhost") and "/oauth2" not in url)
    settle(page)


def test_sign_in_sign_out(signed: Planner, browser: Browser) -> None:
    """Signed out: only sign-in. Signed in as Anna: Start with the plans, her name in the
    sidebar. Signed out again: only sign-in."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.goto(signed.url)
    settle(page)
    _only_sign_in(page)
    shot(page, "signin-00-signed-out")

    _sign_in(page, "anna")
    _, name = PEOPLE["anna"]
    sidebar = page.locator("[data-testid='stSidebar']")
    expect(sidebar.get_by_text(f"Ingelogd als {name}")).to_be_visible()
    expect(page.get_by_role("tab", name="Verder werken")).to_be_visible()
    page.get_by_role("combobox", name="Plan in de werkmap").click()
    expect(page.get_by_role("option", name=PLAN, exact=False)).to_be_visible()
    page.keyboard.press("Escape")
    shot(page, "signin-01-signed-in-start")

    sidebar.get_by_role("button", name="Uitloggen").click()
    # The provider asks whether to end its session too; the planner is already signed out.
    page.wait_for_url(lambda url: "/session/end" in url, timeout=30_000)
    page.get_by_role("button", name="Yes, sign me out").click()
    page.wait_for_url(lambda url: url.startswith(signed.url), timeout=30_000)
    settle(page)
    _only_sign_in(page)
    page.goto(signed.url)  # and it stays so
    settle(page)
    _only_sign_in(page)
    context.close()


def test_signed_out_plan_url_shows_nothing_of_the_plan(signed: Planner, browser: Browser) -> None:
    """`/<step>?d=<id>` signed out: only sign-in, nothing of the plan."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.goto(f"{signed.url}/organisation?d=draft-linde")
    settle(page)
    _only_sign_in(page)
    assert page.get_by_role("textbox").count() == 0
    shot(page, "signin-03-signed-out-plan-url")
    page.get_by_text("English", exact=True).click()
    settle(page)
    expect(page.get_by_role("button", name="Sign in")).to_be_visible()
    expect(page.get_by_role("heading", name="Social media strategy")).to_be_visible()
    assert PLAN not in page.locator("body").inner_text()
    context.close()


def test_a_plan_link_followed_signed_out_opens_the_plan_after_sign_in(
    signed: Planner, browser: Browser
) -> None:
    """Streamlit's sign-in returns to the root: the plan of the link comes along (a
    cookie) and is open once Anna has signed in; the cookie is gone afterwards."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.goto(f"{signed.url}/organisation?d=draft-linde")
    settle(page)
    _only_sign_in(page)
    _sign_in(page, "anna")
    page.wait_for_url(lambda url: "d=draft-linde" in url, timeout=30_000)
    settle(page)
    expect(page.get_by_text(PLAN).first).to_be_visible()
    assert not [c for c in context.cookies() if c["name"] == "socialstrategy_return"]
    shot(page, "signin-04-plan-link-after-sign-in")
    context.close()


def test_open_to_the_network_without_sign_in_warns(tmp_path: Path, browser: Browser) -> None:
    """Started on 0.0.0.0 without [auth]: a warning in the server's log and a banner on
    the page; the planner works as ever."""
    planner = Planner(
        _workspace(tmp_path / "workspace"),
        tmp_path / "planner.log",
        "--server.address=0.0.0.0",
        f"--secrets.files={tmp_path / 'none.toml'}",  # not the machine's own secrets
    )
    try:
        planner.start()
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        page = context.new_page()
        page.goto(f"http://127.0.0.1:{planner.port}")
        settle(page)
        banner = page.get_by_text("iedereen die hem bereikt kan elk plan zien en wijzigen")
        expect(banner).to_be_visible()
        expect(page.get_by_role("tab", name="Verder werken")).to_be_visible()
        shot(page, "signin-02-exposed-banner")
        context.close()
        assert "0.0.0.0 without sign-in" in planner.logged()
    finally:
        planner.stop()
