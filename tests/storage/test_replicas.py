"""Two planner replicas behind a real HAProxy on one real PostgreSQL, in real Chromium.

``scripts/replicas.py`` starts the set-up (the one ``make replicas`` runs for a demo).
Two browser contexts are two people; HAProxy keeps each on the replica its cookie
(``SSREPLICA``) names, and the two are put on different replicas. Edits to different
fields are both kept in the store; the same field edited on both shows the clash with
both values and overwrites nothing. A replica that dies mid-session: the browser lands on
the other one, which opens the plan from the store and says so, and an edit made after
that is saved. Never skipped: a test that cannot start PostgreSQL or HAProxy fails.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect, sync_playwright

from socialstrategy.storage import Store, open_store
from tests.conftest import ROOT, STRATEGIES
from tests.planner.test_browser import CHROMIUM, FLAGS, settle, shot, type_in

sys.path.insert(0, str(ROOT / "scripts"))
from replicas import Replicas

if TYPE_CHECKING:
    from collections.abc import Iterator

pytestmark = pytest.mark.browser
PLAN = "plan-de-linde"
NOTICE = "Het plan is opnieuw geopend zoals het in de opslag staat"


@pytest.fixture
def cluster(postgres_url: str) -> Iterator[tuple[Replicas, Store]]:
    """Two replicas behind HAProxy on a PostgreSQL store holding De Linde."""
    store = open_store(postgres_url)
    store.put(PLAN, (STRATEGIES / "zorggroep-de-linde.toml").read_bytes())
    with Replicas(postgres_url, 2) as replicas:
        yield replicas, store
    store.close()


@pytest.fixture
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield launched
        launched.close()


def _replica(context: BrowserContext) -> int:
    """The replica HAProxy keeps this browser on (its cookie: ``r1``, ``r2``)."""
    (value,) = [c["value"] for c in context.cookies() if c["name"] == "SSREPLICA"]
    return int(value.removeprefix("r"))


def _open(browser: Browser, replicas: Replicas, *, on: int | None = None) -> Page:
    """A person of their own on the organisation step; *on*: on that replica (the
    proxy's cookie set beforehand, as a browser sent there earlier would carry it)."""
    context = browser.new_context(viewport={"width": 1400, "height": 1800})
    if on is not None:
        context.add_cookies([{"name": "SSREPLICA", "value": f"r{on}", "url": replicas.url}])
    page = context.new_page()
    page.goto(f"{replicas.url}/organisation?d={PLAN}")
    settle(page)
    expect(page.get_by_label("Werkgebied", exact=True)).to_be_visible()
    # Opened from its address: the page says it shows the plan as stored; read it.
    expect(page.get_by_text(NOTICE)).to_be_visible()
    page.get_by_role("button", name="Gelezen").click()
    settle(page)
    expect(page.get_by_text(NOTICE)).to_have_count(0)
    return page


def test_two_people_on_two_replicas_keep_both_edits_and_see_a_clash(
    cluster: tuple[Replicas, Store], browser: Browser
) -> None:
    replicas, store = cluster
    first = _open(browser, replicas)
    second = _open(browser, replicas, on=3 - _replica(first.context))
    assert {_replica(first.context), _replica(second.context)} == {1, 2}

    type_in(first, "Werkgebied", "Regio van Anna")
    type_in(second, "Aantal locaties", "31")
    kept = store.open(PLAN).strategy.organisation
    assert (kept.region, kept.locations) == ("Regio van Anna", 31)
    expect(second.get_by_text("Iemand anders wijzigde intussen")).to_contain_text(
        "Organisatie › Werkgebied"
    )
    shot(second, "replicas-01-combined")

    type_in(first, "Aantal medewerkers", "1250")
    type_in(second, "Aantal medewerkers", "1300")
    expect(second.get_by_text("Jij en iemand anders wijzigden hetzelfde")).to_be_visible()
    expect(second.get_by_text("1.300", exact=True)).to_be_visible()
    expect(second.get_by_text("1.250", exact=True)).to_be_visible()
    assert store.open(PLAN).strategy.organisation.employees == 1250  # nothing overwritten
    shot(second, "replicas-02-clash")
    # Still on the replicas they started on: this was two processes, not one.
    assert {_replica(first.context), _replica(second.context)} == {1, 2}


def test_a_replica_that_dies_sends_the_browser_to_the_other_which_says_so_and_saves(
    cluster: tuple[Replicas, Store], browser: Browser
) -> None:
    replicas, store = cluster
    page = _open(browser, replicas)
    type_in(page, "Werkgebied", "Voor de storing")
    assert store.open(PLAN).strategy.organisation.region == "Voor de storing"
    before = _replica(page.context)

    replicas.kill(before)
    # No click, no typing: the page reconnects to the other replica by itself, which
    # opens the plan from the store and says so.
    expect(page.get_by_text(NOTICE)).to_be_visible(timeout=45_000)
    settle(page)
    assert _replica(page.context) == 3 - before
    expect(page.get_by_label("Werkgebied", exact=True)).to_have_value("Voor de storing")
    shot(page, "replicas-03-reopened")

    # Not a stale page that only looks alive: an edit now is saved in the store.
    type_in(page, "Werkgebied", "Na de storing")
    assert store.open(PLAN).strategy.organisation.region == "Na de storing"
    expect(page.get_by_text("Opgeslagen om")).to_be_visible()
    shot(page, "replicas-04-saved-after")
