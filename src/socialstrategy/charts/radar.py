"""The area scores as a radar: Vega-Lite has none, so the points are projected here.

Area *i* of *n* sits at angle θ = 2πi/n, clockwise from the top; a score *r* (0-100)
is drawn at ``x = r·sin θ, y = r·cos θ``. Rings at 25, 50, 75 and 100 and a spoke per
area make the grid; axes are hidden.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any, Final

import altair as alt

from socialstrategy.charts._spec import title, to_spec, wrap
from socialstrategy.charts._texts import CHART
from socialstrategy.charts._theme import GRID, MUTED, PRIMARY, TEXT

if TYPE_CHECKING:
    from socialstrategy.i18n import Language
    from socialstrategy.scoring import Report

RINGS: Final = (25, 50, 75, 100)
SIZE: Final = 500  # pixels, square
EXTENT: Final = 175.0  # score units from the centre to the edge: room for the labels
LABEL_RADIUS: Final = 110.0


def _polar(radius: float, index: float, count: int) -> tuple[float, float]:
    theta = 2 * math.pi * index / count
    # Rounded: the spec stays small and free of float noise such as 6.1e-15.
    return round(radius * math.sin(theta), 3), round(radius * math.cos(theta), 3)


def _square(ratio: str) -> alt.Scale:
    """A linear scale that keeps the radar round when the chart is stretched wider
    (or taller) than the square it is specified as."""
    extent = f"{EXTENT} * max(1, {ratio})"
    return alt.Scale(
        domain=[alt.ExprRef(f"-{extent}"), alt.ExprRef(extent)], nice=False, zero=False
    )


def _placement(x: float, y: float) -> tuple[str, str]:
    """Text alignment for a rim label, so it points away from the centre."""
    align = "left" if x > 1 else "right" if x < -1 else "center"
    baseline = "bottom" if y > 40 else "top" if y < -40 else "middle"
    return align, baseline


def area_radar(report: Report, language: Language) -> dict[str, Any]:
    """The score of every area (0-100) as a radar, areas in the planner's order."""
    scores = sorted(report.areas.values(), key=lambda s: s.area.order)
    count = len(scores)
    x = alt.X("x:Q", scale=_square("width / height"), axis=None)
    y = alt.Y("y:Q", scale=_square("height / width"), axis=None)

    rings = [
        {"ring": ring, "order": i, "x": px, "y": py}
        for ring in RINGS
        for i in range(count)
        for px, py in [_polar(ring, i, count)]
    ]
    # On the edge between the first two spokes, clear of the points and the top label.
    ring_labels = [
        {"text": str(ring), "x": px, "y": py}
        for ring in RINGS
        for px, py in [_polar(ring * math.cos(math.pi / count), 0.5, count)]
    ]
    spokes = [
        {"x": 0, "y": 0, "x2": px, "y2": py}
        for i in range(count)
        for px, py in [_polar(100, i, count)]
    ]
    points: list[dict[str, Any]] = []
    labels: list[dict[str, Any]] = []
    for i, area_score in enumerate(scores):
        name = area_score.area.label(language)
        px, py = _polar(area_score.score, i, count)
        points.append(
            {
                "order": i,
                "code": area_score.area.code,
                "area": name,
                "score": round(area_score.score, 1),
                "x": px,
                "y": py,
            }
        )
        lx, ly = _polar(LABEL_RADIUS, i, count)
        align, baseline = _placement(lx, ly)
        # Vega adds lines below the first whatever the baseline: labels above the
        # centre and centred ones stay on one line, the others wrap.
        lines = [name] if baseline == "bottom" or align == "center" else wrap(name, 16)
        labels.append(
            {
                "text": "\n".join(lines),
                "x": lx,
                "y": ly,
                "align": align,
                "baseline": baseline,
            }
        )

    layers: list[Any] = [
        alt.Chart(alt.InlineData(values=rings))
        .mark_line(interpolate="linear-closed", color=GRID, strokeWidth=1)
        .encode(x=x, y=y, detail="ring:N", order="order:Q"),
        alt.Chart(alt.InlineData(values=spokes))
        .mark_rule(color=GRID, strokeWidth=1)
        .encode(x=x, y=y, x2="x2:Q", y2="y2:Q"),
        alt.Chart(alt.InlineData(values=ring_labels))
        .mark_text(align="left", baseline="middle", dx=3, fontSize=10, color=MUTED)
        .encode(x=x, y=y, text="text:N"),
        alt.Chart(alt.InlineData(values=points))
        .mark_line(
            interpolate="linear-closed",
            stroke=PRIMARY,
            strokeWidth=2,
            fill=PRIMARY,
            fillOpacity=0.18,
        )
        .encode(x=x, y=y, order="order:Q"),
        alt.Chart(alt.InlineData(values=points))
        .mark_circle(size=70, color=PRIMARY, opacity=1)
        .encode(
            x=x,
            y=y,
            tooltip=[
                alt.Tooltip("area:N", title=CHART("radar.area", language)),
                alt.Tooltip("score:Q", title=CHART("radar.score", language), format=".0f"),
            ],
        ),
    ]
    # Text alignment is a mark property, not a channel: one layer per placement.
    for align, baseline in sorted({(row["align"], row["baseline"]) for row in labels}):
        group = [row for row in labels if (row["align"], row["baseline"]) == (align, baseline)]
        layers.append(
            alt.Chart(alt.InlineData(values=group))
            .mark_text(
                align=align,
                baseline=baseline,
                fontSize=12,
                color=TEXT,
                lineHeight=14,
                lineBreak="\n",
            )
            .encode(x=x, y=y, text="text:N")
        )
    heading = title(
        CHART("radar.title", language),
        CHART("radar.subtitle", language, overall=f"{report.overall:.0f}"),
    )
    chart = alt.layer(*layers, title=heading).properties(width=SIZE, height=SIZE)
    return to_spec(chart, language)
