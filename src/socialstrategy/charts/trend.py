"""The score trend: the overall score of each adopted or reviewed revision, as a line.

One point per revision, the oldest left; an adopted revision is a filled circle, the
last save of a review round an open one (the legend says which, not colour alone).
The plan as it is now, when given, is the last point, joined by a dashed line. Each
point carries its score as a label, so the chart reads without hovering.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import altair as alt

from socialstrategy.charts._spec import LINES, day, message, title, to_spec
from socialstrategy.charts._texts import CHART
from socialstrategy.charts._theme import MUTED, PRIMARY, TEXT
from socialstrategy.scoring import LEVELS

if TYPE_CHECKING:
    from collections.abc import Sequence

    from socialstrategy.i18n import Language
    from socialstrategy.scoring.trend import Scored

#: Room per point: the labels under the axis are a version and a date.
_STEP = 96


def score_trend(
    history: Sequence[Scored], language: Language, *, now: float | None = None
) -> dict[str, Any]:
    """The overall score of each revision in *history* (oldest first), and the plan
    *now* after them when given."""
    heading = CHART("trend.title", language)
    if not history:
        return message(heading, CHART("trend.empty", language), language)
    kinds = {True: CHART("trend.adopted", language), False: CHART("trend.review", language)}
    rows = [
        {
            "order": index,
            "label": CHART("trend.version", language, number=point.number)
            + "\n"
            + day(point.saved_on, language),
            "overall": round(point.overall, 1),
            "shown": f"{round(point.overall)}",
            "kind": kinds[point.adopted],
            "level": f"{point.level} · {LEVELS[point.level - 1].name.get(language)}",
        }
        for index, point in enumerate(history)
    ]
    order = [str(row["label"]) for row in rows]
    x = alt.X(
        "label:N",
        sort=[*order, CHART("trend.now", language)],
        axis=alt.Axis(title=None, labelAngle=0, labelExpr=LINES),
    )
    y = alt.Y(
        "overall:Q",
        scale=alt.Scale(domain=[0, 100]),
        axis=alt.Axis(title=CHART("trend.axis", language), values=[0, 20, 40, 60, 80, 100]),
    )
    tooltip = [
        alt.Tooltip("label:N", title=CHART("trend.revision", language)),
        alt.Tooltip("kind:N", title=CHART("trend.kind", language)),
        alt.Tooltip("shown:N", title=CHART("trend.score", language)),
        alt.Tooltip("level:N", title=CHART("trend.level", language)),
    ]
    points = alt.Chart(alt.InlineData(values=rows))
    layers: list[Any] = [
        points.mark_line(color=PRIMARY, strokeWidth=2).encode(x=x, y=y, order="order:Q"),
        points.mark_point(size=90, strokeWidth=2, color=PRIMARY, opacity=1, filled=False).encode(
            x=x,
            y=y,
            fill=alt.Fill(
                "kind:N",
                scale=alt.Scale(domain=list(kinds.values()), range=[PRIMARY, "#ffffff"]),
                legend=alt.Legend(title=None, orient="top", symbolStrokeColor=PRIMARY),
            ),
            tooltip=tooltip,
        ),
        points.mark_text(dy=-14, fontSize=12, color=TEXT, fontWeight="bold").encode(
            x=x, y=y, text="shown:N"
        ),
    ]
    if now is not None:
        last = rows[-1]
        current = {
            "order": len(rows),
            "label": CHART("trend.now", language),
            "overall": round(now, 1),
            "shown": f"{round(now)}",
            "kind": CHART("trend.now", language),
            "level": "",
        }
        joined = alt.Chart(alt.InlineData(values=[last, current]))
        here = alt.Chart(alt.InlineData(values=[current]))
        layers += [
            joined.mark_line(color=MUTED, strokeDash=[5, 4], strokeWidth=2).encode(
                x=x, y=y, order="order:Q"
            ),
            here.mark_point(size=90, strokeWidth=2, color=MUTED, shape="diamond").encode(
                x=x,
                y=y,
                tooltip=[
                    alt.Tooltip("label:N", title=CHART("trend.revision", language)),
                    alt.Tooltip("shown:N", title=CHART("trend.score", language)),
                ],
            ),
            here.mark_text(dy=-14, fontSize=12, color=MUTED, fontWeight="bold").encode(
                x=x, y=y, text="shown:N"
            ),
        ]
    count = len(rows) + (now is not None)
    subtitle = CHART("trend.subtitle", language)
    chart = alt.layer(*layers, title=title(heading, subtitle)).properties(
        width=max(320, min(900, _STEP * count)), height=220
    )
    return to_spec(chart, language)


__all__ = ["score_trend"]
