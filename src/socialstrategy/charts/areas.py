"""The area scores as bars: one row per area, its score at the end of its bar.

For a printed page with little room (the board pack): a radar needs its labels around a
circle and turns them small; bars keep every label on its own line at the size of the
text beside it, and a board member reads the weakest area at a glance.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

import altair as alt

from socialstrategy.charts._spec import LINES, title, to_spec, wrapped
from socialstrategy.charts._texts import CHART
from socialstrategy.charts._theme import AMBER, BAD, GOOD, GRID, TEXT

if TYPE_CHECKING:
    from socialstrategy.i18n import Language
    from socialstrategy.scoring import Report

#: Below this an area is weak (red), below the next it needs work (amber), else good.
BANDS: Final = (50, 75)
BAR_WIDTH: Final = 140  # pixels for 0-100
ROW: Final = 34  # pixels per area: two lines of its name
#: Characters per line of an area's name: two short lines keep the chart narrow, and the
#: gaps beside it wide.
LABEL_CHARACTERS: Final = 16


def area_bars(report: Report, language: Language) -> dict[str, Any]:
    """The score of every area (0-100) as a bar, areas in the planner's order."""
    scores = sorted(report.areas.values(), key=lambda s: s.area.order)
    weak, fair = BANDS
    rows = [
        {
            "area": wrapped(s.area.label(language), LABEL_CHARACTERS),
            "name": s.area.label(language),
            "score": round(s.score),
            "band": "weak" if s.score < weak else "fair" if s.score < fair else "good",
        }
        for s in scores
    ]
    order = [wrapped(s.area.label(language), LABEL_CHARACTERS) for s in scores]
    y = alt.Y(
        "area:N",
        sort=order,
        axis=alt.Axis(
            title=None,
            domain=False,
            ticks=False,
            labelLimit=0,
            labelPadding=6,
            labelExpr=LINES,
            labelBaseline="line-top",
            labelOffset={"expr": "-length(split(datum.label, '\\n')) * 7.5"},
        ),
    )
    x = alt.X("score:Q", scale=alt.Scale(domain=[0, 100]), axis=None)
    base = alt.Chart(alt.InlineData(values=rows))
    track = (
        alt.Chart(alt.InlineData(values=[{"area": a, "score": 100} for a in order]))
        .mark_bar(color=GRID, height={"band": 0.62}, cornerRadius=2)
        .encode(x=x, y=y)
    )
    bars = base.mark_bar(height={"band": 0.62}, cornerRadius=2).encode(
        x=x,
        y=y,
        color=alt.Color(
            "band:N",
            scale=alt.Scale(domain=["weak", "fair", "good"], range=[BAD, AMBER, GOOD]),
            legend=None,
        ),
        tooltip=[
            alt.Tooltip("name:N", title=CHART("radar.area", language)),
            alt.Tooltip("score:Q", title=CHART("radar.score", language)),
        ],
    )
    values = base.mark_text(align="left", dx=4, fontSize=12, color=TEXT).encode(
        x=alt.value(BAR_WIDTH), y=y, text="score:Q"
    )
    heading = title(
        CHART("radar.title", language),
        CHART("radar.subtitle", language, overall=f"{report.overall:.0f}"),
    )
    chart = alt.layer(track, bars, values, title=heading).properties(
        width=BAR_WIDTH, height=alt.Step(ROW)
    )
    return to_spec(chart, language)
