"""The organisation step: edits reach the file on disk and the score reacts."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import socialstrategy as ss
from tests.conftest import STRATEGIES
from tests.planner.conftest import PAGES, by_key, saved, start_app


def show(at: Any, section: str) -> Any:
    """Open one part of the step (only the chosen one is built)."""
    by_key(at.button_group, "organisation.section").set_value(section).run()
    assert not at.exception
    return at


def test_renders_the_example(open_step: Any) -> None:
    at, _ = open_step("organisation")
    assert at.title[0].value == "Organisatie en processen"
    assert by_key(at.text_input, "organisation.name").value == "Zorggroep De Linde"


def test_an_edit_is_saved_and_the_score_reacts(open_step: Any) -> None:
    """Clearing the name costs points (PROF001) and is on disk at once."""
    at, path = open_step("organisation")
    before = at.sidebar.metric[0].value
    by_key(at.text_input, "organisation.name").input("").run()
    assert not at.exception
    assert saved(path).organisation.name == ""
    assert at.sidebar.metric[0].value != before


def test_a_process_added_in_the_table_gets_an_id(open_step: Any) -> None:
    at, path = open_step("organisation")
    show(at, "organisation.processes")
    editor_key = next(k for k in at.session_state if str(k).endswith(":organisation.processes"))
    at.session_state[editor_key] = {
        "edited_rows": {},
        "added_rows": [{"name": "Mantelzorgondersteuning", "kind": "Primair proces"}],
        "deleted_rows": [],
    }
    at.run()
    assert not at.exception
    names = {p.id: p.name for p in saved(path).organisation.processes}
    assert "mantelzorgondersteuning" in names


def test_one_part_at_a_time_and_looking_changes_nothing(open_step: Any) -> None:
    at, path = open_step("organisation")
    text = path.read_text(encoding="utf-8")
    assert by_key(at.button_group, "organisation.section").options == [
        "Organisatie en belanghebbenden",
        "Processen en rollen",
        "Het plan als document",
    ]
    assert not [k for k in at.session_state if str(k).endswith(":organisation.processes")]
    show(at, "organisation.processes")
    assert [k for k in at.session_state if str(k).endswith(":organisation.roles")]
    show(at, "meta")
    assert by_key(at.text_input, "meta.author").value == saved(path).meta.author
    show(at, "organisation")
    assert path.read_text(encoding="utf-8") == text


def test_a_next_step_link_to_the_roles_opens_processes_and_roles(workspace: Path) -> None:
    shutil.copyfile(STRATEGIES / "zorggroep-de-linde.toml", workspace / "draft-linde.toml")
    at = start_app()
    at.query_params["d"] = "draft-linde"
    at.query_params["focus"] = "organisation.roles[0].name"
    at.switch_page(str(PAGES / "organisation.py"))
    at.run()
    assert not at.exception
    assert by_key(at.button_group, "organisation.section").value == "organisation.processes"


def test_governance_is_recorded_and_the_advice_follows(open_step: Any) -> None:
    """Choosing 'the partners' and 'no staff representation' is on disk at once; the
    guideline's advice then names the partners and asks no works council."""
    at, path = open_step("organisation")
    adopted = by_key(at.selectbox, "organisation.adopted_by")
    assert adopted.options[0] == (
        "Afleiden uit sector en omvang: De raad van bestuur (een zorginstelling van deze omvang)"
    )
    adopted.set_value("partners").run()
    by_key(at.selectbox, "organisation.staff_representation").set_value("none").run()
    assert not at.exception
    org = saved(path).organisation
    assert org.adopted_by is ss.AdoptingBody.PARTNERS
    assert org.staff_representation is ss.StaffRepresentation.NONE
    fixes = " ".join(f.fix.nl for f in ss.score(saved(path)).findings)
    assert "raad van bestuur" not in fixes
    assert "OR" not in fixes.split()


def test_the_empty_choice_is_saved_as_nothing_and_says_what_is_assumed(
    open_step: Any,
) -> None:
    """Back to 'follow sector and size': the file holds no value (not an empty code);
    a works council among the bodies is assumed to exist; without it and without a number
    of employees the staff choice asks for that number instead of assuming a council."""
    at, path = open_step("organisation")
    by_key(at.selectbox, "organisation.client_participation").set_value("none").run()
    assert saved(path).organisation.client_participation is ss.ClientParticipation.NONE
    by_key(at.selectbox, "organisation.client_participation").set_value("").run()
    assert not at.exception
    assert saved(path).organisation.client_participation is None
    assert "client_participation" not in path.read_text(encoding="utf-8")
    staff = by_key(at.selectbox, "organisation.staff_representation")
    assert staff.options[0] == (
        "Afleiden uit sector en omvang: Een OR (staat bij de medezeggenschap)"
    )
    by_key(at.text_input, "organisation.employees").input("").run()
    by_key(at.multiselect, "organisation.bodies").set_value(
        [ss.ParticipationBody.CLIENT_COUNCIL]
    ).run()
    assert not at.exception
    assert saved(path).organisation.employees is None
    assert by_key(at.selectbox, "organisation.staff_representation").options[0] == (
        "Afleiden uit sector en omvang: Nog onbekend: vul het aantal medewerkers in"
    )
