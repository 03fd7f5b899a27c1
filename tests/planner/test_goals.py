"""The goals step: goals tied to primary processes, measured by indicators, saved at once."""

from __future__ import annotations

import datetime as dt
from typing import Any

import socialstrategy as ss
from tests.planner.conftest import PAGES, by_key, name_who, picker, plain, saved

IN_ITSELF = "Sociale media als doel op zich"


def _findings(at: Any) -> list[str]:
    return [e.value for e in (*at.error, *at.warning, *at.info)]


def _overview(at: Any) -> str:
    return next(m.value for m in at.markdown if m.value.startswith("1. **"))


def _editor(at: Any, path: str) -> str:
    return next(k for k in at.session_state if str(k).endswith(":" + path))


def test_renders_the_example(open_step: Any) -> None:
    at, _ = open_step("goals")
    assert at.title[0].value == "Doelen"
    assert by_key(at.text_input, "goals[0].title").value.startswith("Familie weet wat")
    assert by_key(at.multiselect, "goals[0].processes").value == ["wonen", "zorg", "welzijn"]
    assert not any(IN_ITSELF in e.value for e in at.error)
    overview = _overview(at)
    assert overview.startswith("1. **Familie weet")
    assert "4. **Thuiswonende ouderen" in overview


def test_processes_offer_primary_ones_first_and_mark_supporting_ones(open_step: Any) -> None:
    at, _ = open_step("goals")
    processes = by_key(at.multiselect, "goals[0].processes")
    labels = list(processes.options)
    assert labels[0] == "Aanmelding, intake en wachtlijst"
    assert labels[-3:] == [
        "Werving en selectie (ondersteunend)",
        "Communicatie (ondersteunend)",
        "Vrijwilligersbeleid (ondersteunend)",
    ]


def test_a_goal_without_a_primary_process_is_flagged_and_costs_points(open_step: Any) -> None:
    """Only recruitment (a supporting process): no primary process, so social media as a
    goal in itself; beside the goal, why a supporting process is not enough (GOAL012)."""
    at, path = open_step("goals")
    before = at.sidebar.metric[0].value
    by_key(at.multiselect, "goals[0].processes").set_value(["werving"]).run()
    assert not at.exception
    assert saved(path).goals[0].processes == ("werving",)
    assert at.sidebar.metric[0].value != before
    assert any(IN_ITSELF in e.value for e in at.error)  # the banner above the goals
    assert any(  # beside the goal
        "Doel dient alleen een ondersteunend proces" in e.value for e in at.error
    )
    assert "doel op zich" in _overview(at).splitlines()[0]  # and in the overview line


def test_an_indicator_added_in_the_table_is_saved_with_its_deadline(open_step: Any) -> None:
    at, path = open_step("goals")
    at.session_state[_editor(at, "goals[0].indicators")] = {
        "edited_rows": {"0": {"target": 80}},
        "added_rows": [
            {"kpi": "Beeldbelgesprekken met familie", "baseline": 120, "deadline": "2027-12-31"}
        ],
        "deleted_rows": [],
    }
    at.run()
    assert not at.exception
    indicators = saved(path).goals[0].indicators
    assert indicators[0].target == 80
    assert indicators[-1] == ss.Indicator(
        kpi="Beeldbelgesprekken met familie", baseline=120, deadline=dt.date(2027, 12, 31)
    )


def test_a_row_added_then_deleted_leaves_the_indicators_as_they_were(open_step: Any) -> None:
    """A row added is saved, drawn afresh as a row of the table, and deleted there: the
    file is as it was."""
    at, path = open_step("goals")
    before = saved(path).goals[0].indicators
    editor = _editor(at, "goals[0].indicators")
    at.session_state[editor] = {
        "edited_rows": {},
        "added_rows": [{"kpi": "Tijdelijke indicator"}],
        "deleted_rows": [],
    }
    at.run()
    assert saved(path).goals[0].indicators[-1].kpi == "Tijdelijke indicator"
    # Saved, the row is drawn afresh as a row of the table; deleting it there undoes it.
    editor = _editor(at, "goals[0].indicators")
    at.session_state[editor] = {
        "edited_rows": {},
        "added_rows": [],
        "deleted_rows": [len(before)],
    }
    at.run()
    assert not at.exception
    assert saved(path).goals[0].indicators == before


def test_leaving_the_step_forgets_its_table_snapshots(open_step: Any) -> None:
    """What a visit keeps in the session (a table's snapshot) goes when the step is left."""
    at, _ = open_step("goals")
    assert [k for k in at.session_state if str(k).endswith("goals[0].indicators.snapshot")]
    at.switch_page(str(PAGES / "audiences.py")).run()
    assert not at.exception
    assert not [k for k in at.session_state if str(k).endswith(".snapshot")]


def test_table_edits_survive_picking_another_goal_and_back(open_step: Any) -> None:
    """A table hidden while another goal is edited starts again from what was saved."""
    at, path = open_step("goals")
    at.session_state[_editor(at, "goals[0].indicators")] = {
        "edited_rows": {},
        "added_rows": [{"kpi": "Nieuwe indicator"}],
        "deleted_rows": [],
    }
    at.run()
    picker(at, "goals").set_value(1).run()
    picker(at, "goals").set_value(0).run()
    assert not at.exception
    assert [i.kpi for i in saved(path).goals[0].indicators][-1] == "Nieuwe indicator"


def test_picking_a_goal_edits_that_goal(open_step: Any) -> None:
    at, path = open_step("goals")
    picker(at, "goals").set_value(2).run()
    name_who(at, "goals[2].owner", "Manager klantcontact").run()
    assert not at.exception
    assert saved(path).goals[2].owner == "Manager klantcontact"
    assert saved(path).goals[0].owner == "Manager zorg en welzijn"


