"""The outline as an A4 PDF, with fpdf2 and the shipped DejaVu fonts.

A multi-page document opens with a cover page (organisation, title, subtitle, the cover
lines such as revision and date), starts every chapter on a new page, numbers its pages
in the footer ("Pagina 2 van 9") and carries bookmarks for its headings. A one-page
document (board pack, pocket card) gets a compact title band instead, and is set in a
smaller size until it fits one page.

Layout rules a reader notices: a heading never ends a page (it moves on with the start
of what follows), a finding or a chart is never split, a table breaks between rows and
repeats its header, a chart is scaled to its planned width but never beyond the page.
The PDF carries its title, author (the organisation) and language as metadata.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Final

from socialstrategy.export.outline import PageBreak
from socialstrategy.export.pdf._writer import Writer

if TYPE_CHECKING:
    from socialstrategy.export.outline import Document

#: The smallest type scale a one-page document is set in, and how close the search for
#: the largest scale that fits one page gets before it stops.
SMALLEST: Final = 0.45
#: The smallest for a two-sided one (table text 6 pt, body 7 pt: still readable on a
#: printed card): what does not fit one page at that scale goes on to the back,
#: and the two pages are numbered.
SMALLEST_TWO_SIDED: Final = 0.7
PRECISION: Final = 0.025


def _write(document: Document, scale: float, *, draft: bool = False) -> Writer:
    writer = Writer(document, scale, draft=draft)
    writer.cover()
    writer.blocks()
    return writer


def fitting_scale(document: Document) -> float:
    """The largest scale at which the one-page *document* still fits one page (one page
    per side, when page breaks ask for a front and a back).

    Tried on drafts (no pictures embedded: only their size matters). The Word renderer
    sets one-page documents at this scale too. Heights shrink
    about with the square of the scale (smaller type, and more words on each line),
    which gives the first guess; bisection does the rest in a few tries.
    """
    # A page break in a one-page document asks for a side of its own (a drill card's
    # front and back): each side must fit one page.
    sides = 1 + sum(isinstance(block, PageBreak) for block in document.blocks)
    writer = _write(document, 1.0, draft=True)
    if writer.pdf.pages_count <= sides:
        return 1.0
    low, high = (SMALLEST_TWO_SIDED if document.two_sided else SMALLEST), 1.0
    room = sides * writer.body_height()
    guess = max(low, min(0.98, math.sqrt(room / writer.used_height())))
    while high - low > PRECISION:
        if _write(document, guess, draft=True).pdf.pages_count <= sides:
            low = guess
        else:
            high = guess
        guess = (low + high) / 2
    return low


def render(document: Document) -> bytes:
    """*document* as PDF bytes; a one-page document is shrunk until it fits one page."""
    scale = fitting_scale(document) if document.one_page else 1.0
    return bytes(_write(document, scale).pdf.output())


__all__ = ["SMALLEST", "SMALLEST_TWO_SIDED", "fitting_scale", "render"]
