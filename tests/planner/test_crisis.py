"""The crisis step: the plan's parts are edited in place, saved at once and scored."""

from __future__ import annotations

from typing import Any

import attrs

import socialstrategy as ss
from tests.conftest import STRATEGIES
from tests.planner.conftest import by_key, picker, saved, who_value

SECTIONS = [
    "crisis",
    "crisis.tiers",
    "crisis.triage",
    "crisis.responses",
    "crisis.escalation",
    "crisis.scenarios",
    "crisis.stakeholders",
    "crisis.principles",
    "crisis.legal_clocks",
]


def editor_key(at: Any, path: str) -> str:
    return next(k for k in at.session_state if str(k).endswith(":" + path))


def edit_rows(
    at: Any,
    path: str,
    edited: dict[str, dict[str, Any]] | None = None,
    added: list[dict[str, Any]] | None = None,
) -> None:
    """Edit the table at *path* as a manager's clicks do, then rerun."""
    at.session_state[editor_key(at, path)] = {
        "edited_rows": edited or {},
        "added_rows": added or [],
        "deleted_rows": [],
    }
    at.run()


def show(at: Any, section: str) -> Any:
    """Open one section of the plan (only the chosen one is built)."""
    control = by_key(at.button_group, "crisis.section")
    control.set_value(section).run()  # type: ignore[attr-defined]
    assert not at.exception
    return at


def test_only_the_chosen_section_is_built(open_step: Any) -> None:
    at, _ = open_step("crisis")
    assert by_key(at.button_group, "crisis.section").options == [  # type: ignore[attr-defined]
        "Algemeen",
        "Niveaus",
        "Triage",
        "Beslisboom",
        "Escalatie",
        "Scenario's",
        "Wie informeren we",
        "Uitgangspunten",
        "Wettelijke termijnen",
    ]
    assert [k for k in at.session_state if str(k).endswith(":crisis.tiers")] == []
    show(at, "crisis.tiers")
    assert [k for k in at.session_state if str(k).endswith(":crisis.tiers")] != []


def test_renders_the_example(open_step: Any) -> None:
    at, _ = open_step("crisis")
    assert at.title[0].value == "Crisis- en incidentenplan"
    assert who_value(at, "crisis.owner").startswith("Bestuurder")
    show(at, "crisis.scenarios")
    assert by_key(at.text_input, "crisis.scenarios[0].title").value.startswith("Een familielid")


def test_an_edit_is_saved_and_the_score_reacts(open_step: Any) -> None:
    """Clearing the monitoring costs points (CRIS016) and is on disk at once."""
    at, path = open_step("crisis")
    before = at.sidebar.metric[0].value
    by_key(at.text_area, "crisis.monitoring").input("").run()
    assert not at.exception
    assert saved(path).crisis.monitoring == ""
    assert at.sidebar.metric[0].value != before
    # The finding shows beside the field at once, not one edit later.
    assert any("monitoring" in w.value.lower() for w in at.warning)


def test_the_first_hour_is_one_step_per_line(open_step: Any) -> None:
    at, path = open_step("crisis")
    by_key(at.text_area, "crisis.first_hour").input(
        "Zet ingeplande berichten op pauze\n\n  Leg bewijs vast  \n"
    ).run()
    assert not at.exception
    assert saved(path).crisis.first_hour == (
        "Zet ingeplande berichten op pauze",
        "Leg bewijs vast",
    )


def test_a_step_added_to_the_escalation_chain_refers_to_the_role(open_step: Any) -> None:
    """Roles are chosen by name in the table and stored by id."""
    at, path = open_step("crisis")
    show(at, "crisis.escalation")
    edit_rows(
        at,
        "crisis.escalation",
        edited={"4": {"backup": "Locatiemanager"}},
        added=[
            {
                "role": "Functionaris gegevensbescherming (extern)",
                "reach": "Via het secretariaat",
                "from_level": "Incident",
            }
        ],
    )
    assert not at.exception
    chain = saved(path).crisis.escalation
    assert chain[4].backup == "locatiemanager"
    assert chain[-1].role == "fg"
    assert chain[-1].reach == "Via het secretariaat"
    assert chain[-1].from_level.code == "incident"


def test_a_step_of_the_escalation_chain_moves_by_its_number(open_step: Any) -> None:
    """The chain is called in order; st.data_editor cannot drag rows, so each row has a
    number: giving the last one number 1 calls it first. The table is drawn again in
    the new order, numbered afresh."""
    at, path = open_step("crisis")
    before = saved(path).crisis.escalation
    show(at, "crisis.escalation")
    assert list(at.dataframe[0].value["_position"]) == list(range(1, len(before) + 1))
    edit_rows(at, "crisis.escalation", edited={str(len(before) - 1): {"_position": 1}})
    assert not at.exception
    after = saved(path).crisis.escalation
    assert after == (before[-1], *before[:-1])
    table = at.dataframe[0].value
    assert list(table["_position"]) == list(range(1, len(before) + 1))
    assert table["reach"][0] == before[-1].reach  # drawn in the new order


