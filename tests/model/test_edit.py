"""Edits that keep a strategy's references whole."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs
import pytest

import socialstrategy as ss
from socialstrategy.model.edit import (
    new_action,
    new_activity,
    new_audience,
    new_channel,
    new_goal,
    new_scenario,
    readiness_sheet,
    references_to_audience,
    references_to_goal,
    remove_audience,
    remove_channel,
    remove_goal,
    set_readiness,
)
from socialstrategy.model.paths import get_at, set_at


def test_removing_a_channel_removes_the_actions_references_to_it(rich: ss.Strategy) -> None:
    """The channel goes, actions stay, and no action points at the channel any more."""
    channel_id = rich.channels[0].id
    other = ss.Channel(id="website", kind=ss.ChannelKind.WEBSITE)
    action = attrs.evolve(rich.actions[0], channels=(channel_id, "website"))
    before = attrs.evolve(rich, channels=(*rich.channels, other), actions=(action,))

    after = remove_channel(before, channel_id)

    assert [c.id for c in after.channels] == ["website"]
    assert [a.channels for a in after.actions] == [("website",)]
    assert [a.id for a in after.actions] == [action.id]
    assert ss.validate(after) == ()


def test_removing_an_unknown_channel_changes_nothing(rich: ss.Strategy) -> None:
    assert remove_channel(rich, "no-such-channel") == rich


# --- goals and audiences ------------------------------------------------------------


def test_removing_a_goal_removes_the_channels_and_actions_references_to_it(
    rich: ss.Strategy,
) -> None:
    """The goal goes; channels and actions stay, pointing only at the goals that remain."""
    other = ss.Goal(id="g2", title="Familie betrokken", processes=("wonen",))
    channel = attrs.evolve(rich.channels[0], goals=("g1", "g2"))
    before = attrs.evolve(rich, goals=(*rich.goals, other), channels=(channel,))
    assert references_to_goal(before, "g1") == ("channels[0].goals", "actions[0].goals")

    after = remove_goal(before, "g1")

    assert [g.id for g in after.goals] == ["g2"]
    assert [c.goals for c in after.channels] == [("g2",)]
    assert [a.goals for a in after.actions] == [()]
    assert [a.id for a in after.actions] == ["a1"]
    assert references_to_goal(after, "g1") == ()
    assert ss.validate(after) == ()


def test_removing_an_audience_removes_every_reference_to_it(rich: ss.Strategy) -> None:
    """Goals, channels and engagement activities lose the audience; nothing dangles."""
    staff = ss.Audience(id="staff", kind=ss.AudienceKind.EMPLOYEES)
    activity = ss.Activity(
        id="kick-off", kind=ss.EngagementKind.KICKOFF, audiences=("clients", "staff")
    )
    goal = attrs.evolve(rich.goals[0], audiences=("clients",))
    before = attrs.evolve(
        rich,
        audiences=(*rich.audiences, staff),
        goals=(goal,),
        engagement=ss.Engagement(activities=(activity,)),
    )
    assert references_to_audience(before, "clients") == (
        "goals[0].audiences",
        "channels[0].audiences",
        "engagement.activities[0].audiences",
    )

    after = remove_audience(before, "clients")

    assert [a.id for a in after.audiences] == ["staff"]
    assert after.goals[0].audiences == ()
    assert after.channels[0].audiences == ()
    assert after.engagement.activities[0].audiences == ("staff",)
    assert ss.validate(after) == ()


@pytest.mark.parametrize("remove", [remove_goal, remove_audience])
def test_removing_an_unknown_goal_or_audience_changes_nothing(
    rich: ss.Strategy, remove: Callable[[ss.Strategy, str], ss.Strategy]
) -> None:
    assert remove(rich, "no-such-part") == rich


def test_a_new_goal_gets_a_free_id(rich: ss.Strategy) -> None:
    first = new_goal(rich)
    second = new_goal(attrs.evolve(rich, goals=(*rich.goals, first)))
    assert (first.id, second.id) == ("doel", "doel-2")
    assert first.title == ""


@pytest.mark.parametrize(
    ("new", "path"),
    [
        (new_channel, "channels"),
        (new_activity, "engagement.activities"),
        (new_action, "actions"),
        (new_scenario, "crisis.scenarios"),
    ],
)
def test_a_new_part_gets_an_id_its_list_lacks_and_the_plan_stays_valid(
    rich: ss.Strategy, new: Callable[[ss.Strategy], Any], path: str
) -> None:
    """Added twice, each item gets an id of its own: the plan still loads."""
    strategy = rich
    for _ in range(2):
        items = get_at(strategy, path)
        added = new(strategy)
        assert added.id not in {item.id for item in items}
        strategy = set_at(strategy, path, (*items, added))
    assert ss.validate(strategy) == ()


def test_a_new_audience_is_the_first_key_audience_missing(rich: ss.Strategy) -> None:
    """Clients are there; relatives come next, named in the manager's language."""
    added = new_audience(rich, "en")
    assert (added.kind, added.name, added.id) == (
        ss.AudienceKind.RELATIVES,
        "Relatives and next of kin",
        "relatives",
    )


