"""The one look of every chart: palette, fonts and the registered Altair theme.

Importing :mod:`socialstrategy.charts` registers and enables the ``socialstrategy``
theme, so the planner and the exports draw the same charts. The specs carry the theme
in their ``config`` block, so they look the same wherever they are rendered.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

import altair as alt

from socialstrategy import fmt

if TYPE_CHECKING:
    from socialstrategy.i18n import Language

THEME: Final = "socialstrategy"
FONT: Final = "Source Sans Pro, Arial, sans-serif"

PRIMARY: Final = "#1f6f78"  # teal: the organisation's own colour in every chart
TEXT: Final = "#1c2b2d"
MUTED: Final = "#5f7173"
GRID: Final = "#dde5e6"
EMPTY: Final = "#eef2f2"  # unfilled cells, unreached levels
LIGHT: Final = "#cfe3e5"  # a light teal for backgrounds of linked nodes

GOOD: Final = "#3a8a5c"
AMBER: Final = "#d9a23a"
BAD: Final = "#b8473e"
UNKNOWN: Final = "#a3afb0"
WARNING: Final = "#d97a2b"  # loose ends in the traceability chart
WARNING_LIGHT: Final = "#f8dcc4"

#: Calm categorical colours, teal first.
CATEGORY: Final = (
    PRIMARY,
    "#d08c60",
    "#6b8f71",
    "#7a6c9d",
    "#c2a83e",
    "#4f8fb8",
    "#b5646e",
    "#8a9a9b",
)


@alt.theme.register(THEME, enable=True)
def theme() -> alt.theme.ThemeConfig:
    """The socialstrategy theme: teal, dark slate text, a font that exists everywhere."""
    return {
        # Size as specified, titles and legends around it. Without this, Streamlit fits
        # the whole chart, titles included, into the plot's height.
        "autosize": {"type": "pad", "contains": "content"},
        "config": {
            "background": "#ffffff",
            "font": FONT,
            "padding": 8,
            "view": {"stroke": None, "continuousWidth": 480, "continuousHeight": 300},
            "title": {
                "anchor": "start",
                "color": TEXT,
                "font": FONT,
                "fontSize": 16,
                "fontWeight": 600,
                "subtitleColor": MUTED,
                "subtitleFont": FONT,
                "subtitleFontSize": 12,
                "offset": 12,
            },
            "axis": {
                # Never cut a label off (Vega's default stops at 180 px): long names wrap.
                "labelLimit": 0,
                "labelColor": TEXT,
                "labelFont": FONT,
                "labelFontSize": 12,
                "titleColor": TEXT,
                "titleFont": FONT,
                "titleFontSize": 12,
                "titleFontWeight": 600,
                "domainColor": GRID,
                "gridColor": GRID,
                "tickColor": GRID,
            },
            "legend": {
                "labelColor": TEXT,
                "labelFont": FONT,
                "labelFontSize": 12,
                "titleColor": TEXT,
                "titleFont": FONT,
                "titleFontSize": 12,
                "titleFontWeight": 600,
                "orient": "bottom",
                "symbolType": "square",
            },
            "range": {"category": list(CATEGORY)},
            "mark": {"color": PRIMARY, "font": FONT},
            "text": {"color": TEXT, "font": FONT, "fontSize": 12},
            "bar": {"color": PRIMARY},
            "line": {"color": PRIMARY},
            "point": {"color": PRIMARY},
            "circle": {"color": PRIMARY},
            "rule": {"color": MUTED},
        },
    }


def locale(language: Language) -> dict[str, Any]:
    """Vega's number and time locale for *language*: Dutch month names, decimal comma."""
    dutch = language == "nl"
    return {
        "number": {
            "decimal": "," if dutch else ".",
            "thousands": "." if dutch else ",",
            "grouping": [3],
            "currency": ["€ ", ""] if dutch else ["€", ""],
        },
        "time": {
            "dateTime": "%A %e %B %Y %X" if dutch else "%a %b %e %X %Y",
            "date": "%d-%m-%Y" if dutch else "%m/%d/%Y",
            "time": "%H:%M:%S" if dutch else "%I:%M:%S %p",
            "periods": ["AM", "PM"],
            "days": fmt.day_names(language),
            "shortDays": fmt.day_names(language, short=True),
            "months": fmt.month_names(language),
            "shortMonths": fmt.month_names(language, short=True),
        },
    }
