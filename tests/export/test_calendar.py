"""The plan's calendar (``--format ics``): read back with icalendar, event by event."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import attrs
import icalendar
import pytest
from click.testing import CliRunner

import socialstrategy as ss
from socialstrategy import fmt
from socialstrategy.cli import cli
from socialstrategy.export import MEDIA, PLAN_FILES, UnknownExportError, export, formats
from socialstrategy.export.calendar import calendar
from socialstrategy.scoring import score
from socialstrategy.scoring.crisis_plan import last_drill
from socialstrategy.vocab import ActionStatus, Rhythm
from tests.conftest import EXAMPLES, STRATEGIES, TEMPLATE

TODAY = dt.date(2026, 11, 23)
LINDE = STRATEGIES / "zorggroep-de-linde.toml"


def _events(strategy: ss.Strategy, language: ss.Language = "nl") -> list[icalendar.Event]:
    data = export(strategy, "ics", language=language, today=TODAY)
    return list(icalendar.Calendar.from_ical(data).walk("VEVENT"))


def _dated(strategy: ss.Strategy) -> list[dt.date]:
    """The dates the plan holds that a calendar should show, counted from the model: the
    review dates, the drills (the plan's, and each scenario's drilled before), the
    indicator deadlines, the planned activities, the training and action due dates."""
    s = strategy
    drilled = [x.last_drilled for x in s.crisis.scenarios if x.last_drilled is not None]
    latest = last_drill(s.crisis)
    plan_drill = [latest] if s.crisis.last_drill is not None and latest is not None else []
    return [
        day
        for day in (
            s.meta.next_review,
            s.guidelines.review_date,
            *(max(fmt.years_later(d, 1), TODAY) for d in [*plan_drill, *drilled]),
            *(i.deadline for g in s.goals for i in g.indicators),
            *(a.planned for a in s.engagement.activities),
            *(n.due for n in s.training),
            *(a.due for a in s.actions),
        )
        if day is not None
    ]


@pytest.mark.parametrize("path", [*EXAMPLES, TEMPLATE], ids=lambda p: p.stem)
def test_one_event_per_dated_item_of_every_bundled_example(path: Path) -> None:
    """Every date in the plan is one all-day event on that date, no more, no less."""
    strategy = ss.load(path)
    events = _events(strategy)
    expected = _dated(strategy)
    assert sorted(e.decoded("DTSTART") for e in events) == sorted(expected)
    for event in events:
        start = event.decoded("DTSTART")
        assert type(start) is dt.date  # all-day, not a moment
        assert event.decoded("DTEND") == start + dt.timedelta(days=1)
        assert event["TRANSP"] == "TRANSPARENT"


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_uids_are_unique_and_the_same_in_every_export(path: Path) -> None:
    """Re-importing must update events, not double them: the same plan gives the same
    UIDs on another day and at another moment, and no two events share one."""
    strategy = ss.load(path)
    report = score(strategy, today=TODAY)
    first = calendar(
        strategy, report, "nl", TODAY, stamp=dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
    )
    again = calendar(
        strategy, report, "en", TODAY, stamp=dt.datetime(2026, 5, 1, tzinfo=dt.timezone.utc)
    )
    uids = [str(e["UID"]) for e in first.walk("VEVENT")]
    assert uids
    assert len(set(uids)) == len(uids)
    assert [str(e["UID"]) for e in again.walk("VEVENT")] == uids
    assert all(uid.endswith(".zorggroep-de-linde@socialstrategy") for uid in uids) == (
        path == LINDE
    )


def test_a_uid_follows_its_item_not_its_place() -> None:
    """An action moved to another place in the plan keeps its UID (it is the action's id)."""
    strategy = ss.load(LINDE)
    moved = attrs.evolve(strategy, actions=tuple(reversed(strategy.actions)))

    def by_summary(s: ss.Strategy) -> dict[str, str]:
        return {str(e["SUMMARY"]): str(e["UID"]) for e in _events(s)}

    assert by_summary(moved) == by_summary(strategy)


def test_the_calendar_has_what_outlook_and_google_need() -> None:
    data = export(ss.load(LINDE), "ics", today=TODAY)
    cal = icalendar.Calendar.from_ical(data)
    assert cal["VERSION"] == "2.0"
    assert str(cal["PRODID"]).startswith("-//socialstrategy//")
    assert cal["METHOD"] == "PUBLISH"
    assert cal["X-WR-CALNAME"] == "Sociale-mediastrategie Zorggroep De Linde"
    lines = data.split(b"\r\n")
    assert data.endswith(b"\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")  # CRLF only
    assert max(len(line) for line in lines) <= 75  # folded, RFC 5545 3.1
    for event in cal.walk("VEVENT"):
        assert event.decoded("DTSTAMP").tzinfo is not None  # UTC, as RFC 5545 asks
    assert MEDIA["ics"] == ("ics", "text/calendar")


def test_each_kind_of_item_is_on_its_own_date_with_its_name_owner_and_part() -> None:
    strategy = ss.load(LINDE)
    events = {str(e["SUMMARY"]): e for e in _events(strategy)}

    def one(summary: str) -> icalendar.Event:
        return events[summary]

    review = one(f"Herziening sociale-mediastrategie: {strategy.meta.title}")
    assert review.decoded("DTSTART") == strategy.meta.next_review
    assert f"Eigenaar: {strategy.meta.author}" in str(review["DESCRIPTION"])

    action = next(a for a in strategy.actions if a.due and a.goals)
    event = one(f"Deadline actie: {action.title}")
    assert event.decoded("DTSTART") == action.due
    description = str(event["DESCRIPTION"])
    assert f"Eigenaar: {action.owner}" in description
    goal = next(g for g in strategy.goals if g.id == action.goals[0])
    assert goal.title in description  # the goal by its name…
    assert goal.id not in description  # …never its id
    assert f"Status: {action.status.label('nl')}" in description

    goal = next(g for g in strategy.goals if any(i.deadline for i in g.indicators))
    indicator = next(i for i in goal.indicators if i.deadline)
    event = one(f"Deadline indicator: {indicator.kpi}")
    assert event.decoded("DTSTART") == indicator.deadline
    assert f"Doel: {goal.title}" in str(event["DESCRIPTION"])

    hospital = ss.load(STRATEGIES / "ziekenhuis-amstelzicht.toml")
    scenario = next(x for x in hospital.crisis.scenarios if x.last_drilled)
    assert scenario.last_drilled is not None
    (event,) = [
        e
        for e in _events(hospital)
        # The title is a sentence: the summary drops its full stop.
        if e["SUMMARY"] == f"Oefening crisisscenario: {scenario.title.removesuffix('.')}"
    ]
    assert event.decoded("DTSTART") == max(fmt.years_later(scenario.last_drilled, 1), TODAY)
    assert "Leiding: " in str(event["DESCRIPTION"])  # the role that leads, by its name


def test_an_overdue_drill_lands_on_the_day_of_the_export_and_a_due_one_a_year_later() -> None:
    strategy = ss.load(LINDE)
    scenario = strategy.crisis.scenarios[0]

    def drill_day(last: dt.date) -> dt.date:
        changed = attrs.evolve(
            strategy,
            crisis=attrs.evolve(
                strategy.crisis,
                scenarios=(attrs.evolve(scenario, last_drilled=last),),
                last_drill=None,
            ),
        )
        (event,) = [e for e in _events(changed) if "crisisscenario" in str(e["SUMMARY"])]
        day: dt.date = event.decoded("DTSTART")
        return day

    assert drill_day(dt.date(2026, 3, 1)) == dt.date(2027, 3, 1)
    assert drill_day(dt.date(2024, 2, 29)) == TODAY  # overdue: due now
    assert drill_day(dt.date(2025, 11, 24)) == dt.date(2026, 11, 24)


def test_an_activity_repeats_in_its_rhythm_and_a_cancelled_action_is_cancelled() -> None:
    strategy = ss.load(LINDE)
    activity = next(a for a in strategy.engagement.activities if a.planned)
    action = next(a for a in strategy.actions if a.due)
    changed = attrs.evolve(
        strategy,
        engagement=attrs.evolve(
            strategy.engagement,
            activities=(attrs.evolve(activity, rhythm=Rhythm.QUARTERLY, title="Teamsessie"),),
        ),
        actions=(attrs.evolve(action, status=ActionStatus.CANCELLED, title="Vervallen actie"),),
    )
    events = {str(e["SUMMARY"]): e for e in _events(changed)}
    session = events[f"{activity.kind.label('nl')}: Teamsessie"]
    assert session.decoded("DTSTART") == activity.planned
    assert session["RRULE"] == {"FREQ": ["MONTHLY"], "INTERVAL": [3]}
    assert events["Deadline actie: Vervallen actie"]["STATUS"] == "CANCELLED"
    assert "STATUS" not in session


def test_summaries_and_descriptions_are_in_the_chosen_language() -> None:
    strategy = ss.load(LINDE)
    dutch = [str(e["SUMMARY"]) for e in _events(strategy, "nl")]
    english = [str(e["SUMMARY"]) for e in _events(strategy, "en")]
    assert len(dutch) == len(english)
    assert any(s.startswith("Deadline actie: ") for s in dutch)
    assert any(s.startswith("Action due: ") for s in english)
    assert any(s.startswith("Review of the social media strategy: ") for s in english)
    assert not any(s.startswith(("Deadline actie", "Herziening")) for s in english)
    described = " ".join(str(e["DESCRIPTION"]) for e in _events(strategy, "en"))
    assert "Owner: " in described
    assert "Eigenaar" not in described


def test_a_plan_without_dates_is_an_empty_calendar_that_still_opens() -> None:
    data = export(ss.Strategy(), "ics", today=TODAY)
    cal = icalendar.Calendar.from_ical(data)
    assert cal.walk("VEVENT") == []
    assert cal["X-WR-CALNAME"] == "Sociale-mediastrategie strategie"


def test_the_plan_files_are_no_format_of_a_document() -> None:
    """The calendar and the workbook hold the whole plan: no document offers them."""
    assert set(PLAN_FILES) == {"ics", "xlsx"}
    assert not set(PLAN_FILES) & set(formats("report"))
    with pytest.raises(UnknownExportError):
        export(ss.Strategy(), "ical")


def test_the_cli_writes_the_calendar_named_after_the_plan(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(
        cli, ["export", str(LINDE), "--format", "ics", "-o", str(tmp_path), "--today", "2026-11-23"]
    )
    assert result.exit_code == 0, result.output
    written = tmp_path / "zorggroep-de-linde-agenda.ics"
    events = icalendar.Calendar.from_ical(written.read_bytes()).walk("VEVENT")
    assert len(events) == len(_dated(ss.load(LINDE)))
    english = runner.invoke(
        cli, ["export", str(LINDE), "--format", "ics", "--lang", "en", "-o", str(tmp_path)]
    )
    assert english.exit_code == 0, english.output
    assert (tmp_path / "zorggroep-de-linde-calendar.ics").is_file()


def test_the_cli_takes_a_calendar_whatever_the_document(tmp_path: Path) -> None:
    target = tmp_path / "plan.ics"
    result = CliRunner().invoke(
        cli, ["export", str(LINDE), "--format", "ics", "--document", "consent", "-o", str(target)]
    )
    assert result.exit_code == 0, result.output
    assert icalendar.Calendar.from_ical(target.read_bytes())["METHOD"] == "PUBLISH"


def test_the_cli_refuses_an_unknown_format_and_an_invalid_plan(tmp_path: Path) -> None:
    runner = CliRunner()
    unknown = runner.invoke(cli, ["export", str(LINDE), "--format", "ical"])
    assert unknown.exit_code == 2
    assert "'ical' is not one of" in unknown.output
    broken = tmp_path / "kapot.toml"
    broken.write_text("[meta\n", encoding="utf-8")
    invalid = runner.invoke(cli, ["export", str(broken), "--format", "ics", "-o", str(tmp_path)])
    assert invalid.exit_code == 1
    assert not list(tmp_path.glob("*.ics"))


def test_a_description_says_what_the_plan_has_and_leaves_out_what_it_lacks() -> None:
    """An indicator without a baseline shows its target alone, no dash; an action serving
    two goals lists both, each without its full stop."""
    strategy = ss.load(LINDE)
    goal = strategy.goals[0]
    indicator = attrs.evolve(goal.indicators[0], baseline=None, target=600.0, unit="per week")
    first, second = strategy.goals[:2]
    action = attrs.evolve(strategy.actions[0], goals=(first.id, second.id))
    changed = attrs.evolve(
        strategy,
        goals=(attrs.evolve(goal, indicators=(indicator,)), *strategy.goals[1:]),
        actions=(action,),
    )
    events = {str(e["SUMMARY"]): str(e["DESCRIPTION"]) for e in _events(changed)}
    target = events[f"Deadline indicator: {indicator.kpi}"]
    assert "Streefwaarde 600 per week" in target.splitlines()
    assert "—" not in target
    served = events[f"Deadline actie: {action.title}"]
    names = "; ".join(g.title.removesuffix(".") for g in (first, second))
    assert f"Doelen: {names}" in served.splitlines()
