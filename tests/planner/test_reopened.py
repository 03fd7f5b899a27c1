"""A session that opens a plan from its address, not from Start (a refresh, a bookmark,
another replica after one stopped), says it shows the plan as the store holds it."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from socialstrategy import fmt
from socialstrategy.storage import FolderStore
from tests.planner.conftest import PAGES, by_key, plain, start_app

if TYPE_CHECKING:
    from pathlib import Path

    from streamlit.testing.v1 import AppTest

NOTICE = "Het plan is opnieuw geopend zoals het in de opslag staat"


def _notices(at: AppTest) -> list[str]:
    return [
        plain(i.value) for i in at.info if NOTICE in plain(i.value) or "opened again" in i.value
    ]


def _from_address(draft_id: str, step: str = "organisation") -> AppTest:
    at = start_app()
    at.query_params["d"] = draft_id
    at.switch_page(str(PAGES / f"{step}.py"))
    at.run()
    assert not at.exception, at.exception
    return at


def test_opening_a_plan_from_its_address_says_it_was_reopened_from_the_store(
    workspace: Path,
) -> None:
    start_app().run()  # seeds the workspace with the examples, and their history
    at = _from_address("zorggroep-de-linde")
    # The example's last save, as its history records it (not today: the day is said).
    saved = FolderStore(workspace).history("zorggroep-de-linde")[-1].saved_at.astimezone()
    when = f"op {fmt.long_date(saved.date())} om {saved:%H:%M}"
    assert _notices(at) == [f"{NOTICE} (laatst bewaard {when})."]
    # Read: gone, and it stays gone while the manager works on.
    at.button(key="reopened.ok").click().run()
    assert _notices(at) == []
    by_key(at.text_input, "organisation.region").input("Veluwe").run()
    assert _notices(at) == []


def test_the_notice_names_the_latest_save_and_speaks_english(workspace: Path) -> None:
    start_app().run()
    first = _from_address("zorggroep-de-linde")
    by_key(first.text_input, "organisation.region").input("Veluwe").run()
    at = start_app()
    at.query_params["d"] = "zorggroep-de-linde"
    at.session_state["language"] = "en"
    at.switch_page(str(PAGES / "organisation.py"))
    at.run()
    assert not at.exception, at.exception
    now = dt.datetime.now().astimezone().strftime("%H:%M")
    shown = _notices(at)
    assert len(shown) == 1
    assert shown[0].startswith("The plan was opened again as it is in the store (last saved at ")
    # The save just made (within a minute of now, the clock may have turned meanwhile).
    assert shown[0][-7:-2] in {now, (dt.datetime.now() - dt.timedelta(minutes=1)).strftime("%H:%M")}


def test_opening_a_plan_from_start_shows_no_such_notice(workspace: Path) -> None:
    at = start_app().run()
    by_key(at.selectbox, "start.resume").set_value("zorggroep-de-linde").run()
    at.button(key="start.resume.open").click().run()
    assert not at.exception, at.exception
    assert at.session_state["planner"].draft.id == "zorggroep-de-linde"
    assert _notices(at) == []
    at.switch_page(str(PAGES / "organisation.py")).run()
    assert not at.exception, at.exception
    assert _notices(at) == []
