"""The plan's calendar: every dated item of the strategy as an all-day iCalendar event.

One event per date the plan asks someone to act on: the strategy's next review, the
guideline's review, the next yearly drill of the crisis plan and of each scenario drilled
before (a year after the last one, or the day of the export when that year is over),
each indicator's deadline, each engagement activity (repeating in its rhythm), each
training's due date and each action's due date.

Why these choices, for Outlook and Google Calendar:

- Every event has a UID made from the plan's name, the kind of item and its id (an
  indicator: its goal's id and its place), never a random one: importing the calendar a
  second time updates the events instead of adding them again. (Renaming the
  organisation renames the plan, and so makes new UIDs.)
- All-day events (``DTSTART;VALUE=DATE`` with the next day as ``DTEND``), free time
  (``TRANSP:TRANSPARENT``): a deadline is a reminder, not a meeting that blocks an agenda.
- ``METHOD:PUBLISH`` and ``X-WR-CALNAME``: a published calendar with the plan's name,
  which Outlook opens as its own calendar and Google imports into a chosen one.
- The ``icalendar`` package writes the lines: CRLF endings, long lines folded at 75 octets.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Final

import attrs
import icalendar

from socialstrategy import fmt
from socialstrategy.export.documents._base import Sources
from socialstrategy.model import Audience, Goal, Indicator, Role
from socialstrategy.model._fields import slug
from socialstrategy.scoring.crisis_plan import last_drill
from socialstrategy.vocab import ActionStatus, Rhythm

if TYPE_CHECKING:
    from collections.abc import Iterator

    from socialstrategy.i18n import Language
    from socialstrategy.model import Strategy
    from socialstrategy.scoring import Report

#: PRODID: who wrote the file (RFC 5545 3.7.3), in the ISO 9070 form clients expect.
PRODID: Final = "-//socialstrategy//Sociale-mediastrategie//NL"
#: The RRULE of each rhythm that repeats on a calendar; "continuous" has no dates.
RECURRENCE: Final[dict[Rhythm, dict[str, object]]] = {
    Rhythm.WEEKLY: {"FREQ": "WEEKLY"},
    Rhythm.MONTHLY: {"FREQ": "MONTHLY"},
    Rhythm.QUARTERLY: {"FREQ": "MONTHLY", "INTERVAL": 3},
    Rhythm.TWICE_YEARLY: {"FREQ": "MONTHLY", "INTERVAL": 6},
    Rhythm.YEARLY: {"FREQ": "YEARLY"},
}
#: Longest summary: Outlook cuts a subject of more than 255 characters.
_SUMMARY_LENGTH: Final = 120


@attrs.frozen(kw_only=True)
class Dated:
    """One dated item of the plan, as its calendar event says it."""

    #: The kind of item (``review``, ``drill``, ``action``…): part of the UID.
    kind: str
    #: The item's id within its kind (its model id, or a fixed name): part of the UID.
    key: str
    day: dt.date
    summary: str
    description: str
    category: str
    recurrence: dict[str, object] | None = None
    cancelled: bool = False


def plan_slug(strategy: Strategy) -> str:
    """The plan's part of every UID: its organisation, else its title, as a slug."""
    return slug(strategy.organisation.name or strategy.meta.title, 60) or "strategie"


def _short(text: str) -> str:
    """The first line of *text* without a closing full stop (a goal or scenario written
    as a sentence), cut to a length every calendar shows whole."""
    line = next((part.strip() for part in text.splitlines() if part.strip()), "")
    line = line.removesuffix(".").rstrip()
    return line if len(line) <= _SUMMARY_LENGTH else line[: _SUMMARY_LENGTH - 1].rstrip() + "…"


def _lines(*lines: str) -> str:
    return "\n".join(line for line in lines if line)


def _line(src: Sources, key: str, value: str, name: str) -> str:
    """The description line *key* with *value*, or nothing when the plan has none."""
    return src.t(key, **{name: value}) if value.strip() else ""


def _figures(src: Sources, indicator: Indicator) -> str:
    """``Nulmeting 46%, streefwaarde 75%``: the figures the plan has, none it lacks."""
    figures = [
        src.t(key, value=src.figure(value, indicator.unit))
        for key, value in (
            ("calendar.baseline", indicator.baseline),
            ("calendar.target", indicator.target),
        )
        if value is not None
    ]
    # "Nulmeting 46%, streefwaarde 75%": a capital for the first only.
    return ", ".join([*figures[:1], *(f[:1].lower() + f[1:] for f in figures[1:])])


