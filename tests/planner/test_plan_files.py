"""The review step offers the plan's calendar and its action plan for Excel, each a button."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

import icalendar
import openpyxl
import pytest
from streamlit.runtime.media_file_manager import MediaFileManager

from tests.planner.conftest import saved

Made = dict[str, Callable[[], bytes]]


@pytest.fixture
def made(monkeypatch: pytest.MonkeyPatch) -> Made:
    """The callables the page hands its download buttons, by file id: what a click runs."""
    callables: Made = {}
    register = MediaFileManager.add_deferred

    def add(self: MediaFileManager, data: Callable[[], bytes], *args: Any, **kw: Any) -> str:
        file_id = register(self, data, *args, **kw)
        callables[file_id] = data
        return file_id

    monkeypatch.setattr(MediaFileManager, "add_deferred", add)
    return callables


def _button(at: Any, label: str) -> Any:
    (button,) = [b for b in at.get("download_button") if b.proto.label == label]
    return button


def test_the_calendar_and_the_workbook_download_and_open(open_step: Any, made: Made) -> None:
    """A click gives a calendar with the plan's review date, and the action plan."""
    at, path = open_step("review", example="zorggroep-de-linde.toml")
    assert not at.exception
    strategy = saved(path)
    calendar = _button(at, "Agenda voor Outlook en Google (.ics)")
    workbook = _button(at, "Actieplan voor Excel (.xlsx)")
    assert calendar.proto.ignore_rerun
    assert "niet dubbel" in calendar.proto.help

    data = made[calendar.proto.deferred_file_id]()
    events = icalendar.Calendar.from_ical(data).walk("VEVENT")
    starts = [event.decoded("DTSTART") for event in events]
    assert strategy.meta.next_review in starts
    assert any(str(e["SUMMARY"]).startswith("Deadline actie: ") for e in events)

    sheet = openpyxl.load_workbook(io.BytesIO(made[workbook.proto.deferred_file_id]())).active
    assert sheet is not None
    assert sheet.title == "Actieplan"
    assert sheet.max_row == len(strategy.actions) + 1


def test_in_english_the_buttons_and_the_files_speak_english(open_step: Any, made: Made) -> None:
    at, _ = open_step("review", example="zorggroep-de-linde.toml")
    at.session_state["language"] = "en"
    at.run()
    assert not at.exception
    calendar = _button(at, "Calendar for Outlook and Google (.ics)")
    data = made[calendar.proto.deferred_file_id]()
    events = icalendar.Calendar.from_ical(data).walk("VEVENT")
    assert any(str(e["SUMMARY"]).startswith("Action due: ") for e in events)
    workbook = _button(at, "Action plan for Excel (.xlsx)")
    sheet = openpyxl.load_workbook(io.BytesIO(made[workbook.proto.deferred_file_id]())).active
    assert sheet is not None
    assert sheet.title == "Action plan"
