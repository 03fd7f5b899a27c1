"""A scenario's drill on the crisis step: the date saves at once, the card downloads."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import pypdf

from socialstrategy.export.documents.drill import card_pdf
from socialstrategy.vocab.drills import drill
from tests.planner.conftest import by_key, saved
from tests.planner.test_crisis import show


def test_setting_last_drilled_saves_it_to_the_file(open_step: Any) -> None:
    at, path = open_step("crisis")
    show(at, "crisis.scenarios")
    assert saved(path).crisis.scenarios[0].last_drilled is None
    by_key(at.date_input, "crisis.scenarios[0].last_drilled").set_value(  # type: ignore[attr-defined]
        dt.date(2026, 10, 1)
    ).run()
    assert not at.exception
    assert saved(path).crisis.scenarios[0].last_drilled == dt.date(2026, 10, 1)
    # The other scenarios keep theirs, and the field shows what was saved.
    assert [s.last_drilled for s in saved(path).crisis.scenarios[1:]] == [None] * (
        len(saved(path).crisis.scenarios) - 1
    )
    assert by_key(at.date_input, "crisis.scenarios[0].last_drilled").value == dt.date(2026, 10, 1)


def test_the_scenario_shows_its_exercise_and_offers_its_card(open_step: Any) -> None:
    """The injects and questions on the page; a download button for the card, whose
    PDF holds the scenario's holding statement and the first inject."""
    at, path = open_step("crisis")
    show(at, "crisis.scenarios")
    strategy = saved(path)
    scenario = strategy.crisis.scenarios[0]
    org = strategy.organisation
    injects = drill(scenario.kind, org.sector, org.name, "nl")
    shown = " ".join(m.value for m in at.markdown)
    assert "Inject 1 · 0:00" in shown
    assert injects[2].questions[0].split()[0] in shown
    buttons = at.get("download_button")
    assert len(buttons) == 1
    assert "Oefenkaart downloaden" in buttons[0].proto.label
    assert buttons[0].proto.deferred_file_id  # drawn when clicked: card_pdf, below
    data = card_pdf(strategy, scenario.id, language="nl")
    text = "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages)
    squeeze = "".join
    assert squeeze(scenario.holding_statement.split()) in squeeze(text.split())
    assert squeeze(injects[0].situation.split()) in squeeze(text.split())
