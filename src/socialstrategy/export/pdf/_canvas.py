"""The page and its type: fonts loaded once, text measured and wrapped, the footer.

fpdf2's own line breaking re-measures the whole line for every character it adds,
which made a 40-page report take seconds; text here is wrapped once, with word widths
cached, and each line is then placed as a single cell. That also makes every height
known before anything is drawn, so findings, table rows and headings can be kept
together exactly.
"""

from __future__ import annotations

import copy
import functools
import io
import re
import unicodedata
from importlib import resources
from typing import TYPE_CHECKING, Any, Final

from fontTools import ttLib  # type: ignore[import-untyped]
from fpdf import FPDF
from fpdf.fonts import TTFFont

from socialstrategy.export.look import FONT_BOLD, FONT_REGULAR, MUTED, RULE, rgb
from socialstrategy.export.texts import T

if TYPE_CHECKING:
    from socialstrategy.export.outline import Document

FAMILY: Final = "DejaVu"
PT: Final = 25.4 / 72  # millimetres per point
#: What a character the fonts lack is printed as.
NO_GLYPH: Final = "□"
#: Marks that only modify the character before them (emoji presentation, joiners).
_INVISIBLE: Final = frozenset("\u200d\ufe0e\ufe0f")
#: A line may break after the hyphen or slash inside a compound: "Facebook-|pagina".
# After the hyphen or slash of a compound of words ("Webcare-|dashboard"), not inside a
# date or number ("31-03-2027" stays whole).
_COMPOUND: Final = re.compile(r"(?<=[^\W\d][-/])(?=[^\W\d])")


class Canvas(FPDF):
    """An A4 PDF that knows its document, for the footer."""

    document: Document
    numbered_from: int = 1
    bookmark_level: int = -1
    #: Set once a second page is begun: a one-page document that needs two (its type
    #: would be too small to read on one) numbers them, so a reader turns the card over.
    turned: bool = False
    #: The page's own left margin while a column beside a chart narrows it: a column
    #: that runs on to the next page goes on there at full width (its chart stays
    #: behind), and the footer keeps the page's margins.
    page_margin: float | None = None

    def add_page(self, *args: Any, **kwargs: Any) -> None:
        if self.page_no() >= 1:
            self.turned = True  # before the footer of the page that ends is written
        if self.page_margin is not None:
            self.set_left_margin(self.page_margin)
            self.page_margin = None
        super().add_page(*args, **kwargs)

    def footer(self) -> None:
        if self.page_no() < self.numbered_from:
            return
        doc = self.document
        self.set_y(-12)
        self.set_font(FAMILY, "", 7.5)
        self.set_text_color(*rgb(MUTED))
        self.set_draw_color(*rgb(RULE))
        self.set_line_width(0.2)
        self.line(self.l_margin, self.get_y() - 1.5, self.w - self.r_margin, self.get_y() - 1.5)
        left = " · ".join(clean(part) for part in (doc.organisation, doc.title) if part)
        if doc.one_page and not self.turned:
            self.cell(self.epw, 4, _shorten(self, left, self.epw), align="L")
            return
        page = T("common.page", doc.language, page=self.page_no(), pages="{nb}")
        width = self.get_string_width(page) + 2
        self.cell(self.epw - width, 4, _shorten(self, left, self.epw - width - 6), align="L")
        self.cell(width, 4, page, align="R")


def _shorten(pdf: FPDF, text: str, width: float) -> str:
    if pdf.get_string_width(text) <= width:
        return text
    while text and pdf.get_string_width(text + "…") > width:
        text = text[:-1]
    return text.rstrip() + "…"


@functools.cache
def _template() -> Canvas:
    """A PDF with the fonts loaded: parsing them costs far more than copying them."""
    pdf = Canvas(orientation="portrait", unit="mm", format="A4")
    for style, name in (("", FONT_REGULAR), ("B", FONT_BOLD)):
        with resources.as_file(resources.files("socialstrategy.export") / "fonts" / name) as path:
            pdf.add_font(FAMILY, style, str(path))
    return pdf


#: Font tables fpdf2 never uses (it does no shaping) and drops from the subset anyway:
#: left in, the subsetter still reads them, which is most of the cost of writing a PDF.
_UNUSED_TABLES: Final = ("FFTM", "GDEF", "GPOS", "GSUB", "MATH", "kern")


