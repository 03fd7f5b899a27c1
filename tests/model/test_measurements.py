"""Measurements and status updates: in the model, in the file, and told in words."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

import socialstrategy as ss
from socialstrategy.model._fields import FieldError
from socialstrategy.model.diff import diff
from tests.conftest import STRATEGIES

LINDE = ss.load(STRATEGIES / "zorggroep-de-linde.toml")


def _with_measurement(plan: ss.Strategy, measurement: ss.Measurement) -> ss.Strategy:
    goal = plan.goals[0]
    first = goal.indicators[0]
    first = attrs.evolve(first, measurements=(*first.measurements, measurement))
    goal = attrs.evolve(goal, indicators=(first, *goal.indicators[1:]))
    return attrs.evolve(plan, goals=(goal, *plan.goals[1:]))


def test_measurements_and_updates_survive_the_file() -> None:
    measured = _with_measurement(
        LINDE, ss.Measurement(date=dt.date(2026, 12, 31), value=63.5, source="Portaal", note="x")
    )
    text = ss.dumps(measured)
    assert "[[goals.indicators.measurements]]\ndate = 2026-12-31\nvalue = 63.5" in text
    assert "[[actions.updates]]" in text
    assert ss.loads(text) == measured


def test_a_measurement_checks_its_own_fields() -> None:
    with pytest.raises(FieldError):
        ss.Measurement(date=dt.date(1800, 1, 1), value=1)
    with pytest.raises(FieldError):
        ss.Measurement(date=dt.date(2026, 1, 1), value=float("nan"))


def test_an_action_is_overdue_past_its_due_date_while_open() -> None:
    action = ss.Action(id="a", due=dt.date(2026, 6, 30), status=ss.ActionStatus.IN_PROGRESS)
    assert action.overdue(dt.date(2026, 7, 1))
    assert not action.overdue(dt.date(2026, 6, 30))
    assert not attrs.evolve(action, status=ss.ActionStatus.DONE).overdue(dt.date(2026, 7, 1))
    assert not attrs.evolve(action, due=None).overdue(dt.date(2026, 7, 1))


def test_a_measurement_added_is_told_by_its_day_with_its_value() -> None:
    added = _with_measurement(
        LINDE, ss.Measurement(date=dt.date(2026, 12, 31), value=63.5, note="Na de familieavond")
    )
    (difference,) = diff(LINDE, added)
    assert difference.kind == "added"
    assert difference.sentence.nl.startswith("Meting ‘31-12-2026’ toegevoegd aan indicator ‘")
    assert difference.sentence.en.startswith("Measurement ‘31/12/2026’ added to indicator ‘")
    assert (
        difference.new.nl
        == "datum: 31-12-2026; gemeten waarde: 63,5; toelichting: Na de familieavond"
    )


def test_a_status_update_added_is_told() -> None:
    action = LINDE.actions[0]
    update = ss.StatusUpdate(date=dt.date(2027, 1, 15), status=ss.ActionStatus.DONE, note="Klaar")
    changed = attrs.evolve(
        LINDE, actions=(attrs.evolve(action, updates=(*action.updates, update)), *LINDE.actions[1:])
    )
    (difference,) = diff(LINDE, changed)
    assert difference.sentence.nl.startswith("Statusupdate ‘15-01-2027’ toegevoegd aan actie ‘")
    assert "stand van zaken: Afgerond" in difference.new.nl
