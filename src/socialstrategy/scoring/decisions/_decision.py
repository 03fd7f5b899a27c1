"""A decision for the board, and the dates decisions quote in both languages."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from socialstrategy.fmt import long_date
from socialstrategy.i18n import Text

if TYPE_CHECKING:
    import datetime as dt


@attrs.frozen
class Decision:
    """One decision for the board: what to decide, and why it is due."""

    #: Stable key, e.g. ``adopt-guideline``.
    code: str
    text: Text
    reason: Text


def both(day: dt.date) -> dict[str, str]:
    """*day* written out in Dutch and in English, by language."""
    return {"nl": long_date(day, "nl"), "en": long_date(day, "en")}


__all__ = ["Decision", "both"]
