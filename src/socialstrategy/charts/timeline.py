"""The action plan over time: a bar from start to due date per action, and today.

An action with both dates is a bar; with one date, a diamond on that date; without a
date it is named under the title, so nothing in the plan goes unseen. An action past its
due date and not done is outlined in red.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

import altair as alt
import attrs

from socialstrategy.charts._spec import LINES, day, message, title, to_spec, unique, wrap, wrapped
from socialstrategy.charts._texts import CHART
from socialstrategy.charts._theme import AMBER, BAD, GOOD, PRIMARY, TEXT, UNKNOWN
from socialstrategy.model.names import display_name
from socialstrategy.vocab import ActionStatus

if TYPE_CHECKING:
    import datetime as dt

    from socialstrategy.i18n import Language
    from socialstrategy.model import Action, Strategy

#: The time axis in pixels, and the characters per line of an action's name: together
#: with the names they print at 7 pt or more across an A4 page.
WIDTH: Final = 430
LABEL_CHARACTERS: Final = 34
STATUS_COLOURS: Final = {
    ActionStatus.PLANNED: "#8fbcc1",
    ActionStatus.IN_PROGRESS: PRIMARY,
    ActionStatus.DONE: GOOD,
    ActionStatus.ON_HOLD: AMBER,
    ActionStatus.CANCELLED: UNKNOWN,
}


def _row(action: Action, label: str, language: Language, today: dt.date) -> dict[str, Any]:
    missing = CHART("timeline.no_date", language)
    date = action.start or action.due
    overdue = action.overdue(today)
    return {
        "overdue": overdue,
        "overdue_text": CHART("timeline.overdue.tip", language) if overdue else "",
        "action": label,
        "row": wrapped(label, LABEL_CHARACTERS),
        "owner": action.owner,
        "status": action.status.label(language),
        "start": action.start.isoformat() if action.start else None,
        "due": action.due.isoformat() if action.due else None,
        "start_text": day(action.start, language) if action.start else missing,
        "due_text": day(action.due, language) if action.due else missing,
        "date": date.isoformat() if date else None,
    }


def _rows(strategy: Strategy, language: Language, today: dt.date) -> list[dict[str, Any]]:
    """One row per action, each under a label no other action has."""
    labels = unique((display_name(action, language), action.id) for action in strategy.actions)
    return [
        _row(action, label, language, today)
        for action, label in zip(strategy.actions, labels, strict=True)
    ]


def _bars_and_points(
    dated: list[dict[str, Any]],
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The rows with a start and a due date (bars), and those with one of them (points)."""
    bars = [row for row in dated if row["start"] and row["due"]]
    single = [row for row in dated if not (row["start"] and row["due"])]
    return bars, single


def action_timeline(strategy: Strategy, language: Language, today: dt.date) -> dict[str, Any]:
    """A Gantt chart of the actions, coloured by status, with a rule at *today*."""
    heading = CHART("timeline.title", language)
    if not strategy.actions:
        return message(heading, CHART("timeline.empty", language), language)
    rows = _rows(strategy, language, today)
    undated = [row["action"] for row in rows if row["date"] is None]
    undated_text = CHART("timeline.undated", language, names="; ".join(undated))
    dated = [row for row in rows if row["date"] is not None]
    if not dated:
        return message(heading, [CHART("timeline.none_dated", language), undated_text], language)
    bars, single = _bars_and_points(dated)
    late_bars = [row for row in bars if row["overdue"]]
    late_points = [row for row in single if row["overdue"]]
    encoding = _Encoding.of(dated, language)
    layers = [
        *_marks(bars, single, encoding),
        *_overdue(late_bars, late_points, encoding),
        *_today(today, language, encoding),
    ]
    late = len(late_bars) + len(late_points)
    notes = _notes(bool(single), late, undated_text if undated else "", language)
    lines = max(row["row"].count("\n") + 1 for row in dated)
    chart = alt.layer(*layers, title=title(heading, notes)).properties(
        width=WIDTH, height=alt.Step(max(26, 14 * lines + 8))
    )
    return to_spec(chart, language)


