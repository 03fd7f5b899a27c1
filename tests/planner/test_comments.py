"""A plan file a person wrote keeps its comments when the planner saves an edit."""

from __future__ import annotations

import difflib
from typing import Any

from tests.conftest import TEMPLATE
from tests.planner.conftest import by_key, saved


def _comments(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.lstrip().startswith("#")]


def test_one_edit_of_start_hier_keeps_every_comment_and_changes_one_line(
    open_step: Any,
) -> None:
    """The issue's acceptance: start-hier opened in the planner, the organisation's name
    typed in: all 105-odd comment lines are still in the file, and one line changed."""
    at, path = open_step("organisation", example="start-hier.toml")
    by_key(at.text_input, "organisation.name").input("Zorggroep De Linde").run()
    assert not at.exception
    assert saved(path).organisation.name == "Zorggroep De Linde"
    before = TEMPLATE.read_text(encoding="utf-8")
    after = path.read_text(encoding="utf-8")
    assert len(_comments(before)) >= 105
    assert _comments(after) == _comments(before)
    diff = difflib.unified_diff(before.splitlines(), after.splitlines(), n=0, lineterm="")
    assert [line for line in diff if line[:1] in "+-" and line[:3] not in ("+++", "---")] == [
        '-name = "[naam van de organisatie]"',
        '+name = "Zorggroep De Linde"',
    ]
