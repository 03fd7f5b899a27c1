"""PDF: every text readable back, numbered pages, one-pagers on one page, charts in."""

from __future__ import annotations

import io

import pypdf
import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialstrategy.export import static_charts
from socialstrategy.export.fit import fitting_scale, smallest
from socialstrategy.export.outline import Chart, Document, Finding, Heading, Paragraph, Table
from socialstrategy.export.pdf import render
from socialstrategy.export.pdf._canvas import NO_GLYPH, clean, width, wrap
from socialstrategy.export.texts import T
from socialstrategy.i18n import Language
from tests.export.outlines import OUTLINES, SCRIPT, TODAY, texts
from tests.export.rendered import (
    BUILD_IDS,
    BUILDS,
    charts,
    example,
    headings,
    pdf_figures,
    sample,
    squeeze,
)


def _read(data: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(data))


def _pages(reader: pypdf.PdfReader) -> list[str]:
    return [page.extract_text() for page in reader.pages]


def _images(reader: pypdf.PdfReader) -> int:
    return sum(len(page.images) for page in reader.pages)


@pytest.fixture(scope="module", params=sorted(OUTLINES))
def pdf(request: pytest.FixtureRequest) -> tuple[Document, pypdf.PdfReader, list[str]]:
    """Each hand-made outline, rendered and read back once for this module."""
    document, data = sample("pdf", request.param)
    reader = _read(data)
    return document, reader, _pages(reader)


def test_every_text_reads_back(pdf: tuple[Document, pypdf.PdfReader, list[str]]) -> None:
    """Headings, paragraphs, bullets, pairs, every table cell, findings, the cover:
    all there, whatever the line breaks (<script>, €, ‘’, ✓ and ë included)."""
    document, _, pages = pdf
    found = squeeze("".join(pages))
    assert [text for text in texts(document) if squeeze(text) not in found] == []


def test_pages_are_numbered(pdf: tuple[Document, pypdf.PdfReader, list[str]]) -> None:
    """'Pagina n van m' on every page after the cover; one-pagers carry none."""
    document, _, pages = pdf
    if document.one_page:
        assert len(pages) == 1
        assert "Pagina" not in pages[0]
        assert "Page 1" not in pages[0]
        return
    count = len(pages)
    assert count > 2
    assert T("common.page", document.language, page=1, pages=count) not in pages[0]
    for number, text in enumerate(pages[1:], start=2):
        assert T("common.page", document.language, page=number, pages=count) in text


def test_one_page_documents_fit_one_page(pdf: tuple[Document, pypdf.PdfReader, list[str]]) -> None:
    document, reader, _ = pdf
    assert (len(reader.pages) == 1) == document.one_page


def test_the_cover_comes_first(pdf: tuple[Document, pypdf.PdfReader, list[str]]) -> None:
    """Organisation, title and the cover lines (revision, date) on the first page; a
    report's cover has that page to itself."""
    document, _, pages = pdf
    first = squeeze(pages[0])
    for text in (document.organisation.upper(), document.title, *sum(document.cover, ())):
        assert squeeze(text) in first
    if not document.one_page:
        assert squeeze(headings(document)[0]) not in first


def test_every_chart_is_a_picture(pdf: tuple[Document, pypdf.PdfReader, list[str]]) -> None:
    document, reader, _ = pdf
    assert _images(reader) == len(charts(document))


def test_metadata(pdf: tuple[Document, pypdf.PdfReader, list[str]]) -> None:
    """Title, author and language for the reader's viewer and for screen readers."""
    document, reader, _ = pdf
    assert reader.metadata is not None
    assert reader.metadata.title == document.title
    assert reader.metadata.author == document.organisation
    assert reader.trailer["/Root"]["/Lang"] == document.language


def test_the_pdf_is_tagged_with_every_chart_a_figure_with_its_text(
    pdf: tuple[Document, pypdf.PdfReader, list[str]],
) -> None:
    """Marked, with a structure tree in which each chart is a Figure whose alternative
    text a screen reader reads (fpdf2 tags the figures, so a document without charts has
    no structure tree; the text itself is not tagged)."""
    document, reader, _ = pdf
    root = reader.trailer["/Root"]
    if not charts(document):
        return
    assert bool(root["/MarkInfo"]["/Marked"])
    figures = pdf_figures(reader)
    assert len(figures) == len(charts(document))
    assert all(figures)


def test_headings_are_bookmarks(pdf: tuple[Document, pypdf.PdfReader, list[str]]) -> None:
    document, reader, _ = pdf

    def titles(outline: list[object]) -> list[str]:
        out: list[str] = []
        for item in outline:
            out += titles(item) if isinstance(item, list) else [item.title]  # type: ignore[attr-defined]
        return out

    assert titles(reader.outline) == headings(document)


