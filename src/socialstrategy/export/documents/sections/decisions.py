"""The decisions the board is asked to take (:func:`socialstrategy.scoring.decisions`),
as a numbered table with the reason for each: the end of the board pack and of the
progress report."""

from __future__ import annotations

from typing import TYPE_CHECKING

from socialstrategy.export import outline
from socialstrategy.scoring import decisions

if TYPE_CHECKING:
    from socialstrategy.export.documents._base import Sources


def blocks(src: Sources) -> list[outline.Block]:
    found = decisions(src.strategy, src.report, today=src.today)
    return [
        outline.Table(
            ("#", src.t("board.decisions.decision"), src.t("board.decisions.reason")),
            tuple(
                (str(number), d.text.get(src.language), d.reason.get(src.language))
                for number, d in enumerate(found, start=1)
            ),
            widths=(0.4, 4.4, 3.6),
        )
    ]
