"""The Word document's frame: page size, styles, footer with page fields, properties.

The look lives in named styles (Heading 1-3, Title, Lead, Note, Finding, Table Text), so
a consultant restyles the whole document by changing a style, as Word intends.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Final

from docx.enum.section import WD_SECTION_START
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from socialstrategy.export.look import MUTED, PRIMARY, TEXT
from socialstrategy.export.texts import T

if TYPE_CHECKING:
    from docx.document import Document as WordDocument
    from docx.styles.style import ParagraphStyle
    from docx.text.paragraph import Paragraph as WordParagraph

    from socialstrategy.export.outline import Document
    from socialstrategy.i18n import Language

FONT: Final = "Calibri"
PAGE_WIDTH, PAGE_HEIGHT = 21.0, 29.7  # A4, cm
TWIPS_PER_CM: Final = 1440 / 2.54
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


def colour(hex_colour: str) -> RGBColor:
    return RGBColor.from_string(hex_colour.lstrip("#").upper())


def hex_value(hex_colour: str) -> str:
    return hex_colour.lstrip("#").upper()


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
    new = _element(tag, attributes)
    element.insert_element_before(new, *SUCCESSORS.get(tag, ()))  # type: ignore[attr-defined]
    return new


def append(parent: object, tag: str, **attributes: str) -> object:
    """Append a new element *tag* with ``w:`` *attributes* to *parent*."""
    element = _element(tag, attributes)
    parent.append(element)  # type: ignore[attr-defined]
    return element


def _element(tag: str, attributes: dict[str, str]) -> object:
    element = OxmlElement(tag)
    for name, value in attributes.items():
        element.set(qn(f"w:{name}"), value)
    return element


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


def contents(paragraph: WordParagraph, language: Language) -> None:
    """A table of contents field over the Heading 1-3 paragraphs, with links; until
    Word updates it (it asks on opening, :func:`update_on_open`) it says how."""
    field(paragraph, r'TOC \o "1-3" \h \z \u', T("common.contents.update", language))


def update_on_open(word: WordDocument) -> None:
    """Ask Word to update the fields when the document opens (the table of contents
    and the page numbers it holds)."""
    settings = word.settings.element
    new = _element("w:updateFields", {"val": "true"})
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


#: Word's core properties hold at most 255 characters (python-docx refuses more).
PROPERTY_LIMIT: Final = 255


def _property(text: str) -> str:
    """*text* on one line, cut to fit a core property, with an ellipsis when cut."""
    line = " ".join(text.split())
    if len(line) <= PROPERTY_LIMIT:
        return line
    return line[: PROPERTY_LIMIT - 1].rstrip() + "…"


def properties(word: WordDocument, document: Document) -> None:
    """Title, subject, author (the organisation), language, dates: Word's File > Info.

    A title or name longer than a property holds is cut there; the document itself
    shows it whole."""
    moment = dt.datetime.combine(document.date, dt.time(), tzinfo=dt.timezone.utc)
    props = word.core_properties
    props.title = _property(document.title)
    props.subject = _property(document.subtitle)
    props.author = _property(document.organisation)
    props.last_modified_by = _property(document.organisation)
    props.language = LOCALES[document.language]
    props.comments = ""
    props.keywords = ""
    props.category = document.kind
    props.created = moment
    props.modified = moment
    props.revision = 1


__all__ = [
    "LOCALES",
    "STYLES",
    "Measures",
    "append",
    "child",
    "colour",
    "field",
    "hex_value",
    "page",
    "properties",
    "styles",
]