def test_with_every_key_audience_a_new_audience_is_the_public(rich: ss.Strategy) -> None:
    kinds = (ss.AudienceKind.RELATIVES, ss.AudienceKind.EMPLOYEES, ss.AudienceKind.PUBLIC)
    full = attrs.evolve(
        rich,
        audiences=(*rich.audiences, *(ss.Audience(id=k.code, kind=k) for k in kinds)),
    )
    added = new_audience(full)
    assert (added.kind, added.id) == (ss.AudienceKind.PUBLIC, "public-2")


# --- readiness ----------------------------------------------------------------------


def test_the_sheet_has_every_question_in_order_with_blanks_for_missing_ones() -> None:
    trained = ss.ReadinessAnswer(question=ss.CheckQuestion.TRAINED, answer=ss.Answer.NO)
    sheet = readiness_sheet(ss.Strategy(readiness=(trained,)))
    assert [a.question for a in sheet] == list(ss.CheckQuestion)
    assert sheet[-1] == trained
    assert {a.answer for a in sheet[:-1]} == {ss.Answer.UNKNOWN}


def test_an_unchanged_sheet_leaves_the_strategy_as_it_is() -> None:
    """Nothing is added or reordered when the manager changed nothing."""
    out_of_order = ss.Strategy(
        readiness=(
            ss.ReadinessAnswer(question=ss.CheckQuestion.TRAINED),
            ss.ReadinessAnswer(question=ss.CheckQuestion.CLIENTS_ONLINE),
        )
    )
    assert set_readiness(out_of_order, readiness_sheet(out_of_order)) is out_of_order


def test_a_missing_question_is_added_once_answered_in_vocabulary_order() -> None:
    trained = ss.ReadinessAnswer(question=ss.CheckQuestion.TRAINED, answer=ss.Answer.NO)
    strategy = ss.Strategy(readiness=(trained,))
    sheet = list(readiness_sheet(strategy))
    sheet[2] = attrs.evolve(sheet[2], answer=ss.Answer.PARTLY)

    after = set_readiness(strategy, sheet)

    assert [a.question for a in after.readiness] == [
        ss.CheckQuestion.FUTURE_PROOF,
        ss.CheckQuestion.TRAINED,
    ]
    assert after.readiness[0].answer is ss.Answer.PARTLY


def test_a_blank_question_already_in_the_strategy_stays() -> None:
    """Only questions the file lacks are left out while blank; present ones are kept."""
    strategy = ss.Strategy(
        readiness=tuple(ss.ReadinessAnswer(question=q) for q in ss.CheckQuestion)
    )
    sheet = list(readiness_sheet(strategy))
    sheet[0] = attrs.evolve(sheet[0], explanation="Nog niet uitgezocht.")
    after = set_readiness(strategy, sheet)
    assert len(after.readiness) == 9
    assert after.readiness[0].explanation == "Nog niet uitgezocht."
