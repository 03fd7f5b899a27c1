"""The named styles that carry the look: Normal, Title, Heading 1-3, Lead, Note, Finding,
Table Text and the rest of :data:`STYLES`.

A consultant restyles the whole document by changing a style, as Word intends. Normal
also carries the proofing language (:data:`LOCALES`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from socialstrategy.export.docx._xml import append, child
from socialstrategy.export.look import MUTED, PRIMARY, TEXT

if TYPE_CHECKING:
    from docx.document import Document as WordDocument
    from docx.styles.style import ParagraphStyle

    from socialstrategy.export.docx._measures import Measures
    from socialstrategy.export.outline import Document
    from socialstrategy.i18n import Language

FONT: Final = "Calibri"
LOCALES: Final[dict[Language, str]] = {"nl": "nl-NL", "en": "en-GB"}
#: The paragraph styles the writer uses, by name.
STYLES: Final = (
    "Normal",
    "Title",
    "Subtitle",
    "Heading 1",
    "Heading 2",
    "Heading 3",
    "List Bullet",
    "Lead",
    "Note",
    "Finding",
    "Table Text",
    "Chart",
    "Cover Line",
    "Organisation",
    "Contents Heading",
)


def colour(hex_colour: str) -> RGBColor:
    return RGBColor.from_string(hex_colour.lstrip("#").upper())


def hex_value(hex_colour: str) -> str:
    return hex_colour.lstrip("#").upper()


def _fonts(rpr: object) -> None:
    child(rpr, "w:rFonts", ascii=FONT, hAnsi=FONT, cs=FONT, eastAsia=FONT)


def styles(word: WordDocument, document: Document, measures: Measures) -> dict[str, str]:
    """Set up the styles; returns the style id of each name in :data:`STYLES`."""
    styles = word.styles
    locale = LOCALES[document.language]
    normal = styles["Normal"]
    normal.font.size = Pt(measures.body)
    normal.font.color.rgb = colour(TEXT)
    rpr = normal.element.get_or_add_rPr()
    _fonts(rpr)
    child(rpr, "w:lang", val=locale, eastAsia=locale, bidi=locale)
    normal.paragraph_format.space_after = Pt(measures.body * 0.55)
    normal.paragraph_format.line_spacing = 1.0 if document.one_page else 1.1
    _headings(word, document, measures)
    for name, size, tone in (
        ("Title", measures.title[0], TEXT),
        ("Subtitle", measures.title[1], MUTED),
    ):
        style = styles[name]
        style.font.size = Pt(size)
        style.font.color.rgb = colour(tone)
        style.font.italic = False
        _fonts(style.element.get_or_add_rPr())
        # The template's Title has a blue rule under it; the cover has its own look.
        ppr = style.element.get_or_add_pPr()
        for old in ppr.findall(qn("w:pBdr")):
            ppr.remove(old)
        style.paragraph_format.space_after = Pt(size * 0.4)
    styles["Title"].font.bold = True
    _add(word, "Lead", measures.body + 1.5, TEXT).paragraph_format.space_after = Pt(measures.body)
    _add(word, "Note", measures.body - 1.5, MUTED)
    _add(word, "Table Text", measures.table, TEXT).paragraph_format.space_after = Pt(0)
    finding = _add(word, "Finding", measures.body - 0.5, TEXT)
    finding.paragraph_format.space_after = Pt(0)
    finding.paragraph_format.left_indent = Cm(0.35)
    finding.paragraph_format.right_indent = Cm(0.2)
    finding.paragraph_format.keep_together = True
    chart = _add(word, "Chart", measures.body, TEXT)
    chart.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    chart.paragraph_format.keep_together = True
    _add(word, "Cover Line", measures.body + 1, TEXT).paragraph_format.space_after = Pt(2)
    organisation = _add(word, "Organisation", measures.body + 1, PRIMARY)
    organisation.font.bold = True
    organisation.font.all_caps = True
    organisation.paragraph_format.space_after = Pt(2)
    # Not a Heading style: the table of contents does not list itself.
    contents = _add(word, "Contents Heading", measures.headings[0], PRIMARY)
    contents.font.bold = True
    contents.paragraph_format.space_after = Pt(measures.headings[0] * 0.6)
    return {name: styles[name].style_id for name in STYLES}


def _headings(word: WordDocument, document: Document, measures: Measures) -> None:
    for level, size in enumerate(measures.headings, start=1):
        heading = word.styles[f"Heading {level}"]
        heading.font.size = Pt(size)
        heading.font.bold = True
        heading.font.italic = False
        heading.font.color.rgb = colour(TEXT if level == 2 else PRIMARY)
        _fonts(heading.element.get_or_add_rPr())
        fmt = heading.paragraph_format
        fmt.space_before = Pt(size * (1.1 if level == 1 else 0.8) * measures.spacing)
        fmt.space_after = Pt(size * 0.35)
        fmt.keep_with_next = True
    rule = word.styles["Heading 1"].element.get_or_add_pPr()
    border = child(rule, "w:pBdr")
    append(border, "w:bottom", val="single", sz="8", space="4", color=hex_value(PRIMARY))


def _add(word: WordDocument, name: str, size: float, tone: str) -> ParagraphStyle:
    style: ParagraphStyle = word.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = word.styles["Normal"]
    style.quick_style = True
    style.font.size = Pt(size)
    style.font.color.rgb = colour(tone)
    return style


__all__ = ["FONT", "LOCALES", "STYLES", "colour", "hex_value", "styles"]
