"""The most important gaps for a board: one line per rule, naming the parts it is
about, with what to do."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from socialstrategy import fmt
from socialstrategy.charts.readiness import short_label
from socialstrategy.export import outline
from socialstrategy.model import EscalationStep, Goal, ReadinessAnswer, Role, Scenario
from socialstrategy.model.names import NAMING
from socialstrategy.model.paths import PathError, parse

if TYPE_CHECKING:
    from socialstrategy.export.documents._base import Sources
    from socialstrategy.scoring import Finding

#: How many gaps the board sees.
GAPS = 5
#: The longest name of a part a gap quotes whole (a scenario or check question is a
#: sentence); a longer one ends at a word with an ellipsis.
NAME_LENGTH = 60


def top_gaps(src: Sources, count: int = GAPS) -> list[tuple[Finding, list[str]]]:
    """The *count* most useful things to do, one per rule, each with the parts it is
    about (in plan order, each once).

    A rule that fires on three channels is one gap for a board, not three lines; it
    names the three channels, so the board knows which.
    """
    about: dict[str, list[str]] = {}
    for found in src.report.findings:
        name = part_name(src, found.path)
        names = about.setdefault(found.code, [])
        if name and name not in names:
            names.append(name)
    return [(found, about[found.code]) for found in src.report.top_steps(count, one_per_rule=True)]


def part_name(src: Sources, path: str) -> str:
    """What the part at *path* is called: the outermost item of a list on the way
    (a channel, a goal as ``G2``, a scenario); empty for a path to the plan as a whole
    (``guidelines.rules``), whose finding's title names it already."""
    try:
        steps = parse(path)
    except PathError:
        return ""
    node: Any = src.strategy
    for step in steps:
        if isinstance(step, int):
            if not isinstance(node, tuple) or not 0 <= step < len(node):
                return ""
            node = node[step]
            if any(kind in NAMING for kind in type(node).__mro__):
                return _short_name(src, node)
        else:
            node = getattr(node, step, None)
    return ""


def _short_name(src: Sources, part: object) -> str:
    """A part as a board line quotes it: a goal by its number (the goals stand above),
    a check question and a scenario by the few words for their kind (their own text is
    a sentence), an escalation step by its role, anything else by its name, ending at
    a word when it is long."""
    if isinstance(part, Goal):
        return src.goal_number(part)
    if isinstance(part, ReadinessAnswer):
        return fmt.lower_first(short_label(part.question, src.language))
    if isinstance(part, Scenario):
        return fmt.lower_first(part.kind.label(src.language))
    if isinstance(part, EscalationStep):  # a step is its role
        return src.name(Role, part.role) or src.called(part)
    return fmt.shortened(src.called(part), NAME_LENGTH)


def blocks(src: Sources) -> list[outline.Block]:
    """The gaps as a table (severity, gap and the parts it concerns, what to do)."""
    gaps = top_gaps(src)
    if not gaps:
        return [outline.Paragraph(src.t("board.gaps.none"))]
    rows = tuple(
        (
            found.level.label(src.language),
            found.title.get(src.language) + (": " + src.listed(names, most=4) if names else ""),
            found.fix.get(src.language),
        )
        for found, names in gaps
    )
    return [
        outline.Table(
            (src.t("board.gaps.level"), src.t("board.gaps.gap"), src.t("board.gaps.fix")),
            rows,
            widths=(1.4, 3.2, 4.6),
        )
    ]
