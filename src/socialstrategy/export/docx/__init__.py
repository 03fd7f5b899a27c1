"""The outline as a Word document a consultant can edit further.

Everything is built from Word's own parts, so it keeps working when edited: headings in
the Heading 1-3 styles (they feed the navigation pane and a table of contents), bullets
in List Bullet, real tables with a header row that repeats on every page, findings as
shaded paragraphs, charts as pictures with alternative text, page numbers as PAGE and
NUMPAGES fields in the footer. The look lives in the styles, so changing a style
changes the document. A4, with Dutch or English as the proofing language, and the title,
subject, author and language in the document properties.

The modules: ``_measures`` (page geometry and type sizes), ``_styles`` (the named
styles), ``_page`` (A4 and the footer), ``_fields`` (page numbers, table of contents),
``_properties`` (File > Info), ``_xml`` (elements python-docx has no setter for, in the
schema's order) and ``_writer`` (the cover and the blocks).
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

import docx

from socialstrategy.export.docx._measures import Measures
from socialstrategy.export.docx._page import page
from socialstrategy.export.docx._properties import properties
from socialstrategy.export.docx._styles import styles
from socialstrategy.export.docx._writer import Writer
from socialstrategy.export.fit import page_scale

if TYPE_CHECKING:
    from socialstrategy.export.outline import Document


def render(document: Document) -> bytes:
    """*document* as the bytes of a .docx file."""
    word = docx.Document()
    measures = Measures(document.one_page, page_scale(document), short=document.short)
    ids = styles(word, document, measures)
    page(word, document, measures)
    properties(word, document)
    writer = Writer(word, document, measures, ids)
    writer.cover()
    writer.blocks()
    out = io.BytesIO()
    word.save(out)
    return out.getvalue()


__all__ = ["render"]
