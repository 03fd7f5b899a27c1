"""The page's geometry and the type sizes, for a report or a one-page document."""

from __future__ import annotations

from typing import Final

PAGE_WIDTH, PAGE_HEIGHT = 21.0, 29.7  # A4, cm
TWIPS_PER_CM: Final = 1440 / 2.54


class Measures:
    """Page geometry and type sizes.

    A one-page document is set at *scale*: the scale at which the PDF of the same
    document fits its page, a little larger because Calibri runs narrower than DejaVu.
    A short document has a smaller title: it stands above the first chapter.
    """

    def __init__(self, one_page: bool, scale: float = 1.0, *, short: bool = False) -> None:
        factor = min(1.0, scale * 1.08) if one_page else 1.0
        self.margin = 1.4 if one_page else 2.3
        self.text_width = PAGE_WIDTH - 2 * self.margin
        self.text_height = PAGE_HEIGHT - 2 * self.margin - 1.5
        self.body = 10.5 * factor
        self.table = 9.0 * factor
        headings = (18.0, 14.0, 11.5)
        self.headings = tuple(size * factor * (0.72 if one_page else 1) for size in headings)
        self.title = (17.0 * factor, 9.0 * factor) if one_page else (28.0, 14.0)
        if short:  # the title above the first chapter, not on a cover page of its own
            self.title = (22.0, 12.0)
        self.spacing = 0.5 if one_page else 1.0
        self.chart_scale = factor


__all__ = ["PAGE_HEIGHT", "PAGE_WIDTH", "TWIPS_PER_CM", "Measures"]
