"""Word fields: page numbers and the table of contents, which Word fills in itself."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from socialstrategy.export.docx._xml import append, new_element
from socialstrategy.export.texts import T

if TYPE_CHECKING:
    from docx.document import Document as WordDocument
    from docx.text.paragraph import Paragraph as WordParagraph

    from socialstrategy.i18n import Language


def contents(paragraph: WordParagraph, language: Language) -> None:
    """A table of contents field over the Heading 1-3 paragraphs, with links; until
    Word updates it (it asks on opening, :func:`update_on_open`) it says how."""
    field(paragraph, r'TOC \o "1-3" \h \z \u', T("common.contents.update", language))


def update_on_open(word: WordDocument) -> None:
    """Ask Word to update the fields when the document opens (the table of contents
    and the page numbers it holds)."""
    settings = word.settings.element
    new = new_element("w:updateFields", {"val": "true"})
    # Word reads settings in the schema's order: before what follows it there.
    settings.insert_element_before(new, *_AFTER_UPDATE_FIELDS)


#: The settings the schema puts after ``w:updateFields`` (those python-docx's template has).
_AFTER_UPDATE_FIELDS: Final = (
    "w:hdrShapeDefaults",
    "w:footnotePr",
    "w:endnotePr",
    "w:compat",
    "w:docVars",
    "w:rsids",
    "m:mathPr",
    "w:attachedSchema",
    "w:themeFontLang",
    "w:clrSchemeMapping",
    "w:doNotIncludeSubdocsInStats",
    "w:doNotAutoCompressPictures",
    "w:forceUpgrade",
    "w:captions",
    "w:readModeInkLockDown",
    "w:smartTagType",
    "sl:schemaLibrary",
    "w:shapeDefaults",
    "w:doNotEmbedSmartTags",
    "w:decimalSymbol",
    "w:listSeparator",
)


def field(paragraph: WordParagraph, code: str, shown: str = "1") -> None:
    """A Word field such as PAGE, which Word fills in when it lays out the page; until
    then it shows *shown*."""
    for kind in ("begin", "code", "separate", "shown", "end"):
        run = paragraph.add_run()
        if kind == "code":
            instruction = OxmlElement("w:instrText")
            instruction.set(qn("xml:space"), "preserve")
            instruction.text = f" {code} "
            run._r.append(instruction)
        elif kind == "shown":
            run.text = shown
        else:
            append(run._r, "w:fldChar", fldCharType=kind)


__all__ = ["contents", "field", "update_on_open"]
