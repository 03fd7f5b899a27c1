"""Writing the cover and the blocks of one document onto one PDF at one type scale."""

from __future__ import annotations

import datetime as dt
import io
import math
from typing import TYPE_CHECKING, Final

from socialstrategy.export import static_charts
from socialstrategy.export.look import MUTED, PRIMARY, RULE, TEXT, TONES, ZEBRA, level_label, rgb
from socialstrategy.export.outline import (
    Bullets,
    Chart,
    Finding,
    Heading,
    PageBreak,
    Pairs,
    Paragraph,
    Table,
)
from socialstrategy.export.pdf._canvas import FAMILY, PT, clean, new_canvas, width, wrap
from socialstrategy.export.texts import T

if TYPE_CHECKING:
    from collections.abc import Sequence

    from socialstrategy.export.outline import Block, Document
    from socialstrategy.export.pdf._canvas import Canvas

# Type sizes in points at scale 1.
BODY, LEAD, NOTE, SMALL, CELL = 10.0, 11.5, 8.5, 7.5, 8.5
HEADINGS: Final = {1: 17.0, 2: 13.0, 3: 11.0}
LEADING: Final = 1.42  # line height as a multiple of the font size
WHITE: Final = "#ffffff"


class Writer:
    """Writes one document; ``scale`` shrinks type and spacing to fit one page."""

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
        pdf.numbered_from = 1 if self.compact else 2
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
            if not self.draft:
                pdf.set_x(left)
                pdf.cell(pdf.w - pdf.r_margin - left, height, line)
            pdf.set_y(pdf.get_y() + height)

    # -- cover -------------------------------------------------------------------------

    def cover(self) -> None:
        self.pdf.add_page()
        if self.compact:
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

    # -- blocks ------------------------------------------------------------------------

    def blocks(self, blocks: tuple[Block, ...] | None = None) -> None:
        blocks = self.doc.blocks if blocks is None else blocks
        index = 0
        while index < len(blocks):
            block = blocks[index]
            if isinstance(block, Chart) and self.beside(block):
                # What follows, up to the next chart, is set to the right of this one.
                end = next(
                    (i for i in range(index + 1, len(blocks)) if isinstance(blocks[i], Chart)),
                    len(blocks),
                )
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
            elif isinstance(block, PageBreak) and not self.at_top():
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
        pdf.set_xy(pdf.l_margin, top)
        self.column_top = top
        self.blocks(following)
        bottom = pdf.get_y() if pdf.page != page else max(pdf.get_y(), top + high + self.mm(3))
        pdf.set_left_margin(margin)
        pdf.set_xy(margin, bottom)

    def heading_points(self, block: Heading) -> float:
        points = HEADINGS.get(block.level, HEADINGS[3])
        return points * 0.72 if self.compact else points

    def heading(self, block: Heading, following: tuple[Block, ...]) -> None:
        pdf = self.pdf
        chapter = block.level <= 1
        if chapter and not self.compact and not self.at_top():
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
            return self.grid_start(block.columns, *_shape(block))
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

    # -- tables ------------------------------------------------------------------------

    def pairs(self, block: Pairs) -> None:
        if not block.items:
            return
        self.grid(None, block.items, (1.0, 2.4), bold_first=True)

    def table(self, block: Table) -> None:
        if not block.columns:
            return
        rows, widths = _shape(block)
        self.grid(block.columns, rows, widths, bold_first=False)

    def grid(
        self,
        header: Sequence[str] | None,
        rows: Sequence[Sequence[str]],
        weights: Sequence[float],
        *,
        bold_first: bool,
    ) -> None:
        """A table: wrapped cells, a header repeated on every page, rows kept whole
        (a row taller than a page continues on the next), light rules between rows."""
        pdf = self.pdf
        pad_x, pad_y = self.mm(1.6), self.mm(1.2)
        widths = self.column_widths(header, rows, weights, 2 * pad_x)
        height = self.line_height(CELL)

        def layout(cells: Sequence[str], bold: Sequence[bool]) -> list[list[str]]:
            return [
                self.lines(cell, w - 2 * pad_x, CELL, bold=b)
                for cell, w, b in zip(cells, widths, bold, strict=True)
            ]

        head = layout(header, [True] * len(widths)) if header else None
        head_height = len(max(head, key=len)) * height + 2 * pad_y if head else 0.0

        def draw(
            cells: list[list[str]], bold: Sequence[bool], fill: str | None, colour: str
        ) -> None:
            lines = max(len(c) for c in cells)
            top, x = pdf.get_y(), pdf.l_margin
            row_height = lines * height + 2 * pad_y
            if fill:
                pdf.set_fill_color(*rgb(fill))
                pdf.rect(x, top, pdf.epw, row_height, style="F")
            for cell, w, b in zip(cells, widths, bold, strict=True):
                pdf.set_y(top + pad_y)
                self.write(cell, CELL, x=x + pad_x, bold=b, colour=colour)
                x += w
            pdf.set_y(top + row_height)
            pdf.set_draw_color(*rgb(RULE))
            pdf.set_line_width(0.2)
            pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + pdf.epw, pdf.get_y())

        def draw_head() -> None:
            if head:
                draw(head, [True] * len(widths), PRIMARY, WHITE)

        self.keep(self._start_height(header, rows, widths))
        draw_head()
        bold = [bold_first and i == 0 for i in range(len(widths))]
        for number, row in enumerate(rows):
            cells = layout(row, bold)
            fill = ZEBRA if header and number % 2 else None
            while cells:
                fits = math.floor((self.room() - 2 * pad_y) / height)
                needed = max(len(c) for c in cells)
                if needed <= fits:
                    draw(cells, bold, fill, TEXT)
                    break
                whole_page = math.floor((self.body_height() - head_height - 2 * pad_y) / height)
                if needed <= whole_page or fits < 3:
                    pdf.add_page()
                    draw_head()
                    continue
                draw([c[:fits] for c in cells], bold, fill, TEXT)
                cells = [c[fits:] for c in cells]
                pdf.add_page()
                draw_head()
        pdf.ln(self.mm(3.5))

    def grid_start(
        self, header: Sequence[str] | None, rows: Sequence[Sequence[str]], weights: Sequence[float]
    ) -> float:
        """The height of a table's header and first row: a table never starts with its
        header alone at the foot of a page."""
        widths = self.column_widths(header, rows, weights, 2 * self.mm(1.6))
        return self._start_height(header, rows, widths)

    def _start_height(
        self, header: Sequence[str] | None, rows: Sequence[Sequence[str]], widths: Sequence[float]
    ) -> float:
        """:meth:`grid_start` for columns already measured."""
        pad_x, pad_y = self.mm(1.6), self.mm(1.2)
        height = self.line_height(CELL)

        def tallest(cells: Sequence[str], bold: bool) -> int:
            found = [
                self.lines(c, w - 2 * pad_x, CELL, bold=bold)
                for c, w in zip(cells, widths, strict=True)
            ]
            return max(map(len, found), default=1)

        head = tallest(header, True) * height + 2 * pad_y if header else 0.0
        first = tallest(rows[0], False) * height + 2 * pad_y if rows else 0.0
        return min(head + first, self.body_height())

    def column_widths(
        self,
        header: Sequence[str] | None,
        rows: Sequence[Sequence[str]],
        weights: Sequence[float],
        padding: float,
    ) -> list[float]:
        """Widths in mm in proportion to *weights*, but no column narrower than its
        longest word, so no word is split ("Streefwaar-de") while other columns have
        room to give. Header words come first: when not every word can fit, only they
        are kept whole."""
        room = self.pdf.epw
        total = sum(weights) or 1.0
        widths = [room * w / total for w in weights]
        points = self.size(CELL)
        cap = room / len(widths) * 1.5  # a URL may still break rather than take a page

        def longest(cells: Sequence[str], bold: bool) -> list[float]:
            return [
                min(max((width(w, points, bold=bold) for w in clean(c).split()), default=0), cap)
                + padding
                + 0.5
                for c in cells
            ]

        heads = longest(header, True) if header else [0.0] * len(widths)
        words = heads
        for row in rows:
            words = [max(a, b) for a, b in zip(words, longest(row, False), strict=True)]
        for needs in (words, heads):
            if sum(needs) <= room:
                return _widen(widths, needs)
        return widths

    # -- findings and charts -----------------------------------------------------------

    def finding_layout(self, block: Finding) -> tuple[float, list[tuple[list[str], bool]], str]:
        """The finding's inner width, its text lines (and whether bold), the fix label."""
        inner = self.pdf.epw - self.mm(8)
        parts = [(self.lines(block.label, inner, BODY, bold=True), True)]
        if block.text:
            parts.append((self.lines(block.text, inner, BODY - 0.5), False))
        prefix = f"{T('common.fix', self.doc.language)}: " if block.fix else ""
        if block.fix:
            first = inner - width(prefix, self.size(BODY - 0.5), bold=True)
            fix = wrap(block.fix, inner, self.size(BODY - 0.5), first=first)
            parts.append((fix, False))
        return inner, parts, prefix

    def finding_height(self, block: Finding) -> float:
        _, parts, _ = self.finding_layout(block)
        height = 2 * self.mm(2.2) + self.line_height(SMALL) + self.mm(1)
        for lines, bold in parts:
            points = BODY if bold else BODY - 0.5
            height += len(lines) * self.line_height(points) + self.mm(0.6)
        return height

    def finding(self, block: Finding) -> None:
        pdf = self.pdf
        tone = TONES[block.level]
        height = self.finding_height(block)
        self.keep(height)
        _, parts, prefix = self.finding_layout(block)
        left, top = pdf.l_margin, pdf.get_y()
        pdf.set_fill_color(*rgb(tone.light))
        pdf.rect(left, top, pdf.epw, height, style="F")
        pdf.set_fill_color(*rgb(tone.strong))
        pdf.rect(left, top, 1.4, height, style="F")
        x = left + self.mm(5)
        pdf.set_xy(x, top + self.mm(2.2))
        badge = clean(level_label(block.level, self.doc.language).upper())
        self.font(SMALL, bold=True, colour=WHITE)
        pdf.set_fill_color(*rgb(tone.badge))
        badge_height = self.line_height(SMALL)
        pdf.cell(pdf.get_string_width(badge) + 3, badge_height, badge, fill=True, align="C")
        pdf.set_y(pdf.get_y() + badge_height + self.mm(1))
        for number, (lines, bold) in enumerate(parts):
            points = BODY if bold else BODY - 0.5
            rest = lines
            if prefix and number == len(parts) - 1:
                self.fix_line(prefix, lines[0], points, x)
                rest = lines[1:]
            self.write(rest, points, x=x, bold=bold)
            pdf.set_y(pdf.get_y() + self.mm(0.6))
        pdf.set_y(top + height + self.mm(2.5))

    def fix_line(self, prefix: str, rest: str, points: float, x: float) -> None:
        """The first line of a fix: the label in bold, then the text."""
        pdf = self.pdf
        height = self.line_height(points)
        label = clean(prefix)
        self.font(points, bold=True)
        label_width = width(label, self.size(points), bold=True)
        pdf.set_x(x)
        pdf.cell(label_width, height, label)
        self.font(points)
        pdf.cell(pdf.w - pdf.r_margin - x - label_width, height, rest)
        pdf.set_y(pdf.get_y() + height)

    def chart_size(self, block: Chart) -> tuple[float, float] | None:
        data = static_charts.png(block.spec)
        if data is None:
            return None
        pixels_wide, pixels_high = static_charts.png_size(data)
        wide = min(block.width_cm * 10 * self.scale, self.pdf.epw)
        limit = self.body_height() * (0.45 if self.compact else 0.92)
        high = wide * pixels_high / pixels_wide
        if high > limit:
            wide, high = wide * limit / high, limit
        return wide, high

    def chart(self, block: Chart) -> None:
        pdf = self.pdf
        data = static_charts.png(block.spec)
        size = self.chart_size(block)
        if data is None or size is None:
            self.paragraph(Paragraph(static_charts.missing(block.title, self.doc.language), "note"))
            return
        wide, high = size
        room = self.room() - 2
        if high > room >= 0.5 * self.body_height():
            # Below its heading on a fresh page: a little smaller rather than apart.
            wide, high = wide * room / high, room
        self.keep(high + 2)
        x = pdf.l_margin + (pdf.epw - wide) / 2
        if not self.draft:
            pdf.image(io.BytesIO(data), x=x, y=pdf.get_y(), w=wide, h=high, alt_text=block.title)
        pdf.set_y(pdf.get_y() + high + self.mm(4))


def _widen(widths: list[float], needs: Sequence[float]) -> list[float]:
    """*widths* with every column at least its need, the others giving in proportion to
    what they have to spare (the needs must fit the total)."""
    out = list(widths)
    short = [i for i, (w, n) in enumerate(zip(out, needs, strict=True)) if w < n]
    donors = [i for i in range(len(out)) if i not in short]
    extra = sum(needs[i] - out[i] for i in short)
    spare = sum(out[i] - needs[i] for i in donors)
    if not short or spare <= 0:
        return out
    for i in short:
        out[i] = needs[i]
    for i in donors:
        out[i] -= extra * (out[i] - needs[i]) / spare
    return out


__all__ = ["Writer"]


def _shape(block: Table) -> tuple[list[tuple[str, ...]], tuple[float, ...]]:
    """A table's rows, each as wide as its header, and its column weights."""
    count = len(block.columns)
    widths = block.widths if block.widths and len(block.widths) == count else (1.0,) * count
    return [(*cells, *("",) * count)[:count] for cells in block.rows], tuple(widths)