def _goals(src: Sources, ids: tuple[str, ...]) -> str:
    """The goals an action serves, by name: ``Doel: …`` or ``Doelen: …; …``."""
    names = [src.name(Goal, id_) for id_ in ids]
    if len(names) == 1:
        return src.t("calendar.goal", goal=names[0])
    joined = "; ".join(name.removesuffix(".") for name in names)  # sentences, one list
    return src.t("calendar.goals", goals=joined) if names else ""


def items(strategy: Strategy, src: Sources) -> Iterator[Dated]:
    """The dated items of *strategy*, in the order of the plan."""
    yield from _review(strategy, src)
    yield from _drills(strategy, src)
    yield from _indicators(strategy, src)
    yield from _activities(strategy, src)
    yield from _training(strategy, src)
    yield from _actions(strategy, src)


def _review(strategy: Strategy, src: Sources) -> Iterator[Dated]:
    meta, g = strategy.meta, strategy.guidelines
    name = strategy.meta.title or strategy.organisation.name
    if meta.next_review is not None:
        last = src.t("calendar.last_reviewed", date=src.date(meta.last_reviewed))
        yield Dated(
            kind="review",
            key="strategy",
            day=meta.next_review,
            summary=src.t("calendar.review", name=_short(name)),
            description=_lines(
                _line(src, "calendar.owner", meta.author, "owner"),
                src.t("calendar.part", part=src.t("calendar.part.strategy")),
                last if meta.last_reviewed else "",
            ),
            category=src.t("calendar.category.review"),
        )
    if g.review_date is not None:
        yield Dated(
            kind="review",
            key="guidelines",
            day=g.review_date,
            summary=src.t("calendar.guideline_review", name=_short(g.title or name)),
            description=_lines(
                _line(src, "calendar.owner", g.owner, "owner"),
                src.t("calendar.part", part=src.t("calendar.part.guidelines")),
            ),
            category=src.t("calendar.category.review"),
        )


def _next_drill(src: Sources, last: dt.date) -> dt.date:
    """A year after the *last* drill; today when that day has passed, so an overdue
    drill lands where the calendar's reader looks, not in last year's agenda."""
    return max(fmt.years_later(last, 1), src.today)


def _drills(strategy: Strategy, src: Sources) -> Iterator[Dated]:
    """The next yearly drill of the plan and of each scenario drilled before."""
    plan = strategy.crisis
    part = src.t("calendar.part", part=src.t("calendar.part.crisis"))
    latest = last_drill(plan)  # a drill of one scenario is a drill of the plan (CRIS015)
    if plan.last_drill is not None and latest is not None:
        yield Dated(
            kind="drill",
            key="plan",
            day=_next_drill(src, latest),
            summary=src.t("calendar.plan_drill"),
            description=_lines(
                _line(src, "calendar.owner", plan.owner, "owner"),
                part,
                src.t("calendar.plan_drilled", date=src.date(latest)),
            ),
            category=src.t("calendar.category.drill"),
        )
    for scenario in plan.scenarios:
        if scenario.last_drilled is None:
            continue  # never drilled: no date to plan from (rule DRILL001 says so)
        yield Dated(
            kind="drill",
            key=scenario.id,
            day=_next_drill(src, scenario.last_drilled),
            summary=src.t("calendar.drill", name=_short(src.called(scenario))),
            description=_lines(
                _line(src, "calendar.lead", src.name(Role, scenario.lead), "role"),
                part,
                src.t("calendar.drilled", date=src.date(scenario.last_drilled)),
            ),
            category=src.t("calendar.category.drill"),
        )


def _indicators(strategy: Strategy, src: Sources) -> Iterator[Dated]:
    for goal in strategy.goals:
        for number, indicator in enumerate(goal.indicators, 1):
            if indicator.deadline is None:
                continue
            yield Dated(
                kind="indicator",
                key=f"{goal.id}-{number}",
                day=indicator.deadline,
                summary=src.t("calendar.indicator", name=_short(indicator.kpi or src.called(goal))),
                description=_lines(
                    _line(src, "calendar.owner", goal.owner, "owner"),
                    src.t("calendar.goal", goal=src.called(goal)),
                    _figures(src, indicator),
                ),
                category=src.t("calendar.category.indicator"),
            )


