"""Every string the exported documents show, in Dutch and English: the one catalogue.

Keys are prefixed by the document they belong to (``report.``, ``board.``,
``guideline.``, ``pocket.``, ``drills.``, ``consent.``, ``calendar.``, ``workbook.``,
``progress.`` the progress report; ``trend.`` the score trend it shares with the board pack) or
``common.`` for what several share; each prefix has its own module here (``calendar.`` and
``workbook.`` share one). Names of things come from the strategy, kinds and levels from the
vocabularies, rule texts from the rules.
"""

from __future__ import annotations

from socialstrategy.export.texts import (
    _board,
    _calendar,
    _common,
    _consent,
    _drills,
    _guideline,
    _pocket,
    _progress,
    _progress_report,
    _report,
    _trend,
)
from socialstrategy.i18n import Catalogue

T = Catalogue.merged(
    "export",
    _common.TEXTS,
    _report.TEXTS,
    _board.TEXTS,
    _guideline.TEXTS,
    _pocket.TEXTS,
    _drills.TEXTS,
    _consent.TEXTS,
    _calendar.TEXTS,
    _progress.TEXTS,
    _progress_report.TEXTS,
    _trend.TEXTS,
)

__all__ = ["T"]
