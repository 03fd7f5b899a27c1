"""The five maturity levels as a staircase over the overall score (0-100).

Each level is a step from its threshold to the next; the reached level is filled teal,
the overall score is a marker. A capped level (critical findings, a weak area) shows as
a marker standing on a higher step than the one filled, with the reason underneath.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

import altair as alt

from socialstrategy.charts._spec import title, to_spec
from socialstrategy.charts._texts import CHART
from socialstrategy.charts._theme import EMPTY, PRIMARY, TEXT
from socialstrategy.scoring import LEVELS

if TYPE_CHECKING:
    from socialstrategy.i18n import Language
    from socialstrategy.scoring import Report


def maturity_chart(report: Report, language: Language) -> dict[str, Any]:
    """The level reached, highlighted on the scale of all five, and the overall score."""
    reached = report.maturity.level
    ends = [m.threshold for m in LEVELS[1:]] + [100.0]
    steps = [
        {
            "level": m.level,
            "name": m.name.get(language),
            "start": m.threshold,
            "end": end,
            "middle": (m.threshold + end) / 2,
            "range": f"{m.threshold:.0f}–{end:.0f}",
            "meaning": m.description.get(language),
            "reached": m.level == reached,
            "base": 0,
        }
        for m, end in zip(LEVELS, ends, strict=True)
    ]
    overall = round(report.overall, 1)
    top = len(LEVELS) + 2.2
    axis = alt.Axis(
        title=CHART("maturity.axis", language),
        values=[m.threshold for m in LEVELS] + [100],
        grid=False,
    )

    # Every layer names the same scale and axis: Vega-Lite merges them across layers,
    # and a layer that leaves them out can break the merge.
    def x(field: str) -> alt.X:
        return alt.X(f"{field}:Q", scale=alt.Scale(domain=[0, 100], nice=False), axis=axis)

    def y(field: str) -> alt.Y:
        return alt.Y(f"{field}:Q", scale=alt.Scale(domain=[0, top]), axis=None)

    highlight = alt.datum.reached
    tooltip = [
        alt.Tooltip("level:Q", title=CHART("maturity.level", language)),
        alt.Tooltip("name:N", title=CHART("maturity.name", language)),
        alt.Tooltip("range:N", title=CHART("maturity.range", language)),
        alt.Tooltip("meaning:N", title=CHART("maturity.meaning", language)),
    ]
    stairs = alt.Chart(alt.InlineData(values=steps))
    # The overall score as a bar of its own above the steps, on the same scale: a capped
    # level shows as a score reaching further than the highlighted step.
    track = top - 0.9
    score = [
        {
            "start": 0,
            "end": overall,
            "track": track,
            "text": CHART("maturity.overall", language, overall=f"{overall:.0f}"),
        }
    ]
    align: Literal["left", "center", "right"] = (
        "right" if overall > 85 else "left" if overall < 15 else "center"
    )
    layers = [
        stairs.mark_bar(
            stroke="#ffffff", strokeWidth=2, cornerRadiusTopLeft=3, cornerRadiusTopRight=3
        ).encode(
            x=x("start"),
            x2="end:Q",
            y=y("base"),
            y2="level:Q",
            color=alt.condition(highlight, alt.value(PRIMARY), alt.value(EMPTY)),
            tooltip=tooltip,
        ),
        stairs.mark_text(baseline="bottom", dy=-4, fontSize=11).encode(
            x=x("middle"),
            y=y("level"),
            text="name:N",
            color=alt.condition(highlight, alt.value(PRIMARY), alt.value(TEXT)),
            tooltip=tooltip,
        ),
        stairs.mark_text(baseline="bottom", dy=-6, fontSize=12, fontWeight="bold").encode(
            x=x("middle"),
            y=y("base"),
            text="level:N",
            color=alt.condition(highlight, alt.value("#ffffff"), alt.value(TEXT)),
        ),
        alt.Chart(alt.InlineData(values=[{"start": 0, "end": 100, "track": track}]))
        .mark_rule(color=EMPTY, strokeWidth=8, strokeCap="round")
        .encode(x=x("start"), x2="end:Q", y=y("track")),
        alt.Chart(alt.InlineData(values=score))
        .mark_rule(color=TEXT, strokeWidth=8, strokeCap="round")
        .encode(x=x("start"), x2="end:Q", y=y("track")),
        alt.Chart(alt.InlineData(values=score))
        .mark_text(align=align, baseline="bottom", dy=-8, fontWeight="bold")
        .encode(x=x("end"), y=y("track"), text="text:N"),
    ]
    subtitle = [
        CHART(
            "maturity.subtitle",
            language,
            level=reached,
            count=len(LEVELS),
            name=report.maturity.name.get(language),
        )
    ]
    if report.capped is not None:
        subtitle.append(CHART("maturity.capped", language, reason=report.capped.get(language)))
    chart = alt.layer(*layers, title=title(CHART("maturity.title", language), subtitle)).properties(
        width=620, height=220
    )
    return to_spec(chart, language)
