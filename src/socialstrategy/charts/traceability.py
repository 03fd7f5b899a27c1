"""The chain a strategy must close: primary processes → goals → audiences → channels →
actions, as five columns of nodes with links, loose ends in a warning colour.

A node is a box ``[column, column + BOX]`` wide, its name wrapped on as many lines as it
needs (never cut off); a row is as tall as its tallest box, and the vertical axis counts
pixels, so every row gets the height its names need. Links run from the right edge of
one box to the left edge of a box in the next column:

* process → goal: the goal serves the (primary) process;
* goal → audience: the goal concerns the audience;
* audience → channel: the channel reaches the audience;
* channel → action: the action concerns the channel.

Loose ends: a goal serving no primary process, an audience no channel reaches, a
channel serving no goal, an action serving no goal and putting no part of the plan
into practice (as the rules ACT003 and CHA00x judge them). Their tooltip says why. A
primary process no goal serves is no fault (not every process needs social media), but
it is not linked either: it is drawn apart, in grey.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

import altair as alt

from socialstrategy.charts._spec import message, title, to_spec, wrap
from socialstrategy.charts._texts import CHART
from socialstrategy.charts._theme import LIGHT, MUTED, PRIMARY, TEXT, WARNING, WARNING_LIGHT
from socialstrategy.model.names import display_name

if TYPE_CHECKING:
    from collections.abc import Sequence

    from socialstrategy.i18n import Language
    from socialstrategy.model import Strategy

COLUMNS: Final = ("processes", "goals", "audiences", "channels", "actions")
BOX: Final = 0.84  # width of a node box, in columns
COLUMN_WIDTH: Final = 145  # pixels: five columns print at 7 pt or more on an A4 page
FONT_SIZE: Final = 11
LINE: Final = 13  # pixels per line of a node's name
CHARACTERS: Final = 19  # per line of a node's name: what fits a box at FONT_SIZE
PADDING: Final = 9  # pixels above and below the name inside a box, and between rows
HEADER: Final = 30  # pixels for the column headers above the first row


UNUSED: Final = "-"  # the *why* of a primary process no goal serves: no fault


class _Node:
    """A node: its place, its text, and why it is a loose end (empty when linked)."""

    def __init__(self, column: int, row: int, id_: str, label: str, why: str) -> None:
        self.column = column
        self.row = row
        self.id = id_
        self.label = label
        self.why = why


def _nodes(strategy: Strategy, language: Language) -> list[list[_Node]]:
    primary = {p.id for p in strategy.organisation.primary_processes}
    goals = {g.id for g in strategy.goals}
    reached = {a for c in strategy.channels for a in c.audiences}

    served = {p for g in strategy.goals for p in g.processes}

    def why(loose: bool, column: str) -> str:
        return CHART(f"trace.orphan.{column}", language) if loose else ""

    raw: tuple[Sequence[tuple[str, str, str]], ...] = (
        [
            (p.id, display_name(p, language), UNUSED if p.id not in served else "")
            for p in strategy.organisation.primary_processes
        ],
        [
            (g.id, display_name(g, language), why(not primary.intersection(g.processes), "goal"))
            for g in strategy.goals
        ],
        [
            (a.id, display_name(a, language), why(a.id not in reached, "audience"))
            for a in strategy.audiences
        ],
        [
            (
                c.id,
                display_name(c, language),
                why(not goals.intersection(c.goals), "channel"),
            )
            for c in strategy.channels
        ],
        [
            (
                a.id,
                display_name(a, language),
                why(not goals.intersection(a.goals) and not a.supports, "action"),
            )
            for a in strategy.actions
        ],
    )
    return [
        [_Node(column, row, id_, label, reason) for row, (id_, label, reason) in enumerate(items)]
        for column, items in enumerate(raw)
    ]


def _links(strategy: Strategy) -> list[tuple[int, str, str]]:
    """(column of the left end, left id, right id) for every link between columns."""
    links = [(0, p, g.id) for g in strategy.goals for p in g.processes]
    links += [(1, g.id, a) for g in strategy.goals for a in g.audiences]
    links += [(2, a, c.id) for c in strategy.channels for a in c.audiences]
    links += [(3, c, a.id) for a in strategy.actions for c in a.channels]
    return links


def _rows(columns: list[list[_Node]]) -> list[tuple[float, float]]:
    """Top and height in pixels of each row: as tall as the most lines a name in it has."""
    depth = max(len(nodes) for nodes in columns)
    heights = [
        max(len(wrap(nodes[row].label, CHARACTERS)) for nodes in columns if row < len(nodes)) * LINE
        + 2 * PADDING
        for row in range(depth)
    ]
    tops = [sum(heights[:row]) for row in range(depth)]
    return list(zip(tops, heights, strict=True))


def _middle(rows: list[tuple[float, float]], row: int) -> float:
    top, height = rows[row]
    return top + height / 2


def _lines(
    strategy: Strategy, columns: list[list[_Node]], rows: list[tuple[float, float]]
) -> list[dict[str, Any]]:
    """The chart's link lines, from the right edge of one box to the left of the next."""
    # Duplicate ids are an integrity error; the first node with an id takes the links.
    where: list[dict[str, _Node]] = [{} for _ in columns]
    for column, nodes in enumerate(columns):
        for node in nodes:
            where[column].setdefault(node.id, node)
    links = []
    for column, left, right in _links(strategy):
        start, end = where[column].get(left), where[column + 1].get(right)
        if start and end:  # a reference to nothing (or to a supporting process) draws nothing
            links.append(
                {
                    "x": column + BOX,
                    "y": _middle(rows, start.row),
                    "x2": column + 1,
                    "y2": _middle(rows, end.row),
                }
            )
    return links


