"""Measurements on the goals step and status updates on the action plan, saved at once."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

import socialstrategy as ss
from tests.conftest import STRATEGIES
from tests.planner.conftest import saved


def _editor(at: Any, path: str) -> str:
    return next(k for k in at.session_state if str(k).endswith(":" + path))


def _edit(at: Any, path: str, **changes: Any) -> None:
    at.session_state[_editor(at, path)] = {
        "edited_rows": {},
        "added_rows": [],
        "deleted_rows": [],
        **changes,
    }
    at.run()
    assert not at.exception, at.exception


def test_a_measurement_typed_the_dutch_way_is_saved(open_step: Any) -> None:
    at, path = open_step("goals")
    before = saved(path).goals[0].indicators[0].measurements
    _edit(
        at,
        "goals[0].indicators[0].measurements",
        added_rows=[{"date": "31-12-2026", "value": "63,5", "note": "Na de familieavond"}],
    )
    measurements = saved(path).goals[0].indicators[0].measurements
    assert measurements == (
        *before,
        ss.Measurement(date=dt.date(2026, 12, 31), value=63.5, note="Na de familieavond"),
    )


def test_a_measurement_without_a_value_is_saved_and_said_to_be_incomplete(
    open_step: Any,
) -> None:
    at, path = open_step("goals")
    _edit(at, "goals[0].indicators[0].measurements", added_rows=[{"date": "31-12-2026"}])
    assert saved(path).goals[0].indicators[0].measurements[-1].value is None
    assert any("Waarde" in w.value for w in at.warning)


def test_changing_an_indicator_keeps_its_measurements(open_step: Any) -> None:
    at, path = open_step("goals")
    before = saved(path).goals[0].indicators
    _edit(at, "goals[0].indicators", edited_rows={"0": {"target": "80"}})
    after = saved(path).goals[0].indicators
    assert after[0].target == 80
    assert after[0].measurements == before[0].measurements


def test_removing_an_indicator_leaves_the_others_their_measurements(open_step: Any) -> None:
    """Rows move up when one above is deleted; measurements go with their indicator."""
    at, path = open_step("goals", "ziekenhuis-amstelzicht.toml")
    before = saved(path).goals[0].indicators
    assert before[1].measurements
    _edit(at, "goals[0].indicators", deleted_rows=[0])
    (left,) = saved(path).goals[0].indicators
    assert left == before[1]


def test_the_goals_step_shows_a_progress_chart_per_indicator(open_step: Any) -> None:
    at, _ = open_step("goals")
    headings = [m.value for m in at.markdown if m.value.startswith("**Metingen: ")]
    assert headings == [
        "**Metingen: Bewoners van wie minstens één familielid het familieportaal gebruikt**",
        "**Metingen: Rapportcijfer familie voor \\'Ik word goed op de hoogte gehouden\\'**",
    ]


def test_a_status_update_is_saved_with_its_date_and_status(open_step: Any) -> None:
    at, path = open_step("actions")
    before = saved(path).actions[0].updates
    _edit(
        at,
        "actions[0].updates",
        added_rows=[{"date": "15-01-2027", "status": "Afgerond", "note": "Alle locaties over"}],
    )
    assert saved(path).actions[0].updates == (
        *before,
        ss.StatusUpdate(
            date=dt.date(2027, 1, 15), status=ss.ActionStatus.DONE, note="Alle locaties over"
        ),
    )
    # The action itself still says it runs: the manager is told, and decides.
    assert any("zegt 'Afgerond'" in i.value for i in at.info)


def test_overdue_actions_are_called_out(open_text: Any) -> None:
    plan = ss.load(STRATEGIES / "zorggroep-de-linde.toml")
    late = attrs.evolve(plan.actions[0], due=dt.date(2026, 1, 31), start=dt.date(2025, 10, 1))
    at, _ = open_text("actions", ss.dumps(attrs.evolve(plan, actions=(late, *plan.actions[1:]))))
    assert any("1 actie is over de deadline" in w.value for w in at.warning)
    table = at.dataframe[0].value
    assert list(table["Let op"]).count("⚠ te laat") == 1
    assert table["Laatste statusupdate"][0].startswith("25-09-2026: De Esch en Het Hofje over")
