"""Two people on one plan in real Chromium: two browser contexts (two sessions) on one
planner server. Edits to different fields are both kept in the file; the same field
edited in both shows the clash with both values, and the choice is saved."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

import socialstrategy as ss
from tests.conftest import STRATEGIES
from tests.planner.test_browser import CHROMIUM, FLAGS, Server, settle, shot, type_in

pytestmark = pytest.mark.browser
DRAFT = "draft-de-linde"


@pytest.fixture
def shared(tmp_path: Path) -> Iterator[tuple[Server, Path]]:
    """A planner server whose workspace holds one draft of De Linde."""
    folder = tmp_path / "workspace"
    folder.mkdir()
    path = folder / f"{DRAFT}.toml"
    shutil.copyfile(STRATEGIES / "zorggroep-de-linde.toml", path)
    running = Server(folder)
    running.start()
    yield running, path
    running.stop()


@pytest.fixture
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield launched
        launched.close()


def _open(browser: Browser, server: Server) -> Page:
    """A browser context of its own (another person), on the organisation step."""
    page = browser.new_context(viewport={"width": 1400, "height": 1800}).new_page()
    page.goto(f"{server.url}/organisation?d={DRAFT}")
    settle(page)
    expect(page.get_by_label("Werkgebied", exact=True)).to_be_visible()
    return page


def test_two_people_editing_one_plan_keep_both_edits_and_choose_a_clash(
    shared: tuple[Server, Path], browser: Browser
) -> None:
    server, path = shared
    first, second = _open(browser, server), _open(browser, server)

    type_in(first, "Werkgebied", "Regio van Anna")
    type_in(second, "Aantal locaties", "31")
    assert ss.load(path).organisation.region == "Regio van Anna"
    on_disk = ss.load(path).organisation
    assert (on_disk.region, on_disk.locations) == ("Regio van Anna", 31)
    notice = second.get_by_text("Iemand anders wijzigde intussen")
    expect(notice).to_be_visible()
    expect(notice).to_contain_text("Organisatie › Werkgebied")
    expect(second.get_by_label("Werkgebied", exact=True)).to_have_value("Regio van Anna")
    shot(second, "merge-01-combined")

    # The same field in both: the second person is shown both values and chooses.
    type_in(first, "Aantal medewerkers", "1250")
    type_in(second, "Aantal medewerkers", "1300")
    expect(second.get_by_text("Jij en iemand anders wijzigden hetzelfde")).to_be_visible()
    expect(second.get_by_text("Organisatie › Aantal medewerkers")).to_be_visible()
    # Both values in words: numbers the Dutch way.
    expect(second.get_by_text("1.300", exact=True)).to_be_visible()
    expect(second.get_by_text("1.250", exact=True)).to_be_visible()
    assert ss.load(path).organisation.employees == 1250  # nothing overwritten
    save = second.get_by_role("button", name="Bewaar met deze keuzes")
    expect(save).to_be_disabled()
    shot(second, "merge-02-clash")
    second.get_by_text("Mijn versie", exact=True).click()
    settle(second)
    save.click()
    settle(second)
    expect(second.get_by_text("Jij en iemand anders wijzigden hetzelfde")).to_have_count(0)
    saved = ss.load(path)
    assert (
        saved.organisation.employees,
        saved.organisation.region,
        saved.organisation.locations,
    ) == (
        1300,
        "Regio van Anna",
        31,
    )
