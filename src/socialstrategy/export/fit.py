"""The type scale at which a one-page document fits its page, shared by every renderer.

The PDF sets a one-page document (board pack, pocket card, drill card) at this scale; the
Word document and the printed HTML use the same scale, so the three look alike. The scale
is measured on the PDF's layout: it is the one with exact page heights.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Final

from socialstrategy.export.outline import PageBreak

if TYPE_CHECKING:
    from socialstrategy.export.outline import Document

#: The smallest type scale a one-page document is set in, and how close the search for
#: the largest scale that fits one page gets before it stops.
SMALLEST: Final = 0.45
#: The smallest for a two-sided one (table text 6 pt, body 7 pt: still readable on a
#: printed card): what does not fit one page at that scale goes on to the back,
#: and the two pages are numbered.
SMALLEST_TWO_SIDED: Final = 0.7
#: The smallest for a document that flows on (the board pack): its smallest type, the
#: organisation's name in the title band at 8 pt, then prints at 7 pt, table text at
#: 7.4 pt and body text at 8.75 pt. Below, a board member no longer reads it at a glance.
SMALLEST_LEGIBLE: Final = 0.875
PRECISION: Final = 0.025


def fitting_scale(document: Document) -> float:
    """The largest scale at which the one-page *document* still fits one page (one page
    per side, when page breaks ask for a front and a back).

    Tried on drafts (no pictures embedded: only their size matters). Heights shrink
    about with the square of the scale (smaller type, and more words on each line),
    which gives the first guess; bisection does the rest in a few tries.
    """
    # A page break in a one-page document asks for a side of its own (a drill card's
    # front and back): each side must fit one page.
    sides = 1 + sum(isinstance(block, PageBreak) for block in document.blocks)
    # On use: the PDF package imports this module.
    from socialstrategy.export.pdf import write  # noqa: PLC0415

    writer = write(document, 1.0, draft=True)
    if writer.pdf.pages_count <= sides:
        return 1.0
    low, high = smallest(document), 1.0
    room = sides * writer.body_height()
    guess = max(low, min(0.98, math.sqrt(room / writer.used_height())))
    while high - low > PRECISION:
        if write(document, guess, draft=True).pdf.pages_count <= sides:
            low = guess
        else:
            high = guess
        guess = (low + high) / 2
    return low


def smallest(document: Document) -> float:
    """The smallest scale *document* may be set at; when it does not fit at that, it is
    set at that and goes on to the next page."""
    if document.flows:
        return SMALLEST_LEGIBLE
    return SMALLEST_TWO_SIDED if document.two_sided else SMALLEST


def page_scale(document: Document) -> float:
    """The scale *document* is set at: fitted when it is a one-pager, else 1."""
    return fitting_scale(document) if document.one_page else 1.0


__all__ = [
    "PRECISION",
    "SMALLEST",
    "SMALLEST_LEGIBLE",
    "SMALLEST_TWO_SIDED",
    "fitting_scale",
    "page_scale",
    "smallest",
]
