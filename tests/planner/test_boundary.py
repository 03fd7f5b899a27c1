"""No traceback reaches a manager: a failing step or score panel says so in words, the
details go to the server's log, and the rest of the planner stays usable."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import socialstrategy.model.edit
from socialstrategy.planner import panel
from tests.conftest import ROOT
from tests.planner.conftest import PAGES


def _fail(*_: object, **__: object) -> Any:
    raise RuntimeError(f"kapot in {ROOT / 'src' / 'socialstrategy'}")


def _everything(at: Any) -> str:
    """All the text the run shows, main area and sidebar."""
    parts = [str(getattr(e, "value", "")) for e in at.main]
    parts += [str(getattr(e, "value", "")) for e in at.sidebar]
    for kind in ("error", "warning", "info", "markdown", "caption", "exception"):
        parts += [str(e.value) for e in at.get(kind)]
    return "\n".join(parts)


def test_a_failing_step_shows_a_message_and_keeps_the_sidebar(
    open_step: Callable[..., tuple[Any, Path]],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setattr(socialstrategy.model.edit, "readiness_sheet", _fail)
    with caplog.at_level(logging.ERROR):
        at, _ = open_step("readiness")
    assert not at.exception
    assert any("kon niet worden getoond" in e.value for e in at.error)
    shown = _everything(at)
    assert "Traceback" not in shown
    assert "RuntimeError" not in shown
    assert str(ROOT) not in shown
    # The frame around the step is still drawn: the score, the next step, the language.
    assert at.sidebar.metric[0].value
    assert at.sidebar.get("button_group") or at.sidebar.get("segmented_control")
    # The details are in the server's log, with the traceback.
    logged = [r for r in caplog.records if r.name == "socialstrategy.planner.app"]
    assert logged
    assert logged[0].exc_info is not None
    assert "kapot in" in str(logged[0].exc_info[1])


def test_the_next_step_works_after_a_failing_one(
    open_step: Callable[..., tuple[Any, Path]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The failure is in one step: switching to another draws it as usual."""
    monkeypatch.setattr(socialstrategy.model.edit, "readiness_sheet", _fail)
    at, _ = open_step("readiness")
    at.switch_page(str(PAGES / "goals.py")).run()
    assert not at.exception
    assert at.title[0].value == "Doelen"
    assert not any("kon niet worden getoond" in e.value for e in at.error)


def test_a_failing_score_panel_leaves_the_step_alone(
    open_step: Callable[..., tuple[Any, Path]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(panel, "step_of", _fail)
    at, _ = open_step("goals")
    assert not at.exception
    assert any("kon niet worden getoond" in e.value for e in at.sidebar.error)
    assert "Traceback" not in _everything(at)
    assert at.title[0].value == "Doelen"
