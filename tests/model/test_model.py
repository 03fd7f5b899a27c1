"""Local invariants of the model, and new strategies from sector presets."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

import socialstrategy as ss
from socialstrategy.model._fields import MAX_COUNT, MAX_LINE, MAX_TEXT, FieldError


@pytest.mark.parametrize(
    "bad", ["", "Goal 1", "-start", "a" * 65, "doel/1", "ünicode", "g\n", "doel-1\n"]
)
def test_ids_must_be_simple_and_stable(bad: str) -> None:
    """An id is lower-case letters, digits, - and _; anything else is refused by name."""
    with pytest.raises(FieldError) as info:
        ss.Goal(id=bad)
    assert info.value.field == "id"
    assert "id" in info.value.text.nl


def test_a_moderation_window_must_end_after_it_starts() -> None:
    with pytest.raises(FieldError) as info:
        ss.Span(start=dt.time(17), end=dt.time(9))
    assert info.value.field == "end"
    assert ss.Span(start=dt.time(8, 30), end=dt.time(17)).hours == 8.5


def test_an_action_cannot_be_due_before_it_starts() -> None:
    with pytest.raises(FieldError) as info:
        ss.Action(id="a", start=dt.date(2026, 5, 1), due=dt.date(2026, 4, 1))
    assert info.value.field == "due"
    assert "startdatum" in info.value.text.nl


@pytest.mark.parametrize("hours", [0, -2, float("nan"), float("inf")])
def test_response_times_are_positive_numbers(hours: float) -> None:
    with pytest.raises(FieldError):
        ss.Channel(id="c", kind=ss.ChannelKind.X, response_hours=hours)


def test_free_text_has_a_ceiling() -> None:
    """A runaway paste is refused rather than stored."""
    with pytest.raises(FieldError):
        ss.Goal(id="g", title="x" * (MAX_TEXT + 1))


@pytest.mark.parametrize(
    "make",
    [
        lambda: ss.Organisation(employees=-5),
        lambda: ss.Organisation(locations=-1),
        lambda: ss.Organisation(employees=MAX_COUNT + 1),
        lambda: ss.Meta(revision=0),
        lambda: ss.Meta(revision=2**60),
        lambda: ss.LegalClock(kind=ss.LegalClockKind.DATA_LEAK_AUTHORITY, deadline_hours=9000),
        lambda: ss.Meta(next_review=dt.date(1899, 12, 31)),
        lambda: ss.Meta(last_reviewed=dt.date(1, 1, 1)),
        lambda: ss.Action(id="a", due=dt.date(9999, 12, 31)),
        lambda: ss.TrainingNeed(role="r", due=dt.date(2201, 1, 1)),
        lambda: ss.Meta(title="x" * (MAX_LINE + 1)),
        lambda: ss.Organisation(name="x" * (MAX_LINE + 1)),
    ],
    ids=[
        "employees",
        "locations",
        "employees-max",
        "revision",
        "revision-max",
        "hours-max",
        "date-before-1900",
        "year-1",
        "year-9999",
        "year-2201",
        "title",
        "name",
    ],
)
def test_numbers_dates_and_titles_stay_within_what_a_plan_can_hold(make: object) -> None:
    """What the planner can show and every export can write: counts from zero, hours up to a
    year, dates from 1900 to 2200, one-line texts of a sentence."""
    with pytest.raises(FieldError):
        make()  # type: ignore[operator]


def test_the_model_is_frozen_and_changed_with_evolve(rich: ss.Strategy) -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        rich.meta.title = "x"  # type: ignore[misc]
    renamed = attrs.evolve(rich, meta=attrs.evolve(rich.meta, title="Nieuw"))
    assert renamed.meta.title == "Nieuw"
    assert rich.meta.title == ""


@pytest.mark.parametrize("sector", list(ss.Sector), ids=lambda s: s.code)
def test_new_strategy_starts_from_the_sector_preset(sector: ss.Sector) -> None:
    """A new strategy holds the preset, all nine questions unanswered, and no decisions."""
    strategy = ss.new_strategy(sector, "Zorg Test")
    assert ss.validate(strategy) == ()
    assert strategy.organisation.sector is sector
    assert strategy.organisation.primary_processes
    assert [r.question for r in strategy.readiness] == list(ss.CheckQuestion)
    assert {r.answer for r in strategy.readiness} == {ss.Answer.UNKNOWN}
    assert strategy.goals == ()
    assert strategy.channels == ()
    assert strategy.actions == ()
    assert "Zorg Test" in strategy.meta.title


@pytest.mark.parametrize("sector", list(ss.Sector), ids=lambda s: s.code)
def test_new_strategy_starts_with_the_sectors_starter_texts(sector: ss.Sector) -> None:
    """Roles, the guideline (every topic, consent) and media guidance come filled in and
    marked as model texts; what only the organisation decides (dates) stays empty."""
    strategy = ss.new_strategy(sector, "Zorg Test")
    roles = {r.id for r in strategy.organisation.roles}
    assert {"communication", "board", "privacy_officer", "care_manager", "hr"} <= roles
    g = strategy.guidelines
    assert g.topics == frozenset(ss.GuidelineTopic)
    assert all(r.why.strip() and r.model_text for r in g.rules)
    assert {role for r in g.rules for role in r.roles} <= roles
    assert g.title.endswith("Zorg Test")
    assert all((g.owner, g.contact, g.report_to))
    assert (g.adopted, g.works_council_advice, g.review_date) == (None, None, None)
    assert all((g.consent.recorded_in, g.consent.withdrawal, g.consent.legal_representative))
    assert g.consent.model_text
    guidance = strategy.media_guidance
    assert all((guidance.vision, guidance.approach, guidance.risks, guidance.model_text))
    assert not guidance.in_care_plan  # a fact about the organisation, not a text


def test_new_strategy_has_the_legal_clock_of_a_data_leak() -> None:
    strategy = ss.new_strategy(ss.Sector.HOSPITAL)
    clocks = {c.kind: c for c in strategy.crisis.legal_clocks}
    assert clocks[ss.LegalClockKind.DATA_LEAK_AUTHORITY].deadline_hours == 72
    assert ss.LegalClockKind.CALAMITY_INSPECTORATE in clocks
    welfare = ss.new_strategy(ss.Sector.WELFARE)
    assert ss.LegalClockKind.CALAMITY_INSPECTORATE not in {
        c.kind for c in welfare.crisis.legal_clocks
    }


def test_new_strategy_in_english() -> None:
    strategy = ss.new_strategy(ss.Sector.YOUTH_CARE, language="en")
    assert strategy.meta.language == "en"
    assert strategy.meta.title == "Social media strategy"
    assert strategy.organisation.processes[0].name == "Registration"
    assert strategy.guidelines.title == "Social media guideline for employees"
    assert {r.id: r.name for r in strategy.organisation.roles}["care_manager"] == "Team leader"


@pytest.mark.parametrize("sector", list(ss.Sector))
@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_new_plan_tells_incident_calamity_and_crisis_apart(
    sector: ss.Sector, language: ss.Language
) -> None:
    """Its scenarios are set at a level: that level exists in the plan, with a trigger
    in the plan's language, so no finding speaks of a level that is not there."""
    plan = ss.new_strategy(sector, "Zorg Test", language=language).crisis
    levels = [tier.level for tier in plan.tiers]
    assert levels == [ss.Severity.INCIDENT, ss.Severity.CALAMITY, ss.Severity.CRISIS]
    assert {s.level for s in plan.scenarios} <= set(levels)
    triggers = " ".join(tier.trigger for tier in plan.tiers)
    assert ("cliënt" in triggers) is (language == "nl")
    # The starter names who approves and how fast; the roles are the plan's own.
    roles = {role.id for role in ss.new_strategy(sector, language=language).organisation.roles}
    assert all(tier.approver in roles and tier.response_hours for tier in plan.tiers)


