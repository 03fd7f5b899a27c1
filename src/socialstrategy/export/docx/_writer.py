"""Writing the cover and the blocks into the Word document.

Paragraph styles are set by style id and table cells through their XML: python-docx's
friendly setters look a style up among all styles on every call, which made a long
report take seconds.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt
from docx.text.paragraph import Paragraph as WordParagraph

from socialstrategy.export import static_charts
from socialstrategy.export.docx._fields import contents, update_on_open
from socialstrategy.export.docx._styles import colour, hex_value
from socialstrategy.export.docx._xml import append, child
from socialstrategy.export.look import MUTED, PRIMARY, RULE, TONES, ZEBRA, level_label
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
from socialstrategy.export.texts import T

if TYPE_CHECKING:
    from collections.abc import Sequence

    from docx.document import Document as WordDocument
    from docx.table import Table as WordTable
    from docx.table import _Cell

    from socialstrategy.export.docx._measures import Measures
    from socialstrategy.export.outline import Block, Document


class Writer:
    def __init__(
        self, word: WordDocument, document: Document, measures: Measures, ids: dict[str, str]
    ) -> None:
        self.word = word
        self.doc = document
        self.measures = measures
        self.ids = ids
        self.fresh = True  # nothing on the current page yet
        self.pending_break = False
        #: Where blocks go (the document, or a table cell beside a chart) and its width.
        self.box: WordDocument | _Cell = word
        self.width = measures.text_width

    def paragraph(self, text: str = "", style: str = "Normal") -> WordParagraph:
        paragraph = self.box.add_paragraph()
        if style != "Normal":
            paragraph._p.style = self.ids[style]
        if text:
            paragraph.add_run(text)
        if self.pending_break:
            paragraph.paragraph_format.page_break_before = True
            self.pending_break = False
        self.fresh = False
        return paragraph

    def new_page(self) -> None:
        if not self.fresh:
            self.pending_break = True
            self.fresh = True

    def cover(self) -> None:
        doc = self.doc
        banded = doc.one_page or doc.short  # the title on the first page, no cover page
        if doc.organisation:
            organisation = self.paragraph(doc.organisation, "Organisation")
            if not banded:
                organisation.paragraph_format.space_before = Cm(6)
        self.paragraph(doc.title, "Title")
        if doc.subtitle:
            self.paragraph(doc.subtitle, "Subtitle")
        if banded:
            if doc.cover:
                line = "   ·   ".join(f"{label}: {value}" for label, value in doc.cover)
                self.paragraph(line, "Note")
            return
        for label, value in doc.cover:
            paragraph = self.paragraph("", "Cover Line")
            paragraph.add_run(f"{label}: ").font.color.rgb = colour(MUTED)
            paragraph.add_run(value).bold = True
        self.new_page()
        if doc.contents:
            self.paragraph(T("common.contents", doc.language), "Contents Heading")
            contents(self.paragraph(), doc.language)
            update_on_open(self.word)
            self.new_page()

    def blocks(self, blocks: tuple[Block, ...] | None = None) -> None:
        blocks = self.doc.blocks if blocks is None else blocks
        index = 0
        while index < len(blocks):
            block = blocks[index]
            index += 1
            if isinstance(block, Chart) and self.beside(block) and index < len(blocks):
                # What follows, up to the next chart, is set to the right of this one.
                end = next_chart(blocks, index)
                self.chart_beside(block, blocks[index:end])
                index = end
            elif isinstance(block, Heading):
                self.heading(block)
            elif isinstance(block, Paragraph):
                style = {"lead": "Lead", "note": "Note"}.get(block.style, "Normal")
                self.paragraph(block.text, style)
            elif isinstance(block, Bullets):
                for item in block.items:
                    self.paragraph(item, "List Bullet")
            elif isinstance(block, Pairs):
                if block.items:
                    self.grid(None, block.items, (1.0, 2.4), bold_first=True)
            elif isinstance(block, Table):
                self.table(block)
            elif isinstance(block, Finding):
                self.finding(block)
            elif isinstance(block, Chart):
                self.chart(block)
            elif isinstance(block, PageBreak):
                self.new_page()

    def heading(self, block: Heading) -> None:
        # Chapters flow on, kept with what follows (the heading styles): Word lays out
        # the pages itself, and a break before every chapter left pages mostly empty
        # (issue 12: no page less than a third full unless its chapter ends there).
        self.paragraph(block.text, f"Heading {min(max(block.level, 1), 3)}")

    def table(self, block: Table) -> None:
        count = len(block.columns)
        if not count:
            return
        rows = [(*cells, *("",) * count)[:count] for cells in block.rows]
        self.grid(block.columns, rows, block.widths, bold_first=False)

    def grid(
        self,
        header: Sequence[str] | None,
        rows: Sequence[Sequence[str]],
        weights: Sequence[float] | None,
        *,
        bold_first: bool,
    ) -> None:
        """A real Word table: header row repeated on every page, rows never split."""
        if self.pending_break:
            self.paragraph("", "Table Text")
        self.fresh = False
        count = len(header) if header else len(rows[0])
        widths = _widths(weights, count, self.width)
        lines = [*([header] if header else []), *rows]
        table = self.box.add_table(rows=len(lines), cols=count)
        _look(table, widths)
        style = self.ids["Table Text"]
        for number, (tr, cells) in enumerate(zip(table._tbl.tr_lst, lines, strict=True)):
            heading = header is not None and number == 0
            properties = tr.get_or_add_trPr()
            append(properties, "w:cantSplit", val="true")
            if heading:
                append(properties, "w:tblHeader", val="true")
            zebra = header is not None and not heading and number % 2 == 0
            for column, (tc, text, width) in enumerate(zip(tr.tc_lst, cells, widths, strict=True)):
                tc.width = Cm(width)
                if heading or zebra:
                    shade = PRIMARY if heading else ZEBRA
                    child(
                        tc.get_or_add_tcPr(),
                        "w:shd",
                        val="clear",
                        color="auto",
                        fill=hex_value(shade),
                    )
                p = tc.p_lst[0]
                p.style = style
                run = WordParagraph(p, table).add_run(text)
                if heading:
                    run.bold = True
                    run.font.color.rgb = colour("#ffffff")
                elif bold_first and column == 0:
                    run.bold = True
        # A little air below the table (Word sets the next paragraph right against it,
        # and a table cell must end in a paragraph).
        spacer = self.paragraph("", "Table Text").paragraph_format
        spacer.space_after = Pt(0 if self.doc.one_page else 4)
        if self.doc.one_page:
            spacer.line_spacing = Pt(4)

    def finding(self, block: Finding) -> None:
        tone = TONES[block.level]
        head = self.paragraph("", "Finding")
        badge = head.add_run(level_label(block.level, self.doc.language).upper())
        badge.bold = True
        badge.font.size = Pt(self.measures.body - 2.5)
        badge.font.color.rgb = colour(tone.badge)
        head.add_run("  ")
        head.add_run(block.label).bold = True
        lines = [head]
        if block.text:
            lines.append(self.paragraph(block.text, "Finding"))
        if block.fix:
            fix = self.paragraph("", "Finding")
            fix.add_run(f"{T('common.fix', self.doc.language)}: ").bold = True
            fix.add_run(block.fix)
            lines.append(fix)
        for number, line in enumerate(lines):
            _box(line, tone.light, tone.strong)
            fmt = line.paragraph_format
            fmt.keep_with_next = number < len(lines) - 1
            fmt.space_before = Pt(3) if number == 0 else Pt(0)
            fmt.space_after = Pt(0)
        # An unbordered line between findings: Word joins neighbouring paragraphs with
        # the same border into one box, which would make two findings look like one.
        spacer = self.paragraph("", "Table Text").paragraph_format
        spacer.line_spacing = Pt(6 * self.measures.spacing)
        spacer.space_after = Pt(0)

    def chart_width(self, block: Chart) -> float | None:
        """The width in cm *block* is shown at, or None when it cannot be drawn."""
        limit = self.measures.text_height * (0.45 if self.doc.one_page else 0.9)
        planned = block.width_cm * self.measures.chart_scale
        size = static_charts.fitted(block.spec, planned, self.width, limit, unit_mm=10)
        return None if size is None else size[0]

    def chart(self, block: Chart, paragraph: WordParagraph | None = None) -> None:
        data = static_charts.png(block.spec)
        width = self.chart_width(block)
        if data is None or width is None:
            self.paragraph(static_charts.missing(block.title, self.doc.language), "Note")
            return
        if paragraph is None:
            paragraph = self.paragraph("", "Chart")
        shape = paragraph.add_run().add_picture(io.BytesIO(data), width=Cm(width))
        # Alternative text, for screen readers and Word's accessibility checker.
        shape._inline.docPr.set("descr", block.title)
        shape._inline.docPr.set("title", block.title)

    def beside(self, block: Chart) -> bool:
        """Whether *block* is a narrow chart on a one-page document, set beside the text
        that follows it, so the page holds more."""
        width = self.chart_width(block)
        return (
            self.doc.one_page
            and self.box is self.word
            and width is not None
            and (width <= 0.5 * self.width)
        )

    def chart_beside(self, block: Chart, following: tuple[Block, ...]) -> None:
        """A borderless two-column table: the chart left, *following* right."""
        width = self.chart_width(block) or 0.0
        gap = 0.5
        widths = (width + gap, self.width - width - gap)
        table = self.box.add_table(rows=1, cols=2)
        _layout(table, widths)
        left, right = table.rows[0].cells
        picture = left.paragraphs[0]
        picture._p.style = self.ids["Chart"]
        picture.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT
        self.chart(block, picture)
        outer = self.width
        self.box, self.width = right, widths[1] - 0.3
        first = right.paragraphs[0]
        self.blocks(following)
        if len(right._tc) > 2:  # tcPr, the empty paragraph, and what was written
            right._tc.remove(first._p)
        self.box, self.width = self.word, outer
        self.fresh = False


def _widths(weights: Sequence[float] | None, count: int, total: float) -> list[float]:
    if not weights or len(weights) != count or sum(weights) <= 0:
        return [total / count] * count
    scale = total / sum(weights)
    return [w * scale for w in weights]


def _layout(table: WordTable, widths: Sequence[float]) -> None:
    """A table used for layout only: fixed widths, no borders, no cell padding."""
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    for column, width in zip(table._tbl.tblGrid.gridCol_lst, widths, strict=True):
        column.w = Cm(width)
    for tc, width in zip(table._tbl.tr_lst[0].tc_lst, widths, strict=True):
        tc.width = Cm(width)
    borders = child(table._tbl.tblPr, "w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        append(borders, f"w:{edge}", val="nil")
    margins = child(table._tbl.tblPr, "w:tblCellMar")
    for edge in ("top", "left", "bottom", "right"):
        append(margins, f"w:{edge}", w="0", type="dxa")


def _look(table: WordTable, widths: Sequence[float]) -> None:
    """Light horizontal rules, no vertical lines, fixed column widths (also in the grid,
    where LibreOffice reads them)."""
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    for column, width in zip(table._tbl.tblGrid.gridCol_lst, widths, strict=True):
        column.w = Cm(width)
    properties = table._tbl.tblPr
    borders = child(properties, "w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):  # schema order
        if edge in {"top", "bottom", "insideH"}:
            append(borders, f"w:{edge}", val="single", sz="4", space="0", color=hex_value(RULE))
        else:
            append(borders, f"w:{edge}", val="nil")
    margins = child(properties, "w:tblCellMar")
    for edge, size in (("top", "45"), ("left", "85"), ("bottom", "45"), ("right", "85")):
        append(margins, f"w:{edge}", w=size, type="dxa")


def _box(paragraph: WordParagraph, fill: str, edge: str) -> None:
    """Shade *paragraph* and give it a coloured left edge; neighbours with the same
    settings join into one box in Word."""
    properties = paragraph._p.get_or_add_pPr()
    border = child(properties, "w:pBdr")
    append(border, "w:left", val="single", sz="24", space="8", color=hex_value(edge))
    child(properties, "w:shd", val="clear", color="auto", fill=hex_value(fill))


__all__ = ["Writer"]
