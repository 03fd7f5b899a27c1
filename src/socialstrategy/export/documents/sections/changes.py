"""What changed since the adopted revision, in a manager's words
(:func:`socialstrategy.model.diff.diff`), the most important first and capped: a board
reads the new goal and the raised target, not every reworded sentence."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from socialstrategy.export import outline
from socialstrategy.model.diff import diff
from socialstrategy.model.paths import PathError, parse

if TYPE_CHECKING:
    from socialstrategy.export.documents._base import Sources
    from socialstrategy.model.diff import Difference
    from socialstrategy.scoring.trend import History

#: How many changes the board reads; the rest are counted (two or more).
SHOWN: Final = 8
#: The parts of the plan in the order a board weighs their changes: what is to be
#: achieved, then how, then who and what with. A part not named here comes last.
WEIGHT: Final = (
    "goals",
    "channels",
    "guidelines",
    "crisis",
    "actions",
    "engagement",
    "audiences",
    "media_guidance",
    "training",
    "readiness",
    "organisation",
    "meta",
)
#: Told elsewhere in the report (the status, the measurements, the actions' progress)
#: or bookkeeping: the revision number.
_ELSEWHERE: Final = frozenset({"lifecycle", "measurements", "updates", "revision"})


def blocks(src: Sources, history: History) -> list[outline.Block]:
    """The changes under a heading; nothing for a plan never adopted (its status says
    so), a sentence for one whose adopted revision is not kept with it (a file alone)."""
    out: list[outline.Block] = [outline.Heading(src.t("progress.changes"), 1)]
    adopted = history.adopted
    if adopted is None:
        if src.strategy.lifecycle.adoption.revision is None:
            return []
        return [*out, outline.Paragraph(src.t("progress.changes.not_kept"), "note")]
    changes = important(diff(adopted.strategy, src.strategy))
    if not changes:
        return [*out, outline.Paragraph(src.t("progress.changes.none"))]
    adoption = src.strategy.lifecycle.adoption
    out.append(
        outline.Paragraph(
            src.t(
                "progress.changes.intro",
                revision=adopted.number,
                date=src.date(adoption.date or adopted.saved_on),
            )
        )
    )
    # One change over the cap is told rather than counted.
    shown = changes if len(changes) <= SHOWN + 1 else changes[:SHOWN]
    out.append(outline.Bullets(tuple(c.sentence.get(src.language) for c in shown)))
    if len(shown) < len(changes):
        more = src.number(len(changes) - len(shown))
        out.append(outline.Paragraph(src.t("progress.changes.more", n=more), "note"))
    return out


def important(changes: tuple[Difference, ...]) -> list[Difference]:
    """The changes a board reads, the most important first: by part of the plan
    (:data:`WEIGHT`), then the larger before the smaller (a goal added before a target
    changed), else in the plan's order."""
    told = [(c, _steps(c.path)) for c in changes]
    told = [(c, steps) for c, steps in told if not _ELSEWHERE & set(steps)]
    return [c for c, _ in sorted(told, key=lambda pair: _weight(pair[1]))]


def _weight(steps: list[str]) -> tuple[int, int]:
    part = steps[0] if steps else ""
    return (WEIGHT.index(part) if part in WEIGHT else len(WEIGHT)), len(steps)


def _steps(path: str) -> list[str]:
    """The names on *path* (``goals[0].target`` → ``goals``, ``target``)."""
    try:
        return [step for step in parse(path) if isinstance(step, str)]
    except PathError:
        return [path]
