"""Writing the cover and the blocks of one document onto one PDF at one type scale."""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from socialstrategy.export import static_charts
from socialstrategy.export.look import MUTED, PRIMARY, TEXT, rgb
from socialstrategy.export.outline import (
    Bullets,
    Chart,
    Finding,
    Heading,
    PageBreak,
    Pairs,
    Paragraph,
    Table,
    next_chart,
)
from socialstrategy.export.pdf._canvas import clean, width
from socialstrategy.export.pdf._findings import Findings
from socialstrategy.export.pdf._surface import BODY, HEADINGS, LEAD, NOTE, WHITE, Surface
from socialstrategy.export.pdf._tables import Tables, shape
from socialstrategy.export.texts import T

if TYPE_CHECKING:
    from fpdf.outline import OutlineSection

    from socialstrategy.export.outline import Block


class Writer(Tables, Findings, Surface):
    """Writes one document; ``scale`` shrinks type and spacing to fit one page."""

    # -- cover -------------------------------------------------------------------------

    def cover(self) -> None:
        self.pdf.add_page()
        if self.compact or self.doc.short:
            self.band()
        else:
            self.title_page()

    def title_page(self) -> None:
        doc, pdf = self.doc, self.pdf
        pdf.set_fill_color(*rgb(PRIMARY))
        pdf.rect(0, 0, 9, pdf.h, style="F")
        pdf.set_y(78)
        if doc.organisation:
            self.write(
                self.lines(doc.organisation.upper(), pdf.epw, 12, bold=True),
                12,
                bold=True,
                colour=PRIMARY,
            )
            pdf.ln(4)
        self.write(self.lines(doc.title, pdf.epw, 26, bold=True), 26, bold=True)
        if doc.subtitle:
            pdf.ln(3)
            self.write(self.lines(doc.subtitle, pdf.epw, 14), 14, colour=MUTED)
        pdf.ln(10)
        pdf.set_draw_color(*rgb(PRIMARY))
        pdf.set_line_width(0.6)
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + 40, pdf.get_y())
        pdf.ln(6)
        label_width = max((width(clean(label), 11) for label, _ in doc.cover), default=0) + 6
        for label, value in doc.cover:
            top = pdf.get_y()
            self.write(self.lines(label, label_width, 11), 11, colour=MUTED)
            pdf.set_y(top)
            room = pdf.epw - label_width
            self.write(
                self.lines(value, room, 11, bold=True), 11, bold=True, x=pdf.l_margin + label_width
            )
            pdf.ln(1)
        pdf.add_page()

    def band(self) -> None:
        """The title band of a one-page document: organisation and title on teal."""
        doc, pdf = self.doc, self.pdf
        inner = pdf.epw - 8
        title = self.lines(doc.title, inner, 17, bold=True)
        organisation = self.lines(doc.organisation.upper(), inner, 8, bold=True)
        height = 7 + len(title) * self.line_height(17)
        if doc.organisation:
            height += len(organisation) * self.line_height(8) + 1
        top = pdf.get_y()
        pdf.set_fill_color(*rgb(PRIMARY))
        pdf.rect(pdf.l_margin, top, pdf.epw, height, style="F")
        pdf.set_y(top + 3.5)
        if doc.organisation:
            self.write(organisation, 8, x=pdf.l_margin + 4, bold=True, colour=WHITE)
            pdf.ln(1)
        self.write(title, 17, x=pdf.l_margin + 4, bold=True, colour=WHITE)
        pdf.set_y(top + height + 1.5)
        parts = [doc.subtitle] if doc.subtitle else []
        parts += [f"{label}: {value}" for label, value in doc.cover]
        if parts:
            self.write(self.lines("   ·   ".join(parts), pdf.epw, NOTE), NOTE, colour=MUTED)
        pdf.ln(self.mm(1.5))

    # -- table of contents -------------------------------------------------------------

    #: Chapter lines on one page of the table of contents.
    CONTENTS_LINES = 34

    def contents(self) -> None:
        """Room for the table of contents, written when the document is done."""
        chapters = sum(isinstance(b, Heading) and b.level <= 1 for b in self.doc.blocks)
        pages = max(1, -(-chapters // self.CONTENTS_LINES))
        self.pdf.insert_toc_placeholder(self.write_contents, pages=pages)

    def write_contents(self, pdf: object, sections: list[OutlineSection]) -> None:
        """The chapters, each with a dotted leader to its page number, each a link."""
        canvas = self.pdf
        points = HEADINGS[1]
        self.write(
            self.lines(T("common.contents", self.doc.language), canvas.epw, points, bold=True),
            points,
            bold=True,
            colour=PRIMARY,
        )
        canvas.ln(self.mm(4))
        height = self.line_height(LEAD) + self.mm(1.5)
        for section in sections:
            if section.level != 0:
                continue
            if canvas.get_y() + height > canvas.page_break_trigger:
                canvas.add_page()
            number = str(section.page_number)
            self.font(LEAD)
            number_width = canvas.get_string_width(number)
            name = self.lines(section.name, canvas.epw - number_width - 12, LEAD)[0]
            top = canvas.get_y()
            link = canvas.add_link(page=section.page_number)
            canvas.set_xy(canvas.l_margin, top)
            canvas.cell(canvas.get_string_width(name), height, name, link=link)
            dots_from = canvas.l_margin + canvas.get_string_width(name) + 2
            dots_to = canvas.l_margin + canvas.epw - number_width - 2
            self.font(LEAD, colour=MUTED)
            dot = canvas.get_string_width(". ")
            if dots_to > dots_from:
                leader = ". " * int((dots_to - dots_from) / dot)
                canvas.set_xy(dots_to - canvas.get_string_width(leader), top)
                canvas.cell(canvas.get_string_width(leader), height, leader)
            self.font(LEAD)
            canvas.set_xy(canvas.l_margin + canvas.epw - number_width, top)
            canvas.cell(number_width, height, number, link=link)
            canvas.set_xy(canvas.l_margin, top + height)

    # -- blocks ------------------------------------------------------------------------

    def blocks(self, blocks: tuple[Block, ...] | None = None) -> None:
        blocks = self.doc.blocks if blocks is None else blocks
        index = 0
        while index < len(blocks):
            block = blocks[index]
            if isinstance(block, Chart) and self.beside(block):
                # What follows, up to the next chart, is set to the right of this one.
                end = next_chart(blocks, index + 1)
                self.chart_beside(block, blocks[index + 1 : end])
                index = end
                continue
            if isinstance(block, Heading):
                self.heading(block, blocks[index + 1 :])
            elif isinstance(block, Paragraph):
                self.paragraph(block)
            elif isinstance(block, Bullets):
                self.bullets(block)
            elif isinstance(block, Pairs):
                self.pairs(block)
            elif isinstance(block, Table):
                self.table(block)
            elif isinstance(block, Finding):
                self.finding(block)
            elif isinstance(block, Chart):
                self.chart(block)
            elif isinstance(block, PageBreak) and self.breaks():
                self.pdf.add_page()
            index += 1

    def beside(self, block: Chart) -> bool:
        """Whether *block* is a narrow chart on a one-page document, set beside the text
        that follows it rather than above it, so the page holds more at a readable size."""
        if not self.compact or self.pdf.l_margin > self.pdf.r_margin:
            return False
        size = self.chart_size(block)
        return size is not None and size[0] <= 0.5 * self.pdf.epw

    def chart_beside(self, block: Chart, following: tuple[Block, ...]) -> None:
        pdf = self.pdf
        size = self.chart_size(block)
        data = static_charts.png(block.spec)
        if size is None or data is None:
            return
        wide, high = size
        self.keep(high)
        top, margin, page = pdf.get_y(), pdf.l_margin, pdf.page
        if not self.draft:
            pdf.image(io.BytesIO(data), x=margin, y=top, w=wide, h=high, alt_text=block.title)
        pdf.set_left_margin(margin + wide + self.mm(6))
        pdf.page_margin = margin
        pdf.set_xy(pdf.l_margin, top)
        self.column_top = top
        self.blocks(following)
        bottom = pdf.get_y() if pdf.page != page else max(pdf.get_y(), top + high + self.mm(3))
        pdf.page_margin = None
        pdf.set_left_margin(margin)
        pdf.set_xy(margin, bottom)

    def heading_points(self, block: Heading) -> float:
        points = HEADINGS.get(block.level, HEADINGS[3])
        return points * 0.72 if self.compact else points

    def heading(self, block: Heading, following: tuple[Block, ...]) -> None:
        pdf = self.pdf
        chapter = block.level <= 1
        runs_on = self.compact or self.doc.short
        if chapter and not runs_on and not self.at_top() and self.page_used() >= 1 / 3:
            pdf.add_page()
        points = self.heading_points(block)
        if not self.at_top() and abs(pdf.get_y() - self.column_top) > 0.01:
            gap = {1: 5.0, 2: 4.5}.get(block.level, 3.0)
            pdf.ln(self.mm(gap * (0.55 if self.compact else 1)))
        lines = self.lines(block.text, pdf.epw, points, bold=True)
        height = len(lines) * self.line_height(points) + self.mm(3)
        # With what follows, or the start of it; what cannot fit any page starts one.
        self.keep(min(height + self.start_of(following), self.body_height()))
        level = max(0, min(block.level - 1, pdf.bookmark_level + 1))
        pdf.start_section(clean(block.text)[:120], level=level, strict=False)
        pdf.bookmark_level = level
        colour = TEXT if block.level == 2 else PRIMARY
        self.write(lines, points, bold=True, colour=colour)
        if chapter:
            rule = self.mm(0.5 if self.compact else 1.2)
            pdf.set_draw_color(*rgb(PRIMARY))
            pdf.set_line_width(0.3 if self.compact else 0.5)
            y = pdf.get_y() + rule
            pdf.line(pdf.l_margin, y, pdf.l_margin + pdf.epw, y)
            pdf.set_y(y + self.mm(1.8 if self.compact else 3.5))
        else:
            pdf.ln(self.mm(1.2))

    def breaks(self) -> bool:
        """Whether a page break starts a new page here: a one-pager's break asks for a
        side of its own; in a long document a break, like a chapter, leaves no page less
        than a third full."""
        return not self.at_top() and (self.compact or self.page_used() >= 1 / 3)

    def page_used(self) -> float:
        """How much of the current page's body is written, 0 to 1."""
        return (self.pdf.get_y() - self.pdf.t_margin) / self.body_height()

    def start_of(self, following: tuple[Block, ...]) -> float:
        """The height the start of the next block needs: a heading goes along with it."""
        if not following:
            return 0.0
        block, pdf = following[0], self.pdf
        if isinstance(block, Heading):
            points = self.heading_points(block)
            return 2 * self.line_height(points) + self.mm(6) + self.start_of(following[1:])
        if isinstance(block, Chart):
            size = self.chart_size(block)
            return size[1] if size else 10.0
        if isinstance(block, Finding):
            return self.finding_height(block)
        if isinstance(block, Paragraph):
            lines = len(self.lines(block.text, pdf.epw, BODY))
            if lines <= 3 and isinstance(following[1:2] and following[1], Chart | Table | Bullets):
                # A short introduction goes along with the chart or table it introduces.
                return lines * self.line_height(BODY) + self.mm(2.4) + self.start_of(following[1:])
            return min(3, lines) * self.line_height(BODY)
        if isinstance(block, Table):
            return self.grid_start(block.columns, *shape(block))
        if isinstance(block, Pairs):
            return self.grid_start(None, block.items, (1.0, 2.4))
        if isinstance(block, Bullets) and block.items:
            lines = len(self.lines(block.items[0], pdf.epw - self.mm(5.5), BODY))
            return min(2, lines) * self.line_height(BODY)
        return 3 * self.line_height(BODY)

    def paragraph(self, block: Paragraph) -> None:
        points, colour = {"lead": (LEAD, TEXT), "note": (NOTE, MUTED)}.get(
            block.style, (BODY, TEXT)
        )
        self.write(self.lines(block.text, self.pdf.epw, points), points, colour=colour)
        self.pdf.ln(self.mm(2.4))

    def bullets(self, block: Bullets) -> None:
        pdf = self.pdf
        indent = self.mm(5.5)
        height = self.line_height(BODY)
        for item in block.items:
            lines = self.lines(item, pdf.epw - indent, BODY)
            self.keep(min(2, len(lines)) * height)
            top = pdf.get_y()
            self.font(BODY, bold=True, colour=PRIMARY)
            pdf.set_xy(pdf.l_margin + 1, top)
            pdf.cell(indent - 1, height, "•")
            pdf.set_y(top)
            self.write(lines, BODY, x=pdf.l_margin + indent)
            pdf.ln(self.mm(0.8))
        pdf.ln(self.mm(1.6))

    # -- charts ------------------------------------------------------------------------

    def chart_size(self, block: Chart) -> tuple[float, float] | None:
        limit = self.body_height() * (0.45 if self.compact else 0.92)
        planned = block.width_cm * 10 * self.scale
        return static_charts.fitted(block.spec, planned, self.pdf.epw, limit)

    def chart(self, block: Chart) -> None:
        pdf = self.pdf
        data = static_charts.png(block.spec)
        size = self.chart_size(block)
        if data is None or size is None:
            self.paragraph(Paragraph(static_charts.missing(block.title, self.doc.language), "note"))
            return
        wide, high = size
        room = self.room() - 2
        readable = static_charts.readable_mm(block.spec)
        if high > room >= 0.5 * self.body_height() and wide * room / high >= readable:
            # Below its heading on a fresh page: a little smaller rather than apart.
            wide, high = wide * room / high, room
        self.keep(high + 2)
        x = pdf.l_margin + (pdf.epw - wide) / 2
        if not self.draft:
            pdf.image(io.BytesIO(data), x=x, y=pdf.get_y(), w=wide, h=high, alt_text=block.title)
        pdf.set_y(pdf.get_y() + high + self.mm(4))


__all__ = ["Writer"]
