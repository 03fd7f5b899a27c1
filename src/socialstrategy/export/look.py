"""What every rendered document shares: colours, the finding levels, footer words.

The colours are the charts' own (:mod:`socialstrategy.charts`), so a document and its
charts look like one piece. The few words a renderer adds itself (page numbers, a chart
that could not be drawn, "what to do") are the ``common.`` entries of
:mod:`socialstrategy.export.texts`; everything else comes from the outline.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final, Literal

import attrs

from socialstrategy.scoring.areas import Level

if TYPE_CHECKING:
    from socialstrategy.i18n import Language

PRIMARY: Final = "#1f6f78"
PRIMARY_LIGHT: Final = "#e8f1f2"
TEXT: Final = "#1c2b2d"
MUTED: Final = "#5f7173"
RULE: Final = "#c9d6d7"
ZEBRA: Final = "#f3f7f7"

FONT_REGULAR: Final = "DejaVuSans.ttf"
FONT_BOLD: Final = "DejaVuSans-Bold.ttf"


@attrs.frozen
class Tone:
    """How a finding of one level looks: a strong colour for its edge, a light fill,
    and a badge colour dark enough for white text."""

    strong: str
    light: str
    badge: str


TONES: Final[dict[str, Tone]] = {
    "error": Tone(strong="#b8473e", light="#f8e4e2", badge="#a83d35"),
    "warning": Tone(strong="#d97a2b", light="#fbeadb", badge="#a4561a"),
    "advice": Tone(strong=PRIMARY, light=PRIMARY_LIGHT, badge=PRIMARY),
}


def level_label(level: Literal["error", "warning", "advice"], language: Language) -> str:
    """The reader's word for a finding level: ``Kritiek``, ``Aandachtspunt``, ``Advies``."""
    return Level.parse(level).label(language)


def rgb(colour: str) -> tuple[int, int, int]:
    """``#1f6f78`` as ``(31, 111, 120)``."""
    value = colour.lstrip("#")
    red, green, blue = (int(value[i : i + 2], 16) for i in (0, 2, 4))
    return red, green, blue


__all__ = [
    "FONT_BOLD",
    "FONT_REGULAR",
    "MUTED",
    "PRIMARY",
    "PRIMARY_LIGHT",
    "RULE",
    "TEXT",
    "TONES",
    "ZEBRA",
    "Tone",
    "level_label",
    "rgb",
]