def _boxes(
    columns: list[list[_Node]],
    names: list[str],
    rows: list[tuple[float, float]],
    language: Language,
) -> list[dict[str, Any]]:
    """One box per node, with its status (linked, loose or unused) and why; its name in
    lines (``text``) that start at ``top``, so the block of lines is centred."""
    linked, loose = CHART("trace.linked", language), CHART("trace.orphan", language)
    unused = CHART("trace.unused", language)
    return [
        {
            "x": node.column,
            "x2": node.column + BOX,
            "y": rows[node.row][0] + PADDING / 3,
            "y2": sum(rows[node.row]) - PADDING / 3,
            "top": _middle(rows, node.row) - LINE * len(wrap(node.label, CHARACTERS)) / 2,
            "text": "\n".join(wrap(node.label, CHARACTERS)),
            "part": names[node.column],
            "name": node.label,
            "status": unused if node.why == UNUSED else loose if node.why else linked,
            "why": CHART("trace.unused.why", language) if node.why == UNUSED else node.why,
        }
        for nodes in columns
        for node in nodes
    ]


def _subtitle(columns: list[list[_Node]], names: list[str], language: Language) -> str:
    """How many parts are loose, or which columns are still empty, or that all is linked."""
    count = sum(node.why not in ("", UNUSED) for nodes in columns for node in nodes)
    still_empty = [name.lower() for name, nodes in zip(names, columns, strict=True) if not nodes]
    if count:
        return CHART("trace.orphans", language, count=count)
    if still_empty:  # nothing loose, but only because there is nothing to link yet
        return CHART("trace.incomplete", language, parts=", ".join(still_empty))
    return CHART("trace.all_linked", language)


def traceability(strategy: Strategy, language: Language) -> dict[str, Any]:
    """Processes, goals, audiences, channels and actions as linked columns."""
    heading = CHART("trace.title", language)
    columns = _nodes(strategy, language)
    if not any(columns):
        return message(heading, CHART("trace.empty", language), language)

    rows = _rows(columns) or [(0.0, float(LINE + 2 * PADDING))]
    links = _lines(strategy, columns, rows)
    linked, loose = CHART("trace.linked", language), CHART("trace.orphan", language)
    unused = CHART("trace.unused", language)
    names = [CHART(f"trace.col.{name}", language) for name in COLUMNS]
    boxes = _boxes(columns, names, rows, language)
    headers = [
        {
            "x": column,
            "y": -HEADER / 2,
            "text": CHART("trace.header", language, column=name, count=len(nodes)),
        }
        for column, (name, nodes) in enumerate(zip(names, columns, strict=True))
    ]
    empties = [
        {"x": column, "y": _middle(rows, 0), "text": CHART("trace.column_empty", language)}
        for column, nodes in enumerate(columns)
        if not nodes
    ]
    total = sum(rows[-1])
    x = alt.X("x:Q", scale=alt.Scale(domain=[0, len(COLUMNS) - 1 + BOX]), axis=None)
    pixels = alt.Scale(domain=[-HEADER, total], reverse=True, nice=False, zero=False)
    y = alt.Y("y:Q", scale=pixels, axis=None)
    status = alt.Scale(domain=[linked, loose, unused], range=[LIGHT, WARNING_LIGHT, "#ffffff"])
    edge = alt.Scale(domain=[linked, loose, unused], range=[PRIMARY, WARNING, MUTED])
    layers: list[Any] = []
    if links:
        layers.append(
            alt.Chart(alt.InlineData(values=links))
            .mark_rule(color=MUTED, strokeWidth=1, opacity=0.55)
            .encode(x=x, y=y, x2="x2:Q", y2="y2:Q")
        )
    if boxes:
        tooltip = [
            alt.Tooltip("part:N", title=CHART("trace.part", language)),
            alt.Tooltip("name:N", title=CHART("trace.name", language)),
            alt.Tooltip("status:N", title=CHART("status", language)),
            alt.Tooltip("why:N", title=CHART("trace.why", language)),
        ]
        layers += [
            alt.Chart(alt.InlineData(values=boxes))
            .mark_rect(cornerRadius=4, strokeWidth=1.5)
            .encode(
                x=x,
                x2="x2:Q",
                y=y,
                y2="y2:Q",
                fill=alt.Fill("status:N", scale=status, legend=alt.Legend(title=None)),
                stroke=alt.Stroke("status:N", scale=edge, legend=alt.Legend(title=None)),
                tooltip=tooltip,
            ),
            alt.Chart(alt.InlineData(values=boxes))
            # The name on its lines, from the top of the block (Vega sets lines below the
            # first whatever the baseline): whole, never cut off at the box's edge.
            .mark_text(
                align="left",
                baseline="top",
                dx=6,
                fontSize=FONT_SIZE,
                color=TEXT,
                lineHeight=LINE,
                lineBreak="\n",
            )
            .encode(x=x, y=alt.Y("top:Q", scale=pixels, axis=None), text="text:N", tooltip=tooltip),
        ]
    layers.append(
        alt.Chart(alt.InlineData(values=headers))
        .mark_text(align="left", baseline="middle", fontSize=12, fontWeight="bold", color=TEXT)
        .encode(x=x, y=y, text="text:N")
    )
    if empties:
        layers.append(
            alt.Chart(alt.InlineData(values=empties))
            .mark_text(align="left", baseline="middle", dx=6, fontStyle="italic", color=MUTED)
            .encode(x=x, y=y, text="text:N")
        )
    subtitle = _subtitle(columns, names, language)
    chart = alt.layer(*layers, title=title(heading, subtitle)).properties(
        width=COLUMN_WIDTH * len(COLUMNS), height=round(total + HEADER)
    )
    return to_spec(chart, language)