@functools.cache
def _font_bytes(name: str) -> bytes:
    """The font file *name* without the tables fpdf2 has no use for."""
    data = (resources.files("socialstrategy.export") / "fonts" / name).read_bytes()
    font = ttLib.TTFont(io.BytesIO(data), recalcTimestamp=False, lazy=True)
    for tag in _UNUSED_TABLES:
        if tag in font:
            del font[tag]
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


def new_canvas() -> Canvas:
    """A fresh PDF with the fonts loaded, copied from the template.

    fpdf2 shares a copied font's fontTools object, which writing the PDF subsets in
    place: each copy gets its own, opened lazily from the cached bytes, so only the
    glyphs the document uses are ever read.
    """
    template = _template()
    # Metrics never change once a font is loaded: share them rather than copy them.
    shared: dict[int, object] = {}
    for font in template.fonts.values():
        if isinstance(font, TTFFont):
            shared.update({id(font.cw): font.cw, id(font.glyph_ids): font.glyph_ids})
    pdf = copy.deepcopy(template, shared)
    for font in pdf.fonts.values():
        if isinstance(font, TTFFont):
            name = FONT_BOLD if font.fontkey == _key(bold=True) else FONT_REGULAR
            data = io.BytesIO(_font_bytes(name))
            font.ttfont = ttLib.TTFont(data, recalcTimestamp=False, lazy=True)
    return pdf


def _key(*, bold: bool) -> str:
    return FAMILY.lower() + ("B" if bold else "")


@functools.cache
def _advances(bold: bool) -> dict[int, int]:
    """Advance width per code point, in thousandths of the font size."""
    font = _template().fonts[_key(bold=bold)]
    assert isinstance(font, TTFFont)
    return {code: int(font.cw[code]) for code in font.cmap}


@functools.cache
def _glyphs() -> frozenset[int]:
    """The code points both shipped fonts can draw."""
    return frozenset(_advances(bold=False).keys() & _advances(bold=True).keys())


def clean(text: str) -> str:
    """*text* with what the fonts cannot draw replaced and invisible marks dropped."""
    glyphs = _glyphs()
    if all(ord(char) in glyphs and char not in _INVISIBLE for char in text):
        return text
    out = []
    for char in text:
        if char in _INVISIBLE:
            continue
        if ord(char) in glyphs or char in "\n\t":
            out.append(char)
        elif unicodedata.category(char) not in {"Mn", "Cf"}:
            out.append(NO_GLYPH)
    return "".join(out)


@functools.lru_cache(maxsize=65536)
def _units(text: str, bold: bool) -> int:
    advances = _advances(bold)
    return sum(advances.get(ord(char), 600) for char in text)


def width(text: str, size: float, *, bold: bool = False) -> float:
    """The width of *text* in millimetres at *size* points."""
    return _units(text, bold) * size * PT / 1000


def wrap(
    text: str, room: float, size: float, *, bold: bool = False, first: float | None = None
) -> list[str]:
    """*text* in lines no wider than *room* mm (the first line *first* mm, if given).

    Lines break at spaces, after the hyphen or slash of a compound, at the newlines of
    the text, and inside a word only when the word alone is wider than a line.
    """
    lines: list[str] = []
    space = width(" ", size, bold=bold)
    for paragraph in clean(text).split("\n"):
        line, used = "", 0.0
        limit = room if first is None or lines else first
        for word in paragraph.split():
            for index, part in enumerate(_COMPOUND.split(word)):
                glue = space if line and index == 0 else 0.0
                wide = width(part, size, bold=bold)
                if line and used + glue + wide > limit:
                    lines.append(line)
                    line, used, glue = "", 0.0, 0.0
                    limit = room
                line += (" " if glue else "") + part
                used += glue + wide
                while used > limit and len(line) > 1:
                    head = _fitting(line, limit, size, bold)
                    lines.append(head)
                    line = line[len(head) :]
                    used = width(line, size, bold=bold)
                    limit = room
        lines.append(line)
    return lines


def _fitting(text: str, room: float, size: float, bold: bool) -> str:
    """The longest start of *text* (at least one character) that fits *room*."""
    end = len(text)
    while end > 1 and width(text[:end], size, bold=bold) > room:
        end -= 1
    return text[:end]


__all__ = ["FAMILY", "PT", "Canvas", "clean", "new_canvas", "width", "wrap"]