def test_a_report_starts_every_chapter_on_a_new_page() -> None:
    document, data = sample("pdf", "report")
    pages = _pages(_read(data))
    for block in document.blocks:
        if isinstance(block, Heading) and block.level == 1:
            assert any(page.lstrip().startswith(block.text) for page in pages), block.text


def test_findings_show_their_level_and_what_to_do() -> None:
    document, data = sample("pdf", "report")
    text = squeeze("".join(_pages(_read(data))))
    for finding in (b for b in document.blocks if isinstance(b, Finding)):
        label = squeeze(f"{T('common.fix', 'nl')}: {finding.fix}")
        assert label in text


def test_a_chart_that_cannot_be_drawn_leaves_a_note() -> None:
    document = Document(
        kind="report",
        language="en",
        title="T",
        date=TODAY,
        blocks=(Paragraph("before"), Chart({"mark": 42}, "Broken chart"), Paragraph("after")),
    )
    reader = _read(render(document))
    text = "".join(_pages(reader))
    assert static_charts.missing("Broken chart", "en") in text
    assert _images(reader) == 0


def test_characters_the_font_lacks_are_marked_not_dropped() -> None:
    """An emoji becomes a visible box; the variation selector after it disappears."""
    assert clean("Top 👍️ zorg") == f"Top {NO_GLYPH} zorg"
    assert clean(SCRIPT + " € ‘ë’ ✓") == SCRIPT + " € ‘ë’ ✓"


@given(
    st.text(alphabet=st.sampled_from("abcdeëfg -/,.€XYZ\n"), min_size=0, max_size=300),
    st.floats(min_value=8, max_value=120),
)
def test_wrapped_lines_fit_and_keep_every_word(text: str, room: float) -> None:
    """No line is wider than the room (unless it is one character), and the lines hold
    every non-space character of the text in order."""
    lines = wrap(text, room, 9)
    for line in lines:
        assert width(line, 9) <= room + 1e-6 or len(line) == 1
    assert squeeze("".join(lines)) == squeeze(text)


@pytest.mark.parametrize(("stem", "kind", "language"), BUILDS, ids=BUILD_IDS)
def test_every_built_document_reads_back(stem: str, kind: str, language: Language) -> None:
    """What the builders make for every example: headings and organisation readable,
    one-pagers on one page, every chart embedded, pages numbered."""
    document, data = example("pdf", stem, kind, language)
    reader = _read(data)
    pages = _pages(reader)
    text = squeeze("".join(pages))
    assert [h for h in headings(document) if squeeze(h) not in text] == []
    assert _images(reader) == len(charts(document))
    if document.one_page and not (document.two_sided or document.flows):
        assert len(pages) == 1
    elif document.one_page:  # the back of the card, when the front would be too small
        assert len(pages) <= 2
        if len(pages) == 2:
            assert fitting_scale(document) == smallest(document)
            assert T("common.page", language, page=1, pages=2) in pages[0]
            assert T("common.page", language, page=2, pages=2) in pages[1]
        else:
            assert T("common.page", language, page=1, pages=1) not in pages[0]
    else:
        last = T("common.page", language, page=len(pages), pages=len(pages))
        assert last in pages[-1]


@pytest.mark.parametrize(
    ("stem", "kind", "language"),
    [b for b in BUILDS if b[1] in ("report", "guideline")],
    ids=[i for b, i in zip(BUILDS, BUILD_IDS, strict=True) if b[1] in ("report", "guideline")],
)
def test_no_page_ends_with_a_lone_heading_or_table_header(
    stem: str, kind: str, language: Language
) -> None:
    """A heading goes along with what follows it, a table's header with its first row:
    neither is left alone at the foot of a page. (A heading followed by a chart is left
    out: a chart is a picture, the page's text ends with its heading either way.)"""
    document, data = example("pdf", stem, kind, language)
    blocks = document.blocks
    lone = {
        squeeze(b.text)
        for b, after in zip(blocks, (*blocks[1:], None), strict=True)
        if isinstance(b, Heading) and not isinstance(after, Chart)
    }
    headers = {squeeze("".join(b.columns)) for b in blocks if isinstance(b, Table)}
    reader = _read(data)
    for number, page in enumerate(_pages(reader)[:-1], start=1):
        body = [line for line in page.splitlines() if line.strip()][:-1]  # less the footer
        if not body:
            # A chart alone (a progress chart at a chapter's end): a picture with its own
            # title, no text to end the page with.
            assert reader.pages[number - 1].images, number
            continue
        assert squeeze(body[-1]) not in lone | headers, (number, body[-2:])


def test_a_date_is_not_broken_at_its_hyphens_but_a_compound_is() -> None:
    room = width("31-03-2027", 9) + 0.5  # a date fits, the whole text does not
    assert wrap("31-03-2027", room, 9) == ["31-03-2027"]
    assert wrap("Webcare-dashboard", width("Webcare-dashboard", 9) - 1, 9) == [
        "Webcare-",
        "dashboard",
    ]
    assert "31-03-" not in wrap("Klaar op 31-03-2027", room, 9)
