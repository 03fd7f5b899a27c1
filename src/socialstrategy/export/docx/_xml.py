"""WordprocessingML elements python-docx has no setter for, added in the schema's order.

WordprocessingML fixes the order of an element's children, and Word calls a file with
them out of order damaged: :func:`child` puts each new element before the ones the
schema lets follow it (:data:`SUCCESSORS`).
"""

from __future__ import annotations

from typing import Final

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

_PPR_TAIL: Final = (
    "w:suppressAutoHyphens",
    "w:kinsoku",
    "w:wordWrap",
    "w:overflowPunct",
    "w:topLinePunct",
    "w:autoSpaceDE",
    "w:autoSpaceDN",
    "w:bidi",
    "w:adjustRightInd",
    "w:snapToGrid",
    "w:spacing",
    "w:ind",
    "w:contextualSpacing",
    "w:mirrorIndents",
    "w:suppressOverlap",
    "w:jc",
    "w:textDirection",
    "w:textAlignment",
    "w:textboxTightWrap",
    "w:outlineLvl",
    "w:divId",
    "w:cnfStyle",
    "w:rPr",
    "w:sectPr",
    "w:pPrChange",
)
_RPR_TAIL: Final = ("w:eastAsianLayout", "w:specVanish", "w:oMath")
#: The elements that must follow each element this module adds (WordprocessingML fixes
#: the order of children; Word calls a file with them out of order damaged).
SUCCESSORS: Final[dict[str, tuple[str, ...]]] = {
    "w:pBdr": ("w:shd", "w:tabs", *_PPR_TAIL),
    "w:shd": (
        "w:tabs",
        *_PPR_TAIL,
        "w:noWrap",
        "w:tcMar",
        "w:textDirection",
        "w:tcFitText",
        "w:vAlign",
        "w:hideMark",
        "w:headers",
        "w:cellIns",
        "w:cellDel",
        "w:cellMerge",
        "w:tcPrChange",
    ),
    "w:tabs": _PPR_TAIL,
    "w:rFonts": (
        "w:b",
        "w:bCs",
        "w:i",
        "w:iCs",
        "w:caps",
        "w:smallCaps",
        "w:strike",
        "w:dstrike",
        "w:outline",
        "w:shadow",
        "w:emboss",
        "w:imprint",
        "w:noProof",
        "w:snapToGrid",
        "w:vanish",
        "w:webHidden",
        "w:color",
        "w:spacing",
        "w:w",
        "w:kern",
        "w:position",
        "w:sz",
        "w:szCs",
        "w:highlight",
        "w:u",
        "w:effect",
        "w:bdr",
        "w:fitText",
        "w:vertAlign",
        "w:rtl",
        "w:cs",
        "w:em",
        "w:lang",
        *_RPR_TAIL,
    ),
    "w:lang": _RPR_TAIL,
    "w:tblBorders": (
        "w:tblLayout",
        "w:tblCellMar",
        "w:tblLook",
        "w:tblCaption",
        "w:tblDescription",
        "w:tblPrChange",
    ),
    "w:tblCellMar": ("w:tblLook", "w:tblCaption", "w:tblDescription", "w:tblPrChange"),
}


def child(parent: object, tag: str, **attributes: str) -> object:
    """Replace child *tag* of the XML element *parent* by a new one with *attributes*,
    in the place the schema gives it."""
    element = parent  # an lxml element: python-docx's oxml layer is untyped
    for old in element.findall(qn(tag)):  # type: ignore[attr-defined]
        element.remove(old)  # type: ignore[attr-defined]
    new = new_element(tag, attributes)
    element.insert_element_before(new, *SUCCESSORS.get(tag, ()))  # type: ignore[attr-defined]
    return new


def append(parent: object, tag: str, **attributes: str) -> object:
    """Append a new element *tag* with ``w:`` *attributes* to *parent*."""
    element = new_element(tag, attributes)
    parent.append(element)  # type: ignore[attr-defined]
    return element


def new_element(tag: str, attributes: dict[str, str]) -> object:
    """A new element *tag* with ``w:`` *attributes*, not yet in the tree."""
    element = OxmlElement(tag)
    for name, value in attributes.items():
        element.set(qn(f"w:{name}"), value)
    return element


__all__ = ["SUCCESSORS", "append", "child", "new_element"]
