"""Check questions 3 (future-proof) and 5 (the questions among staff, clients and
relatives) are checked against the plan like the others: a "yes" the plan does not show
is a finding."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import attrs
import pytest

import socialstrategy as ss
from socialstrategy.model import Activity
from socialstrategy.scoring import score
from socialstrategy.scoring.examples import EXAMPLE_BASE
from socialstrategy.vocab import Answer, CheckQuestion, EngagementKind

REFERENCE = EXAMPLE_BASE
TODAY = dt.date(2026, 11, 23)


def _reference(**meta: object) -> ss.Strategy:
    strategy = ss.load(REFERENCE)
    return attrs.evolve(strategy, meta=attrs.evolve(strategy.meta, **meta))


def _answer(strategy: ss.Strategy, question: CheckQuestion, answer: Answer) -> ss.Strategy:
    readiness = tuple(
        attrs.evolve(r, answer=answer) if r.question is question else r for r in strategy.readiness
    )
    return attrs.evolve(strategy, readiness=readiness)


def _codes(strategy: ss.Strategy) -> set[str]:
    return {f.code for f in score(strategy, today=TODAY).findings}


# --- question 3: future-proof -------------------------------------------------------


@pytest.mark.parametrize(
    ("next_review", "guideline_review", "fires"),
    [
        (dt.date(2027, 4, 1), dt.date(2027, 3, 1), False),
        (None, dt.date(2027, 3, 1), True),
        (dt.date(2026, 6, 1), dt.date(2027, 3, 1), True),  # the review has passed
        (dt.date(2027, 4, 1), None, True),
        (dt.date(2027, 4, 1), dt.date(2026, 11, 1), True),
        (TODAY, TODAY, False),  # due today still counts as planned
    ],
)
def test_a_future_proof_yes_needs_reviews_still_to_come(
    next_review: dt.date | None, guideline_review: dt.date | None, fires: bool
) -> None:
    strategy = _reference(next_review=next_review)
    strategy = attrs.evolve(
        strategy, guidelines=attrs.evolve(strategy.guidelines, review_date=guideline_review)
    )
    assert ("READ014" in _codes(strategy)) is fires


def test_a_future_proof_partly_is_not_contradicted() -> None:
    strategy = _answer(_reference(next_review=None), CheckQuestion.FUTURE_PROOF, Answer.PARTLY)
    assert "READ014" not in _codes(strategy)


def test_the_future_proof_finding_says_what_to_plan() -> None:
    report = score(_reference(next_review=None), today=TODAY)
    (finding,) = [f for f in report.findings if f.code == "READ014"]
    assert finding.message.nl == (
        "Checkvraag 3 is met ja beantwoord, maar voor de strategie of de richtlijn staat"
        " geen herziening gepland: 'Is onze visie en werkmethodiek rond social media"
        " toekomstgericht?'"
    )
    assert finding.where == "meta.next_review"


# --- question 5: the questions that live among staff, clients and relatives -----------


def _activities(strategy: ss.Strategy, change: Callable[[Activity], Activity]) -> ss.Strategy:
    activities = tuple(change(a) for a in strategy.engagement.activities)
    return attrs.evolve(
        strategy, engagement=attrs.evolve(strategy.engagement, activities=activities)
    )


def test_known_questions_yes_with_only_staff_sessions_is_contradicted() -> None:
    """Workshops for staff alone do not collect the questions of clients and relatives."""
    strategy = _activities(
        ss.load(REFERENCE),
        lambda a: attrs.evolve(a, kind=EngagementKind.WORKSHOP, audiences=("medewerkers",)),
    )
    report = score(strategy, today=TODAY)
    (finding,) = [f for f in report.findings if f.code == "READ015"]
    assert finding.message.en.startswith(
        "Check question 5 is answered yes, but no conversation is planned that collects"
        " the questions of staff, clients and relatives alike"
    )
    assert finding.where == "engagement.activities"


def test_councils_speak_for_their_members() -> None:
    """A client and a relatives' council session count for clients and relatives, even
    with no audiences filled in; teams holding sessions count for staff."""
    kinds = {
        EngagementKind.CLIENT_COUNCIL: (),
        EngagementKind.RELATIVES_COUNCIL: (),
        EngagementKind.TEAM_SESSION: (),
    }
    strategy = ss.load(REFERENCE)
    councils = tuple(
        attrs.evolve(a, audiences=kinds[a.kind])
        for a in strategy.engagement.activities
        if a.kind in kinds
    )
    assert {a.kind for a in councils} == set(kinds)
    strategy = attrs.evolve(
        strategy, engagement=attrs.evolve(strategy.engagement, activities=councils)
    )
    assert "READ015" not in _codes(strategy)
    no_relatives = tuple(a for a in councils if a.kind is not EngagementKind.RELATIVES_COUNCIL)
    strategy = attrs.evolve(
        strategy, engagement=attrs.evolve(strategy.engagement, activities=no_relatives)
    )
    assert "READ015" in _codes(strategy)


def test_known_questions_answered_no_is_not_contradicted() -> None:
    strategy = ss.load(REFERENCE)
    strategy = attrs.evolve(strategy, engagement=attrs.evolve(strategy.engagement, activities=()))
    assert "READ015" in _codes(strategy)
    assert "READ015" not in _codes(_answer(strategy, CheckQuestion.KNOWN_QUESTIONS, Answer.NO))
