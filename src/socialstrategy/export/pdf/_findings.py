"""Findings on a PDF page: a tinted box with the level's badge, the text and the fix."""

from __future__ import annotations

from typing import TYPE_CHECKING

from socialstrategy.export.look import TONES, level_label, rgb
from socialstrategy.export.pdf._canvas import clean, width, wrap
from socialstrategy.export.pdf._surface import BODY, SMALL, WHITE, Surface
from socialstrategy.export.texts import T

if TYPE_CHECKING:
    from socialstrategy.export.outline import Finding


class Findings(Surface):
    """Draws :class:`Finding` blocks, and measures them so they are kept whole."""

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
