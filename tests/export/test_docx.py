"""Word: real headings, tables, bullets and pictures a consultant can keep editing."""

from __future__ import annotations

import io

import docx
import pytest
from docx.document import Document as WordDocument
from docx.oxml.ns import qn

from socialstrategy.export import static_charts
from socialstrategy.export.docx import render
from socialstrategy.export.docx._styles import LOCALES
from socialstrategy.export.look import level_label
from socialstrategy.export.outline import (
    Bullets,
    Chart,
    Document,
    Finding,
    Heading,
    PageBreak,
    Pairs,
    Paragraph,
    Table,
)
from socialstrategy.i18n import Language
from tests.export.outlines import OUTLINES, SCRIPT, TODAY, texts
from tests.export.rendered import BUILD_IDS, BUILDS, charts, example, sample, squeeze


def _open(data: bytes) -> WordDocument:
    return docx.Document(io.BytesIO(data))


def _tables(word: WordDocument) -> list[object]:
    """The data tables in reading order, nested ones too: a one-page document sets the
    text beside a chart in a borderless layout table, which does not count."""
    found = []
    for element in word.element.body.iter(qn("w:tbl")):
        top = element.find(f"{qn('w:tblPr')}/{qn('w:tblBorders')}/{qn('w:top')}")
        if top is None or top.get(qn("w:val")) != "nil":
            found.append(docx.table.Table(element, word))
    return found


def _paragraphs(word: WordDocument) -> list[object]:
    """Every paragraph in reading order, those inside layout tables included."""
    out = []
    for element in word.element.body.iter(qn("w:p")):
        out.append(docx.text.paragraph.Paragraph(element, word))
    return out


def _all_text(word: WordDocument) -> str:
    return "\n".join(p.text for p in _paragraphs(word))


@pytest.fixture(scope="module", params=sorted(OUTLINES))
def word(request: pytest.FixtureRequest) -> tuple[Document, WordDocument]:
    """Each hand-made outline, rendered and opened once for this module."""
    document, data = sample("docx", request.param)
    return document, _open(data)


def test_headings_use_the_heading_styles(word: tuple[Document, WordDocument]) -> None:
    """Levels 1-3 in Heading 1-3, so the navigation pane and a table of contents work;
    the title in the Title style."""
    document, opened = word
    styled = [
        (p.style.name, p.text)
        for p in _paragraphs(opened)
        if p.style is not None and p.style.name.startswith(("Heading", "Title"))
    ]
    expected = [("Title", document.title)] + [
        (f"Heading {min(max(b.level, 1), 3)}", b.text)
        for b in document.blocks
        if isinstance(b, Heading)
    ]
    assert styled == expected


def test_chapters_flow_on_and_headings_stay_with_their_text(
    word: tuple[Document, WordDocument],
) -> None:
    """No page break before a chapter (a break before every one left pages mostly
    empty); a heading is kept with the paragraph after it, so none ends a page."""
    document, opened = word
    headings = [
        p for p in _paragraphs(opened) if p.style is not None and p.style.name.startswith("Heading")
    ]
    # A page is only begun where the outline asks (a page break) or after the cover.
    asked = {
        after.text
        for before, after in zip(document.blocks, document.blocks[1:], strict=False)
        if isinstance(before, PageBreak) and isinstance(after, Heading)
    }
    first = next((b.text for b in document.blocks if isinstance(b, Heading)), None)
    broken = {p.text for p in headings if p.paragraph_format.page_break_before}
    assert broken <= asked | {first}
    for level in (1, 2, 3):
        assert opened.styles[f"Heading {level}"].paragraph_format.keep_with_next


def test_every_text_is_in_the_document(word: tuple[Document, WordDocument]) -> None:
    """User text as typed, <script> included: Word shows text, it runs nothing."""
    document, opened = word
    found = squeeze(_all_text(opened))
    assert [text for text in texts(document) if squeeze(text) not in found] == []
    assert SCRIPT in _all_text(opened)


