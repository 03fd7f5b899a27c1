"""Which channel reaches which audience: a heatmap of audiences × channels."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Final

import altair as alt

from socialstrategy.charts._spec import LINES, message, title, to_spec, unique, wrapped
from socialstrategy.charts._texts import CHART
from socialstrategy.charts._theme import BAD, EMPTY, PRIMARY, TEXT
from socialstrategy.model.names import display_name

if TYPE_CHECKING:
    from socialstrategy.i18n import Language
    from socialstrategy.model import Strategy


#: Characters per line of an audience's name (a row's label).
ROW_CHARACTERS: Final = 34
#: Moves a label of several lines up by half of them, so the block is centred on its row
#: (Vega sets the lines below the first).
CENTRED: Final = {"expr": "-length(split(datum.label, '\\n')) * 7.5"}


def coverage_matrix(strategy: Strategy, language: Language) -> dict[str, Any]:
    """One row per audience, one column per channel; a cell is filled when the channel
    lists the audience. Audiences no channel reaches are labelled in red."""
    heading = CHART("coverage.title", language)
    if not strategy.audiences:
        return message(heading, CHART("coverage.no_audiences", language), language)
    if not strategy.channels:
        return message(heading, CHART("coverage.no_channels", language), language)

    audience_names = unique(
        (display_name(audience, language), audience.id) for audience in strategy.audiences
    )
    channel_names = unique(
        (display_name(channel, language), channel.id) for channel in strategy.channels
    )
    reached = {id_ for channel in strategy.channels for id_ in channel.audiences}
    rows = [
        wrapped(
            name if audience.id in reached else CHART("coverage.no_channel", language, name=name),
            ROW_CHARACTERS,
        )
        for audience, name in zip(strategy.audiences, audience_names, strict=True)
    ]
    # A column's name stays on one line: lines of a slanted label run into each other.
    columns = channel_names
    unreached = [
        row
        for audience, row in zip(strategy.audiences, rows, strict=True)
        if audience.id not in reached
    ]
    yes, no = CHART("coverage.reached", language), CHART("coverage.not_reached", language)
    cells = [
        {
            "row": row,
            "audience": name,
            "channel": channel_name,
            "column": column,
            "reach": yes if audience.id in channel.audiences else no,
        }
        for audience, name, row in zip(strategy.audiences, audience_names, rows, strict=True)
        for channel, channel_name, column in zip(
            strategy.channels, channel_names, columns, strict=True
        )
    ]
    is_unreached = f"indexof({json.dumps(unreached, ensure_ascii=False)}, datum.value) >= 0"
    chart = (
        alt.Chart(
            alt.InlineData(values=cells),
            title=title(
                heading,
                CHART("coverage.unreached", language, count=len(unreached))
                if unreached
                else CHART("coverage.all_reached", language),
            ),
        )
        .mark_rect(stroke="#ffffff", strokeWidth=2)
        .encode(
            x=alt.X(
                "column:N",
                sort=columns,
                axis=alt.Axis(
                    orient="top",
                    title=CHART("coverage.channel", language),
                    labelAngle=-35,
                    labelAlign="left",
                    labelLimit=0,  # never cut off
                    domain=False,
                    ticks=False,
                ),
            ),
            y=alt.Y(
                "row:N",
                sort=rows,
                axis=alt.Axis(
                    title=None,  # the rows name themselves; a title would crowd long names
                    labelLimit=0,
                    labelExpr=LINES,
                    labelBaseline="line-top",
                    labelOffset=CENTRED,
                    domain=False,
                    ticks=False,
                    labelColor={"condition": {"test": is_unreached, "value": BAD}, "value": TEXT},
                    labelFontWeight={
                        "condition": {"test": is_unreached, "value": "bold"},
                        "value": "normal",
                    },
                ),
            ),
            color=alt.Color(
                "reach:N",
                scale=alt.Scale(domain=[yes, no], range=[PRIMARY, EMPTY]),
                legend=alt.Legend(title=CHART("coverage.reach", language)),
            ),
            tooltip=[
                alt.Tooltip("audience:N", title=CHART("coverage.audience", language)),
                alt.Tooltip("channel:N", title=CHART("coverage.channel", language)),
                alt.Tooltip("reach:N", title=CHART("coverage.reach", language)),
            ],
        )
        .properties(width=alt.Step(36), height=alt.Step(30))
    )
    return to_spec(chart, language)
