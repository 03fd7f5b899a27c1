"""Two people at work on one plan, each on their own field, turn by turn: every edit of
each is in the file at the end (the replica benchmark lost some)."""

from __future__ import annotations

from typing import Any

from tests.planner.conftest import by_key, saved
from tests.planner.test_conflicts import _session


def test_turn_by_turn_edits_to_different_fields_are_never_lost(open_step: Any) -> None:
    first, path = open_step("organisation")
    second = _session(path)
    for turn in range(6):
        by_key(first.text_input, "organisation.region").input(f"Regio {turn}").run()
        assert not first.exception
        assert saved(path).organisation.region == f"Regio {turn}", turn
        by_key(second.text_input, "organisation.name").input(f"Naam {turn}").run()
        assert not second.exception
        plan = saved(path).organisation
        assert (plan.name, plan.region) == (f"Naam {turn}", f"Regio {turn}"), turn
