"""The page: A4, its margins, and a footer with the title and the page numbers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from docx.enum.section import WD_SECTION_START
from docx.shared import Cm, Pt

from socialstrategy.export.docx._fields import field
from socialstrategy.export.docx._measures import PAGE_HEIGHT, PAGE_WIDTH, TWIPS_PER_CM
from socialstrategy.export.docx._styles import colour
from socialstrategy.export.docx._xml import append, child
from socialstrategy.export.look import MUTED
from socialstrategy.export.texts import T

if TYPE_CHECKING:
    from docx.document import Document as WordDocument

    from socialstrategy.export.docx._measures import Measures
    from socialstrategy.export.outline import Document


def page(word: WordDocument, document: Document, measures: Measures) -> None:
    """A4 with the margins of *measures*; a footer with the organisation, the title and
    "Pagina n van m" as PAGE and NUMPAGES fields (not on the cover of a report)."""
    section = word.sections[0]
    section.start_type = WD_SECTION_START.NEW_PAGE
    section.page_width, section.page_height = Cm(PAGE_WIDTH), Cm(PAGE_HEIGHT)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(measures.margin))
    section.footer_distance = Cm(measures.margin / 2)
    section.different_first_page_header_footer = not (document.one_page or document.short)
    # One right-aligned tab at the text edge (the template's stops are for Letter).
    footer_style = word.styles["Footer"]
    tabs = child(footer_style.element.get_or_add_pPr(), "w:tabs")
    append(tabs, "w:tab", val="right", pos=str(round(measures.text_width * TWIPS_PER_CM)))
    footer_style.font.size = Pt(7.5)
    footer_style.font.color.rgb = colour(MUTED)
    footer = section.footer.paragraphs[0]
    footer.style = footer_style
    footer.add_run(" · ".join(part for part in (document.organisation, document.title) if part))
    footer.add_run("\t" + T("common.page.word", document.language) + " ")
    field(footer, "PAGE")
    footer.add_run(" " + T("common.page.of", document.language) + " ")
    field(footer, "NUMPAGES")


__all__ = ["page"]