def _activities(strategy: Strategy, src: Sources) -> Iterator[Dated]:
    for activity in strategy.engagement.activities:
        if activity.planned is None:
            continue
        yield Dated(
            kind="activity",
            key=activity.id,
            day=activity.planned,
            summary=src.t(
                "calendar.activity",
                kind=activity.kind.label(src.language),
                name=_short(src.called(activity)),
            ),
            description=_lines(
                _line(src, "calendar.owner", activity.owner, "owner"),
                src.t("calendar.part", part=src.t("calendar.part.engagement")),
                _line(
                    src, "calendar.audiences", src.names(Audience, activity.audiences), "audiences"
                ),
                src.t("calendar.rhythm", rhythm=activity.rhythm.label(src.language)),
            ),
            category=src.t("calendar.category.activity"),
            recurrence=RECURRENCE.get(activity.rhythm),
        )


def _training(strategy: Strategy, src: Sources) -> Iterator[Dated]:
    for number, need in enumerate(strategy.training, 1):
        if need.due is None:
            continue
        skills = ", ".join(skill.label(src.language) for skill in need.skills)
        yield Dated(
            kind="training",
            key=f"{need.role}-{number}" if need.role else str(number),
            day=need.due,
            summary=src.t("calendar.training", name=_short(src.name(Role, need.role))),
            description=_lines(
                src.t("calendar.part", part=src.t("calendar.part.training")),
                _line(src, "calendar.skills", skills, "skills"),
                need.need,
            ),
            category=src.t("calendar.category.training"),
        )


def _actions(strategy: Strategy, src: Sources) -> Iterator[Dated]:
    for action in strategy.actions:
        if action.due is None:
            continue
        yield Dated(
            kind="action",
            key=action.id,
            day=action.due,
            summary=src.t("calendar.action", name=_short(src.called(action))),
            description=_lines(
                _line(src, "calendar.owner", action.owner, "owner"),
                _goals(src, action.goals),
                src.t("calendar.status", status=action.status.label(src.language)),
                action.description,
            ),
            category=src.t("calendar.category.action"),
            cancelled=action.status is ActionStatus.CANCELLED,
        )


def uid(strategy: Strategy, item: Dated) -> str:
    """The event's stable UID: the same plan and item give the same UID every export."""
    return f"{item.kind}-{slug(item.key, 80) or 'x'}.{plan_slug(strategy)}@socialstrategy"


def calendar(
    strategy: Strategy,
    report: Report,
    language: Language,
    today: dt.date,
    *,
    stamp: dt.datetime | None = None,
) -> icalendar.Calendar:
    """The calendar of *strategy* (*stamp*: when it was made, default now, in UTC)."""
    src = Sources(strategy, report, language, today)
    made = (stamp or dt.datetime.now(dt.timezone.utc)).replace(microsecond=0)
    name = strategy.organisation.name or strategy.meta.title or plan_slug(strategy)
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", src.t("calendar.name", name=name))
    source = src.t("calendar.source", name=name, revision=strategy.meta.revision)
    seen: set[str] = set()
    for item in items(strategy, src):
        event = icalendar.Event()
        identity, number = uid(strategy, item), 2
        while identity in seen:  # two items with one id (an invalid plan): keep both
            identity = f"{uid(strategy, item)}-{number}"
            number += 1
        seen.add(identity)
        event.add("uid", identity)
        event.add("dtstamp", made)
        event.add("dtstart", item.day)
        event.add("dtend", item.day + dt.timedelta(days=1))
        event.add("summary", item.summary)
        event.add("description", _lines(item.description, source))
        event.add("categories", [item.category])
        event.add("transp", "TRANSPARENT")
        if item.recurrence is not None:
            event.add("rrule", item.recurrence)
        if item.cancelled:
            event.add("status", "CANCELLED")
        cal.add_component(event)
    return cal


def ics(strategy: Strategy, report: Report, language: Language, today: dt.date) -> bytes:
    """The calendar of *strategy* as ``.ics`` bytes (UTF-8, CRLF, folded lines)."""
    data: bytes = calendar(strategy, report, language, today).to_ical()
    return data


__all__ = ["PRODID", "RECURRENCE", "Dated", "calendar", "ics", "items", "plan_slug", "uid"]