@attrs.frozen
class _Encoding:
    """How every mark places and colours an action: the time axis, a row per action (in
    the plan's order), the status's colour and the tooltip."""

    axis: alt.Axis
    y: alt.Y
    colour: alt.Color
    tooltip: list[alt.Tooltip]

    @classmethod
    def of(cls, dated: list[dict[str, Any]], language: Language) -> _Encoding:
        axis = alt.Axis(
            title=CHART("timeline.period", language),
            format="%b %Y",
            grid=True,
            labelOverlap="greedy",
            labelSeparation=8,
        )
        # Names wrap on lines of their own rather than being cut off at the axis's edge.
        y = alt.Y(
            "row:N",
            sort=[row["row"] for row in dated],
            axis=alt.Axis(title=None, labelLimit=0, labelExpr=LINES, domain=False, ticks=False),
        )
        colour = alt.Color(
            "status:N",
            scale=alt.Scale(
                domain=[status.label(language) for status in STATUS_COLOURS],
                range=list(STATUS_COLOURS.values()),
            ),
            legend=alt.Legend(title=CHART("status", language)),
        )
        tooltip = [
            alt.Tooltip("action:N", title=CHART("timeline.action", language)),
            alt.Tooltip("owner:N", title=CHART("timeline.owner", language)),
            alt.Tooltip("status:N", title=CHART("status", language)),
            alt.Tooltip("start_text:N", title=CHART("timeline.start", language)),
            alt.Tooltip("due_text:N", title=CHART("timeline.due", language)),
            alt.Tooltip("overdue_text:N", title=CHART("timeline.overdue.tip", language)),
        ]
        return cls(axis, y, colour, tooltip)

    def x(self, field: str) -> alt.X:
        # UTC: Vega reads "2027-03-31" as midnight UTC; local time could show the 30th.
        return alt.X(f"{field}:T", scale=alt.Scale(type="utc"), axis=self.axis)


def _marks(
    bars: list[dict[str, Any]], single: list[dict[str, Any]], encoding: _Encoding
) -> list[alt.Chart]:
    """A bar per action with both dates, a diamond per action with one."""
    layers = []
    if bars:
        layers.append(
            alt.Chart(alt.InlineData(values=bars))
            .mark_bar(cornerRadius=3, height={"band": 0.7})
            .encode(
                x=encoding.x("start"),
                x2="due:T",
                y=encoding.y,
                color=encoding.colour,
                tooltip=encoding.tooltip,
            )
        )
    if single:
        layers.append(
            alt.Chart(alt.InlineData(values=single))
            .mark_point(shape="diamond", filled=True, size=130, opacity=1)
            .encode(
                x=encoding.x("date"), y=encoding.y, color=encoding.colour, tooltip=encoding.tooltip
            )
        )
    return layers


def _overdue(
    late_bars: list[dict[str, Any]], late_points: list[dict[str, Any]], encoding: _Encoding
) -> list[alt.Chart]:
    """Overdue actions (due date passed, not done): a red outline over their mark."""
    layers = []
    if late_bars:
        layers.append(
            alt.Chart(alt.InlineData(values=late_bars))
            .mark_bar(filled=False, stroke=BAD, strokeWidth=2.5, height={"band": 0.85})
            .encode(x=encoding.x("start"), x2="due:T", y=encoding.y, tooltip=encoding.tooltip)
        )
    if late_points:
        layers.append(
            alt.Chart(alt.InlineData(values=late_points))
            .mark_point(shape="diamond", filled=False, size=260, stroke=BAD, strokeWidth=2.5)
            .encode(x=encoding.x("date"), y=encoding.y, tooltip=encoding.tooltip)
        )
    return layers


def _today(today: dt.date, language: Language, encoding: _Encoding) -> list[alt.Chart]:
    """A dashed line down the chart at *today*, named above the plot."""
    marker = [{"date": today.isoformat(), "text": CHART("timeline.today", language)}]
    return [
        alt.Chart(alt.InlineData(values=marker))
        .mark_rule(color=TEXT, strokeDash=[4, 3], strokeWidth=1.5)
        .encode(x=encoding.x("date")),
        alt.Chart(alt.InlineData(values=marker))
        .mark_text(align="center", baseline="bottom", dy=-4, fontSize=11, color=TEXT)
        .encode(x=encoding.x("date"), y=alt.value(0), text="text:N"),
    ]


def _notes(one_date: bool, late: int, undated: str, language: Language) -> list[str]:
    """What the marks alone do not say, under the title: that a diamond is an action with
    one date, how many are overdue, and which actions have no date (*undated*)."""
    notes = [CHART("timeline.one_date", language)] if one_date else []
    if late:
        notes.append(CHART("timeline.overdue", language, count=late))
    if undated:
        notes += wrap(undated, 110)
    return notes
