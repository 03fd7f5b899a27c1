"""The organisation step: edits reach the file on disk and the score reacts."""

from __future__ import annotations

from typing import Any

from tests.planner.conftest import by_key, saved


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