def test_a_goal_serves_the_primary_processes_it_is_linked_to() -> None:
    """Of a goal's processes, the primary ones in the goal's order; a supporting process
    or an id the plan lacks serves nothing (a goal linked only to those is in itself)."""
    intake = ss.Process(id="intake", name="Intake", kind=ss.ProcessKind.PRIMARY)
    care = ss.Process(id="zorg", name="Zorg", kind=ss.ProcessKind.PRIMARY)
    hr = ss.Process(id="hr", name="Werving", kind=ss.ProcessKind.SUPPORTING)
    org = ss.Organisation(processes=(intake, care, hr))
    assert org.primary_among(("zorg", "hr", "weg", "intake")) == (care, intake)
    assert org.primary_among(("hr", "weg")) == ()


@pytest.mark.parametrize(
    ("answer", "explanation", "evidence", "expected"),
    [
        (ss.Answer.UNKNOWN, "", "", False),  # nothing to explain yet
        (ss.Answer.NO, "", "", True),
        (ss.Answer.NO, "Nog geen beleid.", "", False),  # a no needs no evidence
        (ss.Answer.PARTLY, "Deels.", "", True),
        (ss.Answer.YES, "Ja.", "Richtlijn 2025", False),
    ],
)
def test_an_answer_is_to_explain_until_explained_and_backed_up(
    answer: ss.Answer, explanation: str, evidence: str, expected: bool
) -> None:
    given = ss.ReadinessAnswer(
        question=next(iter(ss.CheckQuestion)),
        answer=answer,
        explanation=explanation,
        evidence=evidence,
    )
    assert given.to_explain is expected