def test_a_step_moved_down_goes_after_the_one_that_had_its_number(open_step: Any) -> None:
    at, path = open_step("crisis")
    first, second, third, *rest = saved(path).crisis.escalation
    show(at, "crisis.escalation")
    edit_rows(at, "crisis.escalation", edited={"0": {"_position": 3}})
    assert not at.exception
    assert saved(path).crisis.escalation == (second, third, first, *rest)


def test_a_scenario_can_be_added_and_removed(open_step: Any) -> None:
    at, path = open_step("crisis")
    show(at, "crisis.scenarios")
    count = len(saved(path).crisis.scenarios)
    by_key(at.button, "crisis.scenarios.add").click().run()
    assert not at.exception
    scenarios = saved(path).crisis.scenarios
    assert len(scenarios) == count + 1
    assert picker(at, "crisis.scenarios").value == count
    by_key(at.text_input, f"crisis.scenarios[{count}].title").input("Account gehackt").run()
    assert saved(path).crisis.scenarios[-1].title == "Account gehackt"
    by_key(at.button, "crisis.scenarios.remove").click().run()
    assert not at.exception
    assert [s.id for s in saved(path).crisis.scenarios] == [s.id for s in scenarios[:-1]]


def test_a_response_time_of_zero_is_refused_and_not_saved(open_step: Any) -> None:
    at, path = open_step("crisis")
    show(at, "crisis.scenarios")
    by_key(at.text_input, "crisis.scenarios[0].response_hours").input("0").run()
    assert not at.exception
    assert any("groter dan 0" in e.value for e in at.error)
    assert saved(path).crisis.scenarios[0].response_hours == 4.0


def test_a_tier_with_zero_hours_is_refused_and_not_saved(open_step: Any) -> None:
    at, path = open_step("crisis")
    show(at, "crisis.tiers")
    edit_rows(at, "crisis.tiers", edited={"0": {"hours": "0"}})
    assert not at.exception
    assert any("groter dan 0" in e.value for e in at.error)
    assert saved(path).crisis.tiers[0].response_hours == 2.0


def test_two_roles_with_one_name_stay_two_roles(open_text: Any) -> None:
    """The role cells hold names: a name two roles share gets the id, so nothing merges."""
    linde = ss.load(STRATEGIES / "zorggroep-de-linde.toml")
    roles = tuple(attrs.evolve(r, name="Teamleider") for r in linde.organisation.roles)
    text = ss.dumps(attrs.evolve(linde, organisation=attrs.evolve(linde.organisation, roles=roles)))
    at, path = open_text("crisis", text)
    for section in SECTIONS:
        show(at, section)
        assert path.read_text(encoding="utf-8") == text, section
    chain = show(at, "crisis.escalation").dataframe[0].value
    assert chain["role"][0] == f"Teamleider ({linde.crisis.escalation[0].role})"


def test_checklist_items_are_kept_as_written_until_edited(open_text: Any) -> None:
    """An item with a line break or spaces, written by hand, survives a visit."""
    linde = ss.load(STRATEGIES / "zorggroep-de-linde.toml")
    crisis = attrs.evolve(linde.crisis, first_hour=("  Feiten verzamelen ", "Bellen\nen mailen"))
    text = ss.dumps(attrs.evolve(linde, crisis=crisis))
    at, path = open_text("crisis", text)
    at.run()
    assert path.read_text(encoding="utf-8") == text
    by_key(at.text_area, "crisis.first_hour").input("Feiten verzamelen\nBellen").run()
    assert saved(path).crisis.first_hour == ("Feiten verzamelen", "Bellen")


def test_without_roles_it_points_to_the_organisation(open_step: Any) -> None:
    at, _ = open_step("crisis", example="start-hier.toml")
    assert any("rollen" in i.value for i in at.info)


def test_works_in_english(open_step: Any) -> None:
    at, _ = open_step("crisis")
    at.session_state["language"] = "en"
    at.run()
    assert not at.exception
    assert at.title[0].value == "Crisis and incident plan"
    options = by_key(at.button_group, "crisis.section").options  # type: ignore[attr-defined]
    assert options[-1] == "Legal deadlines"


def test_an_escalation_row_without_its_level_is_kept_and_marked(open_step: Any) -> None:
    """No column is "required" in the browser's sense (a new row without it was dropped
    there without a word): the row is saved and said to be incomplete."""
    at, path = open_step("crisis")
    show(at, "crisis.escalation")
    before = len(saved(path).crisis.escalation)
    edit_rows(at, "crisis.escalation", added=[{"reach": "Via de piketlijst"}])
    assert not at.exception
    chain = saved(path).crisis.escalation
    assert len(chain) == before + 1
    assert chain[-1].reach == "Via de piketlijst"
    assert any("nog niet compleet" in w.value and "Rol" in w.value for w in at.warning)
    # Away and back: the row is still there.
    show(at, "crisis.tiers")
    show(at, "crisis.escalation")
    assert len(saved(path).crisis.escalation) == before + 1


def test_no_planner_table_has_a_required_column() -> None:
    """A required column makes the browser keep an incomplete new row to itself."""
    pages = STRATEGIES.parent / "src" / "socialstrategy" / "planner"
    for source in pages.rglob("*.py"):
        assert "required=True" not in source.read_text(encoding="utf-8"), source
