"""The outline as an A4 PDF, with fpdf2 and the shipped DejaVu fonts.

A multi-page document opens with a cover page (organisation, title, subtitle, the cover
lines such as revision and date), then, when the outline asks, a table of contents of its
chapters with their page numbers (filled in when the last page is written, so the numbers
are those of the footers and the bookmarks). A chapter starts on a new page unless the
page it would leave is less than a third full: a short chapter does not leave a page
mostly blank (a young plan's chapters hold a line each). It numbers its pages
in the footer ("Pagina 2 van 9") and carries bookmarks for its headings. A one-page
document (board pack, pocket card) gets a compact title band instead, and is set in a
smaller size until it fits one page.

Layout rules a reader notices: a heading never ends a page (it moves on with the start
of what follows), a finding or a chart is never split, a table breaks between rows and
repeats its header, a chart is scaled to its planned width but never beyond the page.
The PDF carries its title, author (the organisation) and language as metadata.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from socialstrategy.export.fit import page_scale
from socialstrategy.export.pdf._writer import Writer

if TYPE_CHECKING:
    from socialstrategy.export.outline import Document


def write(document: Document, scale: float, *, draft: bool = False) -> Writer:
    """*document* written onto a PDF at type *scale*; a draft only lays out (no pictures
    embedded), to measure it."""
    writer = Writer(document, scale, draft=draft)
    writer.cover()
    if document.contents and not document.one_page:
        writer.contents()
    writer.blocks()
    return writer


def render(document: Document) -> bytes:
    """*document* as PDF bytes; a one-page document is shrunk until it fits one page
    (see :mod:`socialstrategy.export.fit`)."""
    return bytes(write(document, page_scale(document)).pdf.output())


__all__ = ["render", "write"]
