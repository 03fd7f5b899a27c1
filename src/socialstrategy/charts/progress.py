"""One indicator over time: its measurements against the baseline and the target, the
deadline, and the trend drawn on to the deadline.

The baseline and the target are horizontal lines, the deadline a vertical one with the
target as a diamond where they meet; the trend (least squares, see
:mod:`socialstrategy.scoring.progress`) is dashed, green when it reaches the target by
the deadline, red when it does not. The subtitle says it in words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import altair as alt

from socialstrategy import fmt
from socialstrategy.charts._spec import day, message, shorten, title, to_spec, wrap
from socialstrategy.charts._texts import CHART
from socialstrategy.charts._theme import BAD, GOOD, MUTED, PRIMARY, TEXT
from socialstrategy.scoring import progress

_HEIGHT = 220

if TYPE_CHECKING:
    import datetime as dt

    from socialstrategy.i18n import Language
    from socialstrategy.model import Indicator


def _figure(value: float, unit: str, language: Language) -> str:
    """``46%``, ``12 per maand``: a value with its unit, the reader's way."""
    number = fmt.number(progress.rounded(value), language)
    if unit.strip() == "%":
        return f"{number}%"
    return f"{number} {unit}".strip()


def _ticks(indicator: Indicator, width: int) -> alt.TimeIntervalStep:
    """A tick every 1, 2, 3, 6 or 12 months: as many as fit the width (Vega's own count
    put "okt 2026" against "jan 2027" beside a table)."""
    days = [m.date for m in progress.measured(indicator) if m.date is not None]
    if indicator.deadline is not None:
        days.append(indicator.deadline)
    months = (max(days) - min(days)).days / 30.4 if days else 12
    room = max(2, width // 85)
    step = next((n for n in (1, 2, 3, 6, 12) if months / n <= room), 24)
    return alt.TimeIntervalStep(interval="month", step=step)


def _status(indicator: Indicator, language: Language, today: dt.date) -> str:
    """Where the indicator stands, in one line: on course, off course, or too few points."""
    points = progress.measured(indicator)
    deadline = indicator.deadline
    if deadline is not None and progress.unmeasured_at_deadline(indicator, today):
        return CHART("progress.unmeasured", language, deadline=day(deadline, language))
    if len(points) < progress.MIN_POINTS:
        return CHART("progress.too_few", language, n=progress.MIN_POINTS)
    projected = progress.projected(indicator)
    if projected is None or indicator.target is None or progress.rising(indicator) is None:
        return CHART("progress.no_target", language)
    value = _figure(projected, indicator.unit, language)
    if progress.reaches(indicator, projected):
        return CHART("progress.on_course", language, value=value)
    return CHART("progress.off_course", language, value=value)


def _subtitle(
    indicator: Indicator, language: Language, today: dt.date, *, narrow: bool = False
) -> list[str]:
    unit = indicator.unit
    parts = []
    last = progress.latest(indicator)
    if last is not None and last.date is not None and last.value is not None:
        parts.append(
            CHART(
                "progress.latest",
                language,
                value=_figure(last.value, unit, language),
                day=day(last.date, language),
            )
        )
    if indicator.target is not None:
        goal = CHART("progress.target", language, value=_figure(indicator.target, unit, language))
        if indicator.deadline is not None:
            goal += " " + CHART("progress.by", language, day=day(indicator.deadline, language))
        parts.append(goal)
    if not parts:
        return []
    # Beside a table in the planner, one part a line: a long line is cut short.
    lines = parts if narrow else [" · ".join(parts)]
    return [*lines, _status(indicator, language, today)]


def progress_chart(
    indicator: Indicator,
    language: Language,
    today: dt.date,
    *,
    heading: str = "",
    width: int = 520,
) -> dict[str, Any]:
    """The progress of *indicator* (titled *heading*, else its KPI) up to *today*, its
    plot *width* pixels wide."""
    heading = heading or shorten(indicator.kpi, 90) or CHART("progress.title", language)
    if not progress.measured(indicator):
        # Wrapped to the chart's width: beside a table in the planner it is narrow.
        lines = wrap(CHART("progress.empty", language), 80 if width >= 480 else 52)
        return message(heading, lines, language)
    x, y = _axes(indicator, language, width)
    layers = [
        *_levels(indicator, language, y),
        *_trend(indicator, x, y),
        *_deadline(indicator, language, x, y),
        *_measurements(indicator, language, x, y),
    ]
    chart = alt.layer(*layers, title=_title(indicator, heading, language, today, width))
    return to_spec(chart.properties(width=width, height=_HEIGHT), language)


def _axes(indicator: Indicator, language: Language, width: int) -> tuple[alt.X, alt.Y]:
    """Time across, the indicator's values up."""
    axis = alt.Axis(
        title=None,
        format="%b %Y",
        grid=True,
        labelOverlap="greedy",
        tickCount=_ticks(indicator, width),
    )
    x = alt.X("date:T", scale=alt.Scale(type="utc"), axis=axis)
    y_title = indicator.unit or CHART("progress.value", language)
    # Padding: room for the baseline's and the target's names outside the lines.
    y = alt.Y("value:Q", axis=alt.Axis(title=y_title), scale=alt.Scale(zero=False, padding=22))
    return x, y


def _levels(indicator: Indicator, language: Language, y: alt.Y) -> list[alt.Chart]:
    """The baseline and the target as lines across the chart, each named on its outer side
    (the target above its line when more is better), away from the measurements."""
    up = progress.rising(indicator) is not False
    levels = [
        (indicator.baseline, "progress.baseline", MUTED, not up),
        (indicator.target, "progress.target_line", GOOD, up),
    ]
    layers: list[alt.Chart] = []
    for value, key, colour, above in levels:
        if value is None:
            continue
        label = CHART(key, language, value=_figure(value, indicator.unit, language))
        rule = [{"value": value, "label": label}]
        layers += [
            alt.Chart(alt.InlineData(values=rule))
            .mark_rule(color=colour, strokeDash=[6, 4], strokeWidth=1.5)
            .encode(y=y),
            alt.Chart(alt.InlineData(values=rule))
            .mark_text(
                align="left",
                baseline="bottom" if above else "top",
                dx=4,
                dy=-3 if above else 3,
                color=colour,
                fontSize=11,
            )
            .encode(x=alt.value(0), y=y, text="label:N"),
        ]
    return layers


def _trend(indicator: Indicator, x: alt.X, y: alt.Y) -> list[alt.Chart]:
    """The trend drawn on to the deadline (else to the last measurement): green when it
    reaches the target in time, red when it does not; nothing without a trend."""
    line = progress.trend(indicator)
    if line is None:
        return []
    deadline = indicator.deadline
    end = deadline if deadline is not None and deadline > line.start else _last_day(indicator)
    reached = progress.out_of_reach(indicator) is None
    ends = [{"date": when.isoformat(), "value": line.at(when)} for when in (line.start, end)]
    return [
        alt.Chart(alt.InlineData(values=ends))
        .mark_line(color=GOOD if reached else BAD, strokeDash=[3, 3], strokeWidth=2)
        .encode(x=x, y=y)
    ]


def _last_day(indicator: Indicator) -> dt.date:
    """The day of the last measurement (a trend has dated measurements)."""
    last = progress.measured(indicator)[-1].date
    assert last is not None
    return last


def _deadline(indicator: Indicator, language: Language, x: alt.X, y: alt.Y) -> list[alt.Chart]:
    """The deadline as a line down the chart, named, with the target as a diamond on it."""
    deadline = indicator.deadline
    if deadline is None:
        return []
    mark = [{"date": deadline.isoformat(), "label": CHART("progress.deadline", language)}]
    layers = [
        alt.Chart(alt.InlineData(values=mark)).mark_rule(color=TEXT, strokeWidth=1).encode(x=x),
        alt.Chart(alt.InlineData(values=mark))
        .mark_text(align="right", baseline="bottom", dx=-4, dy=-4, color=TEXT, fontSize=11)
        .encode(x=x, y=alt.value(_HEIGHT), text="label:N"),
    ]
    if indicator.target is not None:
        goal = [{"date": deadline.isoformat(), "value": indicator.target}]
        layers.append(
            alt.Chart(alt.InlineData(values=goal))
            .mark_point(shape="diamond", filled=True, size=140, color=GOOD, opacity=1)
            .encode(x=x, y=y)
        )
    return layers


def _measurements(indicator: Indicator, language: Language, x: alt.X, y: alt.Y) -> list[alt.Chart]:
    """The measurements as a line with a point each, the point's tooltip saying where the
    value comes from and what explains it."""
    tooltip = [
        alt.Tooltip("day:N", title=CHART("progress.date", language)),
        alt.Tooltip("shown:N", title=CHART("progress.value", language)),
        alt.Tooltip("source:N", title=CHART("progress.source", language)),
        alt.Tooltip("note:N", title=CHART("progress.note", language)),
    ]
    measured = alt.Chart(alt.InlineData(values=_rows(indicator, language)))
    return [
        measured.mark_line(color=PRIMARY, strokeWidth=2.5).encode(x=x, y=y),
        measured.mark_point(filled=True, size=70, color=PRIMARY, opacity=1).encode(
            x=x, y=y, tooltip=tooltip
        ),
    ]


def _rows(indicator: Indicator, language: Language) -> list[dict[str, Any]]:
    """One row per measurement, with its day and value as a reader writes them."""
    return [
        {
            "date": m.date.isoformat() if m.date else None,
            "value": m.value,
            "day": day(m.date, language) if m.date else "",
            "shown": _figure(m.value, indicator.unit, language) if m.value is not None else "",
            "source": shorten(m.source or indicator.source, 80),
            "note": shorten(m.note, 160),
        }
        for m in progress.measured(indicator)
    ]


def _title(
    indicator: Indicator, heading: str, language: Language, today: dt.date, width: int
) -> alt.Title:
    """*heading* over the plot, with where the indicator stands as its subtitle."""
    subtitle = _subtitle(indicator, language, today, narrow=width < 480)
    if not subtitle:
        return title(heading)
    # A long KPI as a title in lines, not cut off at the chart's edge.
    lines = wrap(heading, max(40, width // 8))
    return alt.Title(lines if len(lines) > 1 else heading, subtitle=subtitle)


__all__ = ["progress_chart"]