def test_adding_and_removing_a_goal(open_step: Any) -> None:
    """A new goal is picked for editing; removing a goal also removes the channels' and
    actions' references to it, so the file stays valid."""
    at, path = open_step("goals")
    by_key(at.button, "goals.add").click().run()
    assert not at.exception
    goals = saved(path).goals
    assert [g.id for g in goals][-1] == "doel"
    assert picker(at, "goals").value == len(goals) - 1

    picker(at, "goals").set_value(0).run()
    gone = saved(path).goals[0].id
    assert any(gone in c.goals for c in saved(path).channels)
    by_key(at.button, "goals.remove").click().run()
    assert not at.exception
    after = saved(path)  # loading checks every reference
    assert gone not in [g.id for g in after.goals]
    assert not any(gone in c.goals for c in after.channels)
    assert not any(gone in a.goals for a in after.actions)


def test_naming_a_goal_shows_the_name_in_the_picker_at_once(open_step: Any) -> None:
    """The picker is drawn before the title is saved: a rename draws the picker again, so
    it does not go on saying '(nieuw)', and the goal stays the one edited. The rest of
    the step keeps its widgets: a click on the next field while the name is saved is
    not lost to a form drawn anew."""
    at, path = open_step("goals")
    by_key(at.button, "goals.add").click().run()
    new = len(saved(path).goals) - 1
    box = picker(at, "goals")
    assert box.format_func(new).endswith("(nieuw)")
    title = by_key(at.text_input, f"goals[{new}].title")
    others = {str(w.key) for w in (*at.text_input, *at.text_area, *at.multiselect)}
    title.input("Meer vrijwilligers").run()
    assert not at.exception
    assert saved(path).goals[new].title == "Meer vrijwilligers"
    box = picker(at, "goals")
    assert box.value == new
    assert box.format_func(new) == f"{new + 1}. Meer vrijwilligers"
    assert {str(w.key) for w in (*at.text_input, *at.text_area, *at.multiselect)} == others


def test_a_too_long_title_is_reported_and_not_saved(open_step: Any) -> None:
    at, path = open_step("goals")
    by_key(at.text_input, "goals[0].title").input("x" * 20_001).run()
    assert not at.exception
    assert any("Niet bewaard" in e.value for e in at.error)
    assert saved(path).goals[0].title.startswith("Familie weet wat")


def test_the_page_speaks_english(open_step: Any) -> None:
    at, _ = open_step("goals")
    at.session_state["language"] = "en"
    at.run()
    assert not at.exception
    assert at.title[0].value == "Goals"
    assert by_key(at.multiselect, "goals[0].processes").label == "Serves these processes"


def _indicators(at: Any, edited: dict[str, Any]) -> None:
    """Edit the first goal's indicator table as the browser sends it (cells as text)."""
    at.session_state[_editor(at, "goals[0].indicators")] = {
        "edited_rows": {"0": edited},
        "added_rows": [],
        "deleted_rows": [],
    }
    at.run()
    assert not at.exception


def test_a_dutch_decimal_typed_in_a_table_cell_is_saved_as_a_decimal(open_step: Any) -> None:
    """``6,4`` in the baseline cell is 6.4, not 64."""
    at, path = open_step("goals")
    _indicators(at, {"baseline": "6,4", "target": "1.500"})
    indicator = saved(path).goals[0].indicators[0]
    assert (indicator.baseline, indicator.target) == (6.4, 1500)
    assert not at.error


def test_numbers_in_a_table_are_shown_the_dutch_way(open_text: Any) -> None:
    """The cells hold ``1.500.000`` and ``6,4``, not ``1,500,000`` and ``6.4``."""
    at, _ = open_text(
        "goals",
        'schema_version = 1\n[[goals]]\nid = "g"\ntitle = "Bereik"\n'
        '[[goals.indicators]]\nkpi = "Bereik"\nbaseline = 1500000\ntarget = 6.4\n',
    )
    snapshot, _ = at.session_state[_editor(at, "goals[0].indicators") + ".snapshot"]
    assert list(snapshot.loc[0, ["baseline", "target"]]) == ["1.500.000", "6,4"]


def test_a_table_cell_that_is_no_number_is_reported_and_the_row_kept(open_step: Any) -> None:
    at, path = open_step("goals")
    before = saved(path).goals[0].indicators
    _indicators(at, {"baseline": "zes"})
    assert "Niet bewaard: 1: ‘zes’ is geen getal" in plain(at.error[0].value)
    assert saved(path).goals[0].indicators == before


def test_a_deadline_is_typed_day_first(open_step: Any) -> None:
    """``31-12-2027`` is the last day of 2027 (a date cell, in the browser's American
    order, made 11 March of it), and the cell shows it day first."""
    at, path = open_step("goals")
    _indicators(at, {"deadline": "31-12-2027"})
    assert saved(path).goals[0].indicators[0].deadline == dt.date(2027, 12, 31)
    assert not at.error
    snapshot, _ = at.session_state[_editor(at, "goals[0].indicators") + ".snapshot"]
    assert snapshot.loc[1, "deadline"] == "30-06-2028"


def test_a_mistyped_deadline_is_refused_not_reported_as_passed(open_step: Any) -> None:
    """A year typed short is a typo to say at once, not a deadline long passed."""
    at, path = open_step("goals")
    before = saved(path).goals[0].indicators
    _indicators(at, {"deadline": "31-12-0027"})
    errors = [plain(e.value) for e in at.error]
    assert any("Niet bewaard: 1: ‘31-12-0027’ kan geen datum in dit plan zijn" in e for e in errors)
    assert not any("Deadline verstreken" in e for e in (*errors, *(w.value for w in at.warning)))
    assert saved(path).goals[0].indicators == before