def test_tables_are_real_tables_with_a_header_row(word: tuple[Document, WordDocument]) -> None:
    """One Word table per outline table (and per list of pairs), with the same rows;
    the header row repeats on every page and no row splits across pages."""
    document, opened = word
    expected = [
        [list(b.columns), *(list(row) for row in b.rows)]
        if isinstance(b, Table)
        else [list(pair) for pair in b.items]
        for b in document.blocks
        if isinstance(b, Table | Pairs)
    ]
    tables = _tables(opened)
    assert [[[c.text for c in row.cells] for row in t.rows] for t in tables] == expected
    for table, block in zip(
        tables, (b for b in document.blocks if isinstance(b, Table | Pairs)), strict=True
    ):
        first = table.rows[0]._tr
        assert (first.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None) == isinstance(
            block, Table
        )
        assert all(
            row._tr.find(f"{qn('w:trPr')}/{qn('w:cantSplit')}") is not None for row in table.rows
        )


def test_bullets_use_list_bullet(word: tuple[Document, WordDocument]) -> None:
    document, opened = word
    bullets = [
        p.text for p in _paragraphs(opened) if p.style is not None and p.style.name == "List Bullet"
    ]
    assert bullets == [item for b in document.blocks if isinstance(b, Bullets) for item in b.items]


def test_findings_are_shaded_paragraphs(word: tuple[Document, WordDocument]) -> None:
    """Each finding opens with its level, in the Finding style, shaded in its colour."""
    document, opened = word
    heads = [p for p in _paragraphs(opened) if p.style is not None and p.style.name == "Finding"]
    findings = [b for b in document.blocks if isinstance(b, Finding)]
    for finding in findings:
        head = next(p for p in heads if p.text.endswith(finding.label))
        assert head.text.startswith(level_label(finding.level, document.language).upper())
        assert head._p.find(f"{qn('w:pPr')}/{qn('w:shd')}") is not None


def test_every_chart_is_a_picture_with_alt_text(word: tuple[Document, WordDocument]) -> None:
    document, opened = word
    pictures = opened.element.body.findall(f".//{qn('wp:docPr')}")
    assert [p.get("descr") for p in pictures] == [c.title for c in charts(document)]
    for shape in opened.inline_shapes:
        assert 0 < shape.width.cm <= 21 - 2 * 1.4


def test_the_footer_numbers_the_pages(word: tuple[Document, WordDocument]) -> None:
    """PAGE and NUMPAGES fields, which Word fills in; a report's cover has no footer."""
    document, opened = word
    section = opened.sections[0]
    xml = section.footer._element.xml
    assert " PAGE " in xml
    assert " NUMPAGES " in xml
    assert section.different_first_page_header_footer == (not document.one_page)


def test_page_and_properties(word: tuple[Document, WordDocument]) -> None:
    """A4; title, author and proofing language set for Word and for spell checking."""
    document, opened = word
    section = opened.sections[0]
    assert round(section.page_width.cm, 1) == 21.0
    assert round(section.page_height.cm, 1) == 29.7
    props = opened.core_properties
    assert props.title == document.title
    assert props.author == document.organisation
    assert props.language == LOCALES[document.language]
    lang = opened.styles["Normal"].element.find(f"{qn('w:rPr')}/{qn('w:lang')}")
    assert lang.get(qn("w:val")) == LOCALES[document.language]


def test_a_chart_that_cannot_be_drawn_leaves_a_note() -> None:
    document = Document(
        kind="report",
        language="nl",
        title="T",
        date=TODAY,
        blocks=(Paragraph("voor"), Chart({"mark": 42}, "Kapotte grafiek"), Paragraph("na")),
    )
    opened = _open(render(document))
    assert static_charts.missing("Kapotte grafiek", "nl") in _all_text(opened)
    assert len(opened.inline_shapes) == 0


@pytest.mark.parametrize(("stem", "kind", "language"), BUILDS, ids=BUILD_IDS)
def test_every_built_document_opens(stem: str, kind: str, language: Language) -> None:
    """What the builders make for every example: every heading in a Heading style,
    every table and picture there."""
    document, data = example("docx", stem, kind, language)
    opened = _open(data)
    styled = [
        p.text
        for p in _paragraphs(opened)
        if p.style is not None and p.style.name.startswith("Heading")
    ]
    assert styled == [b.text for b in document.blocks if isinstance(b, Heading)]
    tables = [
        b for b in document.blocks if isinstance(b, Table) or (isinstance(b, Pairs) and b.items)
    ]
    assert len(_tables(opened)) == len(tables)
    pictures = list(opened.element.body.iter(qn("wp:inline")))
    assert len(pictures) == len(charts(document))
