"""A row added to a table keeps the id it got when first saved, on every rerun after."""

from __future__ import annotations

from typing import Any

from tests.planner.conftest import saved
from tests.planner.test_organisation import show


def test_an_added_row_keeps_its_id_while_the_editor_holds_it(open_step: Any) -> None:
    at, path = open_step("organisation")
    show(at, "organisation.processes")
    editor = next(k for k in at.session_state if str(k).endswith(":organisation.processes"))
    at.session_state[editor] = {
        "edited_rows": {},
        "added_rows": [
            {"name": "Mantelzorg", "kind": "Primair proces"},
            {"name": "Mantelzorg", "kind": "Ondersteunend proces"},
        ],
        "deleted_rows": [],
    }
    seen = []
    for _ in range(3):
        at.run()
        assert not at.exception
        seen.append([p.id for p in saved(path).organisation.processes if "mantelzorg" in p.id])
    # Before: the saved row was "taken" on the next run, so it became mantelzorg-2, then
    # mantelzorg again, and the plan was written on every rerun.
    assert seen[0] == seen[1] == seen[2] == ["mantelzorg", "mantelzorg-2"]
