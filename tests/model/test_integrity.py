"""Cross-references: every broken one found in one pass, naming both ends."""

from __future__ import annotations

import attrs

import socialstrategy as ss


def test_a_sound_strategy_has_no_problems(rich: ss.Strategy) -> None:
    assert ss.validate(rich) == ()


def test_a_dangling_reference_names_both_ends_and_suggests(rich: ss.Strategy) -> None:
    goal = attrs.evolve(rich.goals[0], processes=("intke",))
    (problem,) = ss.validate(attrs.evolve(rich, goals=(goal,)))
    assert problem.path == "goals[0].processes[0]"
    assert problem.text.en == (
        f"goal '{rich.goals[0].title}' refers to process 'intke':"
        " that id does not exist in organisation.processes"
    )
    assert problem.hint is not None
    assert problem.hint.nl == "bedoelde je 'intake'?"


def test_every_problem_is_collected(rich: ss.Strategy) -> None:
    """Three broken references and a duplicate id: four problems, in document order."""
    broken = attrs.evolve(
        rich,
        goals=(*rich.goals, attrs.evolve(rich.goals[0], processes=())),
        channels=(attrs.evolve(rich.channels[0], audiences=("relatives",), goals=("g9",)),),
        actions=(attrs.evolve(rich.actions[0], channels=("insta",)),),
    )
    paths = [p.path for p in ss.validate(broken)]
    assert paths == [
        "goals[1].id",
        "channels[0].audiences[0]",
        "channels[0].goals[0]",
        "actions[0].channels[0]",
    ]


def test_role_references_in_crisis_and_training(rich: ss.Strategy) -> None:
    crisis = ss.CrisisPlan(
        escalation=(ss.EscalationStep(role="comm", backup="board"),),
        tiers=(ss.Tier(level=ss.Severity.CRISIS, approver="ceo"),),
    )
    broken = attrs.evolve(rich, crisis=crisis, training=(ss.TrainingNeed(role="nurse"),))
    assert [p.path for p in ss.validate(broken)] == [
        "crisis.tiers[0].approver",
        "crisis.escalation[0].backup",
        "training[0].role",
    ]


def test_role_references_in_the_decision_tree_and_stakeholder_map(rich: ss.Strategy) -> None:
    """Who decides on an answer and who informs a stakeholder are roles like any other:
    a dangling one names both ends, in Dutch and English."""
    crisis = ss.CrisisPlan(
        responses=(
            ss.Response(kind=ss.ResponseKind.ESCALATE, decides="comm"),
            ss.Response(kind=ss.ResponseKind.CORRECT, decides="bestuur"),
        ),
        stakeholders=(
            ss.Stakeholder(kind=ss.StakeholderKind.STAFF, informs="com"),
            ss.Stakeholder(kind=ss.StakeholderKind.PRESS),
        ),
    )
    problems = ss.validate(attrs.evolve(rich, crisis=crisis))
    assert [p.path for p in problems] == [
        "crisis.responses[1].decides",
        "crisis.stakeholders[0].informs",
    ]
    assert problems[0].text.nl == (
        "reactie 'Feiten rechtzetten' verwijst naar rol 'bestuur':"
        " die id bestaat niet in organisation.roles"
    )
    assert problems[1].text.en == (
        "stakeholder 'Staff' refers to role 'com': that id does not exist in organisation.roles"
    )
    assert problems[1].hint is not None
    assert problems[1].hint.en == "did you mean 'comm'?"


def test_a_question_answered_twice_is_a_problem() -> None:
    answer = ss.ReadinessAnswer(question=ss.CheckQuestion.TRAINED)
    (problem,) = ss.validate(ss.Strategy(readiness=(answer, answer)))
    assert problem.path == "readiness[1]"


def test_a_reference_listed_twice_is_a_problem(rich: ss.Strategy) -> None:
    goal = attrs.evolve(rich.goals[0], processes=("intake", "intake"))
    (problem,) = ss.validate(attrs.evolve(rich, goals=(goal,)))
    assert problem.path == "goals[0].processes[1]"
