"""The score trend: which revisions count, how they are scored, and the plan now
against the last adopted revision."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from socialstrategy.model import Strategy
from socialstrategy.model.lifecycle import adopted, with_status
from socialstrategy.scoring import score
from socialstrategy.scoring.areas import Area
from socialstrategy.scoring.trend import (
    Change,
    Direction,
    History,
    Saved,
    Scored,
    compare,
    last_adopted,
    score_history,
    scored,
)
from socialstrategy.vocab import PlanStatus
from tests.adopted import example

DAY = dt.date(2026, 3, 1)
PLAN = example()
REVIEW = with_status(PLAN, PlanStatus.IN_REVIEW)


def _saved(number: int, plan: Strategy = PLAN, day: dt.date = DAY, digest: str = "") -> Saved:
    return Saved(number=number, saved_on=day, strategy=plan, digest=digest)


def _kinds(revisions: list[Saved]) -> list[tuple[int, bool]]:
    return [(p.number, p.adopted) for p in score_history(revisions)]


def test_only_the_revision_an_adoption_names_counts_as_adopted() -> None:
    """The adopted revision counts; a later save that still says adopted (the status
    kept, the adoption naming revision 2) is not a new adoption."""
    at_two = adopted(PLAN, DAY, "Vastgesteld.", 2)
    revisions = [_saved(1), _saved(2, at_two), _saved(3, at_two)]
    assert _kinds(revisions) == [(2, True)]


def test_the_last_save_of_each_review_round_counts_not_the_saves_before() -> None:
    draft = with_status(PLAN, PlanStatus.DRAFT)
    revisions = [
        _saved(1, draft),
        _saved(2, REVIEW),
        _saved(3, REVIEW),  # the first round ends: back to draft
        _saved(4, draft),
        _saved(5, REVIEW),
        _saved(6, adopted(REVIEW, DAY, "Ja.", 6)),  # the second round ends in adoption
        _saved(7, REVIEW),  # a round still under way counts with its last save so far
    ]
    assert _kinds(revisions) == [(3, False), (5, False), (6, True), (7, False)]


def test_drafts_never_count_and_the_order_given_does_not_matter() -> None:
    revisions = [_saved(3, adopted(PLAN, DAY, "Ja.", 3)), _saved(1), _saved(2, REVIEW)]
    assert _kinds(revisions) == [(2, False), (3, True)]
    assert score_history([_saved(1), _saved(2)]) == ()


def test_a_revision_is_scored_as_on_the_day_it_was_saved() -> None:
    """The example's next review (15 April 2026) had not passed on 1 March: then it cost
    nothing; today, years later, it would."""
    point = scored(_saved(1), adopted=True)
    then = score(PLAN, today=DAY)
    assert point.overall == then.overall
    assert point.level == then.maturity.level
    assert dict(point.areas) == {a: r.score for a, r in then.areas.items()}
    assert point.overall > score(PLAN, today=dt.date(2035, 1, 1)).overall


def test_a_revision_with_its_digest_is_scored_once_per_day() -> None:
    first = scored(_saved(1, digest="d1"), adopted=False)
    assert scored(_saved(1, digest="d1"), adopted=False) is first
    later = scored(_saved(1, day=dt.date(2035, 1, 1), digest="d1"), adopted=False)
    assert later is not first
    assert later.overall < first.overall
    # Without a digest nothing is kept: equal, but computed again.
    assert scored(_saved(1), adopted=False) == first
    assert scored(_saved(1), adopted=False) is not scored(_saved(1), adopted=False)


def _point(number: int, overall: float, *, adopted: bool, **areas: float) -> Scored:
    return Scored(
        number=number,
        saved_on=DAY,
        adopted=adopted,
        overall=overall,
        level=1,
        areas={Area(name): value for name, value in areas.items()},
    )


def test_last_adopted_is_the_newest_adopted_whatever_the_order() -> None:
    points = [
        _point(7, 50, adopted=True),
        _point(9, 60, adopted=False),
        _point(3, 40, adopted=True),
    ]
    newest = last_adopted(points)
    assert newest is not None
    assert newest.number == 7
    assert last_adopted([_point(9, 60, adopted=False)]) is None


@pytest.mark.parametrize(
    ("before", "now", "direction"),
    [
        (40.0, 40.0, Direction.SAME),
        (40.0, 40.49, Direction.SAME),  # rounds to the same figure shown
        (40.0, 39.51, Direction.SAME),
        (40.4, 40.6, Direction.UP),  # 40 -> 41 as shown, though it moved 0.2
        (40.0, 39.4, Direction.DOWN),
        (40.0, 75.0, Direction.UP),
        (75.0, 0.0, Direction.DOWN),
    ],
)
def test_the_arrow_follows_the_scores_as_shown(
    before: float, now: float, direction: Direction
) -> None:
    assert Change(before=before, now=now).direction is direction


def test_directions_have_an_arrow_and_a_word_in_both_languages() -> None:
    assert [d.arrow for d in Direction] == ["▲", "▼", "="]
    assert [d.label("nl") for d in Direction] == ["hoger", "lager", "gelijk"]
    assert [d.label("en") for d in Direction] == ["higher", "lower", "unchanged"]


def test_compare_sets_the_plan_now_against_the_last_adopted_revision() -> None:
    at_two = adopted(PLAN, DAY, "Ja.", 2)
    weaker = attrs.evolve(at_two, engagement=type(PLAN.engagement)())
    now = score(weaker, today=DAY)
    history = score_history([_saved(1, REVIEW), _saved(2, at_two)])
    comparison = compare(now, history)
    assert comparison is not None
    assert comparison.baseline.number == 2
    assert comparison.overall.direction is Direction.DOWN
    moved = {
        area for area, change in comparison.areas.items() if change.direction is not Direction.SAME
    }
    assert moved == {Area.ENGAGEMENT}
    assert comparison.areas[Area.ENGAGEMENT].now == now.areas[Area.ENGAGEMENT].score
    assert compare(now, score_history([_saved(1, REVIEW)])) is None


def test_compare_takes_an_area_the_baseline_lacks_as_zero() -> None:
    baseline = _point(2, 30, adopted=True, profile=50.0)
    comparison = compare(score(PLAN, today=DAY), [baseline])
    assert comparison is not None
    assert comparison.areas[Area.PROFILE].before == 50.0
    assert comparison.areas[Area.GOALS].before == 0.0
    assert comparison.areas[Area.GOALS].direction is Direction.UP


def test_history_of_holds_the_newest_adopted_revision_and_its_plan() -> None:
    first = adopted(attrs.evolve(PLAN, training=()), DAY, "Eerste.", 2)
    second = adopted(PLAN, DAY, "Tweede.", 4)
    revisions = [
        _saved(4, second),
        _saved(1, REVIEW),
        _saved(2, first),
        _saved(3, REVIEW),
        _saved(5),
    ]
    history = History.of(revisions)
    assert [p.number for p in history.scored] == [1, 2, 3, 4]
    assert history.adopted is not None
    assert history.adopted.number == 4
    assert history.adopted.strategy.lifecycle.adoption.decision == "Tweede."


def test_history_of_a_plan_never_adopted_has_no_adopted_plan() -> None:
    history = History.of([_saved(1), _saved(2, REVIEW)])
    assert [p.number for p in history.scored] == [2]
    assert history.adopted is None
    assert History() == History.of([])


def test_history_until_a_revision_is_the_history_a_document_of_it_shows() -> None:
    first = adopted(PLAN, DAY, "Eerste.", 2)
    history = History.of([_saved(1, REVIEW), _saved(2, first), _saved(3, REVIEW)])
    assert history.until(3) == history
    assert [p.number for p in history.until(2).scored] == [1, 2]
    assert history.until(2).adopted == history.adopted
    assert history.until(1).adopted is None
    assert [p.number for p in history.until(1).scored] == [1]
