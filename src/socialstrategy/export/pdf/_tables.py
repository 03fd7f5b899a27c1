"""Tables on a PDF page: wrapped cells, repeated headers, columns as wide as their words."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from socialstrategy.export.look import PRIMARY, RULE, TEXT, ZEBRA, rgb
from socialstrategy.export.pdf._canvas import clean, width
from socialstrategy.export.pdf._surface import CELL, WHITE, Surface

if TYPE_CHECKING:
    from collections.abc import Sequence

    from socialstrategy.export.outline import Pairs, Table


class Tables(Surface):
    """Draws :class:`Table` and :class:`Pairs` blocks as grids."""

    def pairs(self, block: Pairs) -> None:
        if not block.items:
            return
        self.grid(None, block.items, (1.0, 2.4), bold_first=True)

    def table(self, block: Table) -> None:
        if not block.columns:
            return
        rows, widths = shape(block)
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
            # A table in a column beside a chart that runs on to a page of full width.
            wider = pdf.epw / sum(widths)
            row_height = lines * height + 2 * pad_y
            if fill:
                pdf.set_fill_color(*rgb(fill))
                pdf.rect(x, top, pdf.epw, row_height, style="F")
            for cell, w, b in zip(cells, widths, bold, strict=True):
                pdf.set_y(top + pad_y)
                self.write(cell, CELL, x=x + pad_x, bold=b, colour=colour)
                x += w * wider
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


def shape(block: Table) -> tuple[list[tuple[str, ...]], tuple[float, ...]]:
    """A table's rows, each as wide as its header, and its column weights."""
    count = len(block.columns)
    widths = block.widths if block.widths and len(block.widths) == count else (1.0,) * count
    return [(*cells, *("",) * count)[:count] for cells in block.rows], tuple(widths)
