"""Who carries a part is chosen from the names the plan already uses, or typed once; a
name typed once is offered everywhere after."""

from __future__ import annotations

from typing import Any

import attrs

import socialstrategy as ss
from tests.planner.conftest import PAGES, by_key, picker, saved


def test_a_name_is_chosen_typed_once_and_offered_elsewhere(open_step: Any) -> None:
    at, path = open_step("goals")
    box = by_key(at.selectbox, "goals[0].owner.who")
    plan = saved(path)
    roles = [r.name for r in plan.organisation.roles]
    # The plan's roles first, then the owners it already names (the other goals').
    assert [box.format_func(o) for o in roles] == box.options[1 : 1 + len(roles)]
    assert plan.goals[1].owner in box.options
    assert box.options[0] == "Nog niemand"
    assert box.options[-1] == "Iemand anders…"

    box.select(plan.goals[1].owner).run()
    assert not at.exception
    assert saved(path).goals[0].owner == plan.goals[1].owner

    # Someone else: a second field to type the name in; nothing changes until it is typed.
    by_key(at.selectbox, "goals[0].owner.who").select("\x00other").run()
    assert saved(path).goals[0].owner == plan.goals[1].owner
    by_key(at.text_input, "goals[0].owner.other").input("Teamleider nachtdienst").run()
    assert not at.exception
    assert saved(path).goals[0].owner == "Teamleider nachtdienst"

    at.switch_page(str(PAGES / "actions.py")).run()
    assert "Teamleider nachtdienst" in by_key(at.selectbox, "actions[0].owner.who").options


def test_nobody_clears_the_owner(open_step: Any) -> None:
    at, path = open_step("channels")
    by_key(at.selectbox, "channels[0].owner.who").select("").run()
    assert not at.exception
    assert saved(path).channels[0].owner == ""


def test_a_source_named_for_one_audience_is_offered_for_the_next(open_text: Any) -> None:
    """One council or survey tells about several audiences: an empty "Hoe weten we
    dat?" offers the sources the plan already names, and one click puts one in."""
    fresh = ss.new_strategy(ss.Sector.DISABILITY_CARE, "Stichting De Brug")
    source = "Teamoverleggen en cliëntenraad, 2026"
    first = attrs.evolve(fresh.audiences[0], insight_source=source)
    plan = attrs.evolve(fresh, audiences=(first, *fresh.audiences[1:]))
    at, path = open_text("audiences", ss.dumps(plan))
    assert not [b for b in at.button if b.label.startswith("Zelfde als elders")]  # filled
    picker(at, "audiences").select(1).run()
    offered = [b for b in at.button if b.label.startswith("Zelfde als elders")]
    assert [b.label for b in offered] == [f"Zelfde als elders: {source}"]
    offered[0].click().run()
    assert not at.exception
    assert saved(path).audiences[1].insight_source == source
    assert by_key(at.text_area, "audiences[1].insight_source").value == source
    assert not [b for b in at.button if b.label.startswith("Zelfde als elders")]
