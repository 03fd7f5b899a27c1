"""An inject: what happens at a minute of the exercise, and what the team must answer."""

from __future__ import annotations

import attrs

from socialstrategy.i18n import Text


@attrs.frozen
class Inject:
    """What happens at *minute* of the exercise, and what the team must answer then."""

    minute: int
    situation: Text
    questions: tuple[Text, ...]


@attrs.frozen
class DrillInject:
    """An inject in one language, with the sector's words filled in."""

    minute: int
    situation: str
    questions: tuple[str, ...]

    @property
    def clock(self) -> str:
        """``0:00``, ``0:20``, ``1:00``: the time on the exercise clock."""
        return f"{self.minute // 60}:{self.minute % 60:02d}"


def inject(minute: int, nl: str, en: str, *questions: tuple[str, str]) -> Inject:
    """An inject from its Dutch and English situation and (Dutch, English) questions."""
    return Inject(minute, Text(nl, en), tuple(Text(q_nl, q_en) for q_nl, q_en in questions))
