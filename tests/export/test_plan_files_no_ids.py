"""No id of the plan in what its calendar and its workbook show (the UID excepted: it is
the calendar's own key, never shown)."""

from __future__ import annotations

import io
from pathlib import Path

import icalendar
import openpyxl
import pytest

import socialstrategy as ss
from socialstrategy.export import export
from tests.conftest import EXAMPLES
from tests.export.built import LANGUAGES, TODAY
from tests.export.test_no_ids import _TOKEN, _marked, _unnamed


def _shown(plan: ss.Strategy, language: ss.Language) -> str:
    """Every text of the plan's calendar events but their UIDs, and every workbook cell."""
    data = export(plan, "ics", language=language, today=TODAY)
    events = icalendar.Calendar.from_ical(data).walk("VEVENT")
    texts = [str(e[field]) for e in events for field in ("SUMMARY", "DESCRIPTION")]
    texts += [str(e["CATEGORIES"].cats) for e in events]
    sheet = openpyxl.load_workbook(io.BytesIO(export(plan, "xlsx", language=language))).active
    assert sheet is not None
    texts += [str(cell) for row in sheet.iter_rows(values_only=True) for cell in row if cell]
    return "\n".join(texts)


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
@pytest.mark.parametrize("unnamed", [False, True], ids=["named", "unnamed"])
def test_the_calendar_and_the_workbook_show_names_not_ids(path: Path, unnamed: bool) -> None:
    """With every id renamed to a token no text holds, and with every name left empty
    too (a part then goes by its kind), neither file shows a token."""
    plan = ss.load(path)
    marked, ids = _marked(_unnamed(plan) if unnamed else plan)
    assert ids
    for language in LANGUAGES:
        shown = _shown(marked, language)
        assert shown
        assert sorted(set(_TOKEN.findall(shown))) == [], language
