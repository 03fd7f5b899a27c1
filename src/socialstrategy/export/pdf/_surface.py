"""The page a PDF document is written on: type sizes, measures and writing lines of text.

:class:`Surface` holds the canvas and the scale; the drawing of each kind of block is a
subclass's (tables, findings, the rest in :mod:`socialstrategy.export.pdf._writer`).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Final

from socialstrategy.export.look import TEXT, rgb
from socialstrategy.export.pdf._canvas import FAMILY, PT, new_canvas, wrap

if TYPE_CHECKING:
    from collections.abc import Sequence

    from socialstrategy.export.outline import Document
    from socialstrategy.export.pdf._canvas import Canvas

# Type sizes in points at scale 1.
BODY, LEAD, NOTE, SMALL, CELL = 10.0, 11.5, 8.5, 7.5, 8.5
HEADINGS: Final = {1: 17.0, 2: 13.0, 3: 11.0}
LEADING: Final = 1.42  # line height as a multiple of the font size
WHITE: Final = "#ffffff"


class Surface:
    """One document's canvas at one type scale (``scale`` shrinks type and spacing to fit
    one page), its measures, and writing wrapped lines onto it."""

    def __init__(self, document: Document, scale: float, *, draft: bool = False) -> None:
        self.doc = document
        self.scale = scale
        #: A draft only lays out (to find the scale that fits): no pictures embedded.
        self.draft = draft
        self.compact = document.one_page
        pdf = new_canvas()
        pdf.document = document
        margin = 14.0 if self.compact else 20.0
        pdf.set_margins(margin, 12.0 if self.compact else 18.0, margin)
        pdf.set_auto_page_break(auto=True, margin=18.0 if self.compact else 22.0)
        # A document with a cover page numbers its pages from the first after it.
        pdf.numbered_from = 1 if self.compact or document.short else 2
        pdf.set_title(document.title)
        pdf.set_lang(document.language)
        if document.organisation:
            pdf.set_author(document.organisation)
        if document.subtitle:
            pdf.set_subject(document.subtitle)
        pdf.set_creator("socialstrategy")
        pdf.set_creation_date(dt.datetime.combine(document.date, dt.time(), tzinfo=dt.timezone.utc))
        self.pdf: Canvas = pdf
        #: Where a column beside a chart starts: no space above its first heading.
        self.column_top = -1.0

    # -- measures and primitives -------------------------------------------------------

    def size(self, points: float) -> float:
        return points * self.scale

    def line_height(self, points: float) -> float:
        return points * self.scale * PT * LEADING

    def mm(self, value: float) -> float:
        return value * self.scale

    def at_top(self) -> bool:
        return self.pdf.get_y() <= self.pdf.t_margin + 0.5

    def room(self) -> float:
        return self.pdf.page_break_trigger - self.pdf.get_y()

    def body_height(self) -> float:
        return self.pdf.page_break_trigger - self.pdf.t_margin

    def used_height(self) -> float:
        """How much height the document has taken, over all its pages."""
        full_pages = self.pdf.pages_count - 1
        return full_pages * self.body_height() + self.pdf.get_y() - self.pdf.t_margin

    def keep(self, height: float) -> None:
        """Start a new page unless *height* fits on this one (or the page is fresh)."""
        if height > self.room() and not self.at_top():
            self.pdf.add_page()

    def font(self, points: float, *, bold: bool = False, colour: str = TEXT) -> None:
        self.pdf.set_font(FAMILY, "B" if bold else "", self.size(points))
        self.pdf.set_text_color(*rgb(colour))

    def lines(self, text: str, room: float, points: float, *, bold: bool = False) -> list[str]:
        return wrap(text, room, self.size(points), bold=bold)

    def write(
        self,
        lines: Sequence[str],
        points: float,
        *,
        x: float | None = None,
        bold: bool = False,
        colour: str = TEXT,
    ) -> None:
        """Write *lines* one below the other, starting a new page where one is full."""
        pdf = self.pdf
        left = pdf.l_margin if x is None else x
        height = self.line_height(points)
        self.font(points, bold=bold, colour=colour)
        for line in lines:
            if height > self.room():
                pdf.add_page()
                self.font(points, bold=bold, colour=colour)
                left = pdf.l_margin if x is None else x  # a column may widen on a new page
            if not self.draft:
                pdf.set_x(left)
                pdf.cell(pdf.w - pdf.r_margin - left, height, line)
            pdf.set_y(pdf.get_y() + height)
